//! Whether a key would act right now: the one rule the footer follows (it
//! shows only keys that do something here), and where elect and deselect find
//! their comments. Pure: reads the state, changes nothing.

use crate::api::wire::{CommentFilter, CommentId, WriteOp};
use crate::batch::ItemStatus;
use crate::tui::app::{App, Focus};
use crate::tui::comments::Row;
use crate::tui::keymap::{Action, Context};

/// The comments an action on "the marked ones" takes: the marks; with none,
/// the highlighted row, but only while the table has focus (from another
/// pane the user cannot see which row that is). `None`: nothing marked and
/// the table not focused.
pub fn targets(app: &App) -> Option<Vec<CommentId>> {
    let marked = app.list.marked_ids();
    if !marked.is_empty() {
        return Some(marked);
    }
    if app.focus != Focus::Table {
        return None;
    }
    Some(
        app.list
            .current()
            .map(|r| r.comment.user_comment_id)
            .into_iter()
            .collect(),
    )
}

/// Whether the view shown offers `op`: deselect in the elected view, elect in
/// the normal one, both in "all". (A row a batch just deselected is still in
/// the elected view until the reload: it is not offered for electing there.)
pub fn offered(app: &App, op: WriteOp) -> bool {
    let Some((_, kind)) = app.loads.loaded else {
        return false;
    };
    !matches!(
        (kind, op),
        (CommentFilter::Elected, WriteOp::MarkElect)
            | (CommentFilter::Normal, WriteOp::UnmarkElect)
    )
}

/// Whether `op` applies to `row`: deselect to elected rows, elect to the
/// others; never to a row no longer on the server's list.
pub fn applies(op: WriteOp, row: &Row) -> bool {
    if row.gone {
        return false;
    }
    match op {
        WriteOp::UnmarkElect => row.comment.is_elected(),
        WriteOp::MarkElect => !row.comment.is_elected(),
        WriteOp::Delete | WriteOp::DeleteReply => true,
    }
}

/// Whether `op` would find anything to act on among the targets (the same
/// answer as `targets` then `applies`, without collecting the marks: the
/// list keeps counts of marked elected and not elected rows, so this costs
/// the same at 100,000 marks as at one).
fn writes(app: &App, op: WriteOp) -> bool {
    if app.batch.running.is_some() || !offered(app, op) {
        return false;
    }
    let list = &app.list;
    if list.marked_count() == 0 {
        return app.focus == Focus::Table && list.current().is_some_and(|r| applies(op, r));
    }
    match op {
        WriteOp::UnmarkElect => list.marked_of_kind(true) > 0,
        WriteOp::MarkElect => list.marked_of_kind(false) > 0,
        WriteOp::Delete | WriteOp::DeleteReply => {
            list.marked_of_kind(true) + list.marked_of_kind(false) > 0
        }
    }
}

/// Whether pressing the key bound to `action` would do something now. Keys
/// not named here always act (their own handler says when it cannot).
pub fn acts(app: &App, action: Action) -> bool {
    let idle = app.batch.running.is_none();
    let table = app.focus == Focus::Table;
    let loaded = app.loads.loaded.is_some();
    // The cross table stands in for the article's table: `t` would change
    // the type of the table hidden behind it, so it is not offered there.
    let cross = table && app.cross.is_some();
    match action {
        Action::Deselect => writes(app, WriteOp::UnmarkElect),
        Action::Elect => writes(app, WriteOp::MarkElect),
        // Only what this console ran: an undo of some other session's batch
        // is for the history.
        Action::Undo => idle && !app.batch.planning_undo && app.batch.undoable.is_some(),
        Action::MarkFailed => app.batch.last.as_ref().is_some_and(|last| {
            idle && app.loads.loaded.map(|(a, _)| a) == Some(last.article)
                && last
                    .items
                    .iter()
                    .any(|i| matches!(i.status, ItemStatus::Failed | ItemStatus::NotAttempted))
        }),
        Action::Open => table && app.list.current().is_some(),
        Action::RestoreMarks => !app.marks_history.is_empty(),
        Action::ToggleMark | Action::RangeMark | Action::MarkAll => {
            table && app.list.current().is_some()
        }
        Action::Filter | Action::CycleView | Action::CycleSort => table && loaded,
        Action::Reload => idle && (loaded || !app.bar.input.value().trim().is_empty()),
        Action::SwitchType => idle && !cross,
        Action::CancelBatch => app.batch.running.as_ref().is_some_and(|b| !b.cancelling),
        _ => true,
    }
}

/// How the keys of `action` in `context` are written ("t", "Tab"), for log
/// lines that tell what to press: the effective keymap's, not a fixed letter.
pub fn key_for(app: &App, context: Context, action: Action) -> String {
    app.keymap
        .bindings(context)
        .find(|b| b.action == action)
        .map_or_else(String::new, |b| b.keys_label.clone())
}
