//! Retry: send again only what is known not to have happened — failed, not
//! attempted, never sent, and unknown items a settlement read found not done.
//! Never what is done, never what is still unknown (that could do it twice,
//! or undo an undo). The new batch is an ordinary journaled batch; a retry of
//! an undo is journaled as part of that undo.

use super::CommentWriter;
use super::handle::BatchHandle;
use super::journal::{
    BatchOverview, BatchState, ItemState, Journal, JournalError, find_batch, read_all,
};
use super::runner::{BatchRequest, start_retry_of};
use super::settle::SettleOutcome;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::msg;

/// What a retry would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPlan {
    /// The batch retried.
    pub source: BatchOverview,
    pub op: WriteOp,
    pub article: Article,
    /// The comments to send again, in the source batch's order.
    pub ids: Vec<CommentId>,
    /// Each id's article when the source spanned several articles (in the
    /// order of `ids`); empty when every id is under `article`.
    pub articles: Vec<Article>,
    /// Of `ids`, those a settlement read verified not done.
    pub verified_not_done: usize,
    /// Done in the source batch (left out).
    pub done: usize,
    /// Still unknown (left out: the list could not place them).
    pub unknown: Vec<CommentId>,
}

impl RetryPlan {
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

/// Run the retry. A retry of an undo continues that undo: it is journaled as
/// undoing the same batch, so what it re-elects counts as undone and a later
/// `undo` of that batch does not send it again.
pub fn start_retry<W: CommentWriter>(
    writer: W,
    journal: Journal,
    plan: &RetryPlan,
    concurrency: usize,
    account: String,
) -> Result<BatchHandle, JournalError> {
    let retry_of = Some(plan.source.batch_id.clone());
    if !plan.articles.is_empty() {
        let request =
            super::MultiRequest::paired(plan.op, &plan.articles, &plan.ids, concurrency, account);
        return super::start_multi(
            writer,
            journal,
            request,
            plan.source.undo_of.clone(),
            retry_of,
        );
    }
    let request = plan.request(concurrency, account);
    start_retry_of(
        writer,
        journal,
        request,
        plan.source.undo_of.clone(),
        retry_of,
    )
}

/// The retry of batch `batch_id` (a unique prefix is enough), from the journal
/// as it stands: call [`prepare_retry`] to settle unknown items first.
pub fn plan_retry(journal: &Journal, batch_id: &str) -> Result<RetryPlan, JournalError> {
    let (details, _) = read_all(journal)?;
    let d = find_batch(&details, batch_id)?;
    journal.check_overview(&d.overview)?;
    let o = &d.overview;
    if o.state == BatchState::Running {
        return Err(JournalError::Retry(msg!(
            "batch-retry-still-running",
            batch = o.batch_id.as_str()
        )));
    }
    let mut plan = RetryPlan {
        source: o.clone(),
        op: o.op,
        article: o.article,
        ids: Vec::new(),
        articles: Vec::new(),
        verified_not_done: 0,
        done: 0,
        unknown: Vec::new(),
    };
    for item in &d.items {
        match item.state {
            ItemState::Done => plan.done += 1,
            ItemState::Unknown | ItemState::SentWithoutAnswer => {
                plan.unknown.push(item.user_comment_id);
            }
            ItemState::Failed | ItemState::NotAttempted | ItemState::NeverSent => {
                plan.verified_not_done += usize::from(item.verified);
                plan.ids.push(item.user_comment_id);
                plan.articles.push(item.article);
            }
        }
    }
    if plan.articles.iter().all(|a| *a == o.article) {
        plan.articles.clear();
    }
    if plan.ids.is_empty() {
        // All done is nothing to do; only unknown ones left is not known
        // to be done, so it stays a refusal naming them.
        let (why, all_done) = if plan.unknown.is_empty() {
            (msg!("batch-retry-all-done", count = plan.done), true)
        } else {
            let ids: Vec<String> = plan.unknown.iter().map(u64::to_string).collect();
            let why = msg!(
                "batch-retry-only-unknown",
                count = ids.len(),
                ids = ids.join(", ")
            );
            (why, false)
        };
        let message = msg!(
            "batch-retry-nothing-in",
            batch = o.batch_id.as_str(),
            why = why
        );
        return Err(if all_done {
            JournalError::NothingToRetry(message)
        } else {
            JournalError::Retry(message)
        });
    }
    Ok(plan)
}

/// Settle, then plan: what a front end runs for `retry BATCH_ID`.
pub async fn prepare_retry<W: CommentWriter>(
    writer: &W,
    journal: &Journal,
    batch_id: &str,
) -> (SettleOutcome, Result<RetryPlan, JournalError>) {
    // Before the settlement read: it would call the API as the wrong account.
    if let Err(e) = journal.check_account(batch_id) {
        return (SettleOutcome::NotNeeded, Err(e));
    }
    let settled = SettleOutcome::of(writer, journal, Some(batch_id)).await;
    (settled, plan_retry(journal, batch_id))
}
