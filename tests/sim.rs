//! The simulator, seen from outside: plain HTTP against a real server on
//! 127.0.0.1:0, checking the wire behaviour the client and batch engine rely on.

use serde_json::{Value, json};
use wxmod::api::wire::{Article, PATH_LIST, PATH_QUOTA, PATH_REPLY_ADD, PATH_STABLE_TOKEN};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions, TotalMode};

const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const UNMARK: &str = "/cgi-bin/comment/unmarkelect";

struct Sim {
    sim: SimHandle,
    http: reqwest::Client,
}

impl Sim {
    async fn start(data: SimData, options: SimOptions) -> Sim {
        let sim = sim::start(data, options, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
        let http = reqwest::Client::builder()
            .no_proxy()
            .tls_certs_only([])
            .build()
            .unwrap();
        Sim { sim, http }
    }

    /// 30 elected and 20 normal comments on ART.
    async fn generated() -> Sim {
        Sim::start(SimData::generated(ART, 30, 20), SimOptions::default()).await
    }

    async fn stable_token(&self, appid: &str, secret: &str, force: bool) -> Value {
        let body = json!({"grant_type": "client_credential", "appid": appid,
                          "secret": secret, "force_refresh": force});
        let url = format!("{}{}", self.sim.url(), PATH_STABLE_TOKEN);
        let resp = self.http.post(url).json(&body).send().await.unwrap();
        resp.json().await.unwrap()
    }

    async fn token(&self) -> String {
        let v = self.stable_token(DEMO_APPID, DEMO_SECRET, false).await;
        v["access_token"].as_str().unwrap().to_string()
    }

    async fn raw(&self, path: &str, token: Option<&str>, body: &str) -> reqwest::Response {
        let mut url = format!("{}{}", self.sim.url(), path);
        if let Some(t) = token {
            url.push_str(&format!("?access_token={t}"));
        }
        self.http
            .post(url)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> Value {
        // serde_json writes non-ASCII as raw UTF-8, which is what the API wants.
        let text = serde_json::to_string(&body).unwrap();
        self.raw(path, Some(token), &text)
            .await
            .json()
            .await
            .unwrap()
    }

    async fn list(&self, token: &str, begin: u32, count: i64, kind: u8) -> Value {
        let body = json!({"msg_data_id": ART.msg_data_id, "index": ART.index,
                          "begin": begin, "count": count, "type": kind});
        self.post(PATH_LIST, token, body).await
    }

    async fn write(&self, path: &str, token: &str, id: u64) -> Value {
        let body = json!({"msg_data_id": ART.msg_data_id, "index": ART.index,
                          "user_comment_id": id});
        self.post(path, token, body).await
    }
}

fn ids(page: &Value) -> Vec<u64> {
    page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["user_comment_id"].as_u64().unwrap())
        .collect()
}

#[tokio::test]
async fn stable_token_is_the_same_until_force_refresh_replaces_it() {
    let s = Sim::generated().await;
    let first = s.stable_token(DEMO_APPID, DEMO_SECRET, false).await;
    let again = s.stable_token(DEMO_APPID, DEMO_SECRET, false).await;
    let old = first["access_token"].as_str().unwrap();
    assert!(old.starts_with("SIM_") && old.len() == 36, "{old}");
    assert_eq!(again["access_token"], first["access_token"]);
    let expires = first["expires_in"].as_u64().unwrap();
    assert!(expires > 7000 && expires <= 7200, "{expires}");

    let forced = s.stable_token(DEMO_APPID, DEMO_SECRET, true).await;
    let new = forced["access_token"].as_str().unwrap();
    assert_ne!(new, old);
    assert_eq!(s.list(old, 0, 10, 2).await["errcode"], 40001);
    assert_eq!(s.list(new, 0, 10, 2).await["errcode"], 0);

    let ctl = s.sim.control();
    assert_eq!(ctl.token_fetches(), 3);
    assert_eq!(ctl.force_refreshes(), 1);
}

#[tokio::test]
async fn wrong_credentials_are_named() {
    let s = Sim::generated().await;
    assert_eq!(
        s.stable_token("wxnope", DEMO_SECRET, false).await["errcode"],
        40013
    );
    assert_eq!(
        s.stable_token(DEMO_APPID, "nope", false).await["errcode"],
        40125
    );
    let url = format!("{}/cgi-bin/token", s.sim.url());
    let v: Value = s
        .http
        .get(&url)
        .query(&[
            ("grant_type", "client_credential"),
            ("appid", DEMO_APPID),
            ("secret", "x"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["errcode"], 40125);
}

#[tokio::test]
async fn plain_token_fetch_invalidates_the_previous_one() {
    let s = Sim::generated().await;
    let url = format!("{}/cgi-bin/token", s.sim.url());
    let q = [
        ("grant_type", "client_credential"),
        ("appid", DEMO_APPID),
        ("secret", DEMO_SECRET),
    ];
    let mut tokens = Vec::new();
    for _ in 0..2 {
        let v: Value = s
            .http
            .get(&url)
            .query(&q)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["expires_in"], 7200);
        tokens.push(v["access_token"].as_str().unwrap().to_string());
    }
    assert_eq!(s.list(&tokens[0], 0, 10, 0).await["errcode"], 40001);
    assert_eq!(s.list(&tokens[1], 0, 10, 0).await["errcode"], 0);
}

#[tokio::test]
async fn missing_unknown_expired_and_invalidated_tokens() {
    let s = Sim::generated().await;
    let ctl = s.sim.control();
    let body = r#"{"msg_data_id":2247483652,"index":0,"begin":0,"count":10,"type":2}"#;
    let missing: Value = s.raw(PATH_LIST, None, body).await.json().await.unwrap();
    assert_eq!(missing["errcode"], 41001);
    assert_eq!(s.list("SIM_unknown", 0, 10, 2).await["errcode"], 40001);

    let token = s.token().await;
    ctl.expire_tokens();
    assert_eq!(s.list(&token, 0, 10, 2).await["errcode"], 42001);
    // Normal mode hands out a fresh token once the current one has expired.
    let fresh = s.token().await;
    assert_ne!(fresh, token);
    assert_eq!(s.list(&fresh, 0, 10, 2).await["errcode"], 0);

    let central = ctl.issue_token();
    assert_eq!(s.list(&central, 0, 10, 2).await["errcode"], 0);
    ctl.invalidate_tokens();
    assert_eq!(s.list(&central, 0, 10, 2).await["errcode"], 40001);
    assert_eq!(s.list(&fresh, 0, 10, 2).await["errcode"], 40001);
    assert!(ctl.seen_query_strings_contain(&central));
}

#[tokio::test]
async fn expire_token_every_n_calls() {
    let options = SimOptions {
        expire_token_every: Some(3),
        ..SimOptions::default()
    };
    let s = Sim::start(SimData::generated(ART, 5, 5), options).await;
    let token = s.token().await;
    for _ in 0..3 {
        assert_eq!(s.list(&token, 0, 10, 0).await["errcode"], 0);
    }
    assert_eq!(s.list(&token, 0, 10, 0).await["errcode"], 42001);
}

#[tokio::test]
async fn bad_bodies_are_rejected() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let v: Value = s
        .raw(PATH_LIST, Some(&t), "not json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["errcode"], 47001);
    let v = s
        .post(PATH_LIST, &t, json!({"msg_data_id": ART.msg_data_id}))
        .await;
    assert_eq!(v["errcode"], 47001);

    let escaped = r#"{"msg_data_id":2247483652,"index":0,"user_comment_id":1000000,"content":"\u8c22\u8c22"}"#;
    let v: Value = s
        .raw(PATH_REPLY_ADD, Some(&t), escaped)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["errcode"], 40033);
    assert!(
        s.sim
            .control()
            .comments(ART)
            .iter()
            .all(|c| c.reply.is_none())
    );

    let raw = json!({"msg_data_id": ART.msg_data_id, "index": 0,
                     "user_comment_id": 1_000_000, "content": "谢谢 🙏"});
    assert_eq!(s.post(PATH_REPLY_ADD, &t, raw).await["errcode"], 0);
    let replied = s.sim.control().comments(ART);
    let c = replied
        .iter()
        .find(|c| c.user_comment_id == 1_000_000)
        .unwrap();
    assert_eq!(c.reply.as_ref().unwrap().content, "谢谢 🙏");
}

#[tokio::test]
async fn list_rejects_bad_count_and_unknown_articles() {
    let s = Sim::generated().await;
    let t = s.token().await;
    assert_eq!(s.list(&t, 0, 50, 2).await["errcode"], 88010);
    assert_eq!(s.list(&t, 0, 0, 2).await["errcode"], 88010);
    assert_eq!(s.list(&t, 0, -1, 2).await["errcode"], 88010);
    let page = s.list(&t, 0, 49, 0).await;
    assert_eq!(page["errcode"], 0);
    assert_eq!(page["total"], 50);
    assert_eq!(ids(&page).len(), 49);
    assert_eq!(ids(&s.list(&t, 60, 10, 0).await).len(), 0);

    let other =
        json!({"msg_data_id": ART.msg_data_id, "index": 1, "begin": 0, "count": 10, "type": 0});
    assert_eq!(s.post(PATH_LIST, &t, other).await["errcode"], 88001);
    assert_eq!(s.write(UNMARK, &t, 42).await["errcode"], 88008);
}

/// Whatever a client sends, the simulator answers with an API error and keeps
/// serving: no panic, no dropped connection, no 5xx.
#[tokio::test]
async fn hostile_bodies_get_api_errors_and_the_server_keeps_serving() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let list = |extra: &str| {
        format!(
            r#"{{"msg_data_id":{},"index":0,"type":0,{extra}}}"#,
            ART.msg_data_id
        )
    };
    let deep = "[".repeat(100_000);
    let cases: Vec<(&str, String, i64)> = vec![
        (PATH_LIST, list(r#""begin":4294967295,"count":49"#), 0),
        (PATH_LIST, list(r#""begin":4294967296,"count":49"#), 47001),
        (PATH_LIST, list(r#""begin":-1,"count":10"#), 47001),
        (PATH_LIST, list(r#""begin":0,"count":1e308"#), 88010),
        (PATH_LIST, list(r#""begin":0,"count":-1e308"#), 88010),
        (PATH_LIST, list(r#""begin":0,"count":49.5"#), 47001),
        (PATH_LIST, list(r#""begin":0,"count":"10""#), 47001),
        (PATH_LIST, list(r#""begin":0,"count":null"#), 47001),
        (PATH_LIST, list(r#""begin":"0","count":10"#), 47001),
        (
            PATH_LIST,
            r#"{"msg_data_id":1e30,"begin":0,"count":10,"type":0}"#.into(),
            47001,
        ),
        (
            PATH_LIST,
            r#"{"msg_data_id":-1,"begin":0,"count":10,"type":0}"#.into(),
            47001,
        ),
        (
            PATH_LIST,
            r#"{"msg_data_id":2247483652,"index":4294967296,"begin":0,"count":10,"type":0}"#.into(),
            47001,
        ),
        (
            PATH_LIST,
            r#"{"msg_data_id":2247483652,"begin":0,"count":10,"type":-1}"#.into(),
            47001,
        ),
        (PATH_LIST, "[]".into(), 47001),
        (PATH_LIST, "null".into(), 47001),
        (PATH_LIST, "\"x\"".into(), 47001),
        (PATH_LIST, "{}".into(), 47001),
        (PATH_LIST, deep.clone(), 47001),
        (
            UNMARK,
            r#"{"msg_data_id":2247483652,"user_comment_id":18446744073709551616}"#.into(),
            47001,
        ),
        (
            UNMARK,
            r#"{"msg_data_id":2247483652,"user_comment_id":1000000.0}"#.into(),
            47001,
        ),
        (
            UNMARK,
            r#"{"msg_data_id":2247483652,"user_comment_id":18446744073709551615}"#.into(),
            88008,
        ),
        (
            PATH_REPLY_ADD,
            r#"{"msg_data_id":2247483652,"user_comment_id":1000000,"content":7}"#.into(),
            47001,
        ),
        (
            PATH_REPLY_ADD,
            format!(
                r#"{{"msg_data_id":2247483652,"user_comment_id":1000000,"content":"{}"}}"#,
                "长".repeat(5000)
            ),
            88007,
        ),
        (PATH_QUOTA, r#"{"cgi_path":5}"#.into(), 47001),
        (PATH_QUOTA, deep, 47001),
    ];
    for (path, body, want) in cases {
        let resp = s.raw(path, Some(&t), &body).await;
        assert_eq!(resp.status(), 200, "{path} {body:.80}");
        let v: Value = resp.json().await.unwrap();
        assert_eq!(v["errcode"], want, "{path} {body:.80}");
    }
    let bytes = s
        .http
        .post(format!("{}{PATH_LIST}?access_token={t}", s.sim.url()))
        .body(vec![0xff, 0xfe, 0x7b, 0x00])
        .send()
        .await
        .unwrap();
    assert_eq!(bytes.json::<Value>().await.unwrap()["errcode"], 47001);
    for body in [
        r#"{"grant_type":1}"#,
        r#"{"grant_type":"client_credential","appid":"a","secret":"b","force_refresh":"yes"}"#,
        "[[[[",
    ] {
        let v: Value = s
            .raw(PATH_STABLE_TOKEN, None, body)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(v["errcode"], 47001, "{body}");
    }
    // Still serving, state intact.
    assert_eq!(ids(&s.list(&t, 0, 49, 2).await).len(), 30);
}

#[tokio::test]
async fn unmarkelect_moves_a_comment_out_of_the_elected_list() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    let before = s.list(&t, 0, 49, 2).await;
    assert_eq!(before["total"], 30);
    let target = ids(&before)[3];

    let answer = s.write(UNMARK, &t, target).await;
    assert_eq!(answer["errcode"], 0);
    let after = s.list(&t, 0, 49, 2).await;
    assert_eq!(after["total"], 29);
    assert!(!ids(&after).contains(&target));
    assert!(ids(&s.list(&t, 0, 49, 1).await).contains(&target));
    assert_eq!(ctl.elected_ids(ART).len(), 29);
    assert!(!ctl.elected_ids(ART).contains(&target));

    assert_eq!(
        s.write("/cgi-bin/comment/markelect", &t, target).await["errcode"],
        0
    );
    assert!(ctl.elected_ids(ART).contains(&target));
    assert_eq!(ctl.calls(UNMARK), 1);
}

#[tokio::test]
async fn list_is_newest_first_and_omits_absent_fields() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let page = s.list(&t, 0, 20, 0).await;
    let times: Vec<i64> = page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["create_time"].as_i64().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] > w[1]), "{times:?}");
    let items = page["comment"].as_array().unwrap();
    assert!(items.iter().any(|c| c.get("openid").is_none()));
    assert!(items.iter().all(|c| c.get("reply").is_none()));
}

#[tokio::test]
async fn page_length_mode_moves_the_total_to_comment_cnt() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.sim.control().set_total_mode(TotalMode::PageLength);
    let page = s.list(&t, 0, 10, 2).await;
    assert_eq!(page["total"], 10);
    assert_eq!(page["comment_cnt"], 30);
}

#[tokio::test]
async fn shuffled_pages_still_cover_every_comment_once() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.sim.control().set_shuffle(true);
    let mut seen: Vec<u64> = Vec::new();
    let mut begin = 0;
    loop {
        let page = ids(&s.list(&t, begin, 7, 2).await);
        seen.extend(&page);
        if page.len() < 7 {
            break;
        }
        begin += 7;
    }
    assert_eq!(seen.len(), 30);
    let mut sorted = seen.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 30);
    assert_eq!(sorted, s.sim.control().elected_ids(ART));
    let mut newest_first = sorted.clone();
    newest_first.reverse();
    assert_ne!(seen, newest_first, "shuffle left the time order");
}

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
async fn replies_and_deletes() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let reply = |content: String| json!({"msg_data_id": ART.msg_data_id, "index": 0, "user_comment_id": 1_000_005, "content": content});
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply(String::new())).await["errcode"],
        88007
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("长".repeat(1001))).await["errcode"],
        88007
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("ok".into())).await["errcode"],
        0
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("again".into())).await["errcode"],
        88005
    );
    let page = s.list(&t, 0, 49, 0).await;
    let item = page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["user_comment_id"] == 1_000_005)
        .unwrap();
    assert_eq!(item["reply"]["content"], "ok");
    assert!(item["reply"]["create_time"].as_i64().unwrap() > 0);

    assert_eq!(
        s.write("/cgi-bin/comment/reply/delete", &t, 1_000_005)
            .await["errcode"],
        0
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("new".into())).await["errcode"],
        0
    );

    assert_eq!(
        s.write("/cgi-bin/comment/delete", &t, 1_000_005).await["errcode"],
        0
    );
    assert_eq!(s.write(UNMARK, &t, 1_000_005).await["errcode"], 88008);
    assert_eq!(s.list(&t, 0, 49, 0).await["total"], 49);

    let art = json!({"msg_data_id": ART.msg_data_id, "index": 0});
    assert_eq!(
        s.post("/cgi-bin/comment/close", &t, art.clone()).await["errcode"],
        0
    );
    assert_eq!(s.sim.control().comments_open(ART), Some(false));
    assert_eq!(s.post("/cgi-bin/comment/open", &t, art).await["errcode"], 0);
    assert_eq!(s.sim.control().comments_open(ART), Some(true));
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
async fn demo_data_has_a_big_article_and_hostile_content() {
    let demo = SimData::demo();
    assert!((5..=8).contains(&demo.articles.len()));
    let big = demo
        .articles
        .iter()
        .find(|a| a.elected_count() == 2000)
        .expect("an article with 2000 elected");
    assert!(
        big.comments.len() > 2000,
        "the big article also has normal comments"
    );
    for a in &demo.articles {
        assert!(a.msg_data_id > 1 << 31);
        assert!(
            a.elected_count() > 0 && a.elected_count() < a.comments.len(),
            "{}",
            a.title
        );
    }
    let all: Vec<&str> = demo
        .articles
        .iter()
        .flat_map(|a| a.comments.iter())
        .map(|c| c.content.as_str())
        .collect();
    assert!(all.iter().any(|c| c.contains("\u{1b}[2J")));
    assert!(all.iter().any(|c| c.contains('\u{202e}')));
    assert!(all.iter().any(|c| c.chars().count() >= 5000));

    let s = Sim::start(demo.clone(), SimOptions::default()).await;
    let t = s.token().await;
    let body = json!({"msg_data_id": big.msg_data_id, "index": big.index, "begin": 0, "count": 49, "type": 2});
    let page = s.post(PATH_LIST, &t, body).await;
    assert_eq!(page["total"], 2000);
    assert_eq!(ids(&page).len(), 49);
    s.sim.shutdown().await;
}

fn sim_args(listen: &str) -> wxmod::cli::SimArgs {
    wxmod::cli::SimArgs {
        listen: listen.parse().unwrap(),
        data: None,
        latency_ms: 0,
        quota: None,
        fail_rate: 0.0,
        expire_token_every: None,
    }
}

#[tokio::test]
async fn sim_command_prints_where_it_listens_and_the_articles() {
    use wxmod::cli::{Exit, sim_cmd};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.json");
    let mut data = SimData::generated(ART, 3, 4);
    data.articles[0].title = "Hostile \u{1b}]0;pwned\u{7} title".into();
    std::fs::write(&file, serde_json::to_string(&data).unwrap()).unwrap();
    let args = wxmod::cli::SimArgs {
        data: Some(file),
        ..sim_args("127.0.0.1:0")
    };
    let mut out = Vec::new();
    let exit = sim_cmd::serve_until(&args, async {}, &mut out).await;
    assert_eq!(exit, Exit::Ok);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("export WXMOD_API_BASE=http://127.0.0.1:"),
        "{text}"
    );
    assert!(
        text.contains(&format!("export WXMOD_APPID={DEMO_APPID}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("export WXMOD_SECRET={DEMO_SECRET}")),
        "{text}"
    );
    assert!(text.contains("2247483652"), "{text}");
    assert!(text.contains("3/7"), "{text}");
    assert!(!text.contains('\u{1b}'), "raw escape in {text:?}");
}

#[tokio::test]
async fn sim_command_refuses_bad_arguments() {
    use wxmod::cli::{Exit, sim_cmd};
    let mut out = Vec::new();
    let bad_rate = wxmod::cli::SimArgs {
        fail_rate: 1.5,
        ..sim_args("127.0.0.1:0")
    };
    assert_eq!(
        sim_cmd::serve_until(&bad_rate, async {}, &mut out).await,
        Exit::Usage
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{\"articles\": [").unwrap();
    let bad_data = wxmod::cli::SimArgs {
        data: Some(file),
        ..sim_args("127.0.0.1:0")
    };
    assert_eq!(
        sim_cmd::serve_until(&bad_data, async {}, &mut out).await,
        Exit::Usage
    );

    let busy = Sim::generated().await;
    let in_use = sim_args(&busy.sim.addr().to_string());
    assert_eq!(
        sim_cmd::serve_until(&in_use, async {}, &mut out).await,
        Exit::Usage
    );
    assert!(out.is_empty(), "nothing served, nothing announced");
}
