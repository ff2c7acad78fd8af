//! Reading the journal back: batches with the final state of every item, and
//! for a batch that never ended, which items were confirmed, which were sent
//! without an answer and which were never sent. Broken lines become warnings,
//! never errors: a kill mid-write must not make the history unreadable.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Serialize;

use super::process;
use super::record::{Ended, ItemRecord, Record, Started};
use super::{Journal, JournalError};
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::batch::event::{ItemStatus, StopReason};
use crate::batch::settle::Verified;
use crate::i18n::Message;
use crate::msg;

/// A line of the journal that could not be read (it is skipped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalWarning {
    pub file: PathBuf,
    pub line: usize,
    #[serde(with = "crate::batch::event::english")]
    pub message: Message,
}

impl JournalWarning {
    /// "FILE line N: why", in the user's language.
    pub fn localized(&self) -> Message {
        msg!(
            "batch-journal-warning",
            file = self.file.display().to_string(),
            line = self.line,
            why = self.message.clone()
        )
    }
}

impl std::fmt::Display for JournalWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.localized())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum BatchState {
    /// Ended with every item attempted.
    Completed,
    /// Ended early; the reason says why.
    Stopped { reason: StopReason },
    /// Never ended and its process is gone (killed, crashed, machine off).
    Interrupted,
    /// Never ended and its process still runs.
    Running,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    Done,
    Failed,
    NotAttempted,
    /// The request went out but no answer was recorded: it may or may not have
    /// taken effect.
    SentWithoutAnswer,
    /// The batch was interrupted before this item was sent.
    NeverSent,
    /// The request went out and its answer was lost or not understood; no
    /// settlement read has placed it (or the list no longer holds it).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalItem {
    pub user_comment_id: CommentId,
    /// The item's article (`msg_data_id`, `index` in `--json`): its own in a
    /// batch over several articles, else the batch's.
    #[serde(flatten)]
    pub article: Article,
    pub state: ItemState,
    pub errcode: Option<i64>,
    pub errmsg: String,
    pub attempts: u32,
    pub ms: u64,
    /// Why it failed without an errcode or was not attempted; for a settled
    /// item, what the list showed (English in `--json`; the journal holds
    /// English text, a stop reason its code).
    #[serde(serialize_with = "crate::batch::event::english::serialize")]
    pub reason: Message,
    /// Settled by reading the article's list: `state` is what the list showed
    /// (done, failed = not done, unknown = no longer in the list).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BatchOverview {
    pub batch_id: String,
    pub time: String,
    pub op: WriteOp,
    pub article: Article,
    pub account: String,
    /// The config's account name; `null` for batches of older versions.
    pub account_name: Option<String>,
    /// That account's appid, when known.
    pub appid: Option<String>,
    pub concurrency: usize,
    pub undo_of: Option<String>,
    /// Undo batches that re-elected items of this one.
    pub undone_by: Vec<String>,
    /// The batch this one retried (its failed and not-attempted items).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_of: Option<String>,
    pub total: usize,
    pub done: usize,
    pub failed: usize,
    pub not_attempted: usize,
    pub sent_without_answer: usize,
    pub never_sent: usize,
    /// Answers lost or not understood, not (yet) settled.
    pub unknown: usize,
    /// List calls the settlement reads of this batch cost.
    pub list_calls: u32,
    /// How many articles its items are under: more than 1 for a batch over
    /// several articles (then `article` is the first); absent in `--json` otherwise.
    #[serde(skip_serializing_if = "one_or_none")]
    pub articles: usize,
    #[serde(flatten)]
    pub state: BatchState,
    pub file: PathBuf,
}

fn one_or_none(n: &usize) -> bool {
    *n <= 1
}

