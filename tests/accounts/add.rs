//! `wxmod account add NAME` driven through its prompts on piped stdin: the
//! config written 0600 with the rest of the file kept, the secret never
//! echoed, and the live check explaining 40164 (with the address the server
//! saw) and 40125 in the user's terms.

use super::support::Home;
use super::{run, run_env, sim, write_config};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET};

const STABLE_TOKEN: &str = "/cgi-bin/stable_token";

#[cfg(unix)]
fn mode(home: &Home) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(home.config_file())
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_add_asks_writes_a_private_file_and_checks_it_live() {
    let sim = sim(3).await;
    let home = Home::new();
    // An existing config, readable by others (no secret in it yet), with a comment.
    std::fs::write(home.config_file(), "# my settings\nconcurrency = 8\n").unwrap();
    let answers = format!("{DEMO_APPID}\n1\n{DEMO_SECRET}\n");
    let ran = run(
        &home,
        &[
            "--api-base",
            &sim.url(),
            "account",
            "add",
            "shop",
            "--display-name",
            "旗舰店",
        ],
        Some(&answers),
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("appid") && ran.stderr.contains("app secret"),
        "asked: {}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains("Account \"shop\" works"),
        "{}",
        ran.stderr
    );
    assert!(!ran.stderr.contains(DEMO_SECRET) && !ran.stdout.contains(DEMO_SECRET));
    let text = std::fs::read_to_string(home.config_file()).unwrap();
    assert!(
        text.starts_with("# my settings\nconcurrency = 8\n"),
        "{text}"
    );
    assert!(
        text.contains("[accounts.shop]") && text.contains("name = \"旗舰店\""),
        "{text}"
    );
    #[cfg(unix)]
    assert_eq!(mode(&home), 0o600);
    assert_eq!(sim.control().token_fetches(), 1);

    // The new account is usable, and listed; adding it twice is refused.
    let ran = run(&home, &["accounts", "--json"], None).await;
    let list = ran.json_lines();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0]["name"].as_str(), list[0]["token_cached"].as_bool()),
        (Some("shop"), Some(true))
    );
    let ran = run(
        &home,
        &["account", "add", "shop", "--appid", DEMO_APPID],
        Some(""),
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("already exists"), "{}", ran.stderr);

    // A token command instead of a secret, given as flags: nothing asked.
    let ran = run(
        &home,
        &[
            "account",
            "add",
            "agency",
            "--appid",
            "wxagency00000001",
            "--with-token-command",
            "echo T",
            "--no-check",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let text = std::fs::read_to_string(home.config_file()).unwrap();
    // The first account stays the default once it is no longer the only one.
    assert!(
        text.starts_with("default_account = \"shop\"\n\n# my settings\n"),
        "{text}"
    );
    assert!(ran.stderr.contains("--account agency"), "{}", ran.stderr);
    assert!(
        text.contains(
            "[accounts.agency]\nappid = \"wxagency00000001\"\ntoken_command = \"echo T\"\n"
        ),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_add_explains_the_ip_whitelist_with_the_address_the_server_saw() {
    let sim = sim(1).await;
    let home = Home::new();
    sim.control().answer_body_next(
        STABLE_TOKEN,
        r#"{"errcode":40164,"errmsg":"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6f1a-2b"}"#,
        1,
    );
    let answers = format!("{DEMO_APPID}\n\n{DEMO_SECRET}\n");
    let ran = run(
        &home,
        &["--api-base", &sim.url(), "account", "add", "shop"],
        Some(&answers),
    )
    .await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    for needle in [
        "203.0.113.7",
        "IP 白名单",
        "设置与开发 → 基本配置",
        "wxmod account check shop",
    ] {
        assert!(ran.stderr.contains(needle), "{needle} in {}", ran.stderr);
    }
    // Saved all the same: once whitelisted, the check passes.
    let ran = run(
        &home,
        &["--api-base", &sim.url(), "account", "check", "shop"],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);

    // In Chinese too.
    sim.control().answer_body_next(
        STABLE_TOKEN,
        r#"{"errcode":40164,"errmsg":"invalid ip 198.51.100.20, not in whitelist"}"#,
        1,
    );
    let ran = run_env(
        &home,
        &[
            "--api-base",
            &sim.url(),
            "account",
            "add",
            "other",
            "--appid",
            "wxother0000000001",
            "--secret-stdin",
        ],
        Some("some-secret\n"),
        &[("LANG", "zh_CN.UTF-8")],
    )
    .await;
    assert!(
        ran.stderr
            .contains("198.51.100.20 不在该公众号的 IP 白名单里"),
        "{}",
        ran.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_add_says_when_the_secret_is_wrong() {
    let sim = sim(1).await;
    let home = Home::new();
    write_config(&home, "");
    let answers = format!("{DEMO_APPID}\n1\nnot-the-secret\n");
    let ran = run(
        &home,
        &["--api-base", &sim.url(), "account", "add", "shop"],
        Some(&answers),
    )
    .await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("40125") && ran.stderr.contains("app secret is wrong"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains(DEMO_APPID) && !ran.stderr.contains("not-the-secret"),
        "{}",
        ran.stderr
    );

    // Injected as the brief's other way in: a 40125 answer for a right secret.
    sim.control().fail_next(STABLE_TOKEN, 40125, 1);
    let answers = format!("{DEMO_APPID}\n1\n{DEMO_SECRET}\n");
    let ran = run(
        &home,
        &["--api-base", &sim.url(), "account", "add", "two"],
        Some(&answers),
    )
    .await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    assert!(ran.stderr.contains("app secret is wrong"), "{}", ran.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_add_refuses_bad_names_and_appids_and_writes_nothing() {
    let home = Home::new();
    let ran = run(&home, &["account", "add", "my shop"], Some("")).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    let ran = run(&home, &["account", "add", "shop"], Some("gh_12345\n")).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("starts with wx"), "{}", ran.stderr);
    let ran = run(&home, &["account", "add", "shop"], Some("wx1234567890\n")).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("input ended"), "{}", ran.stderr);
    assert!(!home.config_file().exists());
}
