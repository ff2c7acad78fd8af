//! The plan shown before a batch: what, where, how many, the first few
//! comments, quota and anything odd about the ids; then the confirmation.
//! Comment text is untrusted: it is sanitised and cut before it is shown.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::IsTerminal;

use crate::api::catalog::ErrClass;
use crate::api::wire::{Article, Comment, CommentFilter, CommentId, WriteOp};
use crate::api::{ApiError, Client};
use crate::batch::{RetryPlan, UndoPlan};
use crate::cli::CliError;
use crate::display::{format_time, truncate_to_width};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::sanitize::clean_line;
use time::UtcOffset;

/// Comments shown in the plan.
const PREVIEW: usize = 5;
/// Batches larger than this read the remaining daily quota first.
const QUOTA_CHECK_ABOVE: usize = 50;

/// Everything needed to show a batch and then run it.
pub struct Plan {
    pub op: WriteOp,
    pub article: Article,
    /// "msg_data_id 2247483652, index 2 (from data-cube id …)"
    pub article_desc: Message,
    pub ids: Vec<CommentId>,
    pub headline: Message,
    /// The preview: one line per comment shown (data, and words).
    pub lines: Vec<Message>,
    pub notes: Vec<Message>,
    pub undo: Option<UndoPlan>,
    pub retry: Option<RetryPlan>,
    /// A batch over several articles: each item with its article (`ids`
    /// then holds the same ids, in the same order).
    pub multi: Option<Vec<(Article, CommentId)>>,
    /// Those articles for `--dry-run --json`.
    pub articles: Vec<serde_json::Value>,
}

