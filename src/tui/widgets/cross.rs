//! The cross-article table (it takes the comment table's place while open):
//! what it gathers and how far the loading got in the title, then one row a
//! comment with its article (title and position); and the query input of `F`
//! with the marker under a query that does not parse.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::display::{fit, pad, short_openid, short_time};
use crate::msg;
use crate::tui::app::{App, Focus};
use crate::tui::comments::Outcome;
use crate::tui::cross::search::Find;
use crate::tui::cross::{Cross, CrossKind, CrossRow, article_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::centered;

const ARTICLE_W: usize = 26;
const TIME_W: usize = 11;

fn title(app: &App, cross: &Cross) -> String {
    let what = match &cross.kind {
        CrossKind::Author(openid) => {
            msg!("cross-title-author", author = short_openid(Some(openid)))
        }
        CrossKind::Search { text, .. } => msg!(
            "cross-title-search",
            query = crate::sanitize::clean_line(text).into_owned()
        ),
    };
    let progress = if cross.waiting_for_list() && app.articles.reading.is_some() {
        msg!("cross-progress-list", spinner = super::table::spinner(app))
    } else if cross.loading.is_some() {
        msg!(
            "cross-progress",
            spinner = super::table::spinner(app),
            read = cross.read,
            total = cross.articles.len()
        )
    } else {
        msg!(
            "cross-summary",
            count = cross.rows.len(),
            articles = cross.read,
            marked = cross.marks.len()
        )
    };
    format!(
        " {} · {} ",
        app.lang.render(&what),
        app.lang.render(&progress)
    )
}

fn outcome(app: &App, row: &CrossRow, theme: &Theme) -> (String, Style) {
    match row.outcome {
        None => (String::new(), theme.plain()),
        Some(Outcome::Sending) => (super::table::spinner(app).to_string(), theme.warn()),
        Some(Outcome::Done) => ("✓".into(), theme.ok()),
        Some(Outcome::Failed { code: Some(code) }) => (format!("✗ {code}"), theme.fail()),
        Some(Outcome::Failed { code: None }) => (app.t("tui-cell-net"), theme.fail()),
        Some(Outcome::NotAttempted) => (app.t("tui-cell-unsent"), theme.warn()),
        Some(Outcome::Unknown) => (app.t("tui-cell-unknown"), theme.warn()),
        Some(Outcome::Verified { done: true }) => (app.t("tui-cell-verified"), theme.ok()),
        Some(Outcome::Verified { done: false }) => {
            (app.t("tui-cell-verified-not-done"), theme.fail())
        }
    }
}

pub fn render(f: &mut Frame, area: Rect, app: &App, cross: &Cross, theme: &Theme) {
    let focused = app.focus == Focus::Table && app.popup.is_none();
    let width = usize::from(area.width.saturating_sub(2));
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::TOP)
        .title(Span::styled(
            fit(&title(app, cross), width),
            theme.title(focused),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width);
    if cross.rows.is_empty() {
        let hint = if cross.loading.is_some() || app.articles.reading.is_some() {
            msg!("cross-empty-loading")
        } else if let (false, Some(error)) = (app.articles.known, &app.articles.error) {
            error.clone()
        } else {
            msg!("cross-empty", articles = cross.read)
        };
        let text = Paragraph::new(Span::styled(app.lang.render(&hint), theme.dim()))
            .wrap(Wrap { trim: true });
        f.render_widget(text, inner);
        return;
    }
    let id_w = cross
        .rows
        .iter()
        .map(|r| r.comment.user_comment_id.to_string().len())
        .max()
        .unwrap_or(2);
    let author_w = cross
        .rows
        .iter()
        .map(|r| short_openid(r.comment.openid.as_deref()).width())
        .chain([app.t("cross-col-author").width()])
        .max()
        .unwrap_or(2);
    let result_w = 8;
    let fixed = 2 + ARTICLE_W + 1 + id_w + 1 + TIME_W + 1 + author_w + 1 + 2 + result_w + 1;
    let content_w = width.saturating_sub(fixed);
    let heading = format!(
        "  {} {} {} {} {} {}",
        pad(&app.t("cross-col-article"), ARTICLE_W),
        pad(&app.t("cross-col-id"), id_w),
        pad(&app.t("cross-col-time"), TIME_W),
        pad(&app.t("cross-col-author"), author_w),
        pad("", 2 + result_w),
        app.t("cross-col-content"),
    );
    let mut lines = vec![Line::from(Span::styled(
        fit(&heading, width),
        theme.heading(),
    ))];
    let rows = usize::from(inner.height.saturating_sub(1));
    for (i, row) in cross.rows.iter().enumerate().skip(cross.scroll).take(rows) {
        let marked = cross.marks.contains(&row.key());
        let star = if row.comment.is_elected() { "★" } else { " " };
        let (result, result_style) = outcome(app, row, theme);
        let label = app.lang.render(&article_label(app, row.article));
        let content = crate::sanitize::clean_line(&row.comment.content).into_owned();
        let text = format!(
            "{} {} {} {} {} {} {} {}",
            if marked { "●" } else { " " },
            pad(&fit(&label, ARTICLE_W), ARTICLE_W),
            pad(&row.comment.user_comment_id.to_string(), id_w),
            pad(
                &short_time(row.comment.create_time, app.clock.offset),
                TIME_W
            ),
            pad(&short_openid(row.comment.openid.as_deref()), author_w),
            star,
            pad(&fit(&result, result_w), result_w),
            fit(&content, content_w),
        );
        let style = if i == cross.cursor && focused {
            theme.cursor_row()
        } else if marked {
            theme.marked()
        } else if row.outcome.is_some() {
            result_style
        } else {
            theme.plain()
        };
        lines.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

/// The query input `F` opens, with the error and its marker under it.
pub fn render_find(f: &mut Frame, area: Rect, app: &App, find: &Find, theme: &Theme) {
    let width = 80.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let mut lines = vec![
        Line::from(Span::styled(
            fit(&app.t("cross-find-prompt"), inner_w),
            theme.dim(),
        )),
        Line::from(fit(
            &format!("> {}▏", crate::sanitize::clean_line(find.input.value())),
            inner_w,
        )),
    ];
    if let Some((shown, marker, why)) = &find.error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            fit(&format!("  {shown}"), inner_w),
            theme.error(),
        )));
        lines.push(Line::from(Span::styled(
            fit(&format!("  {marker}"), inner_w),
            theme.error(),
        )));
        for line in crate::display::wrap(&app.lang.render(why), inner_w) {
            lines.push(Line::from(Span::styled(line, theme.error())));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.t("cross-find-keys"),
        theme.dim(),
    )));
    let rect = centered(area, width, lines.len() as u16 + 2);
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(
            fit(&format!(" {} ", app.t("cross-find-title")), inner_w),
            theme.heading(),
        ));
    super::clear_popup(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}
