//! The text of the panes and popups whose length the update must know (the
//! help, the comment viewer, the message under the article input), built as
//! lines in one place: the widgets draw these lines and `layout` measures
//! them, so scrolling and drawing always agree. Nothing here draws.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::article::{ArticleForm, parse_article};
use crate::display::{display_line, display_multiline, fit, full_time, pad, wrap, wrap_keep};
use crate::i18n::Localize;
use crate::msg;
use crate::tui::app::App;
use crate::tui::comments::{Outcome, Row};
use crate::tui::keymap::Context;
use crate::tui::log::Level;
use crate::tui::theme::Theme;
use crate::tui::words;

/// Every line of the help for a popup `width` columns wide (borders included).
pub fn help_lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let text_w = usize::from(width).saturating_sub(2 + 20).max(20);
    for id in ["tui-help-marks", "tui-help-journal"] {
        for part in wrap(&app.t(id), usize::from(width).saturating_sub(2).max(20)) {
            lines.push(Line::from(part));
        }
    }
    for context in Context::HELP_ORDER {
        let bindings: Vec<_> = app.keymap.bindings(context).collect();
        if bindings.is_empty() {
            continue;
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            context.title(app.lang),
            theme.heading(),
        )));
        for b in bindings {
            for (i, part) in wrap(&b.describe(app.lang), text_w).into_iter().enumerate() {
                let keys = if i == 0 { b.keys_label.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {}", pad(keys, 18)), theme.key()),
                    Span::raw(part),
                ]));
            }
        }
    }
    query_help(&mut lines, app, width, theme);
    lines
}

/// After the key tables: the filter's language (`crate::query::help`).
fn query_help(lines: &mut Vec<Line<'static>>, app: &App, width: u16, theme: &Theme) {
    use crate::query::help::{EXAMPLES, GRAMMAR, rows, syntax_width};
    let full = usize::from(width).saturating_sub(2).max(20);
    let syntax_w = syntax_width(app.lang);
    let text_w = full.saturating_sub(2 + syntax_w + 2).max(16);
    let table = |lines: &mut Vec<Line<'static>>, table: &[(&str, &str)]| {
        for (syntax, text) in rows(table, app.lang) {
            for (i, part) in wrap(&text, text_w).into_iter().enumerate() {
                let syntax = if i == 0 { syntax.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {}  ", pad(syntax, syntax_w)), theme.key()),
                    Span::raw(part),
                ]));
            }
        }
    };
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.t("query-help-title"),
        theme.heading(),
    )));
    table(lines, GRAMMAR);
    lines.push(Line::from(Span::styled(
        app.t("query-help-examples"),
        theme.heading(),
    )));
    table(lines, EXAMPLES);
    for part in wrap(&app.t("query-help-rules"), full) {
        lines.push(Line::from(part));
    }
}

