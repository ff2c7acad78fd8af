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

/// What a listed id that is not among the loaded comments probably is.
fn absent_word(op: WriteOp) -> &'static str {
    match op {
        WriteOp::MarkElect => "already elected, or not found",
        _ => "not elected now, or not found",
    }
}

/// `1 id is` / `3 ids are`.
fn ids_are(n: usize) -> String {
    if n == 1 {
        "1 of these ids is".to_string()
    } else {
        format!("{n} of these ids are")
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
    let shown = &ids[..ids.len().min(PREVIEW)];
    let width = shown
        .iter()
        .map(|id| id.to_string().len())
        .max()
        .unwrap_or(0);
    for id in shown {
        lines.push(match comments.get(id) {
            Some(c) => format!(
                "{id:>width$}  {}  {}",
                format_time(c.create_time, local_offset()),
                truncate_to_width(&clean_line(&c.content), 60)
            ),
            None if loaded.is_ok() => format!("{id:>width$}  ({})", absent_word(op)),
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
                "{} not among the article's {} comments now (already done, or wrong ids): they will fail or change nothing",
                ids_are(missing),
                target_filter(op).label()
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
    /// Every line is cleaned here: notes quote the journal (batch ids, the
    /// account), which is a file anyone with access could have edited.
    pub fn render(&self, account: &str, concurrency: usize) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", clean_line(&self.headline));
        let _ = writeln!(out, "  article      {}", clean_line(&self.article_desc));
        let _ = writeln!(out, "  account      {}", clean_line(account));
        let _ = writeln!(out, "  concurrency  {concurrency}");
        for line in &self.lines {
            let _ = writeln!(out, "    {}", clean_line(line));
        }
        for note in &self.notes {
            let _ = writeln!(out, "  {}", clean_line(note));
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

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn comment(id: CommentId, content: &str) -> Comment {
        Comment {
            user_comment_id: id,
            openid: None,
            create_time: 1_767_225_600,
            content: content.into(),
            comment_type: 1,
            reply: None,
        }
    }

    #[test]
    fn the_preview_is_clean_cut_to_width_and_aligned() {
        let hostile = format!("\u{1b}]0;pwned\u{7}{}\n第二行", "很长的留言".repeat(20));
        let loaded = Ok(vec![comment(7, &hostile), comment(1_234_567, "ok")]);
        let (lines, notes) = describe_ids(WriteOp::UnmarkElect, &[7, 1_234_567, 99], &loaded);
        assert!(
            lines.iter().all(|l| !l.chars().any(char::is_control)),
            "{lines:?}"
        );
        let first = &lines[0];
        assert!(
            first.starts_with("      7  "),
            "ids right-aligned: {first:?}"
        );
        assert!(first.width() <= 9 + 16 + 2 + 60, "{first:?}");
        assert!(first.ends_with('…') && !first.contains('↵'), "{first:?}");
        assert_eq!(lines[2], "     99  (not elected now, or not found)");
        assert_eq!(
            notes,
            vec![
                "1 of these ids is not among the article's elected comments now (already done, or wrong ids): they will fail or change nothing"
            ]
        );
    }

    #[test]
    fn a_plan_quoting_a_hand_edited_journal_prints_no_escape() {
        let plan = Plan {
            op: WriteOp::MarkElect,
            article: Article {
                msg_data_id: 5,
                index: 0,
            },
            article_desc: "msg_data_id 5, index 0".into(),
            ids: vec![1],
            headline: "Undo batch \u{1b}[2J: re-elect 1 comments".into(),
            lines: vec!["1  (already elected, or not found)".into()],
            notes: vec!["were already re-elected by \u{1b}]0;x\u{7}".into()],
            undo: None,
        };
        let text = plan.render("a\u{1b}[31m", 4);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(text.contains("␛[2J"), "{text}");
    }

    #[test]
    fn electing_names_ids_that_are_already_elected_without_a_double_negative() {
        let (lines, notes) = describe_ids(WriteOp::MarkElect, &[5, 6], &Ok(Vec::new()));
        assert_eq!(lines[0], "5  (already elected, or not found)");
        assert!(notes[0].starts_with("2 of these ids are not among the article's normal comments"));
        assert!(!lines.concat().contains("not not"));
    }
}
