//! Runs the effects `update` asks for — loads, quota reads, batches through the
//! engine and its journal, cancelling, undo and retry plans (after a
//! settlement read), reading the history, saving recent articles — and
//! sends each result back as a `Msg`. The only place the console does I/O
//! besides the terminal; it never changes `App` itself.

use std::path::{Path, PathBuf};

use std::future::Future;

use tokio::sync::mpsc::UnboundedSender;

use crate::api::wire::{Article, CommentFilter, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome, Client, ListRead, WriteFailure};
use crate::batch::JournalAccount;
use crate::batch::{
    self, BatchRequest, Canceller, CommentWriter, Journal, JournalError, RetryPlan, SettleOutcome,
    UndoPlan,
};
use crate::i18n::{Localize, Message};
use crate::session::Session;
use crate::tui::artlist::{ArticlesFound, ArticlesRead};
use crate::tui::effect::Effect;
use crate::tui::history::{self, HistoryList};
use crate::tui::msg::{Msg, RetryAnswer, Settled, UndoAnswer, UndoRefused};
use crate::tui::recent;

/// The client as the console hands it to the batch engine: the same calls,
/// but the engine is not given the client's notices. The console already
/// hears every one of them for the whole session (`forward_client_notices`);
/// the engine forwarding them too would show each retry twice.
#[derive(Clone)]
struct Quiet(Client);

impl CommentWriter for Quiet {
    fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send {
        CommentWriter::write(&self.0, op, article, id)
    }

    fn list(
        &self,
        article: Article,
        filter: CommentFilter,
    ) -> impl Future<Output = Result<ListRead, ApiError>> + Send {
        CommentWriter::list(&self.0, article, filter)
    }

    fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: tokio::sync::watch::Receiver<bool>,
    ) -> impl Future<Output = Result<CallOutcome, WriteFailure>> + Send {
        CommentWriter::write_until(&self.0, op, article, id, stop)
    }
    // `notices` stays the trait's default: none.
}

/// What the settlement before an undo did, as the console's plain data.
fn settled(outcome: SettleOutcome) -> Settled {
    match outcome {
        SettleOutcome::NotNeeded => Settled::NotNeeded,
        SettleOutcome::Settled(settlement) => Settled::Read(settlement),
        SettleOutcome::Failed(err) => Settled::Failed(err.message()),
    }
}

fn refused(err: JournalError) -> UndoRefused {
    match err {
        // An elect batch's unknowns are named in its own words.
        JournalError::OnlyUnknown {
            batch,
            ids,
            op: WriteOp::MarkElect,
            ..
        } => UndoRefused::Other(crate::tui::table_keys::only_unknown_elect(&batch, &ids)),
        JournalError::OnlyUnknown { batch, ids, .. } => UndoRefused::OnlyUnknown { batch, ids },
        other => UndoRefused::Other(other.message()),
    }
}

/// Settle the batch's unknown items by reading the list, then plan its undo.
async fn plan_undo(
    client: Client,
    data_dir: PathBuf,
    who: Option<JournalAccount>,
    batch_id: Option<String>,
) -> UndoAnswer {
    let journal = match open_journal(&data_dir, who) {
        Ok(journal) => journal,
        Err(err) => {
            return UndoAnswer {
                settled: Settled::NotNeeded,
                plan: Err(refused(err)),
            };
        }
    };
    let (outcome, plan) = batch::prepare_undo(&client, &journal, batch_id.as_deref()).await;
    UndoAnswer {
        settled: settled(outcome),
        plan: plan.map_err(refused),
    }
}

/// Settle the batch's unknown items by reading the list, then plan its retry.
async fn plan_retry(
    client: Client,
    data_dir: PathBuf,
    who: Option<JournalAccount>,
    batch_id: String,
) -> RetryAnswer {
    let journal = match open_journal(&data_dir, who) {
        Ok(journal) => journal,
        Err(err) => {
            return RetryAnswer {
                settled: Settled::NotNeeded,
                plan: Err(err.message()),
            };
        }
    };
    let (outcome, plan) = batch::prepare_retry(&client, &journal, &batch_id).await;
    RetryAnswer {
        settled: settled(outcome),
        plan: plan.map_err(|e| e.message()),
    }
}

