//! The highlighted comment in full: in the detail pane (its content wrapped,
//! its reply, what the last batch did to it, with id, state, time and openid)
//! and in the full-screen viewer for comments too long for the pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::display::{display_line, display_multiline, fit, full_time, wrap_keep};
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

/// `text` wrapped to `width` columns (its spacing kept), each line after
/// `indent`, in `style`.
fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    indent: &str,
    style: Style,
) {
    let room = width.saturating_sub(indent.width());
    for part in wrap_keep(text, room) {
        lines.push(Line::from(Span::styled(format!("{indent}{part}"), style)));
    }
}

/// The outcome, the content and the reply, as lines at most `width` wide.
/// Wrapped here rather than by the Paragraph, so the viewer knows exactly
/// how many lines it scrolls over.
fn body(row: &Row, app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let c = &row.comment;
    let mut lines = Vec::new();
    if let Some((text, style)) = outcome(row, app, theme) {
        push_wrapped(&mut lines, &text, width, "", style);
    }
    for line in display_multiline(&c.content).lines() {
        push_wrapped(&mut lines, line, width, "", theme.plain());
    }
    if let Some(reply) = &c.reply {
        let when = full_time(reply.create_time, app.clock.offset);
        let head = format!("↩ reply · {when}");
        push_wrapped(&mut lines, &head, width, "", theme.title(false));
        for line in display_multiline(&reply.content).lines() {
            push_wrapped(&mut lines, line, width, "  ", theme.plain());
        }
    }
    lines
}

/// The facts as lines: state and time, then the full openid.
fn fact_lines(row: &Row, app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let (when, openid) = facts(row, app);
    let mut lines = Vec::new();
    push_wrapped(&mut lines, &when, width, "", theme.heading());
    push_wrapped(&mut lines, &format!("by {openid}"), width, "", theme.dim());
    lines.push(Line::from(""));
    lines
}

/// Where the viewer sits on a screen of `area`.
fn viewer_rect(area: Rect) -> Rect {
    Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    }
}

/// Every line the viewer shows for the highlighted comment, inside its borders.
fn viewer_lines(app: &App, row: &Row, theme: &Theme) -> Vec<Line<'static>> {
    let rect = viewer_rect(Rect::new(0, 0, app.size.0, app.size.1));
    let width = usize::from(rect.width.saturating_sub(2));
    let mut lines = fact_lines(row, app, theme, width);
    lines.extend(body(row, app, theme, width));
    lines
}

/// How far the viewer can scroll: its last line on its last row, no further.
pub fn viewer_max(app: &App) -> u16 {
    let Some(row) = app.list.current() else {
        return 0;
    };
    let rect = viewer_rect(Rect::new(0, 0, app.size.0, app.size.1));
    let count = viewer_lines(app, row, &Theme::new(false)).len();
    let page = usize::from(rect.height.saturating_sub(2));
    u16::try_from(count.saturating_sub(page)).unwrap_or(u16::MAX)
}

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let row = app.list.current();
    // Tall panes show the facts as lines; short ones fold them into the title.
    let roomy = area.height >= 8;
    let width = usize::from(area.width);
    let height = usize::from(area.height.saturating_sub(1));
    let mut lines = Vec::new();
    if let Some(row) = row {
        if roomy {
            lines.extend(fact_lines(row, app, theme, width));
        }
        lines.extend(body(row, app, theme, width));
    }
    // What does not fit is one key away; the footer may have no room to say so.
    let more = if lines.len() > height {
        "(more: Enter) "
    } else {
        ""
    };
    let title = match row {
        Some(row) if !roomy => {
            let (when, openid) = facts(row, app);
            format!(
                "Comment {} {more}· {when} · {openid} ",
                row.comment.user_comment_id
            )
        }
        Some(row) => format!("Comment {} {more}", row.comment.user_comment_id),
        None => "Comment ".into(),
    };
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        fit(&title, width.saturating_sub(2)),
        theme.title(false),
    ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    f.render_widget(Paragraph::new(lines), inner);
}

/// The comment on (nearly) the whole screen, scrolled `scroll` lines down.
pub fn render_viewer(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let Some(row) = app.list.current() else {
        return;
    };
    let rect = viewer_rect(area);
    let lines = viewer_lines(app, row, theme);
    let title = format!(
        " Comment {} (↑/↓ PgUp/PgDn scroll, Esc closes) ",
        row.comment.user_comment_id
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title, theme.heading()));
    // A resize may leave a stored scroll past the end: show the last page then.
    let scroll = scroll.min(viewer_max(app));
    f.render_widget(Clear, rect);
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
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
