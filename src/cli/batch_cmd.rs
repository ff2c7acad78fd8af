//! `wxmod unelect`, `wxmod elect`, `wxmod undo`, `wxmod retry`: work out the
//! ids, show the plan, ask (or refuse when nobody can answer), then run the
//! batch engine and print what it reports. Nothing is sent before the plan is
//! accepted. `undo` and `retry` first settle what the batch left unknown by
//! reading the list (`undo.rs`, `retry.rs`): their plans must be right.

use super::{BatchArgs, CliError, Exit, RetryArgs, RunArgs, UndoArgs, fail, op_title};
use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{self, BatchRequest, JournalError, SettleOutcome};
use crate::exit::out::{err_line, err_text, out_line};
use crate::i18n::{Lang, Localize, Message};
use crate::msg;
use crate::session::Session;

mod ids;
mod multi;
mod output;
mod plan;
mod retry;
mod summary;
mod undo;

use plan::Plan;

pub async fn run_batch(session: &Session, op: WriteOp, args: &BatchArgs) -> Exit {
    match prepare_batch(session, op, args).await {
        Ok(Some(plan)) => execute(session, plan, &args.run).await,
        Ok(None) => Exit::Ok,
        Err(err) => fail(session.lang, err),
    }
}

pub async fn run_undo(session: &Session, args: &UndoArgs) -> Exit {
    match undo::prepare(session, args).await {
        Ok(plan) => execute(session, plan, &args.run).await,
        Err(err) => fail(session.lang, err),
    }
}

pub async fn run_retry(session: &Session, args: &RetryArgs) -> Exit {
    match retry::prepare(session, args).await {
        Ok(Some(plan)) => execute(session, plan, &args.run).await,
        Ok(None) => Exit::Ok,
        Err(err) => fail(session.lang, err),
    }
}

fn journal_error(err: JournalError) -> CliError {
    CliError::Usage(err.message())
}

fn not_sent(err: JournalError) -> CliError {
    CliError::Usage(msg!("cli-not-sent", problem = err.message()))
}

/// The settlement read at the start of an undo or retry: a note for the plan
/// (with the list calls it cost). When no plan follows (nothing to undo or
/// retry), `tell_settled` prints it before the error.
fn settle_note(outcome: &SettleOutcome) -> Option<Message> {
    super::settle_message(outcome)
}

/// Print the settlement's note on stderr: the plan that would have carried it
/// could not be made.
fn tell_settled(note: Option<&Message>, lang: Lang) {
    if let Some(note) = note {
        let text = lang.render(&msg!("cli-notice", notice = note.clone()));
        err_line(&crate::sanitize::clean_line(&text));
    }
}

/// Without a terminal nobody can answer the question: refuse unless told.
fn refuse_unless_confirmable(run: &RunArgs) -> Result<(), CliError> {
    if run.yes || run.dry_run || plan::can_ask() {
        return Ok(());
    }
    Err(CliError::Usage(msg!("cli-refuse-without-terminal")))
}

/// Who runs the batch, for the journal (English, an interface); never a token.
fn account(session: &Session) -> String {
    session.account_label()
}

/// A note when the batch undone or retried ran under another account than
/// this session's (the same comments may not be reachable from here).
fn other_account_note(session: &Session, then: &str) -> Option<Message> {
    let now = account(session);
    (then != now).then(|| {
        msg!(
            "cli-undo-other-account",
            then = crate::sanitize::clean_line(then),
            now = now
        )
    })
}

