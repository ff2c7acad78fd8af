//! What the client does on its own that a user may want to see (a retry, a
//! minute wait, a new token), and the one wording of each. Client, token and
//! transport code all announce through here, so none imports another for it.

use std::time::Duration;

use super::catalog;
use super::error::ApiError;
use super::wire::{
    PATH_CLOSE, PATH_LIST, PATH_OPEN, PATH_QUOTA, PATH_REPLY_ADD, PATH_STABLE_TOKEN, WriteOp,
};
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::sanitize::clean_line_max;

/// Things the client does on its own that a user may want to see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientNotice {
    Retrying {
        path: &'static str,
        /// The number of the try about to be made (2 for the first retry).
        attempt: u32,
        delay: Duration,
        /// Why the last try failed.
        reason: Message,
    },
    WaitingForNextMinute {
        path: &'static str,
        wait: Duration,
    },
    TokenRefreshed,
    /// A fetched token could not be written to the cache: it works for this
    /// run, and the next run fetches again (a quota-limited call).
    TokenNotCached {
        why: Message,
    },
}

impl Localize for ClientNotice {
    fn message(&self) -> Message {
        match self {
            ClientNotice::Retrying {
                path,
                attempt,
                delay,
                reason,
            } => msg!(
                "api-notice-retrying",
                call = call_name(path),
                attempt = *attempt,
                delay = tenths(*delay),
                reason = reason.clone()
            ),
            ClientNotice::WaitingForNextMinute { path, wait } => msg!(
                "api-notice-minute-wait",
                call = call_name(path),
                secs = u32::try_from(wait.as_secs()).unwrap_or(u32::MAX)
            ),
            ClientNotice::TokenRefreshed => msg!("api-notice-token-refreshed"),
            ClientNotice::TokenNotCached { why } => {
                msg!("api-notice-token-not-cached", why = why.clone())
            }
        }
    }
}

/// What a call is, in the user's words: the write operation's verb, else
/// what the call does; an unknown path is shown as it is.
pub fn call_name(path: &str) -> Message {
    if let Some(op) = WriteOp::ALL.into_iter().find(|op| op.path() == path) {
        return op.verb();
    }
    match path {
        PATH_LIST => msg!("api-call-list"),
        PATH_STABLE_TOKEN => msg!("api-call-token"),
        PATH_QUOTA => msg!("api-call-quota"),
        PATH_REPLY_ADD => msg!("api-call-reply"),
        PATH_OPEN => msg!("api-call-open"),
        PATH_CLOSE => msg!("api-call-close"),
        other => Message::text(other),
    }
}

/// Seconds with one decimal ("1.5"), as text: a delay is not a count.
fn tenths(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64())
}

/// Why a try failed, as the user reads it: the catalog's meaning of an
/// errcode, else the error's own message.
pub(crate) fn retry_reason(why: &ApiError) -> Message {
    match why {
        ApiError::Api { code, errmsg, .. } => catalog::meaning(*code, errmsg),
        other => other.message(),
    }
}

/// The retry notice for listeners; the log gets it at info level only
/// (`-v`, `--log-file`): people read the notice, not the log.
pub(crate) fn announce_retry(
    notify: impl FnOnce(ClientNotice),
    path: &'static str,
    attempt: u32,
    delay: Duration,
    why: &ApiError,
) {
    let reason = retry_reason(why);
    tracing::info!(path, attempt, ?delay, reason = %reason, "retrying");
    notify(ClientNotice::Retrying {
        path,
        attempt,
        delay,
        reason,
    });
}

/// An errmsg as wxmod repeats it: neutralised, and no longer than a real one
/// (a misconfigured api_base may answer with a whole page).
pub(crate) fn server_text(errmsg: &str) -> String {
    clean_line_max(errmsg, MAX_ERRMSG_CHARS)
}

/// Real errmsgs are one short sentence plus a request id.
const MAX_ERRMSG_CHARS: usize = 300;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn notices_read_in_both_languages() {
        let n = ClientNotice::Retrying {
            path: "/cgi-bin/comment/unmarkelect",
            attempt: 2,
            delay: Duration::from_millis(1500),
            reason: catalog::meaning(-1, "system error"),
        };
        let en = n.render(Lang::En);
        assert!(en.contains("retrying") && en.contains("1.5"), "{en}");
        assert!(
            en.starts_with("deselect: the WeChat server is busy"),
            "{en}"
        );
        let zh = n.render(Lang::Zh);
        assert!(zh.contains("重试") && zh.contains("第 2 次"), "{zh}");
        assert!(zh.starts_with("取消精选："), "{zh}");
        let zh = ClientNotice::TokenRefreshed.render(Lang::Zh);
        assert!(zh.contains("令牌"), "{zh}");
    }
}
