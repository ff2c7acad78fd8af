//! The journal's rules: a write that fails, undo plans, interrupted batches
//! and torn lines read back.

use super::*;

#[tokio::test]
async fn a_journal_write_that_fails_stops_the_batch_and_later_records_stay_readable() {
    let (_dir, mut journal) = journal();
    // Appends: 0 start, 1-2 sending ids 1 and 2, 3 the first result, 4 sending
    // id 3: that one fails half-written (a full disk).
    journal.faults = Some(journal::Faults { from: 4, until: 5 });
    let writer = Scripted::default();
    let summary = start(
        writer.clone(),
        journal.clone(),
        request((1..=5).collect(), 2),
    )
    .unwrap()
    .wait()
    .await;
    assert!(
        matches!(summary.stopped, Some(StopReason::Journal { .. })),
        "{:?}",
        summary.stopped
    );
    assert_eq!(
        writer.sent(),
        vec![1, 2],
        "an unrecorded request is not sent"
    );
    assert_eq!(
        (summary.done, summary.failed, summary.not_attempted),
        (2, 0, 3)
    );
    // The torn line is one warning; the in-flight result and the end written
    // after it are read back.
    let (list, warnings) = journal.batches(5).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let o = &list[0];
    assert!(
        matches!(
            &o.state,
            BatchState::Stopped {
                reason: StopReason::Journal { .. }
            }
        ),
        "{:?}",
        o.state
    );
    assert_eq!((o.done, o.not_attempted, o.sent_without_answer), (2, 3, 0));
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
    assert!(err.to_string().contains("is itself an undo"), "{err}");
    let (list, warnings) = journal.batches(10).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(list[0].batch_id, undo.batch_id, "newest first");
    assert_eq!(list[1].undone_by, vec![undo.batch_id.clone()]);
}

#[tokio::test]
async fn an_elect_batch_is_undone_by_deselecting_what_it_confirmed_once() {
    let (_dir, journal) = journal();
    let writer = Scripted::with(&[(2, Some(88008)), (4, Some(LOST))]);
    let elect = BatchRequest {
        op: WriteOp::MarkElect,
        ..request(vec![1, 2, 3, 4], 2)
    };
    let first = start(writer.clone(), journal.clone(), elect)
        .unwrap()
        .wait()
        .await;
    assert_eq!(first.done, 2);
    // A plain `undo` looks at deselecting batches only: there is none.
    assert!(journal.undo_request(None).is_err());
    let plan = journal.undo_request(Some(&first.batch_id)).unwrap();
    assert_eq!(plan.op, WriteOp::UnmarkElect);
    assert_eq!(plan.ids, vec![1, 3], "failed and unknown ones left out");
    assert_eq!(plan.uncertain, vec![4]);
    let undo = start_undo(writer.clone(), journal.clone(), &plan, 2, "t".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!((undo.op, undo.done), (WriteOp::UnmarkElect, 2));
    // What is left is the unknown one, named rather than sent.
    let err = journal.undo_request(Some(&first.batch_id)).unwrap_err();
    assert!(
        err.to_string().contains("may or may not be elected") && err.to_string().contains("(4)"),
        "{err}"
    );
    let err = journal.undo_request(Some(&undo.batch_id)).unwrap_err();
    assert!(err.to_string().contains("is itself an undo"), "{err}");
    let (list, _) = journal.batches(10).unwrap();
    assert_eq!(list[0].undo_of.as_deref(), Some(first.batch_id.as_str()));
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
    assert!(warnings[0].message.to_string().contains("cut short"));
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
        article: None,
    })
    .unwrap();
    let (list, warnings) = journal.batches(5).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.to_string().contains("unreadable"));
    assert_eq!(list[0].sent_without_answer, 2);
    let plan = journal.undo_request(Some("20261127")).unwrap();
    assert_eq!(plan.ids, vec![1]);
    assert_eq!(plan.uncertain, vec![2, 4]);
}

#[test]
fn no_second_undo_while_one_of_the_same_batch_runs() {
    let (_dir, journal) = journal();
    std::fs::create_dir_all(journal.dir()).unwrap();
    let me = std::process::id();
    let lines = [
        r#"{"type":"batch_started","batch":"20261127-100000-aaaa","time":"2026-11-27T10:00:00.000Z","op":"unmark_elect","article":{"msg_data_id":5,"index":0},"ids":[1,2,3],"account":"a","concurrency":2,"pid":0}"#.to_string(),
        r#"{"type":"item_result","batch":"20261127-100000-aaaa","id":1,"status":"done","errcode":0}"#.to_string(),
        r#"{"type":"item_result","batch":"20261127-100000-aaaa","id":2,"status":"done","errcode":0}"#.to_string(),
        r#"{"type":"batch_ended","batch":"20261127-100000-aaaa","time":"t","total":3,"done":2,"failed":0,"not_attempted":1}"#.to_string(),
        // An undo of it, still running in this very process, id 1 not yet answered.
        format!(
            r#"{{"type":"batch_started","batch":"20261127-100500-bbbb","time":"2026-11-27T10:05:00.000Z","op":"mark_elect","article":{{"msg_data_id":5,"index":0}},"ids":[1,2],"account":"a","concurrency":2,"undo_of":"20261127-100000-aaaa","pid":{me}}}"#
        ),
        r#"{"type":"item_result","batch":"20261127-100500-bbbb","id":2,"status":"done","errcode":0}"#.to_string(),
    ];
    std::fs::write(journal.dir().join("2026-11.jsonl"), lines.join("\n") + "\n").unwrap();
    for id in [Some("20261127-100000"), None] {
        let err = journal.undo_request(id).unwrap_err().to_string();
        assert!(err.contains("being undone right now"), "{id:?}: {err}");
        assert!(err.contains("20261127-100500-bbbb"), "{err}");
    }
}

#[test]
fn a_batch_whose_pid_now_names_another_process_is_interrupted() {
    // After a reboot, or in a container where wxmod is always pid 1, the pid
    // of a killed batch is soon someone else's (here: this test's).
    let me = journal::current_process();
    let Some(start) = me.start else {
        return; // no /proc: pids cannot be told apart here
    };
    let (_dir, journal) = journal();
    std::fs::create_dir_all(journal.dir()).unwrap();
    let lines = [
        format!(
            r#"{{"type":"batch_started","batch":"20261127-110000-cccc","time":"2026-11-27T11:00:00.000Z","op":"unmark_elect","article":{{"msg_data_id":5,"index":0}},"ids":[1,2],"account":"a","concurrency":1,"pid":{},"pid_start":{},"boot":"{}"}}"#,
            me.pid,
            start + 1,
            me.boot
        ),
        r#"{"type":"item_result","batch":"20261127-110000-cccc","id":1,"status":"done","errcode":0}"#.to_string(),
    ];
    std::fs::write(journal.dir().join("2026-11.jsonl"), lines.join("\n") + "\n").unwrap();
    let (list, _) = journal.batches(1).unwrap();
    assert_eq!(list[0].state, BatchState::Interrupted);
    assert_eq!(journal.undo_request(None).unwrap().ids, vec![1]);
}
