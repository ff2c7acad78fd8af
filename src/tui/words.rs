//! The console's words for things other layers own: an article, a comment
//! type, a write operation, a stop, an API error, an item's meaning. Each is a
//! `Message` rendered in the user's language where it is drawn. Nothing here
//! draws or changes state.

use crate::api::ApiError;
use crate::api::catalog;
use crate::api::wire::{Article, CommentFilter, WriteOp, undo_words};
use crate::batch::{ItemResult, ItemStatus, StopReason};
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::tui::log::Level;

/// "2247483652 index 0" / "2247483652 第 1 篇（index 0）".
pub fn article(article: Article) -> Message {
    article.message()
}

/// "elected" / "精选": the comment type's word.
pub fn kind(kind: CommentFilter) -> Message {
    kind.message()
}

/// The comment type's word from its wire label (`RecentArticle.kind`).
pub fn kind_label(label: &str) -> Message {
    [
        CommentFilter::Elected,
        CommentFilter::Normal,
        CommentFilter::All,
    ]
    .into_iter()
    .find(|k| k.label() == label)
    .map_or_else(|| Message::text(label), CommentFilter::message)
}

/// "deselect" / "取消精选".
pub fn op_verb(op: WriteOp) -> Message {
    op.verb()
}

/// "deselected" / "已取消精选".
pub fn op_done(op: WriteOp) -> Message {
    op.done_word()
}

/// The operation's name at the head of a sentence: "Deselect" / "取消精选".
fn op_action(op: WriteOp, undo: bool) -> Message {
    // An undo that deselects (of an elect batch) is plainly a deselect.
    if undo && op == WriteOp::MarkElect {
        undo_words::action()
    } else {
        op.action()
    }
}

/// The confirmation's title: "Deselect 3 comments?".
pub fn op_title(op: WriteOp, undo: bool, count: usize) -> Message {
    msg!("tui-op-title", action = op_action(op, undo), count = count)
}

/// The confirming button: "Deselect 3".
pub fn op_button(op: WriteOp, undo: bool, count: usize) -> Message {
    msg!("tui-op-button", action = op_action(op, undo), count = count)
}

/// Why a batch stopped, with the catalog's remedy.
pub fn stop(reason: &StopReason) -> Message {
    reason.message()
}

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
        other => other.message(),
    }
}

/// What happened to one item: the catalog's meaning for an errcode (in the
/// user's language), else the engine's words. An unknown or settled item's
/// errcode is not its outcome (a refusal after a lost try proves nothing):
/// the engine's words say what is known.
pub fn item_meaning(item: &ItemResult) -> Message {
    if item.status == ItemStatus::Unknown || item.is_verified() {
        return item.meaning.clone();
    }
    match item.errcode {
        Some(code) if code != 0 => catalog::meaning(code, &item.errmsg),
        _ => item.meaning.clone(),
    }
}

/// "✓ 1024 deselected" / "✗ 1025 88008 — the comment was deleted" /
/// "? 1026 unknown: … " / "✓ 1026 deselected (verified by reading the list)".
pub fn item(op: WriteOp, item: &ItemResult) -> (Level, Message) {
    let id = item.user_comment_id.to_string();
    let meaning = item_meaning(item);
    match (item.status, item.errcode) {
        (ItemStatus::Done, _) if item.is_verified() => (
            Level::Ok,
            msg!("tui-item-verified", id = id, meaning = meaning),
        ),
        (ItemStatus::Done, _) => (
            Level::Ok,
            msg!("tui-item-done", id = id, done = op_done(op)),
        ),
        (ItemStatus::Failed, _) if item.is_verified() => (
            Level::Fail,
            msg!("tui-item-verified-not-done", id = id, meaning = meaning),
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
        // The meaning says "unknown: …" (or, once the list was read, why it
        // stays unknown).
        (ItemStatus::Unknown, _) => (
            Level::Warn,
            msg!("tui-item-unknown", id = id, meaning = meaning),
        ),
    }
}
