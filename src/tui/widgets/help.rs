//! The help screen: every binding of the keymap table, by context, so it can
//! never list a key that does not work (or miss one that does). `max_scroll`
//! tells the update how far it may scroll, from the same lines it draws.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display::{pad, wrap};
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;

/// The popup covers the screen less a one-cell margin.
fn popup_area(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// Every line of the help for a popup `width` columns wide (borders included).
fn lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from("d acts on the marked comments, or on the highlighted one when none is marked."),
        Line::from("Every batch is written to the journal; `wxmod history` lists them."),
    ];
    let text_w = usize::from(width).saturating_sub(2 + 20).max(20);
    for context in Context::HELP_ORDER {
        let bindings: Vec<_> = app.keymap.bindings(context).collect();
        if bindings.is_empty() {
            continue;
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(context.title(), theme.heading())));
        for b in bindings {
            for (i, part) in wrap(&b.help, text_w).into_iter().enumerate() {
                let keys = if i == 0 { b.keys_label.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {}", pad(keys, 18)), theme.key()),
                    Span::raw(part),
                ]));
            }
        }
    }
    lines
}

/// How far the help can scroll on a screen of `app.size`: its last line at the
/// bottom of the popup, never past it.
pub fn max_scroll(app: &App) -> u16 {
    let area = popup_area(Rect::new(0, 0, app.size.0, app.size.1));
    let count = lines(app, area.width, &Theme::new(false)).len();
    let page = usize::from(area.height.saturating_sub(2));
    u16::try_from(count.saturating_sub(page)).unwrap_or(u16::MAX)
}

/// Lines one page of help moves by.
pub fn page(app: &App) -> u16 {
    app.size.1.saturating_sub(5).max(1)
}

pub fn render(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let area = popup_area(area);
    let lines = lines(app, area.width, theme);
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        " Help — keys (↑/↓ PgUp/PgDn scroll, Esc closes) ",
        theme.heading(),
    ));
    // A resize may leave a stored scroll past the end: show the last page then.
    let scroll = scroll.min(max_scroll(app));
    f.render_widget(Clear, area);
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}
