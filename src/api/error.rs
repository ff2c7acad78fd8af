//! Typed errors of the API layer. Every message says what failed and what to do,
//! and never contains a token or the secret (URLs are redacted before they land here).

use super::catalog::{self, ErrClass};
use crate::i18n::{Localize, Message};
use crate::msg;

/// Why no token could be had. Messages name the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    NoSource,
    ReadyTokenRejected {
        code: i64,
    },
    /// The token command could not give a token (why, in the user's words).
    Command {
        detail: Message,
    },
    /// The token command ran again after a rejection and its new token was rejected too.
    CommandTokenRejected {
        code: i64,
    },
    /// A token fetched just now with the app credentials was rejected too.
    FreshTokenRejected {
        code: i64,
    },
    Fetch {
        code: i64,
        errmsg: String,
    },
    /// Why the token request got no answer.
    Network(Message),
    Cache {
        path: String,
        detail: String,
    },
}

impl TokenError {
    /// A failed fetch of `stable_token`.
    pub fn fetch(code: i64, errmsg: &str) -> Self {
        TokenError::Fetch {
            code,
            errmsg: errmsg.to_string(),
        }
    }
}

impl Localize for TokenError {
    fn message(&self) -> Message {
        let code = |c: &i64| c.to_string();
        match self {
            TokenError::NoSource => msg!("api-no-source"),
            TokenError::ReadyTokenRejected { code: c } => {
                msg!("api-ready-token-rejected", code = code(c))
            }
            TokenError::Command { detail } => msg!("api-command-failed", detail = detail.clone()),
            TokenError::CommandTokenRejected { code: c } => {
                msg!("api-command-token-rejected", code = code(c))
            }
            TokenError::FreshTokenRejected { code: c } => {
                msg!("api-fresh-token-rejected", code = code(c))
            }
            TokenError::Fetch { code: c, errmsg } => {
                // Unknown codes get the usual remedy for a fetch: the credentials.
                let explained = match catalog::remedy(*c) {
                    Some(_) => catalog::explain(*c, errmsg),
                    None => msg!(
                        "errcode-explained",
                        meaning = catalog::meaning(*c, errmsg),
                        remedy = msg!("api-token-fetch-remedy")
                    ),
                };
                msg!(
                    "api-token-fetch-failed",
                    code = code(c),
                    errmsg = errmsg.as_str(),
                    explained = explained
                )
            }
            TokenError::Network(why) => msg!("api-token-network", detail = why.clone()),
            TokenError::Cache { path, detail } => msg!(
                "api-token-cache",
                path = path.as_str(),
                detail = detail.as_str()
            ),
        }
    }
}

/// The API base URL was refused before any request (see `base_url::check`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BaseUrlError {
    Empty,
    /// Not a URL at all (the parser's reason).
    NotAUrl {
        why: String,
    },
    Credentials {
        shown: String,
    },
    QueryOrFragment {
        shown: String,
    },
    NoHost {
        shown: String,
    },
    PlainHttp {
        shown: String,
    },
    Scheme {
        scheme: String,
    },
}

