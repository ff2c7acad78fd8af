//! The account's articles, found by title: the data cube's mass-sent articles
//! of the last days (one call per day, past days cached per account) merged
//! with the articles the user typed or opened (`recent`). Below the front
//! ends: the console and `wxmod articles` both read it.

pub mod cache;
mod for_session;
pub mod recent;

use futures::StreamExt;
use time::{Date, Duration};

use crate::api::datacube::SentArticle;
use crate::api::wire::Article;
use crate::api::{ApiError, Client, TokenSource};

pub use cache::ArticleCache;
pub use for_session::{
    ArticleSource, Listing, cache_dir, list_for_session, open_cache, session_account_key,
};
use recent::RecentArticle;

/// Most days one listing covers.
pub const MAX_DAYS: u32 = 60;
pub const DEFAULT_DAYS: u32 = 7;

/// The cache file's name within the account's cache dir (see
/// `for_session::cache_dir`): its appid when it is known, else "default".
pub fn account_key(source: &TokenSource) -> String {
    let name = match source {
        TokenSource::Credentials { appid, .. } => appid.as_str(),
        _ => "default",
    };
    file_safe(name)
}

/// A name as a file name: letters, digits, `-` and `_` only.
fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.is_empty() {
        "default".to_string()
    } else {
        safe
    }
}

/// One row of the article list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedArticle {
    pub article: Article,
    /// The server's title (untrusted: sanitise before showing); `None` when
    /// nobody has told wxmod.
    pub title: Option<String>,
    /// The day it was mass-sent; `None` for a recent article the data cube
    /// has not listed (today's, or older than the days asked).
    pub sent_date: Option<Date>,
    /// The user typed or opened it (it is in the recent list).
    pub recent: bool,
}

/// What a listing did: the articles and how many days it had to ask.
#[derive(Debug)]
pub struct SentListing {
    pub articles: Vec<SentArticle>,
    pub days_asked: usize,
}

/// The days a listing of `days` days covers, newest first: yesterday back.
pub fn days_back(today: Date, days: u32) -> Vec<Date> {
    (1..=i64::from(days.clamp(1, MAX_DAYS)))
        .filter_map(|n| today.checked_sub(Duration::days(n)))
        .collect()
}

/// The articles mass-sent on the `days` days before `today`: cached days
/// from `cache`, the others asked one day per call, at most `concurrency` at
/// once. Days answered go into the cache even when another day fails (the
/// caller saves it); the first failure ends the listing.
pub async fn sent_articles(
    client: &Client,
    cache: &mut ArticleCache,
    today: Date,
    days: u32,
    concurrency: usize,
) -> Result<SentListing, ApiError> {
    let wanted = days_back(today, days);
    let missing: Vec<Date> = wanted
        .iter()
        .copied()
        .filter(|d| cache.day(*d).is_none())
        .collect();
    let days_asked = missing.len();
    let mut answers = futures::stream::iter(missing)
        .map(|day| async move { (day, client.articles_sent_on(day).await) })
        .buffer_unordered(concurrency.max(1));
    let mut failure = None;
    while let Some((day, answer)) = answers.next().await {
        match answer {
            Ok(found) => cache.insert(day, found),
            Err(err) => {
                failure = Some(err);
                break;
            }
        }
    }
    // Dropping the stream abandons the calls still in flight.
    drop(answers);
    if let Some(err) = failure {
        return Err(err);
    }
    let articles = wanted
        .iter()
        .filter_map(|d| cache.day(*d))
        .flat_map(|items| items.iter().cloned())
        .collect();
    Ok(SentListing {
        articles,
        days_asked,
    })
}

