//! Words the CLI needs for values of the layers below, until those layers
//! carry their own `Message`s: a write operation's verb and title, a stop
//! reason, an API error with the catalog's meaning and remedy.
// i18n: once api/batch land, `op_verb`/`op_title` become `WriteOp::verb()`/
// `title()`, `stop_message`/`stop_short` become `StopReason::message()`/
// `short_message()`, and `api_error_message` becomes `err.message()`.

use crate::api::ApiError;
use crate::api::catalog;
use crate::api::wire::WriteOp;
use crate::batch::StopReason;
use crate::i18n::Message;
use crate::msg;

/// The operation as the language files select on it (the `--json` name).
pub fn op_code(op: WriteOp) -> &'static str {
    match op {
        WriteOp::MarkElect => "mark_elect",
        WriteOp::UnmarkElect => "unmark_elect",
        WriteOp::Delete => "delete",
        WriteOp::DeleteReply => "delete_reply",
    }
}

/// "deselect": the one verb of an operation, in every CLI table and line.
pub fn op_verb(op: WriteOp) -> Message {
    msg!("cli-op-verb", op = op_code(op))
}

/// "Deselect": the verb at the start of a line.
pub fn op_title(op: WriteOp) -> Message {
    msg!("cli-op-title", op = op_code(op))
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
        // i18n: render via err.message() once api lands.
        other => Message::text(other.to_string()),
    }
}

/// Why a batch stopped, with the remedy.
pub fn stop_message(reason: &StopReason) -> Message {
    match reason {
        StopReason::Api { code, errmsg } => msg!(
            "cli-stopped-errcode",
            code = code.to_string(),
            explain = catalog::explain(*code, errmsg)
        ),
        StopReason::Cancelled => msg!("cli-stopped-cancelled"),
        // i18n: render via reason.message() once batch lands.
        other => Message::text(other.describe()),
    }
}

/// A few words for tables ("quota spent (45009)").
pub fn stop_short(reason: &StopReason) -> Message {
    match reason {
        StopReason::Api { code, errmsg } => msg!(
            "cli-stop-short-errcode",
            code = code.to_string(),
            meaning = catalog::meaning(*code, errmsg)
        ),
        StopReason::Auth { .. } => msg!("cli-stop-short-auth"),
        StopReason::Cancelled => msg!("cli-stop-short-cancelled"),
        StopReason::Unreachable { .. } => msg!("cli-stop-short-unreachable"),
        StopReason::Journal { .. } => msg!("cli-stop-short-journal"),
    }
}
