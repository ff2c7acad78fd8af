//! What the console does with the batch engine's events: rows update live, each
//! outcome is logged, a stop is shown with its remedy, and when the batch ends
//! the list is read again. Pure state changes; the engine runs elsewhere.

use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{BatchEvent, ItemResult, ItemStatus, StopReason, Summary, Verified};
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::comments::Outcome;
use crate::tui::effect::Effect;
use crate::tui::log::Level;
use crate::tui::transition::request_load;
use crate::tui::words;

pub fn on_event(app: &mut App, event: BatchEvent, fx: &mut Vec<Effect>) {
    match event {
        BatchEvent::Started {
            batch_id, total, ..
        } => {
            if let Some(batch) = &mut app.batch.running {
                batch.batch_id = Some(batch_id.clone());
                batch.progress.total = total;
            }
            app.say(Level::Info, &msg!("tui-log-batch-started", id = batch_id));
        }
        BatchEvent::Sending { user_comment_id } => {
            set_outcome(app, user_comment_id, Outcome::Sending);
        }
        BatchEvent::ItemFinished(item) => item_finished(app, &item),
        BatchEvent::Progress(progress) => {
            if let Some(batch) = &mut app.batch.running {
                batch.progress = progress;
            }
        }
        BatchEvent::Notice(text) => app.say(Level::Warn, &text),
        BatchEvent::Stopped(StopReason::Cancelled) => {
            app.say(Level::Warn, &msg!("tui-log-batch-cancelled"));
        }
        BatchEvent::Stopped(reason) => {
            let text = words::stop(&reason);
            app.say(Level::Stop, &text);
            app.batch.stop = Some(text);
        }
        BatchEvent::Settling { unknown } => {
            if let Some(batch) = &mut app.batch.running {
                batch.settling = Some(unknown);
            }
            app.say(Level::Info, &msg!("tui-log-settling", count = unknown));
        }
        BatchEvent::Settled(settlement) => {
            if let Some(batch) = &mut app.batch.running {
                batch.settling = None;
            }
            let level = if settlement.count(Verified::NotInList) > 0 {
                Level::Warn
            } else {
                Level::Ok
            };
            app.say(level, &settlement.message());
        }
        BatchEvent::Finished(summary) => finished(app, summary, fx),
    }
}

fn outcome_of(item: &ItemResult) -> Outcome {
    match item.status {
        // Settled by reading the list: the row says so.
        ItemStatus::Done | ItemStatus::Failed if item.is_verified() => Outcome::Verified {
            done: item.status == ItemStatus::Done,
        },
        ItemStatus::Done => Outcome::Done,
        ItemStatus::Failed => Outcome::Failed { code: item.errcode },
        ItemStatus::NotAttempted => Outcome::NotAttempted,
        ItemStatus::Unknown => Outcome::Unknown,
    }
}

fn set_outcome(app: &mut App, id: CommentId, outcome: Outcome) {
    if !on_table(app) {
        return;
    }
    let op = app.batch.running.as_ref().map(|b| b.op);
    app.list.set_outcome(id, outcome, op);
}

/// Whether the running batch acts on the article the table shows (one
/// started from the history may not): only then do its items touch rows.
fn on_table(app: &App) -> bool {
    if crate::tui::cross::run::owns(app) {
        return false;
    }
    let loaded = app.loads.loaded.map(|(a, _)| a);
    app.batch
        .running
        .as_ref()
        .is_none_or(|b| Some(b.article) == loaded)
}

fn item_finished(app: &mut App, item: &ItemResult) {
    let op = app
        .batch
        .running
        .as_ref()
        .map_or(WriteOp::UnmarkElect, |b| b.op);
    let id = item.user_comment_id;
    // Items of a batch over several articles (the cross table's, or an undo
    // of one) land on the cross table's (article, id) rows, and on the
    // article table only when they are its article's.
    let first = app.batch.running.as_ref().map(|b| b.article);
    if let Some(first) = first
        && (crate::tui::cross::run::owns(app) || item.article.is_some())
    {
        crate::tui::cross::run::item_finished(app, op, item, first);
    }
    let here = other_article(app, item).is_none();
    if here {
        set_outcome(app, id, outcome_of(item));
    }
    if item.status == ItemStatus::Done && on_table(app) && here {
        app.list.unmark(id);
        // The row now shows what the server holds, so `d` will not pick it again.
        match op {
            WriteOp::UnmarkElect => app.list.set_elected(id, false),
            WriteOp::MarkElect => app.list.set_elected(id, true),
            WriteOp::Delete | WriteOp::DeleteReply => {}
        }
    }
    // Items never sent are summed up once at the end instead of one line each.
    if item.status != ItemStatus::NotAttempted {
        let (level, text) = words::item(op, item);
        app.say(level, &text);
    }
}

