//! A ready-to-use session for commands and the console: settings, directories,
//! the API client, and the in-process simulator when running the demo.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use time::UtcOffset;

use crate::api::client::MAX_PAGE_SIZE;
use crate::api::{ApiError, Client, Secret, TokenError, TokenSource};
use crate::config::Settings;
use crate::config::{self, Overrides};
use crate::i18n::Lang;
use crate::paths::Dirs;
use crate::sim::SimHandle;
use crate::sim::{self, SimData, SimOptions};

mod demo;
mod explain;

pub use demo::{DEMO_API_BASE, demo_accounts};
use demo::{DemoAccount, DemoDir};
pub use explain::{explain, seen_ip};

pub struct Session {
    pub client: Client,
    pub settings: Settings,
    pub dirs: Dirs,
    /// The embedded simulator, when `--demo` is on; dropping the last
    /// session holding it stops the server (the demo's accounts share it).
    pub demo: Option<Arc<SimHandle>>,
    /// The demo's data dir for this run (`dirs.data_dir`), removed when the
    /// last session holding it goes: declared after `demo` so the simulator
    /// stops first.
    _demo_dir: Option<Arc<DemoDir>>,
    /// What this session was opened from: another account opens the same way.
    global: SessionSettings,
    /// The language the user reads.
    pub lang: Lang,
    /// The offset times are shown in (`utc_offset`, else the machine's).
    pub offset: UtcOffset,
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Dirs(#[from] crate::paths::NoHome),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Api(#[from] crate::api::ApiError),
    #[error("cannot start the demo simulator: {0}")]
    Demo(String),
}

impl crate::i18n::Localize for SessionError {
    fn message(&self) -> crate::i18n::Message {
        match self {
            SessionError::Dirs(err) => err.message(),
            SessionError::Config(err) => err.message(),
            SessionError::Api(err) => err.message(),
            SessionError::Demo(detail) => crate::msg!("cli-demo-failed", detail = detail.as_str()),
        }
    }
}

/// What a front end says about the session it wants: filled by the CLI from
/// its flags (the session knows nothing of clap). `None` means "not given".
/// Its `Debug` hides the access token.
#[derive(Clone, Default)]
pub struct SessionSettings {
    pub demo: bool,
    pub api_base: Option<String>,
    pub access_token: Option<String>,
    pub token_command: Option<String>,
    /// `--account NAME` (else `WXMOD_ACCOUNT`, `default_account`...).
    pub account: Option<String>,
    pub config: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    /// The language the user reads, already decided (flag, env, config, locale).
    pub lang: Lang,
}

impl std::fmt::Debug for SessionSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionSettings")
            .field("demo", &self.demo)
            .field("api_base", &self.api_base)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "<redacted>"),
            )
            .field("token_command", &self.token_command)
            .field("account", &self.account)
            .field("config", &self.config)
            .field("data_dir", &self.data_dir)
            .field("lang", &self.lang)
            .finish()
    }
}

/// How the journal names the demo simulator as the account of a batch.
pub const DEMO_ACCOUNT: &str = "demo simulator";

/// The demo's account name (the journal's `account_name`).
pub const DEMO_ACCOUNT_NAME: &str = "demo";

/// The demo's second account (the simulator's `DEMO_SECOND_APPID`).
pub const DEMO_SECOND_ACCOUNT_NAME: &str = "demo2";

/// What a token command finds in its environment: which account it serves.
pub fn command_env(account: &config::AccountId) -> Vec<(String, String)> {
    let mut env = vec![("WXMOD_ACCOUNT".to_string(), account.name.clone())];
    if let Some(appid) = &account.appid {
        env.push(("WXMOD_APPID".to_string(), appid.clone()));
    }
    env
}

/// A little latency makes the demo behave like the real API: progress is visible.
const DEMO_LATENCY: Duration = Duration::from_millis(20);

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// The data directory (journal, recent articles); the demo's runs live under
/// `demo/` (see `DemoDir`), and `history` with `--demo` reads none of them.
pub fn data_dir(global: &SessionSettings) -> Result<PathBuf, SessionError> {
    let dirs = Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)?;
    Ok(if global.demo {
        dirs.data_dir.join("demo")
    } else {
        dirs.data_dir
    })
}