/// The list people see, newest first: recent articles the data cube did not
/// list come first (today's are not in it yet), then the sent ones by day.
/// Titles missing from the recent list come from the cache when it knows them.
pub fn merge(
    sent: &[SentArticle],
    recent: &[RecentArticle],
    cache: &ArticleCache,
) -> Vec<ListedArticle> {
    let is_recent = |article: Article| recent.iter().any(|r| r.article == article);
    let mut listed: Vec<ListedArticle> = recent
        .iter()
        .filter(|r| !sent.iter().any(|s| s.article == r.article))
        .map(|r| ListedArticle {
            article: r.article,
            title: r
                .title
                .clone()
                .or_else(|| cache.title_of(r.article).map(str::to_string)),
            sent_date: None,
            recent: true,
        })
        .collect();
    let mut by_day: Vec<&SentArticle> = sent.iter().collect();
    by_day.sort_by(|a, b| {
        b.sent_date
            .cmp(&a.sent_date)
            .then(b.article.msg_data_id.cmp(&a.article.msg_data_id))
            .then(a.article.index.cmp(&b.article.index))
    });
    by_day.dedup_by_key(|a| a.article);
    listed.extend(by_day.into_iter().map(|s| ListedArticle {
        article: s.article,
        title: Some(s.title.clone()),
        sent_date: Some(s.sent_date),
        recent: is_recent(s.article),
    }));
    listed
}

/// Teach the recent list the titles the listing learnt. True when the list
/// changed (then it is worth saving).
pub fn learn_titles(recent: &mut [RecentArticle], listed: &[ListedArticle]) -> bool {
    let mut changed = false;
    for item in listed {
        if let Some(title) = &item.title {
            changed |= recent::learn_title(recent, item.article, title);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Secret;
    use crate::api::datacube::parse_date;

    fn art(id: u64, index: u32) -> Article {
        Article {
            msg_data_id: id,
            index,
        }
    }

    #[test]
    fn days_back_start_yesterday_and_stay_in_range() {
        let today = parse_date("2026-12-03").unwrap();
        let days = days_back(today, 3);
        assert_eq!(
            days,
            ["2026-12-02", "2026-12-01", "2026-11-30"].map(|d| parse_date(d).unwrap())
        );
        assert_eq!(days_back(today, 0).len(), 1);
        assert_eq!(days_back(today, 99).len(), MAX_DAYS as usize);
    }

    #[test]
    fn the_cache_key_is_the_appid_or_default_as_a_file_name() {
        let creds = TokenSource::Credentials {
            appid: "wx12/../ab".into(),
            secret: Secret::new("s"),
        };
        assert_eq!(account_key(&creds), "wx12____ab");
        assert_eq!(
            account_key(&TokenSource::Ready(Secret::new("t"))),
            "default"
        );
    }

    #[test]
    fn merge_puts_unlisted_recent_first_and_fills_titles() {
        let dir = tempfile::tempdir().unwrap();
        let day = parse_date("2026-12-01").unwrap();
        let older = parse_date("2026-11-20").unwrap();
        let mut cache = ArticleCache::open(dir.path(), "k");
        let old = SentArticle {
            article: art(5, 0),
            title: "old one".into(),
            sent_date: older,
        };
        cache.insert(older, vec![old]);
        let sent = vec![
            SentArticle {
                article: art(9, 1),
                title: "b".into(),
                sent_date: day,
            },
            SentArticle {
                article: art(9, 0),
                title: "a".into(),
                sent_date: day,
            },
        ];
        let recent_of = |article, title: Option<&str>| RecentArticle {
            article,
            loaded_at: 0,
            comments: 0,
            kind: "elected".into(),
            title: title.map(str::to_string),
        };
        let mut recent = vec![
            recent_of(art(77, 0), None),
            recent_of(art(9, 1), None),
            recent_of(art(5, 0), None),
        ];
        let listed = merge(&sent, &recent, &cache);
        let order: Vec<(u64, u32)> = listed
            .iter()
            .map(|l| (l.article.msg_data_id, l.article.index))
            .collect();
        assert_eq!(order, [(77, 0), (5, 0), (9, 0), (9, 1)]);
        assert_eq!(listed[0].title, None);
        assert_eq!(listed[1].title.as_deref(), Some("old one"));
        assert!(listed[3].recent && !listed[2].recent);
        assert!(learn_titles(&mut recent, &listed));
        assert_eq!(recent[1].title.as_deref(), Some("b"));
        assert!(
            !learn_titles(&mut recent, &listed),
            "nothing new the second time"
        );
    }
}
