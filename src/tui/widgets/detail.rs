//! The detail pane: the highlighted comment in full — its content wrapped and
//! its reply, with id, state, time and full openid in the title, and what the
//! last batch did to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::text::{fit, full_time};
use crate::sanitize::{clean_line, clean_multiline};
use crate::tui::app::App;
use crate::tui::comments::{Outcome, Row};
use crate::tui::log::Level;
use crate::tui::running::describe_item;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let row = app.list.current();
    // Tall panes show the facts as lines; short ones fold them into the title.
    let roomy = area.height >= 8;
    let facts = row.map(|row| {
        let c = &row.comment;
        let state = if c.is_elected() {
            "elected"
        } else {
            "not elected"
        };
        (
            c.user_comment_id,
            format!("{state} · {}", full_time(c.create_time, app.clock.offset)),
            clean_line(c.openid.as_deref().unwrap_or("no openid")).into_owned(),
        )
    });
    let title = match &facts {
        Some((id, when, openid)) if !roomy => format!("Comment {id} · {when} · {openid} "),
        Some((id, ..)) => format!("Comment {id} "),
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
    if let Some((_, when, openid)) = facts.filter(|_| roomy) {
        lines.push(Line::from(Span::styled(when, theme.heading())));
        lines.push(Line::from(Span::styled(
            format!("by {openid}"),
            theme.dim(),
        )));
        lines.push(Line::from(""));
    }
    let c = &row.comment;
    if let Some((text, style)) = outcome(row, app, theme) {
        lines.push(Line::from(Span::styled(text, style)));
    }
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
