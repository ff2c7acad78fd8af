//! The HTTP client of the comment API: typed calls, retries with backoff, the
//! wait on the minute limit, and a shared, bounded token refresh on rejection.
//! Knows nothing of batches or terminals; never formats a token.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::watch;

use super::base_url;
use super::catalog::{self, ErrClass};
use super::error::ApiError;
use super::listing;
use super::notice::{ClientNotice, announce_retry, server_text};
use super::outcome::{Answer, Answered};
pub use super::outcome::{CallOutcome, ListRead, WriteFailure};
use super::retry::{self, Backoff};
use super::token::{TokenProvider, TokenSource};
use super::transport::{SendError, Transport};
use super::wire::{
    Article, ArticleRequest, Comment, CommentFilter, CommentId, CommentRequest, ListRequest,
    ListResponse, PATH_CLOSE, PATH_LIST, PATH_OPEN, PATH_QUOTA, PATH_REPLY_ADD, Quota,
    QuotaRequest, QuotaResponse, ReplyRequest, WriteOp, WriteResponse,
};

use crate::i18n::Message;

pub const DEFAULT_API_BASE: &str = "https://api.weixin.qq.com";
/// Token fetches one call may trigger after rejections (40001/40014/42001). The
/// first is always allowed; later ones only once some token from the source has
/// worked (so the rejection is an expiry, not a source that cannot help).
const MAX_REFRESHES_PER_CALL: u32 = 4;
/// Rejections one call may see in all, counting those where another call had
/// already fetched the new token: ends the call even if tokens keep dying.
const MAX_REJECTIONS_PER_CALL: u32 = 16;
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
    /// Wait this long on 45011 instead of until the next wall-clock minute
    /// (tests; `None` in real use).
    pub minute_wait_override: Option<Duration>,
    /// Variables a token command runs with (`WXMOD_APPID`, `WXMOD_ACCOUNT`):
    /// one agency command serves every account.
    pub command_env: Vec<(String, String)>,
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
            minute_wait_override: None,
            command_env: Vec::new(),
        }
    }
}

