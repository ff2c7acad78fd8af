//! SIGTERM and SIGHUP stop a batch as the first Ctrl-C does: nothing more is
//! sent, the requests in flight finish and are recorded, the summary says it
//! was cancelled and the exit status is 3. A second signal quits at once (130).
//! Requests are kept in flight by the simulator's hold, not by timing.

use super::*;

#[cfg(unix)]
async fn signal(child: &Child, name: &str) {
    let pid = child.id().unwrap().to_string();
    let status = Command::new("kill")
        .args(["-s", name, &pid])
        .status()
        .await
        .unwrap();
    assert!(status.success());
}

/// A batch of 10 with 2 requests held in flight, and its stderr lines.
#[cfg(unix)]
pub(crate) async fn held_batch(
    cli: &Cli,
) -> (
    Child,
    tokio::io::Lines<BufReader<tokio::process::ChildStderr>>,
) {
    cli.ctl.hold(UNMARK);
    let ids = id_args(&cli.elected());
    let mut args = vec![
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--json",
        "--concurrency",
        "2",
    ];
    args.extend(strs(&ids));
    let mut child = cli.command(&args).spawn().unwrap();
    let stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    until("two requests in flight", || cli.ctl.waiting(UNMARK) == 2).await;
    (child, stderr)
}

/// Read stderr up to the line that says the batch is stopping; returns it.
pub(crate) async fn stopping_line(
    stderr: &mut tokio::io::Lines<BufReader<tokio::process::ChildStderr>>,
) -> String {
    while let Some(line) = stderr.next_line().await.unwrap() {
        if line.contains("stopping") {
            return line;
        }
    }
    panic!("stderr ended without a stopping line");
}

#[cfg(unix)]
#[tokio::test]
async fn sigterm_and_sighup_stop_a_batch_like_ctrl_c() {
    for name in ["TERM", "HUP"] {
        let cli = Cli::new(10, 0).await;
        let (child, mut stderr) = held_batch(&cli).await;
        signal(&child, name).await;
        let line = stopping_line(&mut stderr).await;
        assert!(
            line.contains(&format!("SIG{name} received")),
            "the signal is named: {line}"
        );
        cli.ctl.release(UNMARK);
        let mut rest = String::new();
        while let Some(line) = stderr.next_line().await.unwrap() {
            rest.push_str(&line);
            rest.push('\n');
        }
        let out = child.wait_with_output().await.unwrap();
        assert_eq!(out.status.code(), Some(3), "SIG{name}: {rest}");
        assert!(!rest.contains("panicked"), "{rest}");

        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let summary = lines.last().unwrap();
        assert_eq!(summary["type"], "summary");
        assert_eq!(summary["stopped"]["kind"], "cancelled");
        assert_eq!(
            (summary["done"].as_u64(), summary["not_attempted"].as_u64()),
            (Some(2), Some(8)),
            "the two in flight finished and were recorded"
        );
        assert_eq!(lines.len(), 11, "every item, then the summary");

        let (batches, _) = cli.journal().batches(1).unwrap();
        let o = &batches[0];
        assert!(
            matches!(&o.state, BatchState::Stopped { reason } if *reason == wxmod::batch::StopReason::Cancelled),
            "{:?}",
            o.state
        );
        assert_eq!((o.done, o.not_attempted, o.sent_without_answer), (2, 8, 0));
        assert_eq!(cli.ctl.calls(UNMARK), 2, "nothing sent after SIG{name}");
        assert_eq!(cli.elected().len(), 8);
    }
}

#[cfg(unix)]
#[tokio::test]
async fn a_second_signal_of_any_kind_quits_at_once() {
    let cli = Cli::new(10, 0).await;
    let (mut child, mut stderr) = held_batch(&cli).await;
    signal(&child, "TERM").await;
    stopping_line(&mut stderr).await;
    signal(&child, "INT").await;
    let status = child.wait().await.unwrap();
    assert_eq!(status.code(), Some(130));
    let (batches, _) = cli.journal().batches(1).unwrap();
    let o = &batches[0];
    assert_eq!(o.state, BatchState::Interrupted);
    assert_eq!(
        (o.sent_without_answer, o.never_sent),
        (2, 8),
        "the journal says which were in flight"
    );
    cli.ctl.release(UNMARK);
    assert_eq!(cli.ctl.calls(UNMARK), 2);
}
