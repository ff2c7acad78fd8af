//! Found by trying the CLI as a user would: a mistyped `history --account`
//! names the configured accounts; the demo's accounts read in Chinese; a
//! plan names the account it acts on; titles come from the account's own
//! recent list.

use super::support::Home;
use super::{run, write_config};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_of_an_unknown_account_is_a_usage_error_naming_the_configured_ones() {
    let home = Home::new();
    write_config(
        &home,
        &format!(
            "default_account = \"shop\"\n\n[accounts.shop]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\n\n[accounts.brand]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\n"
        ),
    );
    let ran = run(&home, &["--account", "shpo", "history"], None).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("\"shpo\"") && ran.stderr.contains("brand, shop"),
        "{}",
        ran.stderr
    );
    // A configured account without batches is no error.
    let ran = run(&home, &["--account", "brand", "history"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("no batch of account"), "{}", ran.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_s_accounts_read_in_chinese_without_an_english_placeholder() {
    let home = Home::new();
    let ran = super::run_env(
        &home,
        &["--demo", "accounts"],
        None,
        &[("WXMOD_LANG", "zh")],
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stdout.contains("接口：内置模拟器"), "{}", ran.stdout);
    assert!(!ran.stdout.contains("embedded simulator"), "{}", ran.stdout);
    // --json is an interface: it keeps its value.
    let ran = super::run(&home, &["--demo", "accounts", "--json"], None).await;
    assert!(
        ran.stdout.contains("\"api_base\":\"embedded simulator\""),
        "{}",
        ran.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_and_the_article_list_name_the_account_they_act_on() {
    let sim = super::sim(2).await;
    let home = Home::new();
    let base = sim.url();
    write_config(
        &home,
        &format!(
            "default_account = \"shop\"\n\n[accounts.shop]\nname = \"旗舰店\"\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"{base}\"\n\n[accounts.brand]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"{base}\"\n"
        ),
    );
    let plan = [
        "--account",
        "brand",
        "unelect",
        "--msg-data-id",
        super::support::ART_ARG,
        "--all",
        "--dry-run",
    ];
    let ran = run(&home, &plan, None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("account brand · app credentials"),
        "{}",
        ran.stderr
    );
    let ran = super::run_env(&home, &plan[2..], None, &[("WXMOD_LANG", "zh")]).await;
    assert!(ran.stderr.contains("账号 shop（旗舰店）"), "{}", ran.stderr);
    let ran = run(&home, &["articles", "--days", "1"], None).await;
    assert!(
        ran.stderr.contains("account shop (旗舰店)"),
        "{}",
        ran.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn input_that_ends_mid_prompt_says_nothing_was_written_and_how_to_go_on() {
    let home = Home::new();
    // Ctrl-D (end of input) after the appid.
    let ran = run(
        &home,
        &["account", "add", "shop"],
        Some(&format!("{DEMO_APPID}\n")),
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("nothing was written") && ran.stderr.contains("--secret-stdin"),
        "{}",
        ran.stderr
    );
    assert!(!home.config_file().exists(), "no config was written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_install_is_pointed_at_the_guided_setup() {
    let home = Home::new();
    let ran = run(&home, &["articles"], None).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("wxmod account add NAME"),
        "{}",
        ran.stderr
    );
    let ran = super::run_env(
        &home,
        &["list", "--msg-data-id", "1"],
        None,
        &[("WXMOD_LANG", "zh")],
    )
    .await;
    assert!(
        ran.stderr
            .contains("用 wxmod account add NAME 设置一个账号"),
        "{}",
        ran.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_over_several_articles_takes_titles_from_the_account_s_own_recent_list() {
    let sim = super::sim(2).await;
    let home = Home::new();
    let base = sim.url();
    write_config(
        &home,
        &format!(
            "[accounts.shop]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"{base}\"\n"
        ),
    );
    let recent = wxmod::articles::recent::RecentArticle {
        // Not in the data cube's week (the simulator's cube has ART only).
        article: wxmod::api::wire::Article {
            msg_data_id: 999,
            index: 0,
        },
        loaded_at: 1_700_000_000,
        comments: 2,
        kind: "elected".into(),
        title: Some("旗舰店的冬季新品".into()),
    };
    let dir = wxmod::paths::account_data_dir(&home.data_dir(), "shop");
    wxmod::articles::recent::save(&dir, &[recent]).unwrap();
    let args = [
        "list",
        "--msg-data-id",
        super::support::ART_ARG,
        "--msg-data-id",
        "999",
    ];
    // The article list cannot be read (no data-cube permission): the titles
    // come from the account's recent list alone.
    sim.control()
        .fail_next("/datacube/getarticletotal", 48001, 100);
    let ran = run(&home, &args, None).await;
    assert!(
        ran.stderr
            .contains("旗舰店的冬季新品 · date not listed · 999 index 0"),
        "{}\n{}",
        ran.stdout,
        ran.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_show_the_api_address_this_run_uses_when_it_is_overridden() {
    let home = Home::new();
    write_config(
        &home,
        &format!(
            "[accounts.shop]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"http://127.0.0.1:9\"\n"
        ),
    );
    let ran = run(&home, &["accounts"], None).await;
    assert!(
        ran.stdout.contains("API: http://127.0.0.1:9\n"),
        "{}",
        ran.stdout
    );
    let over = [("WXMOD_API_BASE", "http://127.0.0.1:7")];
    let ran = super::run_env(&home, &["accounts"], None, &over).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("API: http://127.0.0.1:7 (this run, from WXMOD_API_BASE; the config says http://127.0.0.1:9)"),
        "{}",
        ran.stdout
    );
    let args = ["--api-base", "http://127.0.0.1:8", "accounts"];
    let ran = super::run_env(&home, &args, None, &[("WXMOD_LANG", "zh")]).await;
    assert!(
        ran.stdout
            .contains("接口：http://127.0.0.1:8（本次运行由 --api-base 指定"),
        "{}",
        ran.stdout
    );
    // --json keeps api_base as the config's and adds what this run uses.
    let args = ["--api-base", "http://127.0.0.1:8", "accounts", "--json"];
    let line = &run(&home, &args, None).await.json_lines()[0];
    assert_eq!(line["api_base"], "http://127.0.0.1:9");
    assert_eq!(line["api_base_used"], "http://127.0.0.1:8");
    assert_eq!(line["api_base_overridden"], true);
}
