//! The executor's side of the cross-article table: many articles' lists read
//! a few at a time (the usual concurrency), each answered as it arrives and
//! cancellable; and one batch over items of several articles.

use tokio::sync::mpsc::UnboundedSender;

use crate::api::Client;
use crate::api::wire::{Article, CommentFilter};
use crate::tui::msg::Msg;

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
