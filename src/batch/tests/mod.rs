//! Runner and journal rules on a scripted writer (no network): concurrency,
//! stop, cancel, journal contents, undo plans. The end-to-end versions against
//! the simulator live in tests/batch.rs. This file holds the scripted writer.

mod journal_rules;
mod runner_rules;
pub(crate) mod settle_rules;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Semaphore;

use super::*;
use crate::api::wire::{Article, Comment, CommentFilter, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome, ListRead, WriteFailure};

/// A scripted errcode that makes the request's task panic instead.
const PANIC: i64 = i64::MIN;
/// A scripted errcode for a request whose answer was lost (a timeout after
/// the retries): it may have been applied.
const LOST: i64 = i64::MIN + 1;

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
    /// What a list read returns; `None` = the read fails.
    list: Arc<Mutex<Option<Vec<Comment>>>>,
    /// List reads made.
    lists: Arc<AtomicUsize>,
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
    /// The list a settlement read returns: these ids, elected or not.
    fn listing(&self, elected: &[CommentId], normal: &[CommentId]) {
        let comment = |id: CommentId, comment_type: u8| Comment {
            user_comment_id: id,
            openid: None,
            create_time: id as i64,
            content: String::new(),
            comment_type,
            reply: None,
        };
        let list = elected
            .iter()
            .map(|&id| comment(id, 1))
            .chain(normal.iter().map(|&id| comment(id, 0)))
            .collect();
        *self.list.lock().unwrap() = Some(list);
    }
}

impl CommentWriter for Scripted {
    async fn write(
        &self,
        _op: WriteOp,
        _article: Article,
        id: CommentId,
    ) -> Result<CallOutcome, WriteFailure> {
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
            Some(LOST) => Err(WriteFailure {
                error: ApiError::Timeout {
                    path: "/cgi-bin/comment/unmarkelect",
                    secs: 30,
                },
                attempts: 4,
                maybe_applied: true,
            }),
            Some(errcode) => Ok(CallOutcome {
                errcode,
                errmsg: String::new(),
                attempts: 1,
                unanswered_before: false,
            }),
            None => Err(WriteFailure {
                error: ApiError::Network {
                    base: "http://127.0.0.1:1".into(),
                    detail: "connection refused".into(),
                },
                attempts: 1,
                maybe_applied: false,
            }),
        }
    }

    async fn list(&self, _article: Article, _filter: CommentFilter) -> Result<ListRead, ApiError> {
        self.lists.fetch_add(1, Ordering::SeqCst);
        match self.list.lock().unwrap().clone() {
            Some(comments) => Ok(ListRead { comments, calls: 2 }),
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
