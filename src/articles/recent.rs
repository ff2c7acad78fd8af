//! Recently loaded articles, kept in `recent.json` in the data directory so the
//! console can offer them again and `wxmod articles` can merge them in (today's
//! articles are not in the data cube yet). Reading and writing only; a broken
//! or missing file just means an empty list.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::wire::Article;

/// How many articles the list keeps.
pub const KEEP: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentArticle {
    pub article: Article,
    /// Unix seconds of the last successful load.
    pub loaded_at: i64,
    /// How many comments that load returned, and of which type.
    pub comments: usize,
    pub kind: String,
    /// The server's title (untrusted text), once known: from the demo, or
    /// learnt from the data cube by `wxmod articles` / the article list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

pub fn file(data_dir: &Path) -> PathBuf {
    data_dir.join("recent.json")
}

/// The saved list; anything unreadable is treated as no history.
pub fn load(data_dir: &Path) -> Vec<RecentArticle> {
    let Ok(text) = std::fs::read_to_string(file(data_dir)) else {
        return Vec::new();
    };
    let mut list: Vec<RecentArticle> = serde_json::from_str(&text).unwrap_or_default();
    list.truncate(KEEP);
    list
}

#[derive(Debug, thiserror::Error)]
#[error("cannot save recent articles to {path}: {source}")]
pub struct SaveError {
    path: String,
    source: std::io::Error,
}

impl crate::i18n::Localize for SaveError {
    fn message(&self) -> crate::i18n::Message {
        crate::msg!(
            "tui-recent-save-failed",
            path = self.path.as_str(),
            error = self.source.to_string()
        )
    }
}

pub fn save(data_dir: &Path, list: &[RecentArticle]) -> Result<(), SaveError> {
    let path = file(data_dir);
    let err = |source| SaveError {
        path: path.display().to_string(),
        source,
    };
    std::fs::create_dir_all(data_dir).map_err(err)?;
    let text = serde_json::to_string_pretty(list).map_err(|e| err(std::io::Error::other(e)))?;
    // Write then rename, so a crash never leaves half a file.
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)
}

/// Put `entry` first, dropping an older entry for the same article.
pub fn remember(list: &mut Vec<RecentArticle>, entry: RecentArticle) {
    list.retain(|r| r.article != entry.article);
    list.insert(0, entry);
    list.truncate(KEEP);
}

/// Give every entry of `article` without a title `title`. True when
/// something changed (then the list is worth saving).
pub fn learn_title(list: &mut [RecentArticle], article: Article, title: &str) -> bool {
    let mut changed = false;
    for entry in list.iter_mut().filter(|r| r.article == article) {
        if entry.title.as_deref() != Some(title) && !title.is_empty() {
            entry.title = Some(title.to_string());
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: u64, at: i64) -> RecentArticle {
        RecentArticle {
            article: Article {
                msg_data_id: id,
                index: 0,
            },
            loaded_at: at,
            comments: 3,
            kind: "elected".into(),
            title: None,
        }
    }

    #[test]
    fn remember_moves_to_front_and_caps() {
        let mut list = Vec::new();
        for id in 1..=10 {
            remember(&mut list, entry(id, id as i64));
        }
        assert_eq!(list.len(), KEEP);
        remember(&mut list, entry(5, 99));
        assert_eq!(list[0].article.msg_data_id, 5);
        assert_eq!(
            list.iter().filter(|r| r.article.msg_data_id == 5).count(),
            1
        );
    }

    #[test]
    fn save_then_load_round_trips_and_garbage_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(dir.path()).is_empty());
        let list = vec![entry(7, 1), entry(8, 2)];
        save(dir.path(), &list).unwrap();
        assert_eq!(load(dir.path()), list);
        std::fs::write(file(dir.path()), "{not json").unwrap();
        assert!(load(dir.path()).is_empty());
    }
}
