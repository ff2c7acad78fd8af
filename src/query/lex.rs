//! The query's tokens, each with its byte span. Operators and quotes are
//! recognised in full-width too (`（ ）｜ －`, `“…”`), as a Chinese keyboard
//! types them; `re:/…/` is read whole, spaces and parentheses included.

use super::fold::fold_width_char;
use super::{ErrorKind, QueryError, Span};

/// The fields the language knows; `word:thing` with another prefix is a word
/// (a link's `https:` stays searchable).
pub const FIELDS: &[&str] = &[
    "author", "id", "since", "until", "has", "is", "re", "result",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    Open,
    Close,
    Or,
    Not,
    Word(String),
    Phrase(String),
    /// `name:value`: the name lowercased, the value as typed, where the value starts.
    Field {
        name: String,
        value: String,
        value_at: usize,
    },
    /// The pattern between `re:/` and `/`, and where it starts.
    Regex {
        pattern: String,
        at: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

fn closes_word(c: char) -> bool {
    c.is_whitespace() || matches!(fold_width_char(c), '(' | ')' | '|')
}

pub fn lex(text: &str) -> Result<Vec<Token>, QueryError> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let folded = fold_width_char(c);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let simple = match folded {
            '(' => Some(Tok::Open),
            ')' => Some(Tok::Close),
            '|' => Some(Tok::Or),
            _ => None,
        };
        if let Some(tok) = simple {
            tokens.push(Token {
                tok,
                span: Span {
                    start,
                    end: end_of(i + 1),
                },
            });
            i += 1;
            continue;
        }
        if folded == '"' || c == '“' {
            let close = if c == '“' { '”' } else { '"' };
            let from = i + 1;
            let mut j = from;
            while j < chars.len() && !(chars[j].1 == close || fold_width_char(chars[j].1) == close)
            {
                j += 1;
            }
            if j == chars.len() {
                return Err(QueryError::new(start, ErrorKind::UnclosedQuote));
            }
            let phrase = text[end_of(from)..chars[j].0].to_string();
            tokens.push(Token {
                tok: Tok::Phrase(phrase),
                span: Span {
                    start,
                    end: end_of(j + 1),
                },
            });
            i = j + 1;
            continue;
        }
        if folded == '-' {
            let next = chars.get(i + 1).map(|(_, c)| *c);
            if next.is_none_or(|n| n.is_whitespace() || matches!(fold_width_char(n), ')' | '|')) {
                return Err(QueryError::new(start, ErrorKind::DanglingNot));
            }
            tokens.push(Token {
                tok: Tok::Not,
                span: Span {
                    start,
                    end: end_of(i + 1),
                },
            });
            i += 1;
            continue;
        }
        if let Some((token, next)) = regex(text, &chars, i)? {
            tokens.push(token);
            i = next;
            continue;
        }
        let mut j = i;
        while j < chars.len() && !closes_word(chars[j].1) {
            j += 1;
        }
        let word = &text[start..end_of(j)];
        let span = Span {
            start,
            end: end_of(j),
        };
        tokens.push(Token {
            tok: field(word, start).unwrap_or_else(|| Tok::Word(word.to_string())),
            span,
        });
        i = j;
    }
    Ok(tokens)
}

/// `name:value` when `name` is a known field (in any case or width).
fn field(word: &str, start: usize) -> Option<Tok> {
    let colon = word.find([':', '：'])?;
    let name: String = word[..colon]
        .chars()
        .map(|c| fold_width_char(c).to_ascii_lowercase())
        .collect();
    if !FIELDS.contains(&name.as_str()) {
        return None;
    }
    let after = colon + word[colon..].chars().next().map_or(1, char::len_utf8);
    Some(Tok::Field {
        name,
        value: word[after..].to_string(),
        value_at: start + after,
    })
}

/// `re:/PATTERN/` starting at char `i`, with the char index after it.
fn regex(
    text: &str,
    chars: &[(usize, char)],
    i: usize,
) -> Result<Option<(Token, usize)>, QueryError> {
    let head: String = chars[i..]
        .iter()
        .take(3)
        .map(|(_, c)| fold_width_char(*c).to_ascii_lowercase())
        .collect();
    if head != "re:" {
        return Ok(None);
    }
    let start = chars[i].0;
    let slash = |k: usize| {
        chars
            .get(k)
            .is_some_and(|(_, c)| fold_width_char(*c) == '/')
    };
    if !slash(i + 3) {
        return Err(QueryError::new(start, ErrorKind::UnclosedRegex));
    }
    let from = i + 4;
    let mut j = from;
    while j < chars.len() && !slash(j) {
        // A backslash keeps the next character (an escaped slash) in the pattern.
        j += if chars[j].1 == '\\' { 2 } else { 1 };
    }
    if j >= chars.len() {
        return Err(QueryError::new(start, ErrorKind::UnclosedRegex));
    }
    let at = chars.get(from).map_or(text.len(), |(a, _)| *a);
    let pattern = text[at..chars[j].0].to_string();
    let end = chars.get(j + 1).map_or(text.len(), |(a, _)| *a);
    Ok(Some((
        Token {
            tok: Tok::Regex { pattern, at },
            span: Span { start, end },
        },
        j + 1,
    )))
}
