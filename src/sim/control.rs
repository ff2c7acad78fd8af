//! The test-side handle on a running simulator: inject faults, change modes and
//! read back state and counters. Every method takes the state lock briefly and
//! never waits on the network.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::Notify;

use crate::api::wire::{Article, Comment};

use super::data::{SimAccount, SimArticle, SimData};
use super::state::{State, TokenKind, TokenStatus};

/// What `comment/list` puts in `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TotalMode {
    /// `total` is the number of comments matching the filter.
    #[default]
    Truthful,
    /// `total` is the page length; the real total goes in `comment_cnt` (reported by users).
    PageLength,
}

/// What happens to the answer of a call the server has applied: the change
/// is made, the client does not learn it. (The faults a real network and a
/// real server produce after the fact.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerFault {
    /// The connection closes without an answer.
    Lost,
    /// Status 200 with this body instead of the answer: an HTML page, an
    /// empty body, a cut-short `{"errcode":0,"errm`, `{}`, `{"errcode":"0"}`,
    /// `{"errcode":null}` …
    Body(String),
    /// This HTTP status (a 5xx) with an HTML body.
    Status(u16),
    /// The answer comes only after this long (longer than the client waits).
    Slow(Duration),
}

#[derive(Clone)]
pub struct SimControl {
    state: Arc<Mutex<State>>,
    /// Wakes requests held by `hold` when `release` is called.
    released: Arc<Notify>,
}

impl std::fmt::Debug for SimControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SimControl")
    }
}

