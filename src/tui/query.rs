//! The console's side of the query language (`crate::query`): what it alone
//! can answer for a row, `is:marked` and `result:`, through the language's
//! `Context`. Pure: it knows a row's mark and outcome only as handed to it.

use crate::api::wire::Comment;
use crate::query::Context;
pub use crate::query::ResultTerm;
use crate::tui::comments::Outcome;

/// Whether a row's last outcome is what a `result:` term asks.
pub fn result_holds(term: ResultTerm, outcome: Option<Outcome>) -> bool {
    let Some(outcome) = outcome else {
        return false;
    };
    match term {
        ResultTerm::Failed => matches!(
            outcome,
            Outcome::Failed { .. } | Outcome::Verified { done: false }
        ),
        ResultTerm::Done => matches!(outcome, Outcome::Done | Outcome::Verified { done: true }),
        ResultTerm::Unsent => outcome == Outcome::NotAttempted,
        ResultTerm::Unknown => outcome == Outcome::Unknown,
        ResultTerm::Code(code) => outcome == Outcome::Failed { code: Some(code) },
    }
}

/// One row's facts, for evaluating the query on that row.
#[derive(Debug, Clone, Copy)]
pub struct RowFacts {
    pub outcome: Option<Outcome>,
    pub marked: bool,
}

impl Context for RowFacts {
    fn marked(&self, _: &Comment) -> bool {
        self.marked
    }
    fn result(&self, _: &Comment, term: ResultTerm) -> bool {
        result_holds(term, self.outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_terms_read_outcomes() {
        let failed = Some(Outcome::Failed { code: Some(88008) });
        assert!(result_holds(ResultTerm::Failed, failed));
        assert!(result_holds(ResultTerm::Code(88008), failed));
        assert!(!result_holds(ResultTerm::Code(45009), failed));
        let no_code = Some(Outcome::Failed { code: None });
        assert!(result_holds(ResultTerm::Failed, no_code));
        let verified = Some(Outcome::Verified { done: true });
        assert!(result_holds(ResultTerm::Done, verified));
        assert!(result_holds(
            ResultTerm::Unsent,
            Some(Outcome::NotAttempted)
        ));
        assert!(!result_holds(ResultTerm::Done, None));
    }
}
