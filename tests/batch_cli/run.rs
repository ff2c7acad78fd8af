//! While and after a batch runs: --json, the quota stop's exit code, a kill
//! mid-batch, and Ctrl-C.

use super::*;

#[tokio::test]
async fn json_output_has_one_object_per_comment_then_a_summary() {
    let cli = Cli::new(12, 3).await;
    let elected = cli.elected();
    let stdin = format!(
        "{}\n{}\n# unknown next\n424242\n{}\n",
        elected[0], elected[1], elected[0]
    );
    let ran = cli
        .run_with_stdin(
            &[
                "unelect",
                "--msg-data-id",
                ART_ARG,
                "--ids-file",
                "-",
                "--yes",
                "--json",
            ],
            Some(&stdin),
        )
        .await;
    assert_eq!(ran.code, Some(1), "one failed: {}", ran.stderr);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 4, "3 unique ids and a summary: {}", ran.stdout);
    let mut items = lines[..3].to_vec();
    items.sort_by_key(|v| v["user_comment_id"].as_u64());
    let unknown = items
        .iter()
        .find(|v| v["user_comment_id"] == 424242)
        .unwrap();
    assert_eq!(unknown["status"], "failed");
    assert_eq!(unknown["errcode"], 88008);
    assert_eq!(unknown["errmsg"], "comment is not exists");
    assert_eq!(unknown["attempts"], 1);
    for id in &elected[..2] {
        let item = items.iter().find(|v| v["user_comment_id"] == *id).unwrap();
        assert_eq!(
            (item["status"].as_str(), item["errcode"].as_i64()),
            (Some("done"), Some(0))
        );
    }
    let summary = &lines[3];
    assert_eq!(summary["type"], "summary");
    assert_eq!(
        (summary["total"].as_u64(), summary["done"].as_u64()),
        (Some(3), Some(2))
    );
    assert_eq!(
        (
            summary["failed"].as_u64(),
            summary["not_attempted"].as_u64()
        ),
        (Some(1), Some(0))
    );
    assert!(summary["stopped"].is_null());
    let batch_id = summary["batch_id"].as_str().unwrap();
    assert!(cli.journal().batch(batch_id).is_ok());
    assert_eq!(cli.elected(), elected[2..].to_vec());
}

#[tokio::test]
async fn spent_quota_stops_with_exit_3_and_names_the_rest_not_attempted() {
    let cli = Cli::new(60, 0).await;
    cli.ctl.set_daily_quota(Some(20)); // the 21st deselect answers 45009
    let elected = cli.elected();
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--json",
            "--concurrency",
            "1",
        ])
        .await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("only 20 of 20"),
        "the plan warned: {}",
        ran.stderr
    );
    let lines = ran.json_lines();
    let (items, summary) = lines.split_at(lines.len() - 1);
    let with = |status: &str| -> Vec<u64> {
        items
            .iter()
            .filter(|v| v["status"] == status)
            .map(|v| v["user_comment_id"].as_u64().unwrap())
            .collect()
    };
    let (done, failed, skipped) = (with("done"), with("failed"), with("not_attempted"));
    assert_eq!((done.len(), failed.len(), skipped.len()), (20, 1, 39));
    assert_eq!(
        items.iter().find(|v| v["status"] == "failed").unwrap()["errcode"],
        45009
    );
    let summary = &summary[0];
    assert_eq!(summary["stopped"]["code"], 45009);
    assert_eq!(summary["not_attempted"], 39);
    // Exactly the ones never sent are still elected (the failed one too).
    let mut still: Vec<u64> = skipped.clone();
    still.extend(&failed);
    still.sort_unstable();
    assert_eq!(cli.elected(), still);
    assert_eq!(cli.ctl.calls(UNMARK), 21);
    assert_eq!(elected.len(), 60);
}

#[tokio::test]
async fn a_stop_reads_well_in_a_terminal_lines_aligned_stop_told_once() {
    let cli = Cli::new(10, 0).await;
    cli.ctl.set_daily_quota(Some(4));
    let mut targets = vec![7]; // unknown, and shorter than the others
    targets.extend(cli.elected());
    let ids = id_args(&targets);
    let mut args = vec![
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--concurrency",
        "1",
    ];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    let stops: Vec<&str> = ran
        .stderr
        .lines()
        .filter(|l| l.contains("stopping"))
        .collect();
    assert_eq!(stops.len(), 1, "{}", ran.stderr);
    assert!(stops[0].contains("45009"), "{}", stops[0]);
    assert!(
        !ran.stderr.contains("wait until tomorrow"),
        "the remedy comes once, with the summary"
    );
    let results: Vec<&str> = ran
        .stdout
        .lines()
        .filter(|l| l.starts_with(['✓', '✗', '-']))
        .collect();
    assert!(results.len() >= 5, "{}", ran.stdout);
    // Where the id ends: the same column on every line.
    let column = |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        (2..chars.len()).find(|&i| chars[i - 1].is_ascii_digit() && chars[i] == ' ')
    };
    let first = column(results[0]);
    assert!(
        results.iter().all(|l| column(l) == first),
        "ids line up:\n{}",
        results.join("\n")
    );
    assert!(ran.stdout.contains("stopped (45009)"), "{}", ran.stdout);
    assert!(ran.stdout.contains("not attempted"), "{}", ran.stdout);
}

