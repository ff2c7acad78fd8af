//! Closed pipes: a batch whose stderr (or stdout and stderr: `2>&1 | head -1`)
//! has lost its reader goes on, records every item and exits by how the batch
//! ended — never 101 (a panic). `list --json` and `history --json` into a
//! closed stdout end cleanly. And history tells an empty journal from one it
//! cannot read, and refuses `--limit 0`.

use support::closed_pipe;

use super::*;

/// 30 elected, the quota ends the batch after 5 (a stop line on stderr while
/// the batch runs).
async fn batch_into(cli: &Cli, stdout_closed: bool) -> (Option<i32>, String) {
    cli.ctl.set_daily_quota(Some(5));
    let mut cmd = cli.command(&[
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--all",
        "--yes",
        "--json",
        "--concurrency",
        "1",
    ]);
    cmd.stderr(closed_pipe());
    if stdout_closed {
        cmd.stdout(closed_pipe());
    }
    // Not `output()`: tokio's would put its own pipes in place of the closed ones.
    let out = cmd.spawn().unwrap().wait_with_output().await.unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn recorded(cli: &Cli) -> wxmod::batch::BatchOverview {
    let (batches, warnings) = cli.journal().batches(5).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(batches.len(), 1);
    batches[0].clone()
}

#[tokio::test]
async fn a_batch_with_stderr_closed_goes_on_and_records_everything() {
    let cli = Cli::new(30, 0).await;
    let (code, stdout) = batch_into(&cli, false).await;
    assert_eq!(code, Some(3), "stopped by the quota, not a panic: {stdout}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 31, "every item and the summary: {stdout}");
    let summary = lines.last().unwrap();
    assert_eq!(summary["stopped"]["code"], 45009);
    let o = recorded(&cli);
    assert_eq!(o.done + o.failed + o.not_attempted, 30);
    assert_eq!((o.sent_without_answer, o.never_sent), (0, 0));
    assert_eq!(o.done, 5);
    assert_eq!(cli.elected().len(), 25);
}

#[tokio::test]
async fn a_batch_whose_stderr_closes_part_way_goes_on_and_records_everything() {
    let cli = Cli::new(30, 0).await;
    cli.ctl.set_daily_quota(Some(5));
    cli.ctl.hold(UNMARK);
    let mut child = cli
        .command(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--json",
            "--concurrency",
            "1",
        ])
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    while let Some(line) = stderr.next_line().await.unwrap() {
        if line.contains("started") {
            break;
        }
    }
    // The reader goes (`| head -1`): the quota's stop line has nowhere to go.
    drop(stderr);
    until("a request in flight", || cli.ctl.waiting(UNMARK) == 1).await;
    cli.ctl.release(UNMARK);
    let out = child.wait_with_output().await.unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "stopped by the quota, not a panic"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 31, "every item and the summary");
    let o = recorded(&cli);
    assert_eq!(
        (o.done, o.failed, o.not_attempted, o.never_sent),
        (5, 1, 24, 0)
    );
}

#[tokio::test]
async fn a_batch_with_stdout_and_stderr_closed_goes_on_and_records_everything() {
    let cli = Cli::new(30, 0).await;
    let (code, _) = batch_into(&cli, true).await;
    assert_eq!(code, Some(3), "stopped by the quota, not a panic");
    let o = recorded(&cli);
    assert_eq!(
        (o.done, o.failed, o.not_attempted, o.never_sent),
        (5, 1, 24, 0),
        "five done, one 45009, the rest not attempted"
    );
    assert_eq!(cli.elected().len(), 25);
}

#[tokio::test]
async fn a_batch_that_ends_well_into_closed_pipes_exits_0() {
    let cli = Cli::new(40, 0).await;
    let mut cmd = cli.command(&["unelect", "--msg-data-id", ART_ARG, "--all", "--yes", "-v"]);
    cmd.stdout(closed_pipe()).stderr(closed_pipe());
    let status = cmd.status().await.unwrap();
    assert_eq!(status.code(), Some(0));
    let o = recorded(&cli);
    assert_eq!(o.done, 40);
    assert!(cli.elected().is_empty());
}

#[tokio::test]
async fn list_and_history_into_a_closed_stdout_end_cleanly() {
    let cli = Cli::new(400, 0).await;
    for args in [
        &["list", "--msg-data-id", ART_ARG, "--json"][..],
        &["list", "--msg-data-id", ART_ARG][..],
    ] {
        let mut cmd = cli.command(args);
        cmd.stdout(closed_pipe());
        let out = cmd.spawn().unwrap().wait_with_output().await.unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // A journal with something to show.
    let ran = cli
        .run(&["unelect", "--msg-data-id", ART_ARG, "--all", "--yes"])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let batch = recorded(&cli).batch_id;
    for args in [
        &["history", "--json"][..],
        &["history"][..],
        &["history", &batch, "--json"][..],
    ] {
        let mut cmd = cli.command(args);
        cmd.stdout(closed_pipe()).stderr(closed_pipe());
        let status = cmd.status().await.unwrap();
        assert_eq!(status.code(), Some(0), "{args:?}");
    }
}

#[tokio::test]
async fn history_tells_an_empty_journal_from_an_unreadable_one() {
    let cli = Cli::new(1, 0).await;
    let empty = cli.run(&["history"]).await;
    assert_eq!(empty.code, Some(0));
    assert!(empty.stderr.contains("no batches yet"), "{}", empty.stderr);

    let zero = cli.run(&["history", "--limit", "0"]).await;
    assert_eq!(zero.code, Some(2), "a usage error: {}", zero.stderr);
    assert!(zero.stderr.contains("--limit 0"), "{}", zero.stderr);
    assert!(!zero.stderr.contains("no batches yet"), "{}", zero.stderr);

    let dir = cli.journal().dir().to_path_buf();
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("2026-11.jsonl");
    let garbage: String = (0..40).map(|i| format!("garbage {i}\n")).collect();
    std::fs::write(&file, garbage).unwrap();
    for args in [&["history"][..], &["history", "--json"][..]] {
        let ran = cli.run(args).await;
        assert_eq!(ran.code, Some(1), "{args:?}: {}", ran.stderr);
        assert!(ran.stdout.is_empty(), "{}", ran.stdout);
        let stderr = &ran.stderr;
        assert!(!stderr.contains("no batches yet"), "{stderr}");
        assert!(stderr.contains("no batch could be read"), "{stderr}");
        assert!(stderr.contains("none of its 40 lines"), "{stderr}");
        assert!(
            stderr.contains(&file.display().to_string()) && stderr.contains("lines 1–40"),
            "names the file and lines: {stderr}"
        );
        assert!(
            stderr.contains("move the files out of"),
            "says what to do: {stderr}"
        );
        assert!(
            stderr.lines().count() < 8,
            "not one line per garbage line: {stderr}"
        );
    }
    let zh = cli
        .run_with_env(&["history"], &[("LANG", "zh_CN.UTF-8")])
        .await;
    assert_eq!(zh.code, Some(1));
    assert!(
        zh.stderr.contains("读不出任何批次") && zh.stderr.contains("第 1–40 行"),
        "{}",
        zh.stderr
    );

    // --limit 0 stays a usage error whatever the journal holds.
    assert_eq!(cli.run(&["history", "--limit", "0"]).await.code, Some(2));
}
