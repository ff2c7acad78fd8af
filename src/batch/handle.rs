//! The caller's side of a running batch: its events, cancelling it, and
//! waiting for the summary. Holds no state of the run itself.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use super::event::{BatchEvent, ItemResult, ItemStatus, StopReason, Summary};
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::msg;

/// Stops a batch like a stop answer would: no new request goes out, requests
/// in flight finish and are recorded.
#[derive(Debug, Clone)]
pub struct Canceller {
    pub(crate) tx: Arc<watch::Sender<bool>>,
}

impl Canceller {
    pub fn cancel(&self) {
        self.tx.send_replace(true);
    }
    pub fn is_cancelled(&self) -> bool {
        *self.tx.borrow()
    }
}

/// A running batch. Dropping it does not stop the batch; `cancel` does.
pub struct BatchHandle {
    pub batch_id: String,
    pub events: mpsc::UnboundedReceiver<BatchEvent>,
    /// The journal file the batch is written to.
    pub journal_file: std::path::PathBuf,
    pub(crate) canceller: Canceller,
    pub(crate) op: WriteOp,
    pub(crate) article: Article,
    pub(crate) ids: Vec<CommentId>,
    /// Each id's article in a multi-article batch; empty otherwise.
    pub(crate) articles: Vec<Article>,
}

impl BatchHandle {
    pub fn cancel(&self) {
        self.canceller.cancel();
    }
    pub fn canceller(&self) -> Canceller {
        self.canceller.clone()
    }

    /// Drain the events and return the summary.
    pub async fn wait(mut self) -> Summary {
        // A comment id is unique only within its article.
        let mut seen: HashMap<(Option<Article>, CommentId), ItemResult> = HashMap::new();
        let mut sent: HashSet<CommentId> = HashSet::new();
        while let Some(event) = self.events.recv().await {
            match event {
                BatchEvent::Finished(summary) => return summary,
                BatchEvent::Sending { user_comment_id } => {
                    sent.insert(user_comment_id);
                }
                BatchEvent::ItemFinished(item) => {
                    seen.insert((item.article, item.user_comment_id), item);
                }
                _ => {}
            }
        }
        // The runner task died (a panic): account for every id anyway. One
        // that went out may have taken effect, so it is not "not attempted".
        let lost = |article: Option<Article>, id: CommentId| {
            let (status, meaning) = if sent.contains(&id) {
                (ItemStatus::Unknown, msg!("batch-runner-ended-sent"))
            } else {
                (ItemStatus::NotAttempted, msg!("batch-runner-ended-unsent"))
            };
            ItemResult {
                user_comment_id: id,
                article,
                status,
                errcode: None,
                errmsg: String::new(),
                meaning,
                attempts: 0,
                duration: Duration::ZERO,
            }
        };
        let items: Vec<ItemResult> = self
            .ids
            .iter()
            .enumerate()
            .map(|(position, &id)| {
                let article = self.articles.get(position).copied();
                seen.remove(&(article, id))
                    .unwrap_or_else(|| lost(article, id))
            })
            .collect();
        summarize(&self.batch_id, self.op, self.article, items, None)
    }
}

pub(crate) fn summarize(
    batch_id: &str,
    op: WriteOp,
    article: Article,
    items: Vec<ItemResult>,
    stopped: Option<StopReason>,
) -> Summary {
    let count = |status| items.iter().filter(|i| i.status == status).count();
    Summary {
        batch_id: batch_id.to_string(),
        op,
        article,
        total: items.len(),
        done: count(ItemStatus::Done),
        failed: count(ItemStatus::Failed),
        not_attempted: count(ItemStatus::NotAttempted),
        unknown: count(ItemStatus::Unknown),
        stopped,
        items,
        settlement: None,
    }
}
