//! Answers lost or not understood, one test per fault: the item is unknown
//! (never failed, never done), one list read settles it, and every comment's
//! final report equals what the server holds. Undo after such a batch
//! restores the server exactly. Also: attempts, one notice per retry, and a
//! token with a short `expires_in`.

use super::*;
use wxmod::batch::{SettleOutcome, Settlement, Verified};
use wxmod::sim::AnswerFault;

const LIST: &str = "/cgi-bin/comment/list";

/// Every id reported, none still unknown (the list holds them all), and each
/// report equals the server's state: done ⇔ no longer elected. The journal
/// says the same.
fn assert_reports_match_the_server(env: &Env, ids: &[CommentId], summary: &Summary) {
    assert_eq!(summary.items.len(), ids.len(), "0 unaccounted");
    assert_eq!(
        summary.done + summary.failed + summary.not_attempted + summary.unknown,
        summary.total
    );
    assert_eq!(summary.unknown, 0, "everything settled: {summary:#?}");
    let elected: HashSet<CommentId> = env.elected().into_iter().collect();
    for item in &summary.items {
        let id = item.user_comment_id;
        match item.status {
            ItemStatus::Done => {
                assert!(!elected.contains(&id), "{id} reported done, still elected")
            }
            _ => assert!(
                elected.contains(&id),
                "{id} reported {:?}, not elected: {item:?}",
                item.status
            ),
        }
    }
    let detail = env.journal.batch(&summary.batch_id).unwrap();
    for (item, journaled) in summary.items.iter().zip(&detail.items) {
        let state = match item.status {
            ItemStatus::Done => ItemState::Done,
            ItemStatus::Failed => ItemState::Failed,
            ItemStatus::NotAttempted => ItemState::NotAttempted,
            ItemStatus::Unknown => ItemState::Unknown,
        };
        assert_eq!(
            journaled.state, state,
            "the journal agrees on {}",
            item.user_comment_id
        );
        assert_eq!(journaled.verified, item.is_verified());
    }
}

fn item(summary: &Summary, id: CommentId) -> &wxmod::batch::ItemResult {
    summary
        .items
        .iter()
        .find(|i| i.user_comment_id == id)
        .unwrap()
}

/// Run the batch one request at a time (the faults hit the first calls, in order).
async fn run(env: &Env, client: Client, ids: &[CommentId]) -> (Summary, Vec<BatchEvent>) {
    run_collecting(client, &env.journal, unelect(ids.to_vec(), 1)).await
}

fn settlement(summary: &Summary) -> &Settlement {
    summary.settlement.as_ref().expect("a settlement read")
}

#[tokio::test]
async fn a_lost_answer_after_applying_is_unknown_then_verified_done() {
    let env = Env::new(6, 2).await;
    let ids = env.elected();
    // Every try of the first comment is applied and its answer lost.
    env.ctl.fault_after_applying(UNMARK, AnswerFault::Lost, 4);
    let (summary, events) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    let lost = item(&summary, ids[0]);
    assert_eq!((lost.status, lost.attempts), (ItemStatus::Done, 4));
    assert!(lost.is_verified(), "{lost:?}");
    assert!(
        lost.meaning
            .to_string()
            .contains("verified by reading the list")
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, BatchEvent::Settling { unknown: 1 }))
    );
    // The unknown report came first, then the settled one.
    let reports: Vec<ItemStatus> = events
        .iter()
        .filter_map(|e| match e {
            BatchEvent::ItemFinished(i) if i.user_comment_id == ids[0] => Some(i.status),
            _ => None,
        })
        .collect();
    assert_eq!(reports, vec![ItemStatus::Unknown, ItemStatus::Done]);
    let s = settlement(&summary);
    assert_eq!(
        s.list_calls as u64,
        env.ctl.calls(LIST),
        "the list calls are counted"
    );
    assert_eq!(s.list_calls, 1);
    assert_eq!(summary.done, 6);
}

