//! The history popup (`H`): the journal's batches, newest first, two lines
//! each (when, what, where, who; then the id, the counts and what happened
//! to it since), or one batch's items with their outcome and meaning.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::api::catalog;
use crate::api::wire::undo_words;
use crate::batch::{BatchDetail, BatchState, ItemState, JournalItem, RetryPlan};
use crate::display::{fit, format_time, pad, pad_left, wrap};
use crate::i18n::Message;
use crate::msg;
use crate::sanitize::clean_line;
use crate::tui::app::App;
use crate::tui::history::{self, History, HistoryList, HistoryState};
use crate::tui::theme::Theme;
use crate::tui::words;

pub fn render(f: &mut Frame, area: Rect, app: &App, h: &History, theme: &Theme) {
    let rect = history::area(area);
    let inner_w = usize::from(rect.width.saturating_sub(2));
    let say = |m: &Message| clean_line(&app.lang.render(m)).into_owned();
    let (title, mut lines) = match (&h.state, h.current(), h.items) {
        (HistoryState::Reading, ..) => (
            say(&msg!("history-title")),
            vec![Line::from(say(&msg!("history-reading")))],
        ),
        (HistoryState::Failed(why), ..) => (
            say(&msg!("history-title")),
            vec![Line::from(Span::styled(
                fit(
                    &say(&msg!("history-unreadable", why = why.clone())),
                    inner_w,
                ),
                theme.fail(),
            ))],
        ),
        (HistoryState::Read(list), Some(batch), Some(scroll)) => (
            say(&msg!(
                "history-items-title",
                id = batch.overview.batch_id.as_str()
            )),
            items(app, list, batch, scroll, inner_w, theme),
        ),
        (HistoryState::Read(list), ..) => (
            say(&msg!("history-title-count", count = list.batches.len())),
            batches(app, h, list, inner_w, theme),
        ),
    };
    // At the foot, read in full: why a key did not act.
    let height = usize::from(rect.height.saturating_sub(2));
    if let Some(hint) = &h.hint {
        let hint = wrap(&say(hint), inner_w);
        lines.truncate(height.saturating_sub(hint.len()));
        while lines.len() + hint.len() < height {
            lines.push(Line::from(""));
        }
        lines.extend(
            hint.into_iter()
                .map(|l| Line::from(Span::styled(l, theme.warn()))),
        );
    }
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(
            fit(&format!(" {title} "), inner_w),
            theme.heading(),
        ));
    super::clear_popup(f, rect);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

/// The list: a head line, then two lines per batch from `h.scroll`.
fn batches<'a>(
    app: &App,
    h: &History,
    list: &HistoryList,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let say = |m: &Message| clean_line(&app.lang.render(m)).into_owned();
    let mut lines = vec![Line::from(Span::styled(
        fit(&say(&head(list)), width),
        theme.dim(),
    ))];
    if list.batches.is_empty() {
        lines.push(Line::from(say(&msg!("history-empty"))));
        return lines;
    }
    let rows = history::batch_rows(app);
    let scroll = h.scroll.min(list.batches.len().saturating_sub(1));
    for (i, batch) in list.batches.iter().enumerate().skip(scroll).take(rows) {
        let selected = i == h.selected;
        let ours = list.ours(batch);
        let pointer = if selected { "▶ " } else { "  " };
        let first = format!("{pointer}{}", say(&row(app, batch)));
        let second = format!("  {}", facts_line(app, batch, ours));
        let (first_style, second_style) = if selected {
            (theme.cursor_row(), theme.cursor_row())
        } else if !ours {
            (theme.dim(), theme.dim())
        } else {
            (theme.plain(), flagged(batch, theme))
        };
        lines.push(Line::from(Span::styled(
            pad(&fit(&first, width), width),
            first_style,
        )));
        lines.push(Line::from(Span::styled(
            pad(&fit(&second, width), width),
            second_style,
        )));
    }
    lines
}

/// Interrupted and failed batches stand out; the rest reads quietly.
fn flagged(batch: &BatchDetail, theme: &Theme) -> Style {
    let o = &batch.overview;
    if o.is_interrupted() || o.unknown + o.sent_without_answer > 0 {
        theme.warn()
    } else if o.failed > 0 {
        theme.fail()
    } else {
        theme.dim()
    }
}

fn head(list: &HistoryList) -> Message {
    let account = list.shown();
    if list.unreadable > 0 {
        msg!(
            "history-head-unreadable",
            account = account,
            count = list.unreadable
        )
    } else {
        msg!("history-head", account = account)
    }
}

/// "2025-03-14 09:26  deselect  2247483652 index 0  · account".
fn row(app: &App, batch: &BatchDetail) -> Message {
    let o = &batch.overview;
    let time = match crate::batch::clock::parse_timestamp(&o.time) {
        Some(t) => format_time(t.unix_timestamp(), app.clock.offset),
        None => o.time.clone(),
    };
    let op = if o.undo_of.is_some() {
        undo_words::verb()
    } else {
        words::op_verb(o.op)
    };
    msg!(
        "history-row",
        time = time,
        op = op,
        // A batch over several articles says how many (its items name each).
        article = if o.articles > 1 {
            msg!("multi-articles", count = o.articles)
        } else {
            words::article(o.article)
        },
        account = crate::tui::history::batch_account(o)
    )
}

