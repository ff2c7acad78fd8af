//! The caller's side of a running batch: its events, cancelling it, and
//! waiting for the summary. Holds no state of the run itself.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use super::event::{BatchEvent, ItemResult, ItemStatus, StopReason, Summary};
use crate::api::wire::{Article, CommentId, WriteOp};

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
        let mut seen: HashMap<CommentId, ItemResult> = HashMap::new();
        while let Some(event) = self.events.recv().await {
            match event {
                BatchEvent::Finished(summary) => return summary,
                BatchEvent::ItemFinished(item) => {
                    seen.insert(item.user_comment_id, item);
                }
                _ => {}
            }
        }
        // The runner task died (a panic): account for every id anyway.
        let items: Vec<ItemResult> = self
            .ids
            .iter()
            .map(|&id| {
                seen.remove(&id).unwrap_or_else(|| ItemResult {
                    user_comment_id: id,
                    status: ItemStatus::NotAttempted,
                    errcode: None,
                    errmsg: String::new(),
                    meaning: "not attempted: the batch runner ended unexpectedly".into(),
                    attempts: 0,
                    duration: Duration::ZERO,
                })
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
        stopped,
        items,
    }
}
