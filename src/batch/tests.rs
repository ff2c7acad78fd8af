//! Runner and journal rules on a scripted writer (no network): concurrency,
//! stop, cancel, journal contents, undo plans. The end-to-end versions against
//! the simulator live in tests/batch.rs.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Semaphore;

use super::*;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome};

/// A scripted errcode that makes the request's task panic instead.
const PANIC: i64 = i64::MIN;

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
    now: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
    sent: Arc<Mutex<Vec<CommentId>>>,
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
}

impl CommentWriter for Scripted {
    async fn write(
        &self,
        _op: WriteOp,
        _article: Article,
        id: CommentId,
    ) -> Result<CallOutcome, ApiError> {
        self.sent.lock().unwrap().push(id);
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
            Some(errcode) => Ok(CallOutcome {
                errcode,
                errmsg: String::new(),
                attempts: 1,
            }),
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

#[tokio::test]
async fn mixed_batch_keeps_concurrency_and_counts_add_up() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[
        (3, Some(88008)),
        (5, Some(99999)),
        (7, None),
        (9, Some(PANIC)),
    ]);
    let ids: Vec<CommentId> = (1..=40).chain([1, 2]).collect();
    let handle = start(writer.clone(), journal.clone(), request(ids, 4)).unwrap();
    let summary = handle.wait().await;
    assert_eq!(summary.total, 40, "duplicates dropped");
    assert_eq!(
        (summary.done, summary.failed, summary.not_attempted),
        (36, 4, 0)
    );
    assert_eq!(
        summary.stopped, None,
        "a panic in one request does not stop"
    );
    assert_eq!(ids_with(&summary, ItemStatus::Failed), vec![3, 5, 7, 9]);
    assert!(summary.items[8].meaning.contains("internal error"));
    assert!(writer.peak.load(Ordering::SeqCst) <= 4);
    assert_eq!(writer.sent().len(), 40);
    let detail = journal.batch(&summary.batch_id).unwrap();
    assert_eq!(detail.overview.state, BatchState::Completed);
    assert_eq!((detail.overview.done, detail.overview.failed), (36, 4));
    let network = detail
        .items
        .iter()
        .find(|i| i.user_comment_id == 7)
        .unwrap();
    assert_eq!(network.errcode, None);
    assert!(network.reason.contains("connection refused"), "{network:?}");
}

#[tokio::test]
async fn quota_stop_leaves_exactly_the_rest_not_attempted() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[(4, Some(45009))]);
    let handle = start(
        writer.clone(),
        journal.clone(),
        request((1..=10).collect(), 1),
    )
    .unwrap();
    let mut events = Vec::new();
    let mut rx = handle.events;
    while let Some(e) = rx.recv().await {
        events.push(e);
    }
    let Some(BatchEvent::Finished(summary)) = events.last().cloned() else {
        panic!("no Finished event: {events:?}");
    };
    assert_eq!(ids_with(&summary, ItemStatus::Done), vec![1, 2, 3]);
    assert_eq!(ids_with(&summary, ItemStatus::Failed), vec![4]);
    assert_eq!(
        ids_with(&summary, ItemStatus::NotAttempted),
        (5..=10).collect::<Vec<_>>()
    );
    assert_eq!(
        writer.sent(),
        vec![1, 2, 3, 4],
        "nothing sent after the stop"
    );
    assert!(matches!(
        summary.stopped,
        Some(StopReason::Api { code: 45009, .. })
    ));
    let stopped_at = events
        .iter()
        .position(|e| matches!(e, BatchEvent::Stopped(_)))
        .unwrap();
    let finished_items = events
        .iter()
        .filter(|e| matches!(e, BatchEvent::ItemFinished(_)))
        .count();
    assert_eq!(finished_items, 10, "one final event per id");
    assert!(stopped_at < events.len() - 1);
    let detail = journal.batch(&summary.batch_id).unwrap();
    assert!(matches!(detail.overview.state, BatchState::Stopped { .. }));
    assert_eq!(detail.overview.not_attempted, 6);
    assert!(
        detail.items[5..]
            .iter()
            .all(|i| i.state == ItemState::NotAttempted && i.reason.contains("45009"))
    );
}

#[tokio::test]
async fn a_request_not_yet_out_when_the_batch_stops_is_not_sent() {
    // One thread: ids 1 and 2 answer together; the driver reads id 1's answer
    // and spawns id 3, then reads id 2's stop answer before id 3's task has
    // run. Id 3 must not go out.
    let (_dir, journal) = journal();
    let holds: HashMap<CommentId, Arc<Semaphore>> =
        [1, 2].map(|id| (id, Arc::new(Semaphore::new(0)))).into();
    let writer = Scripted {
        codes: Arc::new([(2, Some(45009))].into()),
        holds: Arc::new(holds.clone()),
        ..Scripted::default()
    };
    let mut handle = start(
        writer.clone(),
        journal.clone(),
        request((1..=6).collect(), 2),
    )
    .unwrap();
    let mut sending = 0;
    while sending < 2 {
        if let Some(BatchEvent::Sending { .. }) = handle.events.recv().await {
            sending += 1;
        }
    }
    holds[&1].add_permits(1);
    holds[&2].add_permits(1);
    let summary = handle.wait().await;
    assert_eq!(writer.sent(), vec![1, 2], "nothing sent after the stop");
    assert_eq!(ids_with(&summary, ItemStatus::Done), vec![1]);
    assert_eq!(ids_with(&summary, ItemStatus::Failed), vec![2]);
    assert_eq!(
        ids_with(&summary, ItemStatus::NotAttempted),
        vec![3, 4, 5, 6]
    );
    let detail = journal.batch(&summary.batch_id).unwrap();
    let third = &detail.items[2];
    assert_eq!(third.state, ItemState::NotAttempted, "{third:?}");
    assert!(third.reason.contains("45009"), "{third:?}");
}