impl Localize for BaseUrlError {
    fn message(&self) -> Message {
        match self {
            BaseUrlError::Empty => msg!("api-base-empty"),
            BaseUrlError::NotAUrl { why } => msg!("api-base-not-a-url", why = why.as_str()),
            BaseUrlError::Credentials { shown } => {
                msg!("api-base-credentials", base = shown.as_str())
            }
            BaseUrlError::QueryOrFragment { shown } => {
                msg!("api-base-query", base = shown.as_str())
            }
            BaseUrlError::NoHost { shown } => msg!("api-base-no-host", base = shown.as_str()),
            BaseUrlError::PlainHttp { shown } => {
                msg!("api-base-plain-http", base = shown.as_str())
            }
            BaseUrlError::Scheme { scheme } => msg!("api-base-scheme", scheme = scheme.as_str()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The server answered an errcode the client could not recover from.
    Api {
        path: &'static str,
        code: i64,
        errmsg: String,
    },
    /// No connection (the library's reason, without the URL).
    Network {
        base: String,
        detail: String,
    },
    /// The HTTPS client could not be set up (no CA certificates).
    NoTls {
        detail: String,
    },
    Timeout {
        path: &'static str,
        secs: u64,
    },
    Http {
        path: &'static str,
        status: u16,
    },
    /// The answer could not be read (why, in the user's words).
    Decode {
        path: &'static str,
        detail: Message,
    },
    Token(#[from] TokenError),
    BaseUrl(#[from] BaseUrlError),
}

impl Localize for ApiError {
    fn message(&self) -> Message {
        match self {
            ApiError::Api { path, code, errmsg } => msg!(
                "api-errcode",
                path = *path,
                code = code.to_string(),
                errmsg = errmsg.as_str(),
                explained = catalog::explain(*code, errmsg)
            ),
            ApiError::Network { base, detail } => msg!(
                "api-network",
                base = base.as_str(),
                detail = detail.as_str()
            ),
            ApiError::NoTls { detail } => msg!("api-no-tls", detail = detail.as_str()),
            ApiError::Timeout { path, secs } => msg!(
                "api-timeout",
                path = *path,
                secs = u32::try_from(*secs).unwrap_or(u32::MAX)
            ),
            ApiError::Http { path, status } => {
                msg!("api-http", path = *path, status = status.to_string())
            }
            ApiError::Decode { path, detail } => {
                msg!("api-decode", path = *path, detail = detail.clone())
            }
            ApiError::Token(e) => e.message(),
            ApiError::BaseUrl(e) => e.message(),
        }
    }
}

crate::display_via_message!(TokenError, BaseUrlError, ApiError);

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
            ApiError::Token(_) | ApiError::BaseUrl(_) | ApiError::NoTls { .. } => ErrClass::Stop,
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

    #[test]
    fn errors_read_in_chinese_and_name_the_fix() {
        use crate::i18n::Lang;
        let api = ApiError::Api {
            path: "/cgi-bin/comment/list",
            code: 45009,
            errmsg: "reach max api daily quota limit".into(),
        };
        let en = api.to_string();
        assert!(
            en.starts_with(
                "/cgi-bin/comment/list: errcode 45009 (reach max api daily quota limit): "
            ) && en.contains("tomorrow"),
            "{en}"
        );
        let zh = api.render(Lang::Zh);
        assert!(zh.contains("错误码 45009") && zh.contains("明天"), "{zh}");
        assert!(
            zh.contains("reach max api daily quota limit"),
            "the server's errmsg stays as sent: {zh}"
        );

        let none = ApiError::Token(TokenError::NoSource);
        assert!(
            none.to_string()
                .starts_with("no credentials: set WXMOD_ACCESS_TOKEN")
        );
        let zh = none.render(Lang::Zh);
        assert!(
            zh.contains("凭据") && zh.contains("WXMOD_ACCESS_TOKEN"),
            "{zh}"
        );

        let ready = TokenError::ReadyTokenRejected { code: 40001 };
        let zh = ready.render(Lang::Zh);
        assert!(
            zh.contains("40001") && zh.contains("--access-token"),
            "{zh}"
        );
        assert!(ready.to_string().contains("--access-token"));

        let fetch = TokenError::fetch(40125, "invalid appsecret");
        let en = fetch.to_string();
        assert!(
            en.starts_with("token fetch failed (40125 invalid appsecret): "),
            "{en}"
        );
        let unknown = TokenError::fetch(61234, "odd").to_string();
        assert!(unknown.ends_with(" — check appid and secret"), "{unknown}");

        let timeout = ApiError::Timeout {
            path: "/cgi-bin/comment/list",
            secs: 30,
        };
        let zh = timeout.render(Lang::Zh);
        assert!(
            zh.contains("30 秒") && zh.contains("request_timeout"),
            "{zh}"
        );
    }

    #[test]
    fn base_url_refusals_read_in_chinese() {
        use crate::i18n::Lang;
        let e = ApiError::from(BaseUrlError::PlainHttp {
            shown: "http://example.com".into(),
        });
        assert!(
            e.to_string()
                .starts_with("refusing plain http to http://example.com")
        );
        let zh = e.render(Lang::Zh);
        assert!(zh.contains("明文") && zh.contains("https://"), "{zh}");
        assert_eq!(e.class(), ErrClass::Stop);
    }
}
