//! Everything that can happen to the console arrives as a `Msg`: keys, pastes,
//! resizes, clock ticks and the results of effects. Plain data, no behaviour.

use ratatui::crossterm::event::KeyEvent;

use crate::api::wire::{Comment, CommentId, Quota};
use crate::api::{ApiError, ClientNotice};
use crate::batch::{BatchEvent, RetryPlan, Settlement, UndoPlan};
use crate::i18n::Message;
use crate::tui::history::HistoryList;

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted with bracketed paste: always data, never keys.
    Paste(String),
    Resize(u16, u16),
    /// Sent only while something animates (a load or a batch in progress).
    Tick,
    /// The answer to `Effect::Load` with the same `seq`.
    Loaded {
        seq: u64,
        result: Result<Vec<Comment>, ApiError>,
    },
    Quota(Result<Quota, ApiError>),
    Batch(BatchEvent),
    /// The answer to `Effect::PlanUndo`: the settlement read, then the plan.
    UndoPlanned(UndoAnswer),
    /// The answer to `Effect::ReadHistory`: the journal's batches, or why it
    /// could not be read.
    History(Result<HistoryList, Message>),
    /// The answer to `Effect::PlanRetry`: the settlement read, then the plan.
    RetryPlanned(Box<RetryAnswer>),
    /// The batch could not start (journal not writable, ...).
    BatchNotStarted(Message),
    /// Something the client did on its own (a retry, a token refresh). The
    /// one source of these, during a batch too: the engine is not asked to
    /// forward them, so each shows once.
    Notice(ClientNotice),
    /// An effect failed in a way the user should know (saving recent articles).
    Warning(Message),
    /// A click or a wheel turn, where the terminal says it happened.
    Mouse(crate::tui::mouse::Mouse),
    /// The answer to `Effect::ListArticles`.
    Articles(Box<crate::tui::artlist::ArticlesRead>),
    /// The answer to `Effect::SwitchAccount`: the new account is in use.
    AccountSwitched(Box<crate::tui::acctpick::Switched>),
    /// The answer to `Effect::SwitchAccount`: it could not be opened (the
    /// account in use stays); why, with the remedy.
    AccountSwitchFailed {
        name: String,
        why: Message,
    },
    /// One article's list, answering `Effect::LoadMany` with the same `seq`.
    LoadedOne {
        seq: u64,
        article: crate::api::wire::Article,
        result: Result<Vec<Comment>, ApiError>,
    },
    /// Every article of `Effect::LoadMany` with this `seq` answered.
    LoadedAll {
        seq: u64,
    },
}

/// What `u` learnt: how the settlement read of the batch's unknown items went
/// (it comes first, so what they turned out to be is undone too), then the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoAnswer {
    pub settled: Settled,
    pub plan: Result<UndoPlan, UndoRefused>,
}

/// The settlement read before an undo plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    /// Nothing was unknown (or settled already): no list call.
    NotNeeded,
    Read(Settlement),
    /// The list could not be read: the items stay unknown. Why, in words.
    Failed(Message),
}

/// Why there is no undo to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoRefused {
    /// Nothing confirmed in `batch`, but these of its items are still
    /// unknown (they may or may not be deselected): the console names them.
    OnlyUnknown { batch: String, ids: Vec<CommentId> },
    /// Anything else the journal says, in words.
    Other(Message),
}

/// What `r` in the history learnt: the settlement read of the batch's
/// unknown items, then what a retry would send again (or why nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryAnswer {
    pub settled: Settled,
    pub plan: Result<RetryPlan, Message>,
}
