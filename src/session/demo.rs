//! The demo's accounts: a table like the config's `[accounts.NAME]`, served
//! by the one embedded simulator (each with its own appid and secret there),
//! so `--demo --account demo2`, `wxmod --demo accounts` and the console's
//! account picker work as they do for configured accounts.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::config::{AccountEntry, AccountId, ConfigError, SourceKind};
use crate::i18n::Lang;
use crate::sim;

/// One account of the demo: the simulator's credentials for it. The secrets
/// are the simulator's public demo values, never a real one.
pub(super) struct DemoAccount {
    pub name: &'static str,
    /// The message naming it for people (`acctpick-demo-name-…`).
    pub display: &'static str,
    pub appid: &'static str,
    pub secret: &'static str,
}

/// The demo's accounts, the first being the one `--demo` opens.
pub(super) const DEMO_ACCOUNTS: [DemoAccount; 2] = [
    DemoAccount {
        name: super::DEMO_ACCOUNT_NAME,
        display: "acctpick-demo-name-first",
        appid: sim::DEMO_APPID,
        secret: sim::DEMO_SECRET,
    },
    DemoAccount {
        name: super::DEMO_SECOND_ACCOUNT_NAME,
        display: "acctpick-demo-name-second",
        appid: sim::DEMO_SECOND_APPID,
        secret: sim::DEMO_SECOND_SECRET,
    },
];

/// What `api_base` the demo's accounts list: the simulator's port is known
/// only once it runs.
pub const DEMO_API_BASE: &str = "embedded simulator";

/// The demo account called `name` (`None`: the first), or the usage error
/// naming the demo's accounts.
pub(super) fn find(name: Option<&str>) -> Result<&'static DemoAccount, ConfigError> {
    let wanted = name.map(str::trim).filter(|n| !n.is_empty());
    let Some(wanted) = wanted else {
        return Ok(&DEMO_ACCOUNTS[0]);
    };
    DEMO_ACCOUNTS
        .iter()
        .find(|a| a.name == wanted)
        .ok_or_else(|| ConfigError::UnknownAccount {
            name: crate::sanitize::clean_line(wanted).into_owned(),
            known: DEMO_ACCOUNTS.iter().map(|a| a.name.to_string()).collect(),
        })
}

impl DemoAccount {
    pub fn id(&self, lang: Lang) -> AccountId {
        AccountId {
            name: self.name.to_string(),
            display_name: Some(lang.t(self.display)),
            appid: Some(self.appid.to_string()),
        }
    }
}

/// The demo's accounts as `wxmod accounts` and the picker list them.
pub fn demo_accounts(lang: Lang) -> Vec<AccountEntry> {
    DEMO_ACCOUNTS
        .iter()
        .map(|a| AccountEntry {
            id: a.id(lang),
            source: SourceKind::Credentials,
            api_base: DEMO_API_BASE.to_string(),
        })
        .collect()
}

/// The demo's data dir for one run, `DATA/demo/run-PID-N`: made empty when
/// the demo starts and removed when the session ends, so the demo's journal
/// lives and dies with its simulator and every demo run starts consistent
/// (`--demo undo` never meets a batch the fresh simulator knows nothing of).
/// The demo's accounts share it (and the simulator) within a run, so the
/// journal's account rule is the same as for configured accounts.
/// A run that was killed leaves its directory behind; nothing reads it.
pub(super) struct DemoDir {
    pub path: PathBuf,
}

impl DemoDir {
    pub fn create(parent: &Path) -> std::io::Result<DemoDir> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        std::fs::create_dir_all(parent)?;
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = parent.join(format!("run-{}-{n}", std::process::id()));
        // Our pid and counter: a directory already there is a dead run's.
        if path.exists() {
            std::fs::remove_dir_all(&path)?;
        }
        std::fs::create_dir(&path)?;
        Ok(DemoDir { path })
    }
}

impl Drop for DemoDir {
    fn drop(&mut self) {
        // Best effort: a leftover is harmless (nothing reads it).
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