#[tokio::test]
async fn a_batch_killed_midway_is_told_exactly_by_the_journal() {
    let cli = Cli::new(300, 0).await;
    cli.ctl.set_latency(Duration::from_millis(20));
    let mut child: Child = cli
        .command(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--concurrency",
            "4",
        ])
        .spawn()
        .unwrap();
    until("some results in the journal", || {
        cli.journal_results() >= 20
    })
    .await;
    child.kill().await.unwrap();

    let (batches, _) = cli.journal().batches(5).unwrap();
    assert_eq!(batches.len(), 1);
    assert_eq!(batches[0].state, BatchState::Interrupted);
    let detail = cli.journal().batch(&batches[0].batch_id).unwrap();
    let ids_in = |state: ItemState| -> Vec<u64> {
        detail
            .items
            .iter()
            .filter(|i| i.state == state)
            .map(|i| i.user_comment_id)
            .collect()
    };
    let done = ids_in(ItemState::Done);
    let never_sent = ids_in(ItemState::NeverSent);
    assert!(done.len() >= 20);
    assert!(!never_sent.is_empty(), "killed before the end");
    assert_eq!(detail.items.len(), 300);
    let elected: std::collections::HashSet<u64> = cli.elected().into_iter().collect();
    for id in &done {
        assert!(
            !elected.contains(id),
            "{id}: the journal says done, but it is still elected"
        );
    }
    for id in &never_sent {
        assert!(elected.contains(id), "{id}: never sent, yet deselected");
    }
    // Nothing still elected is called done; everything not elected was sent.
    for item in &detail.items {
        if !elected.contains(&item.user_comment_id) {
            assert!(
                matches!(item.state, ItemState::Done | ItemState::SentWithoutAnswer),
                "{item:?} is deselected but the journal does not say it was sent"
            );
        }
    }
    let history = cli.run(&["history"]).await;
    assert_eq!(history.code, Some(0));
    assert!(history.stdout.contains("INTERRUPTED"), "{}", history.stdout);
    let json = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(json[0]["interrupted"], true);
    assert_eq!(json[0]["done"].as_u64(), Some(done.len() as u64));
    assert_eq!(
        json[0]["never_sent"].as_u64(),
        Some(never_sent.len() as u64)
    );
}

#[cfg(unix)]
async fn interrupt(child: &Child) {
    let pid = child.id().unwrap().to_string();
    let status = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .await
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[tokio::test]
async fn ctrl_c_stops_like_a_stop_and_a_second_quits_at_once() {
    for twice in [false, true] {
        let cli = Cli::new(10, 0).await;
        let (child, mut stderr) = crate::signals::held_batch(&cli).await;
        interrupt(&child).await;
        crate::signals::stopping_line(&mut stderr).await;
        if twice {
            interrupt(&child).await;
        } else {
            cli.ctl.release(UNMARK);
        }
        let out = child.wait_with_output().await.unwrap();
        let (batches, _) = cli.journal().batches(1).unwrap();
        let o = &batches[0];
        if twice {
            assert_eq!(out.status.code(), Some(130));
            assert_eq!(o.state, BatchState::Interrupted);
            assert_eq!(
                (o.sent_without_answer, o.never_sent),
                (2, 8),
                "the journal says which were in flight"
            );
            // Undo looks first: the two held requests never reached the
            // comments (their client went away), and the list says so.
            let undo = cli.run(&["undo", &o.batch_id, "--dry-run"]).await;
            assert_eq!(undo.code, Some(2), "nothing to undo: {}", undo.stderr);
            assert!(
                undo.stderr
                    .contains("(1 list call) to settle 2 unknown comments: 0 done, 2 not done")
                    && undo.stderr.contains("it deselected nothing"),
                "says what the read found: {}",
                undo.stderr
            );
        } else {
            assert_eq!(out.status.code(), Some(3));
            let stdout = String::from_utf8(out.stdout).unwrap();
            let summary: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
            assert_eq!(summary["stopped"]["kind"], "cancelled");
            assert_eq!(
                (summary["done"].as_u64(), summary["not_attempted"].as_u64()),
                (Some(2), Some(8))
            );
            assert_eq!(cli.elected().len(), 8);
        }
        assert_eq!(cli.ctl.calls(UNMARK), 2, "nothing sent after Ctrl-C");
    }
}

/// A batch with every comment done has nothing to retry: that is nothing to
/// do (exit 0, said in words), not a usage error; nothing is sent.
#[tokio::test]
async fn retry_of_a_batch_all_done_is_nothing_to_do() {
    let cli = Cli::new(4, 0).await;
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--json",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let batch = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();
    let sent = cli.ctl.calls("/cgi-bin/comment/unmarkelect");
    assert_eq!(sent, 4, "the batch sent its four");
    let retry = cli.run(&["retry", &batch, "--yes"]).await;
    assert_eq!(retry.code, Some(0), "{}", retry.stderr);
    assert!(
        retry.stderr.contains("nothing to retry"),
        "{}",
        retry.stderr
    );
    assert_eq!(cli.ctl.calls("/cgi-bin/comment/unmarkelect"), sent);
}
