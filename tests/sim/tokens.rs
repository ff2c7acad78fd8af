//! Token endpoints: stable_token, the plain token, and the token gate on calls.

use super::*;

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
