//! Undo: re-elect exactly the comments a deselecting batch confirmed (or
//! deselect again what an electing batch confirmed), minus those an earlier
//! undo already put back. Reads the journal; the new batch is an ordinary
//! journaled batch that names the one it undoes.

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
    /// The inverse of the source's operation: markelect for a deselecting
    /// batch, unmarkelect for an electing one.
    pub op: WriteOp,
    pub article: Article,
    /// The comments to put back, in the order the source changed them.
    pub ids: Vec<CommentId>,
    /// Each id's article when the source spanned several articles (in the
    /// order of `ids`); empty when every id is under `article`.
    pub articles: Vec<Article>,
    /// Confirmed changes an earlier undo already put back (left out).
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
    let undo_of = Some(plan.source.batch_id.clone());
    if !plan.articles.is_empty() {
        let request =
            super::MultiRequest::paired(plan.op, &plan.articles, &plan.ids, concurrency, account);
        return super::start_multi(writer, journal, request, undo_of, None);
    }
    let request = plan.request(concurrency, account);
    start_linked(writer, journal, request, undo_of)
}

/// What undoes `op`, if anything can: elect and deselect undo each other.
pub fn inverse(op: WriteOp) -> Option<WriteOp> {
    match op {
        WriteOp::UnmarkElect => Some(WriteOp::MarkElect),
        WriteOp::MarkElect => Some(WriteOp::UnmarkElect),
        WriteOp::Delete | WriteOp::DeleteReply => None,
    }
}

/// Whether a batch of `op` can be undone, when it is not itself an undo
/// (undoing an undo would redo the original: run that again instead).
pub fn undoable_op(op: WriteOp, is_undo: bool) -> bool {
    !is_undo && inverse(op).is_some()
}

/// Comments (article, id) each batch's undos have put back so far.
fn reelected(details: &[BatchDetail]) -> HashMap<&str, HashSet<(Article, CommentId)>> {
    let mut map: HashMap<&str, HashSet<(Article, CommentId)>> = HashMap::new();
    for d in details {
        let Some(of) = d.overview.undo_of.as_deref() else {
            continue;
        };
        let done = d
            .items
            .iter()
            .filter(|i| i.state == ItemState::Done)
            .map(|i| (i.article, i.user_comment_id));
        map.entry(of).or_default().extend(done);
    }
    map
}

fn plan_for(d: &BatchDetail, reelected: &HashMap<&str, HashSet<(Article, CommentId)>>) -> UndoPlan {
    let none = HashSet::new();
    let gone = reelected.get(d.overview.batch_id.as_str()).unwrap_or(&none);
    let confirmed = d.items.iter().filter(|i| i.state == ItemState::Done);
    let (before, items): (Vec<_>, Vec<_>) = confirmed
        .map(|i| (i.article, i.user_comment_id))
        .partition(|item| gone.contains(item));
    let several = d.items.iter().any(|i| i.article != d.overview.article);
    UndoPlan {
        source: Box::new(d.overview.clone()),
        op: inverse(d.overview.op).unwrap_or(WriteOp::MarkElect),
        article: d.overview.article,
        ids: items.iter().map(|(_, id)| *id).collect(),
        articles: if several {
            items.iter().map(|(a, _)| *a).collect()
        } else {
            Vec::new()
        },
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
        op: plan.source.op,
        article: plan.article,
        ids: plan.uncertain.clone(),
    }
}

/// What a plain `undo` (without an id) looks at: finished deselecting batches
/// that are not undos themselves (an undo of an elect deselects too).
fn default_source(d: &BatchDetail) -> bool {
    d.overview.op == WriteOp::UnmarkElect
        && d.overview.undo_of.is_none()
        && d.overview.state != BatchState::Running
}

/// The batch a plain `undo` (without an id) would look at first: the latest
/// finished deselecting batch with something confirmed and not re-elected,
/// or with something still unknown. Its unknown items are what to settle.
fn undo_source(details: &[BatchDetail]) -> Option<&BatchDetail> {
    let reelected = reelected(details);
    details.iter().rev().find(|d| {
        default_source(d) && {
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
    /// The undo of batch `id` (a unique prefix is enough; a deselecting or an
    /// electing batch), or by default of the latest batch that deselected
    /// something not yet re-elected.
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
        let finished = || details.iter().rev().filter(|d| default_source(d));
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
    if let Some(of) = &o.undo_of {
        return Err(JournalError::Undo(msg!(
            "batch-undo-is-undo",
            batch = o.batch_id.as_str(),
            of = of.as_str()
        )));
    }
    if !undoable_op(o.op, false) {
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
        let elect = o.op == WriteOp::MarkElect;
        let by = o.undone_by.join(", ");
        let why = match (plan.already_reelected > 0, elect) {
            (true, false) => msg!("batch-undo-all-reelected", by = by),
            (true, true) => msg!("batch-undo-all-deselected", by = by),
            (false, false) => msg!("batch-undo-deselected-nothing"),
            (false, true) => msg!("batch-undo-elected-nothing"),
        };
        return Err(JournalError::Undo(msg!(
            "batch-undo-nothing-in",
            batch = o.batch_id.as_str(),
            why = why
        )));
    }
    Ok(plan)
}
