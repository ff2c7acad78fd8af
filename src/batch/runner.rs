//! Runs one batch: sends at most `concurrency` requests at once, journals each
//! item before and after its request, applies the stop rules, and reports
//! everything as events. Every id ends in exactly one final state.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{broadcast, mpsc, watch};
use tokio::task::JoinSet;

use super::CommentWriter;
use super::classify::{Verdict, classify, describe_notice, panicked, unsent};
use super::clock;
use super::event::{BatchEvent, ItemResult, ItemStatus, Progress, StopReason, Summary};
use super::handle::{BatchHandle, Canceller, summarize};
use super::journal::{Ended, ItemRecord, Journal, JournalError, JournalWriter, Record, Started};
use super::request::{Plan, dedup};
use super::settle::Settlement;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::api::{CallOutcome, ClientNotice, WriteFailure};
use crate::i18n::Localize;
use crate::msg;

#[path = "runner_settle.rs"]
mod end_settle;

pub const DEFAULT_CONCURRENCY: usize = 4;
pub const MAX_CONCURRENCY: usize = 32;
/// Requests in a row that may go unanswered (after the client's retries)
/// before the batch stops instead of failing every remaining item slowly.
const UNREACHABLE_STREAK: usize = 10;

/// One batch to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRequest {
    pub op: WriteOp,
    pub article: Article,
    /// Duplicates are dropped (first occurrence kept).
    pub ids: Vec<CommentId>,
    /// Clamped to 1..=32.
    pub concurrency: usize,
    /// Who ran it, e.g. "ready token @ https://api.weixin.qq.com"; never a token.
    pub account: String,
}

/// Start a batch on the current tokio runtime. The batch-started record is on
/// disk (fsynced) before this returns; nothing has been sent yet.
pub fn start<W: CommentWriter>(
    writer: W,
    journal: Journal,
    request: BatchRequest,
) -> Result<BatchHandle, JournalError> {
    start_linked(writer, journal, request, None)
}

pub(crate) fn start_linked<W: CommentWriter>(
    writer: W,
    journal: Journal,
    request: BatchRequest,
    undo_of: Option<String>,
) -> Result<BatchHandle, JournalError> {
    start_retry_of(writer, journal, request, undo_of, None)
}

/// `start_linked`, also naming the batch this one retries (`retry_of`).
pub(crate) fn start_retry_of<W: CommentWriter>(
    writer: W,
    journal: Journal,
    request: BatchRequest,
    undo_of: Option<String>,
    retry_of: Option<String>,
) -> Result<BatchHandle, JournalError> {
    start_plan(writer, journal, request.into(), undo_of, retry_of)
}

