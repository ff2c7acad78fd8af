//! The stop rules: what one write answer means for its item and for the batch.
//! Pure: no I/O, so every rule is testable on plain values.

use std::time::Duration;

use crate::api::catalog::{self, ErrClass};
use crate::api::secret::redact_url_secrets;
use crate::api::wire::{CommentId, WriteOp};
use crate::api::{ApiError, CallOutcome, ClientNotice, TokenError, WriteFailure};
use crate::batch::event::{ItemResult, ItemStatus, StopReason};
use crate::i18n::{Localize, Message};
use crate::msg;

/// What one answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub result: ItemResult,
    /// Set when nothing more may be sent.
    pub stop: Option<StopReason>,
    /// False when no answer came from the server (network, timeout, bad gateway).
    pub answered: bool,
}

fn item(id: CommentId, status: ItemStatus, duration: Duration) -> ItemResult {
    ItemResult {
        user_comment_id: id,
        article: None,
        status,
        errcode: None,
        errmsg: String::new(),
        meaning: Message::text(""),
        attempts: 0,
        duration,
    }
}

/// The article's elected comments are at their limit: every further elect
/// on it would be refused the same way, so an electing batch stops there.
pub const ELECTED_LIMIT: i64 = 88003;

/// The catalog's class, for this operation: 88003 is one item's failure in
/// general but ends an electing batch.
fn class_for(op: WriteOp, errcode: i64) -> ErrClass {
    if op == WriteOp::MarkElect && errcode == ELECTED_LIMIT {
        return ErrClass::Stop;
    }
    catalog::class_of(errcode)
}

/// An errcode the client gave back as final.
fn answer(op: WriteOp, id: CommentId, duration: Duration, outcome: CallOutcome) -> Verdict {
    let CallOutcome {
        errcode,
        errmsg,
        attempts,
        unanswered_before,
    } = outcome;
    // A refusal after a try that may have been applied proves nothing (a
    // deleted comment answers 88008 the second time): look before saying.
    let status = match (errcode, unanswered_before) {
        (0, _) => ItemStatus::Done,
        (_, true) => ItemStatus::Unknown,
        (_, false) => ItemStatus::Failed,
    };
    let mut result = item(id, status, duration);
    result.meaning = match status {
        ItemStatus::Done => op.done_word(),
        ItemStatus::Unknown => msg!("batch-unknown", why = catalog::meaning(errcode, &errmsg)),
        _ => catalog::meaning(errcode, &errmsg),
    };
    // The client already refreshed the token and waited out the minute: the
    // same answer again means nothing else will work either.
    let stop = match class_for(op, errcode) {
        ErrClass::Stop | ErrClass::RefreshToken | ErrClass::WaitMinute => Some(StopReason::Api {
            code: errcode,
            errmsg: errmsg.clone(),
        }),
        ErrClass::Success | ErrClass::Retry | ErrClass::PerItem => None,
    };
    result.errcode = Some(errcode);
    result.errmsg = errmsg;
    result.attempts = attempts;
    Verdict {
        result,
        stop,
        answered: true,
    }
}

/// What one write answer means. Every text in it is free of token and secret
/// values, as it goes to the journal and the screen: a misconfigured proxy may
/// echo the request URL, `access_token=` included, in its errmsg.
pub fn classify(
    op: WriteOp,
    id: CommentId,
    duration: Duration,
    outcome: Result<CallOutcome, WriteFailure>,
) -> Verdict {
    let mut verdict = classify_raw(op, id, duration, outcome);
    let result = &mut verdict.result;
    result.errmsg = redact_url_secrets(&result.errmsg);
    result.meaning = redact_message(&result.meaning);
    verdict.stop = verdict.stop.map(|stop| match stop {
        StopReason::Api { code, errmsg } => StopReason::Api {
            code,
            errmsg: redact_url_secrets(&errmsg),
        },
        StopReason::Auth { message } => StopReason::Auth {
            message: redact_message(&message),
        },
        other => other,
    });
    verdict
}

/// The message as it is unless its English rendering holds a token value,
/// then that rendering redacted (the journal keeps English anyway).
fn redact_message(message: &Message) -> Message {
    let english = message.to_string();
    let redacted = redact_url_secrets(&english);
    if redacted == english {
        message.clone()
    } else {
        Message::text(redacted)
    }
}

