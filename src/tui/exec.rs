//! Runs the effects `update` asks for — loads, quota reads, batches through the
//! engine and its journal, cancelling, undo plans, saving recent articles — and
//! sends each result back as a `Msg`. The only place the console does I/O
//! besides the terminal; it never changes `App` itself.

use std::path::PathBuf;

use tokio::sync::mpsc::UnboundedSender;

use crate::api::Client;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::batch::{self, BatchRequest, Canceller, Journal, UndoPlan};
use crate::i18n::Localize;
use crate::session::Session;
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;
use crate::tui::recent;

pub struct Executor {
    client: Client,
    data_dir: PathBuf,
    concurrency: usize,
    account: String,
    tx: UnboundedSender<Msg>,
    running: Option<Canceller>,
}

impl Executor {
    pub fn new(session: &Session, tx: UnboundedSender<Msg>) -> Executor {
        let client = session.client.clone();
        // Who runs the batch, for the journal; never a token.
        let account = session.account_label();
        Executor {
            client,
            data_dir: session.dirs.data_dir.clone(),
            concurrency: session.settings.concurrency,
            account,
            tx,
            running: None,
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
            Effect::CancelBatch => {
                if let Some(canceller) = &self.running {
                    canceller.cancel();
                }
            }
            Effect::PlanUndo { batch_id } => {
                let (dir, tx) = (self.data_dir.clone(), self.tx.clone());
                tokio::task::spawn_blocking(move || {
                    let plan = Journal::open(&dir)
                        .and_then(|journal| journal.undo_request(batch_id.as_deref()))
                        .map_err(|err| err.message());
                    let _ = tx.send(Msg::UndoPlanned(plan));
                });
            }
            Effect::SaveRecent(list) => {
                let (dir, tx) = (self.data_dir.clone(), self.tx.clone());
                tokio::task::spawn_blocking(move || {
                    if let Err(err) = recent::save(&dir, &list) {
                        let _ = tx.send(Msg::Warning(err.message()));
                    }
                });
            }
            Effect::Quit => {}
        }
    }

    fn start_batch(
        &mut self,
        op: WriteOp,
        article: Article,
        ids: Vec<CommentId>,
        undo: Option<Box<UndoPlan>>,
    ) {
        let journal = match Journal::open(&self.data_dir) {
            Ok(journal) => journal,
            Err(err) => {
                let _ = self.tx.send(Msg::BatchNotStarted(err.message()));
                return;
            }
        };
        let client = self.client.clone();
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

    /// Forward what the client does on its own (retries, waits) while loading.
    pub fn forward_client_notices(&self) {
        let mut notices = self.client.subscribe();
        let tx = self.tx.clone();
        tokio::spawn(async move {
            loop {
                match notices.recv().await {
                    Ok(notice) => {
                        if tx.send(Msg::Notice(notice.message())).is_err() {
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
