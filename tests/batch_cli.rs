//! `wxmod unelect / elect / undo / history` as a user runs them: the real
//! binary against the simulator on 127.0.0.1:0, each test with its own data,
//! cache and config dirs. Covers refusal without --yes, --ids-file errors,
//! --json, the quota stop's exit code, Ctrl-C, a kill mid-batch, and undo.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};
use wxmod::api::wire::{Article, CommentId};
use wxmod::batch::{BatchState, ItemState, Journal};
use wxmod::sim::{self, SimControl, SimData, SimHandle, SimOptions};

const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const ART_ARG: &str = "2247483652";
const UNMARK: &str = "/cgi-bin/comment/unmarkelect";
const MARK: &str = "/cgi-bin/comment/markelect";

struct Cli {
    sim: SimHandle,
    ctl: SimControl,
    dir: TempDir,
    token: String,
}

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Ran {
    fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
            .collect()
    }
}

impl Cli {
    async fn new(elected: usize, normal: usize) -> Cli {
        let sim = sim::start(
            SimData::generated(ART, elected, normal),
            SimOptions::default(),
            "127.0.0.1:0".parse().unwrap(),
        )
        .await
        .unwrap();
        let ctl = sim.control();
        let token = ctl.issue_token();
        Cli {
            sim,
            ctl,
            dir: tempfile::tempdir().unwrap(),
            token,
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn journal(&self) -> Journal {
        Journal::open(&self.data_dir()).unwrap()
    }

    /// The whole environment of a spawned wxmod: this test's dirs and token only.
    fn env(&self) -> Vec<(&'static str, String)> {
        let path = |p: PathBuf| p.to_string_lossy().into_owned();
        vec![
            ("WXMOD_DATA_DIR", path(self.data_dir())),
            ("WXMOD_CACHE_DIR", path(self.dir.path().join("cache"))),
            ("WXMOD_CONFIG", path(self.dir.path().join("config.toml"))),
            ("WXMOD_ACCESS_TOKEN", self.token.clone()),
            ("WXMOD_API_BASE", self.sim.url()),
        ]
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxmod"));
        cmd.env_clear()
            .envs(self.env())
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        cmd
    }

    async fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Ran {
        let mut cmd = self.command(args);
        if stdin.is_some() {
            cmd.stdin(Stdio::piped());
        }
        let mut child = cmd.spawn().unwrap();
        if let Some(text) = stdin {
            let mut pipe = child.stdin.take().unwrap();
            pipe.write_all(text.as_bytes()).await.unwrap();
        }
        let out = child.wait_with_output().await.unwrap();
        Ran {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    async fn run(&self, args: &[&str]) -> Ran {
        self.run_with_stdin(args, None).await
    }

    fn elected(&self) -> Vec<CommentId> {
        self.ctl.elected_ids(ART)
    }

    fn journal_results(&self) -> usize {
        let Ok(entries) = std::fs::read_dir(self.journal().dir()) else {
            return 0;
        };
        entries
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .map(|text| text.matches(r#""type":"item_result""#).count())
            .sum()
    }
}

fn id_args(ids: &[CommentId]) -> Vec<String> {
    ids.iter()
        .flat_map(|id| ["--comment-id".to_string(), id.to_string()])
        .collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Poll `ready` with short awaits, a bounded number of times.
async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..3000 {
        if ready() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("gave up waiting for {what}");
}

#[tokio::test]
async fn without_yes_and_without_a_terminal_it_refuses_and_sends_nothing() {
    let cli = Cli::new(10, 0).await;
    let ids = id_args(&cli.elected()[..3]);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("--yes"), "{}", ran.stderr);
    assert!(ran.stderr.contains("not a terminal"), "{}", ran.stderr);
    // --dry-run shows the plan (with the comments' text) and sends nothing either.
    args.extend(["--dry-run", "--json"]);
    let dry = cli.run(&args).await;
    assert_eq!(dry.code, Some(0), "{}", dry.stderr);
    assert!(dry.stderr.contains("generated comment #"), "{}", dry.stderr);
    let plan = &dry.json_lines()[0];
    assert_eq!(plan["type"], "plan");
    assert_eq!(plan["count"], 3);
    assert_eq!(cli.ctl.calls(UNMARK), 0);
    assert_eq!(cli.elected().len(), 10);
    assert!(
        cli.journal().batches(5).unwrap().0.is_empty(),
        "nothing journaled"
    );
}

#[tokio::test]
async fn a_bad_ids_file_is_named_by_line_before_anything_is_sent() {
    let cli = Cli::new(10, 0).await;
    let file = cli.dir.path().join("ids.txt");
    let good = cli.elected()[0];
    std::fs::write(
        &file,
        format!("# to remove\n{good}\n\n{good}7 # ok\n30000x1\n"),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--ids-file",
            path,
            "--yes",
        ])
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("line 5"), "{}", ran.stderr);
    assert!(ran.stderr.contains("30000x1"), "{}", ran.stderr);
    let missing = cli.dir.path().join("nope.txt");
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--yes",
            "--ids-file",
            missing.to_str().unwrap(),
        ])
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stderr.contains("cannot read --ids-file"),
        "{}",
        ran.stderr
    );
    let ran = cli
        .run_with_stdin(
            &[
                "unelect",
                "--msg-data-id",
                ART_ARG,
                "--yes",
                "--ids-file",
                "-",
            ],
            Some("# only comments\n\n"),
        )
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("no comment ids"), "{}", ran.stderr);
    assert_eq!(cli.ctl.calls(UNMARK), 0);
}

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
        let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
        until("two requests in flight", || cli.ctl.waiting(UNMARK) == 2).await;
        interrupt(&child).await;
        while let Some(line) = stderr.next_line().await.unwrap() {
            if line.contains("stopping") {
                break;
            }
        }
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

#[cfg(unix)]
#[tokio::test]
async fn on_a_terminal_it_asks_and_sends_only_after_yes() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::{Read, Write};

    let cli = Cli::new(6, 0).await;
    let ids = id_args(&cli.elected()[..3]);
    for (answer, exit, sent) in [("n", 3, 0), ("y", 0, 3)] {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 160,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_wxmod"));
        cmd.env_clear();
        for (key, value) in cli.env() {
            cmd.env(key, value);
        }
        cmd.args(["unelect", "--msg-data-id", ART_ARG]);
        cmd.args(&ids);
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
        // The simulator runs on this test's runtime: wait for output without blocking it.
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut screen = String::new();
        while !screen.contains("[y/N]") {
            let chunk = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no question asked: {screen}"));
            screen.push_str(&String::from_utf8_lossy(&chunk));
        }
        assert!(screen.contains("Deselect 3 comments?"), "{screen}");
        assert_eq!(cli.ctl.calls(UNMARK), 0, "nothing sent before the answer");
        writer.write_all(format!("{answer}\r").as_bytes()).unwrap();
        let status = tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(status.exit_code(), exit, "answer {answer}");
        assert_eq!(cli.ctl.calls(UNMARK), sent, "answer {answer}");
        drop(pair.master);
    }
}