/// Paths are compared as the server sees them: with the leading slash.
fn norm(path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

impl SimControl {
    pub(crate) fn new(state: State) -> SimControl {
        SimControl {
            state: Arc::new(Mutex::new(state)),
            released: Arc::new(Notify::new()),
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state half-changed in a way
        // that matters for a simulator, so poisoning is ignored.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn released(&self) -> &Notify {
        &self.released
    }

    /// A valid token of the default account, as if handed out by a central
    /// token server.
    pub fn issue_token(&self) -> String {
        self.lock().issue(TokenKind::Central, 0)
    }

    /// A valid token of the account with this appid (`None`: no such account).
    pub fn issue_token_for(&self, appid: &str) -> Option<String> {
        let mut s = self.lock();
        let account = s.account_of(appid)?;
        Some(s.issue(TokenKind::Central, account))
    }

    /// Token fetches for the account `appid` answer 40164 naming `ip` (as the
    /// real server names the caller's address); `None` accepts every caller
    /// again. False when there is no such account.
    pub fn set_reject_ip(&self, appid: &str, ip: Option<&str>) -> bool {
        let mut s = self.lock();
        let Some(account) = s.account_of(appid) else {
            return false;
        };
        s.accounts[account].reject_ip = ip.map(str::to_string);
        true
    }

    /// The data cube's today: its newest day is the day before, and a span
    /// on this day or later answers 61501.
    pub fn set_today(&self, today: time::Date) {
        self.lock().today = Some(today);
    }

    /// The simulator's today (set, or the real date in its offset).
    pub fn today(&self) -> time::Date {
        self.lock().today()
    }

    /// Every current token now answers 42001.
    pub fn expire_tokens(&self) {
        self.lock().mark_tokens(None, TokenStatus::Expired);
    }

    /// Every current token now answers 40001.
    pub fn invalidate_tokens(&self) {
        self.lock().mark_tokens(None, TokenStatus::Invalid);
    }

    /// Token answers say `expires_in: secs` (0 and other short values occur
    /// in the wild); the token still works for its real lifetime.
    pub fn set_token_expires_in(&self, secs: Option<u64>) {
        self.lock().expires_in = secs;
    }

    pub fn set_total_mode(&self, mode: TotalMode) {
        self.lock().total_mode = mode;
    }

    /// On: the stored order becomes a seeded permutation (not by time) and each
    /// page's items are shuffled. Off: newest first again.
    pub fn set_shuffle(&self, on: bool) {
        self.lock().set_shuffle(on);
    }

    /// The next write on comment `id` (any article) answers `code`; later ones behave normally.
    pub fn fail_comment_once(&self, id: u64, code: i64) {
        self.lock().fail_comment_once.insert(id, code);
    }

    /// The next `times` calls to `path` answer `code` before anything else is checked.
    pub fn fail_next(&self, path: &str, code: i64, times: u32) {
        let mut s = self.lock();
        let queue = s.fail_next.entry(norm(path)).or_default();
        queue.extend(std::iter::repeat_n(code, times as usize));
    }

    /// Daily quota per comment API path, counted from sim start or `clear_quota`:
    /// `Some(k - 1)` makes the k-th call on a path answer 45009.
    pub fn set_daily_quota(&self, quota: Option<u64>) {
        self.lock().daily_quota = quota;
    }

    /// Start the day again: every path's quota count goes back to zero.
    pub fn clear_quota(&self) {
        for account in &mut self.lock().accounts {
            account.quota_used.clear();
        }
    }

    pub fn set_latency(&self, d: Duration) {
        self.lock().latency = d;
    }

    /// Fraction of comment API calls answered -1 (seeded, so runs repeat).
    pub fn set_fail_rate(&self, rate: f64) {
        self.lock().fail_rate = rate.clamp(0.0, 1.0);
    }

    pub fn set_expire_token_every(&self, every: Option<u64>) {
        self.lock().expire_token_every = every;
    }

    /// The next `times` calls to `path` answer this HTTP status with a non-JSON body.
    pub fn set_http_error_next(&self, path: &str, status: u16, times: u32) {
        let mut s = self.lock();
        let queue = s.http_error_next.entry(norm(path)).or_default();
        queue.extend(std::iter::repeat_n(status, times as usize));
    }

    /// The next `times` calls to `path` are applied as usual, then their
    /// answer meets `fault`.
    pub fn fault_after_applying(&self, path: &str, fault: AnswerFault, times: u32) {
        let mut s = self.lock();
        let queue = s.after_apply.entry(norm(path)).or_default();
        queue.extend(std::iter::repeat_n(fault, times as usize));
    }

    /// The next `times` calls to `path` are answered `body` (status 200)
    /// before anything is done: e.g. `{"errmsg":"system error"}`, an answer
    /// without errcode for a call that was not applied.
    pub fn answer_body_next(&self, path: &str, body: &str, times: u32) {
        let mut s = self.lock();
        let queue = s.body_next.entry(norm(path)).or_default();
        queue.extend(std::iter::repeat_n(body.to_string(), times as usize));
    }

    /// The next `times` calls to `path` get their connection closed with no answer.
    pub fn drop_connection_next(&self, path: &str, times: u32) {
        *self.lock().drop_next.entry(norm(path)).or_default() += times;
    }

    /// Calls to `path` wait, unanswered, until `release(path)`. For tests that need
    /// requests in flight (cancel, pause) without timing.
    pub fn hold(&self, path: &str) {
        self.lock().held.insert(norm(path));
    }

    /// Let held calls to `path` go on, and stop holding new ones.
    pub fn release(&self, path: &str) {
        self.lock().held.remove(&norm(path));
        self.released.notify_waiters();
    }

    /// How many calls to `path` are waiting in `hold` right now.
    pub fn waiting(&self, path: &str) -> u64 {
        self.lock().waiting.get(&norm(path)).copied().unwrap_or(0)
    }

    /// The article's comments in stored order (newest first unless shuffled);
    /// empty when there is no such article.
    pub fn comments(&self, article: Article) -> Vec<Comment> {
        self.lock().comments(article)
    }

    /// Ids of the article's elected comments, sorted.
    pub fn elected_ids(&self, article: Article) -> Vec<u64> {
        let mut ids: Vec<u64> = self
            .comments(article)
            .iter()
            .filter(|c| c.is_elected())
            .map(|c| c.user_comment_id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// The current articles and comments, in the shape of the data file (articles
    /// by id and index, comments in stored order).
    pub fn snapshot(&self) -> SimData {
        let s = self.lock();
        let articles_of = |account: &super::state::Account| -> Vec<SimArticle> {
            account
                .articles
                .iter()
                .map(|(key, a)| SimArticle {
                    msg_data_id: key.msg_data_id,
                    index: key.index,
                    title: a.title.clone(),
                    comments_open: a.open,
                    comments: a.comments.clone(),
                    sent_days_ago: a.sent_days_ago,
                })
                .collect()
        };
        SimData {
            articles: articles_of(&s.accounts[0]),
            accounts: s.accounts[1..]
                .iter()
                .map(|a| SimAccount {
                    appid: a.appid.clone(),
                    secret: a.secret.clone(),
                    reject_ip: a.reject_ip.clone(),
                    articles: articles_of(a),
                })
                .collect(),
        }
    }

    /// The comments of an article of the account `appid`, in stored order;
    /// empty when there is no such account or article.
    pub fn comments_of(&self, appid: &str, article: Article) -> Vec<Comment> {
        let s = self.lock();
        s.account_of(appid)
            .and_then(|i| s.accounts[i].articles.get(&article))
            .map(|a| a.comments.clone())
            .unwrap_or_default()
    }

    /// Whether comments are open on the article (`None` when there is no such article).
    pub fn comments_open(&self, article: Article) -> Option<bool> {
        self.lock().accounts[0]
            .articles
            .get(&article)
            .map(|a| a.open)
    }

    /// Requests received on `path`, whatever they were answered.
    pub fn calls(&self, path: &str) -> u64 {
        self.lock().calls.get(&norm(path)).copied().unwrap_or(0)
    }

    /// Calls to `stable_token` and `token`.
    pub fn token_fetches(&self) -> u64 {
        self.lock().token_fetches
    }

    /// `stable_token` calls with `force_refresh: true` that got a token.
    pub fn force_refreshes(&self) -> u64 {
        self.lock().force_refreshes
    }

    /// The most requests the server was answering at the same time.
    pub fn max_in_flight(&self) -> u64 {
        self.lock().max_in_flight
    }

    /// Whether any query string received so far (the last 10,000) contains `needle`.
    pub fn seen_query_strings_contain(&self, needle: &str) -> bool {
        self.lock().queries.iter().any(|q| q.contains(needle))
    }
}
