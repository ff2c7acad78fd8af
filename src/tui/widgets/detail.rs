//! The highlighted comment in full: in the detail pane (its content wrapped,
//! its reply, what the last batch did to it, with id, state, time and openid)
//! and in the full-screen viewer for comments too long for the pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::text::{display_line, display_multiline, fit, full_time};
use crate::tui::app::App;
use crate::tui::comments::{Outcome, Row};
use crate::tui::log::Level;
use crate::tui::running::describe_item;
use crate::tui::theme::Theme;

/// "elected · 2025-03-14 09:26:53 +08:00" and the full openid.
fn facts(row: &Row, app: &App) -> (String, String) {
    let c = &row.comment;
    let state = if c.is_elected() {
        "elected"
    } else {
        "not elected"
    };
    (
        format!("{state} · {}", full_time(c.create_time, app.clock.offset)),
        display_line(c.openid.as_deref().unwrap_or("no openid")).into_owned(),
    )
}

/// The outcome, the content and the reply, as lines.
fn body<'a>(row: &Row, app: &App, theme: &Theme) -> Vec<Line<'a>> {
    let c = &row.comment;
    let mut lines = Vec::new();
    if let Some((text, style)) = outcome(row, app, theme) {
        lines.push(Line::from(Span::styled(text, style)));
    }
    for line in display_multiline(&c.content).lines() {
        lines.push(Line::from(line.to_string()));
    }
    if let Some(reply) = &c.reply {
        let when = full_time(reply.create_time, app.clock.offset);
        lines.push(Line::from(Span::styled(
            format!("↩ reply · {when}"),
            theme.title(false),
        )));
        for line in display_multiline(&reply.content).lines() {
            lines.push(Line::from(format!("  {line}")));
        }
    }
    lines
}

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let row = app.list.current();
    // Tall panes show the facts as lines; short ones fold them into the title.
    let roomy = area.height >= 8;
    let title = match row {
        Some(row) if !roomy => {
            let (when, openid) = facts(row, app);
            format!(
                "Comment {} · {when} · {openid} ",
                row.comment.user_comment_id
            )
        }
        Some(row) => format!("Comment {} ", row.comment.user_comment_id),
        None => "Comment ".into(),
    };
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        fit(&title, usize::from(area.width).saturating_sub(2)),
        theme.title(false),
    ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let Some(row) = row else {
        return;
    };
    let mut lines = Vec::new();
    if roomy {
        let (when, openid) = facts(row, app);
        lines.push(Line::from(Span::styled(when, theme.heading())));
        lines.push(Line::from(Span::styled(
            format!("by {openid}"),
            theme.dim(),
        )));
        lines.push(Line::from(""));
    }
    lines.extend(body(row, app, theme));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The comment on (nearly) the whole screen, scrolled `scroll` lines down.
pub fn render_viewer(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let Some(row) = app.list.current() else {
        return;
    };
    let rect = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    };
    let (when, openid) = facts(row, app);
    let mut lines = vec![
        Line::from(Span::styled(when, theme.heading())),
        Line::from(Span::styled(format!("by {openid}"), theme.dim())),
        Line::from(""),
    ];
    lines.extend(body(row, app, theme));
    let title = format!(
        " Comment {} (↑/↓ PgUp/PgDn scroll, Esc closes) ",
        row.comment.user_comment_id
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title, theme.heading()));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        rect,
    );
}

fn outcome(row: &Row, app: &App, theme: &Theme) -> Option<(String, Style)> {
    let gone = if row.gone { " (no longer listed)" } else { "" };
    let id = row.comment.user_comment_id;
    let item = app
        .last
        .as_ref()
        .and_then(|s| Some((s.op, s.items.iter().find(|i| i.user_comment_id == id)?)));
    Some(match row.outcome? {
        Outcome::Sending => ("sending…".into(), theme.warn()),
        Outcome::Done => (format!("✓ done{gone}"), theme.ok()),
        Outcome::Failed { .. } | Outcome::NotAttempted if item.is_some() => {
            let (op, item) = item?;
            let (level, text) = describe_item(op, item);
            let style = if level == Level::Fail {
                theme.fail()
            } else {
                theme.warn()
            };
            (format!("{text}{gone}"), style)
        }
        Outcome::Failed { code: Some(code) } => (
            format!("✗ {code} {}", crate::api::catalog::meaning(code, "")),
            theme.fail(),
        ),
        Outcome::Failed { code: None } => ("✗ no answer from the server".into(), theme.fail()),
        Outcome::NotAttempted => ("· not attempted".into(), theme.warn()),
    })
}