/// "20250314-092653-a1b2 · ⚠ interrupted · undone by … · 3 done, 1 failed".
fn facts(batch: &BatchDetail, ours: bool) -> Vec<Message> {
    let o = &batch.overview;
    // What became of the batch before its counts: at 80 columns the end of
    // the line is what gets cut.
    let mut parts = vec![Message::text(o.batch_id.as_str())];
    match &o.state {
        BatchState::Interrupted => parts.push(msg!("history-flag-interrupted")),
        BatchState::Running => parts.push(msg!("history-flag-running")),
        BatchState::Stopped { reason } => {
            parts.push(msg!(
                "history-flag-stopped",
                reason = reason.short_message()
            ));
        }
        BatchState::Completed => {}
    }
    if let Some(of) = &o.undo_of {
        parts.push(msg!("history-flag-undo-of", id = of.as_str()));
    }
    if let Some(of) = &o.retry_of {
        parts.push(msg!("history-flag-retry-of", id = of.as_str()));
    }
    if !o.undone_by.is_empty() {
        parts.push(msg!("history-flag-undone-by", ids = o.undone_by.join(", ")));
    }
    if !ours {
        parts.push(msg!("history-flag-other-account"));
    }
    parts.push(msg!(
        "history-counts",
        done = o.done,
        failed = o.failed,
        unknown = o.unknown + o.sent_without_answer,
        unsent = o.not_attempted + o.never_sent
    ));
    parts
}

/// The facts as one line: labels, not a sentence, so joined by " · ".
fn facts_line(app: &App, batch: &BatchDetail, ours: bool) -> String {
    let parts: Vec<String> = facts(batch, ours)
        .iter()
        .map(|m| clean_line(&app.lang.render(m)).into_owned())
        .collect();
    parts.join(" · ")
}

/// One batch's items under its two lines, scrolled down `scroll`.
fn items<'a>(
    app: &App,
    list: &HistoryList,
    batch: &BatchDetail,
    scroll: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let say = |m: &Message| clean_line(&app.lang.render(m)).into_owned();
    let ours = list.ours(batch);
    let mut lines = vec![Line::from(fit(&say(&row(app, batch)), width))];
    // Read in full here: the counts are what the items add up to.
    let facts = wrap(&facts_line(app, batch, ours), width);
    let extra = facts.len().saturating_sub(1);
    let style = flagged(batch, theme);
    lines.extend(
        facts
            .into_iter()
            .map(|l| Line::from(Span::styled(l, style))),
    );
    lines.push(Line::from(""));
    let id_w = batch
        .items
        .iter()
        .map(|i| i.user_comment_id.to_string().len())
        .max()
        .unwrap_or(0);
    let op = batch.overview.op;
    let rows = history::item_rows(app).saturating_sub(extra);
    // Over several articles an id is only unique within its article: each
    // item names it.
    let article_of = |item: &JournalItem| {
        (batch.overview.articles > 1).then(|| say(&words::article(item.article)))
    };
    let article_w = batch
        .items
        .iter()
        .filter_map(|i| article_of(i).map(|a| unicode_width::UnicodeWidthStr::width(a.as_str())))
        .max()
        .unwrap_or(0);
    for item in batch.items.iter().skip(scroll).take(rows) {
        let (text, style) = item_line(op, item, theme);
        let id = pad_left(&item.user_comment_id.to_string(), id_w);
        let line = match article_of(item) {
            Some(article) => format!("  {}  {id}  {}", pad(&article, article_w), say(&text)),
            None => format!("  {id}  {}", say(&text)),
        };
        lines.push(Line::from(Span::styled(fit(&line, width), style)));
    }
    lines
}

/// What happened to one item, with the errcode's meaning where there is one.
fn item_line(op: crate::api::wire::WriteOp, item: &JournalItem, theme: &Theme) -> (Message, Style) {
    let meaning = match item.errcode {
        Some(code) if code != 0 && !item.verified => catalog::meaning(code, &item.errmsg),
        _ => item.reason.clone(),
    };
    match (item.state, item.errcode) {
        (ItemState::Done, _) if item.verified => {
            (msg!("history-item-verified", meaning = meaning), theme.ok())
        }
        (ItemState::Done, _) => (
            msg!("history-item-done", done = words::op_done(op)),
            theme.ok(),
        ),
        (ItemState::Failed, Some(code)) if code != 0 && !item.verified => (
            msg!(
                "history-item-failed",
                code = code.to_string(),
                meaning = meaning
            ),
            theme.fail(),
        ),
        (ItemState::Failed, _) => (
            msg!("history-item-failed-net", meaning = meaning),
            theme.fail(),
        ),
        (ItemState::NotAttempted, _) => (
            msg!("history-item-not-attempted", meaning = meaning),
            theme.warn(),
        ),
        (ItemState::NeverSent, _) => (msg!("history-item-never-sent"), theme.warn()),
        (ItemState::SentWithoutAnswer, _) => (msg!("history-item-no-answer"), theme.warn()),
        (ItemState::Unknown, _) => (
            msg!("history-item-unknown", meaning = meaning),
            theme.warn(),
        ),
    }
}

/// The retry confirmation's notes: what is sent again and what is left out.
pub fn retry_notes(plan: &RetryPlan) -> Vec<Message> {
    let mut notes = vec![msg!(
        "history-retry-sends",
        count = plan.ids.len(),
        verified = plan.verified_not_done
    )];
    if plan.done > 0 || !plan.unknown.is_empty() {
        notes.push(msg!(
            "history-retry-leaves-out",
            done = plan.done,
            unknown = plan.unknown.len()
        ));
    }
    notes
}
