//! What every test binary shares: the demo article, the simulator on loopback,
//! fast client options, and the ONE way to spawn an isolated `wxmod`.
//!
//! Each test crate root includes it with `#[path = "support/mod.rs"] mod support;`.
//! A binary uses only part of it, hence the `dead_code` allowance.
//!
//! Isolation: a spawned `wxmod` starts from an empty environment (no WXMOD_*,
//! no proxies, no NO_COLOR, no locale), gets `PATH` back (a token command runs
//! through `sh`), `LANG=C` (English, whatever the developer's machine says),
//! and HOME, XDG_* and WXMOD_CONFIG / WXMOD_CACHE_DIR / WXMOD_DATA_DIR inside
//! the test's own temp dir, so no test ever reads or writes the real home.
#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use tempfile::TempDir;
use wxmod::api::wire::Article;
use wxmod::api::{ClientOptions, Secret, TokenSource};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};

/// The demo data's first article (msg_data_id 2247483652, index 0).
pub const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
/// `ART` as a user types it on the command line.
pub const ART_ARG: &str = "2247483652";
pub const UNMARK: &str = "/cgi-bin/comment/unmarkelect";
pub const MARK: &str = "/cgi-bin/comment/markelect";

/// The simulator serving `data` on 127.0.0.1, on a free port.
pub async fn start_sim(data: SimData, options: SimOptions) -> SimHandle {
    let loopback = "127.0.0.1:0".parse().expect("a loopback address");
    sim::start(data, options, loopback)
        .await
        .expect("the simulator starts on loopback")
}

/// Client options against `sim` with retries that wait a millisecond, not minutes.
pub fn fast_options(sim: &SimHandle, cache_dir: Option<&Path>) -> ClientOptions {
    ClientOptions {
        api_base: sim.url(),
        retry_base_delay: Duration::from_millis(1),
        minute_wait_override: Some(Duration::from_millis(1)),
        cache_dir: cache_dir.map(Path::to_path_buf),
        ..ClientOptions::default()
    }
}

/// The simulator's demo app credentials: a client holding them can fetch tokens.
pub fn demo_credentials() -> TokenSource {
    TokenSource::Credentials {
        appid: DEMO_APPID.to_string(),
        secret: Secret::new(DEMO_SECRET),
    }
}

/// Plain HTTP straight to the simulator: no proxy, no system certificates.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .tls_certs_only([])
        .build()
        .expect("a plain HTTP client")
}

/// A per-test home: every file a spawned `wxmod` reads or writes lives in it.
pub struct Home {
    dir: TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: TempDir::new().expect("a temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_file(&self) -> PathBuf {
        self.path().join("config.toml")
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.path().join("cache")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.path().join("data")
    }

    /// The whole environment of a spawned `wxmod` (applied after clearing).
    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        let home = self.path();
        let mut vars = vec![
            ("HOME", home.as_os_str().to_owned()),
            ("XDG_CONFIG_HOME", home.join("xdg-config").into_os_string()),
            ("XDG_CACHE_HOME", home.join("xdg-cache").into_os_string()),
            ("XDG_DATA_HOME", home.join("xdg-data").into_os_string()),
            ("XDG_STATE_HOME", home.join("xdg-state").into_os_string()),
            ("WXMOD_CONFIG", self.config_file().into_os_string()),
            ("WXMOD_CACHE_DIR", self.cache_dir().into_os_string()),
            ("WXMOD_DATA_DIR", self.data_dir().into_os_string()),
            ("LANG", "C".into()),
        ];
        if let Some(path) = std::env::var_os("PATH") {
            vars.push(("PATH", path));
        }
        vars
    }

    /// `wxmod` with this home and nothing else from the environment; stdin
    /// empty, killed when dropped. Add `.lang("zh")` to read it in Chinese.
    pub fn command(&self) -> tokio::process::Command {
        let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_wxmod"));
        cmd.env_clear()
            .envs(self.env())
            .stdin(Stdio::null())
            .kill_on_drop(true);
        cmd
    }

    /// The same isolated `wxmod`, to run on a pseudo-terminal.
    pub fn pty_command(&self) -> portable_pty::CommandBuilder {
        let mut cmd = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_wxmod"));
        cmd.env_clear();
        for (key, value) in self.env() {
            cmd.env(key, value);
        }
        cmd
    }
}

/// The locale a user reading `lang` ("zh" or "en") has: what `.lang()` sets.
pub fn locale(lang: &str) -> &'static str {
    match lang {
        "zh" => "zh_CN.UTF-8",
        "en" => "en_US.UTF-8",
        other => panic!("no test locale for {other:?}: use \"zh\" or \"en\""),
    }
}

/// Choose the language of a spawned `wxmod` the way a user does: by the locale
/// (`LANG`). To test `WXMOD_LANG` or `--lang`, set them explicitly instead.
pub trait Lang {
    fn lang(&mut self, lang: &str) -> &mut Self;
}

impl Lang for tokio::process::Command {
    fn lang(&mut self, lang: &str) -> &mut Self {
        self.env("LANG", locale(lang))
    }
}

impl Lang for portable_pty::CommandBuilder {
    fn lang(&mut self, lang: &str) -> &mut Self {
        self.env("LANG", locale(lang));
        self
    }
}

/// A pipe whose reader has already gone, as stdout or stderr of a spawned
/// `wxmod`: every write to it fails with a broken pipe, from the first byte on
/// (`wxmod … 2>&1 | head -0`), with no race against the child's first write.
/// Run it with `spawn()` then `wait_with_output()` or `status()`: tokio's
/// `Command::output()` replaces stdout and stderr with its own pipes.
pub fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    Stdio::from(writer)
}
