//! Settlement: when a request's answer was lost or not understood, wxmod looks.
//! It reads the article's list once and settles each unknown item as done or
//! not done ("verified"); one the list no longer holds stays unknown. The
//! verdict is pure (`settle_items`); reading and journaling are in `settle`
//! (for a batch in the journal) and in the runner (at the end of a batch).

use serde::{Deserialize, Serialize};

use super::CommentWriter;
use super::clock;
use super::event::ItemStatus;
use super::journal::{
    BatchState, ItemState, Journal, JournalError, Record, SettledRecord, find_batch, read_all,
};
use crate::api::ApiError;
use crate::api::wire::{Article, Comment, CommentFilter, CommentId, WriteOp};
use crate::i18n::{Localize, Message};
use crate::msg;

/// What the list says about one unknown item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verified {
    /// The list shows the change made.
    Done,
    /// The list shows the comment as it was: the change did not happen.
    NotDone,
    /// The list no longer holds the comment: the outcome stays unknown.
    NotInList,
}

impl Verified {
    /// The item's status once settled.
    pub fn status(self) -> ItemStatus {
        match self {
            Verified::Done => ItemStatus::Done,
            Verified::NotDone => ItemStatus::Failed,
            Verified::NotInList => ItemStatus::Unknown,
        }
    }

    /// "deselected (verified by reading the list)" / "已取消精选（读取留言列表核实）".
    pub fn meaning(self, op: WriteOp) -> Message {
        match self {
            Verified::Done => msg!("batch-verified-done", done = op.done_word()),
            Verified::NotDone => msg!("batch-verified-not-done", verb = op.verb()),
            Verified::NotInList => msg!("batch-verified-not-in-list"),
        }
    }
}

/// One settled item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettledItem {
    pub id: CommentId,
    pub verified: Verified,
}

/// One settlement read of a batch's unknown items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    pub batch_id: String,
    pub op: WriteOp,
    pub article: Article,
    /// The list type read (`all`: it holds the comment whichever way it went).
    pub filter: CommentFilter,
    /// Requests the read cost, retries included: the quota counts each.
    pub list_calls: u32,
    pub items: Vec<SettledItem>,
}

impl Settlement {
    pub fn count(&self, verified: Verified) -> usize {
        self.items.iter().filter(|i| i.verified == verified).count()
    }

    /// "Read the list (3 list calls) to settle 5 unknown comments: 4 done,
    /// 1 not done, 0 no longer in the list."
    pub fn message(&self) -> Message {
        msg!(
            "batch-settled",
            count = self.items.len(),
            calls = self.list_calls as usize,
            done = self.count(Verified::Done),
            not_done = self.count(Verified::NotDone),
            gone = self.count(Verified::NotInList)
        )
    }
}

/// Why a settlement could not be made: the items stay unknown.
#[derive(Debug, thiserror::Error)]
pub enum SettleError {
    /// The list could not be read.
    List {
        batch: String,
        count: usize,
        error: ApiError,
    },
    Journal(#[from] JournalError),
}

impl Localize for SettleError {
    fn message(&self) -> Message {
        match self {
            SettleError::List {
                batch,
                count,
                error,
            } => msg!(
                "batch-settle-failed",
                batch = batch.as_str(),
                count = *count,
                why = error.message()
            ),
            SettleError::Journal(e) => e.message(),
        }
    }
}

crate::display_via_message!(SettleError);

/// The list a settlement reads for `op`: the whole list, which holds the
/// comment whether the change happened or not (elected and normal alike).
pub fn settle_filter(op: WriteOp) -> CommentFilter {
    let _ = op;
    CommentFilter::All
}

/// What the list (of `settle_filter(op)`) says about each id.
pub fn settle_items(op: WriteOp, ids: &[CommentId], list: &[Comment]) -> Vec<SettledItem> {
    let by_id: std::collections::HashMap<CommentId, &Comment> =
        list.iter().map(|c| (c.user_comment_id, c)).collect();
    ids.iter()
        .map(|&id| SettledItem {
            id,
            verified: verify(op, by_id.get(&id).copied()),
        })
        .collect()
}

fn verify(op: WriteOp, comment: Option<&Comment>) -> Verified {
    let yes = |b: bool| if b { Verified::Done } else { Verified::NotDone };
    match (op, comment) {
        // Deleted: gone from the list is what the change does.
        (WriteOp::Delete, None) => Verified::Done,
        (WriteOp::Delete, Some(_)) => Verified::NotDone,
        (_, None) => Verified::NotInList,
        (WriteOp::UnmarkElect, Some(c)) => yes(!c.is_elected()),
        (WriteOp::MarkElect, Some(c)) => yes(c.is_elected()),
        (WriteOp::DeleteReply, Some(c)) => yes(c.reply.is_none()),
    }
}

/// The journal record of a settlement.
/// `article`: the article read, named in a batch over several articles.
pub(crate) fn record_of(settlement: &Settlement, article: Option<Article>) -> Record {
    Record::ItemsSettled(SettledRecord {
        article,
        batch: settlement.batch_id.clone(),
        time: clock::timestamp(clock::now()),
        filter: settlement.filter,
        list_calls: settlement.list_calls,
        items: settlement.items.clone(),
    })
}

impl Journal {
    /// The items of batch `id` whose outcome is not known and that a
    /// settlement read could settle: unknown answers and requests sent without
    /// an answer (killed in flight), not yet looked at. Empty for a batch that
    /// is still running. Reads only the journal: a front end calls this first
    /// and needs credentials only when it is not empty.
    pub fn unsettled(&self, id: &str) -> Result<Vec<CommentId>, JournalError> {
        Ok(self
            .unsettled_items(id)?
            .into_iter()
            .map(|(_, id)| id)
            .collect())
    }

