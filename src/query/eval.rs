//! Evaluating a query against one comment. Text terms search the folded
//! content (`fold`), which a caller over many comments folds once per list
//! (`Query::matches_folded`); `re:` reads the content as written.

use super::fold::fold;
use super::{Expr, Query, ResultTerm, Term};
use crate::api::wire::Comment;

/// What only the place evaluating knows about a comment: the console answers
/// for its rows; the CLI, which has no marks or outcomes, cannot
/// (`NoConsole`, and it refuses those terms first with `console_only`).
pub trait Context {
    fn marked(&self, comment: &Comment) -> bool;
    fn result(&self, comment: &Comment, term: ResultTerm) -> bool;
}

/// The CLI's context: nothing is marked, no row has an outcome.
pub struct NoConsole;

impl Context for NoConsole {
    fn marked(&self, _: &Comment) -> bool {
        false
    }
    fn result(&self, _: &Comment, _: ResultTerm) -> bool {
        false
    }
}

impl Query {
    /// Whether `comment` matches (its content folded here: for one comment
    /// at a time; a list folds once and calls `matches_folded`).
    pub fn matches(&self, comment: &Comment, ctx: &dyn Context) -> bool {
        match &self.expr {
            None => true,
            Some(expr) if needs_text(expr) => eval(expr, comment, &fold(&comment.content), ctx),
            Some(expr) => eval(expr, comment, "", ctx),
        }
    }

    /// `matches`, with `folded` the comment's content already `fold`ed.
    pub fn matches_folded(&self, comment: &Comment, folded: &str, ctx: &dyn Context) -> bool {
        self.expr
            .as_ref()
            .is_none_or(|expr| eval(expr, comment, folded, ctx))
    }
}

fn needs_text(expr: &Expr) -> bool {
    match expr {
        Expr::And(list) | Expr::Or(list) => list.iter().any(needs_text),
        Expr::Not(inner) => needs_text(inner),
        Expr::Term(term, _) => matches!(term, Term::Text(_)),
    }
}

fn eval(expr: &Expr, c: &Comment, folded: &str, ctx: &dyn Context) -> bool {
    match expr {
        Expr::And(list) => list.iter().all(|e| eval(e, c, folded, ctx)),
        Expr::Or(list) => list.iter().any(|e| eval(e, c, folded, ctx)),
        Expr::Not(inner) => !eval(inner, c, folded, ctx),
        Expr::Term(term, _) => holds(term, c, folded, ctx),
    }
}

fn holds(term: &Term, c: &Comment, folded: &str, ctx: &dyn Context) -> bool {
    match term {
        Term::Text(text) => folded.contains(text.as_str()),
        Term::Author(given) => c.openid.as_deref().is_some_and(|openid| {
            if given.contains('…') {
                short_matches(given, openid)
            } else {
                openid == given
            }
        }),
        Term::Id(lo, hi) => (*lo..=*hi).contains(&c.user_comment_id),
        Term::Since(at) => c.create_time >= *at,
        Term::Until(before) => c.create_time < *before,
        Term::HasReply => c.reply.is_some(),
        Term::Elected => c.is_elected(),
        Term::Normal => !c.is_elected(),
        Term::Regex(re) => re.is_match(&c.content),
        Term::Marked => ctx.marked(c),
        Term::Result(r) => ctx.result(c, *r),
    }
}

/// Whether `openid` shows as `given` in the table (`display::short_openid`).
pub fn short_matches(given: &str, openid: &str) -> bool {
    let Some((head, tail)) = given.split_once('…') else {
        return false;
    };
    // Cheap checks first: the shortened form keeps the openid's ends.
    openid.starts_with(head)
        && openid.ends_with(tail)
        && crate::display::short_openid(Some(openid)) == given
}
