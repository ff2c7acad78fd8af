//! The detail pane: the highlighted comment in full — its content wrapped,
//! its author and time, its reply, and what the last batch did to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::text::full_time;
use crate::sanitize::{clean_line, clean_multiline};
use crate::tui::app::App;
use crate::tui::comments::{Outcome, Row};
use crate::tui::log::Level;
use crate::tui::running::describe_item;
use crate::tui::theme::Theme;
use ratatui::style::Style;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .title(Span::styled("Comment ", theme.title(false)));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let Some(row) = app.list.current() else {
        return;
    };
    let c = &row.comment;
    let mut lines = Vec::new();
    let state = if c.is_elected() {
        "elected"
    } else {
        "not elected"
    };
    let mut head = vec![Span::styled(
        format!(
            "{} · {} · {} · {state}",
            c.user_comment_id,
            clean_line(c.openid.as_deref().unwrap_or("no openid")),
            full_time(c.create_time, app.clock.offset),
        ),
        theme.heading(),
    )];
    if let Some((text, style)) = outcome(row, app, theme) {
        head.push(Span::raw("  "));
        head.push(Span::styled(text, style));
    }
    lines.push(Line::from(head));
    for line in clean_multiline(&c.content).lines() {
        lines.push(Line::from(line.to_string()));
    }
    if let Some(reply) = &c.reply {
        lines.push(Line::from(Span::styled(
            format!(
                "↩ reply · {}",
                full_time(reply.create_time, app.clock.offset)
            ),
            theme.title(false),
        )));
        for line in clean_multiline(&reply.content).lines() {
            lines.push(Line::from(format!("  {line}")));
        }
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
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
