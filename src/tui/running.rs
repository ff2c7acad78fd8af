//! What the console does with the batch engine's events: rows update live, each
//! outcome is logged, a stop is shown with its remedy, and when the batch ends
//! the list is read again. Pure state changes; the engine runs elsewhere.

use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{BatchEvent, ItemResult, ItemStatus, StopReason, Summary};
use crate::display::thousands;
use crate::tui::app::App;
use crate::tui::comments::Outcome;
use crate::tui::effect::Effect;
use crate::tui::log::Level;
use crate::tui::update::request_load;

pub fn on_event(app: &mut App, event: BatchEvent, fx: &mut Vec<Effect>) {
    match event {
        BatchEvent::Started {
            batch_id, total, ..
        } => {
            if let Some(batch) = &mut app.batch {
                batch.batch_id = Some(batch_id.clone());
                batch.progress.total = total;
            }
            app.log_line(Level::Info, &format!("batch {batch_id} started"));
        }
        BatchEvent::Sending { user_comment_id } => {
            set_outcome(app, user_comment_id, Outcome::Sending);
        }
        BatchEvent::ItemFinished(item) => item_finished(app, &item),
        BatchEvent::Progress(progress) => {
            if let Some(batch) = &mut app.batch {
                batch.progress = progress;
            }
        }
        BatchEvent::Notice(text) => app.log_line(Level::Warn, &text.to_string()),
        BatchEvent::Stopped(StopReason::Cancelled) => {
            app.log_line(Level::Warn, "batch cancelled by you");
        }
        BatchEvent::Stopped(reason) => {
            let text = reason.describe();
            app.log_line(Level::Stop, &text);
            app.stop = Some(crate::sanitize::clean_line(&text).into_owned());
        }
        BatchEvent::Settling { .. } => {}
        BatchEvent::Settled(settlement) => {
            app.log_line(Level::Info, &settlement.message().to_string());
        }
        BatchEvent::Finished(summary) => finished(app, summary, fx),
    }
}

fn outcome_of(item: &ItemResult) -> Outcome {
    match item.status {
        ItemStatus::Done => Outcome::Done,
        ItemStatus::Failed => Outcome::Failed { code: item.errcode },
        ItemStatus::NotAttempted => Outcome::NotAttempted,
        // Shown as a failure without a code until the console has its own
        // "unknown" outcome (issue 10, front-end step).
        ItemStatus::Unknown => Outcome::Failed { code: None },
    }
}

fn set_outcome(app: &mut App, id: CommentId, outcome: Outcome) {
    if let Some(row) = app.list.row_mut(id) {
        row.outcome = Some(outcome);
    }
}

/// "✓ 1024 deselected" / "✗ 1025 88008 comment is not exists — the comment was deleted".
pub fn describe_item(op: WriteOp, item: &ItemResult) -> (Level, String) {
    let id = item.user_comment_id;
    match (item.status, item.errcode) {
        (ItemStatus::Done, _) => (Level::Ok, format!("✓ {id} {}", op.done_word())),
        (ItemStatus::Failed, Some(code)) if item.errmsg.is_empty() => {
            (Level::Fail, format!("✗ {id} {code} — {}", item.meaning))
        }
        (ItemStatus::Failed, Some(code)) => (
            Level::Fail,
            format!("✗ {id} {code} {} — {}", item.errmsg, item.meaning),
        ),
        (ItemStatus::Failed, None) => (Level::Fail, format!("✗ {id} {}", item.meaning)),
        // The engine's reason often says "not attempted" already.
        (ItemStatus::NotAttempted, _) if item.meaning_says_not_attempted() => {
            (Level::Warn, format!("· {id} {}", item.meaning))
        }
        (ItemStatus::NotAttempted, _) => (
            Level::Warn,
            format!("· {id} not attempted: {}", item.meaning),
        ),
        (ItemStatus::Unknown, _) => (Level::Warn, format!("? {id} {}", item.meaning)),
    }
}

fn item_finished(app: &mut App, item: &ItemResult) {
    let op = app.batch.as_ref().map_or(WriteOp::UnmarkElect, |b| b.op);
    let id = item.user_comment_id;
    set_outcome(app, id, outcome_of(item));
    if item.status == ItemStatus::Done {
        app.list.unmark(id);
        if let Some(row) = app.list.row_mut(id) {
            // The row now shows what the server holds, so `d` will not pick it again.
            match op {
                WriteOp::UnmarkElect => row.comment.comment_type = 0,
                WriteOp::MarkElect => row.comment.comment_type = 1,
                WriteOp::Delete | WriteOp::DeleteReply => {}
            }
        }
    }
    // Items never sent are summed up once at the end instead of one line each.
    if item.status != ItemStatus::NotAttempted {
        let (level, text) = describe_item(op, item);
        app.log_line(level, &text);
    }
}

fn finished(app: &mut App, summary: Summary, fx: &mut Vec<Effect>) {
    let undo = app.batch.take().is_some_and(|b| b.undo);
    for item in &summary.items {
        set_outcome(app, item.user_comment_id, outcome_of(item));
    }
    // Failed and unsent rows stay marked, ready for another `d`; done ones
    // are unmarked even if their own event never came.
    let done: std::collections::HashSet<_> = summary
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Done)
        .map(|i| i.user_comment_id)
        .collect();
    let mut marks = app.list.marked_ids();
    marks.retain(|id| !done.contains(id));
    marks.extend(
        summary
            .items
            .iter()
            .filter(|i| i.status != ItemStatus::Done)
            .map(|i| i.user_comment_id),
    );
    app.list.set_marks(marks);

    let level = if summary.failed == 0 && summary.not_attempted == 0 {
        Level::Ok
    } else {
        Level::Warn
    };
    let n = |v: usize| thousands(v as u64);
    let mut counts = format!(
        "{} {}, {} failed",
        n(summary.done),
        summary.op.done_word(),
        n(summary.failed)
    );
    if summary.not_attempted > 0 {
        counts.push_str(&format!(", {} not attempted", n(summary.not_attempted)));
    }
    app.ran.push(format!(
        "batch {} on {}: {counts}",
        summary.batch_id, summary.article
    ));
    let mut text = format!("batch {}: {counts}", summary.batch_id);
    if summary.failed + summary.not_attempted > 0 {
        text.push_str(" — press f to mark them again");
    }
    app.log_line(level, &text);

    if undo {
        app.undoable = None;
    } else if summary.op == WriteOp::UnmarkElect && summary.done > 0 {
        app.undoable = Some(summary.batch_id.clone());
    }
    let article = summary.article;
    app.last = Some(summary);
    if let Some((loaded, kind)) = app.loaded
        && loaded == article
        && !app.quit_after_batch
    {
        request_load(app, loaded, kind, true, fx);
    }
    fx.push(Effect::ReadQuota);
    if app.quit_after_batch {
        fx.push(Effect::Quit);
    }
}
