//! Settings: flags override the environment, which overrides config.toml.
//! The file may hold several accounts (`[accounts.NAME]`, see `accounts`):
//! the chosen one's keys are read as the top-level keys used to be, and the
//! environment and flags still override them.
//! Errors name the file, the line and the key, and say how to fix it; none ever
//! repeats a secret or a token. Reads the environment only through `env`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use time::UtcOffset;
use toml::Spanned;

use crate::api::client::{DEFAULT_API_BASE, MAX_PAGE_SIZE};
use crate::api::{ClientOptions, Secret, TokenSource};
use crate::i18n::Message;
use crate::msg;

mod accounts;
mod credentials;
mod ctx;
mod prefs;
mod rules;
mod theme;
mod words;

pub use accounts::{
    ACCOUNT_KEYS, AccountEntry, AccountId, DEFAULT_ACCOUNT, SourceKind, valid_name,
};
use credentials::{credentials, refuse_if_readable_by_others};
use ctx::Ctx;

use prefs::bad_offset_env;
pub use prefs::{Peek, display_offset, peek};
pub use rules::{Rule, rules};
pub use theme::{THEME_KEYS, ThemeColors, parse_colour};

/// What the command line says; `None` means "not given". Its `Debug` hides the token.
#[derive(Clone, Default)]
pub struct Overrides {
    pub api_base: Option<String>,
    pub access_token: Option<String>,
    pub token_command: Option<String>,
    /// `--account NAME`.
    pub account: Option<String>,
}

impl std::fmt::Debug for Overrides {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Overrides")
            .field("api_base", &self.api_base)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "<redacted>"),
            )
            .field("token_command", &self.token_command)
            .field("account", &self.account)
            .finish()
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// The account in use (`--account`, `WXMOD_ACCOUNT`, `default_account`...).
    pub account: AccountId,
    pub api_base: String,
    /// `None` when nothing is configured (commands then say how to configure).
    pub token_source: Option<TokenSource>,
    pub page_size: u32,
    /// Default batch concurrency (1..=32).
    pub concurrency: usize,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    /// The file that was read, if one existed.
    pub config_file: Option<PathBuf>,
    /// The offset times are shown in (`WXMOD_UTC_OFFSET`, then `utc_offset`);
    /// `None`: the machine's.
    pub utc_offset: Option<UtcOffset>,
    /// The console's colours from `[theme]` (NO_COLOR still wins).
    pub theme: ThemeColors,
    /// Saved queries from `[rules.NAME]`, in name order.
    pub rules: Vec<Rule>,
    /// How many days back the console's article list and its searches
    /// across articles reach (`recent_days`, 1..=60).
    pub recent_days: u32,
}

/// The most days `recent_days` may reach back.
pub const MAX_RECENT_DAYS: i64 = 60;

pub const DEFAULT_CONCURRENCY: usize = 4;
pub const MAX_CONCURRENCY: usize = 32;

/// The keys config.toml may hold.
pub const KNOWN_KEYS: &[&str] = &[
    "api_base",
    "appid",
    "secret",
    "token_command",
    "page_size",
    "concurrency",
    "connect_timeout_secs",
    "request_timeout_secs",
    "lang",
    "utc_offset",
    "theme",
    "default_account",
    "accounts",
    "rules",
    "recent_days",
];

impl Settings {
    pub fn client_options(&self, cache_dir: Option<PathBuf>) -> ClientOptions {
        ClientOptions {
            api_base: self.api_base.clone(),
            connect_timeout: self.connect_timeout,
            request_timeout: self.request_timeout,
            page_size: self.page_size,
            cache_dir,
            ..ClientOptions::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {file}: {detail} — check the path (--config or WXMOD_CONFIG)")]
    Read { file: String, detail: String },
    #[error("config file {file}, line {line}: {detail} — fix the TOML syntax")]
    Syntax {
        file: String,
        line: usize,
        detail: String,
    },
    #[error(
        "config file {file}, line {line}: unknown key `{key}` — remove it (known keys: api_base, appid, secret, token_command, page_size, concurrency, connect_timeout_secs, request_timeout_secs, lang, utc_offset, theme)"
    )]
    UnknownKey {
        file: String,
        line: usize,
        key: String,
    },
    #[error("config file {file}, line {line}: `{key}` {problem}")]
    BadValue {
        file: String,
        line: usize,
        key: String,
        problem: Message,
    },
    #[error(
        "config file {file} holds the app secret and is readable by others: run chmod 600 {file}"
    )]
    SecretReadable { file: String },
    #[error(
        "app credentials are half configured: {present} is set but {missing} is missing — set {missing} too, or remove {present}"
    )]
    HalfCredentials { present: Message, missing: Message },
    #[error("there is no account {name:?} in the config (configured: {})", known.join(", "))]
    UnknownAccount { name: String, known: Vec<String> },
    #[error("several accounts are configured and none is chosen (configured: {})", known.join(", "))]
    NoAccountChosen { known: Vec<String> },
    #[error("config file {file}, line {line}: unknown key `{key}` in [accounts.{account}]")]
    UnknownAccountKey {
        file: String,
        line: usize,
        account: String,
        key: String,
    },
    #[error("{key}={value:?} is not understood: use an offset from UTC such as {example}")]
    BadEnv {
        key: String,
        value: String,
        example: String,
    },
}