/// The account as the plan shows it, in the user's words.
fn account_shown(session: &Session, lang: Lang) -> String {
    session.account_shown().render(lang)
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
    // Parsed once, before anything is read or sent.
    let settings = &session.settings;
    let selection = super::select::build(&args.query, &settings.rules, session.offset)?;
    let given = if !args.comment_id.is_empty() {
        Some(args.comment_ids())
    } else if let Some(path) = &args.ids_file {
        Some(ids::read(path).await?)
    } else {
        None
    };
    if args.article.is_multi() {
        return multi::prepare(session, op, args, given, selection.as_ref()).await;
    }
    let article = args.article.article();
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
    let ids = match (&selection, &loaded) {
        (None, _) => ids,
        (Some(selection), Ok(listed)) => selection.keep_ids(ids, listed)?,
        // The list could not be read: nothing can be said to match.
        (Some(_), Err(err)) => return Err(CliError::Api(err.clone())),
    };
    let (ids, duplicates) = dedup(ids);
    let lang = session.lang;
    if ids.is_empty() {
        let message = match &selection {
            Some(selection) => super::select::nothing_matches(selection, args.article.describe()),
            None => msg!(
                "cli-nothing-to-do",
                article = args.article.describe(),
                filter = plan::target_filter(op).label()
            ),
        };
        err_line(&crate::sanitize::clean_line(&lang.render(&message)));
        return Ok(None);
    }
    let (lines, mut notes) = plan::describe_ids(op, &ids, &loaded, session.offset);
    if duplicates > 0 {
        notes.push(msg!("cli-plan-duplicates", count = duplicates));
    }
    notes.extend(plan::quota_note(client, op, ids.len()).await);
    let headline = msg!(
        "cli-plan-headline",
        verb = op_title(op),
        count = ids.len(),
        scope = if everything {
            plan::target_filter(op).label()
        } else {
            "given"
        }
    );
    Ok(Some(Plan {
        op,
        article,
        article_desc: args.article.describe(),
        headline,
        ids,
        lines,
        notes,
        undo: None,
        retry: None,
        multi: None,
        articles: Vec::new(),
    }))
}

async fn execute(session: &Session, plan: Plan, run: &RunArgs) -> Exit {
    let concurrency = run
        .concurrency
        .map(usize::from)
        .unwrap_or(session.settings.concurrency)
        .clamp(1, batch::MAX_CONCURRENCY);
    let lang = session.lang;
    let account = account(session);
    err_text(&plan.render(lang, &account_shown(session, lang), concurrency));
    if run.dry_run {
        if run.json
            && let Ok(text) = crate::sanitize::to_safe_json(&plan.json())
        {
            out_line(&text);
        }
        err_line(&lang.t("cli-dry-run"));
        return Exit::Ok;
    }
    // An action that cannot be journaled is not taken: find out before asking.
    let journal = match session
        .journal()
        .and_then(|journal| journal.check_writable().map(|()| journal))
    {
        Ok(journal) => journal,
        Err(err) => return fail(lang, not_sent(err)),
    };
    if !run.yes {
        let question = lang.render(&msg!(
            "cli-confirm",
            verb = op_title(plan.op),
            count = plan.ids.len()
        ));
        let count = plan.ids.len();
        let yes = if plan.multi.is_some() && count >= plan::TYPE_COUNT_FROM {
            plan::confirm_count(lang, question, count).await
        } else {
            plan::confirm(lang, question).await
        };
        if !yes {
            err_line(&lang.t("cli-nothing-sent"));
            return Exit::Stopped;
        }
    }
    let client = session.client.clone();
    // Before anything is sent, so no Ctrl-C, SIGTERM or SIGHUP can hit the
    // default handler mid-batch.
    let signals = crate::exit::signals::StopSignals::new();
    let started = match (&plan.undo, &plan.retry) {
        (Some(undo), _) => batch::start_undo(client, journal, undo, concurrency, account),
        (None, Some(retry)) => batch::start_retry(client, journal, retry, concurrency, account),
        (None, None) if plan.multi.is_some() => batch::start_multi(
            client,
            journal,
            batch::MultiRequest {
                op: plan.op,
                items: plan.multi.clone().unwrap_or_default(),
                concurrency,
                account,
            },
            None,
            None,
        ),
        (None, None) => batch::start(
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
        Err(err) => return fail(lang, not_sent(err)),
    };
    let started = msg!(
        "cli-batch-started",
        batch = handle.batch_id.as_str(),
        journal = handle.journal_file.display().to_string()
    );
    err_line(&crate::sanitize::clean_line(&lang.render(&started)));
    match output::follow(handle, run.json, signals, lang).await {
        Some(summary) => {
            summary::print_summary(
                &summary,
                &plan.article_desc,
                run.json,
                lang,
                (session.is_demo(), plan.undo.is_some()),
            );
            summary::exit_code(&summary)
        }
        None => {
            err_line(&lang.t("cli-no-summary"));
            Exit::Failed
        }
    }
}