fn classify_raw(
    op: WriteOp,
    id: CommentId,
    duration: Duration,
    outcome: Result<CallOutcome, WriteFailure>,
) -> Verdict {
    let WriteFailure {
        error: err,
        attempts,
        maybe_applied,
    } = match outcome {
        Ok(outcome) => return answer(op, id, duration, outcome),
        Err(failure) => failure,
    };
    let message = err.message();
    let mut verdict = match err {
        ApiError::Api { code, errmsg, .. } => answer(
            op,
            id,
            duration,
            CallOutcome {
                errcode: code,
                errmsg,
                attempts,
                unanswered_before: maybe_applied,
            },
        ),
        // The request reached the server and was refused for the token.
        ApiError::Token(
            TokenError::ReadyTokenRejected { code }
            | TokenError::CommandTokenRejected { code }
            | TokenError::FreshTokenRejected { code },
        ) => {
            let mut result = item(id, ItemStatus::Failed, duration);
            result.errcode = Some(code);
            result.meaning = message.clone();
            Verdict {
                result,
                stop: Some(StopReason::Auth { message }),
                answered: true,
            }
        }
        // No token could be had, so this request never went out (earlier
        // tries of it are looked at below).
        err if err.class() == ErrClass::Stop => {
            let mut result = item(id, ItemStatus::NotAttempted, duration);
            result.meaning = msg!("batch-not-sent", why = message.clone());
            if attempts > 0 {
                result.status = ItemStatus::Failed;
                result.meaning = message.clone();
            }
            Verdict {
                result,
                stop: Some(StopReason::Auth { message }),
                answered: true,
            }
        }
        _ => {
            let mut result = item(id, ItemStatus::Failed, duration);
            result.meaning = message;
            Verdict {
                result,
                stop: None,
                answered: false,
            }
        }
    };
    let result = &mut verdict.result;
    result.attempts = attempts;
    // Something went out and no answer the catalog understands came back:
    // neither failed nor done until the list is read.
    if maybe_applied && result.status != ItemStatus::Done {
        if result.status != ItemStatus::Unknown {
            result.meaning = msg!("batch-unknown", why = result.meaning.clone());
        }
        result.status = ItemStatus::Unknown;
    }
    verdict
}

/// A task that found the batch already stopped: its request never went out.
pub fn unsent(id: CommentId, stop: Option<&StopReason>) -> Verdict {
    let why = stop.map_or_else(|| msg!("batch-stopped"), StopReason::short_message);
    Verdict {
        result: ItemResult {
            user_comment_id: id,
            article: None,
            status: ItemStatus::NotAttempted,
            errcode: None,
            errmsg: String::new(),
            meaning: msg!("batch-not-attempted-because", why = why),
            attempts: 0,
            duration: Duration::ZERO,
        },
        stop: None,
        answered: true,
    }
}

/// The request's task panicked: it may have sent the request, so the outcome
/// is unknown until the list is read.
pub fn panicked(id: CommentId) -> Verdict {
    Verdict {
        result: ItemResult {
            user_comment_id: id,
            article: None,
            status: ItemStatus::Unknown,
            errcode: None,
            errmsg: String::new(),
            meaning: msg!("batch-internal-error"),
            attempts: 0,
            duration: Duration::ZERO,
        },
        stop: None,
        answered: true,
    }
}

