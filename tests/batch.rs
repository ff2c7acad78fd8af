//! The batch engine against the simulator on 127.0.0.1:0: mixed answers and
//! retries, token expiry, the quota stop, cancellation, counts that add up,
//! what the journal says, and undo. The command line is in tests/batch_cli.rs.

#[path = "batch/engine.rs"]
mod engine;
#[path = "batch/journal.rs"]
mod journal;
#[path = "batch/multi.rs"]
mod multi;
#[path = "batch/unknown.rs"]
mod unknown;

#[path = "support/mod.rs"]
mod support;

use std::collections::HashSet;
use std::time::Duration;

use support::{ART, UNMARK, demo_credentials, fast_options, start_sim};
use tempfile::TempDir;
use wxmod::api::wire::{CommentId, WriteOp};
use wxmod::api::{Client, ClientOptions, Secret, TokenSource};
use wxmod::batch::{
    self, BatchEvent, BatchRequest, BatchState, ItemState, ItemStatus, Journal, StopReason, Summary,
};
use wxmod::sim::{DEMO_SECRET, SimControl, SimData, SimHandle, SimOptions};

struct Env {
    sim: SimHandle,
    ctl: SimControl,
    dir: TempDir,
    journal: Journal,
}

impl Env {
    async fn new(elected: usize, normal: usize) -> Env {
        let sim = start_sim(
            SimData::generated(ART, elected, normal),
            SimOptions::default(),
        )
        .await;
        let ctl = sim.control();
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path()).unwrap();
        Env {
            sim,
            ctl,
            dir,
            journal,
        }
    }

    fn options(&self) -> ClientOptions {
        fast_options(&self.sim, Some(&self.dir.path().join("cache")))
    }

    /// A client with app credentials: it can fetch a new token when one expires.
    fn client(&self) -> Client {
        Client::new(self.options(), demo_credentials()).unwrap()
    }

    /// A client with a ready token (as from a central token server).
    fn ready_client(&self) -> (Client, String) {
        let token = self.ctl.issue_token();
        let client = Client::new(
            self.options(),
            TokenSource::Ready(Secret::new(token.clone())),
        )
        .unwrap();
        (client, token)
    }

    fn elected(&self) -> Vec<CommentId> {
        self.ctl.elected_ids(ART)
    }

    /// Every comment of the article and whether it is elected, sorted by id.
    fn snapshot_types(&self) -> Vec<(CommentId, u8)> {
        let mut all: Vec<(CommentId, u8)> = self
            .ctl
            .comments(ART)
            .iter()
            .map(|c| (c.user_comment_id, c.comment_type))
            .collect();
        all.sort_unstable();
        all
    }

    fn journal_text(&self) -> String {
        let mut text = String::new();
        for entry in std::fs::read_dir(self.journal.dir()).unwrap() {
            text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        text
    }
}

fn unelect(ids: Vec<CommentId>, concurrency: usize) -> BatchRequest {
    BatchRequest {
        op: WriteOp::UnmarkElect,
        article: ART,
        ids,
        concurrency,
        account: "test account".into(),
    }
}

async fn run_collecting(
    client: Client,
    journal: &Journal,
    req: BatchRequest,
) -> (Summary, Vec<BatchEvent>) {
    let mut handle = batch::start(client, journal.clone(), req).unwrap();
    let mut events = Vec::new();
    while let Some(event) = handle.events.recv().await {
        let last = matches!(event, BatchEvent::Finished(_));
        events.push(event);
        if last {
            break;
        }
    }
    let Some(BatchEvent::Finished(summary)) = events.last().cloned() else {
        panic!("the batch did not finish: {events:?}");
    };
    (summary, events)
}

fn with_status(summary: &Summary, status: ItemStatus) -> Vec<CommentId> {
    summary
        .items
        .iter()
        .filter(|i| i.status == status)
        .map(|i| i.user_comment_id)
        .collect()
}

/// Every id once, in a final state; counts add up; the journal agrees.
fn assert_accounted(env: &Env, ids: &[CommentId], summary: &Summary) {
    let unique: Vec<CommentId> = {
        let mut seen = HashSet::new();
        ids.iter().copied().filter(|id| seen.insert(*id)).collect()
    };
    let got: Vec<CommentId> = summary.items.iter().map(|i| i.user_comment_id).collect();
    assert_eq!(got, unique, "one result per id, in input order");
    assert_eq!(
        summary.done + summary.failed + summary.not_attempted + summary.unknown,
        summary.total
    );
    assert_eq!(summary.total, unique.len());
    let detail = env.journal.batch(&summary.batch_id).unwrap();
    let o = &detail.overview;
    assert_eq!(
        (
            o.done,
            o.failed,
            o.not_attempted,
            o.sent_without_answer,
            o.never_sent
        ),
        (summary.done, summary.failed, summary.not_attempted, 0, 0),
        "the journal tells the same story"
    );
    // The simulator's state matches: done ones are deselected, unsent ones untouched.
    let elected: HashSet<CommentId> = env.elected().into_iter().collect();
    for id in with_status(summary, ItemStatus::Done) {
        assert!(
            !elected.contains(&id),
            "{id} is called done but is still elected"
        );
    }
}