#[tokio::test]
async fn unreadable_bodies_after_applying_are_unknown_then_verified_done() {
    let bodies = [
        "<html><body>502 Bad Gateway</body></html>",
        "",
        r#"{"errcode":0,"errm"#,
        r#"{"errcode":"0","errmsg":"ok"}"#,
        r#"{"errcode":null,"errmsg":"ok"}"#,
        "{}",
        r#"{"errcode":0.5}"#,
    ];
    let env = Env::new(10, 0).await;
    let ids = env.elected();
    for body in bodies {
        env.ctl
            .fault_after_applying(UNMARK, AnswerFault::Body(body.to_string()), 1);
    }
    let (summary, _) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    for id in &ids[..bodies.len()] {
        let i = item(&summary, *id);
        assert!(i.is_verified() && i.status == ItemStatus::Done, "{i:?}");
        assert_eq!(i.attempts, 1, "an unreadable answer is not sent again");
    }
    assert_eq!(summary.done, 10);
    assert_eq!(env.ctl.calls(UNMARK), 10);
    assert_eq!(settlement(&summary).count(Verified::Done), bodies.len());
}

#[tokio::test]
async fn an_answer_without_errcode_when_nothing_was_applied_is_never_success() {
    let env = Env::new(6, 0).await;
    let ids = env.elected();
    env.ctl
        .answer_body_next(UNMARK, r#"{"errmsg":"system error"}"#, 1);
    env.ctl.answer_body_next(UNMARK, "{}", 1);
    let (summary, _) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    for id in &ids[..2] {
        let i = item(&summary, *id);
        assert_eq!(i.status, ItemStatus::Failed, "not done: {i:?}");
        assert!(i.is_verified());
    }
    assert_eq!((summary.done, summary.failed), (4, 2));
    assert_eq!(settlement(&summary).count(Verified::NotDone), 2);
    // Retry sends exactly those two, and then all is done.
    let (settled, plan) =
        batch::prepare_retry(&env.client(), &env.journal, &summary.batch_id).await;
    assert!(
        matches!(settled, SettleOutcome::NotNeeded),
        "settled at the end already"
    );
    let plan = plan.unwrap();
    assert_eq!(plan.ids, ids[..2].to_vec());
    assert_eq!(plan.verified_not_done, 2);
    let (again, _) =
        run_collecting(env.client(), &env.journal, plan.request(2, "test".into())).await;
    assert_eq!(again.done, 2);
    assert!(env.elected().is_empty());
}

#[tokio::test]
async fn a_5xx_after_applying_that_outlasts_the_retries_is_unknown_then_verified() {
    let env = Env::new(5, 0).await;
    let ids = env.elected();
    env.ctl
        .fault_after_applying(UNMARK, AnswerFault::Status(502), 4);
    let (summary, events) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    let i = item(&summary, ids[0]);
    assert_eq!((i.status, i.attempts), (ItemStatus::Done, 4));
    assert!(i.is_verified());
    let retries = events
        .iter()
        .filter(|e| matches!(e, BatchEvent::Notice(t) if t.to_string().contains("retrying")))
        .count();
    assert_eq!(retries, 3, "one notice per retry");

    // 5xx before applying, four times: unknown, verified not done, 4 attempts.
    let env = Env::new(3, 0).await;
    let ids = env.elected();
    env.ctl.set_http_error_next(UNMARK, 500, 4);
    let (summary, _) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    let i = item(&summary, ids[0]);
    assert_eq!((i.status, i.attempts), (ItemStatus::Failed, 4));
    assert!(i.is_verified());
}

#[tokio::test]
async fn an_answer_slower_than_the_client_waits_is_unknown_then_verified_done() {
    let env = Env::new(3, 0).await;
    let ids = env.elected();
    let options = ClientOptions {
        request_timeout: Duration::from_millis(300),
        retry_tries: 2,
        ..env.options()
    };
    let client = Client::new(options, demo_credentials()).unwrap();
    env.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(Duration::from_secs(120)), 2);
    let (summary, _) = run(&env, client, &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    let i = item(&summary, ids[0]);
    assert_eq!((i.status, i.attempts), (ItemStatus::Done, 2));
    assert!(i.is_verified());
}

#[tokio::test]
async fn a_busy_server_past_the_retries_fails_with_every_attempt_counted() {
    let env = Env::new(3, 0).await;
    let ids = env.elected();
    env.ctl.fail_next(UNMARK, -1, 4);
    let (summary, events) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    let i = item(&summary, ids[0]);
    assert_eq!(
        (i.status, i.errcode, i.attempts),
        (ItemStatus::Failed, Some(-1), 4)
    );
    assert!(!i.is_verified(), "the server said so: no list read");
    assert_eq!(summary.settlement, None);
    assert_eq!(env.ctl.calls(LIST), 0);
    let retries = events
        .iter()
        .filter(|e| matches!(e, BatchEvent::Notice(_)))
        .count();
    assert_eq!(retries, 3, "one notice per retry, no duplicate");
    let detail = env.journal.batch(&summary.batch_id).unwrap();
    assert_eq!(detail.items[0].attempts, 4, "the journal counts them too");
}

#[tokio::test]
async fn a_batch_without_trouble_reads_no_list() {
    let env = Env::new(30, 5).await;
    let ids = env.elected();
    let (summary, events) =
        run_collecting(env.client(), &env.journal, unelect(ids.clone(), 8)).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    assert_eq!(env.ctl.calls(LIST), 0);
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, BatchEvent::Settling { .. }))
    );
}