/// The account as the journal writes it (`start` redacts it), so the
/// history can tell this account's batches from others'.
fn journal_account(account: &str) -> String {
    crate::api::secret::redact_url_secrets(account)
}

/// The journal's batches, newest first, for the history popup.
fn read_history(
    data_dir: &Path,
    account: &str,
    who: Option<JournalAccount>,
) -> Result<HistoryList, Message> {
    let journal = Journal::open(data_dir).map_err(|e| e.message())?;
    let (details, warnings) = batch::journal::read_all(&journal).map_err(|e| e.message())?;
    Ok(HistoryList {
        account: journal_account(account),
        who,
        batches: details.into_iter().rev().take(history::SHOWN).collect(),
        unreadable: warnings.len(),
    })
}

/// The journal, recording (and checking) the session's account when it has one.
fn open_journal(data_dir: &Path, who: Option<JournalAccount>) -> Result<Journal, JournalError> {
    let journal = Journal::open(data_dir)?;
    Ok(match who {
        Some(who) => journal.for_account(who),
        None => journal,
    })
}

/// The account's article list, as the console's plain data.
async fn list_articles(source: &crate::articles::ArticleSource, days: u32) -> ArticlesRead {
    let result = source.list(days).await.map(|listing| ArticlesFound {
        articles: listing.articles,
        days_asked: listing.days_asked,
        warnings: listing.warnings,
    });
    ArticlesRead { days, result }
}

pub struct Executor {
    client: Client,
    data_dir: PathBuf,
    /// The account batches are journaled under.
    who: Option<JournalAccount>,
    concurrency: usize,
    account: String,
    tx: UnboundedSender<Msg>,
    running: Option<Canceller>,
    /// What the article list is read with.
    articles: crate::articles::ArticleSource,
    /// The cross-article table's loading, to cancel.
    loading_many: Option<(u64, tokio::task::AbortHandle)>,
}

impl Executor {
    pub fn new(session: &Session, tx: UnboundedSender<Msg>) -> Executor {
        let client = session.client.clone();
        // Who runs the batch, for the journal; never a token.
        let account = session.account_label();
        Executor {
            client,
            data_dir: session.dirs.data_dir.clone(),
            who: Some(session.journal_account()),
            concurrency: session.settings.concurrency,
            account,
            tx,
            running: None,
            articles: crate::articles::ArticleSource::of(session),
            loading_many: None,
        }
    }

    /// Start `effect`. `Quit` is the caller's business and ignored here.
    pub fn run(&mut self, effect: Effect) {
        match effect {
            Effect::Load {
                seq,
                article,
                filter,
            } => {
                let (client, tx) = (self.client.clone(), self.tx.clone());
                tokio::spawn(async move {
                    let result = client.list_comments(article, filter).await;
                    let _ = tx.send(Msg::Loaded { seq, result });
                });
            }
            Effect::ReadQuota => {
                let (client, tx) = (self.client.clone(), self.tx.clone());
                tokio::spawn(async move {
                    let quota = client.quota(WriteOp::UnmarkElect.path()).await;
                    let _ = tx.send(Msg::Quota(quota));
                });
            }
            Effect::RunBatch {
                op,
                article,
                ids,
                undo,
            } => self.start_batch(op, article, ids, undo),
            Effect::RunRetry { ids, plan } => self.start_retry(ids, plan),
            Effect::ReadHistory => {
                let (dir, account, tx) =
                    (self.data_dir.clone(), self.account.clone(), self.tx.clone());
                let who = self.who.clone();
                tokio::task::spawn_blocking(move || {
                    let _ = tx.send(Msg::History(read_history(&dir, &account, who)));
                });
            }
            Effect::PlanRetry { batch_id } => {
                let (client, dir, tx) =
                    (self.client.clone(), self.data_dir.clone(), self.tx.clone());
                let who = self.who.clone();
                tokio::spawn(async move {
                    let answer = plan_retry(client, dir, who, batch_id).await;
                    let _ = tx.send(Msg::RetryPlanned(Box::new(answer)));
                });
            }
            Effect::CancelBatch => {
                if let Some(canceller) = &self.running {
                    canceller.cancel();
                }
            }
            Effect::PlanUndo { batch_id } => {
                let (client, dir, tx) =
                    (self.client.clone(), self.data_dir.clone(), self.tx.clone());
                let who = self.who.clone();
                tokio::spawn(async move {
                    let answer = plan_undo(client, dir, who, batch_id).await;
                    let _ = tx.send(Msg::UndoPlanned(answer));
                });
            }
            Effect::SaveRecent(list) => {
                // The account's own list (see `Session::recent_dir`).
                let (dir, tx) = (self.articles.data_dir.clone(), self.tx.clone());
                tokio::task::spawn_blocking(move || {
                    if let Err(err) = recent::save(&dir, &list) {
                        let _ = tx.send(Msg::Warning(err.message()));
                    }
                });
            }
            Effect::ListArticles { days } => {
                let (source, tx) = (self.articles.clone(), self.tx.clone());
                tokio::spawn(async move {
                    let _ = tx.send(Msg::Articles(Box::new(list_articles(&source, days).await)));
                });
            }
            Effect::LoadMany {
                seq,
                articles,
                filter,
            } => self.load_many(seq, articles, filter),
            Effect::CancelLoadMany { seq } => self.cancel_load_many(seq),
            Effect::RunMulti { op, items } => self.start_multi(op, items),
            // The runtime's: both touch the terminal, not the outside world.
            Effect::Quit | Effect::Copy(_) => {}
            // The runtime's: it replaces the session and this executor.
            Effect::SwitchAccount(_) => {}
        }
    }

