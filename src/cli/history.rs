//! `wxmod history`: recent batches from the journal, newest first, or every
//! item of one batch. Interrupted batches are called out with what was
//! confirmed, sent without an answer and never sent. `history BATCH_ID` first
//! settles what that batch left unknown by reading the list once
//! (`settle_first`: the only time history needs credentials); otherwise it
//! only reads. An empty journal and one whose lines cannot be read say
//! different things; `--limit 0` is a usage error.

use std::path::Path;

use serde_json::json;

use time::UtcOffset;

use super::{Exit, HistoryArgs, op_verb};
use crate::batch::{BatchOverview, BatchState, Journal, JournalWarning};
use crate::display::{format_time, pad, pad_left};
use crate::exit::out::{err_line, out_line};
use crate::i18n::{Lang, Localize, Message};
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::SessionSettings;

mod batch;
mod unreadable;
use batch::show_batch;
use unreadable::unreadable;

/// How history is shown: the user's language and time offset.
#[derive(Clone, Copy)]
struct View {
    lang: Lang,
    offset: UtcOffset,
}

impl View {
    fn line(&self, message: &Message) {
        out(&clean_line(&self.lang.render(message)));
    }
}

fn journal_error(lang: Lang, err: impl Localize) -> Exit {
    super::fail(lang, super::CliError::Usage(err.message()))
}

/// Unreadable lines named one by one before the rest are counted.
const WARNINGS_SHOWN: usize = 10;

/// `account`: only that account's batches (`--account` / `WXMOD_ACCOUNT`);
/// `configured`: the config's account names (`None` when it cannot be read),
/// so a name that is neither configured nor in the journal is a usage error.
pub fn run(
    data_dir: &Path,
    args: &HistoryArgs,
    lang: Lang,
    offset: UtcOffset,
    account: Option<&str>,
    configured: Option<&[String]>,
) -> Exit {
    if args.limit == 0 && args.batch_id.is_none() {
        // Showing nothing on purpose would read like an empty journal.
        return super::fail(lang, super::CliError::Usage(msg!("cli-history-limit-zero")));
    }
    let view = View { lang, offset };
    let journal = match Journal::open(data_dir) {
        Ok(journal) => journal,
        Err(err) => return journal_error(lang, err),
    };
    match &args.batch_id {
        Some(id) => show_batch(&journal, id, args, view),
        None => list(
            &journal,
            args,
            view,
            account.map(str::trim).filter(|a| !a.is_empty()),
            configured,
        ),
    }
}

/// Before `history BATCH_ID` shows a batch with unknown items (killed in
/// flight, answers lost, an earlier read that failed): read the article's list
/// once and journal what it settles, saying so with the list calls it cost.
/// Without credentials (or when the read fails) the journal is shown as it
/// stands, with a line saying why. (The demo keeps no history across runs:
/// `dispatch` answers `--demo history` before this.)
pub async fn settle_first(global: &SessionSettings, data_dir: &Path, id: &str, lang: Lang) {
    let Ok(journal) = Journal::open(data_dir) else {
        return;
    };
    let count = match journal.unsettled(id) {
        Ok(ids) if !ids.is_empty() => ids.len(),
        // Not found, nothing unknown: `run` shows (or names) it as before.
        _ => return,
    };
    let notice = |message: Message| {
        let text = lang.render(&msg!("cli-notice", notice = message));
        err_line(&clean_line(&text));
    };
    let session = match crate::session::Session::open(global).await {
        Ok(session) => session,
        Err(err) => {
            let why = super::CliError::from(err).message();
            let text = lang.render(&msg!("cli-history-not-settled", count = count, why = why));
            err_line(&clean_line(&text));
            return;
        }
    };
    match crate::batch::settle(&session.client, &journal, id).await {
        Ok(Some(settlement)) => notice(settlement.message()),
        Ok(None) => {}
        Err(err) => notice(err.message()),
    }
}

