//! `wxmod unelect`, `wxmod elect`, `wxmod undo`: work out the ids, show the
//! plan, ask (or refuse when nobody can answer), then run the batch engine and
//! print what it reports. Nothing is sent before the plan is accepted.

use super::{BatchArgs, CliError, Exit, RunArgs, UndoArgs, fail};
use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{self, BatchRequest, Journal, JournalError, UndoPlan};
use crate::session::Session;

mod ids;
mod output;
mod plan;

use plan::Plan;

pub async fn run_batch(session: &Session, op: WriteOp, args: &BatchArgs) -> Exit {
    match prepare_batch(session, op, args).await {
        Ok(Some(plan)) => execute(session, plan, &args.run).await,
        Ok(None) => Exit::Ok,
        Err(err) => fail(err),
    }
}

pub async fn run_undo(session: &Session, args: &UndoArgs) -> Exit {
    match prepare_undo(session, args).await {
        Ok(plan) => execute(session, plan, &args.run).await,
        Err(err) => fail(err),
    }
}

fn journal_error(err: JournalError) -> CliError {
    CliError::Usage(err.to_string())
}

fn not_sent(err: JournalError) -> CliError {
    CliError::Usage(format!("{err}; nothing was sent"))
}

/// Without a terminal nobody can answer the question: refuse unless told.
fn refuse_unless_confirmable(run: &RunArgs) -> Result<(), CliError> {
    if run.yes || run.dry_run || plan::can_ask() {
        return Ok(());
    }
    Err(CliError::Usage(
        "refusing to send: standard input is not a terminal, so wxmod cannot ask for confirmation — add --yes to go ahead, or --dry-run to see the plan; nothing was sent".into(),
    ))
}

/// Who runs the batch, for the plan and the journal; never a token. The demo
/// simulator listens on a new port each run, so it is named, not addressed.
fn account(session: &Session) -> String {
    let client = &session.client;
    if session.is_demo() {
        return "demo simulator".to_string();
    }
    format!("{} @ {}", client.token_source_label(), client.api_base())
}

fn headline_verb(op: WriteOp) -> &'static str {
    match op {
        WriteOp::MarkElect => "Elect",
        WriteOp::UnmarkElect => "Deselect",
        WriteOp::Delete => "Delete",
        WriteOp::DeleteReply => "Delete the reply of",
    }
}

fn dedup(ids: Vec<CommentId>) -> (Vec<CommentId>, usize) {
    let before = ids.len();
    let mut seen = std::collections::HashSet::with_capacity(before);
    let ids: Vec<CommentId> = ids.into_iter().filter(|id| seen.insert(*id)).collect();
    let dropped = before - ids.len();
    (ids, dropped)
}

async fn prepare_batch(
    session: &Session,
    op: WriteOp,
    args: &BatchArgs,
) -> Result<Option<Plan>, CliError> {
    let article = args.article.article();
    let given = if !args.comment_id.is_empty() {
        Some(args.comment_id.clone())
    } else if let Some(path) = &args.ids_file {
        Some(ids::read(path).await?)
    } else {
        None
    };
    refuse_unless_confirmable(&args.run)?;
    let client = &session.client;
    let (ids, loaded, everything) = match given {
        Some(ids) => (ids, plan::load_targets(client, op, article).await?, false),
        None => {
            let list = client
                .list_comments(article, plan::target_filter(op))
                .await?;
            let ids = list.iter().map(|c| c.user_comment_id).collect();
            (ids, Ok(list), true)
        }
    };
    let (ids, duplicates) = dedup(ids);
    if ids.is_empty() {
        eprintln!(
            "nothing to do: {} has no {} comments",
            args.article.describe(),
            plan::target_filter(op).label()
        );
        return Ok(None);
    }
    let (lines, mut notes) = plan::describe_ids(op, &ids, &loaded);
    if duplicates > 0 {
        notes.push(format!("{duplicates} repeated ids are sent once"));
    }
    notes.extend(plan::quota_note(client, op, ids.len()).await);
    let scope = if everything {
        format!("all {} {}", ids.len(), plan::target_filter(op).label())
    } else {
        ids.len().to_string()
    };
    Ok(Some(Plan {
        op,
        article,
        article_desc: args.article.describe(),
        headline: format!("{} {scope} comments", headline_verb(op)),
        ids,
        lines,
        notes,
        undo: None,
    }))
}

