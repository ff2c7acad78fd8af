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
use super::settle::SettleOutcome;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::msg;

/// What an undo would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoPlan {
    /// The batch being undone (boxed: a plan travels inside the console's
    /// messages, which stay small).
    pub source: Box<BatchOverview>,
    pub op: WriteOp,
    pub article: Article,
    /// The comments to re-elect, in the order they were deselected.
    pub ids: Vec<CommentId>,
    /// Confirmed deselections an earlier undo already re-elected (left out).
    pub already_reelected: usize,
    /// Still unknown in the source batch (sent without an answer, or an
    /// answer not understood, and no settlement read could place them): they
    /// may or may not be deselected, so they are left out; the plan shows
    /// them. Settled ones are in `ids` (verified done) or left out (not done).
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
        source: Box::new(d.overview.clone()),
        op: WriteOp::MarkElect,
        article: d.overview.article,
        ids,
        already_reelected: before.len(),
        uncertain: d
            .items
            .iter()
            .filter(|i| matches!(i.state, ItemState::SentWithoutAnswer | ItemState::Unknown))
            .map(|i| i.user_comment_id)
            .collect(),
    }
}

fn only_unknown(plan: &UndoPlan) -> JournalError {
    JournalError::OnlyUnknown {
        batch: plan.source.batch_id.clone(),
        article: plan.article,
        ids: plan.uncertain.clone(),
    }
}

/// The batch a plain `undo` (without an id) would look at first: the latest
/// finished deselecting batch with something confirmed and not re-elected,
/// or with something still unknown. Its unknown items are what to settle.
fn undo_source(details: &[BatchDetail]) -> Option<&BatchDetail> {
    let reelected = reelected(details);
    details.iter().rev().find(|d| {
        d.overview.op == WriteOp::UnmarkElect && d.overview.state != BatchState::Running && {
            let plan = plan_for(d, &reelected);
            !plan.ids.is_empty() || !plan.uncertain.is_empty()
        }
    })
}

/// Settle, then plan: what a front end runs for `undo [BATCH_ID]`. The
/// settlement reads the list once when the batch has unknown items (killed in
/// flight, answers lost), so what the kill left deselected is undone too. The
/// plan is made whatever the settlement did: a failed read leaves the items
/// unknown, and the plan (or `JournalError::OnlyUnknown`) names them.
pub async fn prepare_undo<W: CommentWriter>(
    writer: &W,
    journal: &Journal,
    id: Option<&str>,
) -> (SettleOutcome, Result<UndoPlan, JournalError>) {
    let source = match id {
        Some(id) => Some(id.to_string()),
        None => match read_all(journal) {
            Ok((details, _)) => {
                undo_source(&journal.mine(details)).map(|d| d.overview.batch_id.clone())
            }
            Err(e) => return (SettleOutcome::NotNeeded, Err(e)),
        },
    };
    // Before the settlement read: it would call the API as the wrong account.
    if let Some(id) = &source
        && let Err(e) = journal.check_account(id)
    {
        return (SettleOutcome::NotNeeded, Err(e));
    }
    let settled = SettleOutcome::of(writer, journal, source.as_deref()).await;
    (settled, journal.undo_request(id))
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
        let details = match id {
            Some(id) => {
                self.check_account(id)?;
                details
            }
            None => self.mine(details),
        };
        let plan = plan_undo(&details, id)?;
        check_no_undo_running(&details, plan)
    }
}

fn plan_undo(details: &[BatchDetail], id: Option<&str>) -> Result<UndoPlan, JournalError> {
    let reelected = reelected(details);
    let Some(id) = id else {
        let finished = || {
            details.iter().rev().filter(|d| {
                d.overview.op == WriteOp::UnmarkElect && d.overview.state != BatchState::Running
            })
        };
        if let Some(plan) = finished()
            .map(|d| plan_for(d, &reelected))
            .find(|plan| !plan.ids.is_empty())
        {
            return Ok(plan);
        }
        // Nothing confirmed anywhere: name what is still unknown, if anything.
        return Err(finished()
            .map(|d| plan_for(d, &reelected))
            .find(|plan| !plan.uncertain.is_empty())
            .map_or_else(
                || JournalError::Undo(msg!("batch-undo-nothing")),
                |plan| only_unknown(&plan),
            ));
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
        if !plan.uncertain.is_empty() {
            return Err(only_unknown(&plan));
        }
        let why = if plan.already_reelected > 0 {
            msg!("batch-undo-all-reelected", by = o.undone_by.join(", "))
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