pub(super) fn start_plan<W: CommentWriter>(
    writer: W,
    journal: Journal,
    request: Plan,
    undo_of: Option<String>,
    retry_of: Option<String>,
) -> Result<BatchHandle, JournalError> {
    let now = clock::now();
    let batch_id = clock::new_batch_id(now);
    let items = dedup(&request.items);
    let ids: Vec<CommentId> = items.iter().map(|(_, id)| *id).collect();
    let articles: Vec<Article> = if request.multi {
        items.iter().map(|(a, _)| *a).collect()
    } else {
        Vec::new()
    };
    let concurrency = request.concurrency.clamp(1, MAX_CONCURRENCY);
    let mut file = journal.writer(&clock::journal_file_name(now))?;
    let process = super::journal::current_process();
    file.append(&Record::BatchStarted(Started {
        batch: batch_id.clone(),
        time: clock::timestamp(now),
        op: request.op,
        article: request.article,
        ids: ids.clone(),
        articles: articles.clone(),
        account: crate::api::secret::redact_url_secrets(&request.account),
        account_name: journal.account().map(|a| a.name.clone()),
        appid: journal.account().and_then(|a| a.appid.clone()),
        concurrency,
        undo_of,
        retry_of,
        pid: process.pid,
        pid_start: process.start,
        boot: process.boot,
        wxmod: env!("CARGO_PKG_VERSION").to_string(),
    }))?;
    file.sync()?;

    let (events_tx, events) = mpsc::unbounded_channel();
    let canceller = Canceller {
        tx: Arc::new(watch::channel(false).0),
    };
    let _ = events_tx.send(BatchEvent::Started {
        batch_id: batch_id.clone(),
        op: request.op,
        article: request.article,
        total: ids.len(),
    });
    let notices = writer.notices();
    let driver = Driver {
        writer,
        journal_file: file,
        batch_id: batch_id.clone(),
        op: request.op,
        article: request.article,
        results: vec![None; ids.len()],
        progress: Progress {
            total: ids.len(),
            ..Progress::default()
        },
        ids: ids.clone(),
        articles: articles.clone(),
        blocked: HashMap::new(),
        concurrency,
        events: events_tx,
        stop: None,
        halted: Arc::new(AtomicBool::new(false)),
        stopping: watch::channel(false).0,
        unanswered_streak: 0,
        settlement: None,
    };
    let journal_path = driver.journal_file.path().to_path_buf();
    tokio::spawn(driver.run(canceller.clone(), notices));
    Ok(BatchHandle {
        batch_id,
        events,
        journal_file: journal_path,
        canceller,
        op: request.op,
        article: request.article,
        ids,
        articles,
    })
}

/// `None`: the task found the batch stopped before it sent anything.
type Answer = (usize, Duration, Option<Result<CallOutcome, WriteFailure>>);

struct Driver<W> {
    writer: W,
    journal_file: JournalWriter,
    batch_id: String,
    op: WriteOp,
    article: Article,
    ids: Vec<CommentId>,
    /// Each id's article in a multi-article batch; empty otherwise.
    articles: Vec<Article>,
    /// Articles stopped by their own answer (88001) in a multi-article
    /// batch: their remaining items are not sent.
    blocked: HashMap<Article, StopReason>,
    concurrency: usize,
    events: mpsc::UnboundedSender<BatchEvent>,
    /// Final results by input position.
    results: Vec<Option<ItemResult>>,
    progress: Progress,
    stop: Option<StopReason>,
    /// Set with `stop`; a task that has not sent yet when it is set does not
    /// send (a spawned task may start running only after the stop decision).
    halted: Arc<AtomicBool>,
    /// Turns true with `halted`: requests still retrying inside the client give up.
    stopping: watch::Sender<bool>,
    unanswered_streak: usize,
    /// The settlement read at the end, when something was unknown.
    settlement: Option<Settlement>,
}

