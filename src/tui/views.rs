//! Which rows the table shows (all, marked, failed, not attempted) and in
//! which order (time, author or id, either way): the values, the order they
//! cycle in, and the keys that cycle them. The list applies them.

use std::cmp::Ordering;

use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::comments::{Outcome, Row};
use crate::tui::keymap::Action;
use crate::tui::query::ResultTerm;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    All,
    Marked,
    /// Failed by outcome, whatever the errcode (or none).
    Failed,
    NotAttempted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Time,
    Author,
    Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// Newest first, as the table always opened.
impl Default for Sort {
    fn default() -> Sort {
        Sort {
            key: SortKey::Time,
            descending: true,
        }
    }
}

impl View {
    pub fn next(self) -> View {
        match self {
            View::All => View::Marked,
            View::Marked => View::Failed,
            View::Failed => View::NotAttempted,
            View::NotAttempted => View::All,
        }
    }

    /// Whether a row belongs in this view (`marked` is whether it is marked).
    pub fn admits(self, row: &Row, marked: bool) -> bool {
        match self {
            View::All => true,
            View::Marked => marked,
            View::Failed => crate::tui::query::result_holds(ResultTerm::Failed, row.outcome),
            View::NotAttempted => row.outcome == Some(Outcome::NotAttempted),
        }
    }

    /// "marked only" / "只看已标记".
    pub fn message(self) -> Message {
        Message::new(match self {
            View::All => "tui-view-all",
            View::Marked => "tui-view-marked",
            View::Failed => "tui-view-failed",
            View::NotAttempted => "tui-view-unsent",
        })
    }
}

impl Sort {
    /// Time ↓, time ↑, author ↑, author ↓, id ↑, id ↓, and round again.
    pub fn next(self) -> Sort {
        let (key, descending) = match (self.key, self.descending) {
            (SortKey::Time, true) => (SortKey::Time, false),
            (SortKey::Time, false) => (SortKey::Author, false),
            (SortKey::Author, false) => (SortKey::Author, true),
            (SortKey::Author, true) => (SortKey::Id, false),
            (SortKey::Id, false) => (SortKey::Id, true),
            (SortKey::Id, true) => (SortKey::Time, true),
        };
        Sort { key, descending }
    }

    /// The arrow the sorted column's heading shows.
    pub fn arrow(self) -> &'static str {
        if self.descending { "↓" } else { "↑" }
    }

    /// "sorted by time ↓" / "按时间 ↓".
    pub fn message(self) -> Message {
        let key = Message::new(match self.key {
            SortKey::Time => "tui-sort-time",
            SortKey::Author => "tui-sort-author",
            SortKey::Id => "tui-sort-id",
        });
        msg!("tui-sort-by", key = key, arrow = self.arrow())
    }

    /// Rows in this order; ties by id so the order is stable across loads.
    pub fn apply(self, rows: &mut [Row]) {
        rows.sort_by(|a, b| {
            let (a, b) = (&a.comment, &b.comment);
            let by = match self.key {
                SortKey::Time => a.create_time.cmp(&b.create_time),
                SortKey::Author => a.openid.cmp(&b.openid),
                SortKey::Id => Ordering::Equal,
            }
            .then(a.user_comment_id.cmp(&b.user_comment_id));
            if self.descending { by.reverse() } else { by }
        });
    }
}

/// The keys: cycle the view, cycle the sort. The title shows the result.
pub fn act(app: &mut App, action: Action) {
    match action {
        Action::CycleView => {
            let next = app.list.view().next();
            app.list.set_view(next);
        }
        Action::CycleSort => {
            let next = app.list.sort().next();
            app.list.set_sort(next);
        }
        _ => {}
    }
}
