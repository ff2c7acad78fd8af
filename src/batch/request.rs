//! What a batch runs: a one-article request (`BatchRequest`, in the runner)
//! or one over items of several articles (`MultiRequest`), both turned into
//! the driver's `Plan`.

use super::CommentWriter;
use super::handle::BatchHandle;
use super::journal::{Journal, JournalError};
use super::runner::{BatchRequest, start_plan};
use crate::api::wire::{Article, CommentId, WriteOp};

/// One batch over comments of several articles: each item names its article
/// (a comment id is only unique within its article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiRequest {
    pub op: WriteOp,
    /// Duplicates are dropped (first occurrence kept).
    pub items: Vec<(Article, CommentId)>,
    /// Clamped to 1..=32.
    pub concurrency: usize,
    pub account: String,
}

impl MultiRequest {
    /// From a plan's parallel lists (`articles[i]` is the article of `ids[i]`),
    /// as undo and retry plans over several articles carry them.
    pub fn paired(
        op: WriteOp,
        articles: &[Article],
        ids: &[CommentId],
        concurrency: usize,
        account: String,
    ) -> MultiRequest {
        MultiRequest {
            op,
            items: articles.iter().copied().zip(ids.iter().copied()).collect(),
            concurrency,
            account,
        }
    }
}

pub(super) fn dedup(items: &[(Article, CommentId)]) -> Vec<(Article, CommentId)> {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items
        .iter()
        .copied()
        .filter(|item| seen.insert(*item))
        .collect()
}

/// What the driver runs: a one-article request, or a multi-article one.
pub(super) struct Plan {
    pub(super) op: WriteOp,
    /// The batch's article: the only one, or the first of several.
    pub(super) article: Article,
    pub(super) items: Vec<(Article, CommentId)>,
    /// Items name their own articles (journal, events, per-article stops).
    pub(super) multi: bool,
    pub(super) concurrency: usize,
    pub(super) account: String,
}

impl From<BatchRequest> for Plan {
    fn from(r: BatchRequest) -> Plan {
        Plan {
            op: r.op,
            article: r.article,
            items: r.ids.iter().map(|id| (r.article, *id)).collect(),
            multi: false,
            concurrency: r.concurrency,
            account: r.account,
        }
    }
}

/// Start a batch over items of several articles. As `start`, and: an 88001
/// (the article has no comment feature / is not the account's) stops only
/// that article: its remaining items are not attempted, with the reason, and
/// the other articles go on. A request over one article only runs exactly
/// as `start` would.
pub fn start_multi<W: CommentWriter>(
    writer: W,
    journal: Journal,
    request: MultiRequest,
    undo_of: Option<String>,
    retry_of: Option<String>,
) -> Result<BatchHandle, JournalError> {
    let first = request.items.first().map(|(a, _)| *a);
    let single = first.filter(|a| request.items.iter().all(|(b, _)| b == a));
    let plan = match (single, first) {
        (Some(article), _) | (None, Some(article)) => Plan {
            op: request.op,
            article,
            multi: single.is_none(),
            items: request.items,
            concurrency: request.concurrency,
            account: request.account,
        },
        (None, None) => Plan {
            op: request.op,
            article: Article {
                msg_data_id: 0,
                index: 0,
            },
            items: Vec::new(),
            multi: false,
            concurrency: request.concurrency,
            account: request.account,
        },
    };
    start_plan(writer, journal, plan, undo_of, retry_of)
}
