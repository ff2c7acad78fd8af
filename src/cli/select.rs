//! `--where`, `--rule` and the convenience flags (`--author`, `--contains`,
//! `--since`, `--until`) made into one query, parsed once before anything is
//! read or sent, then applied to the comments a command lists. Each piece is
//! parsed on its own first, so an error points into the text the user gave.

use time::UtcOffset;

use super::{CliError, QueryArgs};
use crate::api::wire::{Comment, CommentId};
use crate::config::Rule;
use crate::i18n::Arg;
use crate::msg;
use crate::query::{NoConsole, Query};

/// The query a command runs, and its text (for pointing at errors found later).
#[derive(Debug, Clone)]
pub struct Selection {
    pub query: Query,
    pub text: String,
}

impl QueryArgs {
    pub fn is_given(&self) -> bool {
        self.query.is_some()
            || self.rule.is_some()
            || self.author.is_some()
            || self.contains.is_some()
            || self.since.is_some()
            || self.until.is_some()
    }
}

/// The query the flags ask for; `None` when none was given.
pub fn build(
    args: &QueryArgs,
    rules: &[Rule],
    offset: UtcOffset,
) -> Result<Option<Selection>, CliError> {
    let mut pieces = Vec::new();
    if let Some(name) = &args.rule {
        let rule = rules.iter().find(|r| &r.name == name).ok_or_else(|| {
            let name = crate::sanitize::clean_line(name).into_owned();
            CliError::Usage(if rules.is_empty() {
                msg!("query-rule-unknown-none", name = name)
            } else {
                let known = rules.iter().map(|r| r.name.as_str());
                msg!("query-rule-unknown", name = name, known = Arg::list(known))
            })
        })?;
        pieces.push(rule.query.clone());
    }
    if let Some(text) = &args.query {
        if text.trim().is_empty() {
            return Err(CliError::Usage(msg!("query-empty")));
        }
        pieces.push(text.clone());
    }
    if let Some(author) = &args.author {
        pieces.push(format!("author:{}", author.trim()));
    }
    if let Some(text) = &args.contains {
        pieces.push(phrase(text));
    }
    if let Some(day) = &args.since {
        pieces.push(format!("since:{}", day.trim()));
    }
    if let Some(day) = &args.until {
        pieces.push(format!("until:{}", day.trim()));
    }
    if pieces.is_empty() {
        return Ok(None);
    }
    for piece in &pieces {
        let checked = Query::parse(piece, offset).and_then(|q| q.console_only().map(|()| q));
        if let Err(error) = checked {
            let text = piece.clone();
            return Err(CliError::Query { error, text });
        }
    }
    let text = if pieces.len() == 1 {
        pieces.remove(0)
    } else {
        let grouped: Vec<String> = pieces.iter().map(|p| format!("({p})")).collect();
        grouped.join(" ")
    };
    let query = Query::parse(&text, offset).map_err(|error| CliError::Query {
        error,
        text: text.clone(),
    })?;
    Ok(Some(Selection { query, text }))
}

/// `--contains TEXT` as a phrase, quoted with a mark the text does not hold.
fn phrase(text: &str) -> String {
    if !text.contains('"') && !text.contains('＂') {
        format!("\"{text}\"")
    } else {
        format!("“{}”", text.replace('”', ""))
    }
}

impl Selection {
    /// The comments that match, in their order. A shortened author must fit
    /// one author among them.
    pub fn keep(&self, comments: Vec<Comment>) -> Result<Vec<Comment>, CliError> {
        self.check(&comments)?;
        Ok(comments
            .into_iter()
            .filter(|c| self.query.matches(c, &NoConsole))
            .collect())
    }

    /// Of `ids`, those whose comment in `listed` matches (an id not listed
    /// cannot be read, so it is not selected).
    pub fn keep_ids(
        &self,
        ids: Vec<CommentId>,
        listed: &[Comment],
    ) -> Result<Vec<CommentId>, CliError> {
        self.check(listed)?;
        let matching: std::collections::HashSet<CommentId> = listed
            .iter()
            .filter(|c| self.query.matches(c, &NoConsole))
            .map(|c| c.user_comment_id)
            .collect();
        Ok(ids.into_iter().filter(|id| matching.contains(id)).collect())
    }

    fn check(&self, comments: &[Comment]) -> Result<(), CliError> {
        self.check_across(comments.iter())
    }

    /// Whether `comment` matches (after `check_across` said the query is
    /// unambiguous over the comments it is used on).
    pub fn matches(&self, comment: &Comment) -> bool {
        self.query.matches(comment, &NoConsole)
    }

    /// A shortened `author:` must name one author among all the comments
    /// the query chooses from (over several articles: all of theirs).
    pub fn check_across<'a>(
        &self,
        comments: impl Iterator<Item = &'a Comment> + Clone,
    ) -> Result<(), CliError> {
        let openids = comments.filter_map(|c| c.openid.as_deref());
        self.query
            .check_authors(openids)
            .map_err(|error| CliError::Query {
                error,
                text: self.text.clone(),
            })
    }
}

/// Nothing to do because nothing matched: said with the query, so it is
/// not read as "the article has no comments".
pub fn nothing_matches(
    selection: &Selection,
    article: crate::i18n::Message,
) -> crate::i18n::Message {
    let query = crate::sanitize::clean_line(&selection.text).into_owned();
    msg!("query-nothing-matches", article = article, query = query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Localize};

    fn rules() -> Vec<Rule> {
        vec![Rule {
            name: "spam".into(),
            query: "加v | 淘宝".into(),
        }]
    }

    #[test]
    fn the_flags_are_terms_of_one_query() {
        let args = QueryArgs {
            rule: Some("spam".into()),
            author: Some("oA…Z".into()),
            contains: Some("say \"hi\"".into()),
            since: Some("2026-11-01".into()),
            ..QueryArgs::default()
        };
        let sel = build(&args, &rules(), UtcOffset::UTC).unwrap().unwrap();
        assert_eq!(
            sel.text,
            "(加v | 淘宝) (author:oA…Z) (“say \"hi\"”) (since:2026-11-01)"
        );
        assert!(
            build(&QueryArgs::default(), &[], UtcOffset::UTC)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn errors_point_into_the_flag_given() {
        let args = QueryArgs {
            since: Some("2026-13-01".into()),
            ..QueryArgs::default()
        };
        let Err(CliError::Query { error, text }) = build(&args, &[], UtcOffset::UTC) else {
            panic!("a query error");
        };
        assert_eq!((text.as_str(), error.at), ("since:2026-13-01", 6));
        let args = QueryArgs {
            query: Some("is:marked".into()),
            ..QueryArgs::default()
        };
        let err = build(&args, &[], UtcOffset::UTC).unwrap_err();
        assert!(
            err.render(Lang::En).contains("only in the console"),
            "{err}"
        );
        let args = QueryArgs {
            rule: Some("nope".into()),
            ..QueryArgs::default()
        };
        let err = build(&args, &rules(), UtcOffset::UTC).unwrap_err();
        assert!(err.render(Lang::En).contains("(rules: spam)"), "{err}");
        assert!(err.render(Lang::Zh).contains("spam"));
    }
}