/// A client notice for the user, when it concerns this batch's calls: the
/// client's own wording (`ClientNotice::message`), so there is one.
pub fn describe_notice(op: WriteOp, notice: &ClientNotice) -> Option<Message> {
    match notice {
        ClientNotice::Retrying { path, .. } | ClientNotice::WaitingForNextMinute { path, .. }
            if *path != op.path() =>
        {
            None
        }
        notice => Some(notice.message()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OP: WriteOp = WriteOp::UnmarkElect;
    const D: Duration = Duration::from_millis(5);

    fn ok(code: i64, msg: &str) -> Result<CallOutcome, WriteFailure> {
        Ok(CallOutcome {
            errcode: code,
            errmsg: msg.into(),
            attempts: 2,
            unanswered_before: false,
        })
    }

    fn failed(
        error: ApiError,
        attempts: u32,
        maybe_applied: bool,
    ) -> Result<CallOutcome, WriteFailure> {
        Err(WriteFailure {
            error,
            attempts,
            maybe_applied,
        })
    }

    #[test]
    fn success_and_per_item_failures_go_on() {
        let v = classify(OP, 1, D, ok(0, ""));
        assert_eq!(v.result.status, ItemStatus::Done);
        assert_eq!(v.result.meaning.to_string(), "deselected");
        assert_eq!(v.result.attempts, 2);
        assert_eq!(v.stop, None);
        let v = classify(OP, 1, D, ok(88008, "comment is not exists"));
        assert_eq!(v.result.status, ItemStatus::Failed);
        assert_eq!(v.result.errcode, Some(88008));
        assert_eq!(v.stop, None);
        let v = classify(OP, 1, D, ok(77777, "odd"));
        assert_eq!(
            (v.result.status, v.stop.is_none()),
            (ItemStatus::Failed, true)
        );
        assert!(v.result.meaning.to_string().contains("odd"));
        // -1 still there after the client's retries: this item failed, go on.
        assert_eq!(classify(OP, 1, D, ok(-1, "system error")).stop, None);
    }

    #[test]
    fn the_elected_limit_stops_an_electing_batch_only() {
        let v = classify(
            WriteOp::MarkElect,
            1,
            D,
            ok(88003, "elected comment upper limit"),
        );
        assert_eq!(v.result.status, ItemStatus::Failed);
        assert!(
            matches!(v.stop, Some(StopReason::Api { code: 88003, .. })),
            "{v:?}"
        );
        let v = classify(
            WriteOp::UnmarkElect,
            1,
            D,
            ok(88003, "elected comment upper limit"),
        );
        assert_eq!(v.stop, None);
    }

    #[test]
    fn stop_class_answers_stop() {
        for code in [45009, 48001, 88000, 88001, 42001, 45011] {
            let v = classify(OP, 1, D, ok(code, "x"));
            assert_eq!(v.result.status, ItemStatus::Failed, "{code}");
            assert!(
                matches!(v.stop, Some(StopReason::Api { code: c, .. }) if c == code),
                "{code}"
            );
        }
    }

    #[test]
    fn a_token_echoed_by_the_server_is_never_kept() {
        let echo = "bad request /cgi-bin/comment/unmarkelect?access_token=TOK-77&x=1";
        let v = classify(OP, 1, D, ok(99999, echo));
        assert!(!v.result.errmsg.contains("TOK-77"), "{v:?}");
        assert!(!v.result.meaning.to_string().contains("TOK-77"), "{v:?}");
        let v = classify(OP, 1, D, ok(45009, echo));
        assert!(!format!("{:?}", v.stop).contains("TOK-77"), "{v:?}");
        assert!(v.result.errmsg.contains("access_token=<redacted>"));
    }

    #[test]
    fn token_problems_stop_and_network_fails_one_item() {
        let v = classify(
            OP,
            1,
            D,
            failed(
                ApiError::Token(TokenError::ReadyTokenRejected { code: 40001 }),
                1,
                false,
            ),
        );
        assert_eq!(v.result.status, ItemStatus::Failed);
        assert!(matches!(v.stop, Some(StopReason::Auth { .. })));
        let v = classify(
            OP,
            1,
            D,
            failed(ApiError::Token(TokenError::NoSource), 0, false),
        );
        assert_eq!(v.result.status, ItemStatus::NotAttempted);
        assert!(matches!(v.stop, Some(StopReason::Auth { .. })));
        let v = classify(
            OP,
            1,
            D,
            failed(
                ApiError::Network {
                    base: "http://127.0.0.1:1".into(),
                    detail: "connection refused".into(),
                },
                4,
                false,
            ),
        );
        assert_eq!(
            v.result.status,
            ItemStatus::Failed,
            "never reached the server"
        );
        assert_eq!((v.stop, v.answered), (None, false));
        assert_eq!((v.result.errcode, v.result.attempts), (None, 4));
    }

    #[test]
    fn an_answer_lost_or_not_understood_is_unknown_never_failed_or_done() {
        let timeout = ApiError::Timeout {
            path: "/cgi-bin/comment/unmarkelect",
            secs: 30,
        };
        let v = classify(OP, 1, D, failed(timeout, 4, true));
        assert_eq!(v.result.status, ItemStatus::Unknown);
        assert_eq!((v.result.attempts, v.answered, v.stop), (4, false, None));
        let en = v.result.meaning.to_string();
        assert!(en.contains("may or may not"), "{en}");
        // -1 after a try that timed out: it may have been applied.
        let busy = ApiError::Api {
            path: "/cgi-bin/comment/unmarkelect",
            code: -1,
            errmsg: "system error".into(),
        };
        assert_eq!(
            classify(OP, 1, D, failed(busy.clone(), 4, true))
                .result
                .status,
            ItemStatus::Unknown
        );
        assert_eq!(
            classify(OP, 1, D, failed(busy, 4, false)).result.status,
            ItemStatus::Failed,
            "busy every time: the server said it did nothing"
        );
        // A refusal after a lost try (a delete answers 88008 the second time).
        let mut late = ok(88008, "comment is not exists");
        if let Ok(o) = &mut late {
            o.unanswered_before = true;
        }
        let v = classify(WriteOp::Delete, 1, D, late);
        assert_eq!(
            (v.result.status, v.result.errcode),
            (ItemStatus::Unknown, Some(88008))
        );
        // Success is success, whatever came before.
        let mut fine = ok(0, "");
        if let Ok(o) = &mut fine {
            o.unanswered_before = true;
        }
        assert_eq!(classify(OP, 1, D, fine).result.status, ItemStatus::Done);
    }
}
