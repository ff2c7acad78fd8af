//! How a run ends: the one exit-status table of the CLI and the console (as
//! documented in the README's "Exit codes"), the signals that ask a run to
//! stop (`signals`), and the output that never panics when its reader has gone
//! (`out`). Nothing here decides what to print.

pub mod out;
pub mod signals;

use crate::api::ApiError;
use crate::api::catalog::ErrClass;

/// The exit status of every front end (the CLI commands and the console).
/// Ordered by how much it tells: a run that saw several endings reports the
/// last in this order (`worst`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Everything done.
    Ok = 0,
    /// Some comments failed, or the request failed; trying again may work.
    Failed = 1,
    /// Usage or configuration error: nothing was sent.
    Usage = 2,
    /// Stopped: by the user (cancelled, a stop signal, answered "no") or by
    /// something that stops every next request too (quota, permission, wrong
    /// article, no usable token); some comments were not attempted.
    Stopped = 3,
    /// Quit at once (a second Ctrl-C or stop signal): requests in flight were
    /// left without an answer; `wxmod history` tells which.
    Quit = 130,
}

impl Exit {
    /// The status of a command that ended on `err`, decided by its class
    /// alone (the same class that decides whether a batch goes on):
    ///
    /// - `ErrClass::Stop` → 3 (`Stopped`): nothing more can work until someone
    ///   acts — a spent quota, a missing permission, a wrong article, a token
    ///   that is rejected or cannot be had (its command failed, its endpoint
    ///   did not answer). A batch stopped by the same cause also ends in 3, so
    ///   a bad token reads the same in `list`, in a plan and mid-batch.
    /// - anything else → 1 (`Failed`): the network, a timeout, a busy server,
    ///   an HTTP error or an unreadable answer; the same failure on one item
    ///   of a batch fails only that item, which is also 1.
    ///
    /// Configuration and usage problems found before anything is sent are not
    /// `ApiError`s here: they end in 2 before this is asked.
    pub fn for_error(err: &ApiError) -> Exit {
        Exit::for_class(err.class())
    }

    /// `for_error` for a class already known.
    pub fn for_class(class: ErrClass) -> Exit {
        match class {
            ErrClass::Stop => Exit::Stopped,
            ErrClass::Success => Exit::Ok,
            ErrClass::RefreshToken | ErrClass::Retry | ErrClass::WaitMinute | ErrClass::PerItem => {
                Exit::Failed
            }
        }
    }

    /// The status of a batch that ran: 0 when every comment is done (a stop
    /// that came after the last answer changes nothing), else 3 when it was
    /// stopped (by the user or a stop answer, with or without items left),
    /// else 1 (some failed, or their outcome is not known).
    pub fn for_batch(done: usize, total: usize, stopped: bool) -> Exit {
        if done >= total {
            Exit::Ok
        } else if stopped {
            Exit::Stopped
        } else {
            Exit::Failed
        }
    }

    /// Of two endings of one run, the one that says more (see the order).
    pub fn worst(self, other: Exit) -> Exit {
        self.max(other)
    }

    pub fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::TokenError;

    #[test]
    fn the_table_is_the_readme_s() {
        let codes: Vec<u8> = [
            Exit::Ok,
            Exit::Failed,
            Exit::Usage,
            Exit::Stopped,
            Exit::Quit,
        ]
        .iter()
        .map(|e| e.code())
        .collect();
        assert_eq!(codes, [0, 1, 2, 3, 130]);
    }

    #[test]
    fn errors_end_by_their_class_network_and_token_alike() {
        let network = ApiError::Network {
            base: "http://127.0.0.1:9".into(),
            detail: "connection refused".into(),
        };
        assert_eq!(Exit::for_error(&network), Exit::Failed);
        // A token that cannot be had stops everything, whatever the reason.
        for token in [
            TokenError::Network(crate::i18n::Message::text("refused")),
            TokenError::ReadyTokenRejected { code: 40001 },
            TokenError::fetch(40013, "invalid appid"),
        ] {
            assert_eq!(Exit::for_error(&ApiError::Token(token)), Exit::Stopped);
        }
        let quota = ApiError::Api {
            path: "/cgi-bin/comment/list",
            code: 45009,
            errmsg: String::new(),
        };
        assert_eq!(Exit::for_error(&quota), Exit::Stopped);
        let busy = ApiError::Api {
            path: "/cgi-bin/comment/list",
            code: -1,
            errmsg: String::new(),
        };
        assert_eq!(Exit::for_error(&busy), Exit::Failed);
    }

    #[test]
    fn a_batch_ends_by_what_is_done_and_whether_it_stopped() {
        assert_eq!(Exit::for_batch(10, 10, false), Exit::Ok);
        assert_eq!(
            Exit::for_batch(10, 10, true),
            Exit::Ok,
            "stopped after the last answer"
        );
        assert_eq!(Exit::for_batch(9, 10, false), Exit::Failed);
        assert_eq!(
            Exit::for_batch(9, 10, true),
            Exit::Stopped,
            "stopped, none left"
        );
        assert_eq!(Exit::for_batch(2, 10, true), Exit::Stopped);
    }

    #[test]
    fn the_worst_ending_wins() {
        assert_eq!(Exit::Ok.worst(Exit::Failed), Exit::Failed);
        assert_eq!(Exit::Stopped.worst(Exit::Failed), Exit::Stopped);
        assert_eq!(Exit::Stopped.worst(Exit::Quit), Exit::Quit);
    }
}