#[tokio::test]
async fn undo_after_a_batch_with_unknowns_restores_the_server_exactly() {
    let env = Env::new(20, 10).await;
    let before = env.snapshot_types();
    let ids = env.elected();
    // Applied and lost, applied and unreadable, not applied and no errcode,
    // 5xx after applying: spread over the batch.
    env.ctl.fault_after_applying(UNMARK, AnswerFault::Lost, 4);
    env.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body("<html>".into()), 1);
    env.ctl.answer_body_next(UNMARK, "{}", 1);
    env.ctl
        .fault_after_applying(UNMARK, AnswerFault::Status(502), 4);
    let (summary, _) = run(&env, env.client(), &ids).await;
    assert_reports_match_the_server(&env, &ids, &summary);
    assert_eq!(summary.done, 19, "{summary:#?}");
    let (settled, plan) = batch::prepare_undo(&env.client(), &env.journal, None).await;
    assert!(matches!(settled, SettleOutcome::NotNeeded));
    let plan = plan.unwrap();
    assert_eq!(plan.ids.len(), 19, "verified ones included");
    assert!(plan.uncertain.is_empty());
    let undo = batch::start_undo(env.client(), env.journal.clone(), &plan, 4, "test".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!(undo.done, 19);
    assert_eq!(env.snapshot_types(), before, "exactly as before the batch");
}

#[tokio::test]
async fn a_token_with_a_short_expires_in_is_used_for_a_minute_not_fetched_per_request() {
    for expires_in in [0, 5] {
        let env = Env::new(20, 0).await;
        env.ctl.set_token_expires_in(Some(expires_in));
        let ids = env.elected();
        let (summary, _) =
            run_collecting(env.client(), &env.journal, unelect(ids.clone(), 4)).await;
        assert_eq!(summary.done, 20);
        assert_eq!(env.ctl.token_fetches(), 1, "expires_in {expires_in}");
    }
}

/// A retry of an undo continues that undo: what it re-elects counts as
/// undone, so undoing the original batch again has nothing left to send.
#[tokio::test]
async fn a_retry_of_an_undo_counts_as_part_of_that_undo() {
    let env = Env::new(6, 0).await;
    let before = env.snapshot_types();
    let ids = env.elected();
    let (summary, _) = run(&env, env.client(), &ids).await;
    assert_eq!(summary.done, 6);
    // The undo gets two busy answers it cannot get past (-1 on every try).
    let (_, plan) = batch::prepare_undo(&env.client(), &env.journal, None).await;
    let plan = plan.unwrap();
    env.ctl.fail_next(support::MARK, -1, 8);
    let undo = batch::start_undo(env.client(), env.journal.clone(), &plan, 1, "test".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!((undo.done, undo.failed), (4, 2), "{undo:#?}");
    let (_, retry) = batch::prepare_retry(&env.client(), &env.journal, &undo.batch_id).await;
    let retry = retry.unwrap();
    assert_eq!(retry.ids.len(), 2);
    let again = batch::start_retry(env.client(), env.journal.clone(), &retry, 1, "test".into())
        .unwrap()
        .wait()
        .await;
    assert_eq!(again.done, 2);
    assert_eq!(env.snapshot_types(), before, "every comment elected again");
    let (_, left) = batch::prepare_undo(&env.client(), &env.journal, Some(&summary.batch_id)).await;
    let text = match left {
        Ok(plan) => format!("still plans {:?}", plan.ids),
        Err(err) => err.to_string(),
    };
    assert!(
        text.contains("nothing") || text.contains("already"),
        "{text}"
    );
}
