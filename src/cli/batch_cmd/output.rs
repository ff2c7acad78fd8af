//! Following a running batch on the command line: one line (or JSON object)
//! per comment as it finishes, notices on stderr, the summary, the exit code,
//! and Ctrl-C (first: stop like a stop answer; second: quit at once).

use std::io::Write;

use serde_json::json;

use crate::api::wire::WriteOp;
use crate::batch::{BatchEvent, BatchHandle, ItemResult, ItemStatus, Summary};
use crate::cli::Exit;
use crate::sanitize::{clean_line, to_safe_json};

/// Not-attempted items listed one by one before the rest are counted.
const NOT_ATTEMPTED_SHOWN: usize = 10;

/// Print to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn out(line: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
}

fn json_line(value: &serde_json::Value) {
    if let Ok(text) = to_safe_json(value) {
        out(&text);
    }
}

pub fn item_json(item: &ItemResult) -> serde_json::Value {
    json!({
        "type": "item",
        "user_comment_id": item.user_comment_id,
        "status": item.status,
        "errcode": item.errcode,
        "errmsg": item.errmsg,
        "attempts": item.attempts,
        "meaning": item.meaning,
    })
}

fn item_line(item: &ItemResult) -> String {
    let id = item.user_comment_id;
    let meaning = clean_line(&item.meaning);
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
        (ItemStatus::Failed, None) => format!("✗ {id}  no answer: {meaning}"),
        (ItemStatus::NotAttempted, _) => format!("- {id}  {meaning}"),
    }
}

/// Ctrl-C presses. On unix the handler is installed when this is made, so a
/// press right after the batch starts is never lost to the default handler.
pub struct Interrupts {
    #[cfg(unix)]
    sigint: Option<tokio::signal::unix::Signal>,
}

impl Interrupts {
    pub fn new() -> Interrupts {
        Interrupts {
            #[cfg(unix)]
            sigint: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok(),
        }
    }

    async fn next(&mut self) -> bool {
        #[cfg(unix)]
        {
            match &mut self.sigint {
                Some(sigint) => sigint.recv().await.is_some(),
                None => false,
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await.is_ok()
        }
    }
}

/// First Ctrl-C: stop like a stop answer. Second: quit at once; the journal
/// keeps the in-flight items as "sent without an answer".
fn watch_ctrl_c(handle: &BatchHandle, mut interrupts: Interrupts) -> tokio::task::JoinHandle<()> {
    let canceller = handle.canceller();
    let batch_id = handle.batch_id.clone();
    tokio::spawn(async move {
        if !interrupts.next().await {
            return;
        }
        canceller.cancel();
        eprintln!(
            "wxmod: stopping: no new requests; waiting for the ones in flight (Ctrl-C again to quit at once)"
        );
        if interrupts.next().await {
            eprintln!(
                "wxmod: quit at once: `wxmod history {batch_id}` shows which requests got no answer"
            );
            std::process::exit(130);
        }
    })
}

/// Print the batch as it runs; returns its summary.
pub async fn follow(
    mut handle: BatchHandle,
    json: bool,
    interrupts: Interrupts,
) -> Option<Summary> {
    let ctrl_c = watch_ctrl_c(&handle, interrupts);
    let mut hidden = 0usize;
    let mut shown = 0usize;
    let mut summary = None;
    while let Some(event) = handle.events.recv().await {
        match event {
            BatchEvent::ItemFinished(item) if json => json_line(&item_json(&item)),
            BatchEvent::ItemFinished(item) => {
                if item.status == ItemStatus::NotAttempted {
                    if shown >= NOT_ATTEMPTED_SHOWN {
                        hidden += 1;
                        continue;
                    }
                    shown += 1;
                }
                out(&item_line(&item));
            }
            BatchEvent::Notice(text) => eprintln!("wxmod: {}", clean_line(&text)),
            BatchEvent::Stopped(reason) => eprintln!("wxmod: {}", clean_line(&reason.describe())),
            BatchEvent::Finished(done) => {
                summary = Some(done);
                break;
            }
            BatchEvent::Started { .. } | BatchEvent::Sending { .. } | BatchEvent::Progress(_) => {}
        }
    }
    ctrl_c.abort();
    if hidden > 0 {
        out(&format!(
            "… and {hidden} more not attempted (`wxmod history {}` lists them)",
            handle.batch_id
        ));
    }
    summary
}

pub fn print_summary(summary: &Summary, article_desc: &str, json: bool) {
    if json {
        json_line(&json!({
            "type": "summary",
            "batch_id": summary.batch_id,
            "op": summary.op,
            "msg_data_id": summary.article.msg_data_id,
            "index": summary.article.index,
            "total": summary.total,
            "done": summary.done,
            "failed": summary.failed,
            "not_attempted": summary.not_attempted,
            "stopped": summary.stopped.as_ref().map(|reason| {
                let mut value = serde_json::to_value(reason).unwrap_or_default();
                value["message"] = json!(reason.describe());
                value
            }),
        }));
        return;
    }
    let verb = match summary.op {
        WriteOp::MarkElect => "Elected",
        WriteOp::UnmarkElect => "Deselected",
        WriteOp::Delete => "Deleted",
        WriteOp::DeleteReply => "Deleted the reply of",
    };
    let mut line = format!(
        "{verb} {} of {} on {article_desc}",
        summary.done, summary.total
    );
    if summary.failed > 0 {
        line.push_str(&format!(" · {} failed", summary.failed));
    }
    if summary.not_attempted > 0 {
        line.push_str(&format!(" · {} not attempted", summary.not_attempted));
    }
    out(&line);
    if let Some(reason) = &summary.stopped {
        out(&clean_line(&reason.describe()));
    }
    let mut next = format!(
        "batch {}: details with `wxmod history {}`",
        summary.batch_id, summary.batch_id
    );
    if summary.op == WriteOp::UnmarkElect && summary.done > 0 {
        next.push_str(&format!(", undo with `wxmod undo {}`", summary.batch_id));
    }
    out(&next);
}

/// 3 when the batch stopped with items not attempted, 1 when some failed.
pub fn exit_code(summary: &Summary) -> Exit {
    if summary.stopped.is_some() && summary.not_attempted > 0 {
        Exit::Stopped
    } else if summary.failed > 0 || summary.not_attempted > 0 {
        Exit::Failed
    } else {
        Exit::Ok
    }
}
