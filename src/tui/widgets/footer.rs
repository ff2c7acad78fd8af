//! The footer: the keys that work right now, straight from the keymap table
//! (the same one the help screen lists). When they do not all fit, help and
//! quit stay, pinned to the right, and the rest is cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

fn pinned(action: Action) -> bool {
    matches!(action, Action::Help | Action::Quit | Action::ForceQuit)
}

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let entries = app.keymap.footer(&app.key_chain(), app.lang);
    let cost = |keys: &str, label: &str| keys.width() + label.width() + 3;
    let reserved: usize = entries
        .iter()
        .filter(|(_, _, a)| pinned(*a))
        .map(|(k, l, _)| cost(k, l))
        .sum();
    let mut room = usize::from(area.width).saturating_sub(reserved);
    let mut spans = Vec::new();
    let push = |spans: &mut Vec<Span<'static>>, keys: &str, label: &str| {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys.to_string(), theme.key()));
        spans.push(Span::raw(format!(" {label} ")));
    };
    for (keys, label, _) in entries.iter().filter(|(_, _, a)| !pinned(*a)) {
        if cost(keys, label) > room {
            break;
        }
        room -= cost(keys, label);
        push(&mut spans, keys, label);
    }
    spans.push(Span::raw(" ".repeat(room)));
    for (keys, label, _) in entries.iter().filter(|(_, _, a)| pinned(*a)) {
        push(&mut spans, keys, label);
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