/// A journal time at `offset`, `2026-11-27 20:53`.
pub fn when(stamp: &str, offset: UtcOffset) -> String {
    match crate::batch::clock::parse_timestamp(stamp) {
        Some(t) => format_time(t.unix_timestamp(), offset),
        None => clean_line(stamp).into_owned(),
    }
}

/// A line on stdout; once its reader has gone (`| head`) the rest is dropped.
fn out(line: &str) {
    out_line(line);
}

fn json_line(value: &serde_json::Value) {
    if let Ok(text) = to_safe_json(value) {
        out(&text);
    }
}

fn warn(warnings: &[JournalWarning], lang: Lang) {
    for w in warnings.iter().take(WARNINGS_SHOWN) {
        let message = msg!("cli-journal-warning", warning = w.localized());
        err_line(&clean_line(&lang.render(&message)));
    }
    if warnings.len() > WARNINGS_SHOWN {
        let message = msg!(
            "cli-journal-more-warnings",
            count = warnings.len() - WARNINGS_SHOWN
        );
        err_line(&clean_line(&lang.render(&message)));
    }
}

/// The operation in the same words as the plan and summary; an undo says so.
fn op_label(o: &BatchOverview) -> Message {
    if o.undo_of.is_some() {
        msg!("cli-history-undo")
    } else {
        op_verb(o.op)
    }
}

fn state_text(o: &BatchOverview, lang: Lang) -> String {
    let state = match &o.state {
        BatchState::Completed => msg!("cli-state-completed"),
        BatchState::Stopped { reason } => {
            msg!("cli-state-stopped", reason = crate::cli::stop_short(reason))
        }
        BatchState::Running => msg!("cli-state-running"),
        BatchState::Interrupted => msg!(
            "cli-state-interrupted",
            confirmed = o.done + o.failed,
            unanswered = o.sent_without_answer,
            never_sent = o.never_sent
        ),
    };
    let text = msg!(
        "cli-state",
        state = state,
        // "none" selects the variant without the note.
        undo_of = o.undo_of.clone().unwrap_or_else(|| "none".to_string()),
        undone_by = if o.undone_by.is_empty() {
            "none".to_string()
        } else {
            o.undone_by.join(", ")
        }
    );
    clean_line(&lang.render(&text)).into_owned()
}

fn overview_json(o: &BatchOverview) -> serde_json::Value {
    let mut value = serde_json::to_value(o).unwrap_or_default();
    value["type"] = json!("batch");
    value["interrupted"] = json!(o.is_interrupted());
    value
}

