//! The demo's two accounts on the command line: `--demo accounts` lists
//! both (never a secret), and `--demo --account demo2` works on the second
//! account's own articles; an unknown demo account names the two.

use super::{Home, run};
use wxmod::sim::{DEMO_APPID, DEMO_SECOND_APPID, DEMO_SECOND_SECRET, DEMO_SECRET};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_lists_its_two_accounts_without_a_secret() {
    let home = Home::new();
    let ran = run(&home, &["--demo", "accounts", "--json"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let lines = ran.json_lines();
    let row = |i: usize, key: &str| lines[i][key].clone();
    assert_eq!(lines.len(), 2, "{}", ran.stdout);
    assert_eq!(
        (row(0, "name"), row(0, "appid")),
        ("demo".into(), DEMO_APPID.into())
    );
    assert_eq!(
        (row(1, "name"), row(1, "appid")),
        ("demo2".into(), DEMO_SECOND_APPID.into())
    );
    assert_eq!(
        (row(0, "selected"), row(1, "selected")),
        (true.into(), false.into())
    );
    assert_eq!(row(1, "token_source"), "app_credentials");
    assert!(row(1, "display_name").is_string());

    let ran = run(&home, &["--demo", "--account", "demo2", "accounts"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stdout.contains("* demo2"), "{}", ran.stdout);
    assert!(ran.stdout.contains(DEMO_SECOND_APPID), "{}", ran.stdout);
    for secret in [DEMO_SECRET, DEMO_SECOND_SECRET] {
        assert!(!ran.stdout.contains(secret) && !ran.stderr.contains(secret));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demos_second_account_reads_its_own_articles() {
    let home = Home::new();
    let ran = run(
        &home,
        &[
            "--demo",
            "--account",
            "demo2",
            "articles",
            "--days",
            "14",
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let ids: Vec<(u64, u64)> = ran
        .json_lines()
        .iter()
        .map(|v| {
            (
                v["msg_data_id"].as_u64().unwrap(),
                v["index"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (2_650_000_101, 0),
            (2_650_000_101, 1),
            (2_650_000_117, 0),
            (2_650_000_123, 0)
        ]
    );

    let ran = run(
        &home,
        &[
            "--demo",
            "--account",
            "demo2",
            "list",
            "--msg-data-id",
            "2650000117",
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(ran.json_lines().len(), 4, "{}", ran.stdout);

    // The first account's article is not the second's.
    let ran = run(
        &home,
        &[
            "--demo",
            "--account",
            "demo2",
            "list",
            "--msg-data-id",
            "2247483652",
            "--json",
        ],
        None,
    )
    .await;
    assert_ne!(ran.code, Some(0), "{}", ran.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_demo_account_names_the_two() {
    let home = Home::new();
    let ran = run(
        &home,
        &[
            "--demo",
            "--account",
            "shop",
            "list",
            "--msg-data-id",
            "2247483652",
        ],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("demo, demo2"), "{}", ran.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_account_lists_the_known_ones_as_each_language_lists() {
    let home = Home::new();
    let args = ["--demo", "--account", "nope", "accounts"];
    let ran = super::run_env(&home, &args, None, &[("WXMOD_LANG", "zh")]).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("（已配置：demo、demo2）"),
        "{}",
        ran.stderr
    );
    let ran = super::run(&home, &args, None).await;
    assert!(
        ran.stderr.contains("(configured: demo, demo2)"),
        "{}",
        ran.stderr
    );
}
