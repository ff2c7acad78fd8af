//! The console across articles: every comment of one author (`o`) or every
//! comment a query matches (`F`) under the recent articles, in a table of its
//! own that replaces the comment table while open. Rows are keyed by
//! (article, comment id): an id is only unique within its article. Loading is
//! `Effect::LoadMany`, answered article by article; lists read in the last
//! minute are reused. Pure state changes; drawing is in widgets/cross.rs.

use std::collections::{HashMap, HashSet};

use crate::api::ApiError;
use crate::api::wire::{Article, Comment, CommentFilter, CommentId};
use crate::i18n::Message;
use crate::msg;
use crate::query::Query;
use crate::tui::app::App;
use crate::tui::comments::Outcome;
use crate::tui::effect::Effect;
use crate::tui::log::Level;

pub mod keys;
pub mod run;
pub mod search;

/// How long a list read stays good enough to reuse, in seconds.
pub const REUSE_SECS: i64 = 60;

/// What the cross-article table gathers.
#[derive(Debug, Clone)]
pub enum CrossKind {
    /// Every comment of this openid.
    Author(String),
    /// Every comment the query (as typed) matches.
    Search { text: String, query: Query },
}

/// One row: a comment and the article it is under.
#[derive(Debug, Clone)]
pub struct CrossRow {
    pub article: Article,
    pub comment: Comment,
    pub outcome: Option<Outcome>,
}

impl CrossRow {
    pub fn key(&self) -> (Article, CommentId) {
        (self.article, self.comment.user_comment_id)
    }
}

/// The cross-article table: what it gathers, how far the loading got, its
/// rows, marks, cursor and scroll.
#[derive(Debug, Clone)]
pub struct Cross {
    pub kind: CrossKind,
    /// The load in flight (`None` once every article answered or on Esc).
    pub loading: Option<u64>,
    /// The articles asked, in the article list's order.
    pub articles: Vec<Article>,
    /// How many of them answered (from the cache too).
    pub read: usize,
    /// Articles whose list could not be read, and why.
    pub failed: Vec<(Article, Message)>,
    pub rows: Vec<CrossRow>,
    pub marks: HashSet<(Article, CommentId)>,
    pub cursor: usize,
    pub scroll: usize,
    /// The loading was cancelled: the table holds what came before.
    pub cancelled: bool,
    /// The running batch is this table's (started from it).
    pub batch: bool,
}

impl Cross {
    fn new(kind: CrossKind) -> Cross {
        Cross {
            kind,
            loading: None,
            articles: Vec::new(),
            read: 0,
            failed: Vec::new(),
            rows: Vec::new(),
            marks: HashSet::new(),
            cursor: 0,
            scroll: 0,
            cancelled: false,
            batch: false,
        }
    }

    /// Whether `comment` belongs in this table.
    pub fn wants(&self, comment: &Comment) -> bool {
        match &self.kind {
            CrossKind::Author(openid) => comment.openid.as_deref() == Some(openid.as_str()),
            CrossKind::Search { query, .. } => query.matches(comment, &crate::query::NoConsole),
        }
    }

    /// Waiting for the article list before any article can be read.
    pub fn waiting_for_list(&self) -> bool {
        self.loading.is_none() && self.articles.is_empty() && self.read == 0 && !self.cancelled
    }

    pub fn current(&self) -> Option<&CrossRow> {
        self.rows.get(self.cursor)
    }

    /// The marked rows' keys, in the table's order.
    pub fn marked(&self) -> Vec<(Article, CommentId)> {
        self.rows
            .iter()
            .map(CrossRow::key)
            .filter(|k| self.marks.contains(k))
            .collect()
    }

    /// Add the rows of `article` that belong here, in the article list's
    /// order (rows of earlier articles first).
    fn take(&mut self, article: Article, comments: &[Comment]) {
        let order = |a: &Article| self.articles.iter().position(|b| b == a);
        let at = order(&article);
        let new: Vec<CrossRow> = comments
            .iter()
            .filter(|c| self.wants(c))
            .map(|c| CrossRow {
                article,
                comment: c.clone(),
                outcome: None,
            })
            .collect();
        let pos = self
            .rows
            .iter()
            .position(|r| order(&r.article) > at)
            .unwrap_or(self.rows.len());
        self.rows.splice(pos..pos, new);
    }
}

/// Lists read lately, keyed by (article, filter), with when they were read.
#[derive(Debug, Clone, Default)]
pub struct ListCache {
    lists: HashMap<(Article, CommentFilter), (i64, Vec<Comment>)>,
}

impl ListCache {
    /// The list of `article` if it was read less than a minute before `now`.
    pub fn fresh(&self, article: Article, filter: CommentFilter, now: i64) -> Option<&[Comment]> {
        self.lists
            .get(&(article, filter))
            .filter(|(at, _)| now - at < REUSE_SECS)
            .map(|(_, list)| list.as_slice())
    }

    pub fn put(&mut self, article: Article, filter: CommentFilter, now: i64, list: Vec<Comment>) {
        self.lists.insert((article, filter), (now, list));
    }

    /// A batch changed these articles: their lists are out of date.
    pub fn forget(&mut self, articles: &[Article]) {
        self.lists.retain(|(a, _), _| !articles.contains(a));
    }
}

/// The filter every cross-article load reads: both kinds of comment, so the
/// table offers `d` on elected rows and `e` on the others.
pub const FILTER: CommentFilter = CommentFilter::All;