impl BatchOverview {
    pub fn is_interrupted(&self) -> bool {
        self.state == BatchState::Interrupted
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BatchDetail {
    #[serde(flatten)]
    pub overview: BatchOverview,
    pub items: Vec<JournalItem>,
}

/// One batch's records as found.
#[derive(Debug)]
struct Found {
    started: Started,
    file: PathBuf,
    /// Keyed by article and id: an id is unique only within its article.
    sending: HashSet<(Article, CommentId)>,
    results: HashMap<(Article, CommentId), ItemRecord>,
    /// The latest settlement verdict per item.
    settled: HashMap<(Article, CommentId), Verified>,
    list_calls: u32,
    ended: Option<Ended>,
}

/// Every batch in `files`, in the order they started, plus the warnings.
fn scan(files: &[PathBuf]) -> Result<(Vec<Found>, Vec<JournalWarning>), JournalError> {
    let mut found: Vec<Found> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    for file in files {
        let bytes = std::fs::read(file).map_err(|source| JournalError::Read {
            path: file.clone(),
            source,
        })?;
        let ends_clean = bytes.last().is_none_or(|b| *b == b'\n');
        let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
        let last_line = lines.iter().rposition(|l| !l.is_empty()).unwrap_or(0);
        for (n, line) in lines.iter().enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let warn = |message: Message| JournalWarning {
                file: file.clone(),
                line: n + 1,
                message,
            };
            let record: Record = match serde_json::from_slice(line) {
                Ok(record) => record,
                Err(_) if n == last_line && !ends_clean => {
                    warnings.push(warn(msg!("batch-journal-line-cut")));
                    continue;
                }
                Err(_) => {
                    warnings.push(warn(msg!("batch-journal-line-unreadable")));
                    continue;
                }
            };
            if let Record::BatchStarted(started) = record {
                if index.contains_key(&started.batch) {
                    warnings.push(warn(msg!(
                        "batch-journal-starts-twice",
                        batch = crate::sanitize::clean_line(&started.batch)
                    )));
                    continue;
                }
                index.insert(started.batch.clone(), found.len());
                found.push(Found {
                    started,
                    file: file.clone(),
                    sending: HashSet::new(),
                    results: HashMap::new(),
                    settled: HashMap::new(),
                    list_calls: 0,
                    ended: None,
                });
                continue;
            }
            let Some(&at) = index.get(record.batch()) else {
                warnings.push(warn(msg!(
                    "batch-journal-no-start",
                    batch = crate::sanitize::clean_line(record.batch())
                )));
                continue;
            };
            let batch = &mut found[at];
            // Older journals and one-article batches name no article per line.
            let of = batch.started.article;
            match record {
                Record::ItemSending { id, article, .. } => {
                    batch.sending.insert((article.unwrap_or(of), id));
                }
                Record::ItemResult(item) => {
                    batch
                        .results
                        .insert((item.article.unwrap_or(of), item.id), item);
                }
                Record::ItemsSettled(s) => {
                    batch.list_calls = batch.list_calls.saturating_add(s.list_calls);
                    let article = s.article.unwrap_or(of);
                    batch
                        .settled
                        .extend(s.items.iter().map(|i| ((article, i.id), i.verified)));
                }
                Record::BatchEnded(ended) => batch.ended = Some(ended),
                Record::BatchStarted(_) => {}
            }
        }
    }
    Ok((found, warnings))
}

fn recorded_process(started: &Started) -> process::ProcessId {
    process::ProcessId {
        pid: started.pid,
        start: started.pid_start,
        boot: started.boot.clone(),
    }
}

fn detail(found: &Found, undone_by: Vec<String>) -> BatchDetail {
    let stop = found.ended.as_ref().and_then(|e| e.stopped.clone());
    let items: Vec<JournalItem> = found
        .started
        .ids
        .iter()
        .enumerate()
        .map(|(position, &id)| {
            let article = found
                .started
                .articles
                .get(position)
                .copied()
                .unwrap_or(found.started.article);
            let key = (article, id);
            let mut item = JournalItem {
                user_comment_id: id,
                article,
                state: ItemState::NeverSent,
                errcode: None,
                errmsg: String::new(),
                attempts: 0,
                ms: 0,
                reason: Message::text(""),
                verified: false,
            };
            if let Some(r) = found.results.get(&key) {
                item.state = match r.status {
                    ItemStatus::Done => ItemState::Done,
                    ItemStatus::Failed => ItemState::Failed,
                    ItemStatus::NotAttempted => ItemState::NotAttempted,
                    ItemStatus::Unknown => ItemState::Unknown,
                };
                item.errcode = r.errcode;
                item.errmsg = r.errmsg.clone();
                item.attempts = r.attempts;
                item.ms = r.ms;
                item.reason = Message::text(r.reason.as_str());
            } else if found.sending.contains(&key) {
                item.state = ItemState::SentWithoutAnswer;
            } else if found.ended.is_some() {
                item.state = ItemState::NotAttempted;
                item.reason = stop
                    .as_ref()
                    .map_or_else(|| Message::text(""), StopReason::short_message);
            }
            // A settlement places only what was unknown; an answer recorded
            // for the item stays the authority.
            if let Some(&verified) = found.settled.get(&key)
                && matches!(
                    item.state,
                    ItemState::Unknown | ItemState::SentWithoutAnswer
                )
            {
                item.state = match verified.status() {
                    ItemStatus::Done => ItemState::Done,
                    ItemStatus::Failed => ItemState::Failed,
                    _ => ItemState::Unknown,
                };
                item.verified = true;
                item.reason = verified.meaning(found.started.op);
            }
            item
        })
        .collect();
    let count = |state| items.iter().filter(|i| i.state == state).count();
    let state = match (&found.ended, stop) {
        (Some(_), Some(reason)) => BatchState::Stopped { reason },
        (Some(_), None) => BatchState::Completed,
        (None, _) if process::alive(&recorded_process(&found.started)) => BatchState::Running,
        (None, _) => BatchState::Interrupted,
    };
    let s = &found.started;
    let overview = BatchOverview {
        batch_id: s.batch.clone(),
        time: s.time.clone(),
        op: s.op,
        article: s.article,
        account: s.account.clone(),
        account_name: s.account_name.clone(),
        appid: s.appid.clone(),
        concurrency: s.concurrency,
        undo_of: s.undo_of.clone(),
        undone_by,
        retry_of: s.retry_of.clone(),
        total: items.len(),
        done: count(ItemState::Done),
        failed: count(ItemState::Failed),
        not_attempted: count(ItemState::NotAttempted),
        sent_without_answer: count(ItemState::SentWithoutAnswer),
        never_sent: count(ItemState::NeverSent),
        unknown: count(ItemState::Unknown),
        list_calls: found.list_calls,
        articles: {
            let mut seen: HashSet<Article> = HashSet::new();
            seen.extend(items.iter().map(|i| i.article));
            seen.len().max(1)
        },
        state,
        file: found.file.clone(),
    };
    BatchDetail { overview, items }
}

/// Every batch in the journal, oldest first.
pub(crate) fn all_batches(
    journal: &Journal,
) -> Result<(Vec<BatchDetail>, Vec<JournalWarning>), JournalError> {
    let (found, warnings) = scan(&journal.files()?)?;
    let mut undone_by: HashMap<&str, Vec<String>> = HashMap::new();
    for f in &found {
        if let Some(of) = &f.started.undo_of {
            undone_by
                .entry(of.as_str())
                .or_default()
                .push(f.started.batch.clone());
        }
    }
    let details = found
        .iter()
        .map(|f| {
            let by = undone_by
                .get(f.started.batch.as_str())
                .cloned()
                .unwrap_or_default();
            detail(f, by)
        })
        .collect();
    Ok((details, warnings))
}

impl Journal {
    /// The `limit` most recent batches, newest first, and any unreadable lines.
    pub fn batches(
        &self,
        limit: usize,
    ) -> Result<(Vec<BatchOverview>, Vec<JournalWarning>), JournalError> {
        let (details, warnings) = all_batches(self)?;
        let overviews = details
            .into_iter()
            .rev()
            .take(limit)
            .map(|d| d.overview)
            .collect();
        Ok((overviews, warnings))
    }

