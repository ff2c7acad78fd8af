//! The bulk engine: runs one operation over many comments with bounded
//! concurrency and the stop rules, and writes every step to the journal.
//! Reports progress as events; never prints, never touches a terminal.

use std::future::Future;

use tokio::sync::broadcast;

use crate::api::wire::{Article, CommentFilter, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome, Client, ClientNotice, ListRead, WriteFailure};

mod classify;
pub mod clock;
pub mod event;
mod handle;
pub mod journal;
mod request;
mod retry;
mod runner;
mod settle;
mod undo;

pub use event::{BatchEvent, ItemResult, ItemStatus, Progress, StopReason, Summary};
pub use handle::{BatchHandle, Canceller};
pub use journal::{
    BatchDetail, BatchOverview, BatchState, ItemState, Journal, JournalAccount, JournalError,
    JournalItem, JournalWarning,
};
pub use request::{MultiRequest, start_multi};
pub use retry::{RetryPlan, plan_retry, prepare_retry, start_retry};
pub use runner::{BatchRequest, DEFAULT_CONCURRENCY, MAX_CONCURRENCY, start};
pub use settle::{
    SettleError, SettleOutcome, SettledItem, Settlement, Verified, settle, settle_filter,
    settle_items,
};
pub use undo::{UndoPlan, inverse, prepare_undo, start_undo, undoable_op};

/// What the runner needs from the API: one write call per comment, with the
/// client's retries and token refresh already done, and one list read to
/// settle what stayed unknown. `Client` is the real one; tests may plug in others.
pub trait CommentWriter: Clone + Send + Sync + 'static {
    fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send;

    /// Every comment of the article under `filter`, and the calls it cost.
    fn list(
        &self,
        article: Article,
        filter: CommentFilter,
    ) -> impl Future<Output = Result<ListRead, ApiError>> + Send;

    /// `write`, giving up any retry or wait once `stop` turns true (the batch
    /// stopped): the last answer is then final and nothing more is sent.
    fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: tokio::sync::watch::Receiver<bool>,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send {
        let _ = stop;
        self.write(op, article, id)
    }

    /// Retries and minute waits the writer reports, forwarded as notices.
    fn notices(&self) -> Option<broadcast::Receiver<ClientNotice>> {
        None
    }
}

impl CommentWriter for Client {
    fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send {
        Client::write_call(self, op, article, id, None)
    }

    fn list(
        &self,
        article: Article,
        filter: CommentFilter,
    ) -> impl Future<Output = Result<ListRead, ApiError>> + Send {
        Client::read_list(self, article, filter)
    }

    fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: tokio::sync::watch::Receiver<bool>,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send {
        Client::write_call(self, op, article, id, Some(stop))
    }

    fn notices(&self) -> Option<broadcast::Receiver<ClientNotice>> {
        Some(self.subscribe())
    }
}

#[cfg(test)]
pub(crate) mod tests;
