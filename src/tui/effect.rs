//! What the console asks the outside world to do. `update` returns these; the
//! runtime executes them and answers with a `Msg`. Plain data, no behaviour.

use crate::api::wire::{Article, CommentFilter, CommentId, WriteOp};
use crate::batch::{RetryPlan, UndoPlan};
use crate::tui::recent::RecentArticle;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Read the article's comments; answered by `Msg::Loaded { seq, .. }`.
    Load {
        seq: u64,
        article: Article,
        filter: CommentFilter,
    },
    /// Read the remaining daily quota of unmarkelect; answered by `Msg::Quota`.
    ReadQuota,
    /// Run a batch through the batch engine (and its journal); events come back
    /// as `Msg::Batch`.
    RunBatch {
        op: WriteOp,
        article: Article,
        ids: Vec<CommentId>,
        /// Set when this re-elects what a batch deselected: the journal links them.
        undo: Option<Box<UndoPlan>>,
    },
    /// Ask the journal what undoing `batch_id` (default: the latest deselect
    /// batch not yet undone) would re-elect; answered by `Msg::UndoPlanned`.
    PlanUndo {
        batch_id: Option<String>,
    },
    /// Read the journal's batches for the history popup; answered by
    /// `Msg::History`.
    ReadHistory,
    /// Settle what batch `batch_id` left unknown, then ask the journal what
    /// retrying it would send again; answered by `Msg::RetryPlanned`.
    PlanRetry {
        batch_id: String,
    },
    /// Run the retry the confirmation showed (`ids` exactly), journaled as
    /// `wxmod retry` journals it; events come back as `Msg::Batch`.
    RunRetry {
        ids: Vec<CommentId>,
        plan: Box<RetryPlan>,
    },
    /// Ask the running batch to stop; it still reports `Finished`.
    CancelBatch,
    SaveRecent(Vec<RecentArticle>),
    /// Open the account of this config name (as `--account` would) and
    /// check its token; answered by `Msg::AccountSwitched` or
    /// `Msg::AccountSwitchFailed`. The runtime's: it replaces the session.
    SwitchAccount(String),
    /// Put this text on the clipboard (OSC 52, through the terminal).
    Copy(String),
    Quit,
    /// Read the account's article list of the last `days` days (cached days
    /// from the cache), merged with the recent ones; answered by `Msg::Articles`.
    ListArticles {
        days: u32,
    },
    /// Read the lists of several articles, a few at a time (the usual
    /// concurrency); answered by one `Msg::LoadedOne` per article, then
    /// `Msg::LoadedAll`, all with this `seq`.
    LoadMany {
        seq: u64,
        articles: Vec<Article>,
        filter: CommentFilter,
    },
    /// Stop the `LoadMany` of `seq`: lists not yet asked are not asked.
    CancelLoadMany {
        seq: u64,
    },
    /// Run one batch over comments of several articles (each item names its
    /// article); events come back as `Msg::Batch`.
    RunMulti {
        op: WriteOp,
        items: Vec<(Article, CommentId)>,
    },
}
