//! The grammar as `wxmod help query` prints it and the console's help
//! screen shows it: the syntax is the language's own (not translated), the
//! descriptions are messages.

use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;

/// Each form of the language and what it means.
pub const GRAMMAR: &[(&str, &str)] = &[
    // The words of this row are the reader's own: its syntax is a message.
    ("query-help-syntax-text", "query-help-text"),
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

/// A table's rows in `lang`: (syntax, what it means).
pub fn rows(table: &[(&str, &str)], lang: Lang) -> Vec<(String, String)> {
    table
        .iter()
        .map(|(syntax, id)| {
            let syntax = if syntax.starts_with("query-help-") {
                lang.t(syntax)
            } else {
                syntax.to_string()
            };
            (syntax, lang.t(id))
        })
        .collect()
}

/// How wide the syntax column is (both tables line up).
pub fn syntax_width(lang: Lang) -> usize {
    rows(GRAMMAR, lang)
        .iter()
        .chain(&rows(EXAMPLES, lang))
        .map(|(syntax, _)| syntax.width())
        .max()
        .unwrap_or(0)
}

/// The grammar, examples and the rules' note as lines (no trailing newline).
pub fn lines(lang: Lang) -> Vec<String> {
    let width = syntax_width(lang);
    let row = |(syntax, text): (String, String)| {
        let pad = " ".repeat(width.saturating_sub(syntax.width()));
        format!("  {syntax}{pad}  {text}")
    };
    let mut out = vec![lang.t("query-help-title"), String::new()];
    out.extend(rows(GRAMMAR, lang).into_iter().map(row));
    out.push(String::new());
    out.push(lang.t("query-help-examples"));
    out.extend(rows(EXAMPLES, lang).into_iter().map(row));
    out.push(String::new());
    out.push(lang.t("query-help-rules"));
    out
}
