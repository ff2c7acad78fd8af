//! `--where`, `--rule` and the convenience flags on `list`, `unelect` and
//! `elect` against the simulator: exactly what matches is listed or sent; a
//! query that does not parse sends nothing and points at the place.

use super::*;

/// Comments are "generated comment #i", ids 1_000_000 + i.
const ID: u64 = 1_000_000;

#[tokio::test]
async fn list_where_lists_what_matches() {
    let cli = Cli::new(6, 6).await;
    let args = [
        "list",
        "--msg-data-id",
        ART_ARG,
        "--type",
        "all",
        "--json",
        "--where",
        "#1 | #1０",
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let mut ids: Vec<u64> = ran
        .json_lines()
        .iter()
        .map(|v| v["user_comment_id"].as_u64().unwrap())
        .collect();
    ids.sort_unstable();
    // "#1" is in #1, #10 and #11; the full-width "#1０" is #10.
    assert_eq!(ids, vec![ID + 1, ID + 10, ID + 11]);
}

#[tokio::test]
async fn unelect_where_all_deselects_exactly_what_matches() {
    let cli = Cli::new(6, 0).await;
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--all",
        "--where",
        "id:1000001..1000002 | #5",
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(cli.elected(), vec![ID, ID + 3, ID + 4]);
    // The convenience flags are the same language: one author, every elected.
    let author = format!("oGEN{:024}", 4);
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--all",
        "--author",
        &author,
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(cli.elected(), vec![ID, ID + 3]);
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--all",
        "--where",
        "抽中",
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("matches 抽中"), "{}", ran.stderr);
    assert_eq!(cli.elected(), vec![ID, ID + 3], "nothing sent");
}

#[tokio::test]
async fn where_selects_among_the_ids_given() {
    let cli = Cli::new(6, 0).await;
    let ids = format!("{},{},{}", ID, ID + 1, ID + 2);
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--comment-id",
        &ids,
        "--contains",
        "#1",
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(cli.elected(), vec![ID, ID + 2, ID + 3, ID + 4, ID + 5]);
}

#[tokio::test]
async fn a_saved_rule_is_used_by_name_and_an_unknown_one_lists_the_rules() {
    let cli = Cli::new(6, 0).await;
    std::fs::write(
        cli.dir.config_file(),
        "[rules.spam]\nwhere = \"#2 | #3\"\n\n[rules.old]\nwhere = \"until:2000-01-01\"\n",
    )
    .unwrap();
    let base = ["unelect", "--msg-data-id", ART_ARG, "--yes", "--all"];
    let ran = cli.run(&[&base[..], &["--rule", "nope"]].concat()).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("(rules: old, spam)"), "{}", ran.stderr);
    let ran = cli.run(&[&base[..], &["--rule", "spam"]].concat()).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(cli.elected(), vec![ID, ID + 1, ID + 4, ID + 5]);
}

#[tokio::test]
async fn a_broken_query_sends_nothing_and_points_at_the_place() {
    let cli = Cli::new(3, 0).await;
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--all",
        "--where",
        "评论 (a b",
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("( is not closed"), "{}", ran.stderr);
    let lines: Vec<&str> = ran.stderr.lines().collect();
    let query = lines
        .iter()
        .position(|l| l.trim() == "评论 (a b")
        .expect("the query");
    assert_eq!(lines[query + 1], "       ^", "under the (: {}", ran.stderr);
    assert_eq!(cli.elected().len(), 3, "nothing sent");
    let zh = cli.run_with_env(&args, &[("LANG", "zh_CN.UTF-8")]).await;
    assert_eq!(zh.code, Some(2));
    assert!(zh.stderr.contains("没有闭合"), "{}", zh.stderr);
    let args = ["list", "--msg-data-id", ART_ARG, "--where", "is:marked"];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("is:marked exists only in the console"),
        "{}",
        ran.stderr
    );
}

#[tokio::test]
async fn help_query_prints_the_grammar_in_both_languages() {
    let cli = Cli::new(1, 0).await;
    let ran = cli.run(&["help", "query"]).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stdout.contains("考研 | 抽中") && ran.stdout.contains("either word"));
    assert!(ran.stdout.contains("[rules.NAME]"), "{}", ran.stdout);
    let zh = cli
        .run_with_env(&["help", "query"], &[("LANG", "zh_CN.UTF-8")])
        .await;
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    assert!(
        zh.stdout.contains("任一词") && zh.stdout.contains("re:/v[0-9]+/"),
        "{}",
        zh.stdout
    );
}