/// config.toml as written. No `Debug`: it holds the secret.
#[derive(Default, Deserialize)]
struct FileConfig {
    api_base: Option<Spanned<String>>,
    appid: Option<Spanned<String>>,
    secret: Option<Spanned<String>>,
    token_command: Option<Spanned<String>>,
    page_size: Option<Spanned<i64>>,
    concurrency: Option<Spanned<i64>>,
    connect_timeout_secs: Option<Spanned<i64>>,
    request_timeout_secs: Option<Spanned<i64>>,
    /// Checked before clap parses (`peek`); here only so the key is known.
    #[allow(dead_code)]
    lang: Option<Spanned<String>>,
    utc_offset: Option<Spanned<String>>,
    theme: Option<theme::RawTheme>,
    default_account: Option<Spanned<String>>,
    accounts: Option<BTreeMap<Spanned<String>, accounts::RawAccount>>,
    rules: Option<rules::RawRules>,
    recent_days: Option<Spanned<i64>>,
}

/// Read `config_file` (absent is fine) and merge env and flags over it.
pub fn load(
    config_file: &Path,
    overrides: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Settings, ConfigError> {
    let file_name = config_file.display().to_string();
    let (file, text, read) = read_file(config_file)?;
    let secret_inside = file.secret.is_some()
        || file
            .accounts
            .iter()
            .flatten()
            .any(|(_, a)| a.holds_secret());
    if secret_inside {
        refuse_if_readable_by_others(config_file, &file_name)?;
    }
    let ctx = Ctx {
        file: &file_name,
        text: &text,
    };
    let all = accounts::configured(&ctx, &file)?;
    let chosen = accounts::choose(
        &ctx,
        &file,
        &all,
        overrides.account.clone(),
        env("WXMOD_ACCOUNT"),
    )?;
    let raw = all.get(&chosen).cloned().unwrap_or_default();

    let env = |key: &str| given(env(key));
    let file_str = accounts::text;

    let api_base = match (given(overrides.api_base.clone()), env("WXMOD_API_BASE")) {
        (Some(flag), _) => flag,
        (None, Some(env)) => env,
        (None, None) => match raw.api_base.as_ref().or(file.api_base.as_ref()) {
            Some(v) if !v.get_ref().trim().is_empty() => {
                let raw = v.get_ref().trim();
                crate::api::base_url::check(raw).map_err(|e| {
                    ctx.bad(
                        v.span(),
                        "api_base",
                        msg!(
                            "cli-config-refused",
                            detail = crate::i18n::Localize::message(&e)
                        ),
                    )
                })?;
                raw.to_string()
            }
            _ => DEFAULT_API_BASE.to_string(),
        },
    };

    let ready = given(overrides.access_token.clone())
        .or_else(|| env("WXMOD_ACCESS_TOKEN"))
        .or_else(|| file_str(&raw.access_token));
    let command = given(overrides.token_command.clone())
        .or_else(|| env("WXMOD_TOKEN_COMMAND"))
        .or_else(|| file_str(&raw.token_command));
    let token_source = if let Some(token) = ready {
        Some(TokenSource::Ready(Secret::new(token)))
    } else if let Some(command) = command {
        Some(TokenSource::Command(command))
    } else {
        credentials(
            (env("WXMOD_APPID"), env("WXMOD_SECRET")),
            (file_str(&raw.appid), file_str(&raw.secret)),
            &file_name,
        )?
    };
    if token_source.is_none() && !all.contains_key(&chosen) && !all.is_empty() {
        return Err(ConfigError::NoAccountChosen {
            known: accounts::names(&all),
        });
    }
    let appid = match &token_source {
        Some(TokenSource::Credentials { appid, .. }) => Some(appid.clone()),
        _ => file_str(&raw.appid).or_else(|| env("WXMOD_APPID")),
    };
    let account = AccountId {
        display_name: file_str(&raw.name),
        name: chosen,
        appid,
    };

    let page_size = ctx.ranged(&file.page_size, "page_size", 1, i64::from(MAX_PAGE_SIZE))?;
    let concurrency = ctx.ranged(&file.concurrency, "concurrency", 1, MAX_CONCURRENCY as i64)?;
    let connect = ctx.ranged(&file.connect_timeout_secs, "connect_timeout_secs", 1, 3600)?;
    let request = ctx.ranged(&file.request_timeout_secs, "request_timeout_secs", 1, 3600)?;
    let recent_days = ctx.ranged(&file.recent_days, "recent_days", 1, MAX_RECENT_DAYS)?;
    let utc_offset = match env("WXMOD_UTC_OFFSET") {
        Some(value) => {
            Some(crate::display::parse_utc_offset(&value).ok_or_else(|| bad_offset_env(&value))?)
        }
        None => match &file.utc_offset {
            Some(v) if !v.get_ref().trim().is_empty() => Some(
                crate::display::parse_utc_offset(v.get_ref())
                    .ok_or_else(|| ctx.bad(v.span(), "utc_offset", msg!("cli-config-offset")))?,
            ),
            _ => None,
        },
    };
    let theme = theme::check(&ctx, file.theme.as_ref())?;
    let rules = rules::check(&ctx, file.rules.as_ref())?;
    let defaults = ClientOptions::default();
    Ok(Settings {
        account,
        api_base,
        token_source,
        page_size: page_size.map_or(MAX_PAGE_SIZE, |v| v as u32),
        concurrency: concurrency.map_or(DEFAULT_CONCURRENCY, |v| v as usize),
        connect_timeout: connect
            .map_or(defaults.connect_timeout, |v| Duration::from_secs(v as u64)),
        request_timeout: request
            .map_or(defaults.request_timeout, |v| Duration::from_secs(v as u64)),
        config_file: read.then(|| config_file.to_path_buf()),
        utc_offset,
        theme,
        rules,
        recent_days: recent_days.map_or(crate::articles::DEFAULT_DAYS, |v| v as u32),
    })
}

/// The file parsed (absent reads as empty), its text, and whether it existed.
fn read_file(config_file: &Path) -> Result<(FileConfig, String, bool), ConfigError> {
    let file_name = config_file.display().to_string();
    match std::fs::read_to_string(config_file) {
        Ok(text) => Ok((parse(&file_name, &text)?, text, true)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Ok((FileConfig::default(), String::new(), false))
        }
        Err(e) => Err(ConfigError::Read {
            file: file_name,
            detail: e.to_string(),
        }),
    }
}

/// The configured accounts (name order) and the one a run without
/// `--account` or `WXMOD_ACCOUNT` uses (`None`: none is chosen).
pub fn list_accounts(
    config_file: &Path,
) -> Result<(Vec<AccountEntry>, Option<String>), ConfigError> {
    let file_name = config_file.display().to_string();
    let (file, text, _) = read_file(config_file)?;
    let ctx = Ctx {
        file: &file_name,
        text: &text,
    };
    let all = accounts::configured(&ctx, &file)?;
    let chosen = accounts::choose(&ctx, &file, &all, None, None)?;
    let default = all.contains_key(&chosen).then_some(chosen);
    Ok((accounts::entries(&file, &all), default))
}

/// Empty and blank values count as not given.
fn given(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Two passes: keys first (so an unknown one is named with its line), then values.
fn parse(file: &str, text: &str) -> Result<FileConfig, ConfigError> {
    let ctx = Ctx { file, text };
    let keys: BTreeMap<Spanned<String>, toml::Value> =
        toml::from_str(text).map_err(|e| ctx.toml_error(&e, false))?;
    let mut unknown: Vec<&Spanned<String>> = keys
        .keys()
        .filter(|k| !KNOWN_KEYS.contains(&k.get_ref().as_str()))
        .collect();
    unknown.sort_by_key(|k| k.span().start);
    if let Some(key) = unknown.first() {
        return Err(ConfigError::UnknownKey {
            file: file.to_string(),
            line: ctx.line(key.span().start),
            key: crate::sanitize::clean_line(key.get_ref()).into_owned(),
        });
    }
    if let Some((account, key)) = accounts::unknown_account_key(text) {
        return Err(ConfigError::UnknownAccountKey {
            file: file.to_string(),
            line: ctx.line(key.span().start),
            account: crate::sanitize::clean_line(&account).into_owned(),
            key: crate::sanitize::clean_line(key.get_ref()).into_owned(),
        });
    }
    toml::from_str(text).map_err(|e| ctx.toml_error(&e, true))
}
