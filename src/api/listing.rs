//! Paging through `comment/list` until the list is complete, whatever `total`
//! says and in whatever order pages and items come back. Knows nothing of HTTP:
//! it is handed a function that fetches one page.

use std::collections::HashMap;
use std::future::Future;

use futures::{StreamExt, stream};

use super::error::ApiError;
use super::wire::{Comment, CommentId, ListResponse, PATH_LIST};

/// Most pages one list may take (49 · 20 000 ≈ a million comments), so a server
/// that never sends a short page, or claims an absurd total, cannot keep the
/// client paging forever.
const MAX_PAGES: u32 = 20_000;

/// All comments, de-duplicated by id and sorted newest first.
///
/// `fetch(begin)` returns the page at offset `begin` (already checked for errcode).
/// Paging stops on a page shorter than `page` (or empty), or on a full page that
/// holds only comments already seen (the server is not advancing). `total` may
/// be the page length or a stale figure, so it only decides how many pages are
/// asked for at once: below it, up to `concurrency` pages are in flight, taken in
/// order of offset so that the first short page ends the list without waiting
/// for (or asking for) the pages a lying total would add.
pub(crate) async fn all_pages<F, Fut>(
    page: u32,
    concurrency: usize,
    fetch: F,
) -> Result<Vec<Comment>, ApiError>
where
    F: Fn(u32) -> Fut,
    Fut: Future<Output = Result<ListResponse, ApiError>>,
{
    let page = page.max(1);
    let mut seen = Collected::default();
    let first = fetch(0).await?;
    let known_total = known_total(&first);
    let mut pages = Pages::new(page);
    if pages.take(&mut seen, 0, first) == Next::Done {
        return Ok(seen.sorted());
    }

    let mut next = page;
    if let Some(total) = known_total {
        let end = total.min(u64::from(page) * u64::from(MAX_PAGES));
        let offsets = (u64::from(page)..end)
            .step_by(page as usize)
            .filter_map(|b| u32::try_from(b).ok());
        let mut in_order = stream::iter(offsets.map(|begin| {
            let answer = fetch(begin);
            async move { (begin, answer.await) }
        }))
        .buffered(concurrency.max(1));
        while let Some((begin, answer)) = in_order.next().await {
            if pages.take(&mut seen, begin, answer?) == Next::Done {
                return Ok(seen.sorted());
            }
            next = begin.saturating_add(page);
        }
    }

    // Past the known total (or with none known): one page at a time.
    while pages.count < MAX_PAGES {
        if pages.take(&mut seen, next, fetch(next).await?) == Next::Done {
            return Ok(seen.sorted());
        }
        next = next.saturating_add(page);
    }
    Err(ApiError::Decode {
        path: PATH_LIST,
        detail: crate::msg!(
            "api-decode-endless",
            pages = MAX_PAGES as usize,
            count = seen.0.len()
        ),
    })
}

#[derive(Debug, PartialEq, Eq)]
enum Next {
    More,
    Done,
}

/// Counts pages and decides, from each one, whether the list has ended.
struct Pages {
    size: u32,
    count: u32,
}

impl Pages {
    fn new(size: u32) -> Pages {
        Pages { size, count: 0 }
    }

    fn take(&mut self, seen: &mut Collected, begin: u32, answer: ListResponse) -> Next {
        self.count += 1;
        let len = answer.comment.len();
        let added = seen.add(answer.comment);
        if len < self.size as usize {
            if begin == 0 && len == 0 && answer.total.unwrap_or(0) > 0 {
                // Possible when `total` counts every type while the filter matches
                // none; worth a line in the log if it ever means something else.
                tracing::info!(
                    total = answer.total,
                    "the first page is empty although total is not 0"
                );
            }
            return Next::Done;
        }
        if added == 0 {
            // A server oddity worth a log line (-v), not a message.
            tracing::info!(
                begin,
                "a full page held only comments already seen; stopping"
            );
            return Next::Done;
        }
        Next::More
    }
}

/// The total worth trusting from the first page: `comment_cnt` when it says
/// more than `total`, else `total` when it says more than the page held.
fn known_total(first: &ListResponse) -> Option<u64> {
    let total = first.total.unwrap_or(0);
    match first.comment_cnt {
        Some(cnt) if cnt > total => Some(cnt),
        _ if total > first.comment.len() as u64 => Some(total),
        _ => None,
    }
}

#[derive(Default)]
struct Collected(HashMap<CommentId, Comment>);

impl Collected {
    /// Add a page; how many ids were new.
    fn add(&mut self, comments: Vec<Comment>) -> usize {
        let before = self.0.len();
        for c in comments {
            self.0.entry(c.user_comment_id).or_insert(c);
        }
        self.0.len() - before
    }

