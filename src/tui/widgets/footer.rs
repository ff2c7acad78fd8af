//! The footer: the keys that act right now, straight from the keymap table
//! (the same one the help screen lists), filtered by `acting::acts` so a key
//! that would only answer "nothing to do" is not offered. The most useful
//! come first; an entry that does not fit is dropped whole, never cut, and
//! help and quit stay, pinned to the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::acting::acts;
use crate::tui::app::App;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

fn pinned(action: Action) -> bool {
    matches!(action, Action::Help | Action::Quit | Action::ForceQuit)
}

/// Lower comes first. What changes the server, then what finds and marks
/// the comments to change, then moving around; anything else (popups' own
/// keys, keys added later) keeps the keymap's order in the middle.
fn rank(action: Action) -> u8 {
    match action {
        Action::CancelBatch => 0,
        Action::Deselect | Action::Elect => 1,
        Action::Undo => 2,
        Action::MarkFailed => 3,
        Action::ToggleMark => 10,
        Action::RangeMark => 11,
        Action::MarkAll => 12,
        Action::RestoreMarks => 13,
        Action::Filter => 14,
        Action::Open => 15,
        Action::SwitchType => 16,
        Action::CycleView => 17,
        Action::CycleSort => 18,
        Action::Reload => 40,
        Action::FocusNext => 41,
        _ => 20,
    }
}

/// The footer's entries (keys, label, action) in the order shown, before
/// fitting: only keys that act now, most useful first, help and quit last.
pub fn entries(app: &App) -> Vec<(String, String, Action)> {
    let mut entries: Vec<_> = app
        .keymap
        .footer(&app.key_chain(), app.lang)
        .into_iter()
        .filter(|(_, _, a)| app.popup.is_some() || acts(app, *a))
        .collect();
    entries.sort_by_key(|(_, _, a)| (pinned(*a), rank(*a)));
    entries
}

/// What the footer shows in `width` columns: the entries that fit, in order,
/// and the pinned ones.
pub fn fitted(app: &App, width: u16) -> Vec<(String, String, Action)> {
    let entries = entries(app);
    let reserved: usize = entries
        .iter()
        .filter(|(_, _, a)| pinned(*a))
        .map(|(k, l, _)| cost(k, l))
        .sum();
    let mut room = usize::from(width).saturating_sub(reserved);
    let mut out = Vec::new();
    for entry in entries {
        let (keys, label, action) = &entry;
        if !pinned(*action) {
            if cost(keys, label) > room {
                continue;
            }
            room -= cost(keys, label);
        }
        out.push(entry);
    }
    out
}

fn cost(keys: &str, label: &str) -> usize {
    keys.width() + label.width() + 3
}

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let shown = fitted(app, area.width);
    let used: usize = shown.iter().map(|(k, l, _)| cost(k, l)).sum();
    let room = usize::from(area.width).saturating_sub(used);
    let mut spans = Vec::new();
    let push = |spans: &mut Vec<Span<'static>>, keys: &str, label: &str| {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys.to_string(), theme.key()));
        spans.push(Span::raw(format!(" {label} ")));
    };
    for (keys, label, _) in shown.iter().filter(|(_, _, a)| !pinned(*a)) {
        push(&mut spans, keys, label);
    }
    spans.push(Span::raw(" ".repeat(room)));
    for (keys, label, _) in shown.iter().filter(|(_, _, a)| pinned(*a)) {
        push(&mut spans, keys, label);
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
