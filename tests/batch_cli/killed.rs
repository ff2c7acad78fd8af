//! SIGKILL a running `wxmod unelect` at several points, then `wxmod undo
//! --yes`: the server is exactly as it was before the batch. The points are
//! made by the simulator, not by timing: requests held before they are
//! applied, requests applied whose answers never come (a slow answer), and a
//! few answers read on stdout first.

use super::*;
use wxmod::sim::AnswerFault;

/// Never answered within a test: the kill comes first.
const NEVER: Duration = Duration::from_secs(600);

/// `unelect --all --json` with `concurrency` requests at once; its stdout lines.
fn spawn_batch(
    cli: &Cli,
    concurrency: &str,
) -> (
    Child,
    tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
) {
    let mut child = cli
        .command(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--json",
            "--concurrency",
            concurrency,
        ])
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap()).lines();
    (child, stdout)
}

/// Kill, check the journal calls the batch interrupted, undo, and compare.
async fn kill_then_undo_restores(cli: &Cli, mut child: Child, before: &SimData, point: &str) {
    child.kill().await.unwrap();
    let (batches, _) = cli.journal().batches(1).unwrap();
    assert_eq!(batches[0].state, BatchState::Interrupted, "{point}");
    let changed = cli.ctl.snapshot() != *before;
    let undo = cli.run(&["undo", "--yes"]).await;
    if changed {
        assert_eq!(undo.code, Some(0), "{point}: {}", undo.stderr);
        assert!(
            undo.stderr.contains("read the list (") && undo.stderr.contains(") to settle"),
            "{point}: undo looks first: {}",
            undo.stderr
        );
    } else {
        // Nothing reached the comments: nothing to undo, and it says why.
        assert_eq!(undo.code, Some(2), "{point}: {}", undo.stderr);
    }
    assert!(
        cli.ctl.snapshot() == *before,
        "{point}: the server is not as before the batch:\n{}",
        undo.stderr
    );
}

#[tokio::test]
async fn sigkill_before_the_first_answer_with_requests_held() {
    let cli = Cli::new(12, 3).await;
    let before = cli.ctl.snapshot();
    cli.ctl.hold(UNMARK);
    let (child, _stdout) = spawn_batch(&cli, "4");
    until("four requests held", || cli.ctl.waiting(UNMARK) == 4).await;
    // The held requests were never applied; their client goes away.
    kill_then_undo_restores(&cli, child, &before, "held before any answer").await;
    until("the held requests dropped", || cli.ctl.waiting(UNMARK) == 0).await;
    cli.ctl.release(UNMARK);
    assert_eq!(cli.ctl.snapshot(), before);
    assert_eq!(cli.ctl.calls(MARK), 0, "nothing to re-elect");
}

#[tokio::test]
async fn sigkill_before_the_first_answer_with_changes_made() {
    let cli = Cli::new(12, 3).await;
    let before = cli.ctl.snapshot();
    // The first four are applied; their answers never come.
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(NEVER), 4);
    let (child, _stdout) = spawn_batch(&cli, "4");
    until("four applied", || cli.elected().len() == 8).await;
    kill_then_undo_restores(&cli, child, &before, "applied before any answer").await;
    assert_eq!(cli.ctl.calls(MARK), 4, "exactly the four re-elected");
}

#[tokio::test]
async fn sigkill_after_some_answers_with_changes_in_flight() {
    let cli = Cli::new(20, 3).await;
    let before = cli.ctl.snapshot();
    // Five answered, then four applied whose answers never come: with four
    // at once, nothing more is sent.
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(Duration::ZERO), 5);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(NEVER), 4);
    let (child, mut stdout) = spawn_batch(&cli, "4");
    for _ in 0..5 {
        let line = stdout.next_line().await.unwrap().expect("an item line");
        let item: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(item["status"], "done", "{line}");
    }
    until("nine applied", || cli.elected().len() == 11).await;
    kill_then_undo_restores(&cli, child, &before, "after five answers").await;
    assert_eq!(cli.ctl.calls(MARK), 9);
    let history = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(
        history[1]["done"], 9,
        "four of them verified: {}",
        history[1]
    );
    assert_eq!(history[1]["list_calls"], 1);
}

#[tokio::test]
async fn sigkill_after_some_answers_with_requests_held() {
    let cli = Cli::new(200, 3).await;
    let before = cli.ctl.snapshot();
    // Slow enough that the hold comes long before the end of the batch.
    cli.ctl.set_latency(Duration::from_millis(20));
    let (child, mut stdout) = spawn_batch(&cli, "4");
    for _ in 0..3 {
        let line = stdout.next_line().await.unwrap().expect("an item line");
        assert!(line.contains(r#""status":"done""#), "{line}");
    }
    // From here every new request waits unapplied; those past the hold end,
    // and the four places fill with held ones.
    cli.ctl.hold(UNMARK);
    until("four requests held", || cli.ctl.waiting(UNMARK) == 4).await;
    let sent = cli.ctl.calls(UNMARK);
    kill_then_undo_restores(&cli, child, &before, "answers, then held").await;
    until("the held requests dropped", || cli.ctl.waiting(UNMARK) == 0).await;
    cli.ctl.release(UNMARK);
    assert_eq!(
        cli.ctl.snapshot(),
        before,
        "the held ones were never applied"
    );
    assert_eq!(
        cli.ctl.calls(MARK),
        sent - 4,
        "all answered ones, none held"
    );
}

#[tokio::test]
async fn after_a_kill_retry_finishes_the_batch_sending_nothing_twice() {
    let cli = Cli::new(20, 3).await;
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(Duration::ZERO), 5);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(NEVER), 4);
    let (mut child, _stdout) = spawn_batch(&cli, "4");
    until("nine applied", || cli.elected().len() == 11).await;
    child.kill().await.unwrap();
    let batch = cli.journal().batches(1).unwrap().0[0].batch_id.clone();
    let sent = cli.ctl.calls(UNMARK);
    assert_eq!(sent, 9);
    let retry = cli.run(&["retry", &batch, "--yes"]).await;
    assert_eq!(retry.code, Some(0), "{}", retry.stderr);
    assert!(
        retry.stderr.contains("settle 4 unknown comments: 4 done")
            && retry
                .stderr
                .contains("sends 11 comments: 0 failed, 0 not attempted, 11 never sent")
            && retry.stderr.contains("leaves out 9 done"),
        "{}",
        retry.stderr
    );
    assert_eq!(
        cli.ctl.calls(UNMARK),
        sent + 11,
        "the four in flight not sent again"
    );
    assert!(cli.elected().is_empty());
}