    fn sorted(self) -> Vec<Comment> {
        let mut all: Vec<Comment> = self.0.into_values().collect();
        all.sort_by(|a, b| {
            b.create_time
                .cmp(&a.create_time)
                .then(b.user_comment_id.cmp(&a.user_comment_id))
        });
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn comment(id: u64, t: i64) -> Comment {
        Comment {
            user_comment_id: id,
            openid: None,
            create_time: t,
            content: String::new(),
            comment_type: 1,
            reply: None,
        }
    }

    /// A fake server over `n` comments (id i, time i / 3 so times tie) with a
    /// `total` of the caller's choosing; records the offsets asked for.
    async fn run(
        n: u64,
        page: u32,
        total: impl Fn(usize) -> Option<u64>,
    ) -> (Vec<Comment>, Vec<u32>) {
        let (got, asked) = serve(n, page, |b| (b as usize, page as usize), total).await;
        (got.unwrap(), asked)
    }

    /// Like `run`, but `slice(begin)` says which comments (start, length) the
    /// page at `begin` holds, so pages can overlap or run long.
    async fn serve(
        n: u64,
        page: u32,
        slice: impl Fn(u32) -> (usize, usize),
        total: impl Fn(usize) -> Option<u64>,
    ) -> (Result<Vec<Comment>, ApiError>, Vec<u32>) {
        let all: Vec<Comment> = (1..=n).map(|i| comment(i, (i / 3) as i64)).collect();
        let asked = Mutex::new(Vec::new());
        let got = all_pages(page, 3, |begin| {
            asked.lock().unwrap().push(begin);
            let (start, len) = slice(begin);
            let items: Vec<Comment> = all.iter().skip(start).take(len).cloned().collect();
            let t = total(items.len());
            async move {
                Ok(ListResponse {
                    total: t,
                    comment: items,
                    ..Default::default()
                })
            }
        })
        .await;
        (got, asked.into_inner().unwrap())
    }

    fn assert_complete(got: &[Comment], n: u64) {
        assert_eq!(got.len() as u64, n);
        for w in got.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                (a.create_time, a.user_comment_id) > (b.create_time, b.user_comment_id),
                "newest first, ids descending on ties"
            );
        }
    }

    #[tokio::test]
    async fn truthful_total_fetches_the_rest_at_once() {
        let (got, asked) = run(120, 49, |_| Some(120)).await;
        assert_complete(&got, 120);
        let mut asked = asked;
        asked.sort_unstable();
        assert_eq!(asked, vec![0, 49, 98]);
    }

    #[tokio::test]
    async fn total_equal_to_the_page_length_still_pages_to_the_end() {
        let (got, _) = run(120, 49, |len| Some(len as u64)).await;
        assert_complete(&got, 120);
    }

    #[tokio::test]
    async fn a_total_that_lies_low_is_paged_past() {
        let (got, asked) = run(200, 10, |_| Some(30)).await;
        assert_complete(&got, 200);
        assert_eq!(*asked.last().unwrap(), 200, "stops on the empty page");
    }

    #[tokio::test]
    async fn exact_multiple_ends_on_an_empty_page() {
        let (got, asked) = run(98, 49, |_| None).await;
        assert_complete(&got, 98);
        assert_eq!(asked, vec![0, 49, 98]);
    }

    #[tokio::test]
    async fn a_server_that_ignores_begin_does_not_loop_forever() {
        let all: Vec<Comment> = (1..=5).map(|i| comment(i, i as i64)).collect();
        let got = all_pages(5, 2, |_| {
            let page = all.clone();
            async move {
                Ok(ListResponse {
                    comment: page,
                    ..Default::default()
                })
            }
        })
        .await
        .unwrap();
        assert_eq!(got.len(), 5);
    }

    #[tokio::test]
    async fn pages_below_the_total_are_fetched_a_bounded_number_at_once() {
        use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
        let (now, max) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let got = all_pages(10, 3, |begin| {
            let (now, max) = (&now, &max);
            async move {
                max.fetch_max(now.fetch_add(1, SeqCst) + 1, SeqCst);
                // Stay in flight across a poll, so the others get started too.
                tokio::task::yield_now().await;
                now.fetch_sub(1, SeqCst);
                let items = (begin..(begin + 10).min(95)).map(|i| comment(u64::from(i) + 1, 0));
                Ok(ListResponse {
                    total: Some(95),
                    comment: items.collect(),
                    ..Default::default()
                })
            }
        })
        .await
        .unwrap();
        assert_eq!(got.len(), 95);
        assert_eq!(max.load(SeqCst), 3, "concurrency 3: never more, and used");
    }

    #[tokio::test]
    async fn a_total_that_lies_high_costs_at_most_a_few_extra_pages() {
        for lie in [1_000_000, u64::MAX] {
            let (got, asked) = run(100, 10, |_| Some(lie)).await;
            assert_complete(&got, 100);
            // 11 pages reach the empty one; at most `concurrency` more were asked for.
            assert!(asked.len() <= 11 + 3, "{} pages asked", asked.len());
        }
    }

    #[tokio::test]
    async fn overlapping_pages_and_pages_longer_than_asked_give_each_comment_once() {
        // Each page starts 4 back (a comment arrived while paging).
        let (got, _) = serve(100, 10, |b| ((b as usize).saturating_sub(4), 10), |_| None).await;
        assert_complete(&got.unwrap(), 100);
        // The server sends 15 when asked for 10.
        let (got, _) = serve(100, 10, |b| (b as usize, 15), |_| Some(100)).await;
        assert_complete(&got.unwrap(), 100);
    }

    #[tokio::test]
    async fn empty_first_page_with_a_total_is_an_empty_list() {
        let (got, asked) = serve(30, 10, |_| (0, 0), |_| Some(30)).await;
        assert!(got.unwrap().is_empty());
        assert_eq!(asked, vec![0]);
    }

    #[tokio::test]
    async fn a_total_of_zero_beside_full_pages_is_paged_past() {
        let (got, asked) = run(45, 10, |_| Some(0)).await;
        assert_complete(&got, 45);
        assert_eq!(asked, vec![0, 10, 20, 30, 40]);
    }

    #[tokio::test]
    async fn a_server_that_never_ends_is_an_error_not_a_hang() {
        let got = all_pages(2, 4, |begin| async move {
            let items = [0, 1].map(|i| comment(u64::from(begin) + i, 0));
            Ok(ListResponse {
                comment: items.to_vec(),
                ..Default::default()
            })
        })
        .await;
        let e = got.unwrap_err();
        assert!(e.to_string().contains("kept sending full pages"), "{e}");
    }
}
