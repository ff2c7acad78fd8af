//! The executor's I/O against the simulator: the engine is not handed the
//! client's notices, and `u` settles a killed batch before planning.

use std::time::Duration;

use super::*;
use crate::api::wire::PATH_LIST;
use crate::api::{ClientNotice, ClientOptions, Secret, TokenSource};
use crate::batch::{BatchEvent, Verified};
use crate::sim::{self, SimControl, SimData, SimHandle, SimOptions};

const ARTICLE: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};

/// A simulator with three elected comments, a client with a ready token
/// and retries that wait a millisecond, and a data dir of its own.
struct Fixture {
    _sim: SimHandle,
    ctl: SimControl,
    client: Client,
    dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let loopback = "127.0.0.1:0".parse().unwrap();
    let sim = sim::start(
        SimData::generated(ARTICLE, 3, 0),
        SimOptions::default(),
        loopback,
    )
    .await
    .unwrap();
    let ctl = sim.control();
    let dir = tempfile::tempdir().unwrap();
    let options = ClientOptions {
        api_base: sim.url(),
        retry_base_delay: Duration::from_millis(1),
        minute_wait_override: Some(Duration::from_millis(1)),
        cache_dir: Some(dir.path().join("cache")),
        ..ClientOptions::default()
    };
    let token = TokenSource::Ready(Secret::new(ctl.issue_token()));
    let client = Client::new(options, token).unwrap();
    Fixture {
        _sim: sim,
        ctl,
        client,
        dir,
    }
}

/// A retry during a console batch reaches the console once: through the
/// client's own notices, not again through the engine.
#[tokio::test]
async fn the_engine_is_not_handed_the_clients_notices() {
    let f = fixture().await;
    let mut heard = f.client.subscribe();
    f.ctl.fail_next(WriteOp::UnmarkElect.path(), -1, 1);
    let journal = Journal::open(f.dir.path()).unwrap();
    let request = BatchRequest {
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids: f.ctl.elected_ids(ARTICLE),
        concurrency: 1,
        account: "test".into(),
    };
    let mut handle = batch::start(Quiet(f.client.clone()), journal, request).unwrap();
    let mut engine_notices = 0;
    while let Some(event) = handle.events.recv().await {
        match event {
            BatchEvent::Notice(_) => engine_notices += 1,
            BatchEvent::Finished(summary) => {
                assert_eq!(summary.done, 3);
                break;
            }
            _ => {}
        }
    }
    assert_eq!(engine_notices, 0);
    let mut retries = 0;
    while let Ok(notice) = heard.try_recv() {
        retries += usize::from(matches!(notice, ClientNotice::Retrying { .. }));
    }
    assert_eq!(retries, 1, "the client announced the retry once");
}

/// A deselect batch killed with `sent` in flight (no answer journaled).
fn killed_batch(dir: &std::path::Path, ids: &[u64], sent: &[u64]) -> String {
    let journal = Journal::open(dir).unwrap();
    crate::batch::tests::settle_rules::killed_batch(&journal, ids, sent, &[])
}

/// `u` after a kill: the list is read first, so what the killed requests
/// deselected is in the plan.
#[tokio::test]
async fn u_after_a_kill_reads_the_list_then_plans_what_it_found_deselected() {
    let f = fixture().await;
    let ids = f.ctl.elected_ids(ARTICLE);
    let batch = killed_batch(f.dir.path(), &ids, &ids[..2]);
    // The server got the first request before the kill; the second never arrived.
    let answer = f
        .client
        .write_call(WriteOp::UnmarkElect, ARTICLE, ids[0], None)
        .await
        .unwrap();
    assert_eq!(answer.errcode, 0);

    let answer = plan_undo(f.client.clone(), f.dir.path().to_path_buf(), None, None).await;
    let Settled::Read(settlement) = &answer.settled else {
        panic!("{:?}", answer.settled);
    };
    assert_eq!(settlement.batch_id, batch);
    assert!(settlement.list_calls >= 1);
    assert_eq!(
        (
            settlement.count(Verified::Done),
            settlement.count(Verified::NotDone)
        ),
        (1, 1)
    );
    let plan = answer.plan.unwrap();
    assert_eq!(plan.ids, vec![ids[0]]);
    assert!(plan.uncertain.is_empty());
}

/// `u` after a kill when the list cannot be read: nothing is confirmed, and
/// the answer names the unknown items instead of "nothing to undo".
#[tokio::test]
async fn u_after_a_kill_names_the_unknown_items_when_the_list_cannot_be_read() {
    let f = fixture().await;
    let ids = f.ctl.elected_ids(ARTICLE);
    let batch = killed_batch(f.dir.path(), &ids, &ids[..2]);
    f.ctl.fail_next(PATH_LIST, 45009, 1);
    let answer = plan_undo(f.client.clone(), f.dir.path().to_path_buf(), None, None).await;
    assert!(
        matches!(answer.settled, Settled::Failed(_)),
        "{:?}",
        answer.settled
    );
    assert_eq!(
        answer.plan,
        Err(UndoRefused::OnlyUnknown {
            batch,
            ids: ids[..2].to_vec()
        })
    );
}
