//! The article list of a session's account, as both front ends run it: the
//! account's cache (its one key and directory), the data cube for the days
//! not cached, the recent list merged in and taught the titles it learnt.

use std::path::PathBuf;

use super::{ArticleCache, ListedArticle, account_key, learn_titles, merge, recent, sent_articles};
use crate::api::ApiError;
use crate::api::datacube::server_today;
use crate::i18n::{Localize, Message};
use crate::session::Session;

/// A listing for people: the rows, the days that had to be asked, and what
/// could not be saved (the list is still right; the next run asks again).
#[derive(Debug)]
pub struct Listing {
    pub articles: Vec<ListedArticle>,
    pub days_asked: usize,
    pub warnings: Vec<Message>,
}

/// Where the session's article caches live: the account's own cache dir
/// (`CACHE/accounts/NAME/`), or for the demo its per-run directory (the
/// demo's articles move with the real date).
pub fn cache_dir(session: &Session) -> PathBuf {
    session
        .account_cache_dir()
        .unwrap_or_else(|| session.dirs.data_dir.join("cache"))
}

/// The cache file's key within the account's directory: its appid, so an
/// account whose appid is changed in the config never reads the old one's.
pub fn session_account_key(session: &Session) -> String {
    match &session.settings.token_source {
        Some(source) => account_key(source),
        None => "default".to_string(),
    }
}

/// The session account's cache, as saved.
pub fn open_cache(session: &Session) -> ArticleCache {
    ArticleCache::open(&cache_dir(session), &session_account_key(session))
}

/// The article list of the last `days` days (yesterday back, on the
/// server's calendar) merged with the recent list, at most the session's
/// `concurrency` calls at once. Days answered are cached even when a later
/// day fails.
pub async fn list_for_session(session: &Session, days: u32) -> Result<Listing, ApiError> {
    ArticleSource::of(session).list(days).await
}

/// What a listing needs of a session, owned: the console's executor keeps
/// one (it outlives no session, but cannot borrow one into its tasks).
#[derive(Clone)]
pub struct ArticleSource {
    pub client: crate::api::Client,
    pub cache_dir: PathBuf,
    pub account_key: String,
    /// Where the recent list lives.
    pub data_dir: PathBuf,
    pub concurrency: usize,
    /// The server's today to list back from; `None`: the real one (tests
    /// fix it, as they fix the simulator's).
    pub today: Option<time::Date>,
}

impl ArticleSource {
    pub fn of(session: &Session) -> ArticleSource {
        ArticleSource {
            client: session.client.clone(),
            cache_dir: cache_dir(session),
            account_key: session_account_key(session),
            data_dir: session.recent_dir(),
            concurrency: session.settings.concurrency,
            today: None,
        }
    }

    /// As `list_for_session`.
    pub async fn list(&self, days: u32) -> Result<Listing, ApiError> {
        list_from(self, days).await
    }
}

async fn list_from(source: &ArticleSource, days: u32) -> Result<Listing, ApiError> {
    let mut warnings = Vec::new();
    let mut cache = ArticleCache::open(&source.cache_dir, &source.account_key);
    let listing = sent_articles(
        &source.client,
        &mut cache,
        source.today.unwrap_or_else(server_today),
        days,
        source.concurrency,
    )
    .await;
    if let Err(err) = cache.save() {
        warnings.push(err.message());
    }
    let listing = listing?;
    let mut recent_list = recent::load(&source.data_dir);
    let articles = merge(&listing.articles, &recent_list, &cache);
    if learn_titles(&mut recent_list, &articles)
        && let Err(err) = recent::save(&source.data_dir, &recent_list)
    {
        warnings.push(err.message());
    }
    Ok(Listing {
        articles,
        days_asked: listing.days_asked,
        warnings,
    })
}
