//! The executor's side of the cross-article table: many articles' lists read
//! a few at a time (the usual concurrency), each answered as it arrives and
//! cancellable; and one batch over items of several articles.

use tokio::sync::mpsc::UnboundedSender;

use super::{Executor, Quiet, open_journal};
use crate::api::Client;
use crate::api::wire::{Article, CommentFilter, CommentId, WriteOp};
use crate::batch;
use crate::i18n::Localize;
use crate::tui::msg::Msg;

impl Executor {
    /// Start reading `articles`' lists (a newer read replaces an older one).
    pub(super) fn load_many(&mut self, seq: u64, articles: Vec<Article>, filter: CommentFilter) {
        if let Some((_, older)) = self.loading_many.take() {
            older.abort();
        }
        let (client, tx) = (self.client.clone(), self.tx.clone());
        let handle = load_many(client, tx, seq, articles, filter, self.concurrency);
        self.loading_many = Some((seq, handle));
    }

    /// Esc: the lists not yet asked are not asked.
    pub(super) fn cancel_load_many(&mut self, seq: u64) {
        if let Some((_, handle)) = self.loading_many.take_if(|(s, _)| *s == seq) {
            handle.abort();
        }
    }

    /// Run one batch over items of several articles, exactly as confirmed.
    pub(super) fn start_multi(&mut self, op: WriteOp, items: Vec<(Article, CommentId)>) {
        let journal = match open_journal(&self.data_dir, self.who.clone()) {
            Ok(journal) => journal,
            Err(err) => {
                let _ = self.tx.send(Msg::BatchNotStarted(err.message()));
                return;
            }
        };
        let request = batch::MultiRequest {
            op,
            items,
            concurrency: self.concurrency,
            account: self.account.clone(),
        };
        let client = Quiet(self.client.clone());
        self.follow(batch::start_multi(client, journal, request, None, None));
    }

    /// An executor on `client` journaling under `data_dir`, for tests.
    #[cfg(test)]
    pub(crate) fn for_tests(
        client: Client,
        data_dir: std::path::PathBuf,
        tx: UnboundedSender<Msg>,
    ) -> Executor {
        Executor {
            articles: crate::articles::ArticleSource {
                client: client.clone(),
                cache_dir: data_dir.join("cache"),
                account_key: "test".into(),
                data_dir: data_dir.clone(),
                concurrency: 2,
                today: None,
            },
            client,
            data_dir,
            who: None,
            concurrency: 2,
            account: "test".into(),
            tx,
            running: None,
            loading_many: None,
        }
    }
}

/// Read each article's list, `concurrency` at a time; one `LoadedOne` per
/// article, then `LoadedAll`. Aborting the returned task drops the rest.
pub fn load_many(
    client: Client,
    tx: UnboundedSender<Msg>,
    seq: u64,
    articles: Vec<Article>,
    filter: CommentFilter,
    concurrency: usize,
) -> tokio::task::AbortHandle {
    use futures::StreamExt;
    let task = tokio::spawn(async move {
        let reads = futures::stream::iter(articles.into_iter().map(|article| {
            let client = client.clone();
            async move { (article, client.list_comments(article, filter).await) }
        }))
        .buffer_unordered(concurrency.max(1));
        let mut reads = std::pin::pin!(reads);
        while let Some((article, result)) = reads.next().await {
            if tx
                .send(Msg::LoadedOne {
                    seq,
                    article,
                    result,
                })
                .is_err()
            {
                return;
            }
        }
        let _ = tx.send(Msg::LoadedAll { seq });
    });
    task.abort_handle()
}

#[cfg(test)]
#[path = "exec_cross_tests.rs"]
mod tests;
