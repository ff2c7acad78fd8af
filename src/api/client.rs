//! The HTTP client of the comment API. (Interface fixed; implementation pending.)

use std::path::PathBuf;
use std::time::Duration;

use super::error::ApiError;
use super::token::TokenSource;
use super::wire::{Article, Comment, CommentFilter, CommentId, Quota, WriteOp};

pub const DEFAULT_API_BASE: &str = "https://api.weixin.qq.com";
/// Largest page that is safe under both readings of the doc ("count >= 50" vs "count > 50").
pub const MAX_PAGE_SIZE: u32 = 49;

#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub api_base: String,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    /// 1..=49.
    pub page_size: u32,
    /// How many list pages are fetched at once once the total is known.
    pub list_concurrency: usize,
    /// Tries for -1, 5xx, timeouts and dropped connections (including the first).
    pub retry_tries: u32,
    /// First backoff delay; doubles each try, with jitter.
    pub retry_base_delay: Duration,
    /// How many times a 45011 answer waits for the next minute before giving up.
    pub max_minute_waits: u32,
    /// Where the fetched token is cached (a 0600 file inside).
    pub cache_dir: Option<PathBuf>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            api_base: DEFAULT_API_BASE.to_string(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            page_size: MAX_PAGE_SIZE,
            list_concurrency: 8,
            retry_tries: 4,
            retry_base_delay: Duration::from_millis(500),
            max_minute_waits: 3,
            cache_dir: None,
        }
    }
}

/// The answer to one write call, after retries and token refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallOutcome {
    pub errcode: i64,
    pub errmsg: String,
    /// HTTP requests made for this call (1 when the first one answered).
    pub attempts: u32,
}

/// Things the client does on its own that a user may want to see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientNotice {
    Retrying {
        path: &'static str,
        attempt: u32,
        delay: Duration,
        reason: String,
    },
    WaitingForNextMinute {
        path: &'static str,
        wait: Duration,
    },
    TokenRefreshed,
}

#[derive(Clone)]
pub struct Client {
    _private: (),
}

impl Client {
    pub fn new(_options: ClientOptions, _source: TokenSource) -> Result<Client, ApiError> {
        todo!()
    }
    pub fn api_base(&self) -> &str {
        todo!()
    }
    /// "app credentials (wx12…)", "ready token", "token command" — never the token.
    pub fn token_source_label(&self) -> String {
        todo!()
    }
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<ClientNotice> {
        todo!()
    }
    pub async fn list_comments(
        &self,
        _article: Article,
        _filter: CommentFilter,
    ) -> Result<Vec<Comment>, ApiError> {
        todo!()
    }
    pub async fn write(
        &self,
        _op: WriteOp,
        _article: Article,
        _id: CommentId,
    ) -> Result<CallOutcome, ApiError> {
        todo!()
    }
    pub async fn quota(&self, _cgi_path: &str) -> Result<Quota, ApiError> {
        todo!()
    }
}