    /// The journal's unreadable lines (torn by a kill, or edited by hand).
    pub fn warnings(&self) -> Result<Vec<JournalWarning>, JournalError> {
        Ok(scan(&self.files()?)?.1)
    }

    /// One batch with every item. `id` may be a unique prefix of the batch id.
    pub fn batch(&self, id: &str) -> Result<BatchDetail, JournalError> {
        let (details, _) = all_batches(self)?;
        find(&details, id).cloned()
    }
}

pub(crate) fn find<'a>(
    details: &'a [BatchDetail],
    id: &str,
) -> Result<&'a BatchDetail, JournalError> {
    let id = id.trim();
    let not_found = || JournalError::NotFound {
        id: crate::sanitize::clean_line(id).into_owned(),
    };
    if id.is_empty() {
        return Err(not_found());
    }
    if let Some(exact) = details.iter().find(|d| d.overview.batch_id == id) {
        return Ok(exact);
    }
    let matches: Vec<&BatchDetail> = details
        .iter()
        .filter(|d| d.overview.batch_id.starts_with(id))
        .collect();
    match matches.as_slice() {
        [] => Err(not_found()),
        [one] => Ok(one),
        many => Err(JournalError::Ambiguous {
            prefix: crate::sanitize::clean_line(id).into_owned(),
            count: many.len(),
        }),
    }
}
