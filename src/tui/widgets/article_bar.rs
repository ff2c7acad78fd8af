//! The article bar: the msg_data_id input, the index selector, and one line
//! saying what the input was understood as — or why it cannot be loaded.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::article::{ArticleForm, parse_article};
use crate::display::{fit, wrap};
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;

const INPUT_WIDTH: usize = 34;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = matches!(app.focus, Focus::Article | Focus::Index) && app.popup.is_none();
    let marker = if focused { "▶ " } else { "" };
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        format!("{marker}Article "),
        theme.title(focused),
    ));
    let inner = block.inner(area);
    f.render_widget(block, area);

    let input = &app.bar.input;
    let width = INPUT_WIDTH
        .min(usize::from(inner.width).saturating_sub(30))
        .max(8);
    let scroll = input.visual_scroll(width.saturating_sub(1));
    let shown: String = fit(input.value(), usize::MAX)
        .chars()
        .skip(scroll)
        .collect();
    let shown = crate::display::pad(&shown, width);
    let id_focus = app.focus == Focus::Article && app.popup.is_none();
    let index_focus = app.focus == Focus::Index && app.popup.is_none();
    let field = |focus: bool| {
        if focus {
            theme.cursor_row()
        } else {
            theme.dim().patch(theme.cursor_row())
        }
    };
    let label = |text: &'static str, focus: bool| {
        Span::styled(
            if focus {
                format!("▶{text}")
            } else {
                format!(" {text}")
            },
            theme.title(focus),
        )
    };
    let first = Line::from(vec![
        label("msg_data_id ", id_focus),
        Span::styled(shown, field(id_focus)),
        Span::raw("  "),
        label("index ", index_focus),
        Span::styled(format!("◂ {} ▸", app.bar.index), field(index_focus)),
        Span::styled(
            if app.recent.is_empty() {
                ""
            } else {
                "  ↓ recent"
            },
            theme.dim(),
        ),
    ]);
    let style = if app.bar.error.is_some() {
        theme.error()
    } else {
        theme.dim()
    };
    let mut lines = vec![first];
    lines.extend(
        message_lines(app, inner.width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, style))),
    );
    f.render_widget(Paragraph::new(lines), inner);

    if id_focus {
        let x = inner.x + 13 + (input.visual_cursor().saturating_sub(scroll)) as u16;
        f.set_cursor_position(Position::new(
            x.min(inner.right().saturating_sub(1)),
            inner.y,
        ));
    }
}

/// Most lines the message under the input takes: an error and its remedy.
const MESSAGE_LINES: usize = 3;

/// The message under the input, wrapped to `width` columns: why the input
/// cannot be loaded (with the remedy in full), or what Enter would load.
pub fn message_lines(app: &App, width: u16) -> Vec<String> {
    let text = match &app.bar.error {
        Some(err) => format!("✗ {err}"),
        None => preview(app),
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
fn preview(app: &App) -> String {
    let text = app.bar.input.value();
    if text.trim().is_empty() {
        return "paste or type a msg_data_id (2247483652, 2247483652_3 or an article link), then Enter"
            .into();
    }
    match parse_article(text) {
        Ok(parsed) => {
            let source = match parsed.form {
                ArticleForm::Plain => "",
                ArticleForm::DataCube => " (from the data-cube id: _N is 1-based)",
                ArticleForm::Link => " (from the link: idx is 1-based)",
            };
            let from_input = parsed.index == Some(app.bar.index);
            format!(
                "→ msg_data_id {}, index {}{} · Enter loads",
                parsed.msg_data_id,
                app.bar.index,
                if from_input { source } else { "" }
            )
        }
        Err(err) => format!("✗ {err}"),
    }
}
