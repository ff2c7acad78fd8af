//! Unknown outcomes: settled by one list read at the end of a batch or later
//! (an interrupted batch), journaled as their own record, and what undo and
//! retry then plan.

use super::*;
use crate::batch::journal::{Record, Started};

#[tokio::test]
async fn lost_answers_are_settled_by_one_list_read_and_journaled() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[(2, Some(LOST)), (5, Some(LOST)), (6, Some(LOST))]);
    // 2 was deselected, 5 was not; 6 is gone from the list.
    writer.listing(&[5], &[1, 2, 3, 4]);
    let summary = start(
        writer.clone(),
        journal.clone(),
        request((1..=6).collect(), 2),
    )
    .unwrap()
    .wait()
    .await;
    assert_eq!(writer.lists.load(Ordering::SeqCst), 1, "one list read");
    assert_eq!(
        (
            summary.done,
            summary.failed,
            summary.not_attempted,
            summary.unknown
        ),
        (4, 1, 0, 1)
    );
    let settlement = summary.settlement.clone().expect("a settlement");
    assert_eq!(settlement.list_calls, 2);
    assert_eq!(settlement.filter, CommentFilter::All);
    let by_id = |id| {
        summary
            .items
            .iter()
            .find(|i| i.user_comment_id == id)
            .unwrap()
    };
    assert!(by_id(2).is_verified() && by_id(5).is_verified() && by_id(6).is_verified());
    assert!(!by_id(1).is_verified());
    assert_eq!(by_id(2).status, ItemStatus::Done);
    assert_eq!(by_id(5).status, ItemStatus::Failed);
    assert_eq!(by_id(6).status, ItemStatus::Unknown);
    assert_eq!(by_id(2).attempts, 4, "the tries are counted");
    assert!(by_id(6).meaning.to_string().contains("no longer holds"));
    assert!(
        crate::i18n::Lang::Zh
            .render(&by_id(2).meaning)
            .contains("核实")
    );

    let detail = journal.batch(&summary.batch_id).unwrap();
    let o = &detail.overview;
    assert_eq!((o.done, o.failed, o.unknown, o.list_calls), (4, 1, 1, 2));
    let item = |id| {
        detail
            .items
            .iter()
            .find(|i| i.user_comment_id == id)
            .unwrap()
    };
    assert_eq!((item(2).state, item(2).verified), (ItemState::Done, true));
    assert_eq!((item(5).state, item(5).verified), (ItemState::Failed, true));
    assert_eq!(
        (item(6).state, item(6).verified),
        (ItemState::Unknown, true)
    );
    assert!(
        journal.unsettled(&summary.batch_id).unwrap().is_empty(),
        "looked at once"
    );

    let undo = journal.undo_request(None).unwrap();
    assert_eq!(undo.ids, vec![1, 2, 3, 4], "the verified one is undone too");
    assert_eq!(undo.uncertain, vec![6]);
    let retry = plan_retry(&journal, &summary.batch_id).unwrap();
    assert_eq!(retry.ids, vec![5], "only what is known not done");
    assert_eq!((retry.verified_not_done, retry.done), (1, 4));
    assert_eq!(retry.unknown, vec![6]);
}

#[tokio::test]
async fn a_batch_where_every_answer_was_understood_reads_no_list() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[(3, Some(88008)), (4, None)]);
    let summary = start(
        writer.clone(),
        journal.clone(),
        request((1..=8).collect(), 3),
    )
    .unwrap()
    .wait()
    .await;
    assert_eq!(writer.lists.load(Ordering::SeqCst), 0);
    assert_eq!((summary.failed, summary.unknown), (2, 0));
    assert_eq!(summary.settlement, None);
    let retry = plan_retry(&journal, &summary.batch_id).unwrap();
    assert_eq!(retry.ids, vec![3, 4]);
}

