//! Paging through `comment/list` until the list is complete, whatever `total`
//! says and in whatever order pages and items come back. Knows nothing of HTTP:
//! it is handed a function that fetches one page.

use std::collections::HashMap;
use std::future::Future;

use futures::{StreamExt, TryStreamExt, stream};

use super::error::ApiError;
use super::wire::{Comment, CommentId, ListResponse};

/// Upper bound on sequential pages, so a server that never sends a short page
/// cannot keep the client paging forever (49 · 20 000 ≈ a million comments).
const MAX_SEQUENTIAL_PAGES: u32 = 20_000;

/// All comments, de-duplicated by id and sorted newest first.
///
/// `fetch(begin)` returns the page at offset `begin` (already checked for errcode).
/// Paging stops only on a page shorter than `page` (or empty): `total` may be the
/// page length or a stale figure, so it only decides how much to fetch at once.
pub(crate) async fn all_pages<F, Fut>(
    page: u32,
    concurrency: usize,
    fetch: F,
) -> Result<Vec<Comment>, ApiError>
where
    F: Fn(u32) -> Fut,
    Fut: Future<Output = Result<ListResponse, ApiError>>,
{
    let mut seen = Collected::default();
    let first = fetch(0).await?;
    let first_len = first.comment.len();
    let known_total = known_total(&first);
    seen.add(first.comment);
    if first_len < page as usize {
        return Ok(seen.sorted());
    }

    let mut next = page;
    if let Some(total) = known_total.filter(|t| *t > u64::from(page)) {
        let offsets: Vec<u32> = (u64::from(page)..total)
            .step_by(page as usize)
            .filter_map(|b| u32::try_from(b).ok())
            .collect();
        let pages: Vec<ListResponse> = stream::iter(offsets.iter().map(|&b| fetch(b)))
            .buffer_unordered(concurrency.max(1))
            .try_collect()
            .await?;
        let ended = pages.iter().any(|p| p.comment.len() < page as usize);
        for p in pages {
            seen.add(p.comment);
        }
        if ended {
            return Ok(seen.sorted());
        }
        next = offsets
            .last()
            .map_or(page, |last| last.saturating_add(page));
    }

    // Past the known total (or with none known): one page at a time until a short one.
    for _ in 0..MAX_SEQUENTIAL_PAGES {
        let p = fetch(next).await?;
        let len = p.comment.len();
        let added = seen.add(p.comment);
        if len < page as usize {
            break;
        }
        if added == 0 {
            tracing::warn!(
                begin = next,
                "a full page held only comments already seen; stopping"
            );
            break;
        }
        next = next.saturating_add(page);
    }
    Ok(seen.sorted())
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
        let all: Vec<Comment> = (1..=n).map(|i| comment(i, (i / 3) as i64)).collect();
        let asked = Mutex::new(Vec::new());
        let got = all_pages(page, 3, |begin| {
            asked.lock().unwrap().push(begin);
            let slice: Vec<Comment> = all
                .iter()
                .skip(begin as usize)
                .take(page as usize)
                .cloned()
                .collect();
            let t = total(slice.len());
            async move {
                Ok(ListResponse {
                    total: t,
                    comment: slice,
                    ..Default::default()
                })
            }
        })
        .await
        .unwrap();
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
}
