//! Why an account does not work, in the user's terms: shared by `account
//! check` and the console's account switch.

use std::net::IpAddr;

use crate::api::catalog;
use crate::api::{ApiError, TokenError};
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::sanitize::clean_line;

/// The failure in the user's terms: 40164 names the IP whitelist (and the
/// address the server saw), 40013/40125 which of appid and secret is wrong;
/// other codes get the errcode catalog's meaning and remedy.
pub fn explain(err: &ApiError, appid: &str) -> Message {
    let code_and_text = match err {
        ApiError::Token(TokenError::Fetch { code, errmsg }) => Some((*code, errmsg.as_str())),
        ApiError::Api { code, errmsg, .. } => Some((*code, errmsg.as_str())),
        _ => None,
    };
    match code_and_text {
        Some((40164, errmsg)) => match seen_ip(errmsg) {
            Some(ip) => msg!("accounts-explain-40164-ip", ip = ip.to_string()),
            None => msg!("accounts-explain-40164"),
        },
        Some((40013, _)) => msg!(
            "accounts-explain-40013",
            appid = clean_line(appid).into_owned()
        ),
        Some((40125, _)) => msg!(
            "accounts-explain-40125",
            appid = clean_line(appid).into_owned()
        ),
        _ => match err {
            ApiError::Api { path, code, errmsg } => msg!(
                "cli-api-errcode",
                path = *path,
                code = code.to_string(),
                errmsg = clean_line(errmsg),
                explain = catalog::explain(*code, errmsg)
            ),
            other => other.message(),
        },
    }
}

/// The address in `invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in
/// whitelist`: the one the server saw, which the whitelist needs.
pub fn seen_ip(errmsg: &str) -> Option<IpAddr> {
    let lower = errmsg.to_ascii_lowercase();
    let at = lower.find("invalid ip")? + "invalid ip".len();
    errmsg[at..]
        .split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())?
        .parse()
        .ok()
}