/// A batch killed with requests in flight: the journal has their sending
/// records and nothing after. Written by hand with pid 0 (a process that is gone).
pub(crate) fn killed_batch(
    journal: &Journal,
    ids: &[CommentId],
    sent: &[CommentId],
    done: &[CommentId],
) -> String {
    let batch = "20261203-201500-dead".to_string();
    let mut file = journal.writer("2026-12.jsonl").unwrap();
    file.append(&Record::BatchStarted(Started {
        batch: batch.clone(),
        time: "2026-12-03T20:15:00Z".into(),
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids: ids.to_vec(),
        articles: Vec::new(),
        account: "test".into(),
        account_name: None,
        appid: None,
        concurrency: 4,
        undo_of: None,
        retry_of: None,
        pid: 0,
        pid_start: None,
        boot: String::new(),
        wxmod: "test".into(),
    }))
    .unwrap();
    for &id in sent {
        file.append(&Record::ItemSending {
            batch: batch.clone(),
            id,
            time: "2026-12-03T20:15:01Z".into(),
            article: None,
        })
        .unwrap();
    }
    for &id in done {
        file.append(&Record::ItemResult(journal::ItemRecord {
            batch: batch.clone(),
            id,
            status: ItemStatus::Done,
            errcode: Some(0),
            errmsg: String::new(),
            attempts: 1,
            ms: 3,
            reason: String::new(),
            article: None,
        }))
        .unwrap();
    }
    batch
}

#[tokio::test]
async fn after_a_kill_undo_and_retry_settle_the_requests_in_flight_first() {
    let (_dir, journal) = journal();
    let batch = killed_batch(&journal, &[1, 2, 3, 4, 5, 6], &[1, 2, 3, 4], &[]);
    // Killed before the first answer: a plain undo has nothing confirmed and names them.
    match journal.undo_request(None) {
        Err(JournalError::OnlyUnknown { batch: b, ids, .. }) => {
            assert_eq!((b.as_str(), ids), (batch.as_str(), vec![1, 2, 3, 4]));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(journal.unsettled(&batch).unwrap(), vec![1, 2, 3, 4]);
    // The server applied 1, 2 and 4; 3 never arrived.
    let writer = Scripted::default();
    writer.listing(&[3, 5, 6], &[1, 2, 4]);
    let (settled, plan) = prepare_undo(&writer, &journal, None).await;
    let SettleOutcome::Settled(settlement) = settled else {
        panic!("{settled:?}");
    };
    assert_eq!(
        (
            settlement.count(Verified::Done),
            settlement.count(Verified::NotDone)
        ),
        (3, 1)
    );
    assert_eq!(plan.unwrap().ids, vec![1, 2, 4]);
    // Settled once: the next look costs no list call.
    let (again, _) = prepare_retry(&writer, &journal, &batch).await;
    assert!(matches!(again, SettleOutcome::NotNeeded), "{again:?}");
    assert_eq!(writer.lists.load(Ordering::SeqCst), 1);
    let retry = plan_retry(&journal, &batch).unwrap();
    assert_eq!(retry.ids, vec![3, 5, 6], "not done, and never sent");
    assert_eq!(retry.verified_not_done, 1);
}

#[tokio::test]
async fn a_settlement_that_cannot_read_the_list_leaves_them_unknown_and_named() {
    let (_dir, journal) = journal();
    let batch = killed_batch(&journal, &[1, 2, 3], &[1, 2, 3], &[1]);
    let writer = Scripted::default(); // its list read fails
    let (settled, plan) = prepare_undo(&writer, &journal, Some(&batch)).await;
    let SettleOutcome::Failed(why) = settled else {
        panic!("{settled:?}");
    };
    assert!(why.to_string().contains("stay unknown"), "{why}");
    let plan = plan.unwrap();
    assert_eq!((plan.ids, plan.uncertain), (vec![1], vec![2, 3]));
    let retry = plan_retry(&journal, &batch);
    assert!(
        matches!(&retry, Err(JournalError::Retry(m)) if m.to_string().contains("unknown")),
        "{retry:?}"
    );
}
