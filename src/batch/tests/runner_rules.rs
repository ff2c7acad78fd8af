//! The runner's rules: concurrency, stop answers, the stop race, cancel, an
//! unreachable API, a panicking request.

use super::*;

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
        (
            summary.done,
            summary.failed,
            summary.not_attempted,
            summary.unknown
        ),
        (36, 3, 0, 1)
    );
    assert_eq!(
        summary.stopped, None,
        "a panic in one request does not stop"
    );
    assert_eq!(ids_with(&summary, ItemStatus::Failed), vec![3, 5, 7]);
    // The panicking request may have gone out: unknown, and the list could
    // not be read to settle it (the scripted list fails).
    assert_eq!(ids_with(&summary, ItemStatus::Unknown), vec![9]);
    assert_eq!(summary.settlement, None);
    assert!(
        summary.items[8]
            .meaning
            .to_string()
            .contains("internal error")
    );
    assert!(writer.peak.load(Ordering::SeqCst) <= 4);
    assert_eq!(writer.sent().len(), 40);
    let detail = journal.batch(&summary.batch_id).unwrap();
    assert_eq!(detail.overview.state, BatchState::Completed);
    assert_eq!(
        (
            detail.overview.done,
            detail.overview.failed,
            detail.overview.unknown
        ),
        (36, 3, 1)
    );
    let network = detail
        .items
        .iter()
        .find(|i| i.user_comment_id == 7)
        .unwrap();
    assert_eq!(network.errcode, None);
    assert!(
        network.reason.to_string().contains("connection refused"),
        "{network:?}"
    );
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
            .all(|i| i.state == ItemState::NotAttempted && i.reason.to_string().contains("45009"))
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
    assert!(third.reason.to_string().contains("45009"), "{third:?}");
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
async fn concurrency_is_kept_within_1_to_32() {
    for (asked, allowed) in [(0, 1), (100, MAX_CONCURRENCY)] {
        let (_dir, journal) = journal();
        let writer = Scripted::default();
        let summary = start(
            writer.clone(),
            journal.clone(),
            request((1..=50).collect(), asked),
        )
        .unwrap()
        .wait()
        .await;
        assert_eq!(summary.done, 50, "asked {asked}");
        let peak = writer.peak.load(Ordering::SeqCst);
        assert!((1..=allowed).contains(&peak), "asked {asked}: peak {peak}");
        let detail = journal.batch(&summary.batch_id).unwrap();
        assert_eq!(detail.overview.concurrency, allowed, "journaled as run");
    }
}

/// A writer whose driver-side clone panics once `clones` run out: the
/// runner task itself dies mid-batch.
struct DiesOnClone {
    inner: Scripted,
    clones: Arc<AtomicUsize>,
}

impl Clone for DiesOnClone {
    fn clone(&self) -> Self {
        let left = self.clones.fetch_sub(1, Ordering::SeqCst);
        assert!(left > 0, "scripted: the runner dies here");
        DiesOnClone {
            inner: self.inner.clone(),
            clones: self.clones.clone(),
        }
    }
}

impl CommentWriter for DiesOnClone {
    async fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> Result<CallOutcome, WriteFailure> {
        self.inner.write(op, article, id).await
    }

    async fn list(&self, article: Article, filter: CommentFilter) -> Result<ListRead, ApiError> {
        self.inner.list(article, filter).await
    }
}

#[tokio::test]
async fn if_the_runner_dies_a_request_that_went_out_is_not_called_not_attempted() {
    let (_dir, journal) = journal();
    let gate = Arc::new(Semaphore::new(0));
    let inner = Scripted {
        gate: Some(gate.clone()),
        ..Scripted::default()
    };
    let writer = DiesOnClone {
        inner: inner.clone(),
        clones: Arc::new(AtomicUsize::new(2)),
    };
    // `wait` must see the Sending events itself: watch the writer instead.
    let handle = start(writer, journal.clone(), request((1..=5).collect(), 2)).unwrap();
    for _ in 0..10_000 {
        if inner.sent().len() == 2 {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(inner.sent(), vec![1, 2]);
    gate.add_permits(1); // one answers; sending the third kills the runner
    let summary = handle.wait().await;
    assert_eq!(summary.total, 5);
    assert_eq!(
        summary.done + summary.failed + summary.not_attempted + summary.unknown,
        5
    );
    assert_eq!(
        (
            summary.done,
            summary.failed,
            summary.not_attempted,
            summary.unknown
        ),
        (1, 0, 3, 1)
    );
    let lost = summary
        .items
        .iter()
        .find(|i| i.status == ItemStatus::Unknown)
        .unwrap();
    assert!(
        lost.meaning.to_string().contains("may or may not"),
        "{lost:?}"
    );
    // The journal agrees: one sent without an answer, and no end record.
    let detail = journal.batch(&summary.batch_id).unwrap();
    assert_eq!(detail.overview.sent_without_answer, 1);
}

#[tokio::test]
async fn a_request_not_yet_out_when_ctrl_c_comes_is_not_sent() {
    // One thread: ids 1 and 2 are spawned together; id 1's request presses
    // Ctrl-C as it goes out, before id 2's task runs and before the driver
    // hears of it. Id 2 must not go out.
    let (_dir, journal) = journal();
    let cell: Arc<std::sync::OnceLock<Canceller>> = Arc::default();
    let presses = cell.clone();
    let writer = Scripted {
        on_write: Some(Arc::new(move |id| {
            if id == 1 {
                presses.get().unwrap().cancel();
            }
        })),
        ..Scripted::default()
    };
    let handle = start(writer.clone(), journal, request((1..=10).collect(), 2)).unwrap();
    cell.set(handle.canceller()).unwrap();
    let summary = handle.wait().await;
    assert_eq!(writer.sent(), vec![1], "nothing sent after Ctrl-C");
    assert_eq!(summary.stopped, Some(StopReason::Cancelled));
    assert_eq!((summary.done, summary.not_attempted), (1, 9));
}
