//! The footer: the keys that work right now, straight from the keymap table
//! (the same one the help screen lists), cut to fit the width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let mut used = 0;
    for (keys, label) in app.keymap.footer(&app.key_chain()) {
        let item = keys.width() + label.width() + 3;
        if used + item > width {
            break;
        }
        used += item;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys.to_string(), theme.key()));
        spans.push(Span::raw(format!(" {label} ")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
