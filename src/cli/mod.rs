//! The command line: dispatch and the edge where errors are printed. The
//! arguments live in `args`, their help in the user's language in `help`,
//! usage errors in `usage`; each command lives in its own file. Exit codes
//! come from the one table in `crate::exit`; every line printed goes through
//! `crate::exit::out`, which never panics on a closed pipe.

pub mod accounts;
mod args;
pub mod articles_cmd;
pub mod batch_cmd;
pub mod help;
pub mod history;
pub mod list;
pub mod list_csv;
mod list_multi;
mod logging;
pub mod multi_load;
mod prescan;
pub mod select;
pub mod sim_cmd;
pub mod usage;
mod words;

pub use crate::exit::Exit;
pub use args::*;
pub use words::{api_error_message, op_title, op_verb, settle_message, stop_message, stop_short};

use crate::i18n::{Lang, Localize, Message, locale_lang};

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// Entry point of the binary.
pub fn main() -> std::process::ExitCode {
    crate::display::init_local_offset();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language comes first: clap's help and errors are already in it.
    let lang = match prescan::lang(&argv, &env_var) {
        Ok(lang) => lang,
        Err(err) => {
            let lang = locale_lang(&env_var);
            let text = lang.render(&crate::msg!("cli-error", message = err.message()));
            crate::exit::out::err_line(&crate::sanitize::clean_line(&text));
            return Exit::Usage.into();
        }
    };
    if help::asks_for_query_help(&argv) {
        help::print_query_help(lang);
        return Exit::Ok.into();
    }
    let cli = match help::parse(lang, argv) {
        Ok(cli) => cli,
        Err(err) => return usage::report(lang, &err),
    };
    let _log_guard = logging::init(&cli, lang);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            let message = crate::msg!("cli-no-runtime", detail = err.to_string());
            crate::exit::out::err_line(&crate::sanitize::clean_line(&lang.render(&message)));
            return Exit::Failed.into();
        }
    };
    runtime.block_on(dispatch(cli, lang)).into()
}

async fn dispatch(cli: Cli, lang: Lang) -> Exit {
    let global = cli.global.session_settings(lang);
    if let Some(Command::Sim(args)) = &cli.command {
        return sim_cmd::run(args, lang).await;
    }
    if let Some(Command::History(_)) = &cli.command
        && global.demo
    {
        // Each demo run keeps its journal only while its simulator runs
        // (`session::DemoDir`): there is nothing of earlier runs to show.
        let text = lang.t("cli-demo-no-history");
        crate::exit::out::err_line(&crate::sanitize::clean_line(&text));
        return Exit::Ok;
    }
    if let Some(Command::Accounts(args)) = &cli.command {
        return accounts::list(&global, args, lang);
    }
    if let Some(Command::Account(AccountCommand::Add(args))) = &cli.command {
        return accounts::add(&global, args, lang).await;
    }
    if let Some(Command::Account(AccountCommand::Check(args))) = &cli.command {
        return accounts::check(&global, &args.name, lang).await;
    }
    if let Some(Command::History(args)) = &cli.command {
        let offset = match history_offset(&global) {
            Ok(offset) => offset,
            Err(err) => return fail(lang, err),
        };
        let dir = match crate::session::data_dir(&global) {
            Ok(dir) => dir,
            Err(err) => return fail(lang, err),
        };
        if let Some(id) = &args.batch_id {
            history::settle_first(&global, &dir, id, lang).await;
        }
        let account = global.account.clone().or_else(|| env_var("WXMOD_ACCOUNT"));
        let configured = configured_accounts(&global);
        return history::run(
            &dir,
            args,
            lang,
            offset,
            account.as_deref(),
            configured.as_deref(),
        );
    }
    let session = match crate::session::Session::open(&global).await {
        Ok(session) => session,
        Err(err) => return fail(lang, err),
    };
    if let (Some(sim), Some(_)) = (&session.demo, &cli.command) {
        let notice = crate::msg!("cli-demo-notice", url = sim.url());
        crate::exit::out::err_line(&crate::sanitize::clean_line(&lang.render(&notice)));
    }
    match &cli.command {
        Some(Command::List(args)) => list::run(&session, args).await,
        Some(Command::Articles(args)) => articles_cmd::run(&session, args).await,
        Some(Command::Unelect(args)) => {
            batch_cmd::run_batch(&session, crate::api::wire::WriteOp::UnmarkElect, args).await
        }
        Some(Command::Elect(args)) => {
            batch_cmd::run_batch(&session, crate::api::wire::WriteOp::MarkElect, args).await
        }
        Some(Command::Undo(args)) => batch_cmd::run_undo(&session, args).await,
        Some(Command::Retry(args)) => batch_cmd::run_retry(&session, args).await,
        Some(Command::History(_))
        | Some(Command::Sim(_))
        | Some(Command::Accounts(_))
        | Some(Command::Account(_)) => Exit::Usage,
        None => {
            let start = cli
                .msg_data_id
                .as_ref()
                .map(|parsed| parsed.article(cli.index));
            crate::tui::run(session, start).await
        }
    }
}