fn list(
    journal: &Journal,
    args: &HistoryArgs,
    view: View,
    account: Option<&str>,
    configured: Option<&[String]>,
) -> Exit {
    let lang = view.lang;
    // Filters apply before the limit: the N latest batches that match.
    let filtered = args.failed || account.is_some();
    let (batches, warnings) = match journal.batches(if filtered { usize::MAX } else { args.limit })
    {
        Ok(found) => found,
        Err(err) => return journal_error(lang, err),
    };
    if batches.is_empty() && !warnings.is_empty() {
        return unreadable(journal, &warnings, lang);
    }
    let batches: Vec<BatchOverview> = batches
        .into_iter()
        .filter(|o| !args.failed || left_work(o))
        .filter(|o| account.is_none_or(|a| o.account_name.as_deref() == Some(a)))
        .take(args.limit)
        .collect();
    warn(&warnings, lang);
    if args.json {
        batches.iter().for_each(|o| json_line(&overview_json(o)));
        return Exit::Ok;
    }
    if batches.is_empty()
        && let Some(account) = account
    {
        // A mistyped name would otherwise read like an account with no
        // batches: name the configured ones, as `--account` does elsewhere.
        // (A name removed from the config still shows its batches.)
        if let Some(known) = configured
            && !known.iter().any(|k| k == account)
            // With no account table, the environment's is called `default`.
            && !(known.is_empty() && account == crate::config::DEFAULT_ACCOUNT)
            && !journal_knows(journal, account)
        {
            let err = crate::config::ConfigError::UnknownAccount {
                name: clean_line(account).into_owned(),
                known: known.to_vec(),
            };
            return super::fail(lang, crate::session::SessionError::from(err));
        }
        let message = msg!("accounts-history-none", account = account);
        err_line(&clean_line(&lang.render(&message)));
        return Exit::Ok;
    }
    if batches.is_empty() && args.failed {
        err_line(&clean_line(&lang.t("cli-history-none-failed")));
        return Exit::Ok;
    }
    if batches.is_empty() {
        let message = msg!(
            "cli-history-empty",
            dir = journal.dir().display().to_string()
        );
        err_line(&clean_line(&lang.render(&message)));
        return Exit::Ok;
    }
    use unicode_width::UnicodeWidthStr;
    let articles: Vec<String> = batches
        .iter()
        .map(|o| {
            if o.articles > 1 {
                lang.render(&msg!("multi-articles", count = o.articles))
            } else {
                format!("{} #{}", o.article.msg_data_id, o.article.index)
            }
        })
        .collect();
    let ops: Vec<String> = batches.iter().map(|o| lang.render(&op_label(o))).collect();
    let col = |id: &str| lang.t(id);
    let aw = articles
        .iter()
        .map(|a| a.width())
        .chain([col("cli-history-col-article").width()])
        .max()
        .unwrap_or(0)
        .max(7);
    let ow = ops
        .iter()
        .map(|o| o.width())
        .chain([col("cli-history-col-op").width()])
        .max()
        .unwrap_or(0);
    let names: Vec<String> = batches.iter().map(account_cell).collect();
    let accw = names
        .iter()
        .map(|n| n.width())
        .chain([col("accounts-history-col").width()])
        .max()
        .unwrap_or(0);
    let nw = col("cli-history-col-not-attempted").width().max(6);
    let uw = col("cli-history-col-unknown").width().max(6);
    let row = |cells: [&str; 10]| {
        format!(
            "{}  {}  {}  {}  {}  {}  {}  {}  {}  {}",
            pad(cells[0], 20),
            pad(cells[1], 16),
            pad(cells[9], accw),
            pad(cells[2], ow),
            pad(cells[3], aw),
            pad_left(cells[4], 6),
            pad_left(cells[5], 6),
            pad_left(cells[6], nw),
            pad_left(cells[7], uw),
            cells[8]
        )
    };
    out(&row([
        &col("cli-history-col-batch"),
        &col("cli-history-col-started"),
        &col("cli-history-col-op"),
        &col("cli-history-col-article"),
        &col("cli-history-col-done"),
        &col("cli-history-col-failed"),
        &col("cli-history-col-not-attempted"),
        &col("cli-history-col-unknown"),
        &col("cli-history-col-state"),
        &col("accounts-history-col"),
    ]));
    for (((o, article), op), name) in batches.iter().zip(&articles).zip(&ops).zip(&names) {
        out(&row([
            &clean_line(&o.batch_id),
            &when(&o.time, view.offset),
            op,
            article,
            &crate::display::thousands(o.done as u64),
            &crate::display::thousands(o.failed as u64),
            &crate::display::thousands((o.not_attempted + o.never_sent) as u64),
            // Sent without an answer is unknown too, until a read settles it.
            &crate::display::thousands((o.unknown + o.sent_without_answer) as u64),
            &state_text(o, lang),
            name,
        ]));
    }
    Exit::Ok
}

/// Whether any batch of the journal was run on `account` (a `--failed` or
/// `--limit` filter may have hidden them).
fn journal_knows(journal: &Journal, account: &str) -> bool {
    journal.batches(usize::MAX).is_ok_and(|(batches, _)| {
        batches
            .iter()
            .any(|o| o.account_name.as_deref() == Some(account))
    })
}

/// The account column: the config's name; batches of older versions have none.
fn account_cell(o: &BatchOverview) -> String {
    clean_line(o.account_name.as_deref().unwrap_or("-")).into_owned()
}

/// What `--failed` keeps: a batch that left something not done or not known
/// to be done (what `retry` and a settling read act on).
fn left_work(o: &BatchOverview) -> bool {
    o.failed + o.not_attempted + o.never_sent + o.sent_without_answer + o.unknown > 0
}
