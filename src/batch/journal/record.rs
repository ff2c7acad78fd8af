//! The journal's line format: one JSON object per line, tagged by `type`.
//! Every record names its batch, so lines of batches run at the same time by
//! two processes may interleave. Nothing here may ever hold a token or secret.

use serde::{Deserialize, Serialize};

use crate::api::wire::{Article, CommentFilter, CommentId, WriteOp};
use crate::batch::event::{ItemStatus, StopReason};
use crate::batch::settle::SettledItem;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    BatchStarted(Started),
    /// Written (and flushed) before the request goes out.
    ItemSending {
        batch: String,
        id: CommentId,
        time: String,
        /// The item's article in a batch over several articles; absent in
        /// one-article batches and older journals (the batch's article applies).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        article: Option<Article>,
    },
    ItemResult(ItemRecord),
    /// A settlement read: the list's verdict on items whose answer was lost
    /// or not understood (at the end of the batch, or later by `undo`,
    /// `retry` or `history`, possibly from another process).
    ItemsSettled(SettledRecord),
    BatchEnded(Ended),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Started {
    pub batch: String,
    pub time: String,
    pub op: WriteOp,
    pub article: Article,
    pub ids: Vec<CommentId>,
    /// Each id's article, in the order of `ids`, in a batch over several
    /// articles; empty otherwise (every id is under `article`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    /// Which token source and API base ran it; never the token itself.
    pub account: String,
    /// The config's account name (`--account`); absent in older journals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// That account's appid, when known; absent in older journals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    pub concurrency: usize,
    /// The batch this one undoes, if it is an undo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo_of: Option<String>,
    /// The batch whose failed and not-attempted items this one sends again,
    /// if it is a retry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_of: Option<String>,
    /// The process that ran it, so `history` can tell running from interrupted.
    #[serde(default)]
    pub pid: u32,
    /// When that process started (clock ticks after boot) and in which boot,
    /// so a pid reused after a reboot or in a container is not taken for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_start: Option<u64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub boot: String,
    #[serde(default)]
    pub wxmod: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub batch: String,
    pub id: CommentId,
    pub status: ItemStatus,
    #[serde(default)]
    pub errcode: Option<i64>,
    #[serde(default)]
    pub errmsg: String,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub ms: u64,
    /// For failures without an errcode and for items not attempted: why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// As in `ItemSending`: set only in a batch over several articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Article>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettledRecord {
    pub batch: String,
    pub time: String,
    /// The list type read.
    pub filter: CommentFilter,
    /// Requests the read cost.
    pub list_calls: u32,
    pub items: Vec<SettledItem>,
    /// The article whose list was read, in a batch over several articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Article>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ended {
    pub batch: String,
    pub time: String,
    pub total: usize,
    pub done: usize,
    pub failed: usize,
    pub not_attempted: usize,
    /// Still unknown at the end (after the settlement read, if any).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unknown: usize,
    #[serde(default)]
    pub stopped: Option<StopReason>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Record {
    pub fn batch(&self) -> &str {
        match self {
            Record::BatchStarted(s) => &s.batch,
            Record::ItemSending { batch, .. } => batch,
            Record::ItemResult(r) => &r.batch,
            Record::ItemsSettled(s) => &s.batch,
            Record::BatchEnded(e) => &e.batch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_tagged_and_round_trip() {
        let rec = Record::ItemResult(ItemRecord {
            batch: "20261127-205301-3f2a".into(),
            id: 3_000_000_001,
            status: ItemStatus::Failed,
            errcode: Some(88008),
            errmsg: "comment is not exists".into(),
            attempts: 1,
            ms: 21,
            reason: String::new(),
            article: None,
        });
        let line = serde_json::to_string(&rec).unwrap();
        assert!(
            line.starts_with(r#"{"type":"item_result","batch":"#),
            "{line}"
        );
        assert!(!line.contains("reason"), "{line}");
        assert_eq!(serde_json::from_str::<Record>(&line).unwrap(), rec);
        let stop = Record::BatchEnded(Ended {
            batch: "b".into(),
            time: "t".into(),
            total: 3,
            done: 1,
            failed: 1,
            not_attempted: 1,
            unknown: 0,
            stopped: Some(StopReason::Api {
                code: 45009,
                errmsg: "reach max api daily quota limit".into(),
            }),
        });
        let line = serde_json::to_string(&stop).unwrap();
        assert!(
            line.contains(r#""stopped":{"kind":"api","code":45009"#),
            "{line}"
        );
        assert_eq!(serde_json::from_str::<Record>(&line).unwrap(), stop);
    }
}
