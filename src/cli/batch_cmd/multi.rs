//! `unelect` / `elect` over several articles: resolve the articles, load
//! their lists concurrently, select under each with one per-comment
//! predicate, and build one plan whose items carry their articles. An
//! article whose list cannot be read (88001: not this account's, or no
//! comments) is named in the plan and nothing is sent there; a token or
//! quota stop ends the command as for one article.

use super::plan::{self, Plan};
use super::{BatchArgs, CliError, op_title, refuse_unless_confirmable};
use crate::api::catalog::ErrClass;
use crate::api::wire::{Article, Comment, CommentId, WriteOp};
use crate::cli::multi_load::{self, Loaded};
use crate::exit::out::err_line;
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::session::Session;

/// Today's selection as a per-comment predicate: `--all` keeps every target
/// comment, `--comment-id` the ids given (under each article). `--where`
/// plugs in here as one more predicate.
pub fn predicate(args: &BatchArgs, given: Option<Vec<CommentId>>) -> Box<dyn Fn(&Comment) -> bool> {
    match given {
        Some(ids) if !args.all => {
            let ids: std::collections::HashSet<CommentId> = ids.into_iter().collect();
            Box::new(move |c: &Comment| ids.contains(&c.user_comment_id))
        }
        _ => Box::new(|_: &Comment| true),
    }
}

/// Per article: its line in the plan, and what it contributes.
pub struct Selected {
    pub loaded: Loaded,
    pub ids: Vec<CommentId>,
}

pub fn select_all(loaded: Vec<Loaded>, keep: &dyn Fn(&Comment) -> bool) -> Vec<Selected> {
    loaded
        .into_iter()
        .map(|loaded| {
            let ids = match &loaded.comments {
                Ok(comments) => multi_load::select(comments, keep),
                Err(_) => Vec::new(),
            };
            Selected { loaded, ids }
        })
        .collect()
}

pub async fn prepare(
    session: &Session,
    op: WriteOp,
    args: &BatchArgs,
    given: Option<Vec<CommentId>>,
    selection: Option<&crate::cli::select::Selection>,
) -> Result<Option<Plan>, CliError> {
    refuse_unless_confirmable(&args.run)?;
    let lang = session.lang;
    let infos = multi_load::resolve(session, &args.article).await?;
    if infos.is_empty() {
        let days = args.article.recent_days.unwrap_or(1);
        err_line(&crate::sanitize::clean_line(
            &lang.render(&msg!("multi-no-articles", days = days)),
        ));
        return Ok(None);
    }
    let filter = plan::target_filter(op);
    let loaded =
        multi_load::load_all(&session.client, infos, filter, session.settings.concurrency).await;
    // A token or quota stop is the account's, not one article's.
    for l in &loaded {
        if let Err(err) = &l.comments
            && err.class() == ErrClass::Stop
            && err.errcode() != Some(88001)
        {
            return Err(CliError::Api(err.clone()));
        }
    }
    let chosen = predicate(args, given);
    // The query (`--where`, `--rule`, `--author`…) chooses under every
    // article; a shortened author must be one author across all of them.
    if let Some(selection) = selection {
        let listed = loaded.iter().filter_map(|l| l.comments.as_ref().ok());
        selection.check_across(listed.flatten())?;
    }
    let keep = |c: &Comment| chosen(c) && selection.is_none_or(|s| s.matches(c));
    let selected = select_all(loaded, &keep);
    let articles = selected.len();
    let items: Vec<(Article, CommentId)> = selected
        .iter()
        .flat_map(|s| s.ids.iter().map(|id| (s.loaded.info.article, *id)))
        .collect();
    if items.is_empty() {
        // Not "nothing matches" when a list could not even be read: name
        // each such article and end as a failed read of one article does.
        if let Some(err) = selected
            .iter()
            .find_map(|s| s.loaded.comments.as_ref().err())
        {
            for s in selected.iter().filter(|s| s.loaded.comments.is_err()) {
                err_line(&crate::sanitize::clean_line(&lang.render(&article_line(s))));
            }
            return Err(CliError::Api(err.clone()));
        }
        err_line(&crate::sanitize::clean_line(
            &lang.render(&msg!("multi-nothing-to-do", articles = articles)),
        ));
        return Ok(None);
    }
    let lines = selected.iter().map(article_line).collect();
    let mut notes = vec![msg!(
        "multi-plan-total",
        count = items.len(),
        articles = articles
    )];
    notes.extend(plan::quota_note(&session.client, op, items.len()).await);
    let headline = msg!(
        "multi-plan-headline",
        verb = op_title(op),
        count = items.len(),
        articles = articles
    );
    let first = items[0].0;
    Ok(Some(Plan {
        op,
        article: first,
        article_desc: msg!("multi-articles", count = articles),
        ids: items.iter().map(|(_, id)| *id).collect(),
        headline,
        lines,
        notes,
        undo: None,
        retry: None,
        multi: Some(items),
        articles: selected.iter().map(article_json).collect(),
    }))
}

/// An undo or retry of a batch over several articles: its items by article
/// (in the batch's order) and the plan's lines, one per article, named with
/// what `known` knows of each (`multi_load::known_articles`).
pub fn journal_items(
    ids: &[CommentId],
    articles: &[Article],
    known: &dyn Fn(Article) -> multi_load::ArticleInfo,
) -> (Vec<(Article, CommentId)>, Vec<Message>) {
    let items: Vec<(Article, CommentId)> =
        articles.iter().copied().zip(ids.iter().copied()).collect();
    let mut counts: Vec<(Article, usize)> = Vec::new();
    for (article, _) in &items {
        match counts.iter_mut().find(|(a, _)| a == article) {
            Some((_, n)) => *n += 1,
            None => counts.push((*article, 1)),
        }
    }
    let lines = counts
        .into_iter()
        .map(|(article, count)| {
            let info = known(article);
            // The batch's own items, not a query's matches.
            msg!(
                "multi-plan-article-items",
                article = multi_load::describe(&info),
                count = count
            )
        })
        .collect();
    (items, lines)
}

/// "3 articles": how many the items are under.
pub fn articles_desc(items: &[(Article, CommentId)]) -> Message {
    let mut seen: Vec<Article> = Vec::new();
    for (article, _) in items {
        if !seen.contains(article) {
            seen.push(*article);
        }
    }
    msg!("multi-articles", count = seen.len())
}

fn article_line(s: &Selected) -> Message {
    let article = multi_load::describe(&s.loaded.info);
    match &s.loaded.comments {
        Ok(_) => msg!("multi-plan-article", article = article, count = s.ids.len()),
        Err(err) => msg!(
            "multi-plan-article-unread",
            article = article,
            problem = err.message()
        ),
    }
}

/// One article of the plan in `--dry-run --json` (English, an interface).
fn article_json(s: &Selected) -> serde_json::Value {
    let info = &s.loaded.info;
    serde_json::json!({
        "msg_data_id": info.article.msg_data_id,
        "index": info.article.index,
        "title": info.title,
        "date": info.sent_date.map(|d| d.to_string()),
        "count": s.ids.len(),
        "ids": s.ids,
        "error": s.loaded.comments.as_ref().err().map(|e| e.message().to_string()),
    })
}
