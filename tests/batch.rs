//! The batch engine against the simulator on 127.0.0.1:0: mixed answers and
//! retries, token expiry, the quota stop, cancellation, counts that add up,
//! what the journal says, and undo. The command line is in tests/batch_cli.rs.

use std::collections::HashSet;
use std::time::Duration;

use tempfile::TempDir;
use wxmod::api::wire::{Article, CommentId, WriteOp};
use wxmod::api::{Client, ClientOptions, Secret, TokenSource};
use wxmod::batch::{
    self, BatchEvent, BatchRequest, BatchState, ItemState, ItemStatus, Journal, StopReason, Summary,
};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimControl, SimData, SimHandle, SimOptions};

const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const UNMARK: &str = "/cgi-bin/comment/unmarkelect";

struct Env {
    sim: SimHandle,
    ctl: SimControl,
    dir: TempDir,
    journal: Journal,
}

impl Env {
    async fn new(elected: usize, normal: usize) -> Env {
        let sim = sim::start(
            SimData::generated(ART, elected, normal),
            SimOptions::default(),
            "127.0.0.1:0".parse().unwrap(),
        )
        .await
        .unwrap();
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
        ClientOptions {
            api_base: self.sim.url(),
            retry_base_delay: Duration::from_millis(1),
            minute_wait_override: Some(Duration::from_millis(1)),
            cache_dir: Some(self.dir.path().join("cache")),
            ..ClientOptions::default()
        }
    }

    /// A client with app credentials: it can fetch a new token when one expires.
    fn client(&self) -> Client {
        let source = TokenSource::Credentials {
            appid: DEMO_APPID.into(),
            secret: Secret::new(DEMO_SECRET),
        };
        Client::new(self.options(), source).unwrap()
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
        summary.done + summary.failed + summary.not_attempted,
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

#[tokio::test]
async fn unknown_ids_fail_alone_while_busy_and_minute_limits_are_waited_out() {
    let env = Env::new(30, 10).await;
    let mut ids: Vec<CommentId> = env.elected()[..10].to_vec();
    let busy = ids[3];
    env.ctl.fail_comment_once(busy, -1);
    env.ctl.fail_next(UNMARK, 45011, 1); // the first call meets the per-minute limit
    ids.insert(2, 9_999_001);
    ids.push(9_999_002);
    ids.push(ids[0]);
    let (summary, events) =
        run_collecting(env.client(), &env.journal, unelect(ids.clone(), 4)).await;
    assert_eq!(
        (summary.done, summary.failed, summary.not_attempted),
        (10, 2, 0)
    );
    assert_eq!(summary.stopped, None);
    assert_eq!(
        with_status(&summary, ItemStatus::Failed),
        vec![9_999_001, 9_999_002]
    );
    let unknown = summary
        .items
        .iter()
        .find(|i| i.user_comment_id == 9_999_001)
        .unwrap();
    assert_eq!(unknown.errcode, Some(88008));
    assert_eq!(unknown.errmsg, "comment is not exists");
    assert!(
        unknown.meaning.contains("no longer exists"),
        "{}",
        unknown.meaning
    );
    let retried = summary
        .items
        .iter()
        .find(|i| i.user_comment_id == busy)
        .unwrap();
    assert_eq!((retried.status, retried.attempts), (ItemStatus::Done, 2));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.contains("retrying"))),
        "the retry was reported"
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.contains("per-minute"))),
        "the minute wait was reported"
    );
    assert_eq!(env.elected().len(), 20);
    assert_accounted(&env, &ids, &summary);
    assert_eq!(
        env.ctl.calls(UNMARK),
        14,
        "12 ids sent once, plus the busy retry and the minute wait"
    );
}

#[tokio::test]
async fn an_expired_token_is_renewed_mid_batch_with_app_credentials() {
    let env = Env::new(40, 0).await;
    env.ctl.set_expire_token_every(Some(7));
    let ids = env.elected();
    let (summary, events) =
        run_collecting(env.client(), &env.journal, unelect(ids.clone(), 3)).await;
    assert_eq!((summary.done, summary.failed), (40, 0), "{summary:?}");
    assert!(env.ctl.token_fetches() >= 2);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.contains("new one")))
    );
    assert!(env.elected().is_empty());
    assert_accounted(&env, &ids, &summary);
}

