//! Yes/no questions: quitting while a batch runs or comments are marked, and
//! cancelling a running batch. Each says what answering yes loses; the keys
//! that answer come from the `ask` context of the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::display::wrap;
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::popup::Popup;
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::centered;

/// The question's title, text and answer keys; `None` for other popups.
fn words(app: &App, popup: &Popup) -> Option<(&'static str, Message, &'static str)> {
    let left = app.batch.running.as_ref().map_or(0, |b| b.progress.left());
    Some(match popup {
        Popup::QuitWhileRunning => (
            "tui-quit-title",
            msg!("tui-quit-text", count = left),
            "tui-quit-keys",
        ),
        Popup::QuitWithMarks { count } => (
            "tui-quit-marks-title",
            msg!("tui-quit-marks-text", count = *count),
            "tui-quit-marks-keys",
        ),
        Popup::CancelWhileRunning => (
            "tui-cancel-title",
            msg!("tui-cancel-text", count = left),
            "tui-cancel-keys",
        ),
        Popup::SwitchWithMarks { name, count } => (
            "acctpick-ask-title",
            msg!("acctpick-ask-text", count = *count, name = name.as_str()),
            "acctpick-ask-keys",
        ),
        _ => return None,
    })
}

pub fn render(f: &mut Frame, area: Rect, app: &App, popup: &Popup, theme: &Theme) {
    let Some((title, text, keys)) = words(app, popup) else {
        return;
    };
    let width = 60.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let text = app.lang.render(&text);
    let mut lines: Vec<Line> = wrap(&text, inner_w).into_iter().map(Line::from).collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(app.t(keys), theme.dim())));
    let rect = centered(area, width, lines.len() as u16 + 2);
    super::draw_popup(f, rect, &app.t(title), lines, theme);
}
