//! Calls: retries, minute waits, errcode classes, the write family, the base
//! URL check, and that no error shows a token or the secret.

use super::*;

#[tokio::test]
async fn busy_server_is_retried_and_announced() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let mut notices = client.subscribe();
    let id = ctl.elected_ids(ART)[0];
    ctl.fail_comment_once(id, -1);
    let outcome = client.write(WriteOp::UnmarkElect, ART, id).await.unwrap();
    assert_eq!((outcome.errcode, outcome.attempts), (0, 2));
    assert!(!ctl.elected_ids(ART).contains(&id));
    match notices.try_recv().unwrap() {
        ClientNotice::Retrying { path, attempt, .. } => assert_eq!((path, attempt), (UNMARK, 2)),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn busy_server_that_stays_busy_fails_the_item_after_the_tries() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    client.quota(UNMARK).await.unwrap();
    ctl.fail_next(UNMARK, -1, 10);
    let e = client
        .write(WriteOp::UnmarkElect, ART, ctl.elected_ids(ART)[0])
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(-1));
    assert_eq!(e.class(), ErrClass::PerItem);
    assert_eq!(ctl.calls(UNMARK), 4, "retry_tries counts every try");
}

#[tokio::test]
async fn http_503_and_dropped_connections_are_retried() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let ids = ctl.elected_ids(ART);
    ctl.set_http_error_next(UNMARK, 503, 2);
    let outcome = client
        .write(WriteOp::UnmarkElect, ART, ids[0])
        .await
        .unwrap();
    assert_eq!((outcome.errcode, outcome.attempts), (0, 3));

    ctl.drop_connection_next(UNMARK, 1);
    let outcome = client
        .write(WriteOp::UnmarkElect, ART, ids[1])
        .await
        .unwrap();
    assert_eq!((outcome.errcode, outcome.attempts), (0, 2));

    ctl.set_http_error_next(UNMARK, 503, 10);
    let e = client
        .write(WriteOp::UnmarkElect, ART, ids[2])
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Http { status: 503, .. }), "{e:?}");
    assert_eq!(e.class(), ErrClass::PerItem);
}

#[tokio::test]
async fn minute_limit_waits_and_goes_on_then_stops_when_it_persists() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let mut notices = client.subscribe();
    let ids = ctl.elected_ids(ART);
    client.quota(UNMARK).await.unwrap();
    ctl.fail_next(UNMARK, 45011, 1);
    let outcome = client
        .write(WriteOp::UnmarkElect, ART, ids[0])
        .await
        .unwrap();
    assert_eq!((outcome.errcode, outcome.attempts), (0, 2));
    assert!(matches!(
        notices.try_recv().unwrap(),
        ClientNotice::WaitingForNextMinute { path: UNMARK, .. }
    ));

    ctl.fail_next(UNMARK, 45011, 10);
    let e = client
        .write(WriteOp::UnmarkElect, ART, ids[1])
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(45011));
    assert_eq!(e.class(), ErrClass::Stop);
    assert_eq!(
        ctl.calls(UNMARK),
        2 + 4,
        "max_minute_waits (3) waits, then gives up"
    );
}

#[tokio::test]
async fn errcodes_come_back_with_their_catalog_class() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let id = ctl.elected_ids(ART)[0];

    let wrong_article = Article {
        msg_data_id: 5,
        index: 0,
    };
    let o = client
        .write(WriteOp::UnmarkElect, wrong_article, id)
        .await
        .unwrap();
    assert_eq!((o.errcode, class_of(o.errcode)), (88001, ErrClass::Stop));

    let o = client.write(WriteOp::UnmarkElect, ART, 42).await.unwrap();
    assert_eq!((o.errcode, class_of(o.errcode)), (88008, ErrClass::PerItem));
    assert_eq!(o.attempts, 1);

    ctl.fail_next(PATH_LIST, 88010, 1);
    let e = client
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap_err();
    assert_eq!((e.errcode(), e.class()), (Some(88010), ErrClass::Stop));
    assert!(e.to_string().contains("page_size"), "{e}");

    ctl.set_daily_quota(Some(0));
    let o = client.write(WriteOp::UnmarkElect, ART, id).await.unwrap();
    assert_eq!((o.errcode, class_of(o.errcode)), (45009, ErrClass::Stop));
}

