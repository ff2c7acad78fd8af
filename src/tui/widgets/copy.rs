//! The copy chooser: one line per binding of the `copy` context (so a user's
//! keymap shows its own keys), each with what it would copy.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::display::{display_line, fit, pad, short_openid};
use crate::tui::app::App;
use crate::tui::keymap::{Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::centered;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(row) = app.list.current() else {
        return;
    };
    let comment = &row.comment;
    let width = 64.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let bindings: Vec<_> = app.keymap.bindings(Context::Copy).collect();
    let keys_w = bindings
        .iter()
        .map(|b| b.keys_label.width())
        .max()
        .unwrap_or(0)
        + 2;
    let what_w = bindings
        .iter()
        .map(|b| b.describe(app.lang).width())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = Vec::with_capacity(bindings.len());
    for binding in bindings {
        let value = match binding.action {
            Action::CopyId => comment.user_comment_id.to_string(),
            Action::CopyOpenid => short_openid(comment.openid.as_deref()),
            Action::CopyContent => display_line(&comment.content).into_owned(),
            _ => String::new(),
        };
        let what = pad(&binding.describe(app.lang), what_w);
        let room = inner_w.saturating_sub(keys_w + what_w);
        lines.push(Line::from(vec![
            Span::styled(pad(&binding.keys_label, keys_w), theme.key()),
            Span::raw(what),
            Span::styled(fit(&value, room), theme.dim()),
        ]));
    }
    let rect = centered(area, width, lines.len() as u16 + 2);
    super::draw_popup(f, rect, &app.t("mouse-copy-title"), lines, theme);
}
