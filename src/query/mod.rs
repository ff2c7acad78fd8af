//! The one query language of the CLI (`--where`, `--rule`, the convenience
//! flags) and the console's filter: lexed (`lex`), parsed into a tree
//! (`parse`), evaluated (`eval`); a malformed query is a `QueryError` with its
//! position (`error`). Below the cli and tui layers: the console's own terms
//! (`is:marked`, `result:`) are answered through a `Context` it supplies.

mod error;
mod eval;
mod fold;
pub mod help;
mod lex;
mod parse;

pub use error::{ErrorKind, QueryError};
pub use eval::{Context, NoConsole};
pub use fold::{fold, fold_into, fold_width};

use time::UtcOffset;

use crate::api::wire::CommentId;

/// A parsed query. The empty query matches every comment.
#[derive(Debug, Clone, Default)]
pub struct Query {
    expr: Option<Expr>,
}

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Term(Term, Span),
}

/// Where a term sits in the query text, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub(crate) enum Term {
    /// Folded (`fold`) text searched in the folded content.
    Text(String),
    /// A full openid, or the table's shortened form (holding `…`).
    Author(String),
    Id(CommentId, CommentId),
    /// Created at or after this instant (unix seconds).
    Since(i64),
    /// Created before this instant (the end of the day given).
    Until(i64),
    HasReply,
    Elected,
    Normal,
    Regex(regex::Regex),
    Marked,
    Result(ResultTerm),
}

/// What a `result:` term asks of a row's last outcome (the console's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultTerm {
    /// Failed (with or without an errcode), or settled as not done.
    Failed,
    Done,
    Unsent,
    Unknown,
    /// Failed with this errcode.
    Code(i64),
}

impl Query {
    /// Parse `text`; dates are local days at `offset`.
    pub fn parse(text: &str, offset: UtcOffset) -> Result<Query, QueryError> {
        parse::parse(text, offset)
    }

    /// No term at all: every comment matches.
    pub fn is_empty(&self) -> bool {
        self.expr.is_none()
    }

    /// The first term only the console can answer (`is:marked`, `result:`),
    /// as an error for the CLI to report.
    pub fn console_only(&self) -> Result<(), QueryError> {
        let mut found = None;
        self.walk(&mut |term, span| {
            let field = match term {
                Term::Marked => "is:marked",
                Term::Result(_) => "result:",
                _ => return,
            };
            found.get_or_insert(QueryError::new(
                span.start,
                ErrorKind::ConsoleOnly(field.to_string()),
            ));
        });
        found.map_or(Ok(()), Err)
    }

    /// Whether any term asks whether a row is marked.
    pub fn asks_marked(&self) -> bool {
        let mut asks = false;
        self.walk(&mut |term, _| asks |= matches!(term, Term::Marked));
        asks
    }

    /// A shortened `author:` must name one author among `openids` (the
    /// comments evaluated): two or more is an error giving their count. A
    /// full one that is only a piece of an author's openid is an error too.
    pub fn check_authors<'a>(
        &self,
        openids: impl Iterator<Item = &'a str> + Clone,
    ) -> Result<(), QueryError> {
        let mut result = Ok(());
        self.walk(&mut |term, span| {
            let Term::Author(given) = term else { return };
            if result.is_err() {
                return;
            }
            if !given.contains('…') {
                // A piece of an openid (`author:o`) would match nothing,
                // silently: say which forms are taken instead.
                let mut ids = openids.clone();
                if !ids.clone().any(|o| o == given) && ids.any(|o| o.contains(given.as_str())) {
                    let kind = ErrorKind::PartialAuthor(given.clone());
                    result = Err(QueryError::new(span.start, kind));
                }
                return;
            }
            let mut seen = std::collections::HashSet::new();
            for openid in openids.clone() {
                if eval::short_matches(given, openid) {
                    seen.insert(openid);
                }
            }
            if seen.len() > 1 {
                result = Err(QueryError::new(
                    span.start,
                    ErrorKind::AmbiguousAuthor {
                        given: given.clone(),
                        count: seen.len(),
                    },
                ));
            }
        });
        result
    }

    fn walk(&self, visit: &mut dyn FnMut(&Term, Span)) {
        fn go(expr: &Expr, visit: &mut dyn FnMut(&Term, Span)) {
            match expr {
                Expr::And(list) | Expr::Or(list) => list.iter().for_each(|e| go(e, visit)),
                Expr::Not(inner) => go(inner, visit),
                Expr::Term(term, span) => visit(term, *span),
            }
        }
        if let Some(expr) = &self.expr {
            go(expr, visit);
        }
    }

    /// The tree as a short s-expression, for tests and logs.
    pub fn shape(&self) -> String {
        self.expr.as_ref().map_or(String::new(), Expr::shape)
    }
}

impl Expr {
    fn shape(&self) -> String {
        let list = |name: &str, items: &[Expr]| {
            let inner: Vec<String> = items.iter().map(Expr::shape).collect();
            format!("({name} {})", inner.join(" "))
        };
        match self {
            Expr::And(items) => list("and", items),
            Expr::Or(items) => list("or", items),
            Expr::Not(inner) => format!("(not {})", inner.shape()),
            Expr::Term(term, _) => match term {
                Term::Text(t) => format!("{t:?}"),
                Term::Author(a) => format!("author:{a}"),
                Term::Id(lo, hi) if lo == hi => format!("id:{lo}"),
                Term::Id(lo, hi) => format!("id:{lo}..{hi}"),
                Term::Since(t) => format!("since:{t}"),
                Term::Until(t) => format!("until:{t}"),
                Term::HasReply => "has:reply".into(),
                Term::Elected => "is:elected".into(),
                Term::Normal => "is:normal".into(),
                Term::Regex(r) => format!("re:/{}/", r.as_str()),
                Term::Marked => "is:marked".into(),
                Term::Result(r) => format!("result:{r:?}"),
            },
        }
    }
}

#[cfg(test)]
mod tests;