/// Which comments to load to show a plan for `op`: those it applies to.
pub fn target_filter(op: WriteOp) -> CommentFilter {
    match op {
        WriteOp::MarkElect => CommentFilter::Normal,
        _ => CommentFilter::Elected,
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
    offset: UtcOffset,
) -> (Vec<Message>, Vec<Message>) {
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    let comments: HashMap<CommentId, &Comment> = match loaded {
        Ok(list) => list.iter().map(|c| (c.user_comment_id, c)).collect(),
        Err(err) => {
            notes.push(msg!(
                "cli-plan-not-loaded",
                problem = crate::cli::api_error_message(err)
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
        let id_text = format!("{id:>width$}");
        lines.push(match comments.get(id) {
            Some(c) => Message::text(format!(
                "{id_text}  {}  {}",
                format_time(c.create_time, offset),
                truncate_to_width(&clean_line(&c.content), 60)
            )),
            None if loaded.is_ok() => msg!("cli-plan-absent", id = id_text, op = op.name()),
            None => Message::text(id.to_string()),
        });
    }
    if ids.len() > PREVIEW {
        lines.push(msg!("cli-plan-more", count = ids.len() - PREVIEW));
    }
    if loaded.is_ok() {
        let missing = ids.iter().filter(|id| !comments.contains_key(id)).count();
        if missing > 0 {
            notes.push(msg!(
                "cli-plan-missing",
                count = missing,
                filter = target_filter(op).label()
            ));
        }
    }
    (lines, notes)
}

/// The quota line for batches over 50 items; a failed read never blocks.
pub async fn quota_note(client: &Client, op: WriteOp, needed: usize) -> Option<Message> {
    if needed <= QUOTA_CHECK_ABOVE {
        return None;
    }
    let path = op.path();
    // Plain numbers: the `--json` plan keeps today's notes ("1000 calls").
    Some(match client.quota(path).await {
        Ok(q) if (q.remain as usize) < needed => msg!(
            "cli-quota-short",
            needed = needed.to_string(),
            remain = q.remain.to_string(),
            limit = q.daily_limit.to_string(),
            path = path
        ),
        Ok(q) => msg!(
            "cli-quota",
            remain = q.remain.to_string(),
            limit = q.daily_limit.to_string(),
            path = path
        ),
        Err(err) => msg!(
            "cli-quota-unread",
            problem = crate::cli::api_error_message(&err)
        ),
    })
}

impl Plan {
    /// Every line is cleaned here: notes quote the journal (batch ids, the
    /// account), which is a file anyone with access could have edited.
    pub fn render(&self, lang: Lang, account: &str, concurrency: usize) -> String {
        let mut out = String::new();
        let field = |label: &str, value: String| {
            let label = lang.t(label);
            let pad = crate::display::pad(&label, 12);
            format!("  {pad} {}", clean_line(&value))
        };
        let _ = writeln!(out, "{}", clean_line(&lang.render(&self.headline)));
        let _ = writeln!(
            out,
            "{}",
            field("cli-plan-article", lang.render(&self.article_desc))
        );
        let _ = writeln!(out, "{}", field("cli-plan-account", account.to_string()));
        let _ = writeln!(
            out,
            "{}",
            field("cli-plan-concurrency", concurrency.to_string())
        );
        for line in &self.lines {
            let _ = writeln!(out, "    {}", clean_line(&lang.render(line)));
        }
        for note in &self.notes {
            let _ = writeln!(out, "  {}", clean_line(&lang.render(note)));
        }
        out
    }

    /// The plan as one JSON object, for `--dry-run --json`.
    pub fn json(&self) -> serde_json::Value {
        let mut value = self.json_one();
        if !self.articles.is_empty() {
            value["articles"] = serde_json::Value::Array(self.articles.clone());
        }
        value
    }

    fn json_one(&self) -> serde_json::Value {
        serde_json::json!({
            "type": "plan",
            "op": self.op,
            "msg_data_id": self.article.msg_data_id,
            "index": self.article.index,
            "count": self.ids.len(),
            "ids": self.ids,
            "undo_of": self.undo.as_ref().map(|u| u.source.batch_id.clone()),
            "retry_of": self.retry.as_ref().map(|r| r.source.batch_id.clone()),
            // English: `--json` is an interface.
            "notes": self.notes.iter().map(|n| Lang::En.render(n)).collect::<Vec<_>>(),
        })
    }
}

/// Whether stdin can answer a question.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// A batch over several articles this large asks for its count to be typed,
/// as the console does from 100 up: a y typed by habit does not send it.
pub const TYPE_COUNT_FROM: usize = 100;

/// Ask for the count itself ("Type 2,065 to confirm"): only that number
/// (with or without separators) is a yes.
pub async fn confirm_count(lang: Lang, question: String, count: usize) -> bool {
    let prompt = lang.render(&msg!(
        "multi-confirm-type",
        question = question,
        count = count
    ));
    tokio::task::spawn_blocking(move || {
        crate::exit::out::err_text(&format!("{} ", clean_line(&prompt)));
        let mut answer = String::new();
        match std::io::stdin().read_line(&mut answer) {
            Ok(_) => typed_count(&answer) == Some(count),
            Err(_) => false,
        }
    })
    .await
    .unwrap_or(false)
}

/// The number typed, separators (, ，) and spaces allowed.
fn typed_count(answer: &str) -> Option<usize> {
    let digits: String = answer
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' '))
        .collect();
    digits.parse().ok()
}

/// Ask on the terminal; anything but y/yes (or 是 in Chinese) is a no.
pub async fn confirm(lang: Lang, question: String) -> bool {
    let prompt = lang.render(&msg!("cli-confirm-prompt", question = question));
    tokio::task::spawn_blocking(move || {
        crate::exit::out::err_text(&format!("{} ", clean_line(&prompt)));
        let mut answer = String::new();
        match std::io::stdin().read_line(&mut answer) {
            Ok(_) => matches!(
                answer.trim().to_lowercase().as_str(),
                "y" | "yes" | "是" | "好"
            ),
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

    fn en(messages: &[Message]) -> Vec<String> {
        messages.iter().map(|m| Lang::En.render(m)).collect()
    }

    #[test]
    fn the_preview_is_clean_cut_to_width_and_aligned() {
        let hostile = format!("\u{1b}]0;pwned\u{7}{}\n第二行", "很长的留言".repeat(20));
        let loaded = Ok(vec![comment(7, &hostile), comment(1_234_567, "ok")]);
        let (lines, notes) = describe_ids(
            WriteOp::UnmarkElect,
            &[7, 1_234_567, 99],
            &loaded,
            UtcOffset::UTC,
        );
        let lines = en(&lines);
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
            en(&notes),
            vec![
                "1 of these ids is not among the article's elected comments now (already done, or wrong ids): they will fail or change nothing"
            ]
        );
        let zh = Lang::Zh.render(&notes[0]);
        assert!(zh.contains("精选留言"), "{zh}");
    }

    #[test]
    fn only_the_count_itself_confirms_a_large_multi_article_batch() {
        for typed in ["2065\n", "2,065", " 2，065 ", "2 065"] {
            assert_eq!(typed_count(typed), Some(2065), "{typed:?}");
        }
        for typed in ["y", "yes", "是", "", "2065.0", "-2065"] {
            assert_ne!(typed_count(typed), Some(2065), "{typed:?}");
        }
        let prompt = Lang::Zh.render(&msg!(
            "multi-confirm-type",
            question = "取消精选 2,065 条留言？",
            count = 2065usize
        ));
        assert!(prompt.contains("请输入 2,065 确认"), "{prompt}");
    }

    #[test]
    fn a_plan_quoting_a_hand_edited_journal_prints_no_escape() {
        let plan = Plan {
            op: WriteOp::MarkElect,
            article: Article {
                msg_data_id: 5,
                index: 0,
            },
            article_desc: Message::text("msg_data_id 5, index 0"),
            ids: vec![1],
            headline: crate::msg!("cli-undo-headline", batch = "\u{1b}[2J", count = 1usize),
            lines: vec![Message::text("1  (already elected, or not found)")],
            notes: vec![Message::text("were already re-elected by \u{1b}]0;x\u{7}")],
            undo: None,
            retry: None,
            multi: None,
            articles: Vec::new(),
        };
        for lang in Lang::ALL {
            let text = plan.render(lang, "a\u{1b}[31m", 4);
            assert!(
                !text.contains('\u{1b}') && !text.contains('\u{7}'),
                "{text:?}"
            );
            assert!(text.contains("␛[2J"), "{text}");
        }
    }

    #[test]
    fn electing_names_ids_that_are_already_elected_without_a_double_negative() {
        let (lines, notes) =
            describe_ids(WriteOp::MarkElect, &[5, 6], &Ok(Vec::new()), UtcOffset::UTC);
        let lines = en(&lines);
        assert_eq!(lines[0], "5  (already elected, or not found)");
        assert!(
            en(&notes)[0].starts_with("2 of these ids are not among the article's normal comments")
        );
        assert!(!lines.concat().contains("not not"));
    }
}
