//! The command line's arguments, as clap derives them. The doc comments are
//! the English source; `help::command` replaces every text with the user's
//! language from `clap.ftl` before parsing.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::api::wire::CommentFilter;
use crate::article::{self, ArticleParseError, ParsedArticle};
use crate::i18n::{Lang, Localize, Message};
use crate::session::SessionSettings;

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

    /// The configured account to use [env: WXMOD_ACCOUNT] [default: default_account, else the only one].
    #[arg(long, global = true, value_name = "NAME")]
    pub account: Option<String>,

    /// Config file [env: WXMOD_CONFIG] [default: the user's config dir/config.toml].
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Where the journal and recent articles live [env: WXMOD_DATA_DIR].
    #[arg(long, global = true, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,

    /// The language to read: zh or en [env: WXMOD_LANG] [default: the config's lang, else the locale].
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

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
            account,
            config,
            data_dir,
            lang,
            verbose,
            log_file,
        } = self;
        f.debug_struct("GlobalArgs")
            .field("demo", demo)
            .field("api_base", api_base)
            .field("access_token", &access_token.as_ref().map(|_| "<redacted>"))
            .field("token_command", token_command)
            .field("account", account)
            .field("config", config)
            .field("data_dir", data_dir)
            .field("lang", lang)
            .field("verbose", verbose)
            .field("log_file", log_file)
            .finish()
    }
}

