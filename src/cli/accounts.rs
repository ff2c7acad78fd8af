//! `wxmod accounts`: the configured accounts (name, display name, appid in
//! full, where the token comes from, whether one is cached, which is the
//! default) — never a secret or a token. `wxmod account add` lives in `add`.

use serde_json::json;

use super::{AccountsArgs, CliError, Exit};
use crate::config::{AccountEntry, SourceKind};
use crate::exit::out::{err_line, out_line};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::{SessionError, SessionSettings};

mod add;
mod check;
mod prompt;

pub use add::add;
pub use check::live as check;

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// Where the token comes from, in the user's words (`SourceKind::message`).
pub fn source_message(source: SourceKind) -> Message {
    source.message()
}

/// Whether a fresh token of `entry` is in its cache dir (app credentials only:
/// a command's or a ready token is never cached).
fn cached(entry: &AccountEntry, base: &str, cache_dir: &std::path::Path) -> bool {
    if entry.api_base == crate::session::DEMO_API_BASE {
        return false;
    }
    match (&entry.source, &entry.id.appid) {
        (SourceKind::Credentials, Some(appid)) => crate::api::has_fresh_token(
            &crate::paths::account_cache_dir(cache_dir, &entry.id.name),
            base,
            appid,
        ),
        _ => false,
    }
}

pub fn list(global: &SessionSettings, args: &AccountsArgs, lang: Lang) -> Exit {
    let dirs =
        match crate::paths::Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)
        {
            Ok(dirs) => dirs,
            Err(err) => return super::fail(lang, SessionError::from(err)),
        };
    let found = if global.demo {
        // The demo's own accounts (it reads no config); none caches a token.
        Ok((
            crate::session::demo_accounts(lang),
            Some(crate::session::DEMO_ACCOUNT_NAME.to_string()),
        ))
    } else {
        crate::config::list_accounts(&dirs.config_file)
    };
    let (entries, default) = match found {
        Ok(found) => found,
        Err(err) => return super::fail(lang, SessionError::from(err)),
    };
    // The one a run would use: `--account` / WXMOD_ACCOUNT first (the demo
    // reads only `--account`).
    let env_account = || (!global.demo).then(|| env_var("WXMOD_ACCOUNT")).flatten();
    let chosen = global
        .account
        .clone()
        .or_else(env_account)
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty());
    if let Some(name) = &chosen
        && !entries.iter().any(|e| e.id.name == *name)
    {
        let err = crate::config::ConfigError::UnknownAccount {
            name: clean_line(name).into_owned(),
            known: entries.iter().map(|e| e.id.name.clone()).collect(),
        };
        return super::fail(lang, SessionError::from(err));
    }
    let current = chosen.or(default.clone());
    // `--api-base` / WXMOD_API_BASE replace every account's address for this
    // run (as `config::load` does); the demo reads neither.
    let given = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let overridden = if global.demo {
        None
    } else {
        given(global.api_base.clone())
            .map(|base| (base, "--api-base"))
            .or_else(|| given(env_var("WXMOD_API_BASE")).map(|base| (base, "WXMOD_API_BASE")))
    };
    let used = |e: &AccountEntry| -> String {
        overridden
            .as_ref()
            .map_or_else(|| e.api_base.clone(), |(base, _)| base.clone())
    };
    if args.json {
        for e in &entries {
            let value = json!({
                "name": e.id.name,
                "display_name": e.id.display_name,
                "appid": e.id.appid,
                "token_source": e.source.key(),
                "token_cached": cached(e, &used(e), &dirs.cache_dir),
                "api_base": e.api_base,
                "api_base_used": used(e),
                "api_base_overridden": overridden.is_some(),
                "default": default.as_deref() == Some(e.id.name.as_str()),
                "selected": current.as_deref() == Some(e.id.name.as_str()),
            });
            if let Ok(text) = to_safe_json(&value) {
                out_line(&text);
            }
        }
        return Exit::Ok;
    }
    if entries.is_empty() {
        let text = lang.render(&msg!(
            "accounts-none",
            file = dirs.config_file.display().to_string()
        ));
        err_line(&clean_line(&text));
        return Exit::Ok;
    }
    let show = |m: Message| out_line(&clean_line(&lang.render(&m)));
    let detail = |m: Message| out_line(&format!("    {}", clean_line(&lang.render(&m))));
    for e in &entries {
        let mark = if current.as_deref() == Some(e.id.name.as_str()) {
            "*"
        } else {
            " "
        };
        let is_default = if default.as_deref() == Some(e.id.name.as_str()) {
            "yes"
        } else {
            "no"
        };
        show(match &e.id.display_name {
            Some(display) => msg!(
                "accounts-head-named",
                mark = mark,
                name = e.id.name.as_str(),
                display = display.as_str(),
                default = is_default
            ),
            None => msg!(
                "accounts-head",
                mark = mark,
                name = e.id.name.as_str(),
                default = is_default
            ),
        });
        detail(match &e.id.appid {
            Some(appid) => msg!("accounts-appid", appid = appid.as_str()),
            None => msg!("accounts-appid-none"),
        });
        let cache = match e.source {
            _ if global.demo => "never",
            SourceKind::Credentials if cached(e, &used(e), &dirs.cache_dir) => "yes",
            SourceKind::Credentials => "no",
            _ => "never",
        };
        detail(msg!(
            "accounts-token",
            source = source_message(e.source),
            cached = cache
        ));
        detail(if let Some((base, by)) = &overridden {
            msg!(
                "accounts-api-base-overridden",
                base = base.as_str(),
                by = *by,
                config = e.api_base.as_str()
            )
        } else if e.api_base == crate::session::DEMO_API_BASE {
            // A placeholder, not an address: said in the reader's language.
            msg!("accounts-api-base-demo")
        } else {
            msg!("accounts-api-base", base = e.api_base.as_str())
        });
    }
    Exit::Ok
}

/// An error of `account add`, reported like the others.
pub(crate) fn usage(message: Message) -> CliError {
    CliError::Usage(message)
}
