//! Undo: re-elect exactly the comments a deselecting batch confirmed, minus
//! those an earlier undo already re-elected. Reads the journal; the new batch
//! is an ordinary journaled batch that names the one it undoes.

use std::collections::{HashMap, HashSet};

use super::CommentWriter;
use super::handle::BatchHandle;
use super::journal::{
    BatchDetail, BatchOverview, BatchState, ItemState, Journal, JournalError, find_batch, read_all,
};
use super::runner::{BatchRequest, start_linked};
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::msg;

/// What an undo would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoPlan {
    /// The batch being undone.
    pub source: BatchOverview,
    pub op: WriteOp,
    pub article: Article,
    /// The comments to re-elect, in the order they were deselected.
    pub ids: Vec<CommentId>,
    /// Confirmed deselections an earlier undo already re-elected (left out).
    pub already_reelected: usize,
    /// Sent without an answer in the source batch: they may or may not be
    /// deselected, so they are left out; the plan shows them.
    pub uncertain: Vec<CommentId>,
}

impl UndoPlan {
    pub fn request(&self, concurrency: usize, account: String) -> BatchRequest {
        BatchRequest {
            op: self.op,
            article: self.article,
            ids: self.ids.clone(),
            concurrency,
            account,
        }
    }
}

/// Start the undo batch described by `plan` (journaled as an undo of its source).
pub fn start_undo<W: CommentWriter>(
    writer: W,
    journal: Journal,
    plan: &UndoPlan,
    concurrency: usize,
    account: String,
) -> Result<BatchHandle, JournalError> {
    let request = plan.request(concurrency, account);
    start_linked(writer, journal, request, Some(plan.source.batch_id.clone()))
}

/// Ids each batch's undos have re-elected so far.
fn reelected(details: &[BatchDetail]) -> HashMap<&str, HashSet<CommentId>> {
    let mut map: HashMap<&str, HashSet<CommentId>> = HashMap::new();
    for d in details {
        let Some(of) = d.overview.undo_of.as_deref() else {
            continue;
        };
        let done = d
            .items
            .iter()
            .filter(|i| i.state == ItemState::Done)
            .map(|i| i.user_comment_id);
        map.entry(of).or_default().extend(done);
    }
    map
}

fn plan_for(d: &BatchDetail, reelected: &HashMap<&str, HashSet<CommentId>>) -> UndoPlan {
    let none = HashSet::new();
    let gone = reelected.get(d.overview.batch_id.as_str()).unwrap_or(&none);
    let confirmed = d.items.iter().filter(|i| i.state == ItemState::Done);
    let (before, ids): (Vec<_>, Vec<_>) = confirmed
        .map(|i| i.user_comment_id)
        .partition(|id| gone.contains(id));
    UndoPlan {
        source: d.overview.clone(),
        op: WriteOp::MarkElect,
        article: d.overview.article,
        ids,
        already_reelected: before.len(),
        uncertain: d
            .items
            .iter()
            .filter(|i| i.state == ItemState::SentWithoutAnswer)
            .map(|i| i.user_comment_id)
            .collect(),
    }
}

/// Refuse a second undo while one of the same batch still runs: both would
/// send the same comments.
fn check_no_undo_running(
    details: &[BatchDetail],
    plan: UndoPlan,
) -> Result<UndoPlan, JournalError> {
    let source = &plan.source.batch_id;
    let running = details.iter().find(|d| {
        d.overview.undo_of.as_ref() == Some(source) && d.overview.state == BatchState::Running
    });
    match running {
        Some(d) => Err(JournalError::Undo(msg!(
            "batch-undo-running",
            source = source.as_str(),
            undo = d.overview.batch_id.as_str()
        ))),
        None => Ok(plan),
    }
}

impl Journal {
    /// The undo of batch `id` (a unique prefix is enough), or by default of the
    /// latest batch that deselected something not yet re-elected.
    pub fn undo_request(&self, id: Option<&str>) -> Result<UndoPlan, JournalError> {
        let (details, _) = read_all(self)?;
        let plan = plan_undo(&details, id)?;
        check_no_undo_running(&details, plan)
    }
}

fn plan_undo(details: &[BatchDetail], id: Option<&str>) -> Result<UndoPlan, JournalError> {
    let reelected = reelected(details);
    let Some(id) = id else {
        return details
            .iter()
            .rev()
            .filter(|d| {
                d.overview.op == WriteOp::UnmarkElect && d.overview.state != BatchState::Running
            })
            .map(|d| plan_for(d, &reelected))
            .find(|plan| !plan.ids.is_empty())
            .ok_or_else(|| JournalError::Undo(msg!("batch-undo-nothing")));
    };
    let d = find_batch(details, id)?;
    let o = &d.overview;
    if o.op != WriteOp::UnmarkElect {
        return Err(JournalError::Undo(msg!(
            "batch-undo-not-deselect",
            batch = o.batch_id.as_str(),
            op = o.op.verb()
        )));
    }
    if o.state == BatchState::Running {
        return Err(JournalError::Undo(msg!(
            "batch-undo-still-running",
            batch = o.batch_id.as_str()
        )));
    }
    let plan = plan_for(d, &reelected);
    if plan.ids.is_empty() {
        let why = if plan.already_reelected > 0 {
            msg!("batch-undo-all-reelected", by = o.undone_by.join(", "))
        } else if !plan.uncertain.is_empty() {
            let ids: Vec<String> = plan.uncertain.iter().map(u64::to_string).collect();
            msg!(
                "batch-undo-uncertain",
                count = ids.len(),
                ids = ids.join(", "),
                msg_data_id = o.article.msg_data_id.to_string(),
                index = o.article.index.to_string()
            )
        } else {
            msg!("batch-undo-deselected-nothing")
        };
        return Err(JournalError::Undo(msg!(
            "batch-undo-nothing-in",
            batch = o.batch_id.as_str(),
            why = why
        )));
    }
    Ok(plan)
}
