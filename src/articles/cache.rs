//! The data cube's answers for past days, one file per account
//! (`CACHE/articles/KEY.json`). A past day's answer never changes, so a day
//! found here is never asked again. Written whole and renamed into place; a
//! missing or unreadable file is an empty cache (the days are asked again).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::Date;

use crate::api::datacube::{SentArticle, format_date, parse_date};
use crate::api::wire::Article;
use crate::i18n::{Localize, Message};

/// Bumped if the file's shape ever changes; another version is ignored.
const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    /// `YYYY-MM-DD` → the articles mass-sent that day (possibly none).
    days: BTreeMap<String, Vec<CachedArticle>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedArticle {
    msg_data_id: u64,
    index: u32,
    title: String,
}

/// One account's cached days.
#[derive(Debug, Clone)]
pub struct ArticleCache {
    path: PathBuf,
    days: BTreeMap<Date, Vec<SentArticle>>,
    changed: bool,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot save the article list cache to {path}: {source}")]
pub struct CacheSaveError {
    path: String,
    source: std::io::Error,
}

impl Localize for CacheSaveError {
    fn message(&self) -> Message {
        crate::msg!(
            "articles-cache-save-failed",
            path = self.path.as_str(),
            detail = self.source.to_string()
        )
    }
}

/// The file of the account named `key` (already a safe file name, see
/// `super::account_key`).
pub fn file(cache_dir: &Path, key: &str) -> PathBuf {
    cache_dir.join("articles").join(format!("{key}.json"))
}

impl ArticleCache {
    /// The account's cache as saved; anything unreadable is an empty cache.
    pub fn open(cache_dir: &Path, key: &str) -> ArticleCache {
        let path = file(cache_dir, key);
        let days = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<CacheFile>(&text).ok())
            .filter(|f| f.version == VERSION)
            .map(|f| {
                f.days
                    .into_iter()
                    .filter_map(|(day, items)| {
                        let date = parse_date(&day)?;
                        let items = items
                            .into_iter()
                            .map(|a| SentArticle {
                                article: Article {
                                    msg_data_id: a.msg_data_id,
                                    index: a.index,
                                },
                                title: a.title,
                                sent_date: date,
                            })
                            .collect();
                        Some((date, items))
                    })
                    .collect()
            })
            .unwrap_or_default();
        ArticleCache {
            path,
            days,
            changed: false,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The articles sent on `day`, if that day's answer is cached.
    pub fn day(&self, day: Date) -> Option<&[SentArticle]> {
        self.days.get(&day).map(Vec::as_slice)
    }

    /// Remember `day`'s answer (a past day: it will not change).
    pub fn insert(&mut self, day: Date, articles: Vec<SentArticle>) {
        self.days.insert(day, articles);
        self.changed = true;
    }

    /// The title the data cube gave `article`, on any cached day.
    pub fn title_of(&self, article: Article) -> Option<&str> {
        self.days
            .values()
            .flatten()
            .find(|a| a.article == article)
            .map(|a| a.title.as_str())
    }

    /// The day `article` was mass-sent, if a cached day lists it.
    pub fn sent_on(&self, article: Article) -> Option<Date> {
        self.days
            .iter()
            .find(|(_, list)| list.iter().any(|a| a.article == article))
            .map(|(day, _)| *day)
    }

    /// Write the file if anything was added: whole, to a temporary file
    /// renamed into place, so a crash or a second wxmod never leaves half a file.
    pub fn save(&mut self) -> Result<(), CacheSaveError> {
        if !self.changed {
            return Ok(());
        }
        let err = |source| CacheSaveError {
            path: self.path.display().to_string(),
            source,
        };
        let file = CacheFile {
            version: VERSION,
            days: self
                .days
                .iter()
                .map(|(day, items)| {
                    let items = items
                        .iter()
                        .map(|a| CachedArticle {
                            msg_data_id: a.article.msg_data_id,
                            index: a.article.index,
                            title: a.title.clone(),
                        })
                        .collect();
                    (format_date(*day), items)
                })
                .collect(),
        };
        let text =
            serde_json::to_string_pretty(&file).map_err(|e| err(std::io::Error::other(e)))?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(err)?;
        }
        let tmp = self
            .path
            .with_extension(format!("json.tmp-{}", std::process::id()));
        std::fs::write(&tmp, text).map_err(err)?;
        std::fs::rename(&tmp, &self.path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            err(e)
        })?;
        self.changed = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(id: u64, day: Date) -> SentArticle {
        SentArticle {
            article: Article {
                msg_data_id: id,
                index: 1,
            },
            title: format!("t{id}"),
            sent_date: day,
        }
    }

    #[test]
    fn days_round_trip_per_account_and_garbage_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let day = parse_date("2026-11-30").unwrap();
        let empty_day = parse_date("2026-11-29").unwrap();
        let mut cache = ArticleCache::open(dir.path(), "wxa");
        assert!(cache.day(day).is_none());
        cache.insert(day, vec![sent(7, day)]);
        cache.insert(empty_day, Vec::new());
        cache.save().unwrap();
        let again = ArticleCache::open(dir.path(), "wxa");
        assert_eq!(again.day(day), Some(&[sent(7, day)][..]));
        assert_eq!(again.day(empty_day), Some(&[][..]));
        assert_eq!(again.title_of(sent(7, day).article), Some("t7"));
        assert!(ArticleCache::open(dir.path(), "wxb").day(day).is_none());
        std::fs::write(file(dir.path(), "wxa"), "{not json").unwrap();
        assert!(ArticleCache::open(dir.path(), "wxa").day(day).is_none());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("articles"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().contains("tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
