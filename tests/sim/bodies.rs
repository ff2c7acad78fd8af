//! What the simulator does with bad, odd and hostile request bodies.

use super::*;

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
