//! Which of the list's rows show, and in which order: the filter's query
//! (parsed by `query`), the view and the sort. The rows' order is the sort's;
//! `visible` keeps that order. Never touches marks or outcomes.

use crate::api::wire::CommentId;
use crate::i18n::Message;
use crate::tui::query::{self, Facts, IsTerm};
use crate::tui::views::{Sort, View};

use super::CommentList;

impl CommentList {
    /// Whether a row passes the view and the query's non-text terms.
    fn admits(&self, i: usize) -> bool {
        let row = &self.rows[i];
        // The mark is a hash lookup: only made when the view or a term asks.
        let needs_mark = self.view == View::Marked || self.parsed.is.contains(&IsTerm::Marked);
        let marked = needs_mark && self.marks.contains(&row.comment.user_comment_id);
        self.view.admits(row, marked)
            && (!self.parsed.has_terms()
                || self.parsed.holds(&Facts {
                    outcome: row.outcome,
                    marked,
                    elected: row.comment.is_elected(),
                }))
    }

    /// Recompute the visible rows. `narrowing` means the new query contains the
    /// old one, so only rows that matched before need looking at (typing on).
    pub(super) fn apply_filter(&mut self, keep: Option<CommentId>, narrowing: bool) {
        let words = &self.parsed.words;
        let text = |i: &usize| {
            words
                .iter()
                .all(|w| self.haystack.row(*i).contains(w.as_str()))
        };
        let candidates: Vec<usize> = match words.first() {
            None => (0..self.rows.len()).collect(),
            Some(_) if narrowing => self.visible.iter().copied().filter(text).collect(),
            // One scan for the first word; the rest are checked row by row.
            Some(first) => self
                .haystack
                .scan(first)
                .into_iter()
                .filter(|i| {
                    words[1..]
                        .iter()
                        .all(|w| self.haystack.row(*i).contains(w.as_str()))
                })
                .collect(),
        };
        self.visible = if self.view == View::All && !self.parsed.has_terms() {
            candidates
        } else {
            candidates.into_iter().filter(|&i| self.admits(i)).collect()
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

    /// Filter by words (in content, openid or id, case-insensitive) and the
    /// terms `query` reads. A malformed term is left out and reported by
    /// `query_error`. Marks are untouched.
    pub fn set_query(&mut self, query: &str) {
        let query = query.trim().to_lowercase();
        if query == self.query {
            return;
        }
        let (parsed, error) = query::parse(&query);
        self.query_error = error;
        let current = self.current_id();
        // Typing on in the last word, with no other term changing, only narrows.
        let narrowing = !self.parsed.has_terms()
            && !parsed.has_terms()
            && self.view == View::All
            && !self.parsed.words.is_empty()
            && parsed.words.len() == self.parsed.words.len()
            && parsed
                .words
                .iter()
                .zip(&self.parsed.words)
                .all(|(new, old)| new.contains(old.as_str()));
        self.query = query;
        self.parsed = parsed;
        self.apply_filter(current, narrowing);
    }

    /// Why the filter's text is not a query, if it is not.
    pub fn query_error(&self) -> Option<&Message> {
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
        self.apply_filter(current, false);
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
