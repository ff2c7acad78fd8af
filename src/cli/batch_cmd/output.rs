//! Following a running batch on the command line: one line (or JSON object)
//! per comment as it finishes, notices on stderr (the summary and the exit
//! code are in `summary.rs`), and Ctrl-C, SIGTERM or SIGHUP (first: stop like a stop answer; second: quit
//! at once). Every line goes through `exit::out`: a closed stdout or stderr
//! never panics, and the batch goes on being recorded.

use serde_json::json;

use crate::api::wire::Article;
use crate::batch::{BatchEvent, BatchHandle, ItemResult, ItemStatus, StopReason, Summary};
use crate::cli::Exit;
use crate::exit::out::{err_line, out_line};
use crate::exit::signals::{StopSignal, StopSignals};
use crate::i18n::Lang;
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};

/// Not-attempted items listed one by one before the rest are counted.
const NOT_ATTEMPTED_SHOWN: usize = 10;

/// Print to stdout; once its reader has gone (`| head`) lines are dropped.
pub(super) fn out(line: &str) {
    out_line(line);
}

pub(super) fn json_line(value: &serde_json::Value) {
    if let Ok(text) = to_safe_json(value) {
        out(&text);
    }
}

/// One item as JSON. An unknown item's line says `"status":"unknown"`; once a
/// read of the list settles it, a second line for the same id follows with
/// the final status and `"verified": true` (the later line is final).
pub fn item_json(item: &ItemResult, batch_article: Article) -> serde_json::Value {
    let article = item.article.unwrap_or(batch_article);
    let mut value = json!({
        "type": "item",
        "user_comment_id": item.user_comment_id,
        "msg_data_id": article.msg_data_id,
        "index": article.index,
        "status": item.status,
        "errcode": item.errcode,
        "errmsg": item.errmsg,
        "attempts": item.attempts,
        "meaning": item.meaning.to_string(),
    });
    if item.is_verified() {
        value["verified"] = json!(true);
    }
    value
}

/// One result line; ids are right-aligned to `width` so the columns after
/// them line up whatever the order the answers come in.
fn item_line(item: &ItemResult, width: usize, lang: Lang) -> String {
    let id = item.user_comment_id;
    // A batch over several articles names each item's article (a comment id
    // alone does not say which); a one-article batch has said it once.
    let id = match item.article {
        Some(article) => {
            let article = lang.render(&article.message());
            format!("{id:>width$}  {}", clean_line(&article))
        }
        None => format!("{id:>width$}"),
    };
    let meaning = item.meaning.render(lang);
    let meaning = clean_line(&meaning);
    if item.is_verified() {
        // The meaning says what the list showed, "verified" included.
        let mark = match item.status {
            ItemStatus::Done => '✓',
            ItemStatus::Failed => '✗',
            _ => '?',
        };
        return format!("{mark} {id}  {meaning}");
    }
    match (item.status, item.errcode) {
        (ItemStatus::Done, _) => format!("✓ {id}  {meaning}"),
        (ItemStatus::Failed, Some(code)) => {
            let errmsg = clean_line(&item.errmsg);
            if errmsg.is_empty() {
                format!("✗ {id}  {code} — {meaning}")
            } else {
                format!("✗ {id}  {code} {errmsg} — {meaning}")
            }
        }
        (ItemStatus::Failed, None) => {
            let text = lang.render(&msg!("cli-item-no-answer", meaning = meaning));
            format!("✗ {id}  {}", clean_line(&text))
        }
        (ItemStatus::NotAttempted, _) => format!("- {id}  {meaning}"),
        (ItemStatus::Unknown, _) => format!("? {id}  {meaning}"),
    }
}

/// The moment a batch stops, on stderr: why, and what happens now. The
/// remedy comes once, with the summary. Ctrl-C already said it is stopping.
fn stopping_line(reason: &StopReason, in_flight: usize, lang: Lang) -> Option<String> {
    if *reason == StopReason::Cancelled {
        return None;
    }
    let message = msg!(
        "cli-stopping",
        reason = crate::cli::stop_short(reason),
        count = in_flight
    );
    Some(clean_line(&lang.render(&message)).into_owned())
}

