//! The status log pane: the newest lines (or where the user scrolled back to),
//! each with its local time and a style by level.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::text::{clock_time, fit};
use crate::tui::app::{App, Focus};
use crate::tui::log::Level;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = app.focus == Focus::Log && app.popup.is_none();
    let marker = if focused { "▶ " } else { "" };
    let back = app.log.back();
    let title = if back > 0 {
        format!("{marker}Log · {back} newer lines below (G follows) ")
    } else {
        format!("{marker}Log ")
    };
    let block = Block::default()
        .borders(Borders::TOP)
        .title(Span::styled(title, theme.title(focused)));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let width = usize::from(inner.width).saturating_sub(9);
    let lines: Vec<Line> = app
        .log
        .window(usize::from(inner.height))
        .iter()
        .map(|line| {
            let style = match line.level {
                Level::Info => theme.plain(),
                Level::Ok => theme.ok(),
                Level::Fail => theme.fail(),
                Level::Warn => theme.warn(),
                Level::Stop => theme.stop(),
            };
            Line::from(vec![
                Span::styled(
                    format!("{} ", clock_time(line.at, app.clock.offset)),
                    theme.dim(),
                ),
                Span::styled(fit(&line.text, width), style),
            ])
        })
        .collect();
    for (y, line) in (inner.y..inner.bottom()).zip(lines) {
        f.render_widget(
            line,
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
    }
}