#[tokio::test]
async fn reply_open_close_and_quota_work_with_raw_utf8_bodies() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let id = ctl.elected_ids(ART)[0];
    let o = client.reply_add(ART, id, "谢谢你的留言 👍").await.unwrap();
    assert_eq!(o.errcode, 0, "a \\u escape would be 40033: {o:?}");
    let reply = ctl
        .comments(ART)
        .into_iter()
        .find(|c| c.user_comment_id == id)
        .and_then(|c| c.reply)
        .unwrap();
    assert_eq!(reply.content, "谢谢你的留言 👍");

    assert_eq!(client.close_comments(ART).await.unwrap().errcode, 0);
    assert_eq!(ctl.comments_open(ART), Some(false));
    assert_eq!(client.open_comments(ART).await.unwrap().errcode, 0);
    assert_eq!(ctl.comments_open(ART), Some(true));

    client.write(WriteOp::UnmarkElect, ART, id).await.unwrap();
    let quota = client.quota(UNMARK).await.unwrap();
    assert_eq!(quota.used, 1);
    assert_eq!(quota.remain, quota.daily_limit - 1);
}

#[tokio::test]
async fn plain_http_off_this_machine_is_refused_before_any_request() {
    for base in [
        "http://api.weixin.qq.com",
        "http://192.168.1.10:8080/",
        "ftp://127.0.0.1",
    ] {
        let options = ClientOptions {
            api_base: base.to_string(),
            ..ClientOptions::default()
        };
        let e = Client::new(options, creds()).unwrap_err();
        assert!(matches!(e, ApiError::BaseUrl(_)), "{base}: {e:?}");
        assert!(e.to_string().contains("https://"), "{e}");
        assert_eq!(e.class(), ErrClass::Stop);
    }
    let ok = Client::new(
        ClientOptions {
            api_base: "https://api.weixin.qq.com/".into(),
            ..ClientOptions::default()
        },
        creds(),
    )
    .unwrap();
    assert_eq!(ok.api_base(), "https://api.weixin.qq.com");
    assert_eq!(ok.token_source_label(), "app credentials (appid wxde…)");
}

#[tokio::test]
async fn errors_never_show_the_token_or_the_secret() {
    let (sim, ctl) = big().await;
    let token = ctl.issue_token();
    let ready = || TokenSource::Ready(Secret::new(&token));
    let mut texts = Vec::new();

    // A port nobody listens on: the connection is refused, reqwest's error names the URL.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let nowhere = ClientOptions {
        api_base: format!("http://127.0.0.1:{port}"),
        retry_tries: 2,
        ..options(&sim, None)
    };
    let e = Client::new(nowhere, ready())
        .unwrap()
        .quota(UNMARK)
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Network { .. }), "{e:?}");
    texts.push(format!("{e} {e:?}"));

    // A server that never answers in time.
    ctl.hold(UNMARK);
    let slow = ClientOptions {
        request_timeout: Duration::from_millis(200),
        retry_tries: 2,
        ..options(&sim, None)
    };
    let client = Client::new(slow, ready()).unwrap();
    let e = client
        .write(WriteOp::UnmarkElect, ART, ctl.elected_ids(ART)[0])
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Timeout { .. }), "{e:?}");
    assert_eq!(ctl.calls(UNMARK), 2, "a timed-out call is tried again");
    assert_eq!(e.class(), ErrClass::PerItem);
    texts.push(format!("{e} {e:?} {client:?}"));
    ctl.release(UNMARK);

    let e = Client::new(options(&sim, None), ready())
        .unwrap()
        .list_comments(
            Article {
                msg_data_id: 9,
                index: 0,
            },
            CommentFilter::All,
        )
        .await
        .unwrap_err();
    texts.push(format!("{e} {e:?}"));

    let wrong = TokenSource::Credentials {
        appid: DEMO_APPID.into(),
        secret: Secret::new("top-secret-value"),
    };
    let client = Client::new(options(&sim, None), wrong.clone()).unwrap();
    let e = client.quota(UNMARK).await.unwrap_err();
    texts.push(format!("{e} {e:?} {client:?} {wrong:?}"));

    for text in texts {
        assert!(!text.contains(&token), "{text}");
        assert!(!text.contains("top-secret-value"), "{text}");
        assert!(!text.contains(DEMO_SECRET), "{text}");
    }
    assert!(
        ctl.seen_query_strings_contain("access_token="),
        "the token travels in the query"
    );
}

