//! A query that does not parse, or asks what this place cannot answer: the
//! byte where it fails and why. `marker` draws the query with a `^` under
//! that place, counted in display columns (Chinese is two wide).

use unicode_width::UnicodeWidthStr;

use crate::i18n::{Localize, Message};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} (at byte {at})")]
pub struct QueryError {
    /// Byte offset into the query text.
    pub at: usize,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("a ( is not closed")]
    UnclosedParen,
    #[error("a ) closes nothing")]
    UnexpectedClose,
    #[error("a quote is not closed")]
    UnclosedQuote,
    #[error("an empty phrase or group")]
    Empty,
    #[error("| needs a term on each side")]
    DanglingOr,
    #[error("- needs a term after it")]
    DanglingNot,
    #[error("{field}: needs a value")]
    NoValue { field: String },
    #[error("{value:?} is not a value of {field}:")]
    BadValue { field: String, value: String },
    #[error("{0:?} is not a comment id or a range like 100..200")]
    BadId(String),
    #[error("{0:?} is not a date like 2026-11-30")]
    BadDate(String),
    #[error("re: takes a pattern between slashes, like re:/v[0-9]+/")]
    UnclosedRegex,
    #[error("the pattern does not compile: {0}")]
    BadRegex(String),
    #[error("the pattern is too large")]
    RegexTooBig,
    #[error("{0} exists only in the console's filter")]
    ConsoleOnly(String),
    #[error("author:{given} fits {count} authors: give the full openid")]
    AmbiguousAuthor { given: String, count: usize },
    #[error("author:{0} is neither a full openid nor the table's shortened form like oAbc…wXyz")]
    PartialAuthor(String),
}

impl QueryError {
    pub fn new(at: usize, kind: ErrorKind) -> QueryError {
        QueryError { at, kind }
    }

    /// Display columns before the failing place in `query` as it is shown
    /// (sanitised): where the `^` goes under it.
    pub fn column(&self, query: &str) -> usize {
        let at = floor_boundary(query, self.at);
        crate::display::display_line(&query[..at]).width()
    }

    /// Two lines: the query (sanitised) and a `^` under the failing place.
    pub fn marker(&self, query: &str) -> (String, String) {
        let shown = crate::display::display_line(query).into_owned();
        let marker = format!("{}^", " ".repeat(self.column(query)));
        (shown, marker)
    }
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl Localize for QueryError {
    fn message(&self) -> Message {
        let clean = |s: &str| crate::sanitize::clean_line(s).into_owned();
        match &self.kind {
            ErrorKind::UnclosedParen => msg!("query-unclosed-paren"),
            ErrorKind::UnexpectedClose => msg!("query-unexpected-close"),
            ErrorKind::UnclosedQuote => msg!("query-unclosed-quote"),
            ErrorKind::Empty => msg!("query-empty-group"),
            ErrorKind::DanglingOr => msg!("query-dangling-or"),
            ErrorKind::DanglingNot => msg!("query-dangling-not"),
            ErrorKind::NoValue { field } => msg!("query-no-value", field = field.as_str()),
            ErrorKind::BadValue { field, value } => msg!(
                "query-bad-value",
                field = field.as_str(),
                value = clean(value),
                known = crate::i18n::Arg::list(known_values(field).iter().copied())
            ),
            ErrorKind::BadId(value) => msg!("query-bad-id", value = clean(value)),
            ErrorKind::BadDate(value) => msg!("query-bad-date", value = clean(value)),
            ErrorKind::UnclosedRegex => msg!("query-unclosed-regex"),
            ErrorKind::BadRegex(detail) => match regex_reason(detail) {
                Some(reason) => msg!("query-bad-regex-why", reason = reason),
                None => msg!("query-bad-regex", detail = clean(detail)),
            },
            ErrorKind::RegexTooBig => msg!("query-regex-too-big"),
            ErrorKind::ConsoleOnly(term) => msg!("query-console-only", term = term.as_str()),
            ErrorKind::AmbiguousAuthor { given, count } => msg!(
                "query-ambiguous-author",
                given = clean(given),
                count = *count
            ),
            ErrorKind::PartialAuthor(given) => {
                msg!("query-partial-author", given = clean(given))
            }
        }
    }
}

/// The regex crate's reasons (its own English words) that have a message of
/// ours, as the key `query-bad-regex-why` selects on; others are shown as
/// the crate says them.
fn regex_reason(detail: &str) -> Option<&'static str> {
    const REASONS: &[(&str, &str)] = &[
        ("unclosed character class", "class-unclosed"),
        ("unclosed group", "group-unclosed"),
        ("unopened group", "group-unopened"),
        ("repetition operator missing expression", "repeat-nothing"),
        ("unclosed counted repetition", "count-unclosed"),
        ("invalid repetition count range", "count-range"),
        ("invalid character class range", "class-range"),
        ("unrecognized escape sequence", "escape"),
        ("incomplete escape sequence", "escape-end"),
        ("unrecognized flag", "flag"),
        ("look-around", "look-around"),
        ("backreferences are not supported", "backreference"),
        ("invalid Unicode character class", "unicode-class"),
        ("Unicode property", "unicode-class"),
    ];
    REASONS
        .iter()
        .find(|(english, _)| detail.starts_with(english))
        .map(|(_, key)| *key)
}

/// The values a field takes, for the error that names a wrong one.
fn known_values(field: &str) -> &'static [&'static str] {
    match field {
        "is" => &["elected", "normal", "marked"],
        "has" => &["reply"],
        "result" => &["failed", "done", "unsent", "unknown", "ERRCODE"],
        _ => &[],
    }
}
