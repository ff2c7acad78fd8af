//! The simulator's seed data: articles and their comments, loaded from JSON (the
//! shape of assets/demo.json) or generated for tests. Only data and its checks;
//! never touches the network.

use crate::i18n::{Localize, Message};
use crate::msg;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::wire::{Article, Comment};

/// Everything the simulator serves: the default account's articles (the
/// account of `SimOptions::appid`) and any further accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimData {
    pub articles: Vec<SimArticle>,
    /// More Official Accounts, each with its own credentials and articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<SimAccount>,
}

/// Another account the simulator serves: its tokens, quota and articles are
/// its own (a token of one account reads only that account's articles).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimAccount {
    pub appid: String,
    pub secret: String,
    /// Token fetches answer 40164 naming this address, as the real server
    /// names the caller's IP when it is not on the account's whitelist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_ip: Option<String>,
    #[serde(default)]
    pub articles: Vec<SimArticle>,
}

/// One article of a mass-send message, with its comments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimArticle {
    pub msg_data_id: u64,
    #[serde(default)]
    pub index: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default = "default_true")]
    pub comments_open: bool,
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// Days before the simulator's today the message was mass-sent (群发):
    /// the data cube lists it on that day. 0 = today (not in the data cube
    /// yet); absent = never in the data cube.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_days_ago: Option<u32>,
}

fn default_true() -> bool {
    true
}

impl SimArticle {
    pub fn article(&self) -> Article {
        Article {
            msg_data_id: self.msg_data_id,
            index: self.index,
        }
    }

    pub fn elected_count(&self) -> usize {
        self.comments.iter().filter(|c| c.is_elected()).count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SimDataError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Parse {
        path: Option<PathBuf>,
        source: serde_json::Error,
    },
    Invalid {
        path: Option<PathBuf>,
        problem: Message,
    },
}

impl Localize for SimDataError {
    fn message(&self) -> Message {
        let file = |path: &Option<PathBuf>| match path {
            Some(p) => msg!("sim-data-in-file", path = p.display().to_string()),
            None => msg!("sim-data-embedded"),
        };
        match self {
            SimDataError::Read { path, source } => msg!(
                "sim-data-read",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            SimDataError::Parse { path, source } => msg!(
                "sim-data-parse",
                file = file(path),
                detail = source.to_string()
            ),
            SimDataError::Invalid { path, problem } => {
                msg!(
                    "sim-data-invalid",
                    file = file(path),
                    problem = problem.clone()
                )
            }
        }
    }
}

crate::display_via_message!(SimDataError);

/// The bundled demo data; tests/sim.rs checks that it parses and validates.
const DEMO_JSON: &str = include_str!("../../assets/demo.json");

impl SimData {
    /// The bundled demo data (assets/demo.json).
    pub fn demo() -> SimData {
        // The asset is compiled in and checked by a test, so failure here is a build bug.
        SimData::from_json(DEMO_JSON).expect("assets/demo.json is valid simulator data")
    }

    pub fn from_json(text: &str) -> Result<SimData, SimDataError> {
        let data: SimData = serde_json::from_str(text)
            .map_err(|source| SimDataError::Parse { path: None, source })?;
        data.validate().map_err(|problem| SimDataError::Invalid {
            path: None,
            problem,
        })?;
        Ok(data)
    }

