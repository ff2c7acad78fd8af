//! The bulk engine: runs one operation over many comments with bounded
//! concurrency and the stop rules, and writes every step to the journal.
//! Reports progress as events; never prints, never touches a terminal.

use std::future::Future;

use tokio::sync::broadcast;

use crate::api::wire::{Article, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome, Client, ClientNotice};

mod classify;
pub mod clock;
pub mod event;
mod handle;
pub mod journal;
mod runner;
mod undo;

pub use event::{BatchEvent, ItemResult, ItemStatus, Progress, StopReason, Summary};
pub use handle::{BatchHandle, Canceller};
pub use journal::{
    BatchDetail, BatchOverview, BatchState, ItemState, Journal, JournalError, JournalItem,
    JournalWarning,
};
pub use runner::{BatchRequest, DEFAULT_CONCURRENCY, MAX_CONCURRENCY, start};
pub use undo::{UndoPlan, start_undo};

/// What the runner needs from the API: one write call per comment, with the
/// client's retries and token refresh already done. `Client` is the real one;
/// tests may plug in others.
pub trait CommentWriter: Clone + Send + Sync + 'static {
    fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> impl Future<Output = Result<CallOutcome, ApiError>> + Send;

    /// `write`, giving up any retry or wait once `stop` turns true (the batch
    /// stopped): the last answer is then final and nothing more is sent.
    fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: tokio::sync::watch::Receiver<bool>,
    ) -> impl Future<Output = Result<CallOutcome, ApiError>> + Send {
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
    ) -> impl Future<Output = Result<CallOutcome, ApiError>> + Send {
        Client::write(self, op, article, id)
    }

    fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: tokio::sync::watch::Receiver<bool>,
    ) -> impl Future<Output = Result<CallOutcome, ApiError>> + Send {
        Client::write_until(self, op, article, id, stop)
    }

    fn notices(&self) -> Option<broadcast::Receiver<ClientNotice>> {
        Some(self.subscribe())
    }
}

#[cfg(test)]
mod tests;