/// A handle on the API; clones share connections, the token and the notice channel.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    options: ClientOptions,
    transport: Arc<Transport>,
    tokens: TokenProvider,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("api_base", &self.api_base())
            .field("token_source", &self.token_source_label())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Check the base URL and set up the HTTP client; no request is made yet.
    pub fn new(options: ClientOptions, source: TokenSource) -> Result<Client, ApiError> {
        let base = base_url::check(&options.api_base)?;
        let mut options = options;
        options.api_base = base.text.clone();
        options.page_size = options.page_size.clamp(1, MAX_PAGE_SIZE);
        options.list_concurrency = options.list_concurrency.max(1);
        let transport = Arc::new(Transport::new(
            &base,
            options.connect_timeout,
            options.request_timeout,
        )?);
        let tokens = TokenProvider::new(
            source,
            transport.clone(),
            options.cache_dir.as_deref(),
            options.retry_tries,
            options.retry_base_delay,
        )
        .with_command_env(options.command_env.clone());
        Ok(Client {
            inner: Arc::new(Inner {
                options,
                transport,
                tokens,
            }),
        })
    }

    /// The base URL in use, without a trailing slash.
    pub fn api_base(&self) -> &str {
        &self.inner.options.api_base
    }

    /// The options in effect (page size clamped, base normalised).
    pub fn options(&self) -> &ClientOptions {
        &self.inner.options
    }

    /// "app credentials (appid wx12…)", "ready token", "token command" — never the token.
    pub fn token_source_label(&self) -> String {
        self.inner.tokens.source().label()
    }

    /// Where the token comes from, for people (never the token).
    pub fn token_source(&self) -> Message {
        self.inner.tokens.source().message()
    }

    /// Who calls where, for people: "ready token @ https://api.weixin.qq.com"
    /// / "现成令牌 @ …". The one account label of the console and the CLI.
    pub fn account(&self) -> Message {
        crate::msg!(
            "api-account",
            source = self.inner.tokens.source().message(),
            base = self.api_base()
        )
    }

    /// [`Client::account`] in English, as the journal records who ran a batch.
    pub fn account_label(&self) -> String {
        self.account().to_string()
    }

    /// The file the fetched token is cached in (app credentials with a cache dir only).
    pub fn token_cache_path(&self) -> Option<&std::path::Path> {
        self.inner.tokens.cache_path()
    }

    /// Retries, minute waits and token refreshes as they happen.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<ClientNotice> {
        self.inner.transport.subscribe()
    }

    /// Every comment of one article under `filter`: complete, without duplicates,
    /// newest first. Any non-zero errcode is an error.
    pub async fn list_comments(
        &self,
        article: Article,
        filter: CommentFilter,
    ) -> Result<Vec<Comment>, ApiError> {
        self.read_list(article, filter)
            .await
            .map(|read| read.comments)
    }

    /// [`Client::list_comments`] with the number of requests it cost, as a
    /// settlement read reports it.
    pub async fn read_list(
        &self,
        article: Article,
        filter: CommentFilter,
    ) -> Result<ListRead, ApiError> {
        let page = self.inner.options.page_size;
        let calls = std::sync::atomic::AtomicU32::new(0);
        let fetch = |begin: u32| {
            let calls = &calls;
            async move {
                let body = ListRequest {
                    msg_data_id: article.msg_data_id,
                    index: article.index,
                    begin,
                    count: page,
                    kind: filter.wire(),
                };
                let result = self.call::<_, ListResponse>(PATH_LIST, &body).await;
                let attempts = match &result {
                    Ok((_, attempts)) => *attempts,
                    Err(f) => f.attempts,
                };
                calls.fetch_add(attempts, std::sync::atomic::Ordering::Relaxed);
                let (answer, _) = result.map_err(|f| f.error)?;
                ok_or_api(PATH_LIST, answer)
            }
        };
        let comments = listing::all_pages(page, self.inner.options.list_concurrency, fetch).await?;
        Ok(ListRead {
            comments,
            calls: calls.load(std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// One write on one comment. `Ok` carries the final errcode when it is success,
    /// per-item or stop class (the caller decides); `Err` for a busy server or
    /// transport failure after the retries, a minute limit that would not lift,
    /// and token problems.
    pub async fn write(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
    ) -> Result<CallOutcome, ApiError> {
        self.write_call(op, article, id, None)
            .await
            .map_err(ApiError::from)
    }

    /// [`Client::write`], but once `stop` turns true no further request is made
    /// for this call: a pending backoff or minute wait ends at once and the last
    /// answer is final. A batch that stops must not keep retrying its stragglers.
    pub async fn write_until(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: watch::Receiver<bool>,
    ) -> Result<CallOutcome, ApiError> {
        self.write_call(op, article, id, Some(stop))
            .await
            .map_err(ApiError::from)
    }

    /// One write on one comment, saying on failure how many requests went out
    /// and whether one may have been applied without a readable answer (then
    /// the outcome is unknown until someone looks). `stop` as for
    /// [`Client::write_until`]. An answer without an integer `errcode` is such
    /// a failure, never success.
    pub async fn write_call(
        &self,
        op: WriteOp,
        article: Article,
        id: CommentId,
        stop: Option<watch::Receiver<bool>>,
    ) -> Result<CallOutcome, WriteFailure> {
        let body = CommentRequest {
            msg_data_id: article.msg_data_id,
            index: article.index,
            user_comment_id: id,
        };
        self.outcome(op.path(), &body, stop).await
    }

    /// Reply to a comment (`comment/reply/add`); outcome as for [`Client::write`].
    pub async fn reply_add(
        &self,
        article: Article,
        id: CommentId,
        content: &str,
    ) -> Result<CallOutcome, ApiError> {
        let body = ReplyRequest {
            msg_data_id: article.msg_data_id,
            index: article.index,
            user_comment_id: id,
            content: content.to_string(),
        };
        Ok(self.outcome(PATH_REPLY_ADD, &body, None).await?)
    }

    /// Open comments on an article; outcome as for [`Client::write`].
    pub async fn open_comments(&self, article: Article) -> Result<CallOutcome, ApiError> {
        Ok(self
            .outcome(PATH_OPEN, &article_body(article), None)
            .await?)
    }

    /// Close comments on an article; outcome as for [`Client::write`].
    pub async fn close_comments(&self, article: Article) -> Result<CallOutcome, ApiError> {
        Ok(self
            .outcome(PATH_CLOSE, &article_body(article), None)
            .await?)
    }

    /// Today's quota of one API path, e.g. `/cgi-bin/comment/unmarkelect`.
    pub async fn quota(&self, cgi_path: &str) -> Result<Quota, ApiError> {
        let body = QuotaRequest {
            cgi_path: cgi_path.to_string(),
        };
        let (answer, _) = self
            .call::<_, QuotaResponse>(PATH_QUOTA, &body)
            .await
            .map_err(|f| f.error)?;
        ok_or_api(PATH_QUOTA, answer)?
            .quota
            .ok_or_else(|| ApiError::Decode {
                path: PATH_QUOTA,
                detail: crate::msg!("api-decode-no-quota"),
            })
    }
}

mod call;
use call::{article_body, ok_or_api};

#[cfg(test)]
mod send_check {
    /// The console spawns list loads on the runtime: the future must stay `Send`.
    #[allow(dead_code)]
    fn list_future_can_be_spawned(client: super::Client) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let article = crate::api::wire::Article {
                msg_data_id: 1,
                index: 0,
            };
            let _ = client
                .list_comments(article, crate::api::wire::CommentFilter::Elected)
                .await;
        })
    }
}
