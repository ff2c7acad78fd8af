//! The filter's language, parsed in this one place: free text beside
//! `result:failed|done|unsent|unknown|ERRCODE` and `is:marked|elected|normal`;
//! every term must hold. Pure: it knows rows, marks and outcomes only through
//! the `Facts` a caller hands it, and never draws.

use crate::i18n::Message;
use crate::msg;
use crate::tui::comments::Outcome;

/// What a `result:` term asks of a row's outcome.
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

/// What an `is:` term asks of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IsTerm {
    Marked,
    Elected,
    Normal,
}

/// A parsed filter: every term must hold for a row to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Lowercased words searched in "id openid content".
    pub words: Vec<String>,
    pub results: Vec<ResultTerm>,
    pub is: Vec<IsTerm>,
}

/// What a row offers the non-text terms.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    pub outcome: Option<Outcome>,
    pub marked: bool,
    pub elected: bool,
}

impl ResultTerm {
    pub fn holds(self, outcome: Option<Outcome>) -> bool {
        let Some(outcome) = outcome else {
            return false;
        };
        match self {
            ResultTerm::Failed => matches!(
                outcome,
                Outcome::Failed { .. } | Outcome::Verified { done: false }
            ),
            ResultTerm::Done => {
                matches!(outcome, Outcome::Done | Outcome::Verified { done: true })
            }
            ResultTerm::Unsent => outcome == Outcome::NotAttempted,
            ResultTerm::Unknown => outcome == Outcome::Unknown,
            ResultTerm::Code(code) => outcome == Outcome::Failed { code: Some(code) },
        }
    }
}

impl IsTerm {
    pub fn holds(self, facts: &Facts) -> bool {
        match self {
            IsTerm::Marked => facts.marked,
            IsTerm::Elected => facts.elected,
            IsTerm::Normal => !facts.elected,
        }
    }
}

impl Query {
    /// No term at all: every row shows.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.results.is_empty() && self.is.is_empty()
    }

    /// Whether the terms other than free text need looking at.
    pub fn has_terms(&self) -> bool {
        !self.results.is_empty() || !self.is.is_empty()
    }

    /// The non-text terms (words are matched against the haystack by the caller).
    pub fn holds(&self, facts: &Facts) -> bool {
        self.results.iter().all(|t| t.holds(facts.outcome))
            && self.is.iter().all(|t| t.holds(facts))
    }
}

/// Parse what the user typed. A malformed `result:`/`is:` term is left out
/// of the query (the rest still applies, so the rows do not vanish while it
/// is typed) and the first one is reported, naming the token; anything else
/// is a word to search for.
pub fn parse(input: &str) -> (Query, Option<Message>) {
    let mut query = Query::default();
    let mut error = None;
    for token in input.split_whitespace() {
        let lower = token.to_lowercase();
        let shown = crate::display::display_line(token);
        if let Some(value) = lower.strip_prefix("result:") {
            match result_term(value) {
                Some(term) => query.results.push(term),
                None => {
                    error.get_or_insert_with(|| msg!("tui-filter-bad-result", token = shown));
                }
            }
        } else if let Some(value) = lower.strip_prefix("is:") {
            match is_term(value) {
                Some(term) => query.is.push(term),
                None => {
                    error.get_or_insert_with(|| msg!("tui-filter-bad-is", token = shown));
                }
            }
        } else {
            query.words.push(lower);
        }
    }
    (query, error)
}

fn result_term(value: &str) -> Option<ResultTerm> {
    Some(match value {
        "failed" | "fail" => ResultTerm::Failed,
        "done" | "ok" => ResultTerm::Done,
        "unsent" => ResultTerm::Unsent,
        "unknown" => ResultTerm::Unknown,
        code => ResultTerm::Code(code.parse().ok()?),
    })
}

fn is_term(value: &str) -> Option<IsTerm> {
    Some(match value {
        "marked" => IsTerm::Marked,
        "elected" => IsTerm::Elected,
        "normal" => IsTerm::Normal,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_words_side_by_side() {
        let (q, err) = parse("Result:88008 hello is:marked 新年");
        assert!(err.is_none());
        assert_eq!(q.words, vec!["hello".to_string(), "新年".to_string()]);
        assert_eq!(q.results, vec![ResultTerm::Code(88008)]);
        assert_eq!(q.is, vec![IsTerm::Marked]);
        assert!(parse("").0.is_empty());
    }

    #[test]
    fn malformed_terms_are_errors_naming_the_token() {
        for bad in ["result:", "result:nope", "is:", "is:starred"] {
            let (q, err) = parse(&format!("a {bad} is:marked"));
            let err = err.expect(bad).to_string();
            assert!(err.contains(bad), "{bad}: {err}");
            assert_eq!(
                (q.words.len(), q.is.len()),
                (1, 1),
                "the rest still applies"
            );
        }
    }

    #[test]
    fn result_terms_read_outcomes() {
        let failed = Some(Outcome::Failed { code: Some(88008) });
        assert!(ResultTerm::Failed.holds(failed));
        assert!(ResultTerm::Code(88008).holds(failed));
        assert!(!ResultTerm::Code(45009).holds(failed));
        assert!(ResultTerm::Failed.holds(Some(Outcome::Failed { code: None })));
        assert!(ResultTerm::Done.holds(Some(Outcome::Verified { done: true })));
        assert!(ResultTerm::Unsent.holds(Some(Outcome::NotAttempted)));
        assert!(!ResultTerm::Done.holds(None));
    }
}
