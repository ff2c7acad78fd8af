//! The runner's rules against the simulator: answers, retries, token expiry,
//! the quota stop, cancellation, and counts that always add up.

use super::*;

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
        unknown.meaning.to_string().contains("no such comment"),
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
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.to_string().contains("retrying"))),
        "the retry was reported"
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.to_string().contains("per-minute"))),
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
            .any(|e| matches!(e, BatchEvent::Notice(t) if t.to_string().contains("new one")))
    );
    assert!(env.elected().is_empty());
    assert_accounted(&env, &ids, &summary);
    // Neither the secret nor the token fetched last (in the client's cache) is journaled.
    let cached = client_cache_token(&env);
    let text = env.journal_text();
    assert!(!text.contains(DEMO_SECRET));
    assert!(
        cached.len() > 8 && !text.contains(&cached),
        "token in the journal"
    );
}

/// The token the client fetched and cached last.
fn client_cache_token(env: &Env) -> String {
    let dir = env.dir.path().join("cache");
    let mut tokens = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        tokens.push(value["access_token"].as_str().unwrap().to_string());
    }
    assert_eq!(tokens.len(), 1, "one cached token");
    tokens.remove(0)
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
        message.to_string().contains("WXMOD_ACCESS_TOKEN"),
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

/// A stop ends the retries of requests still in flight: a comment waiting out a
/// backoff when another answers 45009 is not sent again, and is reported failed.
#[tokio::test]
async fn a_stop_ends_the_retries_of_requests_still_in_flight() {
    let env = Env::new(2, 0).await;
    let ids = env.elected();
    let (busy, quota) = (ids[0], ids[1]);
    env.ctl.fail_comment_once(busy, -1);
    env.ctl.fail_comment_once(quota, 45009);
    let slow = ClientOptions {
        // Only the stop can end this backoff within the test's time.
        retry_base_delay: Duration::from_secs(3600),
        ..env.options()
    };
    let client = Client::new(slow, demo_credentials()).unwrap();
    let (summary, _) = tokio::time::timeout(
        Duration::from_secs(60),
        run_collecting(client, &env.journal, unelect(ids.clone(), 2)),
    )
    .await
    .expect("the stop must end the pending retry");
    assert!(matches!(
        summary.stopped,
        Some(StopReason::Api { code: 45009, .. })
    ));
    let item = summary
        .items
        .iter()
        .find(|i| i.user_comment_id == busy)
        .unwrap();
    assert_eq!((item.status, item.errcode), (ItemStatus::Failed, Some(-1)));
    assert_eq!(env.ctl.calls(UNMARK), 2, "no retry after the stop");
    assert!(env.ctl.elected_ids(ART).contains(&busy));
    assert_accounted(&env, &ids, &summary);
}
