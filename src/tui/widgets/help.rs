//! The help screen: every binding of the keymap table, by context, so it can
//! never list a key that does not work (or miss one that does).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::text::pad;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let area = Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    };
    let mut lines = vec![
        Line::from("d acts on the marked comments, or on the highlighted one when none is marked."),
        Line::from("Every batch is written to the journal; `wxmod history` lists them."),
    ];
    for context in Context::HELP_ORDER {
        let bindings: Vec<_> = app.keymap.bindings(context).collect();
        if bindings.is_empty() {
            continue;
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(context.title(), theme.heading())));
        for b in bindings {
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", pad(&b.keys_label, 18)), theme.key()),
                Span::raw(b.help.clone()),
            ]));
        }
    }
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        " Help — keys (↑/↓ scroll, Esc closes) ",
        theme.heading(),
    ));
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}
