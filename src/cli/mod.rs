//! The command line: argument definitions and dispatch. Each command lives in its
//! own file; this one only wires them. Exit codes: 0 ok, 1 some failed,
//! 2 usage or config error, 3 stopped with items not attempted.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::api::wire::CommentFilter;
use crate::article::{self, ParsedArticle};

pub mod batch_cmd;
pub mod history;
pub mod list;
mod logging;
pub mod sim_cmd;

pub use crate::exit::Exit;

#[derive(Debug, Parser)]
#[command(
    name = "wxmod",
    version,
    about = "Moderate the comments of WeChat Official Account articles: deselect elected (精选) comments in bulk",
    after_help = "With no command, wxmod opens the interactive console. Start with: wxmod --demo"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Open the console with this article already loading (id, id_N or article link).
    #[arg(long, value_name = "ID", value_parser = parse_article_arg)]
    pub msg_data_id: Option<ParsedArticle>,

    /// Article index (0-based) for --msg-data-id.
    #[arg(long, value_name = "I", value_parser = parse_index_arg, requires = "msg_data_id")]
    pub index: Option<u32>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Its `Debug` (hand-written below) hides `--access-token`.
#[derive(Clone, Args)]
pub struct GlobalArgs {
    /// Run against the embedded simulator with demo data (no credentials needed).
    #[arg(long, global = true)]
    pub demo: bool,

    /// API base URL [env: WXMOD_API_BASE] [default: https://api.weixin.qq.com].
    #[arg(long, global = true, value_name = "URL")]
    pub api_base: Option<String>,

    /// A ready access token (also an authorizer_access_token) [env: WXMOD_ACCESS_TOKEN].
    #[arg(long, global = true, value_name = "TOKEN", hide_env_values = true)]
    pub access_token: Option<String>,

    /// A command whose first line of output is an access token [env: WXMOD_TOKEN_COMMAND].
    #[arg(long, global = true, value_name = "CMD")]
    pub token_command: Option<String>,

    /// Config file [env: WXMOD_CONFIG] [default: the user's config dir/config.toml].
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Where the journal and recent articles live [env: WXMOD_DATA_DIR].
    #[arg(long, global = true, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,

    /// More log detail (-v, -vv, -vvv). Logs never contain tokens or the secret.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Write logs to this file instead of standard error.
    #[arg(long, global = true, value_name = "PATH")]
    pub log_file: Option<PathBuf>,
}

impl std::fmt::Debug for GlobalArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let GlobalArgs {
            demo,
            api_base,
            access_token,
            token_command,
            config,
            data_dir,
            verbose,
            log_file,
        } = self;
        f.debug_struct("GlobalArgs")
            .field("demo", demo)
            .field("api_base", api_base)
            .field("access_token", &access_token.as_ref().map(|_| "<redacted>"))
            .field("token_command", token_command)
            .field("config", config)
            .field("data_dir", data_dir)
            .field("verbose", verbose)
            .field("log_file", log_file)
            .finish()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List an article's comments (elected ones by default).
    List(ListArgs),
    /// Deselect (unmarkelect) elected comments in bulk.
    Unelect(BatchArgs),
    /// Elect (markelect) comments in bulk.
    Elect(BatchArgs),
    /// Re-elect exactly the comments a batch deselected.
    Undo(UndoArgs),
    /// Show recent batches, or every item of one batch.
    History(HistoryArgs),
    /// Serve the API simulator (for trying wxmod and for tests).
    Sim(SimArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    Elected,
    Normal,
    All,
}

