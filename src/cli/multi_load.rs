//! Several articles for one command: which ones (`--msg-data-id` repeated,
//! or `--recent-days N`), their lists loaded concurrently within the usual
//! limit, and the selection step: a per-comment predicate applied under each
//! article. Today's predicates are `--all` and `--comment-id`; a query
//! (`--where`) plugs in as another `Fn(&Comment) -> bool`.

use futures::StreamExt;

use super::{ArticleArgs, CliError};
use crate::api::wire::{Article, Comment, CommentFilter, CommentId};
use crate::api::{ApiError, Client};
use crate::i18n::Message;
use crate::msg;
use crate::session::Session;

/// Days of the article list read for the titles of articles given by id.
const TITLE_DAYS: u32 = 7;

/// One article of the set, as the plan names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleInfo {
    pub article: Article,
    /// Untrusted (sanitise before showing); `None` when nobody told wxmod.
    pub title: Option<String>,
    /// The day it was mass-sent, when the article list knows it.
    pub sent_date: Option<time::Date>,
}

/// An article and its list (or why it could not be read).
#[derive(Debug)]
pub struct Loaded {
    pub info: ArticleInfo,
    pub comments: Result<Vec<Comment>, ApiError>,
}

/// The articles the flags name, in the order given (or the article list's).
pub async fn resolve(session: &Session, args: &ArticleArgs) -> Result<Vec<ArticleInfo>, CliError> {
    if let Some(days) = args.recent_days {
        let listing = crate::articles::list_for_session(session, days).await?;
        return Ok(listing
            .articles
            .into_iter()
            .map(|a| ArticleInfo {
                article: a.article,
                title: a.title,
                sent_date: a.sent_date,
            })
            .collect());
    }
    if args.msg_data_id.len() > 1 && args.index.is_some() {
        return Err(CliError::Usage(msg!("multi-index-needs-one")));
    }
    // Titles and dates, best effort: the article list of the last week
    // (cached per day, so usually no call), else the recent list's titles.
    let listed = crate::articles::list_for_session(session, TITLE_DAYS)
        .await
        .map(|l| l.articles)
        .unwrap_or_default();
    let recent = crate::articles::recent::load(&session.recent_dir());
    Ok(args
        .articles()
        .into_iter()
        .map(|article| {
            let known = listed.iter().find(|l| l.article == article);
            ArticleInfo {
                article,
                title: known.and_then(|l| l.title.clone()).or_else(|| {
                    recent
                        .iter()
                        .find(|r| r.article == article)
                        .and_then(|r| r.title.clone())
                }),
                sent_date: known.and_then(|l| l.sent_date),
            }
        })
        .collect())
}

/// What this account already knows of articles, without a call: titles and
/// days from its article-list cache, else titles from the recent list (for
/// an undo's or a retry's plan, which name articles from the journal).
pub fn known_articles(session: &Session) -> impl Fn(Article) -> ArticleInfo + use<> {
    let cache = crate::articles::open_cache(session);
    let recent = crate::articles::recent::load(&session.recent_dir());
    move |article| ArticleInfo {
        article,
        title: cache.title_of(article).map(str::to_string).or_else(|| {
            recent
                .iter()
                .find(|r| r.article == article)
                .and_then(|r| r.title.clone())
        }),
        sent_date: cache.sent_on(article),
    }
}

/// Every article's list under `filter`, at most `concurrency` reads at once,
/// in the order of `infos`. A failed read is kept with its article.
pub async fn load_all(
    client: &Client,
    infos: Vec<ArticleInfo>,
    filter: CommentFilter,
    concurrency: usize,
) -> Vec<Loaded> {
    futures::stream::iter(infos)
        .map(|info| async move {
            let comments = client.list_comments(info.article, filter).await;
            Loaded { info, comments }
        })
        .buffered(concurrency.max(1))
        .collect()
        .await
}

/// The ids under one article that `keep` chooses, in list order.
pub fn select(comments: &[Comment], keep: &dyn Fn(&Comment) -> bool) -> Vec<CommentId> {
    comments
        .iter()
        .filter(|c| keep(c))
        .map(|c| c.user_comment_id)
        .collect()
}

/// "«title» · 2026-12-01 · 2247483652 第 1 篇（index 0）", for plans and headings.
pub fn describe(info: &ArticleInfo) -> Message {
    let title = match &info.title {
        Some(t) => Message::text(crate::sanitize::clean_line(t).into_owned()),
        None => msg!("multi-no-title"),
    };
    let date = match info.sent_date {
        Some(d) => Message::text(d.to_string()),
        None => msg!("multi-no-date"),
    };
    msg!(
        "multi-article",
        title = title,
        date = date,
        article = info.article.message()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: CommentId, elected: bool) -> Comment {
        Comment {
            user_comment_id: id,
            openid: None,
            create_time: 0,
            content: String::new(),
            comment_type: if elected { 1 } else { 0 },
            reply: None,
        }
    }

    #[test]
    fn select_keeps_what_the_predicate_chooses_in_list_order() {
        let list = [comment(3, true), comment(1, false), comment(2, true)];
        assert_eq!(select(&list, &|c| c.is_elected()), vec![3, 2]);
        assert_eq!(select(&list, &|_| false), Vec::<CommentId>::new());
    }
}
