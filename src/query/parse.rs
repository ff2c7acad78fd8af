//! Tokens into a tree. `a b` (all), `a | b` (either; binds looser than side
//! by side), `-a` (not), `( … )` (group); each field's value is checked here
//! so a bad one points at itself.

use time::{Date, Month, UtcOffset};

use super::fold::{fold, fold_width};
use super::lex::{Tok, Token, lex};
use super::{ErrorKind, Expr, Query, QueryError, ResultTerm, Span, Term};

/// A pattern may compile to at most this much (the regex crate's own limit
/// is 10 MiB): enough for any word list, and quick to refuse a blow-up.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

struct Parser<'a> {
    tokens: &'a [Token],
    next: usize,
    offset: UtcOffset,
    len: usize,
}

pub fn parse(text: &str, offset: UtcOffset) -> Result<Query, QueryError> {
    let tokens = lex(text)?;
    if tokens.is_empty() {
        return Ok(Query::default());
    }
    let mut p = Parser {
        tokens: &tokens,
        next: 0,
        offset,
        len: text.len(),
    };
    let expr = p.or()?;
    if let Some(token) = p.peek() {
        return Err(QueryError::new(
            token.span.start,
            ErrorKind::UnexpectedClose,
        ));
    }
    Ok(Query { expr: Some(expr) })
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.next)
    }

    fn at(&self) -> usize {
        self.peek().map_or(self.len, |t| t.span.start)
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut items = vec![self.and()?];
        while let Some(Token { tok: Tok::Or, span }) = self.peek() {
            let at = span.start;
            self.next += 1;
            if matches!(
                self.peek().map(|t| &t.tok),
                None | Some(Tok::Or | Tok::Close)
            ) {
                return Err(QueryError::new(at, ErrorKind::DanglingOr));
            }
            items.push(self.and()?);
        }
        Ok(one_or(items, Expr::Or))
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut items = Vec::new();
        while let Some(token) = self.peek() {
            match token.tok {
                Tok::Or if items.is_empty() => {
                    return Err(QueryError::new(token.span.start, ErrorKind::DanglingOr));
                }
                Tok::Close if items.is_empty() => {
                    return Err(QueryError::new(
                        token.span.start,
                        ErrorKind::UnexpectedClose,
                    ));
                }
                Tok::Or | Tok::Close => break,
                _ => items.push(self.unary()?),
            }
        }
        Ok(one_or(items, Expr::And))
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        let at = self.at();
        let Some(token) = self.peek().cloned() else {
            return Err(QueryError::new(at, ErrorKind::DanglingNot));
        };
        self.next += 1;
        match token.tok {
            Tok::Not => {
                if matches!(
                    self.peek().map(|t| &t.tok),
                    None | Some(Tok::Or | Tok::Close)
                ) {
                    return Err(QueryError::new(at, ErrorKind::DanglingNot));
                }
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Tok::Open => {
                match self.peek().map(|t| &t.tok) {
                    Some(Tok::Close) => return Err(QueryError::new(at, ErrorKind::Empty)),
                    None => return Err(QueryError::new(at, ErrorKind::UnclosedParen)),
                    _ => {}
                }
                let inner = self.or()?;
                match self.peek().map(|t| &t.tok) {
                    Some(Tok::Close) => {
                        self.next += 1;
                        Ok(inner)
                    }
                    _ => Err(QueryError::new(at, ErrorKind::UnclosedParen)),
                }
            }
            Tok::Close | Tok::Or => Err(QueryError::new(at, ErrorKind::UnexpectedClose)),
            tok => Ok(Expr::Term(self.term(tok, token.span)?, token.span)),
        }
    }

    fn term(&self, tok: Tok, span: Span) -> Result<Term, QueryError> {
        Ok(match tok {
            Tok::Word(word) => Term::Text(fold(&word)),
            Tok::Phrase(phrase) => {
                if phrase.trim().is_empty() {
                    return Err(QueryError::new(span.start, ErrorKind::Empty));
                }
                Term::Text(fold(&phrase))
            }
            Tok::Regex { pattern, at } => Term::Regex(compile(&pattern, at)?),
            Tok::Field {
                name,
                value,
                value_at,
            } => field(&name, &value, value_at, span, self.offset)?,
            Tok::Open | Tok::Close | Tok::Or | Tok::Not => {
                return Err(QueryError::new(span.start, ErrorKind::UnexpectedClose));
            }
        })
    }
}

