//! The account picker (`A`): two lines per account — the name (display
//! name), whether it is in use and the default; then the appid in full and
//! where its token comes from (never the secret or the token itself).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::display::{fit, wrap};
use crate::i18n::Message;
use crate::msg;
use crate::sanitize::clean_line;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::centered;

pub fn render(f: &mut Frame, area: Rect, app: &App, selected: usize, theme: &Theme) {
    let width = 76.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let say = |m: &Message| clean_line(&app.lang.render(m)).into_owned();
    let accounts = &app.accounts;
    let mut lines: Vec<Line> = Vec::new();
    // Two lines an account; the hint below. A long list scrolls to keep the
    // highlighted one in view.
    let hint = wrap(&app.t("acctpick-hint"), inner_w);
    let room = usize::from(area.height.saturating_sub(6)).saturating_sub(hint.len() + 1) / 2;
    let first = selected.saturating_sub(room.saturating_sub(1));
    for (i, entry) in accounts
        .list
        .iter()
        .enumerate()
        .skip(first)
        .take(room.max(1))
    {
        let here = i == selected;
        let name = clean_line(&entry.id.name).into_owned();
        let mut head = match &entry.id.display_name {
            Some(display) => say(&msg!(
                "acctpick-name-display",
                name = name,
                display = clean_line(display).into_owned()
            )),
            None => name,
        };
        if entry.id.name == accounts.current {
            head.push_str(&format!(" · {}", app.t("acctpick-current")));
        }
        if accounts.default.as_deref() == Some(entry.id.name.as_str()) {
            head.push_str(&format!(" · {}", app.t("acctpick-default")));
        }
        let marker = if here { "▶ " } else { "  " };
        let style = if here {
            theme.cursor_row()
        } else {
            theme.plain()
        };
        lines.push(Line::from(Span::styled(
            fit(&format!("{marker}{head}"), inner_w),
            style,
        )));
        let appid = match &entry.id.appid {
            Some(appid) => clean_line(appid).into_owned(),
            None => app.t("acctpick-appid-none"),
        };
        let detail = format!("    {appid} · {}", say(&entry.source.message()));
        lines.push(Line::from(Span::styled(fit(&detail, inner_w), theme.dim())));
    }
    lines.push(Line::from(""));
    lines.extend(
        hint.into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    let rect = centered(area, width, lines.len() as u16 + 2);
    let title = say(&msg!("acctpick-title", count = accounts.list.len()));
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(
            fit(
                &format!(" {title} "),
                usize::from(rect.width.saturating_sub(2)),
            ),
            theme.heading(),
        ));
    super::clear_popup(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}