    fn start_batch(
        &mut self,
        op: WriteOp,
        article: Article,
        ids: Vec<CommentId>,
        undo: Option<Box<UndoPlan>>,
    ) {
        let journal = match open_journal(&self.data_dir, self.who.clone()) {
            Ok(journal) => journal,
            Err(err) => {
                let _ = self.tx.send(Msg::BatchNotStarted(err.message()));
                return;
            }
        };
        let client = Quiet(self.client.clone());
        let account = self.account.clone();
        let started = match undo {
            Some(mut plan) => {
                // Exactly what the confirmation showed.
                plan.ids = ids;
                batch::start_undo(client, journal, &plan, self.concurrency, account)
            }
            None => batch::start(
                client,
                journal,
                BatchRequest {
                    op,
                    article,
                    ids,
                    concurrency: self.concurrency,
                    account,
                },
            ),
        };
        self.follow(started);
    }

    /// Run a retry exactly as the confirmation showed it, journaled as
    /// `wxmod retry` journals it (a retry of an undo continues that undo).
    fn start_retry(&mut self, ids: Vec<CommentId>, mut plan: Box<RetryPlan>) {
        let journal = match open_journal(&self.data_dir, self.who.clone()) {
            Ok(journal) => journal,
            Err(err) => {
                let _ = self.tx.send(Msg::BatchNotStarted(err.message()));
                return;
            }
        };
        plan.ids = ids;
        let client = Quiet(self.client.clone());
        let account = self.account.clone();
        let started = batch::start_retry(client, journal, &plan, self.concurrency, account);
        self.follow(started);
    }

    /// Forward a started batch's events to the console, or say why it did
    /// not start.
    fn follow(&mut self, started: Result<batch::BatchHandle, JournalError>) {
        let handle = match started {
            Ok(handle) => handle,
            Err(err) => {
                let _ = self.tx.send(Msg::BatchNotStarted(err.message()));
                return;
            }
        };
        self.running = Some(handle.canceller());
        let mut events = handle.events;
        let tx = self.tx.clone();
        tokio::spawn(async move {
            while let Some(event) = events.recv().await {
                if tx.send(Msg::Batch(event)).is_err() {
                    break;
                }
            }
        });
    }

    /// Forward what the client does on its own (retries, waits, a new token)
    /// for the whole session: loads, quota reads, settlement reads and
    /// batches alike. The only source of these notices (see `Quiet`).
    pub fn forward_client_notices(&self) {
        let mut notices = self.client.subscribe();
        let tx = self.tx.clone();
        tokio::spawn(async move {
            loop {
                match notices.recv().await {
                    Ok(notice) => {
                        if tx.send(Msg::Notice(notice)).is_err() {
                            break;
                        }
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                }
            }
        });
    }
}

#[path = "exec_cross.rs"]
mod cross;

#[cfg(test)]
#[path = "exec_tests.rs"]
mod tests;