/// `history` opens no session: its time offset comes from the environment
/// and the config's `utc_offset` alone.
fn history_offset(global: &crate::session::SessionSettings) -> Result<time::UtcOffset, CliError> {
    let dirs =
        crate::paths::Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)
            .map_err(crate::session::SessionError::from)?;
    let offset = crate::config::display_offset(&dirs.config_file, &env_var)
        .map_err(crate::session::SessionError::from)?;
    Ok(offset.unwrap_or_else(crate::display::local_offset))
}

/// The config's account names (`None` when the config cannot be read: its
/// own error is told by the commands that need it).
fn configured_accounts(global: &crate::session::SessionSettings) -> Option<Vec<String>> {
    let dirs =
        crate::paths::Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)
            .ok()?;
    let (entries, _) = crate::config::list_accounts(&dirs.config_file).ok()?;
    Some(entries.into_iter().map(|e| e.id.name).collect())
}

/// Print an error that ends the run, in the user's language; its `Exit` says
/// which kind.
pub fn fail(lang: Lang, err: impl Into<CliError>) -> Exit {
    let err = err.into();
    let text = lang.render(&crate::msg!("cli-error", message = err.message()));
    crate::exit::out::err_line(&crate::sanitize::clean_line(&text));
    if let CliError::Query { error, text } = &err {
        // The query, and a ^ under the place it fails.
        let (shown, marker) = error.marker(text);
        crate::exit::out::err_line(&format!("  {shown}"));
        crate::exit::out::err_line(&format!("  {marker}"));
    }
    err.exit()
}

/// Errors that end a command before it does its work.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Session(#[from] crate::session::SessionError),
    #[error(transparent)]
    Api(#[from] crate::api::ApiError),
    /// Something the user asked for cannot be done; nothing was sent.
    #[error("{0}")]
    Usage(Message),
    /// A query (`--where`, `--rule`, a convenience flag) that does not
    /// parse or cannot be answered here; `text` is the query it is in.
    #[error("{error}")]
    Query {
        error: crate::query::QueryError,
        text: String,
    },
}

impl Localize for CliError {
    fn message(&self) -> Message {
        match self {
            // A fresh install: the guided setup is the first thing to offer.
            CliError::Session(crate::session::SessionError::Api(crate::api::ApiError::Token(
                crate::api::TokenError::NoSource,
            ))) => crate::msg!("accounts-no-source"),
            CliError::Session(crate::session::SessionError::Api(err)) => api_error_message(err),
            CliError::Session(err) => err.message(),
            CliError::Api(err) => api_error_message(err),
            CliError::Usage(message) => message.clone(),
            CliError::Query { error, .. } => {
                crate::msg!("query-error", problem = error.message())
            }
        }
    }
}

impl CliError {
    /// Found before anything was sent (the session, the arguments): 2; a
    /// request that failed: by its class (`Exit::for_error`).
    pub fn exit(&self) -> Exit {
        match self {
            CliError::Session(_) | CliError::Usage(_) | CliError::Query { .. } => Exit::Usage,
            CliError::Api(err) => Exit::for_error(err),
        }
    }
}
