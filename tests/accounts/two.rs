//! Two accounts, each on its own simulator: separate tokens and caches, each
//! batch journaled under its account, history filtered by account, and undo
//! and retry refused for the other account's batch.

use super::support::{ART_ARG, Home};
use super::{run, sim, write_config};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET};

fn two_accounts(home: &Home, a: &str, b: &str) {
    write_config(
        home,
        &format!(
            "default_account = \"shop\"\n\n[accounts.shop]\nname = \"旗舰店\"\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"{a}\"\n\n[accounts.brand]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\napi_base = \"{b}\"\n"
        ),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_accounts_keep_their_tokens_caches_and_batches_apart() {
    let (sim_a, sim_b) = (sim(4).await, sim(4).await);
    let (ctl_a, ctl_b) = (sim_a.control(), sim_b.control());
    let home = Home::new();
    two_accounts(&home, &sim_a.url(), &sim_b.url());
    let id_a = ctl_a.elected_ids(super::ART)[0].to_string();
    let id_b = ctl_b.elected_ids(super::ART)[1].to_string();

    // No --account: default_account (shop, on simulator A).
    let ran = run(
        &home,
        &[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--comment-id",
            &id_a,
            "--yes",
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let ran = run(
        &home,
        &[
            "--account",
            "brand",
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--comment-id",
            &id_b,
            "--yes",
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!((ctl_a.token_fetches(), ctl_b.token_fetches()), (1, 1));
    assert_eq!(ctl_a.elected_ids(super::ART).len(), 3);
    assert_eq!(ctl_b.elected_ids(super::ART).len(), 3);

    // Each account's token sits in its own cache dir, and is reused.
    for name in ["shop", "brand"] {
        let dir = home.cache_dir().join("accounts").join(name);
        let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(files.len(), 1, "one token file in {}", dir.display());
    }
    let ran = run(
        &home,
        &["--account", "brand", "list", "--msg-data-id", ART_ARG],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(ctl_b.token_fetches(), 1, "brand's cached token was reused");

    // `wxmod accounts`: both, appids in full, cached tokens, shop the default.
    let ran = run(&home, &["accounts", "--json"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let list = ran.json_lines();
    let names: Vec<&str> = list.iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["brand", "shop"]);
    for v in &list {
        assert_eq!(v["appid"], DEMO_APPID);
        assert_eq!(v["token_source"], "app_credentials");
        assert_eq!(v["token_cached"], true, "{v}");
        assert_eq!(v["default"], v["name"] == "shop", "{v}");
    }
    assert_eq!(list[1]["display_name"], "旗舰店");
    assert!(!ran.stdout.contains(DEMO_SECRET));
    let ran = run(&home, &["accounts"], None).await;
    assert!(
        ran.stdout.contains("* shop — 旗舰店 (default)"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(&format!("appid: {DEMO_APPID}")),
        "{}",
        ran.stdout
    );
    assert!(!ran.stdout.contains(DEMO_SECRET));

    // The journal names the account of each batch; history shows and filters it.
    let ran = run(&home, &["history", "--json"], None).await;
    let batches = ran.json_lines();
    let accounts: Vec<(&str, &str)> = batches
        .iter()
        .map(|b| {
            (
                b["account_name"].as_str().unwrap(),
                b["appid"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(accounts, [("brand", DEMO_APPID), ("shop", DEMO_APPID)]);
    let brand_batch = batches[0]["batch_id"].as_str().unwrap().to_string();
    let shop_batch = batches[1]["batch_id"].as_str().unwrap().to_string();
    let ran = run(&home, &["--account", "shop", "history", "--json"], None).await;
    let only: Vec<Value> = ran.json_lines();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["batch_id"], shop_batch.as_str());
    let ran = run(&home, &["history"], None).await;
    assert!(
        ran.stdout.contains("ACCOUNT") && ran.stdout.contains("brand"),
        "{}",
        ran.stdout
    );

    let ran = run(&home, &["history", &brand_batch], None).await;
    assert!(
        ran.stdout
            .contains(&format!("brand (appid {DEMO_APPID}) · app credentials")),
        "{}",
        ran.stdout
    );
    // In Chinese, no English label from the journal: the name and appid.
    let ran = super::run_env(
        &home,
        &["history", &brand_batch],
        None,
        &[("WXMOD_LANG", "zh")],
    )
    .await;
    assert!(
        ran.stdout.contains(&format!("brand（appid {DEMO_APPID}）"))
            && !ran.stdout.contains("app credentials"),
        "{}",
        ran.stdout
    );

    // Undo and retry of the other account's batch: refused before any call,
    // naming the account to pick.
    let calls_before = (
        ctl_a.calls(super::support::MARK),
        ctl_b.calls(super::support::MARK),
    );
    let ran = run(&home, &["undo", &brand_batch, "--yes"], None).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("\"brand\"") && ran.stderr.contains("--account brand"),
        "{}",
        ran.stderr
    );
    let ran = run(
        &home,
        &["--account", "brand", "retry", &shop_batch, "--yes"],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("--account shop"), "{}", ran.stderr);
    assert_eq!(
        (
            ctl_a.calls(super::support::MARK),
            ctl_b.calls(super::support::MARK)
        ),
        calls_before
    );
    // A plain `undo` picks the latest batch of the selected account.
    let ran = run(&home, &["undo", "--yes", "--json"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(
        ctl_a.elected_ids(super::ART).len(),
        4,
        "shop's comment re-elected"
    );
    assert_eq!(ctl_b.elected_ids(super::ART).len(), 3, "brand's left alone");
    let ran = run(
        &home,
        &[
            "--account",
            "brand",
            "undo",
            &brand_batch,
            "--yes",
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(ctl_b.elected_ids(super::ART).len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_account_is_a_usage_error_naming_the_configured_ones() {
    let home = Home::new();
    two_accounts(&home, "http://127.0.0.1:9", "http://127.0.0.1:9");
    let ran = run(
        &home,
        &["--account", "shpo", "list", "--msg-data-id", ART_ARG],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("\"shpo\"") && ran.stderr.contains("brand, shop"),
        "{}",
        ran.stderr
    );
    let ran = super::run_env(
        &home,
        &["accounts"],
        None,
        &[("WXMOD_ACCOUNT", "shpo"), ("LANG", "zh_CN.UTF-8")],
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("没有名为“shpo”的账号") && ran.stderr.contains("brand、shop"),
        "{}",
        ran.stderr
    );
}

use serde_json::Value;
