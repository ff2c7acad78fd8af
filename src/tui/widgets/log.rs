//! The status log pane: the newest lines (or where the user scrolled back to),
//! each with its local time and a style by level, wrapped to the pane's width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::display::{clock_time, wrap};
use crate::tui::app::{App, Focus};
use crate::tui::log::Level;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = app.focus == Focus::Log && app.popup.is_none();
    let marker = if focused { "▶ " } else { "" };
    let back = app.log.back();
    let title = if back > 0 {
        let text = crate::msg!("tui-log-title-back", count = back);
        format!("{marker}{} ", app.lang.render(&text))
    } else {
        format!("{marker}{} ", app.t("tui-log-title"))
    };
    let title = crate::display::fit(&title, usize::from(area.width.saturating_sub(1)));
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::TOP)
        .title(Span::styled(title, theme.title(focused)));
    let inner = block.inner(area);
    f.render_widget(block, area);
    // Long lines wrap under their text, so a summary or an error is read in
    // full; the newest line always ends on the last row.
    let width = usize::from(inner.width).saturating_sub(9);
    let height = usize::from(inner.height);
    let mut rows: Vec<Line> = Vec::with_capacity(height);
    for line in app.log.window(height).iter().rev() {
        if rows.len() >= height {
            break;
        }
        let style = match line.level {
            Level::Info => theme.plain(),
            Level::Ok => theme.ok(),
            Level::Fail => theme.fail(),
            Level::Warn => theme.warn(),
            Level::Stop => theme.stop(),
        };
        let parts = wrap(&line.text, width);
        for (i, part) in parts.into_iter().enumerate().rev() {
            let stamp = if i == 0 {
                format!("{} ", clock_time(line.at, app.clock.offset))
            } else {
                " ".repeat(9)
            };
            rows.push(Line::from(vec![
                Span::styled(stamp, theme.dim()),
                Span::styled(part, style),
            ]));
        }
    }
    rows.reverse();
    let skip = rows.len().saturating_sub(height);
    for (y, line) in (inner.y..inner.bottom()).zip(rows.into_iter().skip(skip)) {
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
