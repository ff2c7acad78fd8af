//! Accounts: `[accounts.NAME]` tables, `default_account`, and the old
//! top-level keys read as the account named `default`. Which account a run
//! uses: `--account` > `WXMOD_ACCOUNT` > `default_account` > the only
//! configured account > `default`. Nothing here ever shows a secret or token.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{ConfigError, Ctx, FileConfig, given};
use crate::msg;

/// The account the old top-level keys make, and the fallback name.
pub const DEFAULT_ACCOUNT: &str = "default";

/// The keys an `[accounts.NAME]` table may hold.
pub const ACCOUNT_KEYS: &[&str] = &[
    "name",
    "appid",
    "secret",
    "token_command",
    "access_token",
    "api_base",
];

/// One `[accounts.NAME]` table as written. No `Debug`: it holds secrets.
#[derive(Default, Clone, Deserialize)]
pub(super) struct RawAccount {
    pub name: Option<Spanned<String>>,
    pub appid: Option<Spanned<String>>,
    pub secret: Option<Spanned<String>>,
    pub token_command: Option<Spanned<String>>,
    pub access_token: Option<Spanned<String>>,
    pub api_base: Option<Spanned<String>>,
}

impl RawAccount {
    pub fn holds_secret(&self) -> bool {
        self.secret.is_some() || self.access_token.is_some()
    }
}

/// Who a session works as: the journal and the console name it. Never a secret.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccountId {
    /// The config's name (`[accounts.NAME]`, or `default`).
    pub name: String,
    /// The optional `name = "..."` people recognise (untrusted: sanitize).
    pub display_name: Option<String>,
    /// The appid, when known (credentials, or an `appid` next to a token command).
    pub appid: Option<String>,
}

/// Where an account's token comes from, as `wxmod accounts` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Credentials,
    Command,
    Ready,
    /// Nothing configured (the environment or flags may still give one).
    None,
}

impl SourceKind {
    /// Stable English word for `--json`.
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Credentials => "app_credentials",
            SourceKind::Command => "token_command",
            SourceKind::Ready => "access_token",
            SourceKind::None => "none",
        }
    }

    /// Where the token comes from, in the user's words (never the secret or
    /// token itself): `wxmod accounts` and the console's account picker.
    pub fn message(self) -> crate::i18n::Message {
        match self {
            SourceKind::Credentials => msg!("accounts-source-credentials"),
            SourceKind::Command => msg!("accounts-source-command"),
            SourceKind::Ready => msg!("accounts-source-ready"),
            SourceKind::None => msg!("accounts-source-none"),
        }
    }
}

/// One configured account, as `wxmod accounts` lists it. No secret in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEntry {
    pub id: AccountId,
    pub source: SourceKind,
    /// The account's own `api_base`, else the top-level one, else WeChat's.
    pub api_base: String,
}

/// Account names are used in paths and on the command line: ASCII letters,
/// digits, `-` and `_`, at most 40. People's names go in `name = "..."`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The old top-level keys make an account.
pub(super) fn top_level_account(file: &FileConfig) -> Option<RawAccount> {
    let any = file.appid.is_some() || file.secret.is_some() || file.token_command.is_some();
    any.then(|| RawAccount {
        name: None,
        appid: file.appid.clone(),
        secret: file.secret.clone(),
        token_command: file.token_command.clone(),
        access_token: None,
        api_base: file.api_base.clone(),
    })
}

/// Every configured account by name (checked: valid names, no `default` twice).
pub(super) fn configured(
    ctx: &Ctx<'_>,
    file: &FileConfig,
) -> Result<BTreeMap<String, RawAccount>, ConfigError> {
    let mut all = BTreeMap::new();
    for (name, raw) in file.accounts.iter().flatten() {
        if !valid_name(name.get_ref()) {
            return Err(ctx.bad(
                name.span(),
                "accounts",
                msg!(
                    "accounts-config-bad-name",
                    name = crate::sanitize::clean_line(name.get_ref()).into_owned()
                ),
            ));
        }
        all.insert(name.get_ref().clone(), raw.clone());
    }
    if let Some(top) = top_level_account(file) {
        if let Some((name, _)) = file
            .accounts
            .iter()
            .flatten()
            .find(|(n, _)| n.get_ref() == DEFAULT_ACCOUNT)
        {
            return Err(ctx.bad(
                name.span(),
                "accounts",
                msg!("accounts-config-default-twice"),
            ));
        }
        all.insert(DEFAULT_ACCOUNT.to_string(), top);
    }
    Ok(all)
}

