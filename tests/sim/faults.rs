//! Quota, injected failures, dropped connections and held calls.

use super::*;

#[tokio::test]
async fn daily_quota_then_45009_and_quota_get_reports_it() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    ctl.set_daily_quota(Some(2));
    assert_eq!(s.write(UNMARK, &t, 1_000_000).await["errcode"], 0);
    assert_eq!(s.write(UNMARK, &t, 1_000_001).await["errcode"], 0);
    let third = s.write(UNMARK, &t, 1_000_002).await;
    assert_eq!(third["errcode"], 45009);
    assert_eq!(third["errmsg"], "reach max api daily quota limit");
    // Other paths have their own count.
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], 0);

    let q = s.post(PATH_QUOTA, &t, json!({"cgi_path": UNMARK})).await;
    assert_eq!(q["errcode"], 0);
    assert_eq!(q["quota"]["daily_limit"], 2);
    assert_eq!(q["quota"]["used"], 2, "the refused call is not counted");
    assert_eq!(q["quota"]["remain"], 0);

    assert_eq!(
        s.post("/cgi-bin/clear_quota", &t, json!({"appid": DEMO_APPID}))
            .await["errcode"],
        0
    );
    assert_eq!(s.write(UNMARK, &t, 1_000_002).await["errcode"], 0);
    let q = s.post(PATH_QUOTA, &t, json!({"cgi_path": UNMARK})).await;
    assert_eq!(q["quota"]["used"], 1);
    assert_eq!(q["quota"]["remain"], 1);
}

#[tokio::test]
async fn unlimited_quota_reports_a_large_limit_and_counts_use() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.list(&t, 0, 10, 2).await;
    let q = s.post(PATH_QUOTA, &t, json!({"cgi_path": PATH_LIST})).await;
    assert_eq!(q["quota"]["daily_limit"], 100_000);
    assert_eq!(q["quota"]["used"], 1);
    assert_eq!(q["quota"]["remain"], 99_999);
}

#[tokio::test]
async fn injected_failures_happen_once_then_calls_work() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    ctl.fail_comment_once(1_000_001, -1);
    let first = s.write(UNMARK, &t, 1_000_001).await;
    assert_eq!(
        (first["errcode"].as_i64(), first["errmsg"].as_str()),
        (Some(-1), Some("system error"))
    );
    assert!(ctl.elected_ids(ART).contains(&1_000_001));
    assert_eq!(s.write(UNMARK, &t, 1_000_001).await["errcode"], 0);
    assert!(!ctl.elected_ids(ART).contains(&1_000_001));

    ctl.fail_next(PATH_LIST, 45011, 2);
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], 45011);
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], 45011);
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], 0);

    ctl.set_http_error_next(PATH_LIST, 503, 1);
    let body = r#"{"msg_data_id":2247483652,"index":0,"begin":0,"count":10,"type":2}"#;
    assert_eq!(s.raw(PATH_LIST, Some(&t), body).await.status(), 503);
    assert_eq!(s.raw(PATH_LIST, Some(&t), body).await.status(), 200);
    assert_eq!(ctl.calls(PATH_LIST), 5);
}

#[tokio::test]
async fn dropped_connection_gets_no_answer() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.sim.control().drop_connection_next(PATH_LIST, 1);
    let url = format!("{}{}?access_token={t}", s.sim.url(), PATH_LIST);
    let body = r#"{"msg_data_id":2247483652,"index":0,"begin":0,"count":10,"type":2}"#;
    let err = s.http.post(&url).body(body).send().await.unwrap_err();
    assert!(!err.is_timeout(), "{err}");
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], 0);
}

#[tokio::test]
async fn fail_rate_one_fails_every_comment_call() {
    let options = SimOptions {
        fail_rate: 1.0,
        ..SimOptions::default()
    };
    let s = Sim::start(SimData::generated(ART, 5, 5), options).await;
    let t = s.token().await;
    assert_eq!(s.list(&t, 0, 10, 2).await["errcode"], -1);
}

#[tokio::test]
async fn held_calls_wait_until_released() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    ctl.hold(PATH_LIST);
    let url = format!("{}{}?access_token={t}", s.sim.url(), PATH_LIST);
    let body = r#"{"msg_data_id":2247483652,"index":0,"begin":0,"count":10,"type":2}"#;
    let pending: Vec<_> = (0..3)
        .map(|_| tokio::spawn(s.http.post(&url).body(body).send()))
        .collect();
    for _ in 0..10_000 {
        if ctl.waiting(PATH_LIST) == 3 {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(ctl.waiting(PATH_LIST), 3);
    assert!(pending.iter().all(|p| !p.is_finished()));
    ctl.release(PATH_LIST);
    for p in pending {
        let v: Value = p.await.unwrap().unwrap().json().await.unwrap();
        assert_eq!(v["errcode"], 0);
    }
    assert_eq!(ctl.waiting(PATH_LIST), 0);
    assert_eq!(ctl.max_in_flight(), 3);
}

#[tokio::test]
async fn faults_after_applying_change_the_server_and_garble_the_answer() {
    use wxmod::sim::AnswerFault;
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    let ids = ctl.elected_ids(ART);
    ctl.fault_after_applying(UNMARK, AnswerFault::Body("<html>oops</html>".into()), 1);
    ctl.fault_after_applying(UNMARK, AnswerFault::Status(502), 1);
    ctl.fault_after_applying(UNMARK, AnswerFault::Lost, 1);
    let url = format!("{}{}?access_token={t}", s.sim.url(), UNMARK);
    let body = |id: u64| {
        json!({"msg_data_id": ART.msg_data_id, "index": ART.index, "user_comment_id": id})
            .to_string()
    };
    let html = s.http.post(&url).body(body(ids[0])).send().await.unwrap();
    assert_eq!(html.status(), 200);
    assert_eq!(html.text().await.unwrap(), "<html>oops</html>");
    let bad = s.http.post(&url).body(body(ids[1])).send().await.unwrap();
    assert_eq!(bad.status(), 502);
    assert!(
        s.http.post(&url).body(body(ids[2])).send().await.is_err(),
        "no answer"
    );
    let now = ctl.elected_ids(ART);
    assert!(
        ids[..3].iter().all(|id| !now.contains(id)),
        "all three were applied"
    );
    // A body before applying: nothing changes.
    ctl.answer_body_next(UNMARK, r#"{"errmsg":"system error"}"#, 1);
    let answer = s.write(UNMARK, &t, ids[3]).await;
    assert_eq!(answer, json!({"errmsg": "system error"}));
    assert!(ctl.elected_ids(ART).contains(&ids[3]));
    assert_eq!(s.write(UNMARK, &t, ids[3]).await["errcode"], 0, "once only");
}