async fn next_notice(
    rx: &mut Option<broadcast::Receiver<ClientNotice>>,
) -> Result<ClientNotice, broadcast::error::RecvError> {
    match rx {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}

impl<W: CommentWriter> Driver<W> {
    fn article_at(&self, position: usize) -> Article {
        self.articles.get(position).copied().unwrap_or(self.article)
    }

    /// The item's article as events and the journal carry it: only in a
    /// multi-article batch.
    fn named_article(&self, position: usize) -> Option<Article> {
        self.articles.get(position).copied()
    }

    fn emit(&self, event: BatchEvent) {
        // A receiver that went away does not stop the batch: the journal goes on.
        let _ = self.events.send(event);
    }

    /// The first reason wins; later ones are only recorded per item.
    fn halt(&mut self, reason: StopReason) {
        if self.stop.is_none() {
            self.halted.store(true, Ordering::SeqCst);
            self.stopping.send_replace(true);
            self.stop = Some(reason.clone());
            self.emit(BatchEvent::Stopped(reason));
        }
    }

    async fn run(
        mut self,
        canceller: Canceller,
        mut notices: Option<broadcast::Receiver<ClientNotice>>,
    ) -> Summary {
        let mut cancel = canceller.tx.subscribe();
        let mut in_flight: JoinSet<Answer> = JoinSet::new();
        let mut positions: HashMap<tokio::task::Id, usize> = HashMap::new();
        let mut next = 0;
        loop {
            while self.stop.is_none() && in_flight.len() < self.concurrency && next < self.ids.len()
            {
                if *cancel.borrow() {
                    self.halt(StopReason::Cancelled);
                    break;
                }
                let id = self.ids[next];
                if let Some(reason) = self.blocked.get(&self.article_at(next)).cloned() {
                    let verdict = unsent(id, Some(&reason));
                    self.progress.in_flight += 1;
                    // Not sent: says nothing about whether the API answers.
                    let streak = self.unanswered_streak;
                    self.finish(next, verdict);
                    self.unanswered_streak = streak;
                    next += 1;
                    continue;
                }
                // Everything that could fail comes before the record, so a
                // sending record is always followed by the request.
                let (writer, op, article, position) =
                    (self.writer.clone(), self.op, self.article_at(next), next);
                let (halted, cancelled) = (self.halted.clone(), canceller.clone());
                let stopping = self.stopping.subscribe();
                let sending = Record::ItemSending {
                    batch: self.batch_id.clone(),
                    id,
                    time: clock::timestamp(clock::now()),
                    article: self.named_article(next),
                };
                if let Err(err) = self.journal_file.append(&sending) {
                    self.halt(StopReason::Journal {
                        message: err.message(),
                    });
                    break;
                }
                let task = in_flight.spawn(async move {
                    if halted.load(Ordering::SeqCst) || cancelled.is_cancelled() {
                        return (position, Duration::ZERO, None);
                    }
                    let started = Instant::now();
                    let answer = writer.write_until(op, article, id, stopping).await;
                    (position, started.elapsed(), Some(answer))
                });
                positions.insert(task.id(), next);
                next += 1;
                self.progress.in_flight += 1;
                self.emit(BatchEvent::Sending {
                    user_comment_id: id,
                });
                self.emit(BatchEvent::Progress(self.progress));
            }
            if in_flight.is_empty() {
                break;
            }
            tokio::select! {
                joined = in_flight.join_next_with_id() => match joined {
                    Some(Ok((task, (position, took, answer)))) => {
                        positions.remove(&task);
                        let id = self.ids[position];
                        let verdict = match answer {
                            Some(answer) => classify(self.op, id, took, answer),
                            None => {
                                // Ctrl-C may reach a task before the driver.
                                if *cancel.borrow() {
                                    self.halt(StopReason::Cancelled);
                                }
                                unsent(id, self.stop.as_ref())
                            }
                        };
                        self.finish(position, verdict);
                    }
                    Some(Err(err)) => {
                        if let Some(position) = positions.remove(&err.id()) {
                            self.finish(position, panicked(self.ids[position]));
                        }
                    }
                    None => {}
                },
                changed = cancel.changed(), if self.stop.is_none() => {
                    if changed.is_ok() && *cancel.borrow() {
                        self.halt(StopReason::Cancelled);
                    }
                }
                notice = next_notice(&mut notices) => match notice {
                    Ok(notice) => {
                        if let Some(message) = describe_notice(self.op, &notice) {
                            self.emit(BatchEvent::Notice(message));
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => notices = None,
                },
            }
        }
        self.settle_unknown().await;
        self.end().await
    }

    fn finish(&mut self, position: usize, verdict: Verdict) {
        let Verdict {
            mut result,
            mut stop,
            answered,
        } = verdict;
        result.article = self.named_article(position);
        if !self.articles.is_empty()
            && let Some(reason @ StopReason::Api { code: 88001, .. }) = &stop
        {
            // This article cannot take comments: its remaining items are not
            // sent, the other articles go on.
            let article = self.article_at(position);
            if let std::collections::hash_map::Entry::Vacant(slot) = self.blocked.entry(article) {
                slot.insert(reason.clone());
                self.emit(BatchEvent::Notice(msg!(
                    "multi-article-stopped",
                    article = article.message(),
                    why = reason.message()
                )));
            }
            stop = None;
        }
        let record = Record::ItemResult(ItemRecord {
            batch: self.batch_id.clone(),
            id: result.user_comment_id,
            status: result.status,
            errcode: result.errcode,
            errmsg: result.errmsg.clone(),
            attempts: result.attempts,
            ms: result.duration.as_millis() as u64,
            reason: if result.errcode.is_none() || result.status == ItemStatus::Unknown {
                result.meaning.to_string()
            } else {
                String::new()
            },
            article: self.named_article(position),
        });
        let journaled = self.journal_file.append(&record);
        self.progress.in_flight = self.progress.in_flight.saturating_sub(1);
        self.count(result.status);
        self.results[position] = Some(result.clone());
        self.emit(BatchEvent::ItemFinished(result));
        self.emit(BatchEvent::Progress(self.progress));
        if let Err(err) = journaled {
            self.halt(StopReason::Journal {
                message: err.message(),
            });
        }
        if let Some(reason) = stop {
            self.halt(reason);
        }
        if answered {
            self.unanswered_streak = 0;
        } else {
            self.unanswered_streak += 1;
            if self.unanswered_streak >= UNREACHABLE_STREAK {
                self.halt(StopReason::Unreachable {
                    message: msg!("batch-unanswered-streak", count = UNREACHABLE_STREAK),
                });
            }
        }
    }

    fn count(&mut self, status: ItemStatus) {
        match status {
            ItemStatus::Done => self.progress.done += 1,
            ItemStatus::Failed => self.progress.failed += 1,
            ItemStatus::NotAttempted => self.progress.not_attempted += 1,
            ItemStatus::Unknown => self.progress.unknown += 1,
        }
    }

    /// Everything not sent is "not attempted"; write the end record, fsync.
    async fn end(mut self) -> Summary {
        let reason = match &self.stop {
            Some(stop) => msg!("batch-not-attempted-because", why = stop.short_message()),
            None => msg!("batch-not-attempted"),
        };
        let mut items = Vec::with_capacity(self.ids.len());
        let mut skipped = Vec::new();
        for (position, slot) in std::mem::take(&mut self.results).into_iter().enumerate() {
            let item = slot.unwrap_or_else(|| {
                let item = ItemResult {
                    article: self.articles.get(position).copied(),
                    user_comment_id: self.ids[position],
                    status: ItemStatus::NotAttempted,
                    errcode: None,
                    errmsg: String::new(),
                    meaning: reason.clone(),
                    attempts: 0,
                    duration: Duration::ZERO,
                };
                skipped.push(item.clone());
                item
            });
            items.push(item);
        }
        for item in skipped {
            self.count(ItemStatus::NotAttempted);
            self.emit(BatchEvent::ItemFinished(item));
        }
        self.emit(BatchEvent::Progress(self.progress));
        let mut summary = summarize(
            &self.batch_id,
            self.op,
            self.article,
            items,
            self.stop.clone(),
        );
        summary.settlement = self.settlement.take();
        let ended = Record::BatchEnded(Ended {
            batch: self.batch_id.clone(),
            time: clock::timestamp(clock::now()),
            total: summary.total,
            done: summary.done,
            failed: summary.failed,
            not_attempted: summary.not_attempted,
            unknown: summary.unknown,
            stopped: summary.stopped.clone(),
        });
        let mut file = self.journal_file;
        let written = match file.append(&ended) {
            // fsync can take a while on a busy disk: keep it off the runtime.
            Ok(()) => tokio::task::spawn_blocking(move || file.sync())
                .await
                .unwrap_or(Ok(())),
            Err(err) => Err(err),
        };
        if let Err(err) = written {
            let _ = self.events.send(BatchEvent::Notice(msg!(
                "batch-end-not-journaled",
                why = err.message()
            )));
        }
        let _ = self.events.send(BatchEvent::Finished(summary.clone()));
        summary
    }
}
