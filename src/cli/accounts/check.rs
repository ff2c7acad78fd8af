//! The live check after `account add`: fetch a token and read the quota as
//! the new account, and say what went wrong in the user's terms — the IP
//! whitelist (with the address the server saw), which of appid and secret is
//! wrong, a token command that failed.

use crate::api::wire::WriteOp;
use crate::api::{ApiError, Client, TokenError};
use crate::cli::Exit;
use crate::config::{self, Overrides};
use crate::exit::out::err_line;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::sanitize::clean_line;
use crate::session::SessionSettings;

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// Only where to call may come from the environment: the credentials
/// checked are the account's own, not whatever `WXMOD_ACCESS_TOKEN` holds.
fn check_env(key: &str) -> Option<String> {
    match key {
        "WXMOD_API_BASE" => env_var(key),
        _ => None,
    }
}

pub async fn live(global: &SessionSettings, name: &str, lang: Lang) -> Exit {
    let say = |m: Message| err_line(&clean_line(&lang.render(&m)));
    let dirs =
        match crate::paths::Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)
        {
            Ok(dirs) => dirs,
            Err(err) => return crate::cli::fail(lang, crate::session::SessionError::from(err)),
        };
    let overrides = Overrides {
        api_base: global.api_base.clone(),
        account: Some(name.to_string()),
        ..Overrides::default()
    };
    let settings = match config::load(&dirs.config_file, &overrides, &check_env) {
        Ok(settings) => settings,
        Err(err) => return crate::cli::fail(lang, crate::session::SessionError::from(err)),
    };
    let Some(source) = settings.token_source.clone() else {
        return crate::cli::fail(lang, ApiError::Token(TokenError::NoSource));
    };
    let appid = settings.account.appid.clone().unwrap_or_default();
    let cache = crate::paths::account_cache_dir(&dirs.cache_dir, name);
    let mut options = settings.client_options(Some(cache));
    options.command_env = crate::session::command_env(&settings.account);
    say(msg!(
        "accounts-check-start",
        name = name,
        base = settings.api_base.as_str()
    ));
    let client = match Client::new(options, source) {
        Ok(client) => client,
        Err(err) => return crate::cli::fail(lang, err),
    };
    match client.quota(WriteOp::UnmarkElect.path()).await {
        Ok(quota) => {
            say(msg!(
                "accounts-check-ok",
                name = name,
                remain = usize::try_from(quota.remain).unwrap_or(usize::MAX),
                limit = usize::try_from(quota.daily_limit).unwrap_or(usize::MAX)
            ));
            Exit::Ok
        }
        Err(err) => {
            say(msg!(
                "accounts-check-failed",
                name = name,
                why = explain(&err, &appid)
            ));
            say(msg!("accounts-check-again", name = name));
            Exit::for_error(&err)
        }
    }
}

/// Moved below the command line so the console's account switch says the
/// same (`crate::session::explain`).
pub use crate::session::explain;

#[cfg(test)]
mod tests {
    use crate::session::seen_ip;

    #[test]
    fn the_address_the_server_saw_is_read_from_its_errmsg() {
        let m = "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6f1a";
        assert_eq!(seen_ip(m), Some("203.0.113.7".parse().unwrap()));
        assert_eq!(
            seen_ip("invalid ip 2001:db8::1, not in whitelist"),
            Some("2001:db8::1".parse().unwrap())
        );
        assert_eq!(seen_ip("invalid ip, not in whitelist"), None);
        assert_eq!(seen_ip("invalid ip <script>, not"), None);
        assert_eq!(seen_ip("api unauthorized"), None);
    }
}
