//! `--comment-id` lists (commas, spaces, full-width commas, a bad element),
//! `history --failed`, and the demo whose journal lives and dies with its
//! simulator.

use super::*;
use support::Lang as _;

#[tokio::test]
async fn comment_id_takes_comma_lists_with_spaces_and_full_width_commas() {
    let cli = Cli::new(6, 0).await;
    let e = cli.elected();
    let (a, b, c) = (
        format!("{},{}", e[0], e[1]),
        format!("{} , {}", e[2], e[3]),
        format!("{}，{}", e[4], e[5]),
    );
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--comment-id",
        &a,
        "--comment-id",
        &b,
        "--comment-id",
        &c,
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        cli.elected().is_empty(),
        "all six deselected: {}",
        ran.stdout
    );
}

#[tokio::test]
async fn a_bad_element_is_a_usage_error_naming_it_in_the_users_language() {
    let cli = Cli::new(2, 0).await;
    let e = cli.elected();
    let list = format!("{},12x,{}", e[0], e[1]);
    let args = [
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--comment-id",
        &list,
    ];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("\"12x\" is not a comment id"),
        "{}",
        ran.stderr
    );
    assert!(!ran.stderr.contains("invalid digit"), "{}", ran.stderr);
    let zh = cli.run_with_env(&args, &[("LANG", "zh_CN.UTF-8")]).await;
    assert_eq!(zh.code, Some(2), "{}", zh.stderr);
    assert!(zh.stderr.contains("“12x”不是留言 id"), "{}", zh.stderr);
    assert_eq!(cli.elected(), e, "nothing sent");
}

#[tokio::test]
async fn history_failed_lists_only_batches_that_left_work_and_only_those_items() {
    let cli = Cli::new(5, 0).await;
    let e = cli.elected();
    let clean = format!("{},{}", e[0], e[1]);
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--yes",
            "--comment-id",
            &clean,
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    // 424242 is no comment of the article: the simulator answers with an error.
    let mixed = format!("{},424242", e[2]);
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--yes",
            "--comment-id",
            &mixed,
        ])
        .await;
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);

    let all = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(all.len(), 2);
    let failed = cli
        .run(&["history", "--failed", "--json"])
        .await
        .json_lines();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0], all[0], "the same object, keys kept");
    let id = failed[0]["batch_id"].as_str().unwrap().to_string();

    let table = cli.run(&["history", "--failed"]).await;
    assert!(table.stdout.contains(&id), "{}", table.stdout);
    let clean_id = all[1]["batch_id"].as_str().unwrap();
    assert!(!table.stdout.contains(clean_id), "{}", table.stdout);

    let items = cli
        .run(&["history", &id, "--failed", "--json"])
        .await
        .json_lines();
    let ids: Vec<&Value> = items[1..].iter().map(|i| &i["user_comment_id"]).collect();
    assert_eq!(ids, [&serde_json::json!(424242)], "{items:?}");
    assert_eq!(items[0]["type"], "batch");
    let text = cli.run(&["history", &id, "--failed"]).await;
    assert!(text.stdout.contains("424242"), "{}", text.stdout);
    assert!(!text.stdout.contains(&e[2].to_string()), "{}", text.stdout);
    let whole = cli.run(&["history", &id]).await;
    assert!(whole.stdout.contains(&e[2].to_string()), "{}", whole.stdout);
}

#[tokio::test]
async fn history_failed_says_when_no_batch_left_work() {
    let cli = Cli::new(2, 0).await;
    let ids = format!("{}", cli.elected()[0]);
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--yes",
            "--comment-id",
            &ids,
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let none = cli.run(&["history", "--failed"]).await;
    assert_eq!(none.code, Some(0));
    assert!(none.stdout.is_empty(), "{}", none.stdout);
    assert!(
        none.stderr.contains("no batch has failed"),
        "{}",
        none.stderr
    );
}

async fn demo(home: &Home, lang: &str, args: &[&str]) -> Ran {
    let out = home
        .command()
        .lang(lang)
        .arg("--demo")
        .args(args)
        .output()
        .await
        .unwrap();
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[tokio::test]
async fn every_demo_run_starts_consistent_and_keeps_no_history() {
    let home = Home::new();
    let args = [
        "unelect",
        "--msg-data-id",
        "2247483652",
        "--comment-id",
        "124,119",
        "--yes",
    ];
    let ran = demo(&home, "en", &args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("keeps no history"), "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("cannot be undone or retried by a later command"),
        "{}",
        ran.stdout
    );
    assert!(!ran.stdout.contains("wxmod undo"), "{}", ran.stdout);
    // The run's journal went with its simulator.
    let demo_dir = home.data_dir().join("demo");
    let left: Vec<_> = std::fs::read_dir(&demo_dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");

    // A later run finds no batch of a simulator it never ran, not nonsense
    // about comments "already elected, or not found".
    let undo = demo(&home, "en", &["undo", "--yes"]).await;
    assert_eq!(undo.code, Some(2), "{}", undo.stderr);
    assert!(undo.stderr.contains("nothing to undo"), "{}", undo.stderr);
    assert!(!undo.stderr.contains("already elected"), "{}", undo.stderr);
    // And the fresh simulator holds 124 elected again: the same batch works.
    let again = demo(&home, "en", &args).await;
    assert_eq!(again.code, Some(0), "{}", again.stderr);
    assert!(
        again.stdout.contains("Deselected 2 of 2"),
        "{}",
        again.stdout
    );

    let history = demo(&home, "zh", &["history"]).await;
    assert_eq!(history.code, Some(0), "{}", history.stderr);
    assert!(history.stdout.is_empty(), "{}", history.stdout);
    assert!(
        history.stderr.contains("演示不跨次保留操作记录"),
        "{}",
        history.stderr
    );
}
