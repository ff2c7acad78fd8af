//! What a running batch reports: a stream of events, so the command line and
//! the console can both show it. No printing happens in the batch layer.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::api::catalog;
use crate::api::wire::{Article, CommentId, WriteOp};
use crate::i18n::{Localize, Message};
use crate::msg;

/// The final state of one comment in a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Done,
    Failed,
    NotAttempted,
    /// The request went out and no answer the catalog understands came back
    /// (lost, unreadable, no integer errcode, 5xx or timeout after the
    /// retries, killed in flight): it may or may not have taken effect until
    /// a settlement read of the list says which.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemResult {
    pub user_comment_id: CommentId,
    pub status: ItemStatus,
    /// The server's errcode; `None` when no answer came (network) or not attempted.
    pub errcode: Option<i64>,
    pub errmsg: String,
    /// The catalog's one-line meaning (or why it was not attempted), rendered
    /// in the user's language at the edge. Its JSON and journal form is the
    /// English rendering, as it always was.
    #[serde(with = "english")]
    pub meaning: Message,
    pub attempts: u32,
    #[serde(with = "millis")]
    pub duration: Duration,
    /// The item's article in a batch over several articles; `None` in a
    /// one-article batch (the batch's article applies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Article>,
}

impl ItemResult {
    /// Whether this outcome was settled by reading the article's list (the
    /// request's own answer was lost or not understood).
    pub fn is_verified(&self) -> bool {
        match self.meaning.id() {
            "batch-verified-done" | "batch-verified-not-done" | "batch-verified-not-in-list" => {
                true
            }
            "text" => self.meaning.to_string().contains("by reading the list"),
            _ => false,
        }
    }

    /// Whether the meaning already says the item was not sent ("not
    /// attempted: …"), so a front end need not say it again.
    pub fn meaning_says_not_attempted(&self) -> bool {
        match self.meaning.id() {
            "batch-not-sent"
            | "batch-not-attempted"
            | "batch-not-attempted-because"
            | "batch-runner-ended-unsent" => true,
            // Text read back from a journal (English).
            "text" => self.meaning.to_string().starts_with("not "),
            _ => false,
        }
    }
}

/// Why a batch stopped before the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StopReason {
    /// A stop-class errcode (45009, 48001, 88000, 88001, ...).
    Api { code: i64, errmsg: String },
    /// No usable token (rejected ready token, failed fetch, failed command).
    Auth {
        #[serde(with = "english")]
        message: Message,
    },
    /// The user asked to stop.
    Cancelled,
    /// Too many requests in a row got no answer: the API looks unreachable.
    Unreachable {
        #[serde(with = "english")]
        message: Message,
    },
    /// The journal could not be written, so nothing more is sent (an action
    /// that cannot be recorded is not taken).
    Journal {
        #[serde(with = "english")]
        message: Message,
    },
}

impl StopReason {
    /// The full line for the user, with the catalog's remedy.
    pub fn message(&self) -> Message {
        match self {
            StopReason::Api { code, errmsg } => msg!(
                "batch-stop-api",
                code = code.to_string(),
                explained = catalog::explain(*code, errmsg)
            ),
            StopReason::Auth { message } => msg!("batch-stop-auth", why = message.clone()),
            StopReason::Cancelled => msg!("batch-stop-cancelled"),
            StopReason::Unreachable { message } => {
                msg!("batch-stop-unreachable", why = message.clone())
            }
            StopReason::Journal { message } => msg!("batch-stop-journal", why = message.clone()),
        }
    }

    /// A few words for tables and not-attempted lines ("quota spent (45009)").
    pub fn short_message(&self) -> Message {
        match self {
            StopReason::Api { code, errmsg } => msg!(
                "batch-stop-short-api",
                code = code.to_string(),
                meaning = catalog::meaning(*code, errmsg)
            ),
            StopReason::Auth { .. } => msg!("batch-stop-short-auth"),
            StopReason::Cancelled => msg!("batch-stop-short-cancelled"),
            StopReason::Unreachable { .. } => msg!("batch-stop-short-unreachable"),
            StopReason::Journal { .. } => msg!("batch-stop-short-journal"),
        }
    }
}

