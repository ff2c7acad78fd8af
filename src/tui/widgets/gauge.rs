//! The batch's progress line (done / failed / left, with a bar that needs no
//! colour) and the stop banner, which shows why a batch stopped and the
//! catalog's remedy, prominently.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::table::spinner;
use crate::display::{display_line, thousands};
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn render_progress(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (head, total, done, failed, unsent, left, tail) = match (&app.batch, &app.last) {
        (Some(b), _) => {
            let p = b.progress;
            let head = format!("{} {}", spinner(app), b.op.verb());
            let tail = if b.cancelling {
                "cancelling…".to_string()
            } else {
                "Esc cancels".to_string()
            };
            (
                head,
                p.total,
                p.done,
                p.failed,
                p.not_attempted,
                p.left(),
                tail,
            )
        }
        (None, Some(s)) => {
            let tail = format!("batch {}", s.batch_id);
            let head = if s.stopped.is_some() {
                "stopped"
            } else {
                "finished"
            };
            (
                head.to_string(),
                s.total,
                s.done,
                s.failed,
                s.not_attempted,
                0,
                tail,
            )
        }
        (None, None) => return,
    };
    let n = |v: usize| thousands(v as u64);
    let mut spans = vec![
        Span::styled(format!(" {head} "), theme.heading()),
        Span::styled(format!("✓ {} done  ", n(done)), theme.ok()),
        Span::styled(
            format!("✗ {} failed  ", n(failed)),
            if failed > 0 {
                theme.fail()
            } else {
                theme.plain()
            },
        ),
    ];
    if unsent > 0 {
        spans.push(Span::styled(
            format!("· {} unsent  ", n(unsent)),
            theme.warn(),
        ));
    }
    if left > 0 {
        spans.push(Span::raw(format!("{} left of {} ", n(left), n(total))));
    } else {
        spans.push(Span::raw(format!("of {} ", n(total))));
    }
    // What does not fit goes: first the tail, then the bar; the counts stay.
    let width = usize::from(area.width);
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let tail = if used + tail.width() < width {
        tail
    } else {
        String::new()
    };
    let bar_w = width.saturating_sub(used + tail.width() + 2);
    if bar_w >= 4 {
        // The bar counts what was sent: a stopped batch must not look complete.
        let sent = done + failed;
        let filled = (bar_w * sent).checked_div(total).unwrap_or(bar_w);
        spans.push(Span::styled("█".repeat(filled), theme.gauge_done()));
        spans.push(Span::styled("░".repeat(bar_w - filled), theme.dim()));
    }
    if !tail.is_empty() {
        spans.push(Span::raw(format!(" {tail}")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn render_stop(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(text) = &app.stop else {
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.stop())
        .title(Span::styled(" ⛔ BATCH STOPPED ", theme.alarm()));
    let paragraph = Paragraph::new(Span::styled(display_line(text).into_owned(), theme.stop()))
        .wrap(Wrap { trim: true })
        .block(block);
    f.render_widget(paragraph, area);
}
