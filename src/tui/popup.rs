//! Popups as values. A destructive action is a `Confirm` holding exactly what
//! will run (operation, article, ids); the popup's text is built from it, and
//! confirming hands it back unchanged. Plain data; drawing lives in widgets/.

use crate::api::wire::{Article, CommentId, WriteOp};
use crate::batch::{RetryPlan, UndoPlan};
use crate::i18n::Message;
use crate::tui::history::History;
use crate::tui::words;

/// Batches at least this big need the count typed before they run.
pub const TYPE_COUNT_FROM: usize = 100;
/// How many comments the confirmation lists by name.
pub const PREVIEW: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    Help {
        scroll: u16,
    },
    Confirm(Box<Confirm>),
    /// `q` (or a first `Ctrl-C`) while a batch runs.
    QuitWhileRunning,
    /// `q` (or a first `Ctrl-C`) while comments are marked: quitting drops them.
    QuitWithMarks {
        count: usize,
    },
    /// `Esc` while a batch runs: cancel it?
    CancelWhileRunning,
    Recent {
        selected: usize,
    },
    /// The highlighted comment in full, scrolled down `scroll` lines.
    Viewer {
        scroll: u16,
    },
    /// What of the highlighted comment to copy: id, openid or content.
    Copy,
    /// `H`: the journal's batches, newest first, or one batch's items.
    History(Box<History>),
    /// The account's article list, filtered by what is typed.
    Articles(Box<crate::tui::artlist::Picker>),
    /// `A`: the configured accounts, to switch to one.
    Accounts {
        selected: usize,
    },
    /// Switching account with comments marked: the marks do not go along.
    SwitchWithMarks {
        name: String,
        count: usize,
    },
    /// `F`: the query to run over the recent articles.
    Find(Box<crate::tui::cross::search::Find>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Cancel,
    Confirm,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub op: WriteOp,
    pub article: Article,
    pub ids: Vec<CommentId>,
    /// The first few comments: id and content (raw; sanitised when drawn).
    pub preview: Vec<(CommentId, String)>,
    /// Marked comments in the batch that the current filter does not show.
    pub hidden: usize,
    /// Marked comments left out because the operation does not apply to them
    /// (for an undo: those still unknown).
    pub skipped: usize,
    /// For an undo: how many of `ids` are known deselected only by reading
    /// the list (their own answer was lost or not understood).
    pub verified: usize,
    /// Set when this undoes a batch: the journal's plan (names the batch).
    pub undo: Option<Box<UndoPlan>>,
    /// Set when this retries a batch from the history: the journal's plan
    /// (names the batch, what is sent again and what is left out).
    pub retry: Option<Box<RetryPlan>>,
    /// Focus starts on Cancel, so a stray Enter never runs anything.
    pub focus: Button,
    /// What the user typed, for batches that need the count.
    pub typed: String,
    /// A short line explaining why a key did not confirm.
    pub hint: Option<Message>,
    /// Set when the comments span articles (the cross-article table): each
    /// item with its article, in the order of `ids`; `article` is the first.
    pub items: Vec<(Article, CommentId)>,
}

impl Confirm {
    pub fn new(op: WriteOp, article: Article, ids: Vec<CommentId>) -> Confirm {
        Confirm {
            op,
            article,
            ids,
            preview: Vec::new(),
            hidden: 0,
            skipped: 0,
            verified: 0,
            undo: None,
            retry: None,
            focus: Button::Cancel,
            typed: String::new(),
            hint: None,
            items: Vec::new(),
        }
    }

    pub fn needs_typing(&self) -> bool {
        self.ids.len() >= TYPE_COUNT_FROM
    }

    pub fn typed_matches(&self) -> bool {
        self.typed.trim() == self.ids.len().to_string()
    }

    pub fn more(&self) -> usize {
        self.ids.len().saturating_sub(self.preview.len())
    }

    /// Whether this re-elects what a batch deselected: an undo, or the
    /// retry of one.
    pub fn re_elects(&self) -> bool {
        self.undo.is_some()
            || self
                .retry
                .as_ref()
                .is_some_and(|r| r.source.undo_of.is_some())
    }

    /// "Deselect 3 comments?"
    pub fn title(&self) -> Message {
        words::op_title(self.op, self.re_elects(), self.ids.len())
    }

    /// The label of the confirming button: "Deselect 3".
    pub fn confirm_label(&self) -> Message {
        words::op_button(self.op, self.re_elects(), self.ids.len())
    }
}