impl Localize for StopReason {
    fn message(&self) -> Message {
        StopReason::message(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub total: usize,
    pub done: usize,
    pub failed: usize,
    pub not_attempted: usize,
    pub in_flight: usize,
    /// Sent, but no answer the catalog understands came back (yet to be settled).
    #[serde(default)]
    pub unknown: usize,
}

impl Progress {
    /// Items that have no final state yet (unknown ones have one: unknown).
    pub fn left(&self) -> usize {
        // Saturating: a display helper must never be the thing that panics.
        self.total
            .saturating_sub(self.done + self.failed + self.not_attempted + self.unknown)
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
    /// Still unknown after the settlement read (or without one).
    #[serde(default)]
    pub unknown: usize,
    pub stopped: Option<StopReason>,
    pub items: Vec<ItemResult>,
    /// The settlement read at the end, when something was unknown: what it
    /// settled and how many list calls it cost. `None` when nothing was
    /// unknown (no read) or the read could not be made (see the notice).
    #[serde(default)]
    pub settlement: Option<crate::batch::Settlement>,
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
    Notice(Message),
    /// The batch is reading the article's list once to settle `unknown`
    /// items. `ItemFinished` events follow for each of them, with the settled
    /// outcome (an id then appears twice: the later event is final), then
    /// `Settled`.
    Settling {
        unknown: usize,
    },
    /// The settlement read is done and journaled.
    Settled(crate::batch::Settlement),
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

/// A message in the journal and `--json`: its English rendering, as these
/// fields always were; an old journal's string reads back as verbatim text.
pub(crate) mod english {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::i18n::Message;

    pub fn serialize<S: Serializer>(m: &Message, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&m.to_string())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Message, D::Error> {
        Ok(Message::text(String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn meanings_keep_their_english_json_form() {
        let item = ItemResult {
            user_comment_id: 7,
            status: ItemStatus::Failed,
            errcode: Some(88008),
            errmsg: "comment is not exists".into(),
            meaning: catalog::meaning(88008, "comment is not exists"),
            attempts: 1,
            duration: Duration::from_millis(40),
            article: None,
        };
        let json = serde_json::to_value(&item).unwrap();
        let english = Lang::En.render(&item.meaning);
        assert_eq!(json["meaning"], serde_json::json!(english));
        let back: ItemResult = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back.meaning, Message::text(english.clone()));
        assert_eq!(serde_json::to_value(&back).unwrap(), json, "round trip");
        assert!(
            !Lang::Zh.render(&item.meaning).is_ascii(),
            "the value itself renders in Chinese"
        );
    }

    #[test]
    fn stop_reasons_read_in_both_languages_and_name_the_fix() {
        let quota = StopReason::Api {
            code: 45009,
            errmsg: "reach max api daily quota limit".into(),
        };
        let en = quota.message().render(Lang::En);
        assert!(
            en.starts_with("stopped (45009):") && en.contains("tomorrow"),
            "{en}"
        );
        let zh = quota.message().render(Lang::Zh);
        assert!(
            zh.contains("45009") && zh.contains("明天") && zh.contains("已停止"),
            "{zh}"
        );
        assert_eq!(quota.message().to_string(), en);
        assert!(quota.short_message().to_string().contains("(45009)"));
        let zh = StopReason::Unreachable {
            message: msg!("batch-unanswered-streak", count = 8usize),
        }
        .render(Lang::Zh);
        assert!(zh.contains("网络") && zh.contains('8'), "{zh}");
        let json = serde_json::to_value(StopReason::Auth {
            message: msg!("api-no-source"),
        })
        .unwrap();
        assert_eq!(json["kind"], "auth");
        assert!(
            json["message"]
                .as_str()
                .unwrap()
                .starts_with("no credentials")
        );
    }
}
