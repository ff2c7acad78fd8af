//! `wxmod sim` as a user starts it: its flags change what the simulator serves.

use super::*;

/// `wxmod sim ARGS` on a free loopback port: the child (killed on drop) and its URL.
async fn spawn_sim(home: &Home, args: &[&str]) -> (tokio::process::Child, String) {
    use tokio::io::AsyncBufReadExt;
    let mut child = home
        .command()
        .args(["sim", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = tokio::io::BufReader::new(stdout).lines();
    while let Some(line) = lines.next_line().await.unwrap() {
        if let Some(url) = line.strip_prefix("wxmod simulator listening on ") {
            // Keep draining the banner so the child never blocks on a full pipe.
            tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
            return (child, url.trim().to_string());
        }
    }
    panic!("wxmod sim ended without saying where it listens");
}

/// One call straight to the simulator, as the real API would be called.
async fn call(
    url: &str,
    path: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> serde_json::Value {
    let http = support::http();
    let mut url = format!("{url}{path}");
    if let Some(token) = token {
        url.push_str(&format!("?access_token={token}"));
    }
    http.post(url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn sim_token(url: &str) -> String {
    let body = serde_json::json!({"grant_type": "client_credential", "appid": sim::DEMO_APPID,
                                  "secret": sim::DEMO_SECRET, "force_refresh": false});
    let v = call(url, "/cgi-bin/stable_token", None, body).await;
    v["access_token"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sim_command_flags_shape_what_it_serves() {
    let home = Home::new();
    let data = home.path().join("data.json");
    let seed = SimData::generated(ARTICLE, 3, 2);
    std::fs::write(&data, serde_json::to_string(&seed).unwrap()).unwrap();
    let data_arg = data.display().to_string();
    let (_child, url) = spawn_sim(
        &home,
        &[
            "--data",
            &data_arg,
            "--quota",
            "2",
            "--expire-token-every",
            "2",
            "--latency-ms",
            "150",
        ],
    )
    .await;
    let list = serde_json::json!({"msg_data_id": ARTICLE.msg_data_id, "index": ARTICLE.index,
                                  "begin": 0, "count": 49, "type": 2});
    let token = sim_token(&url).await;

    let started = std::time::Instant::now();
    let first = call(&url, "/cgi-bin/comment/list", Some(&token), list.clone()).await;
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(150),
        "--latency-ms"
    );
    assert_eq!(first["errcode"], 0, "{first}");
    assert_eq!(
        first["comment"].as_array().unwrap().len(),
        3,
        "--data: {first}"
    );

    let second = call(&url, "/cgi-bin/comment/list", Some(&token), list.clone()).await;
    assert_eq!(second["errcode"], 0, "{second}");
    let third = call(&url, "/cgi-bin/comment/list", Some(&token), list.clone()).await;
    assert_eq!(third["errcode"], 42001, "--expire-token-every 2: {third}");

    let fresh = sim_token(&url).await;
    assert_ne!(fresh, token);
    let spent = call(&url, "/cgi-bin/comment/list", Some(&fresh), list).await;
    assert_eq!(spent["errcode"], 45009, "--quota 2: {spent}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sim_command_fail_rate_one_fails_every_call_and_bad_flags_are_usage_errors() {
    let home = Home::new();
    let (_child, url) = spawn_sim(&home, &["--fail-rate", "1"]).await;
    let token = sim_token(&url).await;
    let list = serde_json::json!({"msg_data_id": support::ART.msg_data_id, "index": 0,
                                  "begin": 0, "count": 10, "type": 0});
    for _ in 0..3 {
        let v = call(&url, "/cgi-bin/comment/list", Some(&token), list.clone()).await;
        assert_eq!(v["errcode"], -1, "{v}");
    }

    for bad in [
        &["--fail-rate", "1.5"][..],
        &["--fail-rate", "NaN"],
        &["--expire-token-every", "0"],
        &["--quota", "-1"],
        &["--latency-ms", "soon"],
        &["--data", "/nonexistent/wxmod-data.json"],
    ] {
        let output = home
            .command()
            .args(["sim", "--listen", "127.0.0.1:0"])
            .args(bad)
            .output()
            .await
            .unwrap();
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{bad:?}: {stderr}");
        assert!(!stdout.contains("listening"), "{bad:?}: {stdout}");
    }
}

#[tokio::test]
async fn the_banner_speaks_the_users_language() {
    use wxmod::cli::{Exit, SimArgs, sim_cmd};
    use wxmod::i18n::Lang;
    let args = SimArgs {
        listen: "127.0.0.1:0".parse().unwrap(),
        data: None,
        latency_ms: 0,
        quota: Some(100),
        fail_rate: 0.0,
        expire_token_every: None,
    };
    let mut out = Vec::new();
    let exit = sim_cmd::serve_until_in(&args, Lang::Zh, async {}, &mut out).await;
    assert_eq!(exit, Exit::Ok);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("wxmod 模拟器正在监听 http://127.0.0.1:"),
        "{text}"
    );
    assert!(text.contains("export WXMOD_APPID="), "{text}");
    assert!(text.contains("每个接口每天 100 次"), "{text}");
    assert!(text.contains("模拟器已停止。"), "{text}");
    assert!(
        !text.contains("Serving") && !text.contains("Articles"),
        "{text}"
    );
}