/// "elected · 2025-03-14 09:26:53 UTC+08:00" and the full openid.
pub fn facts(row: &Row, app: &App) -> (String, String) {
    let c = &row.comment;
    let state = if c.is_elected() {
        app.t("tui-detail-elected")
    } else {
        app.t("tui-detail-not-elected")
    };
    let time = full_time(c.create_time, app.clock.offset);
    let openid = match c.openid.as_deref() {
        Some(openid) => display_line(openid).into_owned(),
        None => app.t("tui-detail-no-openid"),
    };
    (
        app.lang
            .render(&msg!("tui-detail-facts", state = state, time = time)),
        openid,
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
pub fn body(row: &Row, app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let c = &row.comment;
    let mut lines = Vec::new();
    if let Some((text, style)) = outcome(row, app, theme) {
        push_wrapped(&mut lines, &text, width, "", style);
    }
    for line in display_multiline(&c.content).lines() {
        push_wrapped(&mut lines, line, width, "", theme.plain());
    }
    if let Some(reply) = &c.reply {
        let time = full_time(reply.create_time, app.clock.offset);
        let head = app.lang.render(&msg!("tui-detail-reply", time = time));
        push_wrapped(&mut lines, &head, width, "", theme.title(false));
        for line in display_multiline(&reply.content).lines() {
            push_wrapped(&mut lines, line, width, "  ", theme.plain());
        }
    }
    lines
}

/// The facts as lines: state and time, then the full openid.
pub fn fact_lines(row: &Row, app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let (when, openid) = facts(row, app);
    let by = app.lang.render(&msg!("tui-detail-by", openid = openid));
    let mut lines = Vec::new();
    push_wrapped(&mut lines, &when, width, "", theme.heading());
    push_wrapped(&mut lines, &by, width, "", theme.dim());
    lines.push(Line::from(""));
    lines
}

/// Every line the viewer shows for the highlighted comment, `width` columns
/// wide (inside its borders).
pub fn viewer_lines(app: &App, row: &Row, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = fact_lines(row, app, theme, width);
    lines.extend(body(row, app, theme, width));
    lines
}

/// What the last batch did to the row, in words.
fn outcome(row: &Row, app: &App, theme: &Theme) -> Option<(String, Style)> {
    let id = row.comment.user_comment_id;
    // While a batch runs, the rows show its outcomes and `last` is the one before.
    let item = app
        .batch
        .last
        .as_ref()
        .filter(|_| app.batch.running.is_none())
        .and_then(|s| Some((s.op, s.items.iter().find(|i| i.user_comment_id == id)?)));
    let (message, style) = match row.outcome? {
        Outcome::Sending => (msg!("tui-detail-sending"), theme.warn()),
        Outcome::Done => (
            row.op.map_or_else(
                || msg!("tui-detail-done"),
                |op| msg!("tui-cell-done", done = words::op_done(op)),
            ),
            theme.ok(),
        ),
        Outcome::Failed { .. }
        | Outcome::NotAttempted
        | Outcome::Unknown
        | Outcome::Verified { .. }
            if item.is_some() =>
        {
            let (op, item) = item?;
            let (level, text) = words::item(op, item);
            let style = match level {
                Level::Fail => theme.fail(),
                Level::Ok => theme.ok(),
                _ => theme.warn(),
            };
            (text, style)
        }
        Outcome::Failed { code: Some(code) } => (
            msg!(
                "tui-item-failed",
                id = id.to_string(),
                code = code.to_string(),
                meaning = crate::api::catalog::meaning(code, "")
            ),
            theme.fail(),
        ),
        Outcome::Failed { code: None } => (msg!("tui-detail-no-answer"), theme.fail()),
        Outcome::NotAttempted => (msg!("tui-detail-unsent"), theme.warn()),
        Outcome::Unknown => (msg!("tui-detail-unknown"), theme.warn()),
        Outcome::Verified { done: true } => (msg!("tui-detail-verified"), theme.ok()),
        Outcome::Verified { done: false } => (msg!("tui-detail-verified-not-done"), theme.fail()),
    };
    let message = if row.gone {
        msg!("tui-detail-gone", text = message)
    } else {
        message
    };
    Some((app.lang.render(&message), style))
}

/// Most lines the message under the input takes: an error and its remedy.
const MESSAGE_LINES: usize = 3;

/// The message under the article input, wrapped to `width` columns: why the
/// input cannot be loaded (with the remedy in full), or what Enter would load.
pub fn bar_message(app: &App, width: u16) -> Vec<String> {
    let text = match &app.bar.error {
        Some(err) => format!("✗ {}", app.lang.render(err)),
        None => bar_preview(app),
    };
    let width = usize::from(width);
    // Continuation lines hang under the text, past the "✗ " or "→ ".
    let mut lines: Vec<String> = wrap(&text, width.saturating_sub(3))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!(" {l}")
            } else {
                format!("   {l}")
            }
        })
        .collect();
    if lines.len() > MESSAGE_LINES {
        lines.truncate(MESSAGE_LINES);
        if let Some(last) = lines.last_mut() {
            *last = fit(&format!("{last} …"), width);
        }
    }
    lines
}

/// What Enter would load, before it is pressed.
fn bar_preview(app: &App) -> String {
    let text = app.bar.input.value();
    if text.trim().is_empty() {
        return app.t("tui-bar-hint");
    }
    match parse_article(text) {
        Ok(parsed) => {
            let from_input = parsed.index == Some(app.bar.index);
            let form = match parsed.form {
                ArticleForm::Plain => "plain",
                ArticleForm::DataCube if from_input => "datacube",
                ArticleForm::Link if from_input => "link",
                _ => "plain",
            };
            app.lang.render(&msg!(
                "tui-bar-preview",
                id = parsed.msg_data_id.to_string(),
                index = app.bar.index.to_string(),
                position = app.bar.index as usize + 1,
                form = form
            ))
        }
        Err(crate::article::ArticleParseError::ShortLink(link)) => {
            let why = crate::tui::artlist::short_link(app, &link);
            format!("✗ {}", app.lang.render(&why))
        }
        Err(err) => format!("✗ {}", err.render(app.lang)),
    }
}
