//! The confirmation popup, built from the `Confirm` value it will hand back:
//! operation, article, count, the first comments with their content, how many
//! more, and how many marked comments the filter hides. Also the quit question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display::{fit, pad_left, thousands, wrap};
use crate::tui::app::App;
use crate::tui::popup::{Button, Confirm};
use crate::tui::theme::Theme;

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

pub fn render(f: &mut Frame, area: Rect, app: &App, confirm: &Confirm, theme: &Theme) {
    let width = 76.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let op_path = confirm.op.path().rsplit('/').next().unwrap_or("");
    let mut lines = vec![
        Line::from(format!("Operation  {} ({op_path})", confirm.op.verb())),
        Line::from(format!(
            "Article    msg_data_id {}, index {}",
            confirm.article.msg_data_id, confirm.article.index
        )),
        Line::from(format!(
            "Comments   {}",
            thousands(confirm.ids.len() as u64)
        )),
    ];
    if let Some(plan) = &confirm.undo {
        let text = format!("Undoes     batch {}", plan.source.batch_id);
        lines.push(Line::from(fit(&text, inner_w)));
    }
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
        lines.push(Line::from(format!(
            "  … and {} more",
            thousands(confirm.more() as u64)
        )));
    }
    // Warnings are read in full: wrapped, never cut.
    let mut warn = |text: &str, style| {
        for part in wrap(text, inner_w) {
            lines.push(Line::from(Span::styled(part, style)));
        }
    };
    if confirm.hidden > 0 {
        let text = format!(
            "⚠ {} of them are hidden by the current filter \"{}\".",
            thousands(confirm.hidden as u64),
            app.list.query()
        );
        warn(&text, theme.warn());
    }
    if confirm.skipped > 0 {
        let text = if confirm.undo.is_some() {
            format!(
                "{} sent without an answer may or may not be deselected: left out.",
                confirm.skipped
            )
        } else {
            match confirm.skipped {
                1 => "1 marked comment is not elected and is left out.".to_string(),
                n => format!("{n} marked comments are not elected and are left out."),
            }
        };
        warn(&text, theme.warn());
    }
    if let Some(quota) = app.quota
        && confirm.op == crate::api::wire::WriteOp::UnmarkElect
        && (quota.remain as usize) < confirm.ids.len()
    {
        let text = if quota.remain == 0 {
            "⚠ today's unmarkelect quota is spent: the batch would stop at once. Wait until \
             tomorrow, or reset the quota (clear_quota)."
                .to_string()
        } else {
            format!(
                "⚠ only {} unmarkelect calls left today: the batch stops when they run out.",
                thousands(quota.remain)
            )
        };
        warn(&text, theme.fail());
    }
    lines.push(Line::from(""));
    if confirm.needs_typing() {
        lines.push(Line::from(vec![
            Span::raw(format!("Type {} to confirm: ", confirm.ids.len())),
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
    lines.push(Line::from(vec![
        button("Cancel".into(), confirm.focus == Button::Cancel),
        Span::raw("   "),
        button(confirm.confirm_label(), confirm.focus == Button::Confirm),
    ]));
    let keys = if confirm.needs_typing() {
        "type the count, Enter confirms · n/Esc cancels"
    } else {
        "y confirms · n/Esc cancels · Tab moves"
    };
    lines.push(Line::from(Span::styled(keys, theme.dim())));
    if let Some(hint) = &confirm.hint {
        for part in wrap(hint, inner_w) {
            lines.push(Line::from(Span::styled(part, theme.warn())));
        }
    }
    let height = lines.len() as u16 + 2;
    let rect = centered(area, width, height);
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {} ", confirm.title()),
        theme.heading(),
    ));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}

pub fn render_quit(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = 60.min(area.width.saturating_sub(2));
    let inner_w = usize::from(width.saturating_sub(4));
    let left = app.batch.as_ref().map_or(0, |b| b.progress.left());
    let text = format!(
        "Quitting cancels the batch: requests in flight finish and are recorded in \
         the journal; the {} not sent yet are not sent.",
        match left {
            1 => "1 comment".to_string(),
            n => format!("{} comments", thousands(n as u64)),
        }
    );
    let mut lines: Vec<Line> = wrap(&text, inner_w).into_iter().map(Line::from).collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "y quits · n/Esc keeps running",
        theme.dim(),
    )));
    let rect = centered(area, width, lines.len() as u16 + 2);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(" Quit while a batch runs? ", theme.heading()));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}