fn one_or(mut items: Vec<Expr>, many: fn(Vec<Expr>) -> Expr) -> Expr {
    if items.len() == 1 {
        items.remove(0)
    } else {
        many(items)
    }
}

fn field(
    name: &str,
    value: &str,
    at: usize,
    span: Span,
    offset: UtcOffset,
) -> Result<Term, QueryError> {
    if value.is_empty() {
        let field = name.to_string();
        return Err(QueryError::new(span.start, ErrorKind::NoValue { field }));
    }
    let folded = fold_width(value);
    let keyword = folded.to_lowercase();
    let bad_value = || {
        let kind = ErrorKind::BadValue {
            field: name.to_string(),
            value: value.to_string(),
        };
        QueryError::new(at, kind)
    };
    Ok(match name {
        "author" => {
            let given = folded.replace("...", "…");
            // The shortened form keeps both ends of the openid; a side left
            // empty could never match.
            let partial = given.split_once('…').is_some_and(|(head, tail)| {
                head.is_empty() || tail.is_empty() || tail.contains('…')
            });
            if partial {
                return Err(QueryError::new(
                    at,
                    ErrorKind::PartialAuthor(value.to_string()),
                ));
            }
            Term::Author(given)
        }
        "id" => {
            let bad = || QueryError::new(at, ErrorKind::BadId(value.to_string()));
            let number = |s: &str| s.trim().parse::<u64>().map_err(|_| bad());
            let (lo, hi) = match folded.split_once("..") {
                Some((lo, hi)) => (number(lo)?, number(hi)?),
                None => (number(&folded)?, number(&folded)?),
            };
            if lo > hi {
                return Err(bad());
            }
            Term::Id(lo, hi)
        }
        "since" | "until" => {
            let bad = || QueryError::new(at, ErrorKind::BadDate(value.to_string()));
            let date = date(&folded).ok_or_else(bad)?;
            let start = |d: Date| d.midnight().assume_offset(offset).unix_timestamp();
            if name == "since" {
                Term::Since(start(date))
            } else {
                // Inclusive: everything before the next day begins.
                Term::Until(date.next_day().map_or(i64::MAX, start))
            }
        }
        "has" if keyword == "reply" => Term::HasReply,
        "is" => match keyword.as_str() {
            "elected" => Term::Elected,
            "normal" => Term::Normal,
            "marked" => Term::Marked,
            _ => return Err(bad_value()),
        },
        "result" => Term::Result(match keyword.as_str() {
            "failed" | "fail" => ResultTerm::Failed,
            "done" | "ok" => ResultTerm::Done,
            "unsent" => ResultTerm::Unsent,
            "unknown" => ResultTerm::Unknown,
            code => ResultTerm::Code(code.parse().map_err(|_| bad_value())?),
        }),
        _ => return Err(bad_value()),
    })
}

/// `YYYY-MM-DD` (the month and day may drop a leading zero).
fn date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1000..=9999).contains(&year) {
        return None;
    }
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn compile(pattern: &str, at: usize) -> Result<regex::Regex, QueryError> {
    if pattern.is_empty() {
        return Err(QueryError::new(at, ErrorKind::Empty));
    }
    regex::RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .nest_limit(64)
        .build()
        .map_err(|err| {
            let kind = match err {
                regex::Error::CompiledTooBig(_) => ErrorKind::RegexTooBig,
                other => ErrorKind::BadRegex(last_line(&other.to_string())),
            };
            QueryError::new(at, kind)
        })
}

/// The regex crate's syntax error draws its own marker over several lines;
/// ours points at the pattern, so only its last line (the reason) is kept.
fn last_line(text: &str) -> String {
    let line = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text);
    line.trim().trim_start_matches("error:").trim().to_string()
}