impl From<TypeArg> for CommentFilter {
    fn from(t: TypeArg) -> Self {
        match t {
            TypeArg::Elected => CommentFilter::Elected,
            TypeArg::Normal => CommentFilter::Normal,
            TypeArg::All => CommentFilter::All,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ArticleArgs {
    /// The article: 2247483652, the data-cube form 2247483652_3 (index 2), or a link with mid= and idx=.
    #[arg(long, value_name = "ID", value_parser = parse_article_arg)]
    pub msg_data_id: ParsedArticle,

    /// Which article of the message, 0-based (wins over the index in --msg-data-id).
    #[arg(long, value_name = "I", value_parser = parse_index_arg)]
    pub index: Option<u32>,
}

impl ArticleArgs {
    pub fn article(&self) -> crate::api::wire::Article {
        self.msg_data_id.article(self.index)
    }
    pub fn describe(&self) -> String {
        self.msg_data_id.describe(self.index)
    }
}

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub article: ArticleArgs,

    /// Which comments to list.
    #[arg(long = "type", value_enum, default_value = "elected")]
    pub kind: TypeArg,

    /// One JSON object per comment per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("targets").required(true).args(["comment_id", "ids_file", "all"])))]
pub struct BatchArgs {
    #[command(flatten)]
    pub article: ArticleArgs,

    /// A comment id (repeat for more).
    #[arg(long, value_name = "ID")]
    pub comment_id: Vec<u64>,

    /// A file with one comment id per line (blank lines and # comments allowed); - reads stdin.
    #[arg(long, value_name = "PATH")]
    pub ids_file: Option<PathBuf>,

    /// Every comment the operation applies to (all elected ones for unelect), loaded first.
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Show the plan and send nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// One JSON object per comment, then a summary object.
    #[arg(long)]
    pub json: bool,

    /// Requests in flight at once (1 to 32) [default: 4, or concurrency in the config].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: Option<u16>,
}

#[derive(Debug, Clone, Args)]
pub struct UndoArgs {
    /// The batch to undo [default: the latest batch that deselected something].
    pub batch_id: Option<String>,

    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Clone, Args)]
pub struct HistoryArgs {
    /// Show every item of this batch.
    pub batch_id: Option<String>,

    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,

    /// How many batches to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

#[derive(Debug, Clone, Args)]
pub struct SimArgs {
    /// Address to listen on (loopback only unless you mean it).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Articles and comments to serve (JSON, the shape of assets/demo.json) [default: the demo data].
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// Added delay before each answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,

    /// Daily quota per API; once spent, calls answer 45009.
    #[arg(long)]
    pub quota: Option<u64>,

    /// Fraction of calls (0.0 to 1.0) answered with -1 system error.
    #[arg(long, default_value_t = 0.0)]
    pub fail_rate: f64,

    /// Expire the current access token every N calls (answers 42001).
    #[arg(long, value_name = "N")]
    pub expire_token_every: Option<u64>,
}

fn parse_article_arg(s: &str) -> Result<ParsedArticle, String> {
    article::parse_article(s).map_err(|e| e.to_string())
}

fn parse_index_arg(s: &str) -> Result<u32, String> {
    let n: u64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not an index: use 0 to 7 (0 is the first article)"))?;
    article::check_index(n).map_err(|e| e.to_string())
}

/// Entry point of the binary.
pub fn main() -> std::process::ExitCode {
    crate::display::init_local_offset();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    let _log_guard = logging::init(&cli);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("wxmod: cannot start the async runtime: {err}");
            return Exit::Failed.into();
        }
    };
    runtime.block_on(dispatch(cli)).into()
}

/// clap quotes the offending argument verbatim; a pasted value may carry escape
/// sequences, so the message is neutralised before it reaches the terminal.
fn usage_error(err: &clap::Error) -> std::process::ExitCode {
    let text = err.render().to_string();
    let clean = crate::sanitize::clean_multiline(&text);
    if err.use_stderr() {
        eprint!("{clean}");
    } else {
        print!("{clean}");
    }
    std::process::ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
}

async fn dispatch(cli: Cli) -> Exit {
    let global = &cli.global;
    if let Some(Command::Sim(args)) = &cli.command {
        return sim_cmd::run(args).await;
    }
    if let Some(Command::History(args)) = &cli.command {
        return match crate::session::data_dir(global) {
            Ok(dir) => history::run(&dir, args),
            Err(err) => fail(err),
        };
    }
    let session = match crate::session::Session::open(global).await {
        Ok(session) => session,
        Err(err) => return fail(err),
    };
    match &cli.command {
        Some(Command::List(args)) => list::run(&session, args).await,
        Some(Command::Unelect(args)) => {
            batch_cmd::run_batch(&session, crate::api::wire::WriteOp::UnmarkElect, args).await
        }
        Some(Command::Elect(args)) => {
            batch_cmd::run_batch(&session, crate::api::wire::WriteOp::MarkElect, args).await
        }
        Some(Command::Undo(args)) => batch_cmd::run_undo(&session, args).await,
        Some(Command::History(_)) | Some(Command::Sim(_)) => Exit::Usage,
        None => {
            let start = cli
                .msg_data_id
                .as_ref()
                .map(|parsed| parsed.article(cli.index));
            crate::tui::run(session, start).await
        }
    }
}

/// Print an error that ends the run; its `Exit` says which kind.
pub fn fail(err: impl Into<CliError>) -> Exit {
    let err = err.into();
    eprintln!("wxmod: {}", crate::sanitize::clean_line(&err.to_string()));
    err.exit()
}

/// Errors that end a command before it does its work.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Session(#[from] crate::session::SessionError),
    #[error(transparent)]
    Api(#[from] crate::api::ApiError),
    #[error("{0}")]
    Usage(String),
}

impl CliError {
    pub fn exit(&self) -> Exit {
        match self {
            CliError::Session(_) | CliError::Usage(_) => Exit::Usage,
            CliError::Api(err) if err.class() == crate::api::catalog::ErrClass::Stop => {
                Exit::Stopped
            }
            CliError::Api(_) => Exit::Failed,
        }
    }
}