async fn prepare_undo(session: &Session, args: &UndoArgs) -> Result<Plan, CliError> {
    let journal = Journal::open(&session.dirs.data_dir).map_err(journal_error)?;
    let undo: UndoPlan = journal
        .undo_request(args.batch_id.as_deref())
        .map_err(journal_error)?;
    refuse_unless_confirmable(&args.run)?;
    let client = &session.client;
    let source = &undo.source;
    let loaded = plan::load_targets(client, undo.op, undo.article).await?;
    let (lines, mut notes) = plan::describe_ids(undo.op, &undo.ids, &loaded);
    notes.insert(
        0,
        format!(
            "undoes batch {} of {}: it deselected {} of {} comments",
            source.batch_id,
            crate::cli::history::when(&source.time),
            source.done,
            source.total
        ),
    );
    if let Ok(warnings) = journal.warnings()
        && !warnings.is_empty()
    {
        let lines = match warnings.len() {
            1 => "an unreadable line".to_string(),
            n => format!("{n} unreadable lines"),
        };
        notes.push(format!(
            "the journal has {lines} (`wxmod history` shows where): this undo is worked out from the rest"
        ));
    }
    if undo.already_reelected > 0 {
        notes.push(format!(
            "{} were already re-elected by {} and are left out",
            undo.already_reelected,
            source.undone_by.join(", ")
        ));
    }
    if !undo.uncertain.is_empty() {
        let mut shown: Vec<String> = undo.uncertain.iter().take(5).map(u64::to_string).collect();
        if undo.uncertain.len() > 5 {
            shown.push("…".into());
        }
        notes.push(format!(
            "{} sent without an answer when that batch was interrupted ({}): they may or may not be deselected and are left out — see `wxmod list --msg-data-id {} --index {} --type normal`",
            match undo.uncertain.len() {
                1 => "1 was".to_string(),
                n => format!("{n} were"),
            },
            shown.join(", "),
            undo.article.msg_data_id,
            undo.article.index
        ));
    }
    let now = account(session);
    if source.account != now {
        notes.push(format!(
            "that batch ran as {}; this one runs as {now}",
            crate::sanitize::clean_line(&source.account)
        ));
    }
    notes.extend(plan::quota_note(client, undo.op, undo.ids.len()).await);
    Ok(Plan {
        op: undo.op,
        article: undo.article,
        article_desc: format!(
            "msg_data_id {}, index {}",
            undo.article.msg_data_id, undo.article.index
        ),
        headline: format!(
            "Undo batch {}: re-elect {} comments",
            source.batch_id,
            undo.ids.len()
        ),
        ids: undo.ids.clone(),
        lines,
        notes,
        undo: Some(undo),
    })
}

async fn execute(session: &Session, plan: Plan, run: &RunArgs) -> Exit {
    let concurrency = run
        .concurrency
        .map(usize::from)
        .unwrap_or(session.settings.concurrency)
        .clamp(1, batch::MAX_CONCURRENCY);
    let account = account(session);
    eprint!("{}", plan.render(&account, concurrency));
    if run.dry_run {
        if run.json
            && let Ok(text) = crate::sanitize::to_safe_json(&plan.json())
        {
            println!("{text}");
        }
        eprintln!("dry run: nothing sent");
        return Exit::Ok;
    }
    // An action that cannot be journaled is not taken: find out before asking.
    let journal = match Journal::open(&session.dirs.data_dir)
        .and_then(|journal| journal.check_writable().map(|()| journal))
    {
        Ok(journal) => journal,
        Err(err) => return fail(not_sent(err)),
    };
    if !run.yes {
        let question = format!("{} {} comments?", headline_verb(plan.op), plan.ids.len());
        if !plan::confirm(question).await {
            eprintln!("nothing sent");
            return Exit::Stopped;
        }
    }
    let client = session.client.clone();
    // Before anything is sent, so no Ctrl-C can hit the default handler mid-batch.
    let interrupts = output::Interrupts::new();
    let started = match &plan.undo {
        Some(undo) => batch::start_undo(client, journal, undo, concurrency, account),
        None => batch::start(
            client,
            journal,
            BatchRequest {
                op: plan.op,
                article: plan.article,
                ids: plan.ids.clone(),
                concurrency,
                account,
            },
        ),
    };
    let handle = match started {
        Ok(handle) => handle,
        Err(err) => return fail(not_sent(err)),
    };
    eprintln!(
        "batch {} started; journal {}",
        handle.batch_id,
        crate::sanitize::clean_line(&handle.journal_file.display().to_string())
    );
    match output::follow(handle, run.json, interrupts).await {
        Some(summary) => {
            output::print_summary(&summary, &plan.article_desc, run.json);
            output::exit_code(&summary)
        }
        None => {
            eprintln!(
                "wxmod: the batch ended without a summary (a wxmod bug): `wxmod history` shows what was done"
            );
            Exit::Failed
        }
    }
}
