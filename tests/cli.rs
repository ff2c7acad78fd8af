//! The `wxmod` binary as a user runs it: `list`, argument errors, the demo, and
//! secrets that must never show up in any output or log, whatever the verbosity.

#[path = "cli/lang.rs"]
mod lang;
#[path = "cli/sim_cmd.rs"]
mod sim_cmd;

#[path = "support/mod.rs"]
mod support;

use std::process::Output;

use support::{Home, start_sim};
use wxmod::api::wire::Article;
use wxmod::sim::{self, SimControl, SimData, SimHandle, SimOptions};

const APPID: &str = "wxtestappid000001";
const SECRET: &str = "S3CRET-never-print-me-4242";

const ARTICLE: Article = Article {
    msg_data_id: 2_247_483_700,
    index: 1,
};

async fn simulator(elected: usize, normal: usize) -> SimHandle {
    let options = SimOptions {
        appid: APPID.into(),
        secret: SECRET.into(),
        ..SimOptions::default()
    };
    start_sim(SimData::generated(ARTICLE, elected, normal), options).await
}

impl Home {
    /// Everything wxmod wrote under this home, except the token cache (which must hold the token).
    fn written_files(&self) -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if !path.ends_with("cache") {
                        stack.push(path);
                    }
                } else {
                    let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                    found.push((path.display().to_string(), text));
                }
            }
        }
        found
    }
}

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn with_credentials(cmd: &mut tokio::process::Command, sim: &SimHandle) {
    cmd.env("WXMOD_API_BASE", sim.url())
        .env("WXMOD_APPID", APPID)
        .env("WXMOD_SECRET", SECRET);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_prints_every_elected_comment_as_json_lines() {
    let sim = simulator(120, 30).await;
    let home = Home::new();
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .args(["list", "--msg-data-id", "2247483700_2", "--json"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("msg_data_id 2247483700, index 1"),
        "{stderr}"
    );
    let ids: Vec<u64> = stdout
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["comment_type"], 1);
            for key in ["openid", "create_time", "content", "reply"] {
                assert!(v.get(key).is_some(), "{key} missing in {line}");
            }
            v["user_comment_id"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 120);
    let mut expected = sim.control().elected_ids(ARTICLE);
    let mut got = ids.clone();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_table_shows_parsed_article_and_counts() {
    let sim = simulator(3, 2).await;
    let home = Home::new();
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let link = "https://mp.weixin.qq.com/s?__biz=MzA5&mid=2247483700&idx=2&sn=ab#rd";
    let output = cmd
        .args(["list", "--msg-data-id", link, "--type", "all"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("index 1 (from link: idx is 1-based)"),
        "{stderr}"
    );
    assert!(stdout.contains("5 comments (3 elected ★"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_msg_data_ids_are_usage_errors_and_send_nothing() {
    let sim = simulator(3, 0).await;
    let home = Home::new();
    for bad in [
        "abc",
        "",
        "-12",
        "99999999999999999999999",
        "12_0",
        "12_9",
        "12_3_4",
        "１２ ３",
        "1e5",
        "https://mp.weixin.qq.com/s?mid=12&idx=0",
        "https://mp.weixin.qq.com/s?amid=12",
        "12\u{1b}]0;pwned\u{7}\u{1b}[2J",
    ] {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        let output = cmd
            .args(["list", "--msg-data-id", bad])
            .output()
            .await
            .unwrap();
        let (_, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{bad:?}: {stderr}");
        assert!(stderr.contains("--msg-data-id"), "{bad:?}: {stderr}");
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
            "{bad:?}: raw control characters echoed: {stderr:?}"
        );
    }
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .args(["list", "--msg-data-id", "12", "--index", "8"])
        .output()
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(sim.control().calls("/cgi-bin/comment/list"), 0);
    assert_eq!(sim.control().token_fetches(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_article_is_a_stop_with_the_remedy() {
    let sim = simulator(3, 0).await;
    let home = Home::new();
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .args(["list", "--msg-data-id", "2247483700"])
        .output()
        .await
        .unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("88001"), "{stderr}");
    assert!(
        stderr.contains("check the msg_data_id and the index"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_to_a_remote_host_is_refused_before_any_request() {
    let home = Home::new();
    for base in [
        "http://api.weixin.qq.com",
        "http://127.0.0.1.evil.com",
        "http://localhost.evil.com:8080",
        "http://127.0.0.1@evil.com",
    ] {
        let mut cmd = home.command();
        cmd.env("WXMOD_ACCESS_TOKEN", "whatever-token-123").args([
            "--api-base",
            base,
            "list",
            "--msg-data-id",
            "1",
        ]);
        let output = cmd.output().await.unwrap();
        let (_, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{base}: {stderr}");
        assert!(stderr.contains("http://"), "{stderr}");
        assert!(!stderr.contains("whatever-token-123"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn world_readable_config_with_secret_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!("appid = \"{APPID}\"\nsecret = \"{SECRET}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    let output = home
        .command()
        .args(["list", "--msg-data-id", "1"])
        .output()
        .await
        .unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("chmod 600"), "{stderr}");
    assert!(!stderr.contains(SECRET));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secret_and_tokens_never_appear_in_output_or_logs_at_max_verbosity() {
    let sim = simulator(60, 5).await;
    let control: SimControl = sim.control();
    let home = Home::new();
    let log = home.path().join("wxmod.log");
    // First run fetches and caches a token; then the server invalidates it, so the
    // second run has to refresh in the middle of its work.
    let mut tokens = Vec::new();
    for round in 0..2 {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        cmd.arg("-vvv").arg("--log-file").arg(&log);
        cmd.args([
            "list",
            "--msg-data-id",
            "2247483700",
            "--index",
            "1",
            "--type",
            "all",
        ]);
        let output = cmd.output().await.unwrap();
        let (stdout, stderr) = text(&output);
        assert!(output.status.success(), "round {round}: {stderr}");
        tokens.push(current_cached_token(&home));
        let all = format!("{stdout}\n{stderr}");
        assert!(!all.contains(SECRET), "secret printed: {all}");
        for token in &tokens {
            assert!(!all.contains(token.as_str()), "token printed");
        }
        control.invalidate_tokens();
    }
    // Errors too: a wrong secret, a rejected ready token.
    let mut cmd = home.command();
    cmd.env("WXMOD_API_BASE", sim.url())
        .env("WXMOD_APPID", APPID)
        .env("WXMOD_SECRET", "wrong-secret-also-private")
        .env("WXMOD_CACHE_DIR", home.path().join("cache2"))
        .arg("-vvv")
        .arg("--log-file")
        .arg(&log)
        .args(["list", "--msg-data-id", "2247483700_2"]);
    let output = cmd.output().await.unwrap();
    let (stdout, stderr) = text(&output);
    assert_ne!(output.status.code(), Some(0));
    assert!(stderr.contains("40125"), "{stderr}");
    assert!(!format!("{stdout}{stderr}").contains("wrong-secret-also-private"));

    let stale = tokens[0].clone();
    let mut cmd = home.command();
    cmd.env("WXMOD_API_BASE", sim.url())
        .env("WXMOD_ACCESS_TOKEN", &stale)
        .arg("-vvv")
        .arg("--log-file")
        .arg(&log)
        .args(["list", "--msg-data-id", "2247483700_2"]);
    let output = cmd.output().await.unwrap();
    let (stdout, stderr) = text(&output);
    assert_ne!(output.status.code(), Some(0));
    assert!(stderr.contains("WXMOD_ACCESS_TOKEN"), "{stderr}");
    assert!(!format!("{stdout}{stderr}").contains(&stale));

    let files = home.written_files();
    assert!(
        files
            .iter()
            .any(|(p, t)| p.ends_with("wxmod.log") && !t.is_empty())
    );
    for (path, content) in files {
        assert!(!content.contains(SECRET), "secret in {path}");
        assert!(
            !content.contains("wrong-secret-also-private"),
            "secret in {path}"
        );
        for token in &tokens {
            assert!(!content.contains(token.as_str()), "token in {path}");
        }
    }
}

/// The token wxmod cached (the cache is the one place allowed to hold it):
/// in the cache dir of the account the old top-level keys make, `default`.
fn current_cached_token(home: &Home) -> String {
    let dir = home.path().join("cache").join("accounts").join("default");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .expect("a token cache file");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(entry).unwrap()).unwrap();
    v["access_token"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_lists_an_article_without_credentials() {
    let home = Home::new();
    let output = home
        .command()
        .args(["--demo", "list", "--msg-data-id", "2247483652"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("DEMO"), "{stderr}");
    assert!(stdout.contains("elected ★"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "raw escape in demo output");
}

#[test]
fn parsed_arguments_never_debug_print_the_access_token() {
    use clap::Parser;
    let cli = wxmod::cli::Cli::try_parse_from([
        "wxmod",
        "--access-token",
        "TOK-XYZ-0042",
        "list",
        "--msg-data-id",
        "1",
    ])
    .unwrap();
    assert_eq!(cli.global.access_token.as_deref(), Some("TOK-XYZ-0042"));
    let shown = format!("{cli:?} {:#?}", cli.global);
    assert!(!shown.contains("TOK-XYZ-0042"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
}
