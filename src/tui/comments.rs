//! The comment table's model: rows in display order, the filter, the marks (kept
//! by comment id, so they survive filtering and reloads), the cursor, the scroll
//! offset and the range anchor. Pure data: no drawing, no I/O. Which rows
//! show and in which order (query, view, sort) lives in `shown`.

mod shown;

use std::collections::{HashMap, HashSet};

use crate::api::wire::{Comment, CommentId, WriteOp};
use crate::query::{Query, QueryError};
use crate::tui::search::Haystack;
use crate::tui::views::{Sort, View};

/// What the last batch did to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sending,
    Done,
    /// `code` is `None` when no answer came (network, timeout).
    Failed {
        code: Option<i64>,
    },
    NotAttempted,
    /// Sent, and no answer the catalog understands came back: it may or may
    /// not have taken effect, and no read of the list has settled it.
    Unknown,
    /// An unknown outcome settled by reading the article's list: done, or not.
    Verified {
        done: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Row {
    pub comment: Comment,
    pub outcome: Option<Outcome>,
    /// The operation the outcome is of, so `✓` can say "deselected" or "elected".
    pub op: Option<WriteOp>,
    /// No longer on the server's list (deselected or deleted); shown dimmed
    /// until the next load.
    pub gone: bool,
}

impl Row {
    fn new(comment: Comment) -> Row {
        Row {
            comment,
            outcome: None,
            op: None,
            gone: false,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct CommentList {
    rows: Vec<Row>,
    /// Positions in `rows` that pass the filter, in display order.
    visible: Vec<usize>,
    /// What the filter searches, row by row.
    haystack: Haystack,
    /// Marked comments the filter hides, kept in step with marks and filter.
    hidden_marks: usize,
    position: HashMap<CommentId, usize>,
    marks: HashSet<CommentId>,
    /// Index into `visible`.
    cursor: usize,
    /// First visible row drawn.
    offset: usize,
    /// Where a range mark started (index into `visible`).
    anchor: Option<usize>,
    /// The filter's text as typed.
    query: String,
    /// The last text that parsed: the table keeps showing its rows while
    /// the text typed since does not parse.
    parsed: Query,
    /// Why the filter's text does not parse (with its place in `query`).
    query_error: Option<QueryError>,
    /// The day `since:`/`until:` mean is a local one: the session's offset.
    offset_days: Option<time::UtcOffset>,
    view: View,
    sort: Sort,
    /// Some row has an outcome (the table then shows its result column).
    has_outcomes: bool,
    /// Rows kept (dimmed) that the last reload no longer listed.
    gone: usize,
    /// Marked rows still listed, by kind: `[elected, not elected]`. Kept as
    /// marks and rows change, so the footer knows whether `d` or `e` would
    /// act without walking 100,000 marks every frame.
    marked_kinds: [usize; 2],
}

impl CommentList {
    /// A fresh load: outcomes and vanished rows from a previous batch are dropped;
    /// marks and the filter stay for comments that are still there.
    pub fn replace(&mut self, comments: Vec<Comment>) {
        let keep = self.current_id();
        let mut seen = HashSet::with_capacity(comments.len());
        let rows = comments
            .into_iter()
            .filter(|c| seen.insert(c.user_comment_id))
            .map(Row::new)
            .collect();
        self.install(rows, keep);
    }

    /// The reload after a batch: rows keep their outcome, and rows that have an
    /// outcome but left the server's list stay visible (dimmed) until the next load.
    pub fn refresh(&mut self, comments: Vec<Comment>) {
        let keep = self.current_id();
        let mut old: HashMap<CommentId, Row> = std::mem::take(&mut self.rows)
            .into_iter()
            .map(|r| (r.comment.user_comment_id, r))
            .collect();
        let mut seen = HashSet::with_capacity(comments.len());
        let mut rows = Vec::with_capacity(comments.len());
        for comment in comments {
            if !seen.insert(comment.user_comment_id) {
                continue;
            }
            let mut row = Row::new(comment);
            if let Some(prev) = old.remove(&row.comment.user_comment_id) {
                row.outcome = prev.outcome;
                row.op = prev.op;
            }
            rows.push(row);
        }
        rows.extend(
            old.into_values()
                .filter(|r| r.outcome.is_some())
                .map(|mut r| {
                    r.gone = true;
                    r
                }),
        );
        self.install(rows, keep);
    }

    fn install(&mut self, mut rows: Vec<Row>, keep: Option<CommentId>) {
        self.sort.apply(&mut rows);
        self.haystack = Haystack::build(rows.iter().map(|r| &r.comment));
        self.settle(rows, keep);
    }

    /// Take `rows` (sorted, with `haystack` in step) as the list's.
    fn settle(&mut self, rows: Vec<Row>, keep: Option<CommentId>) {
        self.rows = rows;
        self.has_outcomes = self.rows.iter().any(|r| r.outcome.is_some());
        self.gone = self.rows.iter().filter(|r| r.gone).count();
        self.position = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.comment.user_comment_id, i))
            .collect();
        let position = &self.position;
        self.marks.retain(|id| position.contains_key(id));
        self.recount_kinds();
        self.apply_filter(keep);
    }

    /// Which `marked_kinds` slot a row counts in; `None` for rows no longer listed.
    fn kind(&self, id: CommentId) -> Option<usize> {
        self.row(id)
            .filter(|r| !r.gone)
            .map(|r| usize::from(!r.comment.is_elected()))
    }

    fn recount_kinds(&mut self) {
        let mut kinds = [0; 2];
        for id in &self.marks {
            if let Some(k) = self.kind(*id) {
                kinds[k] += 1;
            }
        }
        self.marked_kinds = kinds;
    }

    /// Keep `marked_kinds` in step with one mark added or removed.
    fn count_mark(&mut self, id: CommentId, added: bool) {
        if let Some(k) = self.kind(id) {
            if added {
                self.marked_kinds[k] += 1;
            } else {
                self.marked_kinds[k] = self.marked_kinds[k].saturating_sub(1);
            }
        }
    }

    fn insert_mark(&mut self, id: CommentId) {
        if self.marks.insert(id) {
            self.count_mark(id, true);
        }
    }

    fn remove_mark(&mut self, id: CommentId) -> bool {
        let removed = self.marks.remove(&id);
        if removed {
            self.count_mark(id, false);
        }
        removed
    }

    /// Marked rows still listed that are elected (`elected`) or not.
    pub fn marked_of_kind(&self, elected: bool) -> usize {
        self.marked_kinds[usize::from(!elected)]
    }

    /// A batch changed what the server holds for this row: it now shows it,
    /// and the counts of marked kinds follow.
    pub fn set_elected(&mut self, id: CommentId, elected: bool) {
        let marked = self.marks.contains(&id);
        if marked {
            self.count_mark(id, false);
        }
        if let Some(&i) = self.position.get(&id) {
            self.rows[i].comment.comment_type = u8::from(elected);
        }
        if marked {
            self.count_mark(id, true);
        }
    }

    fn recount_hidden(&mut self) {
        self.hidden_marks = if self.visible.len() == self.rows.len() {
            0
        } else {
            self.marks
                .iter()
                .filter_map(|id| self.position.get(id))
                .filter(|pos| self.visible.binary_search(pos).is_err())
                .count()
        };
    }

    fn current_id(&self) -> Option<CommentId> {
        self.current().map(|r| r.comment.user_comment_id)
    }

    pub fn clear(&mut self) {
        let offset = self.offset_days;
        *self = CommentList::default();
        self.offset_days = offset;
    }

    /// Record what a batch did to a row, and which operation it was.
    pub fn set_outcome(&mut self, id: CommentId, outcome: Outcome, op: Option<WriteOp>) {
        if let Some(row) = self.row_mut(id) {
            row.outcome = Some(outcome);
            row.op = op.or(row.op);
            self.has_outcomes = true;
        }
    }

    /// Whether any row has an outcome: a batch ran since the last fresh load.
    /// Kept as rows change, so a frame need not scan 100,000 rows to know.
    pub fn has_outcomes(&self) -> bool {
        self.has_outcomes
    }

    /// Rows shown dimmed because the last reload no longer listed them: the
    /// title says so, so its count agrees with the reload's.
    pub fn gone_count(&self) -> usize {
        self.gone
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn total(&self) -> usize {
        self.rows.len()
    }

    pub fn visible_len(&self) -> usize {
        self.visible.len()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn offset(&self) -> usize {
        self.offset
    }

    pub fn current(&self) -> Option<&Row> {
        self.visible.get(self.cursor).map(|&i| &self.rows[i])
    }

    /// Visible rows from `from` on, with their index into the visible list.
    pub fn visible_rows(&self, from: usize) -> impl Iterator<Item = (usize, &Row)> {
        self.visible
            .iter()
            .enumerate()
            .skip(from)
            .map(|(pos, &i)| (pos, &self.rows[i]))
    }

    pub fn all_rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter()
    }

    pub fn row(&self, id: CommentId) -> Option<&Row> {
        self.position.get(&id).map(|&i| &self.rows[i])
    }

    fn row_mut(&mut self, id: CommentId) -> Option<&mut Row> {
        self.position.get(&id).map(|&i| &mut self.rows[i])
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let last = self.visible.len() - 1;
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    pub fn top(&mut self) {
        self.cursor = 0;
    }

    pub fn bottom(&mut self) {
        self.cursor = self.visible.len().saturating_sub(1);
    }

    /// Keep the cursor on screen with a table `height` rows tall.
    pub fn scroll_to_cursor(&mut self, height: usize) {
        let height = height.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + height {
            self.offset = self.cursor + 1 - height;
        }
        let max_offset = self.visible.len().saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }

    pub fn is_marked(&self, id: CommentId) -> bool {
        self.marks.contains(&id)
    }

    pub fn marked_count(&self) -> usize {
        self.marks.len()
    }

    /// Marked comments the current filter does not show.
    pub fn marks_hidden(&self) -> usize {
        self.hidden_marks
    }

    /// Whether the current filter hides this comment.
    pub fn hidden_by_filter(&self, id: CommentId) -> bool {
        self.visible.len() != self.rows.len()
            && self
                .position
                .get(&id)
                .is_some_and(|pos| self.visible.binary_search(pos).is_err())
    }

    /// Marked ids in no particular order: cheaper than `marked_ids` when
    /// only some question about them is asked (the footer's, every frame).
    pub fn marks(&self) -> impl Iterator<Item = CommentId> + '_ {
        self.marks.iter().copied()
    }

    /// Marked ids in display order (hidden ones included).
    pub fn marked_ids(&self) -> Vec<CommentId> {
        self.rows
            .iter()
            .map(|r| r.comment.user_comment_id)
            .filter(|id| self.marks.contains(id))
            .collect()
    }

    pub fn set_marks(&mut self, ids: impl IntoIterator<Item = CommentId>) {
        self.marks = ids
            .into_iter()
            .filter(|id| self.position.contains_key(id))
            .collect();
        self.recount_kinds();
        self.recount_hidden();
    }

    pub fn unmark(&mut self, id: CommentId) {
        if self.remove_mark(id) && self.hidden_by_filter(id) {
            self.hidden_marks -= 1;
        }
    }

    /// Space: flip the highlighted row's mark and move down.
    pub fn toggle_current(&mut self) {
        let Some(id) = self.current_id() else {
            return;
        };
        if !self.remove_mark(id) {
            self.insert_mark(id);
        }
        self.move_by(1);
    }

    pub fn anchor(&self) -> Option<usize> {
        self.anchor
    }

    /// `v`: start a range at the cursor, or mark everything between the start
    /// and the cursor. Returns how many rows the finished range marked.
    pub fn range_mark(&mut self) -> Option<usize> {
        if self.visible.is_empty() {
            return None;
        }
        let Some(start) = self.anchor.take() else {
            self.anchor = Some(self.cursor);
            return None;
        };
        let (lo, hi) = (start.min(self.cursor), start.max(self.cursor));
        for pos in lo..=hi {
            let id = self.rows[self.visible[pos]].comment.user_comment_id;
            self.insert_mark(id);
        }
        Some(hi - lo + 1)
    }

    pub fn in_pending_range(&self, pos: usize) -> bool {
        self.anchor
            .is_some_and(|a| (a.min(self.cursor)..=a.max(self.cursor)).contains(&pos))
    }

    pub fn cancel_range(&mut self) -> bool {
        self.anchor.take().is_some()
    }

    /// Ctrl-a: mark every visible row, or unmark them when all already are.
    /// Returns true when it marked.
    pub fn mark_all_visible(&mut self) -> bool {
        let all = self
            .visible
            .iter()
            .all(|&i| self.marks.contains(&self.rows[i].comment.user_comment_id));
        for pos in 0..self.visible.len() {
            let id = self.rows[self.visible[pos]].comment.user_comment_id;
            if all {
                self.remove_mark(id);
            } else {
                self.insert_mark(id);
            }
        }
        !all
    }

    pub fn clear_marks(&mut self) -> usize {
        let n = self.marks.len();
        self.marks.clear();
        self.marked_kinds = [0; 2];
        self.hidden_marks = 0;
        n
    }

    /// A new batch starts: drop the outcomes of rows still listed. Rows an
    /// earlier batch took off the list keep theirs, so they stay visible with
    /// their ✓ until the next load, however many batches run meanwhile.
    pub fn clear_outcomes(&mut self) {
        for row in self.rows.iter_mut().filter(|r| !r.gone) {
            row.outcome = None;
        }
        self.has_outcomes = self.rows.iter().any(|r| r.outcome.is_some());
    }
}

#[cfg(test)]
mod tests;
