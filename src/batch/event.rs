//! What a running batch reports: a stream of events, so the command line and
//! the console can both show it. No printing happens in the batch layer.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::api::wire::{Article, CommentId, WriteOp};

/// The final state of one comment in a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Done,
    Failed,
    NotAttempted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemResult {
    pub user_comment_id: CommentId,
    pub status: ItemStatus,
    /// The server's errcode; `None` when no answer came (network) or not attempted.
    pub errcode: Option<i64>,
    pub errmsg: String,
    /// The catalog's one-line meaning (or why it was not attempted).
    pub meaning: String,
    pub attempts: u32,
    #[serde(with = "millis")]
    pub duration: Duration,
}

/// Why a batch stopped before the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StopReason {
    /// A stop-class errcode (45009, 48001, 88000, 88001, ...).
    Api { code: i64, errmsg: String },
    /// No usable token (rejected ready token, failed fetch, failed command).
    Auth { message: String },
    /// The user asked to stop.
    Cancelled,
    /// Too many requests in a row got no answer: the API looks unreachable.
    Unreachable { message: String },
    /// The journal could not be written, so nothing more is sent (an action
    /// that cannot be recorded is not taken).
    Journal { message: String },
}

impl StopReason {
    /// One line for the user, with the catalog's remedy.
    pub fn describe(&self) -> String {
        match self {
            StopReason::Api { code, errmsg } => {
                let meaning = crate::api::catalog::meaning(*code, errmsg);
                match crate::api::catalog::lookup(*code) {
                    Some(info) => format!(
                        "stopped ({code}): {meaning} — {}",
                        crate::i18n::Lang::En.t(info.remedy)
                    ),
                    None => format!("stopped ({code}): {meaning}"),
                }
            }
            StopReason::Auth { message } => format!("stopped: {message}"),
            StopReason::Cancelled => "cancelled by you".to_string(),
            StopReason::Unreachable { message } => {
                format!(
                    "stopped: the API stopped answering ({message}) — check the network, then run the remaining ids again"
                )
            }
            StopReason::Journal { message } => format!("stopped: {message}"),
        }
    }

    /// A few words for tables and not-attempted lines ("quota spent (45009)").
    pub fn short(&self) -> String {
        match self {
            StopReason::Api { code, errmsg } => {
                format!("{} ({code})", crate::api::catalog::meaning(*code, errmsg))
            }
            StopReason::Auth { .. } => "token problem".to_string(),
            StopReason::Cancelled => "cancelled".to_string(),
            StopReason::Unreachable { .. } => "API unreachable".to_string(),
            StopReason::Journal { .. } => "journal not writable".to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub total: usize,
    pub done: usize,
    pub failed: usize,
    pub not_attempted: usize,
    pub in_flight: usize,
}

impl Progress {
    /// Items that have no final state yet.
    pub fn left(&self) -> usize {
        // Saturating: a display helper must never be the thing that panics.
        self.total
            .saturating_sub(self.done + self.failed + self.not_attempted)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub batch_id: String,
    pub op: WriteOp,
    pub article: Article,
    pub total: usize,
    pub done: usize,
    pub failed: usize,
    pub not_attempted: usize,
    pub stopped: Option<StopReason>,
    pub items: Vec<ItemResult>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchEvent {
    Started {
        batch_id: String,
        op: WriteOp,
        article: Article,
        total: usize,
    },
    Sending {
        user_comment_id: CommentId,
    },
    ItemFinished(ItemResult),
    Progress(Progress),
    /// Something the user should know while waiting (a retry, a minute wait).
    Notice(String),
    Stopped(StopReason),
    Finished(Summary),
}

mod millis {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::time::Duration;

    pub fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(d.as_millis() as u64)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        Ok(Duration::from_millis(u64::deserialize(d)?))
    }
}
