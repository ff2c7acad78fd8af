//! Accounts as a user meets them: two accounts on two simulators with their
//! own tokens, caches and journal attribution; undo and retry refused across
//! accounts; `--account` with an unknown name; `wxmod accounts`; `wxmod
//! account add` driven through its prompts on piped stdin (0600 file, 40164
//! with the address, 40125); a token command's environment and its second
//! run after a 40001; the demo's two accounts (`--demo accounts`, `--demo
//! --account demo2`); `history --account` with a name not configured.
//! Every run has its own home (`support::Home`).

#[path = "accounts/add.rs"]
mod add;
#[path = "accounts/command.rs"]
mod command;
#[path = "accounts/demo.rs"]
mod demo;
#[path = "accounts/qa.rs"]
mod qa;
#[path = "accounts/two.rs"]
mod two;

#[path = "support/mod.rs"]
mod support;

use std::process::Stdio;

use serde_json::Value;
use support::{ART, Home, start_sim};
use tokio::io::AsyncWriteExt;
use wxmod::sim::{SimData, SimHandle, SimOptions};

pub struct Ran {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
            .collect()
    }
}

/// A simulator with `elected` elected comments on the demo article.
pub async fn sim(elected: usize) -> SimHandle {
    start_sim(SimData::generated(ART, elected, 0), SimOptions::default()).await
}

/// `wxmod ARGS` in `home` (English), with `stdin` piped in when given.
pub async fn run(home: &Home, args: &[&str], stdin: Option<&str>) -> Ran {
    run_env(home, args, stdin, &[]).await
}

pub async fn run_env(
    home: &Home,
    args: &[&str],
    stdin: Option<&str>,
    vars: &[(&str, &str)],
) -> Ran {
    let mut cmd = home.command();
    cmd.env("LANG", "en_US.UTF-8")
        .envs(vars.iter().copied())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(text.as_bytes()).await.unwrap();
        drop(pipe);
    }
    let out = child.wait_with_output().await.unwrap();
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Write the home's config.toml, private (it may hold a secret).
pub fn write_config(home: &Home, text: &str) {
    std::fs::write(home.config_file(), text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(home.config_file(), std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
}
