//! `wxmod history`: recent batches from the journal, newest first, or every
//! item of one batch. Reads only; interrupted batches are called out with what
//! was confirmed, sent without an answer and never sent.

use std::path::Path;

use serde_json::json;

use super::{Exit, HistoryArgs};
use crate::api::catalog;
use crate::api::wire::WriteOp;
use crate::batch::{BatchOverview, BatchState, ItemState, Journal, JournalItem, JournalWarning};
use crate::display::{format_time, local_offset};
use crate::sanitize::{clean_line, to_safe_json};

pub fn run(data_dir: &Path, args: &HistoryArgs) -> Exit {
    let journal = match Journal::open(data_dir) {
        Ok(journal) => journal,
        Err(err) => return super::fail(super::CliError::Usage(err.to_string())),
    };
    match &args.batch_id {
        Some(id) => show_batch(&journal, id, args.json),
        None => list(&journal, args),
    }
}

/// A journal time in the local zone, `2026-11-27 20:53`.
pub fn when(stamp: &str) -> String {
    match crate::batch::clock::parse_timestamp(stamp) {
        Some(t) => format_time(t.unix_timestamp(), local_offset()),
        None => clean_line(stamp).into_owned(),
    }
}

fn out(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

fn json_line(value: &serde_json::Value) {
    if let Ok(text) = to_safe_json(value) {
        out(&text);
    }
}

fn warn(warnings: &[JournalWarning]) {
    for w in warnings {
        eprintln!("wxmod: journal {}", clean_line(&w.to_string()));
    }
}

fn op_label(o: &BatchOverview) -> &'static str {
    match (o.op, o.undo_of.is_some()) {
        (WriteOp::MarkElect, true) => "undo",
        (WriteOp::MarkElect, false) => "elect",
        (WriteOp::UnmarkElect, _) => "unelect",
        (WriteOp::Delete, _) => "delete",
        (WriteOp::DeleteReply, _) => "del-reply",
    }
}

fn state_text(o: &BatchOverview) -> String {
    let mut text = match &o.state {
        BatchState::Completed => "completed".to_string(),
        BatchState::Stopped { reason } => format!("stopped: {}", reason.short()),
        BatchState::Running => "running".to_string(),
        BatchState::Interrupted => format!(
            "INTERRUPTED: {} confirmed, {} sent without answer, {} never sent",
            o.done + o.failed,
            o.sent_without_answer,
            o.never_sent
        ),
    };
    if let Some(of) = &o.undo_of {
        text.push_str(&format!(" (undo of {of})"));
    }
    if !o.undone_by.is_empty() {
        text.push_str(&format!(" (undone by {})", o.undone_by.join(", ")));
    }
    clean_line(&text).into_owned()
}

fn overview_json(o: &BatchOverview) -> serde_json::Value {
    let mut value = serde_json::to_value(o).unwrap_or_default();
    value["type"] = json!("batch");
    value["interrupted"] = json!(o.is_interrupted());
    value
}

fn list(journal: &Journal, args: &HistoryArgs) -> Exit {
    let (batches, warnings) = match journal.batches(args.limit) {
        Ok(found) => found,
        Err(err) => return super::fail(super::CliError::Usage(err.to_string())),
    };
    warn(&warnings);
    if args.json {
        batches.iter().for_each(|o| json_line(&overview_json(o)));
        return Exit::Ok;
    }
    if batches.is_empty() {
        eprintln!(
            "no batches yet (the journal lives in {})",
            clean_line(&journal.dir().display().to_string())
        );
        return Exit::Ok;
    }
    let articles: Vec<String> = batches
        .iter()
        .map(|o| format!("{} #{}", o.article.msg_data_id, o.article.index))
        .collect();
    let aw = articles.iter().map(String::len).max().unwrap_or(0).max(7);
    out(&format!(
        "{:<20}  {:<16}  {:<7}  {:<aw$}  {:>6}  {:>6}  {:>13}  STATE",
        "BATCH", "STARTED", "OP", "ARTICLE", "DONE", "FAILED", "NOT ATTEMPTED"
    ));
    for (o, article) in batches.iter().zip(&articles) {
        out(&format!(
            "{:<20}  {:<16}  {:<7}  {:<aw$}  {:>6}  {:>6}  {:>13}  {}",
            clean_line(&o.batch_id),
            when(&o.time),
            op_label(o),
            article,
            o.done,
            o.failed,
            o.not_attempted + o.never_sent,
            state_text(o)
        ));
    }
    Exit::Ok
}

fn item_detail(item: &JournalItem) -> (String, String) {
    let code = item.errcode.map(|c| c.to_string()).unwrap_or_default();
    let detail = match (item.state, item.errcode) {
        (ItemState::Done, _) => String::new(),
        (ItemState::Failed, Some(code)) => {
            format!("{} — {}", item.errmsg, catalog::meaning(code, &item.errmsg))
        }
        (ItemState::SentWithoutAnswer, _) => "may or may not have taken effect".to_string(),
        _ => item.reason.clone(),
    };
    (code, clean_line(&detail).into_owned())
}

fn state_word(state: ItemState) -> &'static str {
    match state {
        ItemState::Done => "done",
        ItemState::Failed => "failed",
        ItemState::NotAttempted => "not attempted",
        ItemState::SentWithoutAnswer => "sent, no answer",
        ItemState::NeverSent => "never sent",
        ItemState::Unknown => "unknown",
    }
}

fn show_batch(journal: &Journal, id: &str, as_json: bool) -> Exit {
    let detail = match journal.batch(id) {
        Ok(detail) => detail,
        Err(err) => return super::fail(super::CliError::Usage(err.to_string())),
    };
    // A torn line may be this batch's: say so next to what it shows.
    if let Ok(warnings) = journal.warnings() {
        warn(&warnings);
    }
    let o = &detail.overview;
    if as_json {
        json_line(&overview_json(o));
        for item in &detail.items {
            let mut value = serde_json::to_value(item).unwrap_or_default();
            value["type"] = json!("item");
            json_line(&value);
        }
        return Exit::Ok;
    }
    out(&format!(
        "batch {}: {} on msg_data_id {}, index {}",
        clean_line(&o.batch_id),
        op_label(o),
        o.article.msg_data_id,
        o.article.index
    ));
    out(&format!("  started   {}", when(&o.time)));
    out(&format!("  account   {}", clean_line(&o.account)));
    out(&format!("  state     {}", state_text(o)));
    out(&format!(
        "  counts    {} done · {} failed · {} not attempted{}",
        o.done,
        o.failed,
        o.not_attempted,
        if o.sent_without_answer + o.never_sent > 0 {
            format!(
                " · {} sent without answer · {} never sent",
                o.sent_without_answer, o.never_sent
            )
        } else {
            String::new()
        }
    ));
    out(&format!(
        "  journal   {}",
        clean_line(&o.file.display().to_string())
    ));
    let iw = detail
        .items
        .iter()
        .map(|i| i.user_comment_id.to_string().len())
        .max()
        .unwrap_or(0)
        .max(2);
    out(&format!(
        "{:>iw$}  {:<15}  {:>7}  DETAIL",
        "ID", "RESULT", "ERRCODE"
    ));
    for item in &detail.items {
        let (code, text) = item_detail(item);
        let line = format!(
            "{:>iw$}  {:<15}  {:>7}  {}",
            item.user_comment_id,
            state_word(item.state),
            code,
            text
        );
        out(line.trim_end());
    }
    Exit::Ok
}
