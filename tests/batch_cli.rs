//! `wxmod unelect / elect / undo / history` as a user runs them: the real
//! binary against the simulator on 127.0.0.1:0, each test with its own data,
//! cache and config dirs. Covers refusal without --yes, --ids-file errors,
//! --json, the quota stop's exit code, Ctrl-C, SIGTERM and SIGHUP, closed
//! pipes, a kill mid-batch, history's empty and unreadable journals, undo,
//! answers lost or not understood (settled by reading the list), retry, and
//! undo after SIGKILL at several points, undo of an elect batch, `--comment-id` lists, `history
//! --failed`, and the demo that keeps no history across runs.

#[path = "batch_cli/console.rs"]
mod console;
#[path = "batch_cli/exits.rs"]
mod exits;
#[path = "batch_cli/killed.rs"]
mod killed;
#[path = "batch_cli/lists.rs"]
mod lists;
#[path = "batch_cli/multi.rs"]
mod multi;
#[path = "batch_cli/multi_list.rs"]
mod multi_list;
#[path = "batch_cli/pipes.rs"]
mod pipes;
#[path = "batch_cli/plan.rs"]
mod plan;
#[path = "batch_cli/qa.rs"]
mod qa;
#[path = "batch_cli/query.rs"]
mod query;
#[path = "batch_cli/run.rs"]
mod run;
#[path = "batch_cli/signals.rs"]
mod signals;
#[path = "batch_cli/undo.rs"]
mod undo;
#[path = "batch_cli/undo_elect.rs"]
mod undo_elect;
#[path = "batch_cli/unknown.rs"]
mod unknown;

#[path = "support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use support::{ART, ART_ARG, Home, MARK, UNMARK, start_sim};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};
use wxmod::api::wire::CommentId;
use wxmod::batch::{BatchState, ItemState, Journal};
use wxmod::sim::{SimControl, SimData, SimHandle, SimOptions};

struct Cli {
    sim: SimHandle,
    ctl: SimControl,
    dir: Home,
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
        let sim = start_sim(
            SimData::generated(ART, elected, normal),
            SimOptions::default(),
        )
        .await;
        let ctl = sim.control();
        let token = ctl.issue_token();
        Cli {
            sim,
            ctl,
            dir: Home::new(),
            token,
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.data_dir()
    }

    fn journal(&self) -> Journal {
        Journal::open(&self.data_dir()).unwrap()
    }

    /// What a spawned wxmod gets on top of its isolated home: this test's token and simulator.
    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("WXMOD_ACCESS_TOKEN", self.token.clone()),
            ("WXMOD_API_BASE", self.sim.url()),
            // English unless a test says otherwise.
            ("LANG", "en_US.UTF-8".to_string()),
            ("LC_ALL", String::new()),
            ("LC_MESSAGES", String::new()),
        ]
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = self.dir.command();
        cmd.envs(self.env())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    /// The same wxmod on a pseudo-terminal.
    fn pty_command(&self) -> portable_pty::CommandBuilder {
        let mut cmd = self.dir.pty_command();
        for (key, value) in self.env() {
            cmd.env(key, value);
        }
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

    /// `run` with some variables changed (`LANG` for Chinese).
    async fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Ran {
        let mut cmd = self.command(args);
        cmd.envs(vars.iter().copied());
        let out = cmd.output().await.unwrap();
        Ran {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
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
