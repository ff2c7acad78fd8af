//! Tokens: the 0600 cache, one shared refresh on rejection, ready tokens,
//! token commands, and what a failed fetch tells the user.

use super::*;

#[tokio::test]
async fn token_is_cached_in_a_private_file_and_reused_by_the_next_client() {
    let (sim, ctl) = big().await;
    let dir = TempDir::new().unwrap();
    let first = Client::new(options(&sim, Some(dir.path())), creds()).unwrap();
    let before = unix_now();
    first.quota(UNMARK).await.unwrap();
    let after = unix_now();
    assert_eq!(ctl.token_fetches(), 1);
    let cache = first.token_cache_path().unwrap().to_path_buf();
    assert!(cache.starts_with(dir.path()));
    // Kept until shortly before the server's expires_in (7200 s in the simulator).
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    let expires_at = saved["expires_at"].as_u64().unwrap();
    let refresh_at = saved["refresh_at"].as_u64().unwrap();
    assert!(
        (before + 7200..=after + 7200).contains(&expires_at),
        "{saved}"
    );
    assert_eq!(expires_at - refresh_at, 60, "refreshed a minute early");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&cache).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(
        !std::fs::read_to_string(&cache)
            .unwrap()
            .contains(DEMO_SECRET)
    );

    let second = Client::new(options(&sim, Some(dir.path())), creds()).unwrap();
    second
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap();
    assert_eq!(ctl.token_fetches(), 1, "the second client used the cache");
    assert_eq!(
        ctl.calls(PATH_TOKEN),
        0,
        "never the token-kicking /cgi-bin/token"
    );
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Many calls in flight when the token goes bad: one fetch serves them all.
async fn concurrent_calls_share_one_refresh(spoil: fn(&SimControl)) {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let mut notices = client.subscribe();
    client.quota(UNMARK).await.unwrap();
    assert_eq!(ctl.token_fetches(), 1);

    ctl.hold(UNMARK);
    let ids: Vec<u64> = ctl.elected_ids(ART).into_iter().take(16).collect();
    let calls: Vec<_> = ids
        .iter()
        .map(|&id| {
            let c = client.clone();
            tokio::spawn(async move { c.write(WriteOp::UnmarkElect, ART, id).await })
        })
        .collect();
    for _ in 0..2000 {
        if ctl.waiting(UNMARK) == ids.len() as u64 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(ctl.waiting(UNMARK), ids.len() as u64);
    spoil(&ctl);
    ctl.release(UNMARK);
    for call in calls {
        let outcome = call.await.unwrap().unwrap();
        assert_eq!((outcome.errcode, outcome.attempts), (0, 2));
    }
    assert_eq!(ctl.token_fetches(), 2, "one refresh for all");
    assert_eq!(ctl.force_refreshes(), 0);
    assert!(ctl.elected_ids(ART).iter().all(|id| !ids.contains(id)));
    assert_eq!(notices.try_recv().unwrap(), ClientNotice::TokenRefreshed);
}

#[tokio::test]
async fn invalid_token_40001_mid_run_is_refreshed_once_for_all_calls() {
    concurrent_calls_share_one_refresh(|ctl| ctl.invalidate_tokens()).await;
}

#[tokio::test]
async fn expired_token_42001_mid_run_is_refreshed_once_for_all_calls() {
    concurrent_calls_share_one_refresh(|ctl| ctl.expire_tokens()).await;
}

#[tokio::test]
async fn rejected_token_that_comes_back_unchanged_is_force_refreshed() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let id = ctl.elected_ids(ART)[0];
    client.quota(UNMARK).await.unwrap();
    ctl.fail_next(UNMARK, 40014, 1);
    let outcome = client.write(WriteOp::UnmarkElect, ART, id).await.unwrap();
    assert_eq!((outcome.errcode, outcome.attempts), (0, 2));
    assert_eq!(ctl.force_refreshes(), 1);
    assert_eq!(ctl.token_fetches(), 3, "first, normal again (same), forced");
}

#[tokio::test]
async fn ready_token_is_used_as_is_and_its_rejection_says_how_to_replace_it() {
    let (sim, ctl) = big().await;
    let token = ctl.issue_token();
    let client = Client::new(options(&sim, None), TokenSource::Ready(Secret::new(&token))).unwrap();
    assert_eq!(client.token_source_label(), "ready token");
    let id = ctl.elected_ids(ART)[0];
    assert_eq!(
        client
            .write(WriteOp::UnmarkElect, ART, id)
            .await
            .unwrap()
            .errcode,
        0
    );
    assert_eq!(ctl.token_fetches(), 0);

    ctl.expire_tokens();
    let e = client
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ApiError::Token(TokenError::ReadyTokenRejected { code: 42001 })
        ),
        "{e:?}"
    );
    let text = e.to_string();
    assert!(
        text.contains("--access-token") && text.contains("WXMOD_ACCESS_TOKEN"),
        "{text}"
    );
    assert!(!text.contains(&token) && !format!("{e:?}").contains(&token));
    assert_eq!(e.class(), ErrClass::Stop);
    assert_eq!(
        ctl.token_fetches(),
        0,
        "a ready token is never replaced by a fetch"
    );
}

