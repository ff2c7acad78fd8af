//! The article bar: the msg_data_id input, the index selector, and one line
//! saying what the input was understood as — or why it cannot be loaded.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use unicode_width::UnicodeWidthStr;

use crate::display::fit;
use crate::msg;
use crate::tui::app::{App, Focus};
use crate::tui::pages;
use crate::tui::theme::Theme;

const INPUT_WIDTH: usize = 34;
/// The API's name for the field: the same in every language.
const ID_LABEL: &str = "msg_data_id ";

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = matches!(app.focus, Focus::Article | Focus::Index) && app.popup.is_none();
    let marker = if focused { "▶ " } else { "" };
    // The loaded article's title, when known, goes first when narrow.
    let mut parts = vec![(app.t("tui-bar-title"), 9)];
    if let Some(title) = crate::tui::artlist::loaded_title(app) {
        let room = usize::from(area.width).saturating_sub(parts[0].0.width() + 8);
        parts.push((fit(&title, room), 1));
    }
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::TOP)
        .title(Span::styled(
            super::title(marker, &parts, usize::from(area.width.saturating_sub(2))),
            theme.title(focused),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);

    let input = &app.bar.input;
    let index_label = format!("{} ", app.t("tui-bar-index"));
    let selector = app.lang.render(&msg!(
        "tui-bar-selector",
        index = app.bar.index.to_string(),
        position = app.bar.index as usize + 1
    ));
    let recent = if app.recent.is_empty() {
        String::new()
    } else {
        format!("  {}", app.t("tui-bar-recent"))
    };
    // The input gets what the label, the selector and the recent hint leave.
    let others = ID_LABEL.width() + 1 + 2 + index_label.width() + 1 + selector.width();
    let width = INPUT_WIDTH
        .min(usize::from(inner.width).saturating_sub(others + recent.width()))
        .max(8);
    let recent = if others + width + recent.width() <= usize::from(inner.width) {
        recent
    } else {
        String::new()
    };
    let scroll = input.visual_scroll(width.saturating_sub(1));
    let shown: String = fit(input.value(), usize::MAX)
        .chars()
        .skip(scroll)
        .collect();
    let shown = crate::display::pad(&shown, width);
    let id_focus = app.focus == Focus::Article && app.popup.is_none();
    let index_focus = app.focus == Focus::Index && app.popup.is_none();
    let field = |focus: bool| {
        if focus {
            theme.cursor_row()
        } else {
            theme.dim().patch(theme.cursor_row())
        }
    };
    let label = |text: &str, focus: bool| {
        Span::styled(
            if focus {
                format!("▶{text}")
            } else {
                format!(" {text}")
            },
            theme.title(focus),
        )
    };
    let first = Line::from(vec![
        label(ID_LABEL, id_focus),
        Span::styled(shown, field(id_focus)),
        Span::raw("  "),
        label(&index_label, index_focus),
        Span::styled(selector, field(index_focus)),
        Span::styled(recent, theme.dim()),
    ]);
    let style = if app.bar.error.is_some() {
        theme.error()
    } else {
        theme.dim()
    };
    let mut lines = vec![first];
    lines.extend(
        pages::bar_message(app, inner.width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, style))),
    );
    f.render_widget(Paragraph::new(lines), inner);

    if id_focus {
        let x = inner.x
            + 1
            + ID_LABEL.width() as u16
            + (input.visual_cursor().saturating_sub(scroll)) as u16;
        f.set_cursor_position(Position::new(
            x.min(inner.right().saturating_sub(1)),
            inner.y,
        ));
    }
}