/// An api_base that is not the WeChat API (a captive portal, a proxy's error
/// page, something streaming without end): a short error, not a hang or a heap.
#[tokio::test]
async fn answers_that_are_not_the_api_are_refused_without_reading_them_all() {
    use axum::body::Body;
    use futures::stream;
    let huge = || vec![b' '; 17 << 20];
    let app = axum::Router::new()
        .fallback(|| async { "<html>Welcome to the hotel wifi</html>" })
        .route(
            "/sized/cgi-bin/openapi/quota/get",
            axum::routing::post(move || async move { huge() }),
        )
        .route(
            "/stream/cgi-bin/openapi/quota/get",
            axum::routing::post(|| async {
                let chunks =
                    stream::iter((0..64).map(|_| Ok::<_, std::io::Error>(vec![b' '; 1 << 20])));
                Body::from_stream(chunks)
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    for (prefix, want) in [
        ("/portal", "expected value"),
        ("/sized", "larger than 16 MiB"),
        ("/stream", "larger than 16 MiB"),
    ] {
        let options = ClientOptions {
            api_base: format!("{base}{prefix}"),
            retry_base_delay: Duration::from_millis(1),
            ..ClientOptions::default()
        };
        let client = Client::new(options, TokenSource::Ready(Secret::new("T0KEN-xyz"))).unwrap();
        let e = client.quota(UNMARK).await.unwrap_err();
        assert!(matches!(e, ApiError::Decode { .. }), "{prefix}: {e:?}");
        let text = e.to_string();
        assert!(text.contains(want) && text.contains("api_base"), "{text}");
        assert!(!text.contains("T0KEN-xyz"), "{text}");
    }
}

/// A batch that stops must not keep retrying: a write waiting out a backoff or a
/// minute limit gives up as soon as the stop signal turns, and sends nothing more.
#[tokio::test]
async fn a_stop_signal_ends_a_pending_retry_or_minute_wait_without_another_request() {
    let (sim, ctl) = big().await;
    let slow = ClientOptions {
        // Long enough that only the stop signal can end the waits in this test.
        retry_base_delay: Duration::from_secs(3600),
        minute_wait_override: Some(Duration::from_secs(3600)),
        ..options(&sim, None)
    };
    let client = Client::new(slow, creds()).unwrap();
    client.quota(UNMARK).await.unwrap(); // token fetched before the test proper
    let ids = ctl.elected_ids(ART);
    for (code, id) in [(-1, ids[0]), (45011, ids[1])] {
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let mut notices = client.subscribe();
        ctl.fail_comment_once(id, code);
        let calls_before = ctl.calls(UNMARK);
        let pending = tokio::spawn({
            let client = client.clone();
            async move {
                client
                    .write_until(WriteOp::UnmarkElect, ART, id, stop_rx)
                    .await
            }
        });
        // The client announces the wait; then the batch stops.
        notices.recv().await.unwrap();
        stop_tx.send_replace(true);
        let answer = tokio::time::timeout(Duration::from_secs(60), pending)
            .await
            .expect("the stop signal must end the wait")
            .unwrap();
        let err = answer.unwrap_err();
        assert_eq!(err.errcode(), Some(code), "{err}");
        assert_eq!(
            ctl.calls(UNMARK),
            calls_before + 1,
            "no request after the stop"
        );
        assert!(
            ctl.elected_ids(ART).contains(&id),
            "the comment was not touched"
        );
    }
}

#[tokio::test]
async fn a_write_answer_without_an_integer_errcode_is_never_success() {
    use wxmod::sim::AnswerFault;
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let ids = ctl.elected_ids(ART);
    // Not applied, no errcode: an error that may have been applied (the
    // client cannot tell), one request, not retried.
    ctl.answer_body_next(UNMARK, "{}", 1);
    let f = client
        .write_call(WriteOp::UnmarkElect, ART, ids[0], None)
        .await
        .unwrap_err();
    assert!(matches!(f.error, ApiError::Decode { .. }), "{f:?}");
    assert_eq!((f.attempts, f.maybe_applied), (1, true));
    assert!(f.error.to_string().contains("errcode"), "{}", f.error);
    // errcode as a string after applying: the same.
    ctl.fault_after_applying(UNMARK, AnswerFault::Body(r#"{"errcode":"0"}"#.into()), 1);
    let f = client
        .write_call(WriteOp::UnmarkElect, ART, ids[1], None)
        .await
        .unwrap_err();
    assert!(f.maybe_applied);
    // 5xx past the retries: every try counted.
    ctl.set_http_error_next(UNMARK, 503, 4);
    let f = client
        .write_call(WriteOp::UnmarkElect, ART, ids[2], None)
        .await
        .unwrap_err();
    assert_eq!((f.attempts, f.maybe_applied), (4, true));
    // A server that is not there: nothing can have been applied.
    let dead = Client::new(
        ClientOptions {
            api_base: "http://127.0.0.1:9".into(),
            retry_tries: 2,
            ..options(&sim, None)
        },
        TokenSource::Ready(Secret::new("TOK")),
    )
    .unwrap();
    let f = dead
        .write_call(WriteOp::UnmarkElect, ART, ids[3], None)
        .await
        .unwrap_err();
    assert_eq!((f.attempts, f.maybe_applied), (2, false), "{f:?}");
}

#[tokio::test]
async fn a_list_read_counts_its_calls() {
    let (sim, ctl) = big().await;
    let client = client(&sim);
    let read = client.read_list(ART, CommentFilter::All).await.unwrap();
    assert_eq!(read.comments.len(), 175);
    assert_eq!(u64::from(read.calls), ctl.calls(PATH_LIST));
    assert_eq!(read.calls, 4, "175 comments in pages of 49");
}