/// What the first stop signal prints: Ctrl-C's own line, or the signal named.
fn cancelling_line(signal: StopSignal, lang: Lang) -> String {
    match signal {
        StopSignal::Interrupt => lang.t("cli-cancelling"),
        other => {
            let message = msg!("signal-stopping", signal = other.name());
            clean_line(&lang.render(&message)).into_owned()
        }
    }
}

/// First Ctrl-C, SIGTERM or SIGHUP: stop like a stop answer. Second: quit at
/// once; the journal keeps the in-flight items as "sent without an answer".
fn watch_signals(
    handle: &BatchHandle,
    mut signals: StopSignals,
    lang: Lang,
) -> tokio::task::JoinHandle<()> {
    let canceller = handle.canceller();
    let batch_id = handle.batch_id.clone();
    tokio::spawn(async move {
        let Some(first) = signals.next().await else {
            return;
        };
        canceller.cancel();
        err_line(&cancelling_line(first, lang));
        if signals.next().await.is_some() {
            let message = msg!("cli-quit-at-once", batch = batch_id.as_str());
            err_line(&clean_line(&lang.render(&message)));
            std::process::exit(i32::from(Exit::Quit.code()));
        }
    })
}

/// Print the batch as it runs; returns its summary.
pub async fn follow(
    mut handle: BatchHandle,
    json: bool,
    signals: StopSignals,
    lang: Lang,
) -> Option<Summary> {
    let watcher = watch_signals(&handle, signals, lang);
    let width = handle
        .ids
        .iter()
        .map(|id| id.to_string().len())
        .max()
        .unwrap_or(0);
    let (mut hidden, mut shown, mut in_flight) = (0usize, 0usize, 0usize);
    let mut summary = None;
    while let Some(event) = handle.events.recv().await {
        match event {
            BatchEvent::ItemFinished(item) if json => json_line(&item_json(&item, handle.article)),
            BatchEvent::ItemFinished(item) => {
                if item.status == ItemStatus::NotAttempted {
                    if shown >= NOT_ATTEMPTED_SHOWN {
                        hidden += 1;
                        continue;
                    }
                    shown += 1;
                }
                out(&item_line(&item, width, lang));
            }
            BatchEvent::Notice(text) => {
                let text = lang.render(&msg!("cli-notice", notice = text));
                err_line(&clean_line(&text));
            }
            BatchEvent::Stopped(reason) => {
                if let Some(line) = stopping_line(&reason, in_flight, lang) {
                    err_line(&line);
                }
            }
            BatchEvent::Progress(progress) => in_flight = progress.in_flight,
            BatchEvent::Finished(done) => {
                summary = Some(done);
                break;
            }
            BatchEvent::Settling { unknown } => {
                err_line(&clean_line(
                    &lang.render(&msg!("cli-settling", count = unknown)),
                ));
            }
            BatchEvent::Settled(settlement) => {
                let text = lang.render(&msg!("cli-notice", notice = settlement.message()));
                err_line(&clean_line(&text));
            }
            BatchEvent::Started { .. } | BatchEvent::Sending { .. } => {}
        }
    }
    watcher.abort();
    if hidden > 0 {
        let message = msg!(
            "cli-more-not-attempted",
            count = hidden,
            batch = handle.batch_id.as_str()
        );
        out(&clean_line(&lang.render(&message)));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::WriteOp;
    use crate::batch::Verified;
    use std::time::Duration;

    const ARTICLE: Article = Article {
        msg_data_id: 5,
        index: 1,
    };

    fn item(id: u64, status: ItemStatus, errcode: Option<i64>, errmsg: &str) -> ItemResult {
        ItemResult {
            user_comment_id: id,
            article: None,
            status,
            errcode,
            errmsg: errmsg.into(),
            meaning: "m".into(),
            attempts: 1,
            duration: Duration::ZERO,
        }
    }

    #[test]
    fn result_lines_line_up_and_show_no_raw_server_text() {
        let lines = [
            item_line(&item(7, ItemStatus::Done, Some(0), ""), 10, Lang::En),
            item_line(
                &item(4_294_967_311, ItemStatus::Failed, Some(88008), "x"),
                10,
                Lang::En,
            ),
            item_line(&item(42, ItemStatus::NotAttempted, None, ""), 10, Lang::En),
        ];
        assert_eq!(lines[0], "✓          7  m");
        assert_eq!(lines[1], "✗ 4294967311  88008 x — m");
        assert_eq!(lines[2], "-         42  m");
        let hostile = item(1, ItemStatus::Failed, Some(1), "\u{1b}[2J\nboom");
        let line = item_line(&hostile, 1, Lang::Zh);
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }

    #[test]
    fn items_of_a_batch_over_several_articles_name_their_article() {
        let mut done = item(118, ItemStatus::Done, Some(0), "");
        assert_eq!(item_line(&done, 3, Lang::Zh), "✓ 118  m");
        done.article = Some(Article {
            msg_data_id: 2_247_483_652,
            index: 1,
        });
        assert_eq!(
            item_line(&done, 3, Lang::Zh),
            "✓ 118  2247483652 第 2 篇  m"
        );
        assert_eq!(
            item_line(&done, 4, Lang::En),
            "✓  118  2247483652 index 1  m"
        );
        let mut failed = item(7, ItemStatus::Failed, Some(88008), "x");
        failed.article = done.article;
        assert_eq!(
            item_line(&failed, 1, Lang::Zh),
            "✗ 7  2247483652 第 2 篇  88008 x — m"
        );
    }

    #[test]
    fn unknown_and_verified_items_say_so_in_lines_and_json() {
        let op = WriteOp::UnmarkElect;
        let mut unknown = item(9, ItemStatus::Unknown, None, "");
        unknown.meaning = msg!("batch-unknown", why = "the connection closed");
        let line = item_line(&unknown, 2, Lang::En);
        assert!(line.starts_with("?  9  unknown: "), "{line}");
        let json = item_json(&unknown, ARTICLE);
        assert_eq!(json["status"], "unknown");
        assert!(json.get("verified").is_none(), "{json}");
        let mut done = item(9, ItemStatus::Done, None, "");
        done.meaning = Verified::Done.meaning(op);
        assert_eq!(
            item_line(&done, 2, Lang::En),
            "✓  9  deselected (verified by reading the list)"
        );
        assert_eq!(item_json(&done, ARTICLE)["verified"], true);
        assert_eq!(item_json(&done, ARTICLE)["msg_data_id"], 5);
        assert_eq!(item_json(&done, ARTICLE)["index"], 1);
        let mut not_done = item(9, ItemStatus::Failed, None, "");
        not_done.meaning = Verified::NotDone.meaning(op);
        let line = item_line(&not_done, 2, Lang::En);
        assert!(
            line.starts_with("✗  9  deselect: not done (verified"),
            "{line}"
        );
        assert!(!line.contains("no answer"), "{line}");
        let zh = item_line(&not_done, 2, Lang::Zh);
        assert!(zh.contains("核实"), "{zh}");
    }

    #[test]
    fn the_stop_is_told_once_with_what_happens_now() {
        let quota = StopReason::Api {
            code: 45009,
            errmsg: "reach max api daily quota limit".into(),
        };
        let line = stopping_line(&quota, 3, Lang::En).unwrap();
        assert!(line.contains("45009"), "{line}");
        assert!(
            line.ends_with("waiting for the 3 requests in flight"),
            "{line}"
        );
        assert!(
            stopping_line(&quota, 0, Lang::En)
                .unwrap()
                .ends_with("nothing more is sent")
        );
        assert_eq!(stopping_line(&StopReason::Cancelled, 2, Lang::En), None);
        let zh = stopping_line(&quota, 3, Lang::Zh).unwrap();
        assert!(zh.contains("45009") && zh.contains("3"), "{zh}");
    }
}
