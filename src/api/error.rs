//! Typed errors of the API layer. Every message says what failed and what to do,
//! and never contains a token or the secret (URLs are redacted before they land here).

use super::catalog::{self, ErrClass};

/// Why no token could be had. Messages name the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error(
        "no credentials: set WXMOD_ACCESS_TOKEN, token_command, or WXMOD_APPID and WXMOD_SECRET (see README), or try --demo"
    )]
    NoSource,
    #[error(
        "token rejected ({code}): the ready access token is invalid or expired — get a new one and pass it with --access-token or WXMOD_ACCESS_TOKEN"
    )]
    ReadyTokenRejected { code: i64 },
    #[error("token command failed: {detail} — check token_command (or --token-command)")]
    Command { detail: String },
    /// The token command ran again after a rejection and its new token was rejected too.
    #[error(
        "token rejected ({code}): the token printed by the token command is invalid or expired, even after running it again — fix token_command (or --token-command, WXMOD_TOKEN_COMMAND) so it prints a current token"
    )]
    CommandTokenRejected { code: i64 },
    /// A token fetched just now with the app credentials was rejected too.
    #[error(
        "token rejected ({code}) right after fetching a new one — check that appid and secret belong to the account this API base serves, and try again in a minute"
    )]
    FreshTokenRejected { code: i64 },
    #[error("token fetch failed ({code} {errmsg}): {meaning} — {remedy}")]
    Fetch {
        code: i64,
        errmsg: String,
        meaning: String,
        remedy: String,
    },
    #[error("cannot fetch a token: {0}")]
    Network(String),
    #[error("token cache {path}: {detail}")]
    Cache { path: String, detail: String },
}

impl TokenError {
    /// A failed fetch, described from the catalog.
    pub fn fetch(code: i64, errmsg: &str) -> Self {
        let (meaning, remedy) = match catalog::lookup(code) {
            Some(info) => (
                crate::i18n::Lang::En.t(info.meaning),
                crate::i18n::Lang::En.t(info.remedy),
            ),
            None => (
                catalog::meaning(code, errmsg).to_string(),
                "check appid and secret".to_string(),
            ),
        };
        TokenError::Fetch {
            code,
            errmsg: errmsg.to_string(),
            meaning,
            remedy,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The server answered an errcode the client could not recover from.
    #[error("{path}: errcode {code} ({errmsg}): {meaning}{remedy}", meaning = catalog::meaning(*.code, .errmsg), remedy = remedy_suffix(*.code))]
    Api {
        path: &'static str,
        code: i64,
        errmsg: String,
    },
    #[error("cannot reach the API at {base}: {detail} — check the network or --api-base")]
    Network { base: String, detail: String },
    #[error(
        "no answer from {path} within {secs}s — the server is slow or unreachable; raise request_timeout in the config or try again"
    )]
    Timeout { path: &'static str, secs: u64 },
    #[error(
        "{path}: the server answered HTTP {status} — try again in a while; if it persists, check api_base (--api-base)"
    )]
    Http { path: &'static str, status: u16 },
    #[error(
        "{path}: unreadable answer ({detail}) — check that api_base (--api-base) points at the WeChat API"
    )]
    Decode { path: &'static str, detail: String },
    #[error(transparent)]
    Token(#[from] TokenError),
    #[error("{0}")]
    BaseUrl(String),
}

fn remedy_suffix(code: i64) -> String {
    catalog::lookup(code)
        .map(|info| format!(" — {}", crate::i18n::Lang::En.t(info.remedy)))
        .unwrap_or_default()
}

impl ApiError {
    /// The errcode behind this error, when the server sent one.
    pub fn errcode(&self) -> Option<i64> {
        match self {
            ApiError::Api { code, .. } => Some(*code),
            ApiError::Token(TokenError::ReadyTokenRejected { code })
            | ApiError::Token(TokenError::CommandTokenRejected { code })
            | ApiError::Token(TokenError::FreshTokenRejected { code })
            | ApiError::Token(TokenError::Fetch { code, .. }) => Some(*code),
            _ => None,
        }
    }

    /// How a batch should treat this error: token and configuration problems
    /// stop everything; a lost connection or timeout (after retries) fails one item.
    /// The client has already retried, waited and refreshed before it gives up, so
    /// a busy server (-1) left over fails one item, a minute limit that keeps
    /// coming back (45011) stops, and a token code stops.
    pub fn class(&self) -> ErrClass {
        match self {
            ApiError::Api { code, .. } => match catalog::class_of(*code) {
                ErrClass::Retry => ErrClass::PerItem,
                ErrClass::WaitMinute | ErrClass::RefreshToken => ErrClass::Stop,
                class => class,
            },
            ApiError::Token(_) | ApiError::BaseUrl(_) => ErrClass::Stop,
            ApiError::Network { .. }
            | ApiError::Timeout { .. }
            | ApiError::Http { .. }
            | ApiError::Decode { .. } => ErrClass::PerItem,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_name_the_remedy() {
        let e = ApiError::Api {
            path: "/cgi-bin/comment/list",
            code: 88001,
            errmsg: "msg_data is not exists".into(),
        };
        let text = e.to_string();
        assert!(
            text.contains("88001") && text.contains("check the msg_data_id"),
            "{text}"
        );
        assert_eq!(e.class(), ErrClass::Stop);
        assert_eq!(e.errcode(), Some(88001));
    }
}