#[tokio::test]
async fn an_expired_ready_token_stops_the_batch() {
    let env = Env::new(20, 0).await;
    env.ctl.set_expire_token_every(Some(5));
    let (client, token) = env.ready_client();
    let ids = env.elected();
    let (summary, _) = run_collecting(client, &env.journal, unelect(ids.clone(), 1)).await;
    assert_eq!(with_status(&summary, ItemStatus::Done), ids[..5].to_vec());
    assert_eq!(with_status(&summary, ItemStatus::Failed), vec![ids[5]]);
    assert_eq!(
        with_status(&summary, ItemStatus::NotAttempted),
        ids[6..].to_vec()
    );
    let Some(StopReason::Auth { message }) = &summary.stopped else {
        panic!("{:?}", summary.stopped);
    };
    assert!(
        message.contains("WXMOD_ACCESS_TOKEN"),
        "names the fix: {message}"
    );
    assert_accounted(&env, &ids, &summary);
    assert!(
        !env.journal_text().contains(&token),
        "no token in the journal"
    );
}

#[tokio::test]
async fn quota_spent_at_the_kth_call_stops_with_exact_not_attempted_ids() {
    let env = Env::new(60, 0).await;
    env.ctl.set_daily_quota(Some(12)); // the 13th call answers 45009
    let ids = env.elected();
    let (summary, events) =
        run_collecting(env.client(), &env.journal, unelect(ids.clone(), 4)).await;
    assert!(matches!(
        summary.stopped,
        Some(StopReason::Api { code: 45009, .. })
    ));
    assert_eq!(summary.done, 12);
    let failed = with_status(&summary, ItemStatus::Failed);
    assert!(
        !failed.is_empty() && failed.len() <= 4,
        "the stopping call and those in flight"
    );
    assert!(
        summary
            .items
            .iter()
            .filter(|i| i.status == ItemStatus::Failed)
            .all(|i| i.errcode == Some(45009))
    );
    // Everything sent is a prefix of the ids; the rest was never sent.
    let sent = summary.done + failed.len();
    assert_eq!(
        with_status(&summary, ItemStatus::NotAttempted),
        ids[sent..].to_vec()
    );
    assert_eq!(
        env.ctl.calls(UNMARK),
        sent as u64,
        "nothing sent after the stop"
    );
    let stopped_at = events
        .iter()
        .position(|e| matches!(e, BatchEvent::Stopped(_)))
        .unwrap();
    let sent_after = events[stopped_at..]
        .iter()
        .filter(|e| matches!(e, BatchEvent::Sending { .. }))
        .count();
    assert_eq!(sent_after, 0);
    assert_accounted(&env, &ids, &summary);
    // The journal: no sending record for the not-attempted ids, and a stop reason.
    let text = env.journal_text();
    for id in &ids[sent..] {
        assert!(!text.contains(&format!(
            r#""type":"item_sending","batch":"{}","id":{id},"#,
            summary.batch_id
        )));
    }
    let detail = env.journal.batch(&summary.batch_id).unwrap();
    assert!(matches!(
        detail.overview.state,
        BatchState::Stopped {
            reason: StopReason::Api { code: 45009, .. }
        }
    ));
    assert!(
        detail.items[sent..]
            .iter()
            .all(|i| i.state == ItemState::NotAttempted)
    );
}