/// `o`: every comment by the highlighted comment's author.
pub fn author(app: &mut App, fx: &mut Vec<Effect>) {
    let openid = app
        .list
        .current()
        .and_then(|r| r.comment.openid.clone())
        .filter(|o| !o.is_empty());
    let Some(openid) = openid else {
        app.say(Level::Warn, &msg!("cross-no-author"));
        return;
    };
    open(app, CrossKind::Author(openid), fx);
}

/// Open the table for `kind` and start loading the recent articles' lists:
/// cached ones answer at once. Without the article list, read it first.
pub fn open(app: &mut App, kind: CrossKind, fx: &mut Vec<Effect>) {
    app.cross = Some(Cross::new(kind));
    app.focus = crate::tui::app::Focus::Table;
    if !app.articles.known {
        app.say(Level::Info, &msg!("cross-listing-articles"));
        if app.articles.reading.is_none() {
            let days = app.articles.days;
            app.articles.reading = Some(days);
            fx.push(Effect::ListArticles { days });
        }
        return;
    }
    start(app, fx);
}

/// The article list arrived: a table waiting for it starts loading.
pub fn after_articles(app: &mut App, fx: &mut Vec<Effect>) {
    let waiting = app.cross.as_ref().is_some_and(Cross::waiting_for_list);
    if waiting && app.articles.known {
        start(app, fx);
    }
}

fn start(app: &mut App, fx: &mut Vec<Effect>) {
    let articles: Vec<Article> = app.articles.listed.iter().map(|l| l.article).collect();
    let seq = app.loads.next_seq;
    app.loads.next_seq += 1;
    let now = app.clock.now;
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    cross.articles = articles.clone();
    let mut ask = Vec::new();
    for article in articles {
        match app.cross_cache.fresh(article, FILTER, now) {
            Some(list) => {
                let list = list.to_vec();
                cross.take(article, &list);
                cross.read += 1;
            }
            None => ask.push(article),
        }
    }
    if ask.is_empty() {
        finish(app);
        return;
    }
    cross.loading = Some(seq);
    fx.push(Effect::LoadMany {
        seq,
        articles: ask,
        filter: FILTER,
    });
}

/// One article's list arrived.
pub fn loaded_one(
    app: &mut App,
    seq: u64,
    article: Article,
    result: Result<Vec<Comment>, ApiError>,
) {
    let now = app.clock.now;
    let Some(cross) = app.cross.as_mut().filter(|c| c.loading == Some(seq)) else {
        return; // cancelled, or an older load
    };
    cross.read += 1;
    match result {
        Ok(list) => {
            cross.take(article, &list);
            app.cross_cache.put(article, FILTER, now, list);
        }
        Err(err) => {
            let why = crate::tui::words::api_error(&err);
            cross.failed.push((article, why.clone()));
            let text = msg!(
                "tui-log-load-failed",
                article = crate::tui::words::article(article),
                why = why
            );
            app.say(Level::Fail, &text);
        }
    }
}

/// Every article answered.
pub fn loaded_all(app: &mut App, seq: u64) {
    if app.cross.as_ref().is_some_and(|c| c.loading == Some(seq)) {
        finish(app);
    }
}

fn finish(app: &mut App) {
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    cross.loading = None;
    // Marks of rows a reload no longer found go; the highlight stays in the table.
    let keys: HashSet<_> = cross.rows.iter().map(CrossRow::key).collect();
    cross.marks.retain(|k| keys.contains(k));
    cross.cursor = cross.cursor.min(cross.rows.len().saturating_sub(1));
    let text = msg!(
        "cross-log-found",
        count = cross.rows.len(),
        articles = cross.read,
        failed = cross.failed.len()
    );
    app.say(Level::Info, &text);
}

/// `r`: read every article's list again (the cache is not asked), keeping
/// the marks of rows that are still there.
pub fn reload(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    if cross.loading.is_some() || app.batch.running.is_some() {
        return;
    }
    app.cross_cache.forget(&cross.articles);
    cross.rows.clear();
    cross.read = 0;
    cross.failed.clear();
    cross.cancelled = false;
    cross.articles.clear();
    if app.articles.known {
        start(app, fx);
    } else if app.articles.reading.is_none() {
        // The article list could not be read: ask for it again first.
        let days = app.articles.days;
        app.articles.reading = Some(days);
        fx.push(Effect::ListArticles { days });
    }
}

/// Esc while loading stops it (the table keeps what came); Esc after that
/// closes the table (the comment table and its marks are as they were).
pub fn escape(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    if let Some(seq) = cross.loading.take() {
        cross.cancelled = true;
        fx.push(Effect::CancelLoadMany { seq });
        let text = msg!(
            "cross-log-cancelled",
            read = cross.read,
            total = cross.articles.len()
        );
        app.say(Level::Warn, &text);
        return;
    }
    app.cross = None;
}

/// How many articles a confirmation's comments are under: its items' (the
/// cross table's), or its undo plan's.
pub fn articles_of(confirm: &crate::tui::popup::Confirm) -> usize {
    let mut seen: HashSet<Article> = confirm.items.iter().map(|(a, _)| *a).collect();
    if let Some(plan) = &confirm.undo {
        seen.extend(plan.articles.iter().copied());
    }
    seen.len().max(1)
}

/// The article's label for a row: its title (cleaned) when known, and its
/// position ("第 N 篇").
pub fn article_label(app: &App, article: Article) -> Message {
    let title = crate::tui::artlist::title_of(app, article)
        .map(|t| crate::sanitize::clean_line(t).into_owned())
        .unwrap_or_else(|| article.msg_data_id.to_string());
    msg!(
        "cross-article",
        title = title,
        position = article.index as usize + 1
    )
}
