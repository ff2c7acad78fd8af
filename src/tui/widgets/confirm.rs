//! The confirmation popup, built from the `Confirm` value it will hand back:
//! operation, article, count, the first comments with their content, how many
//! more, and how many marked comments the filter hides.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use unicode_width::UnicodeWidthStr;

use crate::api::wire::WriteOp;
use crate::display::{fit, pad, pad_left, thousands, wrap};
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::popup::{Button, Confirm};
use crate::tui::theme::Theme;
use crate::tui::words;

pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width.saturating_sub(2));
    let height = height.min(area.height.saturating_sub(2));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Where the confirmation and its two buttons are on a screen of `area`: the
/// one geometry drawing and mouse clicks both use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub popup: Rect,
    pub cancel: Rect,
    pub confirm: Rect,
}

/// The popup's width and the width of its text inside borders and padding.
fn widths(area: Rect) -> (u16, usize) {
    let width = 76.min(area.width.saturating_sub(2));
    (width, usize::from(width.saturating_sub(4)))
}

/// The confirmation's geometry on a screen of `area` (colours do not change it).
pub fn placed(area: Rect, app: &App, confirm: &Confirm) -> Placed {
    let (width, inner_w) = widths(area);
    let (lines, row) = content(app, confirm, &Theme::new(false), inner_w);
    place(area, app, confirm, width, lines.len(), row)
}

fn place(
    area: Rect,
    app: &App,
    confirm: &Confirm,
    width: u16,
    lines: usize,
    button_row: usize,
) -> Placed {
    let popup = centered(area, width, lines as u16 + 2);
    // Inside the border and the one-cell padding, where the text goes.
    let text = Rect {
        x: popup.x + 2,
        y: popup.y + 1,
        width: popup.width.saturating_sub(4),
        height: popup.height.saturating_sub(2),
    };
    let y = text.y + button_row as u16;
    // "▶[ label ]" and " [ label ]" are equally wide.
    let cancel_w = app.t("tui-confirm-cancel").width() as u16 + 5;
    let confirm_w = app.lang.render(&confirm.confirm_label()).width() as u16 + 5;
    let cancel = Rect::new(text.x, y, cancel_w, 1).intersection(text);
    let confirm = Rect::new(text.x + cancel_w + 3, y, confirm_w, 1).intersection(text);
    Placed {
        popup,
        cancel,
        confirm,
    }
}

pub fn render(f: &mut Frame, area: Rect, app: &App, confirm: &Confirm, theme: &Theme) {
    let (width, inner_w) = widths(area);
    let (lines, button_row) = content(app, confirm, theme, inner_w);
    let rect = place(area, app, confirm, width, lines.len(), button_row).popup;
    super::draw_popup(f, rect, &app.lang.render(&confirm.title()), lines, theme);
}