    /// `unsettled`, each with its article (a batch may span several).
    pub fn unsettled_items(&self, id: &str) -> Result<Vec<(Article, CommentId)>, JournalError> {
        let (details, _) = read_all(self)?;
        let d = find_batch(&details, id)?;
        if d.overview.state == BatchState::Running {
            return Ok(Vec::new());
        }
        Ok(d.items
            .iter()
            .filter(|i| {
                !i.verified && matches!(i.state, ItemState::Unknown | ItemState::SentWithoutAnswer)
            })
            .map(|i| (i.article, i.user_comment_id))
            .collect())
    }
}

/// Settle the unknown items of batch `id` (a unique prefix is enough): read
/// the article's list once, journal the verdicts as their own record, and
/// return them. `Ok(None)` when there is nothing to settle (or the batch still
/// runs). Front ends call it at the start of `undo`, `retry` and
/// `history BATCH_ID`.
pub async fn settle<W: CommentWriter>(
    writer: &W,
    journal: &Journal,
    id: &str,
) -> Result<Option<Settlement>, SettleError> {
    let unsettled = journal.unsettled_items(id)?;
    if unsettled.is_empty() {
        return Ok(None);
    }
    let (details, _) = read_all(journal)?;
    let d = find_batch(&details, id)?;
    let o = &d.overview;
    let several = d.items.iter().any(|i| i.article != o.article);
    // One read per article, in the order the batch names them.
    let mut articles: Vec<Article> = Vec::new();
    for (article, _) in &unsettled {
        if !articles.contains(article) {
            articles.push(*article);
        }
    }
    let filter = settle_filter(o.op);
    let mut total: Option<Settlement> = None;
    for article in articles {
        let ids: Vec<CommentId> = unsettled
            .iter()
            .filter(|(a, _)| *a == article)
            .map(|(_, id)| *id)
            .collect();
        let read = writer
            .list(article, filter)
            .await
            .map_err(|error| SettleError::List {
                batch: o.batch_id.clone(),
                count: ids.len(),
                error,
            })?;
        let settlement = Settlement {
            batch_id: o.batch_id.clone(),
            op: o.op,
            article,
            filter,
            list_calls: read.calls,
            items: settle_items(o.op, &ids, &read.comments),
        };
        let mut file = journal.writer(&clock::journal_file_name(clock::now()))?;
        file.append(&record_of(&settlement, several.then_some(article)))?;
        file.sync()?;
        match total.as_mut() {
            // What the front ends show: the counts and calls of every read.
            Some(t) => {
                t.list_calls += settlement.list_calls;
                t.items.extend(settlement.items);
            }
            None => total = Some(settlement),
        }
    }
    Ok(total)
}

/// How the settlement at the start of an undo or retry went.
#[derive(Debug)]
pub enum SettleOutcome {
    /// Nothing was unknown: no list call.
    NotNeeded,
    Settled(Settlement),
    /// The read failed: the items stay unknown (the plan names them).
    Failed(SettleError),
}

impl SettleOutcome {
    pub(crate) async fn of<W: CommentWriter>(
        writer: &W,
        journal: &Journal,
        id: Option<&str>,
    ) -> SettleOutcome {
        let Some(id) = id else {
            return SettleOutcome::NotNeeded;
        };
        match settle(writer, journal, id).await {
            Ok(None) => SettleOutcome::NotNeeded,
            Ok(Some(s)) => SettleOutcome::Settled(s),
            Err(e) => SettleOutcome::Failed(e),
        }
    }

    /// The list calls it cost.
    pub fn list_calls(&self) -> u32 {
        match self {
            SettleOutcome::Settled(s) => s.list_calls,
            _ => 0,
        }
    }
}
