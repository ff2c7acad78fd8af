//! The end of a run: items whose answer was lost or not understood are
//! settled by reading each article's list once, journaled as their own record.

use super::Driver;
use crate::api::wire::{Article, CommentId};
use crate::batch::CommentWriter;
use crate::batch::event::{BatchEvent, ItemStatus, StopReason};
use crate::batch::settle::{self, SettleError, Settlement, settle_filter, settle_items};
use crate::i18n::Localize;
use crate::msg;

impl<W: CommentWriter> Driver<W> {
    /// Read each article's list once and settle every unknown item as done
    /// or not done, journaled as its own record. Only when something is
    /// unknown: a batch where every answer was understood makes no list call.
    pub(super) async fn settle_unknown(&mut self) {
        let unknown: Vec<(usize, CommentId)> = self
            .results
            .iter()
            .enumerate()
            .filter_map(|(position, r)| {
                r.as_ref()
                    .filter(|r| r.status == ItemStatus::Unknown)
                    .map(|r| (position, r.user_comment_id))
            })
            .collect();
        if unknown.is_empty() {
            return;
        }
        // A verdict that cannot be journaled is not taken; without a token
        // the list cannot be read either.
        if matches!(
            self.stop,
            Some(StopReason::Journal { .. } | StopReason::Auth { .. })
        ) {
            return;
        }
        self.emit(BatchEvent::Settling {
            unknown: unknown.len(),
        });
        let mut by_article: Vec<(Article, Vec<(usize, CommentId)>)> = Vec::new();
        for (position, id) in unknown {
            let article = self.article_at(position);
            match by_article.iter_mut().find(|(a, _)| *a == article) {
                Some((_, items)) => items.push((position, id)),
                None => by_article.push((article, vec![(position, id)])),
            }
        }
        for (article, unknown) in by_article {
            self.settle_article(article, &unknown).await;
        }
    }

    async fn settle_article(&mut self, article: Article, unknown: &[(usize, CommentId)]) {
        let filter = settle_filter(self.op);
        let read = match self.writer.list(article, filter).await {
            Ok(read) => read,
            Err(error) => {
                let err = SettleError::List {
                    batch: self.batch_id.clone(),
                    count: unknown.len(),
                    error,
                };
                self.emit(BatchEvent::Notice(err.message()));
                return;
            }
        };
        let ids: Vec<CommentId> = unknown.iter().map(|(_, id)| *id).collect();
        let settlement = Settlement {
            batch_id: self.batch_id.clone(),
            op: self.op,
            article,
            filter,
            list_calls: read.calls,
            items: settle_items(self.op, &ids, &read.comments),
        };
        let named = (!self.articles.is_empty()).then_some(article);
        if let Err(err) = self
            .journal_file
            .append(&settle::record_of(&settlement, named))
        {
            // The journal keeps them unknown; so does the report.
            self.emit(BatchEvent::Notice(msg!(
                "batch-settlement-not-journaled",
                why = err.message()
            )));
            return;
        }
        for ((position, _), settled) in unknown.iter().zip(&settlement.items) {
            let Some(result) = self.results[*position].as_mut() else {
                continue;
            };
            result.status = settled.verified.status();
            result.meaning = settled.verified.meaning(self.op);
            let result = result.clone();
            self.progress.unknown = self.progress.unknown.saturating_sub(1);
            self.count(result.status);
            self.emit(BatchEvent::ItemFinished(result));
        }
        self.emit(BatchEvent::Settled(settlement.clone()));
        self.emit(BatchEvent::Progress(self.progress));
        // The summary keeps the first read and adds the others' calls.
        match self.settlement.as_mut() {
            Some(first) => {
                first.list_calls += settlement.list_calls;
            }
            None => self.settlement = Some(settlement),
        }
    }
}
