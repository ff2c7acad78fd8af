//! The grammar as `wxmod help query` prints it and the console's help
//! screen shows it: the syntax is the language's own (not translated), the
//! descriptions are messages.

use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;

/// Each form of the language and what it means.
pub const GRAMMAR: &[(&str, &str)] = &[
    ("word  \"a phrase\"", "query-help-text"),
    ("a b", "query-help-and"),
    ("a | b", "query-help-or"),
    ("-a", "query-help-not"),
    ("( … )", "query-help-group"),
    ("author:OPENID", "query-help-author"),
    ("id:123  id:100..200", "query-help-id"),
    ("since:2026-11-01", "query-help-since"),
    ("until:2026-11-30", "query-help-until"),
    ("has:reply", "query-help-reply"),
    ("is:elected  is:normal", "query-help-elected"),
    ("re:/v[0-9]+/", "query-help-regex"),
    ("is:marked", "query-help-marked"),
    ("result:failed|done|unsent", "query-help-result"),
];

pub const EXAMPLES: &[(&str, &str)] = &[
    ("考研 | 抽中", "query-help-example-1"),
    ("教程 详细", "query-help-example-2"),
    ("is:elected re:/https?:/ -has:reply", "query-help-example-3"),
    ("author:oAbc…wXyz since:2026-11-24", "query-help-example-4"),
];

/// The grammar, examples and the rules' note as lines (no trailing newline).
pub fn lines(lang: Lang) -> Vec<String> {
    let width = GRAMMAR
        .iter()
        .chain(EXAMPLES)
        .map(|(syntax, _)| syntax.width())
        .max()
        .unwrap_or(0);
    let row = |(syntax, id): &(&str, &str)| {
        let pad = " ".repeat(width - syntax.width());
        format!("  {syntax}{pad}  {}", lang.t(id))
    };
    let mut out = vec![lang.t("query-help-title"), String::new()];
    out.extend(GRAMMAR.iter().map(row));
    out.push(String::new());
    out.push(lang.t("query-help-examples"));
    out.extend(EXAMPLES.iter().map(row));
    out.push(String::new());
    out.push(lang.t("query-help-rules"));
    out
}
