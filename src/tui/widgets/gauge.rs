//! The batch's progress line (done / failed / unsent / unknown / left, with a bar that needs no
//! colour) and the stop banner, which shows why a batch stopped and the
//! catalog's remedy, prominently.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::table::spinner;
use crate::display::display_line;
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::words;

pub fn render_progress(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (head, total, done, failed, unsent, unknown, left, tail) =
        match (&app.batch.running, &app.batch.last) {
            (Some(b), _) => {
                let p = b.progress;
                let head = match b.settling {
                    Some(count) => msg!(
                        "tui-progress-settling",
                        spinner = spinner(app),
                        count = count
                    ),
                    None => msg!(
                        "tui-progress-running",
                        spinner = spinner(app),
                        verb = words::op_verb(b.op)
                    ),
                };
                let head = app.lang.render(&head);
                let tail = if b.cancelling {
                    app.t("tui-progress-cancelling")
                } else {
                    app.t("tui-progress-esc")
                };
                (
                    head,
                    p.total,
                    p.done,
                    p.failed,
                    p.not_attempted,
                    p.unknown,
                    p.left(),
                    tail,
                )
            }
            (None, Some(s)) => {
                let tail = app
                    .lang
                    .render(&msg!("tui-progress-batch", id = s.batch_id.as_str()));
                let head = if s.stopped.is_some() {
                    app.t("tui-progress-stopped")
                } else {
                    app.t("tui-progress-finished")
                };
                (
                    head,
                    s.total,
                    s.done,
                    s.failed,
                    s.not_attempted,
                    s.unknown,
                    0,
                    tail,
                )
            }
            (None, None) => return,
        };
    let say = |m: Message| format!("{}  ", app.lang.render(&m));
    let mut spans = vec![
        Span::styled(format!(" {head} "), theme.heading()),
        Span::styled(say(msg!("tui-progress-done", count = done)), theme.ok()),
        Span::styled(
            say(msg!("tui-progress-failed", count = failed)),
            if failed > 0 {
                theme.fail()
            } else {
                theme.plain()
            },
        ),
    ];
    if unsent > 0 {
        spans.push(Span::styled(
            say(msg!("tui-progress-unsent", count = unsent)),
            theme.warn(),
        ));
    }
    if unknown > 0 {
        spans.push(Span::styled(
            say(msg!("tui-progress-unknown", count = unknown)),
            theme.warn(),
        ));
    }
    let of = if left > 0 {
        msg!("tui-progress-left", left = left, total = total)
    } else {
        msg!("tui-progress-of", total = total)
    };
    spans.push(Span::raw(format!("{} ", app.lang.render(&of))));
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
        let sent = done + failed + unknown;
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
    let Some(text) = &app.batch.stop else {
        return;
    };
    let text = app.lang.render(text);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.stop())
        .title(Span::styled(
            format!(" {} ", app.t("tui-stop-title")),
            theme.alarm(),
        ));
    let paragraph = Paragraph::new(Span::styled(display_line(&text).into_owned(), theme.stop()))
        .wrap(Wrap { trim: true })
        .block(block);
    f.render_widget(paragraph, area);
}
