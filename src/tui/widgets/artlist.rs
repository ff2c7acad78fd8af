//! The article list popup: the filter typed, what the read is doing (or why
//! it failed), and one row per article: send date, title, id, position and
//! the elected count once known. Titles are untrusted: cleaned, then fitted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use unicode_width::UnicodeWidthStr;

use super::confirm::centered;
use crate::api::datacube::format_date;
use crate::display::{fit, pad, pad_left, wrap};
use crate::msg;
use crate::sanitize::clean_line;
use crate::tui::app::App;
use crate::tui::artlist::{Picker, elected_count, shown};
use crate::tui::theme::Theme;

const DATE_WIDTH: usize = 10;
const ID_WIDTH: usize = 10;

/// Where the popup and its rows are on a screen of `area`: the one geometry
/// drawing and clicks both use.
pub struct Placed {
    pub rect: Rect,
    /// The screen row of the first article row shown.
    pub first_y: u16,
    /// The list position of the first article row shown.
    pub first: usize,
    /// How many article rows fit.
    pub room: usize,
    status: Vec<String>,
}

pub fn placed(area: Rect, app: &App, picker: &Picker) -> Placed {
    let count = shown(&app.articles.listed, &picker.filter).len();
    let width = area.width.saturating_sub(4).min(110);
    let inner_w = usize::from(width.saturating_sub(2));
    let status = status_lines(app, count, inner_w);
    let chrome = 2 + 1 + status.len() as u16;
    let height = (chrome + count.max(1) as u16).min(area.height.saturating_sub(2));
    let rect = centered(area, width, height);
    let room = usize::from(rect.height.saturating_sub(chrome));
    // Keep the chosen row in sight.
    let first = (picker.selected + 1).saturating_sub(room.max(1));
    Placed {
        rect,
        first_y: rect.y + chrome - 1,
        first,
        room,
        status,
    }
}

/// The list position of the row at screen row `y`, if one is drawn there.
pub fn row_at(area: Rect, app: &App, picker: &Picker, y: u16) -> Option<usize> {
    let p = placed(area, app, picker);
    let line = usize::from(y.checked_sub(p.first_y)?);
    let pos = p.first + line;
    let count = shown(&app.articles.listed, &picker.filter).len();
    (line < p.room && pos < count).then_some(pos)
}

pub fn render(f: &mut Frame, area: Rect, app: &App, picker: &Picker, theme: &Theme) {
    let rows = shown(&app.articles.listed, &picker.filter);
    let Placed {
        rect,
        first,
        room,
        status,
        ..
    } = placed(area, app, picker);
    let inner_w = usize::from(rect.width.saturating_sub(2));

    let mut lines = Vec::new();
    let label = format!("{} ", app.t("artlist-filter"));
    let typed = fit(
        &clean_line(&picker.filter),
        inner_w.saturating_sub(label.width() + 1),
    );
    lines.push(Line::from(vec![
        Span::styled(label, theme.title(true)),
        Span::styled(format!("{typed}▏"), theme.plain()),
    ]));
    let status_style = if app.articles.error.is_some() && app.articles.reading.is_none() {
        theme.error()
    } else {
        theme.dim()
    };
    lines.extend(
        status
            .into_iter()
            .map(|l| Line::from(Span::styled(l, status_style))),
    );
    for (i, item) in rows.iter().enumerate().skip(first).take(room) {
        let chosen = i == picker.selected;
        let text = row(app, item, chosen, inner_w);
        let style = if chosen {
            theme.cursor_row()
        } else {
            theme.plain()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let title = msg!("artlist-title", days = app.articles.days as usize);
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(
            format!(" {} ", app.lang.render(&title)),
            theme.heading(),
        ));
    super::clear_popup(f, rect);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

/// Reading, failed, empty, or how many rows the filter shows.
fn status_lines(app: &App, shown: usize, width: usize) -> Vec<String> {
    let a = &app.articles;
    let text = if let Some(days) = a.reading {
        msg!(
            "artlist-reading",
            spinner = super::table::spinner(app),
            days = days as usize
        )
    } else if let Some(err) = &a.error {
        err.clone()
    } else if a.listed.is_empty() {
        msg!("artlist-empty", days = a.days as usize)
    } else {
        msg!("artlist-count", shown = shown, total = a.listed.len())
    };
    let mut lines = wrap(&app.lang.render(&text), width);
    lines.truncate(8);
    lines
}

fn row(app: &App, item: &crate::articles::ListedArticle, chosen: bool, width: usize) -> String {
    let pointer = if chosen { "▶ " } else { "  " };
    let date = match item.sent_date {
        Some(d) => format_date(d),
        None => app.t("artlist-not-sent"),
    };
    let position = app.lang.render(&msg!(
        "articles-position",
        position = item.article.index as usize + 1
    ));
    let elected = elected_count(app, item.article)
        .map(|count| app.lang.render(&msg!("artlist-elected", count = count)))
        .unwrap_or_default();
    let id = item.article.msg_data_id.to_string();
    let tail = format!(
        "  {}  {}  {}",
        pad_left(&id, ID_WIDTH),
        pad(&position, 8),
        pad_left(&elected, 12)
    );
    let head = format!("{pointer}{}  ", pad(&fit(&date, DATE_WIDTH), DATE_WIDTH));
    let title = match &item.title {
        Some(t) => clean_line(t).into_owned(),
        None => app.t("artlist-no-title"),
    };
    let room = width.saturating_sub(head.width() + tail.width());
    if room < 8 {
        // Narrow: the title matters more than the id and the count.
        let room = width.saturating_sub(head.width() + position.width() + 2);
        return pad(
            &format!("{head}{}  {position}", pad(&fit(&title, room), room)),
            width,
        );
    }
    pad(
        &format!("{head}{}{tail}", pad(&fit(&title, room), room)),
        width,
    )
}
