//! `wxmod undo` and `wxmod history` after a real batch.

use super::*;

#[tokio::test]
async fn undo_re_elects_exactly_the_deselected_comments() {
    let cli = Cli::new(20, 5).await;
    let before = cli.elected();
    let mut targets = before[..8].to_vec();
    targets.push(777);
    let ids = id_args(&targets);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG, "--yes", "--json"];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(1), "777 fails: {}", ran.stderr);
    assert_eq!(cli.elected().len(), 12);
    let first = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();

    // Without --yes and without a terminal, undo refuses too.
    assert_eq!(cli.run(&["undo"]).await.code, Some(2));
    let undo = cli.run(&["undo", "--yes", "--json"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert!(
        undo.stderr.contains(&first),
        "the plan names the batch: {}",
        undo.stderr
    );
    assert_eq!(cli.elected(), before);
    assert_eq!(cli.ctl.calls(MARK), 8, "only the 8 deselected, not 777");
    let again = cli.run(&["undo", &first, "--yes"]).await;
    assert_eq!(again.code, Some(2));
    assert!(
        again.stderr.contains("already re-elected"),
        "{}",
        again.stderr
    );

    let history = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["undo_of"], first.as_str());
    assert_eq!(history[1]["undone_by"][0], history[0]["batch_id"]);
    let detail = cli.run(&["history", &first]).await;
    assert!(detail.stdout.contains("777"), "{}", detail.stdout);
    assert!(detail.stdout.contains("88008"), "{}", detail.stdout);
}

#[tokio::test]
async fn elect_elects_and_history_lists_newest_first_within_the_limit() {
    let cli = Cli::new(3, 4).await;
    let normal: Vec<u64> = cli
        .ctl
        .comments(ART)
        .iter()
        .filter(|c| !c.is_elected())
        .map(|c| c.user_comment_id)
        .collect();
    let ran = cli
        .run(&["elect", "--msg-data-id", ART_ARG, "--all", "--yes"])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("Elect all 4 normal comments"),
        "{}",
        ran.stderr
    );
    assert!(ran.stdout.contains("Elected 4 of 4"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains("wxmod undo"),
        "an elect batch can be undone: {}",
        ran.stdout
    );
    assert_eq!(cli.elected().len(), 7);
    assert_eq!(cli.ctl.calls(MARK), 4);

    let id = normal[0].to_string();
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--comment-id",
            &id,
            "--yes",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let table = cli.run(&["history", "--limit", "1"]).await;
    let rows: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(rows.len(), 2, "a header and one batch: {}", table.stdout);
    // The same word as the plan and the summary ("deselect", not "unelect").
    assert!(rows[1].contains("deselect"), "newest first: {}", rows[1]);
    let all = cli.run(&["history", "--json"]).await.json_lines();
    let ops: Vec<&str> = all.iter().map(|b| b["op"].as_str().unwrap()).collect();
    assert_eq!(ops, ["unmark_elect", "mark_elect"]);
}

#[tokio::test]
async fn history_and_undo_speak_chinese_with_the_users_offset() {
    let cli = Cli::new(3, 0).await;
    let id = cli.elected()[0].to_string();
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--comment-id",
            &id,
            "--yes",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let zh = |args: &[&str], offset: &str| {
        let mut cmd = cli.command(args);
        cmd.env("LANG", "zh_CN.UTF-8")
            .env("WXMOD_UTC_OFFSET", offset);
        cmd
    };
    let table = |out: std::process::Output| String::from_utf8(out.stdout).unwrap();
    let east = table(zh(&["history"], "+08:00").output().await.unwrap());
    let west = table(zh(&["history"], "-05:00").output().await.unwrap());
    assert!(
        east.contains("取消精选") && east.contains("已完成"),
        "{east}"
    );
    assert!(east.lines().next().unwrap().contains("开始时间"), "{east}");
    assert_ne!(east, west, "the times follow WXMOD_UTC_OFFSET");
    let undo = zh(&["undo", "--dry-run"], "+08:00").output().await.unwrap();
    let plan = String::from_utf8(undo.stderr).unwrap();
    assert_eq!(undo.status.code(), Some(0), "{plan}");
    assert!(
        plan.contains("撤销批次") && plan.contains("恢复精选 1 条留言"),
        "{plan}"
    );
    assert!(plan.contains("试运行"), "{plan}");
}
