//! What the journal holds after a run, and undo planned from it.

use super::*;

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