#[tokio::test]
async fn token_command_is_run_and_run_again_when_its_token_is_rejected() {
    let (sim, ctl) = big().await;
    let dir = TempDir::new().unwrap();
    let script = dir.path().join("token.sh");
    let write_script = |token: &str| {
        std::fs::write(&script, format!("printf '%s\\n' '{token}'\n")).unwrap();
    };
    write_script(&ctl.issue_token());
    let source = TokenSource::Command(format!("sh '{}'", script.display()));
    let client = Client::new(options(&sim, None), source).unwrap();
    assert_eq!(client.token_source_label(), "token command");
    let ids = ctl.elected_ids(ART);
    let first = client
        .write(WriteOp::UnmarkElect, ART, ids[0])
        .await
        .unwrap();
    assert_eq!((first.errcode, first.attempts), (0, 1));

    ctl.invalidate_tokens();
    write_script(&ctl.issue_token());
    let second = client
        .write(WriteOp::UnmarkElect, ART, ids[1])
        .await
        .unwrap();
    assert_eq!(
        (second.errcode, second.attempts),
        (0, 2),
        "the command ran again"
    );

    // The command keeps printing a token that no longer works.
    ctl.invalidate_tokens();
    let e = client
        .write(WriteOp::UnmarkElect, ART, ids[2])
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ApiError::Token(TokenError::CommandTokenRejected { code: 40001 })
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("token_command"), "{e}");
    assert_eq!(ctl.token_fetches(), 0);
}

#[tokio::test]
async fn failing_token_command_reports_its_status_not_its_output() {
    let (sim, _ctl) = big().await;
    let source = TokenSource::Command("echo PARTIAL-TOKEN; echo 'vpn down' >&2; exit 7".into());
    let client = Client::new(options(&sim, None), source).unwrap();
    let e = client.quota(UNMARK).await.unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("status 7") && text.contains("vpn down"),
        "{text}"
    );
    assert!(!text.contains("PARTIAL-TOKEN"), "{text}");
    assert_eq!(e.class(), ErrClass::Stop);
}

#[tokio::test]
async fn token_fetch_errors_say_what_to_fix() {
    let (sim, ctl) = big().await;
    let with = |appid: &str, secret: &str| {
        Client::new(
            options(&sim, None),
            TokenSource::Credentials {
                appid: appid.into(),
                secret: Secret::new(secret),
            },
        )
        .unwrap()
    };
    let e = with("wxwrong", DEMO_SECRET)
        .quota(UNMARK)
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(40013));
    assert!(e.to_string().contains("check appid"), "{e}");

    let e = with(DEMO_APPID, "wrong-secret-123")
        .quota(UNMARK)
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(40125));
    assert!(e.to_string().contains("WXMOD_SECRET"), "{e}");
    assert!(!format!("{e} {e:?}").contains("wrong-secret-123"));

    ctl.fail_next(PATH_STABLE_TOKEN, 40164, 1);
    let e = with(DEMO_APPID, DEMO_SECRET)
        .quota(UNMARK)
        .await
        .unwrap_err();
    let text = e.to_string();
    assert_eq!(e.errcode(), Some(40164));
    assert!(
        text.contains("whitelist") && text.contains("--access-token"),
        "{text}"
    );
    assert_eq!(e.class(), ErrClass::Stop);
}

/// `wxmod sim --expire-token-every N`: tokens keep dying while pages are fetched
/// concurrently; each death is one more shared refresh, never a failed list.
#[tokio::test]
async fn tokens_that_keep_expiring_during_a_concurrent_list_are_refreshed_each_time() {
    let (sim, ctl) = start(SimData::generated(ART, 600, 0)).await;
    ctl.set_expire_token_every(Some(3));
    let client = Client::new(
        ClientOptions {
            list_concurrency: 8,
            ..options(&sim, None)
        },
        creds(),
    )
    .unwrap();
    let got = client
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap();
    assert_eq!(got.len(), 600);
    assert!(ctl.token_fetches() >= 4, "{}", ctl.token_fetches());
    assert_eq!(ctl.force_refreshes(), 0);
}

/// A token rejected by every call, however fresh: one forced refresh, then a stop
/// that names the likely cause, without burning the daily force_refresh quota.
#[tokio::test]
async fn a_token_rejected_right_after_a_refresh_stops_the_call() {
    for warmed_up in [false, true] {
        let (sim, ctl) = big().await;
        let client = client(&sim);
        if warmed_up {
            client.quota(UNMARK).await.unwrap();
        }
        ctl.fail_next(UNMARK, 40001, 100);
        let e = client
            .write(WriteOp::UnmarkElect, ART, ctl.elected_ids(ART)[0])
            .await
            .unwrap_err();
        assert!(
            matches!(
                e,
                ApiError::Token(TokenError::FreshTokenRejected { code: 40001 })
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains("appid and secret"), "{e}");
        assert_eq!(ctl.calls(UNMARK), 2, "warmed up: {warmed_up}");
        assert_eq!(ctl.force_refreshes(), 1, "warmed up: {warmed_up}");
    }
}