/// The popup's lines, and which of them holds the buttons.
fn content(
    app: &App,
    confirm: &Confirm,
    theme: &Theme,
    inner_w: usize,
) -> (Vec<Line<'static>>, usize) {
    let say = |m: Message| app.lang.render(&m);
    let op_path = confirm.op.path().rsplit('/').next().unwrap_or("");
    let article = confirm.article;
    let spans = crate::tui::cross::articles_of(confirm);
    let mut facts = vec![
        (
            app.t("tui-confirm-operation"),
            say(msg!(
                "tui-confirm-op",
                verb = words::op_verb(confirm.op),
                path = op_path
            )),
        ),
        (
            app.t("tui-confirm-article"),
            if spans > 1 {
                say(msg!("cross-confirm-where", count = spans))
            } else {
                say(msg!(
                    "tui-confirm-where",
                    id = article.msg_data_id.to_string(),
                    index = article.index.to_string(),
                    position = article.index as usize + 1
                ))
            },
        ),
        (
            app.t("tui-confirm-comments"),
            thousands(confirm.ids.len() as u64),
        ),
    ];
    if let Some(plan) = &confirm.undo {
        let batch = say(msg!(
            "tui-confirm-batch",
            id = plan.source.batch_id.as_str()
        ));
        facts.push((app.t("tui-confirm-undoes"), batch));
    }
    if let Some(plan) = &confirm.retry {
        let batch = say(msg!(
            "tui-confirm-batch",
            id = plan.source.batch_id.as_str()
        ));
        facts.push((app.t("history-confirm-retries"), batch));
    }
    // Labels in one column, measured by display width (Chinese is wide).
    let label_w = facts.iter().map(|(l, _)| l.width()).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = facts
        .into_iter()
        .map(|(label, value)| Line::from(fit(&format!("{}{value}", pad(&label, label_w)), inner_w)))
        .collect();
    lines.push(Line::from(""));
    let id_w = confirm
        .preview
        .iter()
        .map(|(id, _)| id.to_string().len())
        .max()
        .unwrap_or(0);
    for (id, content) in &confirm.preview {
        let text = format!("  {}  {}", pad_left(&id.to_string(), id_w), content);
        lines.push(Line::from(fit(&text, inner_w)));
    }
    if confirm.more() > 0 {
        let more = say(msg!("tui-confirm-more", count = confirm.more()));
        lines.push(Line::from(format!("  {more}")));
    }
    // Warnings are read in full: wrapped, never cut.
    let mut warn = |text: &str, style| {
        for part in wrap(text, inner_w) {
            lines.push(Line::from(Span::styled(part, style)));
        }
    };
    if let Some(plan) = &confirm.retry {
        for note in super::history::retry_notes(plan) {
            warn(&say(note), theme.plain());
        }
    }
    // From the history: it acts by id on its own article all the same.
    if spans <= 1 && app.loads.loaded.map(|(a, _)| a) != Some(article) {
        let text = say(msg!(
            "history-confirm-other-article",
            article = words::article(article)
        ));
        warn(&text, theme.warn());
    }
    if confirm.hidden > 0 {
        let text = say(msg!(
            "tui-confirm-hidden",
            count = confirm.hidden,
            query = app.list.query()
        ));
        warn(&text, theme.warn());
    }
    // An undo of an elect batch deselects: its unknowns may be elected.
    let elected_side = match &confirm.undo {
        Some(plan) => plan.source.op == WriteOp::MarkElect,
        None => confirm.op == WriteOp::MarkElect,
    };
    if confirm.verified > 0 {
        let count = confirm.verified;
        let text = if elected_side {
            say(msg!("tui-confirm-verified-elect", count = count))
        } else {
            say(msg!("tui-confirm-verified", count = count))
        };
        warn(&text, theme.plain());
    }
    if confirm.skipped > 0 {
        let count = confirm.skipped;
        let text = match (confirm.undo.is_some(), elected_side) {
            (true, false) => say(msg!("tui-confirm-uncertain", count = count)),
            (true, true) => say(msg!("tui-confirm-uncertain-elect", count = count)),
            (false, false) => say(msg!("tui-confirm-skipped", count = count)),
            (false, true) => say(msg!("tui-confirm-skipped-elect", count = count)),
        };
        warn(&text, theme.warn());
    }
    if let Some(quota) = app.quota.left
        && confirm.op == WriteOp::UnmarkElect
        && (quota.remain as usize) < confirm.ids.len()
    {
        let text = if quota.remain == 0 {
            app.t("tui-confirm-quota-spent")
        } else {
            let left = usize::try_from(quota.remain).unwrap_or(usize::MAX);
            say(msg!("tui-confirm-quota-low", count = left))
        };
        warn(&text, theme.fail());
    }
    lines.push(Line::from(""));
    if confirm.needs_typing() {
        // The count as it is typed: no thousands separators.
        let count = confirm.ids.len().to_string();
        lines.push(Line::from(vec![
            Span::raw(say(msg!("tui-confirm-type", count = count))),
            Span::styled(format!("{}▏", confirm.typed), theme.cursor_row()),
        ]));
    }
    let button = |label: String, focused: bool| {
        if focused {
            Span::styled(format!("▶[ {label} ]"), theme.cursor_row())
        } else {
            Span::raw(format!(" [ {label} ]"))
        }
    };
    let button_row = lines.len();
    lines.push(Line::from(vec![
        button(app.t("tui-confirm-cancel"), confirm.focus == Button::Cancel),
        Span::raw("   "),
        button(
            say(confirm.confirm_label()),
            confirm.focus == Button::Confirm,
        ),
    ]));
    let keys = if confirm.needs_typing() {
        app.t("tui-confirm-keys-typing")
    } else {
        app.t("tui-confirm-keys")
    };
    lines.push(Line::from(Span::styled(keys, theme.dim())));
    if let Some(hint) = &confirm.hint {
        for part in wrap(&say(hint.clone()), inner_w) {
            lines.push(Line::from(Span::styled(part, theme.warn())));
        }
    }
    (lines, button_row)
}