impl Session {
    /// Resolve directories and settings and build the client; with `--demo`,
    /// start the simulator first and point everything at it.
    pub async fn open(global: &SessionSettings) -> Result<Session, SessionError> {
        let dirs = Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)?;
        if global.demo {
            // The demo ignores credentials, not display preferences.
            let offset = config::display_offset(&dirs.config_file, &env_var)?;
            // Only `--account` picks a demo account: `WXMOD_ACCOUNT` names a
            // configured one, which the demo does not read.
            let account = demo::find(global.account.as_deref())?;
            return Self::open_demo(dirs, global.clone(), offset, account).await;
        }
        let overrides = Overrides {
            api_base: global.api_base.clone(),
            access_token: global.access_token.clone(),
            token_command: global.token_command.clone(),
            account: global.account.clone(),
        };
        let settings = config::load(&dirs.config_file, &overrides, &env_var)?;
        let source = settings
            .token_source
            .clone()
            .ok_or(ApiError::Token(TokenError::NoSource))?;
        let cache_dir = crate::paths::account_cache_dir(&dirs.cache_dir, &settings.account.name);
        let mut options = settings.client_options(Some(cache_dir));
        options.command_env = command_env(&settings.account);
        let client = Client::new(options, source)?;
        Ok(Session {
            client,
            dirs,
            demo: None,
            _demo_dir: None,
            global: global.clone(),
            lang: global.lang,
            offset: settings
                .utc_offset
                .unwrap_or_else(crate::display::local_offset),
            settings,
        })
    }

    /// The demo ignores the user's config and credentials: it talks only to the
    /// embedded simulator, keeps its journal apart and caches no token.
    async fn open_demo(
        mut dirs: Dirs,
        global: SessionSettings,
        utc_offset: Option<UtcOffset>,
        account: &'static DemoAccount,
    ) -> Result<Session, SessionError> {
        let options = SimOptions {
            latency: DEMO_LATENCY,
            ..SimOptions::default()
        };
        let listen = SocketAddr::from(([127, 0, 0, 1], 0));
        let handle = sim::start(SimData::demo(), options, listen)
            .await
            .map_err(|err| SessionError::Demo(err.to_string()))?;
        // The simulator starts from the demo data every run: a journal that
        // outlived it would describe comments it no longer holds that way.
        let demo_dir = DemoDir::create(&dirs.data_dir.join("demo"))
            .map_err(|err| SessionError::Demo(err.to_string()))?;
        dirs.data_dir = demo_dir.path.clone();
        let shared = (Arc::new(handle), Arc::new(demo_dir));
        Self::demo_session(dirs, global, utc_offset, account, shared)
    }

    /// A session as one of the demo's accounts on a simulator (and data
    /// dir) already running: the demo's accounts share both.
    fn demo_session(
        dirs: Dirs,
        global: SessionSettings,
        utc_offset: Option<UtcOffset>,
        account: &'static DemoAccount,
        (handle, demo_dir): (Arc<SimHandle>, Arc<DemoDir>),
    ) -> Result<Session, SessionError> {
        let settings = Settings {
            account: account.id(global.lang),
            api_base: handle.url(),
            token_source: Some(TokenSource::Credentials {
                appid: account.appid.to_string(),
                secret: Secret::new(account.secret),
            }),
            page_size: MAX_PAGE_SIZE,
            concurrency: 4,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            config_file: None,
            utc_offset,
            theme: Default::default(),
            // Saved rules are the user's, demo or not.
            rules: config::rules(&dirs.config_file)?,
            recent_days: crate::articles::DEFAULT_DAYS,
        };
        let source = settings
            .token_source
            .clone()
            .ok_or(ApiError::Token(TokenError::NoSource))?;
        let client = Client::new(settings.client_options(None), source)?;
        Ok(Session {
            client,
            settings,
            dirs,
            demo: Some(handle),
            _demo_dir: Some(demo_dir),
            lang: global.lang,
            global,
            offset: utc_offset.unwrap_or_else(crate::display::local_offset),
        })
    }

    /// Open account `name` the way this session was opened (the same flags,
    /// `--account` replaced); the demo's accounts share its simulator and
    /// data dir. Checks nothing remote: the caller fetches a token if it
    /// wants to know the account works before using it.
    pub fn open_account(
        &self,
        name: &str,
    ) -> impl Future<Output = Result<Session, SessionError>> + Send + 'static {
        let mut global = self.global.clone();
        global.account = Some(name.to_string());
        let shared = self.demo.clone().zip(self._demo_dir.clone());
        let (dirs, offset) = (self.dirs.clone(), self.settings.utc_offset);
        async move {
            match shared {
                Some(shared) => {
                    let account = demo::find(global.account.as_deref())?;
                    Self::demo_session(dirs, global, offset, account, shared)
                }
                None => Session::open(&global).await,
            }
        }
    }

    /// The accounts one may switch to (name order), and the default one:
    /// the config's, or the demo's. Never a secret.
    pub fn accounts(&self) -> Result<(Vec<config::AccountEntry>, Option<String>), SessionError> {
        if self.is_demo() {
            return Ok((
                demo_accounts(self.lang),
                Some(DEMO_ACCOUNT_NAME.to_string()),
            ));
        }
        Ok(config::list_accounts(&self.dirs.config_file)?)
    }

    /// Who runs a batch, as the journal records it (English, stable; never a token).
    pub fn account_label(&self) -> String {
        if self.is_demo() {
            DEMO_ACCOUNT.to_string()
        } else {
            self.client.account_label()
        }
    }

    /// Who calls where, as the CLI's plans and headings show it: the account's
    /// name (and display name), its token source and the API base — an agency
    /// with several accounts sees which one a batch goes to.
    pub fn account_shown(&self) -> crate::i18n::Message {
        crate::msg!(
            "accounts-shown",
            account = self.header_label(),
            base = crate::sanitize::clean_line(self.client.api_base()).into_owned()
        )
    }

    /// The console header's words for who calls: the account's name (and
    /// display name) with the token source (the demo's accounts too: it has two).
    pub fn header_label(&self) -> crate::i18n::Message {
        let source = self.client.token_source();
        let account = &self.settings.account;
        let name = crate::sanitize::clean_line(&account.name).into_owned();
        match &account.display_name {
            Some(display) => crate::msg!(
                "accounts-header-named",
                name = name,
                display = crate::sanitize::clean_line(display).into_owned(),
                source = source
            ),
            None => crate::msg!("accounts-header", name = name, source = source),
        }
    }

    /// The account in use (name, display name, appid; never a secret).
    pub fn account(&self) -> &config::AccountId {
        &self.settings.account
    }

    /// This account's cache directory (token, article list): the one place
    /// per-account caches live. `None` for the demo, which caches nothing.
    pub fn account_cache_dir(&self) -> Option<PathBuf> {
        (!self.is_demo()).then(|| {
            crate::paths::account_cache_dir(&self.dirs.cache_dir, &self.settings.account.name)
        })
    }

    /// Where this account's recent articles are kept (in the data dir: the
    /// demo's go with its run).
    pub fn recent_dir(&self) -> PathBuf {
        crate::paths::account_data_dir(&self.dirs.data_dir, &self.settings.account.name)
    }

    /// The journal of this session's data dir, recording this account on
    /// every batch and refusing to undo or retry another account's.
    pub fn journal(&self) -> Result<crate::batch::Journal, crate::batch::JournalError> {
        Ok(crate::batch::Journal::open(&self.dirs.data_dir)?.for_account(self.journal_account()))
    }

    /// The account as the journal records it.
    pub fn journal_account(&self) -> crate::batch::JournalAccount {
        crate::batch::JournalAccount {
            name: self.settings.account.name.clone(),
            appid: self.settings.account.appid.clone(),
        }
    }

    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }
}