#[tokio::test]
async fn cancelling_lets_requests_in_flight_finish_and_sends_no_more() {
    let env = Env::new(30, 0).await;
    env.ctl.hold(UNMARK);
    let ids = env.elected();
    let mut handle =
        batch::start(env.client(), env.journal.clone(), unelect(ids.clone(), 3)).unwrap();
    for _ in 0..2000 {
        if env.ctl.waiting(UNMARK) == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    assert_eq!(env.ctl.waiting(UNMARK), 3, "three requests in flight");
    let canceller = handle.canceller();
    canceller.cancel();
    // The stop is announced while the three are still out.
    loop {
        match handle.events.recv().await.unwrap() {
            BatchEvent::Stopped(StopReason::Cancelled) => break,
            BatchEvent::ItemFinished(item) => panic!("finished before release: {item:?}"),
            _ => {}
        }
    }
    env.ctl.release(UNMARK);
    let summary = handle.wait().await;
    assert_eq!(summary.stopped, Some(StopReason::Cancelled));
    assert_eq!((summary.done, summary.not_attempted), (3, 27));
    assert_eq!(with_status(&summary, ItemStatus::Done), ids[..3].to_vec());
    assert_eq!(env.ctl.calls(UNMARK), 3);
    assert_eq!(env.elected().len(), 27);
    assert_accounted(&env, &ids, &summary);
}

#[tokio::test]
async fn counts_add_up_whatever_happens() {
    for (concurrency, quota, fail_rate) in [(1, None, 0.3), (5, Some(40), 0.2), (16, Some(7), 0.5)]
    {
        let env = Env::new(80, 20).await;
        env.ctl.set_fail_rate(fail_rate);
        env.ctl.set_daily_quota(quota);
        let mut options = env.options();
        options.retry_tries = 1; // every -1 is final: a per-item failure
        let client = Client::new(
            options,
            TokenSource::Ready(Secret::new(env.ctl.issue_token())),
        )
        .unwrap();
        let mut ids = env.elected();
        ids.extend([5, 6, 7, ids[0], ids[1]]);
        let (summary, _) =
            run_collecting(client, &env.journal, unelect(ids.clone(), concurrency)).await;
        assert_accounted(&env, &ids, &summary);
        let elected: HashSet<CommentId> = env.elected().into_iter().collect();
        for id in with_status(&summary, ItemStatus::NotAttempted) {
            assert!(
                elected.contains(&id) || id < 1_000_000,
                "not attempted {id} was left alone"
            );
        }
    }
}

#[tokio::test]
async fn the_journal_records_every_step_and_no_secret() {
    let env = Env::new(10, 0).await;
    let (client, token) = env.ready_client();
    let ids = env.elected();
    let (summary, _) = run_collecting(client, &env.journal, unelect(ids.clone(), 2)).await;
    let text = env.journal_text();
    assert!(!text.contains(&token));
    assert!(!text.contains(DEMO_SECRET));
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0]["type"], "batch_started");
    assert_eq!(records[0]["batch"], summary.batch_id.as_str());
    assert_eq!(records[0]["op"], "unmark_elect");
    assert_eq!(records[0]["article"]["msg_data_id"], ART.msg_data_id);
    assert_eq!(records[0]["account"], "test account");
    assert_eq!(records[0]["ids"].as_array().unwrap().len(), 10);
    assert!(records[0]["time"].as_str().unwrap().ends_with('Z'));
    for id in &ids {
        let at = |kind: &str| {
            records
                .iter()
                .position(|r| r["type"] == kind && r["id"] == *id)
                .unwrap_or_else(|| panic!("no {kind} for {id}"))
        };
        assert!(
            at("item_sending") < at("item_result"),
            "sent before answered"
        );
    }
    let last = records.last().unwrap();
    assert_eq!(last["type"], "batch_ended");
    assert_eq!(
        (last["done"].as_u64(), last["failed"].as_u64()),
        (Some(10), Some(0))
    );
    assert!(last["stopped"].is_null());
    let (list, warnings) = env.journal.batches(10).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(list[0].state, BatchState::Completed);
}

#[tokio::test]
async fn undo_re_elects_exactly_what_was_deselected() {
    let env = Env::new(25, 5).await;
    let before = env.elected();
    let mut ids = before[..12].to_vec();
    ids.push(9_999_123);
    env.ctl.fail_comment_once(ids[4], 88008);
    let client = env.client();
    let (first, _) = run_collecting(client.clone(), &env.journal, unelect(ids, 4)).await;
    assert_eq!((first.done, first.failed), (11, 2));
    let plan = env.journal.undo_request(None).unwrap();
    assert_eq!(plan.source.batch_id, first.batch_id);
    assert_eq!(plan.ids, with_status(&first, ItemStatus::Done));
    let undo = batch::start_undo(client, env.journal.clone(), &plan, 4, "test".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!((undo.done, undo.failed), (11, 0));
    assert_eq!(env.elected(), before, "the deselected ones are back");
    assert_eq!(
        env.ctl.calls("/cgi-bin/comment/markelect"),
        11,
        "and only they were sent: not the failed one, not the unknown id"
    );
    let detail = env.journal.batch(&undo.batch_id).unwrap();
    assert_eq!(
        detail.overview.undo_of.as_deref(),
        Some(first.batch_id.as_str())
    );
    assert!(
        env.journal.undo_request(None).is_err(),
        "nothing left to undo"
    );
}