impl GlobalArgs {
    /// What the session needs from the flags, in a plain struct.
    pub fn session_settings(&self, lang: Lang) -> SessionSettings {
        SessionSettings {
            demo: self.demo,
            api_base: self.api_base.clone(),
            access_token: self.access_token.clone(),
            token_command: self.token_command.clone(),
            account: self.account.clone(),
            config: self.config.clone(),
            data_dir: self.data_dir.clone(),
            lang,
        }
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
    /// Undo a batch exactly: re-elect what it deselected, or deselect what it elected.
    Undo(UndoArgs),
    /// Send again what a batch did not do: failed, not attempted, found not done.
    Retry(RetryArgs),
    /// Show recent batches, or every item of one batch.
    History(HistoryArgs),
    /// Serve the API simulator (for trying wxmod and for tests).
    Sim(SimArgs),
    /// List the configured accounts (never a secret or token).
    Accounts(AccountsArgs),
    /// Set up an account.
    #[command(subcommand)]
    Account(AccountCommand),
    /// The account's mass-sent articles of the last days, with titles and ids.
    Articles(ArticlesArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AccountsArgs {
    /// One JSON object per account per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AccountCommand {
    /// Add an account to the config file (asks for what it needs), then check it live.
    Add(AccountAddArgs),
    /// Check an account live: fetch a token and read the quota.
    Check(AccountCheckArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AccountCheckArgs {
    /// The account's name in the config.
    pub name: String,
}

/// Answers given as flags are not asked for; the rest is asked, on a
/// terminal or line by line from standard input.
#[derive(Debug, Clone, Args)]
pub struct AccountAddArgs {
    /// The account's name in the config (letters, digits, - and _).
    pub name: String,

    /// The account's appid (wx...).
    #[arg(long, value_name = "APPID")]
    pub appid: Option<String>,

    /// Read the app secret from the first line of standard input.
    #[arg(long, conflicts_with = "token_command_answer")]
    pub secret_stdin: bool,

    /// Use this token command instead of a secret.
    #[arg(
        long = "with-token-command",
        id = "token_command_answer",
        value_name = "CMD"
    )]
    pub token_command_answer: Option<String>,

    /// A name people recognise, shown with the account (e.g. the account's title).
    #[arg(long, value_name = "TEXT")]
    pub display_name: Option<String>,

    /// Write the config without checking the account live.
    #[arg(long)]
    pub no_check: bool,
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
    /// The flag may repeat (several articles: give each its index in the
    /// id, 2247483652_3).
    #[arg(long, value_name = "ID", value_parser = parse_article_arg, required_unless_present = "recent_days", allow_hyphen_values = true)]
    pub msg_data_id: Vec<ParsedArticle>,

    /// Which article of the message, 0-based (wins over the index in --msg-data-id).
    #[arg(long, value_name = "I", value_parser = parse_index_arg)]
    pub index: Option<u32>,

    /// Every article of the article list for the last N days (today's from the recent list).
    #[arg(long, value_name = "N", conflicts_with_all = ["msg_data_id", "index"], value_parser = parse_days_arg)]
    pub recent_days: Option<u32>,
}

/// The ids of one `--comment-id` value, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentIds(pub Vec<u64>);

impl BatchArgs {
    /// Every id given with `--comment-id`, in order, repeats included.
    pub fn comment_ids(&self) -> Vec<u64> {
        self.comment_id
            .iter()
            .flat_map(|ids| ids.0.iter().copied())
            .collect()
    }
}

impl ArticleArgs {
    /// The first (usually the only) article given.
    pub fn article(&self) -> crate::api::wire::Article {
        self.first().article(self.index)
    }
    pub fn describe(&self) -> Message {
        self.first().message(self.index)
    }
    fn first(&self) -> ParsedArticle {
        // Only `--recent-days` leaves the list empty; its path never asks.
        self.msg_data_id.first().cloned().unwrap_or_else(|| {
            ParsedArticle::plain(crate::api::wire::Article {
                msg_data_id: 0,
                index: 0,
            })
        })
    }
    /// Several articles (or `--recent-days`): the multi-article path.
    pub fn is_multi(&self) -> bool {
        self.recent_days.is_some() || self.msg_data_id.len() > 1
    }
    /// Every article given with `--msg-data-id`, in order, repeats dropped;
    /// `--index` applies only to a single one.
    pub fn articles(&self) -> Vec<crate::api::wire::Article> {
        let index = if self.msg_data_id.len() == 1 {
            self.index
        } else {
            None
        };
        let mut seen = std::collections::HashSet::new();
        self.msg_data_id
            .iter()
            .map(|a| a.article(index))
            .filter(|a| seen.insert(*a))
            .collect()
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

    /// The table as CSV (UTF-8 with a BOM), for spreadsheets.
    #[arg(long, conflicts_with = "json")]
    pub csv: bool,
    #[command(flatten)]
    pub query: QueryArgs,
}

/// Which comments a command keeps: the query language (`wxmod help query`);
/// the convenience flags are terms of it, and all given must hold.
#[derive(Debug, Clone, Default, Args)]
pub struct QueryArgs {
    /// Only comments that match this query (see wxmod help query).
    #[arg(long = "where", value_name = "QUERY")]
    pub query: Option<String>,

    /// A saved rule: [rules.NAME] where = "QUERY" in the config.
    #[arg(long, value_name = "NAME")]
    pub rule: Option<String>,

    /// Only this author's comments (an openid, or the shortened form the table shows).
    #[arg(long, value_name = "OPENID")]
    pub author: Option<String>,

    /// Only comments whose content contains this text (any case, full- or half-width).
    #[arg(long, value_name = "TEXT")]
    pub contains: Option<String>,

    /// Only comments created on or after this day (YYYY-MM-DD, local time).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only comments created on or before this day (YYYY-MM-DD, local time).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("targets").required(true).args(["comment_id", "ids_file", "all"])))]
pub struct BatchArgs {
    #[command(flatten)]
    pub article: ArticleArgs,

    /// Comment ids, separated by commas (124,119); the flag may repeat.
    #[arg(long, value_name = "ID,...", value_parser = parse_comment_ids)]
    pub comment_id: Vec<CommentIds>,

    /// A file with one comment id per line (blank lines and # comments allowed); - reads stdin.
    #[arg(long, value_name = "PATH")]
    pub ids_file: Option<PathBuf>,

    /// Every comment the operation applies to (all elected ones for unelect), loaded first.
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub query: QueryArgs,

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
    #[arg(long, value_name = "N", value_parser = parse_concurrency_arg)]
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
pub struct RetryArgs {
    /// The batch to retry (a unique start of its id is enough).
    pub batch_id: String,

    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Clone, Args)]
pub struct HistoryArgs {
    /// Show every item of this batch (an interrupted one is settled first by reading the list).
    pub batch_id: Option<String>,

    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,

    /// How many batches to show.
    #[arg(long, default_value_t = 20, value_parser = parse_count_arg)]
    pub limit: usize,

    /// Only batches with failed, not-attempted or unknown items (with BATCH_ID: only those items).
    #[arg(long)]
    pub failed: bool,
}

#[derive(Debug, Clone, Args)]
pub struct SimArgs {
    /// Address to listen on (loopback only unless you mean it).
    #[arg(long, default_value = "127.0.0.1:8080", value_parser = parse_listen_arg)]
    pub listen: SocketAddr,

    /// Articles and comments to serve (JSON, the shape of assets/demo.json) [default: the demo data].
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// Added delay before each answer, in milliseconds.
    #[arg(long, default_value_t = 0, value_parser = parse_number_arg)]
    pub latency_ms: u64,

    /// Daily quota per API; once spent, calls answer 45009.
    #[arg(long, value_parser = parse_number_arg)]
    pub quota: Option<u64>,

    /// Fraction of calls (0.0 to 1.0) answered with -1 system error.
    #[arg(long, default_value_t = 0.0, value_parser = parse_fraction_arg)]
    pub fail_rate: f64,

    /// Expire the current access token every N calls (answers 42001).
    #[arg(long, value_name = "N", value_parser = parse_number_arg)]
    pub expire_token_every: Option<u64>,
}

#[derive(Debug, Clone, Args)]
pub struct ArticlesArgs {
    /// How many days back from yesterday (1 to 60).
    #[arg(long, value_name = "N", default_value_t = crate::articles::DEFAULT_DAYS, value_parser = parse_days_arg)]
    pub days: u32,

    /// One JSON object per article per line.
    #[arg(long)]
    pub json: bool,
}

/// A value our own parsers refuse, rendered in the user's language when clap
/// reports it (see `usage::report`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgError {
    #[error("{0}")]
    Article(#[from] ArticleParseError),
    #[error("{0:?} is not an index: use 0 to 7 (0 is the first article)")]
    NotAnIndex(String),
    #[error("{0:?} is not a number from 1 to 32")]
    Concurrency(String),
    #[error("{0:?} is not an address to listen on, like 127.0.0.1:8080")]
    Listen(String),
    #[error("{0:?} is not a comment id: give numbers separated by commas, like 124,119")]
    CommentId(String),
    #[error("{0:?} is not a number of days from 1 to 60")]
    Days(String),
    #[error("{0:?} is not a whole number, like 20")]
    Number(String),
    #[error("{0:?} is not a number from 0.0 to 1.0, like 0.1")]
    Fraction(String),
}

impl Localize for ArgError {
    fn message(&self) -> Message {
        match self {
            ArgError::Article(err) => err.message(),
            ArgError::NotAnIndex(value) => crate::msg!(
                "cli-arg-not-an-index",
                value = crate::sanitize::clean_line(value),
                max = article::MAX_ARTICLES - 1
            ),
            ArgError::Concurrency(value) => crate::msg!(
                "cli-arg-concurrency",
                value = crate::sanitize::clean_line(value)
            ),
            ArgError::Listen(value) => {
                crate::msg!("cli-arg-listen", value = crate::sanitize::clean_line(value))
            }
            ArgError::CommentId(value) => crate::msg!(
                "cli-arg-comment-id",
                value = crate::sanitize::clean_line(value)
            ),
            ArgError::Days(value) => crate::msg!(
                "articles-arg-days",
                value = crate::sanitize::clean_line(value),
                max = crate::articles::MAX_DAYS
            ),
            ArgError::Number(value) => {
                crate::msg!("cli-arg-number", value = crate::sanitize::clean_line(value))
            }
            ArgError::Fraction(value) => {
                crate::msg!(
                    "cli-arg-fraction",
                    value = crate::sanitize::clean_line(value)
                )
            }
        }
    }
}

/// A whole number, refused in the reader's words (not Rust's "invalid digit").
fn parse_number_arg(s: &str) -> Result<u64, ArgError> {
    s.trim()
        .parse()
        .map_err(|_| ArgError::Number(s.to_string()))
}

/// A number like 0.1; its range is checked where it is used.
fn parse_fraction_arg(s: &str) -> Result<f64, ArgError> {
    s.trim()
        .parse()
        .map_err(|_| ArgError::Fraction(s.to_string()))
}

fn parse_count_arg(s: &str) -> Result<usize, ArgError> {
    s.trim()
        .parse()
        .map_err(|_| ArgError::Number(s.to_string()))
}

fn parse_article_arg(s: &str) -> Result<ParsedArticle, ArgError> {
    Ok(article::parse_article(s)?)
}

/// `124,119`, `124, 119` or `124，119` (a full-width comma, as a Chinese
/// keyboard types it). An empty element (`124,,119`, a trailing comma) is
/// refused like any other: it is more likely a slip than a wish.
fn parse_comment_ids(s: &str) -> Result<CommentIds, ArgError> {
    s.split([',', '，'])
        .map(|element| {
            let element = element.trim();
            element
                .parse::<u64>()
                .map_err(|_| ArgError::CommentId(element.to_string()))
        })
        .collect::<Result<Vec<u64>, ArgError>>()
        .map(CommentIds)
}

fn parse_concurrency_arg(s: &str) -> Result<u16, ArgError> {
    match s.trim().parse::<u16>() {
        Ok(n) if (1..=32).contains(&n) => Ok(n),
        _ => Err(ArgError::Concurrency(s.to_string())),
    }
}

fn parse_listen_arg(s: &str) -> Result<SocketAddr, ArgError> {
    s.trim()
        .parse()
        .map_err(|_| ArgError::Listen(s.to_string()))
}

fn parse_days_arg(s: &str) -> Result<u32, ArgError> {
    match s.trim().parse::<u32>() {
        Ok(n) if (1..=crate::articles::MAX_DAYS).contains(&n) => Ok(n),
        _ => Err(ArgError::Days(s.to_string())),
    }
}

fn parse_index_arg(s: &str) -> Result<u32, ArgError> {
    let n: u64 = s
        .trim()
        .parse()
        .map_err(|_| ArgError::NotAnIndex(s.to_string()))?;
    Ok(article::check_index(n)?)
}
