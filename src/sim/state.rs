//! The simulator's mutable world: articles, tokens, counters and injected faults.
//! Plain synchronous data behind one mutex; the server holds the lock for the
//! length of one answer and never across an await. No I/O here.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use time::{Date, OffsetDateTime, UtcOffset};

use crate::api::wire::{Article, Comment};

use super::data::{SimArticle, SimData};
use super::{AnswerFault, SimOptions, TotalMode};

/// How long a token lives, as the real API says in `expires_in`.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(7200);

/// Query strings remembered for `seen_query_strings_contain`; older ones are dropped.
const QUERY_MEMORY: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// From `stable_token`: normal mode hands out the same one while it is valid.
    Stable,
    /// From `token`: each fetch invalidates the previous ones.
    Plain,
    /// Handed out by a central token server (`SimControl::issue_token`).
    Central,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenStatus {
    Valid,
    Expired,
    Invalid,
}

#[derive(Debug, Clone)]
pub(crate) struct TokenEntry {
    /// The account (index into `State::accounts`) the token acts for.
    pub account: usize,
    pub kind: TokenKind,
    pub issued: Instant,
    pub status: TokenStatus,
}

impl TokenEntry {
    /// The status as a caller sees it now, counting the lifetime.
    pub fn effective(&self) -> TokenStatus {
        if self.status == TokenStatus::Valid && self.issued.elapsed() >= TOKEN_LIFETIME {
            TokenStatus::Expired
        } else {
            self.status
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct ArticleState {
    pub title: String,
    pub open: bool,
    /// Stored order: newest first, or a seeded permutation when shuffling.
    pub comments: Vec<Comment>,
    /// Days before today it was mass-sent (see `SimArticle::sent_days_ago`).
    pub sent_days_ago: Option<u32>,
}

/// One Official Account: credentials, articles, its current stable token and
/// its own quota counts. Account 0 is the default (`SimOptions::appid`).
pub(crate) struct Account {
    pub appid: String,
    pub secret: String,
    /// Token fetches answer 40164 naming this address.
    pub reject_ip: Option<String>,
    pub articles: BTreeMap<Article, ArticleState>,
    pub stable_current: Option<String>,
    pub quota_used: HashMap<String, u64>,
}

impl Account {
    fn new(
        appid: String,
        secret: String,
        reject_ip: Option<String>,
        articles: Vec<SimArticle>,
    ) -> Self {
        let articles = articles
            .into_iter()
            .map(|a| {
                let article = a.article();
                let mut comments = a.comments;
                sort_newest_first(&mut comments);
                let state = ArticleState {
                    title: a.title,
                    open: a.comments_open,
                    comments,
                    sent_days_ago: a.sent_days_ago,
                };
                (article, state)
            })
            .collect();
        Account {
            appid,
            secret,
            reject_ip,
            articles,
            stable_current: None,
            quota_used: HashMap::new(),
        }
    }
}

/// A fault injected on a path, answered before anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fault {
    DropConnection,
    Http(u16),
    Code(i64),
    /// This body, as sent, with status 200 (nothing is applied).
    Body(String),
}

pub(crate) struct State {
    /// Never empty: the default account comes first.
    pub accounts: Vec<Account>,
    pub tokens: HashMap<String, TokenEntry>,
    /// The day the data cube counts from; `None` = the real date in `utc_offset`
    /// (by default the real server's, China Standard Time).
    pub today: Option<Date>,
    pub utc_offset: UtcOffset,

    pub latency: Duration,
    pub daily_quota: Option<u64>,
    pub fail_rate: f64,
    pub expire_token_every: Option<u64>,
    pub total_mode: TotalMode,
    pub shuffle: bool,
    /// What token answers say in `expires_in` (the token itself still lives
    /// TOKEN_LIFETIME); `None` = the truth.
    pub expires_in: Option<u64>,

    pub fail_comment_once: HashMap<u64, i64>,
    pub drop_next: HashMap<String, u32>,
    pub http_error_next: HashMap<String, VecDeque<u16>>,
    pub fail_next: HashMap<String, VecDeque<i64>>,
    pub body_next: HashMap<String, VecDeque<String>>,
    /// Faults on the answer of calls the server has applied.
    pub after_apply: HashMap<String, VecDeque<AnswerFault>>,
    pub held: HashSet<String>,
    pub waiting: HashMap<String, u64>,

    pub calls: HashMap<String, u64>,
    pub token_fetches: u64,
    pub force_refreshes: u64,
    pub authenticated_calls: u64,
    pub in_flight: u64,
    pub max_in_flight: u64,
    pub queries: VecDeque<String>,

    /// Drives fail_rate and shuffling.
    pub rng: fastrand::Rng,
    /// Separate so that issuing tokens does not change the failure sequence.
    token_rng: fastrand::Rng,
}

impl State {
    pub fn new(data: SimData, options: &SimOptions) -> State {
        let mut accounts = vec![Account::new(
            options.appid.clone(),
            options.secret.clone(),
            None,
            data.articles,
        )];
        accounts.extend(
            data.accounts
                .into_iter()
                .map(|a| Account::new(a.appid, a.secret, a.reject_ip, a.articles)),
        );
        State {
            accounts,
            tokens: HashMap::new(),
            today: options.today,
            utc_offset: options
                .utc_offset
                .unwrap_or(crate::api::datacube::SERVER_OFFSET),
            latency: options.latency,
            daily_quota: options.daily_quota,
            fail_rate: options.fail_rate,
            expire_token_every: options.expire_token_every,
            total_mode: TotalMode::Truthful,
            shuffle: false,
            expires_in: None,
            fail_comment_once: HashMap::new(),
            drop_next: HashMap::new(),
            http_error_next: HashMap::new(),
            fail_next: HashMap::new(),
            body_next: HashMap::new(),
            after_apply: HashMap::new(),
            held: HashSet::new(),
            waiting: HashMap::new(),
            calls: HashMap::new(),
            token_fetches: 0,
            force_refreshes: 0,
            authenticated_calls: 0,
            in_flight: 0,
            max_in_flight: 0,
            queries: VecDeque::new(),
            rng: fastrand::Rng::with_seed(options.seed),
            token_rng: fastrand::Rng::with_seed(options.seed ^ 0x5EED_70CE_u64),
        }
    }

    /// Counts the request and takes the first fault queued for its path.
    pub fn arrive(&mut self, path: &str, query: &str) -> Option<Fault> {
        *self.calls.entry(path.to_string()).or_default() += 1;
        if self.queries.len() >= QUERY_MEMORY {
            self.queries.pop_front();
        }
        self.queries.push_back(query.to_string());
        self.in_flight += 1;
        self.max_in_flight = self.max_in_flight.max(self.in_flight);

        if let Some(n) = self.drop_next.get_mut(path).filter(|n| **n > 0) {
            *n -= 1;
            return Some(Fault::DropConnection);
        }
        if let Some(status) = self
            .http_error_next
            .get_mut(path)
            .and_then(|q| q.pop_front())
        {
            return Some(Fault::Http(status));
        }
        if let Some(code) = self.fail_next.get_mut(path).and_then(|q| q.pop_front()) {
            return Some(Fault::Code(code));
        }
        if let Some(body) = self.body_next.get_mut(path).and_then(|q| q.pop_front()) {
            return Some(Fault::Body(body));
        }
        None
    }

    /// The fault queued for the answer of this call once applied, if any.
    pub fn take_after_apply(&mut self, path: &str) -> Option<AnswerFault> {
        self.after_apply.get_mut(path).and_then(|q| q.pop_front())
    }

    pub fn depart(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }

    /// The simulator's today: the data cube's newest day is the one before.
    pub fn today(&self) -> Date {
        self.today
            .unwrap_or_else(|| OffsetDateTime::now_utc().to_offset(self.utc_offset).date())
    }

    /// The account with this appid.
    pub fn account_of(&self, appid: &str) -> Option<usize> {
        self.accounts.iter().position(|a| a.appid == appid)
    }

    /// A new token of `kind` for `account`, valid from now.
    pub fn issue(&mut self, kind: TokenKind, account: usize) -> String {
        loop {
            let token = format!(
                "SIM_{:016x}{:016x}",
                self.token_rng.u64(..),
                self.token_rng.u64(..)
            );
            if !self.tokens.contains_key(&token) {
                self.tokens.insert(
                    token.clone(),
                    TokenEntry {
                        account,
                        kind,
                        issued: Instant::now(),
                        status: TokenStatus::Valid,
                    },
                );
                return token;
            }
        }
    }

    /// Marks every token (of `kind`, or all when `None`) that is still valid.
    pub fn mark_tokens(&mut self, kind: Option<TokenKind>, status: TokenStatus) {
        for entry in self.tokens.values_mut() {
            if entry.status == TokenStatus::Valid && kind.is_none_or(|k| k == entry.kind) {
                entry.status = status;
            }
        }
    }

    /// As `mark_tokens`, for one account's tokens of `kind` only: a fetch for
    /// one account never kicks another's.
    pub fn mark_account_tokens(&mut self, account: usize, kind: TokenKind, status: TokenStatus) {
        for entry in self.tokens.values_mut() {
            if entry.status == TokenStatus::Valid && entry.kind == kind && entry.account == account
            {
                entry.status = status;
            }
        }
    }

    pub fn set_shuffle(&mut self, on: bool) {
        self.shuffle = on;
        let articles = self
            .accounts
            .iter_mut()
            .flat_map(|a| a.articles.values_mut());
        for article in articles {
            if on {
                self.rng.shuffle(&mut article.comments);
            } else {
                sort_newest_first(&mut article.comments);
            }
        }
    }

    /// Comments of the default account's article in stored order, or empty
    /// when it has no such article.
    pub fn comments(&self, article: Article) -> Vec<Comment> {
        self.accounts[0]
            .articles
            .get(&article)
            .map(|a| a.comments.clone())
            .unwrap_or_default()
    }
}

fn sort_newest_first(comments: &mut [Comment]) {
    comments.sort_by(|a, b| {
        b.create_time
            .cmp(&a.create_time)
            .then(b.user_comment_id.cmp(&a.user_comment_id))
    });
}
