//! The console's words for things other layers own: an article, a comment
//! type, a write operation, a stop, an API error, an item's meaning. Each is a
//! `Message` rendered in the user's language where it is drawn. Nothing here
//! draws or changes state.
//!
//! Some wrap values whose own layer does not speak Messages yet; those are
//! marked `i18n:` and become one-line calls once it does.

use crate::api::ApiError;
use crate::api::catalog;
use crate::api::wire::{Article, CommentFilter, WriteOp};
use crate::batch::{ItemResult, ItemStatus, StopReason};
use crate::i18n::Message;
use crate::msg;
use crate::tui::log::Level;

/// "2247483652 index 0" / "2247483652 第 1 篇".
pub fn article(article: Article) -> Message {
    msg!(
        "tui-article",
        id = article.msg_data_id.to_string(),
        index = article.index.to_string(),
        position = (article.index as usize) + 1
    )
}

/// "elected" / "精选": the comment type's word.
pub fn kind(kind: CommentFilter) -> Message {
    kind_label(kind.label())
}

/// The comment type's word from its wire label (`RecentArticle.kind`).
pub fn kind_label(label: &str) -> Message {
    msg!("tui-kind-word", kind = label)
}

/// The op's name for the select expressions of the language files.
fn op_key(op: WriteOp, undo: bool) -> &'static str {
    if undo {
        return "undo";
    }
    match op {
        WriteOp::MarkElect => "mark_elect",
        WriteOp::UnmarkElect => "unmark_elect",
        WriteOp::Delete => "delete",
        WriteOp::DeleteReply => "delete_reply",
    }
}

// i18n: the op's words become WriteOp::verb()/title()/done_word() messages once api lands.
/// "deselect" / "取消精选".
pub fn op_verb(op: WriteOp) -> Message {
    msg!("tui-op-verb", op = op_key(op, false))
}

/// "deselected" / "已取消精选".
pub fn op_done(op: WriteOp) -> Message {
    msg!("tui-op-done", op = op_key(op, false))
}

/// The confirmation's title: "Deselect 3 comments?".
pub fn op_title(op: WriteOp, undo: bool, count: usize) -> Message {
    msg!("tui-op-title", op = op_key(op, undo), count = count)
}

/// The confirming button: "Deselect 3".
pub fn op_button(op: WriteOp, undo: bool, count: usize) -> Message {
    msg!("tui-op-button", op = op_key(op, undo), count = count)
}

// i18n: render via StopReason::message() once api lands.
/// Why a batch stopped, with the catalog's remedy.
pub fn stop(reason: &StopReason) -> Message {
    match reason {
        StopReason::Api { code, errmsg } => msg!(
            "tui-stop-api",
            code = code.to_string(),
            explain = catalog::explain(*code, errmsg)
        ),
        StopReason::Cancelled => msg!("tui-stop-cancelled"),
        other => msg!("tui-stop-other", why = other.describe()),
    }
}

// i18n: render via ApiError::message() once api lands.
/// Why a read failed, in the user's terms and short enough to read in full:
/// an errcode with its meaning and what to do (the endpoint and the server's
/// errmsg add nothing to that), or the client's message, which has its remedy.
pub fn api_error(err: &ApiError) -> Message {
    match err {
        ApiError::Api { code, errmsg, .. } => msg!(
            "tui-errcode",
            code = code.to_string(),
            explain = catalog::explain(*code, errmsg)
        ),
        other => Message::text(other.to_string()),
    }
}

/// What happened to one item: the catalog's meaning for an errcode (in the
/// user's language), else the engine's words.
pub fn item_meaning(item: &ItemResult) -> Message {
    match item.errcode {
        Some(code) if code != 0 => catalog::meaning(code, &item.errmsg),
        _ => item.meaning.clone(),
    }
}

/// "✓ 1024 deselected" / "✗ 1025 88008 — the comment was deleted".
pub fn item(op: WriteOp, item: &ItemResult) -> (Level, Message) {
    let id = item.user_comment_id.to_string();
    let meaning = item_meaning(item);
    match (item.status, item.errcode) {
        (ItemStatus::Done, _) => (
            Level::Ok,
            msg!("tui-item-done", id = id, done = op_done(op)),
        ),
        (ItemStatus::Failed, Some(code)) => (
            Level::Fail,
            msg!(
                "tui-item-failed",
                id = id,
                code = code.to_string(),
                meaning = meaning
            ),
        ),
        (ItemStatus::Failed, None) => (
            Level::Fail,
            msg!("tui-item-failed-net", id = id, meaning = meaning),
        ),
        // The engine's words often say "not attempted" already.
        (ItemStatus::NotAttempted, _) if item.meaning_says_not_attempted() => (
            Level::Warn,
            msg!("tui-item-unsent-said", id = id, meaning = meaning),
        ),
        (ItemStatus::NotAttempted, _) => (
            Level::Warn,
            msg!("tui-item-unsent", id = id, meaning = meaning),
        ),
    }
}
