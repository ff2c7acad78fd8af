//! Runner and journal rules on a scripted writer (no network): concurrency,
//! stop, cancel, journal contents, undo plans. The end-to-end versions against
//! the simulator live in tests/batch.rs. This file holds the scripted writer.

mod journal_rules;
mod runner_rules;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Semaphore;

use super::*;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome};

/// A scripted errcode that makes the request's task panic instead.
const PANIC: i64 = i64::MIN;

const ARTICLE: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};

#[derive(Clone, Default)]
struct Scripted {
    /// errcode per id (0 when absent); `None` = network failure.
    codes: Arc<HashMap<CommentId, Option<i64>>>,
    /// When set, each request waits for a permit.
    gate: Option<Arc<Semaphore>>,
    /// Requests for these ids wait for a permit of their own.
    holds: Arc<HashMap<CommentId, Arc<Semaphore>>>,
    /// Called as each request starts.
    on_write: Option<Arc<dyn Fn(CommentId) + Send + Sync>>,
    now: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
    sent: Arc<Mutex<Vec<CommentId>>>,
}

impl Scripted {
    fn with(codes: &[(CommentId, Option<i64>)]) -> Self {
        Scripted {
            codes: Arc::new(codes.iter().copied().collect()),
            ..Scripted::default()
        }
    }
    fn sent(&self) -> Vec<CommentId> {
        self.sent.lock().unwrap().clone()
    }
}

impl CommentWriter for Scripted {
    async fn write(
        &self,
        _op: WriteOp,
        _article: Article,
        id: CommentId,
    ) -> Result<CallOutcome, ApiError> {
        self.sent.lock().unwrap().push(id);
        if let Some(hook) = &self.on_write {
            hook(id);
        }
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        if let Some(hold) = self.holds.get(&id) {
            hold.acquire().await.unwrap().forget();
        } else if let Some(gate) = &self.gate {
            gate.acquire().await.unwrap().forget();
        } else {
            tokio::task::yield_now().await;
        }
        self.now.fetch_sub(1, Ordering::SeqCst);
        match self.codes.get(&id).copied().unwrap_or(Some(0)) {
            Some(PANIC) => panic!("scripted panic for {id}"),
            Some(errcode) => Ok(CallOutcome {
                errcode,
                errmsg: String::new(),
                attempts: 1,
            }),
            None => Err(ApiError::Network {
                base: "http://127.0.0.1:1".into(),
                detail: "connection refused".into(),
            }),
        }
    }
}

fn request(ids: Vec<CommentId>, concurrency: usize) -> BatchRequest {
    BatchRequest {
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids,
        concurrency,
        account: "test @ http://127.0.0.1".into(),
    }
}

fn journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path()).unwrap();
    (dir, journal)
}

fn ids_with(summary: &Summary, status: ItemStatus) -> Vec<CommentId> {
    summary
        .items
        .iter()
        .filter(|i| i.status == status)
        .map(|i| i.user_comment_id)
        .collect()
}