    pub fn load(path: &Path) -> Result<SimData, SimDataError> {
        let text = std::fs::read_to_string(path).map_err(|source| SimDataError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        SimData::from_json(&text).map_err(|e| match e {
            SimDataError::Parse { source, .. } => SimDataError::Parse {
                path: Some(path.to_path_buf()),
                source,
            },
            SimDataError::Invalid { problem, .. } => SimDataError::Invalid {
                path: Some(path.to_path_buf()),
                problem,
            },
            other => other,
        })
    }

    /// Synthetic data for tests and benchmarks: one article with `elected` elected
    /// and `normal` non-elected comments, ids starting at 1_000_000, distinct
    /// create_times, deterministic content.
    pub fn generated(article: Article, elected: usize, normal: usize) -> SimData {
        let total = elected + normal;
        let comments = (0..total)
            .map(|i| {
                // Spread the elected ones evenly so filters matter on every page.
                let is_elected = (i * elected) / total.max(1) != ((i + 1) * elected) / total.max(1);
                Comment {
                    user_comment_id: 1_000_000 + i as u64,
                    openid: (i % 7 != 3).then(|| format!("oGEN{:024}", i)),
                    create_time: 1_700_000_000 + i as i64 * 37,
                    content: format!("generated comment #{i}"),
                    comment_type: u8::from(is_elected),
                    reply: None,
                }
            })
            .collect();
        SimData {
            articles: vec![SimArticle {
                msg_data_id: article.msg_data_id,
                index: article.index,
                title: format!("Generated article {article}"),
                comments_open: true,
                comments,
                sent_days_ago: Some(1),
            }],
            accounts: Vec::new(),
        }
    }

    /// The article with this id and index, if present.
    pub fn article(&self, article: Article) -> Option<&SimArticle> {
        self.articles.iter().find(|a| a.article() == article)
    }

    fn validate(&self) -> Result<(), Message> {
        validate_articles(&self.articles)?;
        let mut appids = HashSet::new();
        for account in &self.accounts {
            if !appids.insert(account.appid.as_str()) {
                return Err(msg!(
                    "sim-data-account-twice",
                    appid = account.appid.as_str()
                ));
            }
            validate_articles(&account.articles)?;
        }
        Ok(())
    }
}

fn validate_articles(articles: &[SimArticle]) -> Result<(), Message> {
    let mut seen = HashSet::new();
    for a in articles {
        if !seen.insert(a.article()) {
            return Err(msg!(
                "sim-data-article-twice",
                msg_data_id = a.msg_data_id.to_string(),
                index = a.index.to_string()
            ));
        }
        let mut ids = HashSet::new();
        for c in &a.comments {
            if !ids.insert(c.user_comment_id) {
                return Err(msg!(
                    "sim-data-comment-twice",
                    id = c.user_comment_id.to_string(),
                    msg_data_id = a.msg_data_id.to_string(),
                    index = a.index.to_string()
                ));
            }
            if c.comment_type > 1 {
                return Err(msg!(
                    "sim-data-comment-type",
                    id = c.user_comment_id.to_string(),
                    msg_data_id = a.msg_data_id.to_string(),
                    index = a.index.to_string(),
                    comment_type = c.comment_type.to_string()
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_has_exact_counts_and_distinct_times() {
        let art = Article {
            msg_data_id: 9,
            index: 1,
        };
        let d = SimData::generated(art, 7, 20);
        let a = d.article(art).unwrap();
        assert_eq!(a.comments.len(), 27);
        assert_eq!(a.elected_count(), 7);
        assert_eq!(a.comments[0].user_comment_id, 1_000_000);
        let times: HashSet<i64> = a.comments.iter().map(|c| c.create_time).collect();
        assert_eq!(times.len(), 27);
        assert_eq!(SimData::generated(art, 0, 0).articles[0].comments.len(), 0);
        assert_eq!(SimData::generated(art, 5, 0).articles[0].elected_count(), 5);
    }

    #[test]
    fn errors_name_the_problem() {
        let e = SimData::from_json("{\"articles\": 3}").unwrap_err();
        assert!(e.to_string().contains("not valid JSON"), "{e}");
        let dup = r#"{"articles":[{"msg_data_id":1,"title":"a","comments":[]},
                                  {"msg_data_id":1,"index":0,"title":"b","comments":[]}]}"#;
        let e = SimData::from_json(dup).unwrap_err();
        assert!(e.to_string().contains("1 index 0 appears twice"), "{e}");
        let e = SimData::load(Path::new("/nonexistent/wxmod-sim.json")).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/wxmod-sim.json"), "{e}");
        let zh = SimData::from_json(dup)
            .unwrap_err()
            .render(crate::i18n::Lang::Zh);
        assert!(
            zh.contains("模拟器数据") && zh.contains("出现了两次"),
            "{zh}"
        );
    }

    #[test]
    fn accounts_are_checked_like_the_default_one() {
        let twice = r#"{"articles":[],"accounts":[
            {"appid":"wxa","secret":"s","articles":[]},
            {"appid":"wxa","secret":"t","articles":[]}]}"#;
        let e = SimData::from_json(twice).unwrap_err();
        assert!(e.to_string().contains("account wxa appears twice"), "{e}");
        let dup = r#"{"articles":[],"accounts":[{"appid":"wxa","secret":"s","articles":[
            {"msg_data_id":1,"comments":[]},{"msg_data_id":1,"comments":[]}]}]}"#;
        assert!(SimData::from_json(dup).is_err());
        let demo = SimData::demo();
        assert_eq!(demo.accounts[0].appid, crate::sim::DEMO_SECOND_APPID);
        assert_eq!(demo.accounts[0].secret, crate::sim::DEMO_SECOND_SECRET);
        assert!(demo.articles.iter().all(|a| a.sent_days_ago.is_some()));
    }

    #[test]
    fn comments_open_defaults_to_true() {
        let d = SimData::from_json(r#"{"articles":[{"msg_data_id":5,"comments":[]}]}"#).unwrap();
        assert!(d.articles[0].comments_open);
    }
}
