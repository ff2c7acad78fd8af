//! The end of a batch on the command line: the summary (words or one JSON
//! object) and the exit status. Unknown items count as not done.

use serde_json::json;

use super::output::{json_line, out};
use crate::batch::{Summary, Verified};
use crate::cli::{Exit, stop_message};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::sanitize::clean_line;

/// `demo`: the run's journal goes when it ends, so no later command is
/// offered. `is_undo`: the batch undid another, and an undo is not undone.
pub fn print_summary(
    summary: &Summary,
    article_desc: &Message,
    json: bool,
    lang: Lang,
    (demo, is_undo): (bool, bool),
) {
    if json {
        json_line(&summary_json(summary));
    } else {
        for line in summary_lines(summary, article_desc, lang, (demo, is_undo)) {
            out(&line);
        }
    }
}

/// The `--json` summary object (English, an interface: keys are only added).
fn summary_json(summary: &Summary) -> serde_json::Value {
    let mut value = summary_json_one(summary);
    // A batch over several articles: how many (its items name each one).
    let articles: std::collections::HashSet<_> =
        summary.items.iter().filter_map(|i| i.article).collect();
    if !articles.is_empty() {
        value["articles"] = json!(articles.len());
    }
    value
}

fn summary_json_one(summary: &Summary) -> serde_json::Value {
    json!({
            "type": "summary",
            "batch_id": summary.batch_id,
            "op": summary.op,
            "msg_data_id": summary.article.msg_data_id,
            "index": summary.article.index,
            "total": summary.total,
            "done": summary.done,
            "failed": summary.failed,
            "not_attempted": summary.not_attempted,
            "unknown": summary.unknown,
            "list_calls": list_calls(summary),
            "stopped": summary.stopped.as_ref().map(|reason| {
                let mut value = serde_json::to_value(reason).unwrap_or_default();
                value["message"] = json!(reason.message().to_string());
                value
            }),
    })
}

/// The summary in words: counts (unknown, and what the settlement read cost
/// in list calls), why it stopped, what is still unknown, what to run next.
fn summary_lines(
    summary: &Summary,
    article_desc: &Message,
    lang: Lang,
    (demo, is_undo): (bool, bool),
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = |message: &Message| lines.push(clean_line(&lang.render(message)).into_owned());
    let summary_line = msg!(
        "cli-summary",
        op = summary.op.name(),
        done = summary.done,
        total = summary.total,
        article = article_desc.clone(),
        failed = summary.failed,
        not_attempted = summary.not_attempted,
        unknown = summary.unknown,
        calls = list_calls(summary) as usize,
        verified = summary.settlement.as_ref().map_or(0, |s| {
            s.count(Verified::Done) + s.count(Verified::NotDone)
        })
    );
    line(&summary_line);
    if let Some(reason) = &summary.stopped {
        line(&stop_message(reason));
    }
    if summary.unknown > 0 {
        let message = msg!(
            "cli-summary-unknown",
            count = summary.unknown,
            batch = summary.batch_id.as_str()
        );
        line(&message);
    }
    if demo {
        // `wxmod --demo history/undo/retry` would start a fresh run without it.
        line(&msg!("cli-summary-demo", batch = summary.batch_id.as_str()));
        return lines;
    }
    let undoable = crate::batch::undoable_op(summary.op, is_undo) && summary.done > 0;
    // Known not done: a retry sends exactly these (never the unknown ones).
    let retryable = summary.failed + summary.not_attempted > 0;
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let next = msg!(
        "cli-summary-next",
        batch = summary.batch_id.as_str(),
        undo = yes_no(undoable),
        retry = yes_no(retryable)
    );
    line(&next);
    lines
}

/// What the settlement read at the end cost (0: nothing was unknown, or the
/// read failed and the notice said so).
fn list_calls(summary: &Summary) -> u32 {
    summary.settlement.as_ref().map_or(0, |s| s.list_calls)
}

/// The batch's place in the exit table (`Exit::for_batch`): an item still
/// unknown is not done, so it counts against 0 like a failure.
pub fn exit_code(summary: &Summary) -> Exit {
    Exit::for_batch(summary.done, summary.total, summary.stopped.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::{Article, WriteOp};
    use crate::batch::{SettledItem, Settlement};

    fn summary() -> Summary {
        Summary {
            batch_id: "b".into(),
            op: WriteOp::UnmarkElect,
            article: Article {
                msg_data_id: 1,
                index: 0,
            },
            total: 3,
            done: 2,
            failed: 0,
            not_attempted: 0,
            unknown: 1,
            stopped: None,
            items: Vec::new(),
            settlement: None,
        }
    }

    #[test]
    fn unknown_counts_against_exit_0() {
        let summary = summary();
        assert_eq!(exit_code(&summary), Exit::Failed);
        let all = Summary {
            done: 3,
            unknown: 0,
            ..summary
        };
        assert_eq!(exit_code(&all), Exit::Ok);
    }

    #[test]
    fn the_summary_counts_unknown_and_the_list_calls_in_both_languages() {
        let mut s = summary();
        s.settlement = Some(Settlement {
            batch_id: "b".into(),
            op: WriteOp::UnmarkElect,
            article: s.article,
            filter: crate::api::wire::CommentFilter::All,
            list_calls: 2,
            items: vec![
                SettledItem {
                    id: 7,
                    verified: Verified::Done,
                },
                SettledItem {
                    id: 8,
                    verified: Verified::NotInList,
                },
            ],
        });
        let article = Message::text("msg_data_id 1, index 0");
        let en = summary_lines(&s, &article, Lang::En, (false, false));
        assert_eq!(
            en[0],
            "Deselected 2 of 3 on msg_data_id 1, index 0 · 1 unknown · 1 verified by reading the list (2 list calls)"
        );
        assert!(en[1].starts_with("1 comment is still unknown"), "{}", en[1]);
        assert!(
            en[2].contains("wxmod undo b") && !en[2].contains("retry"),
            "{}",
            en[2]
        );
        let zh = summary_lines(&s, &article, Lang::Zh, (false, false));
        assert!(
            zh[0].contains("1 条结果未知") && zh[0].contains("2 次列表调用"),
            "{}",
            zh[0]
        );
        assert!(zh[1].contains("结果仍未知"), "{}", zh[1]);
        let json = summary_json(&s);
        assert_eq!(
            (json["unknown"].as_u64(), json["list_calls"].as_u64()),
            (Some(1), Some(2))
        );
        // Without a settlement read: no list calls, and nothing said of one.
        let plain = Summary {
            failed: 1,
            unknown: 0,
            ..summary()
        };
        let en = summary_lines(&plain, &article, Lang::En, (false, false));
        assert_eq!(
            en[0],
            "Deselected 2 of 3 on msg_data_id 1, index 0 · 1 failed"
        );
        assert!(en[1].contains("wxmod retry b"), "{}", en[1]);
        assert_eq!(summary_json(&plain)["list_calls"], 0);
    }
}