/// The account a run uses, by the documented precedence. With several
/// accounts and none chosen this is `default`, which may not be configured:
/// the caller decides whether the environment makes up for it.
pub(super) fn choose(
    ctx: &Ctx<'_>,
    file: &FileConfig,
    all: &BTreeMap<String, RawAccount>,
    flag: Option<String>,
    env: Option<String>,
) -> Result<String, ConfigError> {
    let unknown = |name: &str| ConfigError::UnknownAccount {
        name: crate::sanitize::clean_line(name).into_owned(),
        known: names(all),
    };
    if let Some(name) = given(flag).or_else(|| given(env)) {
        // `default` needs no table: the environment alone may configure it.
        if all.contains_key(&name) || (name == DEFAULT_ACCOUNT && all.is_empty()) {
            return Ok(name);
        }
        return Err(unknown(&name));
    }
    if let Some(v) = &file.default_account {
        let name = v.get_ref().trim();
        if !all.contains_key(name) {
            return Err(ctx.bad(
                v.span(),
                "default_account",
                if all.is_empty() {
                    msg!(
                        "accounts-config-default-unknown-none",
                        name = crate::sanitize::clean_line(name).into_owned()
                    )
                } else {
                    msg!(
                        "accounts-config-default-unknown",
                        name = crate::sanitize::clean_line(name).into_owned(),
                        known = crate::i18n::Arg::list(names(all))
                    )
                },
            ));
        }
        return Ok(name.to_string());
    }
    if all.len() == 1
        && let Some(only) = all.keys().next()
    {
        return Ok(only.clone());
    }
    Ok(DEFAULT_ACCOUNT.to_string())
}

/// The configured names (none for an empty config: the messages say
/// "none" in words).
pub(super) fn names(all: &BTreeMap<String, RawAccount>) -> Vec<String> {
    all.keys().cloned().collect()
}

pub(super) fn text(v: &Option<Spanned<String>>) -> Option<String> {
    given(v.as_ref().map(|s| s.get_ref().clone()))
}

/// What `wxmod accounts` lists, in name order.
pub(super) fn entries(file: &FileConfig, all: &BTreeMap<String, RawAccount>) -> Vec<AccountEntry> {
    all.iter()
        .map(|(name, raw)| {
            let source = if raw.access_token.is_some() {
                SourceKind::Ready
            } else if raw.token_command.is_some() {
                SourceKind::Command
            } else if raw.appid.is_some() && raw.secret.is_some() {
                SourceKind::Credentials
            } else {
                SourceKind::None
            };
            AccountEntry {
                id: AccountId {
                    name: name.clone(),
                    display_name: text(&raw.name),
                    appid: text(&raw.appid),
                },
                source,
                api_base: text(&raw.api_base)
                    .or_else(|| text(&file.api_base))
                    .unwrap_or_else(|| crate::api::client::DEFAULT_API_BASE.to_string()),
            }
        })
        .collect()
}

/// The first key an account table may not hold: `(account, key)`.
pub(super) fn unknown_account_key(text: &str) -> Option<(String, Spanned<String>)> {
    #[derive(Deserialize)]
    struct Keys {
        #[serde(default)]
        accounts: BTreeMap<String, BTreeMap<Spanned<String>, toml::Value>>,
    }
    let keys: Keys = toml::from_str(text).ok()?;
    let mut unknown: Vec<(String, Spanned<String>)> = keys
        .accounts
        .into_iter()
        .flat_map(|(account, table)| {
            table
                .into_keys()
                .filter(|k| !ACCOUNT_KEYS.contains(&k.get_ref().as_str()))
                .map(move |k| (account.clone(), k))
        })
        .collect();
    unknown.sort_by_key(|(_, k)| k.span().start);
    unknown.into_iter().next()
}
