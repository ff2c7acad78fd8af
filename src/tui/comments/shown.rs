//! Which of the list's rows show, and in which order: the filter's query
//! (`crate::query`, over the pre-folded haystack), the view and the sort. The
//! rows' order is the sort's; `visible` keeps that order. Never touches marks
//! or outcomes.

use time::UtcOffset;

use crate::api::wire::CommentId;
use crate::query::{Query, QueryError};
use crate::tui::query::RowFacts;
use crate::tui::views::{Sort, View};

use super::CommentList;

impl CommentList {
    /// Recompute the visible rows.
    pub(super) fn apply_filter(&mut self, keep: Option<CommentId>) {
        // The mark is a hash lookup: only made when the view or a term asks.
        let needs_mark = self.view == View::Marked || self.parsed.asks_marked();
        let everything = self.parsed.is_empty() && self.view == View::All;
        self.visible = if everything {
            (0..self.rows.len()).collect()
        } else {
            (0..self.rows.len())
                .filter(|&i| {
                    let row = &self.rows[i];
                    let marked = needs_mark && self.marks.contains(&row.comment.user_comment_id);
                    let facts = RowFacts {
                        outcome: row.outcome,
                        marked,
                    };
                    self.view.admits(row, marked)
                        && self
                            .parsed
                            .matches_folded(&row.comment, self.haystack.row(i), &facts)
                })
                .collect()
        };
        self.recount_hidden();
        self.anchor = None;
        let keep = keep.and_then(|id| self.position.get(&id).copied());
        // `visible` is in row order, so the kept row is found by bisection.
        self.cursor = keep
            .and_then(|pos| self.visible.binary_search(&pos).ok())
            .unwrap_or(0);
        self.offset = self.offset.min(self.cursor);
    }

    /// The offset `since:`/`until:` read local days in (the session's).
    pub fn set_offset(&mut self, offset: UtcOffset) {
        self.offset_days = Some(offset);
    }

    /// Filter by a query (`crate::query`). Text that does not parse leaves
    /// the rows as the last good query showed them, and `query_error` says
    /// why and where. Marks are untouched.
    pub fn set_query(&mut self, text: &str) {
        if text == self.query {
            return;
        }
        self.query = text.to_string();
        let offset = self.offset_days.unwrap_or(UtcOffset::UTC);
        let parsed = Query::parse(text, offset).and_then(|q| {
            let openids = self.rows.iter().filter_map(|r| r.comment.openid.as_deref());
            q.check_authors(openids).map(|()| q)
        });
        match parsed {
            Ok(parsed) => {
                self.query_error = None;
                self.parsed = parsed;
                let current = self.current_id();
                self.apply_filter(current);
            }
            Err(err) => self.query_error = Some(err),
        }
    }

    /// Why the filter's text does not parse, if it does not.
    pub fn query_error(&self) -> Option<&QueryError> {
        self.query_error.as_ref()
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// Show only marked, failed or not-attempted rows, or all again. Which
    /// rows are marked or failed is read now: a row unmarked in the marked
    /// view stays until the view or the filter changes, so it can be marked again.
    pub fn set_view(&mut self, view: View) {
        self.view = view;
        let current = self.current_id();
        self.apply_filter(current);
    }

    pub fn sort(&self) -> Sort {
        self.sort
    }

    /// Order the rows anew; the highlighted row stays highlighted.
    pub fn set_sort(&mut self, sort: Sort) {
        if sort == self.sort {
            return;
        }
        self.sort = sort;
        let keep = self.current_id();
        let mut rows = std::mem::take(&mut self.rows);
        sort.apply(&mut rows);
        // The haystack's rows move with them: no text is lowercased again.
        let order: Vec<usize> = rows
            .iter()
            .filter_map(|r| self.position.get(&r.comment.user_comment_id).copied())
            .collect();
        self.haystack = self.haystack.reordered(&order);
        self.settle(rows, keep);
    }
}