#[tokio::test]
async fn cancel_lets_in_flight_finish_and_sends_nothing_new() {
    let (_dir, journal) = journal();
    let gate = Arc::new(Semaphore::new(0));
    let writer = Scripted {
        gate: Some(gate.clone()),
        ..Scripted::default()
    };
    let mut handle = start(
        writer.clone(),
        journal.clone(),
        request((1..=20).collect(), 3),
    )
    .unwrap();
    let mut sending = 0;
    while sending < 3 {
        if let Some(BatchEvent::Sending { .. }) = handle.events.recv().await {
            sending += 1;
        }
    }
    handle.cancel();
    gate.add_permits(100);
    let summary = handle.wait().await;
    assert_eq!(summary.stopped, Some(StopReason::Cancelled));
    assert_eq!(summary.done, 3, "the three in flight were recorded");
    assert_eq!(summary.not_attempted, 17);
    assert_eq!(writer.sent().len(), 3);
}

#[tokio::test]
async fn an_unreachable_api_stops_the_batch() {
    let (_dir, journal) = journal();
    let codes: Vec<(CommentId, Option<i64>)> = (1..=50).map(|id| (id, None)).collect();
    let writer = Scripted::with(&codes);
    let summary = start(writer, journal, request((1..=50).collect(), 1))
        .unwrap()
        .wait()
        .await;
    assert!(matches!(
        summary.stopped,
        Some(StopReason::Unreachable { .. })
    ));
    assert_eq!((summary.failed, summary.not_attempted), (10, 40));
}

#[tokio::test]
async fn undo_takes_exactly_the_confirmed_and_only_once() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[(2, Some(88008))]);
    let first = start(writer.clone(), journal.clone(), request(vec![1, 2, 3], 2))
        .unwrap()
        .wait()
        .await;
    let plan = journal.undo_request(None).unwrap();
    assert_eq!(plan.source.batch_id, first.batch_id);
    assert_eq!(plan.ids, vec![1, 3]);
    assert_eq!(plan.op, WriteOp::MarkElect);
    let undo = start_undo(writer.clone(), journal.clone(), &plan, 2, "t".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!(undo.done, 2);
    let err = journal.undo_request(Some(&first.batch_id)).unwrap_err();
    assert!(err.to_string().contains("already re-elected"), "{err}");
    assert!(journal.undo_request(None).is_err());
    let err = journal.undo_request(Some(&undo.batch_id)).unwrap_err();
    assert!(err.to_string().contains("did not deselect"), "{err}");
    let (list, warnings) = journal.batches(10).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(list[0].batch_id, undo.batch_id, "newest first");
    assert_eq!(list[1].undone_by, vec![undo.batch_id.clone()]);
}

#[test]
fn an_interrupted_batch_and_a_torn_line_are_read_back() {
    let (_dir, journal) = journal();
    std::fs::create_dir_all(journal.dir()).unwrap();
    let lines = [
        r#"{"type":"batch_started","batch":"20261127-205301-3f2a","time":"2026-11-27T20:53:01.000Z","op":"unmark_elect","article":{"msg_data_id":5,"index":1},"ids":[1,2,3,4],"account":"a","concurrency":2,"pid":0}"#,
        r#"{"type":"item_sending","batch":"20261127-205301-3f2a","id":1,"time":"t"}"#,
        r#"{"type":"item_sending","batch":"20261127-205301-3f2a","id":2,"time":"t"}"#,
        r#"{"type":"item_result","batch":"20261127-205301-3f2a","id":1,"status":"done","errcode":0,"errmsg":"","attempts":1,"ms":20}"#,
        r#"{"type":"item_sending","batch":"20261127-205301-3f2a","id":3,"ti"#,
    ];
    std::fs::write(journal.dir().join("2026-11.jsonl"), lines.join("\n")).unwrap();
    let (list, warnings) = journal.batches(5).unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 5);
    assert!(warnings[0].message.contains("cut short"));
    let o = &list[0];
    assert!(o.is_interrupted());
    assert_eq!(
        (o.done, o.sent_without_answer, o.never_sent),
        (1, 1, 2),
        "id 3's record is torn, so it counts as never sent"
    );
    // The next batch starts on a fresh line, and the torn one stays a warning.
    let mut w = journal.writer("2026-11.jsonl").unwrap();
    w.append(&journal::Record::ItemSending {
        batch: "20261127-205301-3f2a".into(),
        id: 4,
        time: "t".into(),
    })
    .unwrap();
    let (list, warnings) = journal.batches(5).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("unreadable"));
    assert_eq!(list[0].sent_without_answer, 2);
    let plan = journal.undo_request(Some("20261127")).unwrap();
    assert_eq!(plan.ids, vec![1]);
    assert_eq!(plan.uncertain, vec![2, 4]);
}