fn finished(app: &mut App, summary: Summary, fx: &mut Vec<Effect>) {
    let shown = on_table(app);
    if crate::tui::cross::run::owns(app) {
        crate::tui::cross::run::finished(app, &summary);
    } else {
        // Whatever it changed is out of date in the lists kept for reuse.
        let mut touched = vec![summary.article];
        touched.extend(summary.items.iter().filter_map(|i| i.article));
        app.cross_cache.forget(&touched);
    }
    let undo = app.batch.running.take().is_some_and(|b| b.undo);
    // Nothing left to cancel.
    if app.popup == Some(crate::tui::popup::Popup::CancelWhileRunning) {
        app.popup = None;
    }
    if shown {
        table_after(app, &summary);
    }
    report(app, &summary, undo);
    let article = summary.article;
    app.batch.last = Some(summary);
    if let Some((loaded, kind)) = app.loads.loaded
        && loaded == article
        && !app.batch.quit_after
    {
        request_load(app, loaded, kind, true, fx);
    }
    fx.push(Effect::ReadQuota);
    if app.batch.quit_after {
        fx.push(Effect::Quit);
    }
}

/// The rows' outcomes and marks once the batch ended.
/// The article an item names when it is not the table's (a batch over
/// several articles): its id there is another comment.
fn other_article(app: &App, item: &ItemResult) -> Option<crate::api::wire::Article> {
    let loaded = app.loads.loaded.map(|(a, _)| a);
    item.article.filter(|a| Some(*a) != loaded)
}

fn table_after(app: &mut App, summary: &Summary) {
    for item in &summary.items {
        if other_article(app, item).is_none() {
            set_outcome(app, item.user_comment_id, outcome_of(item));
        }
    }
    // Failed and unsent rows stay marked, ready for another `d`; done ones
    // are unmarked even if their own event never came, and unknown ones too:
    // they may have taken effect, and sending them again could do it twice.
    let retry = |i: &&ItemResult| matches!(i.status, ItemStatus::Failed | ItemStatus::NotAttempted);
    let here = |i: &&ItemResult| other_article(app, i).is_none();
    let settled: std::collections::HashSet<_> = summary
        .items
        .iter()
        .filter(here)
        .filter(|i| !retry(i))
        .map(|i| i.user_comment_id)
        .collect();
    let mut marks = app.list.marked_ids();
    marks.retain(|id| !settled.contains(id));
    marks.extend(
        summary
            .items
            .iter()
            .filter(here)
            .filter(retry)
            .map(|i| i.user_comment_id),
    );
    app.list.set_marks(marks);
}

/// The batch's article, or "N articles" for a batch over several (naming
/// only the first would hide the others).
fn articles(summary: &Summary) -> Message {
    let mut seen: Vec<_> = summary
        .items
        .iter()
        .map(|i| i.article.unwrap_or(summary.article))
        .collect();
    seen.sort_unstable_by_key(|a| (a.msg_data_id, a.index));
    seen.dedup();
    if seen.len() > 1 {
        msg!("tui-ran-articles", count = seen.len())
    } else {
        words::article(summary.article)
    }
}

/// The summary line, the line left for the shell, and what `u` undoes now.
fn report(app: &mut App, summary: &Summary, undo: bool) {
    let level = if summary.failed + summary.not_attempted + summary.unknown == 0 {
        Level::Ok
    } else {
        Level::Warn
    };
    let counts = |id: &'static str| {
        Message::new(id)
            .arg("id", summary.batch_id.clone())
            .arg("done", summary.done)
            .arg("word", words::op_done(summary.op))
            .arg("failed", summary.failed)
            .arg("unsent", summary.not_attempted)
            .arg("unknown", summary.unknown)
    };
    app.batch
        .ran
        .push(counts("tui-ran").arg("article", articles(summary)));
    let text = if summary.unknown > 0 {
        counts("tui-log-batch-unknown").arg("retry", summary.failed + summary.not_attempted)
    } else if summary.failed + summary.not_attempted > 0 {
        counts("tui-log-batch-partial")
    } else {
        counts("tui-log-batch-done")
    };
    app.say(level, &text);

    if undo {
        app.batch.undoable = None;
    } else if crate::batch::undoable_op(summary.op, false) && summary.done + summary.unknown > 0 {
        // `u` puts back what it confirmed (re-elects what a deselect removed,
        // deselects what an elect added), or names what is still unknown.
        app.batch.undoable = Some(summary.batch_id.clone());
    }
    let id = summary.batch_id.as_str();
    let undoable = app.batch.undoable.as_deref() == Some(id);
    if undoable && level == Level::Ok {
        crate::tui::history::undo_hint(app, id, summary.op);
    }
    // The screen is gone when these are read: the CLI's commands do it then
    // (not for the demo, whose journal and simulator are gone by then).
    if app.env.demo {
        return;
    }
    if undoable {
        app.batch.ran.push(msg!("history-ran-undo", id = id));
    }
    if summary.failed + summary.not_attempted > 0 {
        app.batch.ran.push(msg!("history-ran-retry", id = id));
    }
}
