//! The plan shown before a batch: what, where, how many, the first few
//! comments, quota and anything odd about the ids; then the confirmation.
//! Comment text is untrusted: it is sanitised and cut before it is shown.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::IsTerminal;

use crate::api::catalog::ErrClass;
use crate::api::wire::{Article, Comment, CommentFilter, CommentId, WriteOp};
use crate::api::{ApiError, Client};
use crate::batch::UndoPlan;
use crate::cli::CliError;
use crate::display::{format_time, local_offset, truncate_to_width};
use crate::sanitize::clean_line;

/// Comments shown in the plan.
const PREVIEW: usize = 5;
/// Batches larger than this read the remaining daily quota first.
const QUOTA_CHECK_ABOVE: usize = 50;

/// Everything needed to show a batch and then run it.
pub struct Plan {
    pub op: WriteOp,
    pub article: Article,
    /// "msg_data_id 2247483652, index 2 (from data-cube id …)"
    pub article_desc: String,
    pub ids: Vec<CommentId>,
    pub headline: String,
    pub lines: Vec<String>,
    pub notes: Vec<String>,
    pub undo: Option<UndoPlan>,
}

/// Which comments to load to show a plan for `op`: those it applies to.
pub fn target_filter(op: WriteOp) -> CommentFilter {
    match op {
        WriteOp::MarkElect => CommentFilter::Normal,
        _ => CommentFilter::Elected,
    }
}

fn state_word(op: WriteOp) -> &'static str {
    match op {
        WriteOp::MarkElect => "not elected",
        _ => "elected",
    }
}

/// Load what `op` applies to. A stop-class failure (token, wrong article)
/// ends the command; anything else only leaves the plan without contents.
pub async fn load_targets(
    client: &Client,
    op: WriteOp,
    article: Article,
) -> Result<Result<Vec<Comment>, ApiError>, CliError> {
    match client.list_comments(article, target_filter(op)).await {
        Err(err) if err.class() == ErrClass::Stop => Err(err.into()),
        other => Ok(other),
    }
}

/// The first few comments, and notes on ids that are not in the loaded set.
pub fn describe_ids(
    op: WriteOp,
    ids: &[CommentId],
    loaded: &Result<Vec<Comment>, ApiError>,
) -> (Vec<String>, Vec<String>) {
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    let comments: HashMap<CommentId, &Comment> = match loaded {
        Ok(list) => list.iter().map(|c| (c.user_comment_id, c)).collect(),
        Err(err) => {
            notes.push(format!(
                "could not load the comments to show them ({}); going on without",
                clean_line(&err.to_string())
            ));
            HashMap::new()
        }
    };
    for id in ids.iter().take(PREVIEW) {
        lines.push(match comments.get(id) {
            Some(c) => format!(
                "{id}  {}  {}",
                format_time(c.create_time, local_offset()),
                truncate_to_width(&clean_line(&c.content), 60)
            ),
            None if loaded.is_ok() => format!("{id}  (not {} now)", state_word(op)),
            None => id.to_string(),
        });
    }
    if ids.len() > PREVIEW {
        lines.push(format!("… and {} more", ids.len() - PREVIEW));
    }
    if loaded.is_ok() {
        let missing = ids.iter().filter(|id| !comments.contains_key(id)).count();
        if missing > 0 {
            notes.push(format!(
                "{missing} of these ids are not {} comments of this article now (already done, or wrong ids): expect them to fail",
                state_word(op)
            ));
        }
    }
    (lines, notes)
}

/// The quota line for batches over 50 items; a failed read never blocks.
pub async fn quota_note(client: &Client, op: WriteOp, needed: usize) -> Option<String> {
    if needed <= QUOTA_CHECK_ABOVE {
        return None;
    }
    let path = op.path();
    Some(match client.quota(path).await {
        Ok(q) if (q.remain as usize) < needed => format!(
            "QUOTA: this batch needs {needed} calls but only {} of {} {path} calls are left today — it will stop when the quota is spent (45009) and report the rest as not attempted",
            q.remain, q.daily_limit
        ),
        Ok(q) => format!(
            "quota: {} of {} {path} calls left today",
            q.remain, q.daily_limit
        ),
        Err(err) => format!(
            "quota: could not read it ({}); going on",
            clean_line(&err.to_string())
        ),
    })
}

impl Plan {
    pub fn render(&self, account: &str, concurrency: usize) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.headline);
        let _ = writeln!(out, "  article      {}", self.article_desc);
        let _ = writeln!(out, "  account      {}", clean_line(account));
        let _ = writeln!(out, "  concurrency  {concurrency}");
        for line in &self.lines {
            let _ = writeln!(out, "    {line}");
        }
        for note in &self.notes {
            let _ = writeln!(out, "  {note}");
        }
        out
    }

    /// The plan as one JSON object, for `--dry-run --json`.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "type": "plan",
            "op": self.op,
            "msg_data_id": self.article.msg_data_id,
            "index": self.article.index,
            "count": self.ids.len(),
            "ids": self.ids,
            "undo_of": self.undo.as_ref().map(|u| u.source.batch_id.clone()),
            "notes": self.notes,
        })
    }
}

/// Whether stdin can answer a question.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// Ask on the terminal; anything but y/yes is a no.
pub async fn confirm(question: String) -> bool {
    tokio::task::spawn_blocking(move || {
        eprint!("{question} [y/N] ");
        let mut answer = String::new();
        match std::io::stdin().read_line(&mut answer) {
            Ok(_) => matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"),
            Err(_) => false,
        }
    })
    .await
    .unwrap_or(false)
}
