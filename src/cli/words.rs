//! Words the CLI needs for values of the layers below: each delegates to the
//! `Message` its owner gives (`WriteOp`, `StopReason`, `ApiError`), so the
//! console and the command line say the same thing.

use crate::api::ApiError;
use crate::api::catalog;
use crate::api::wire::WriteOp;
use crate::batch::{JournalError, SettleError, SettleOutcome, StopReason};
use crate::i18n::{Localize, Message};
use crate::msg;

/// "deselect": the one verb of an operation, in every CLI table and line.
pub fn op_verb(op: WriteOp) -> Message {
    op.verb()
}

/// "Deselect": the verb at the start of a line.
pub fn op_title(op: WriteOp) -> Message {
    op.action()
}

/// An API error in words: an errcode gets the catalog's meaning and remedy.
pub fn api_error_message(err: &ApiError) -> Message {
    match err {
        ApiError::Api { path, code, errmsg } => msg!(
            "cli-api-errcode",
            path = *path,
            code = code.to_string(),
            errmsg = crate::sanitize::clean_line(errmsg),
            explain = catalog::explain(*code, errmsg)
        ),
        other => other.message(),
    }
}

/// Why a batch stopped, with the remedy.
pub fn stop_message(reason: &StopReason) -> Message {
    reason.message()
}

/// A few words for tables ("quota spent (45009)").
pub fn stop_short(reason: &StopReason) -> Message {
    reason.short_message()
}

/// What the settlement read at the start of `undo`, `retry` or `history`
/// did, with the list calls it cost; `None` when nothing was unknown (no read).
pub fn settle_message(outcome: &SettleOutcome) -> Option<Message> {
    match outcome {
        SettleOutcome::NotNeeded => None,
        SettleOutcome::Settled(settlement) => Some(settlement.message()),
        // No such batch: the plan's own error says so, once.
        SettleOutcome::Failed(SettleError::Journal(
            JournalError::NotFound { .. } | JournalError::Ambiguous { .. },
        )) => None,
        SettleOutcome::Failed(err) => Some(err.message()),
    }
}
