//! The grammar as `wxmod help query` prints it and the console's help
//! screen shows it: the syntax is the language's own (not translated), the
//! descriptions are messages.

use unicode_width::UnicodeWidthStr;

use crate::display::wrap_text;
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
    lines_for(lang, None)
}

/// A description narrower than this goes under its syntax instead of beside it.
const MIN_TEXT: usize = 16;

/// `lines` for a terminal `width` columns wide (`None`: unwrapped): each
/// description wraps under itself, never inside a token like `(?i)`.
pub fn lines_for(lang: Lang, width: Option<usize>) -> Vec<String> {
    let syntax_w = syntax_width(lang);
    let beside = 2 + syntax_w + 2;
    let para = |text: String| -> Vec<String> {
        match width {
            Some(w) => wrap_text(&text, w),
            None => vec![text],
        }
    };
    let row = |(syntax, text): (String, String)| -> Vec<String> {
        let Some(w) = width else {
            let pad = " ".repeat(syntax_w.saturating_sub(syntax.width()));
            return vec![format!("  {syntax}{pad}  {text}")];
        };
        if w >= beside + MIN_TEXT {
            let pad = " ".repeat(syntax_w.saturating_sub(syntax.width()));
            let mut text_lines = wrap_text(&text, w - beside).into_iter();
            let first = text_lines.next().unwrap_or_default();
            let mut out = vec![format!("  {syntax}{pad}  {first}")];
            let indent = " ".repeat(beside);
            out.extend(text_lines.map(|l| format!("{indent}{l}")));
            out
        } else {
            // Too narrow for two columns: the description under its syntax.
            let mut out = vec![format!("  {syntax}")];
            let indent = "      ";
            let text_w = w.saturating_sub(indent.len()).max(MIN_TEXT);
            out.extend(
                wrap_text(&text, text_w)
                    .into_iter()
                    .map(|l| format!("{indent}{l}")),
            );
            out
        }
    };
    let mut out = para(lang.t("query-help-title"));
    out.push(String::new());
    out.extend(rows(GRAMMAR, lang).into_iter().flat_map(row));
    out.push(String::new());
    out.extend(para(lang.t("query-help-examples")));
    out.extend(rows(EXAMPLES, lang).into_iter().flat_map(row));
    out.push(String::new());
    out.extend(para(lang.t("query-help-rules")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_80_columns_no_line_overflows_and_no_token_is_cut() {
        for lang in [Lang::Zh, Lang::En] {
            let unwrapped = lines(lang).join("\n");
            for width in [80, 60, 40] {
                let wrapped = lines_for(lang, Some(width));
                for line in &wrapped {
                    assert!(line.width() <= width, "{width}: {line:?}");
                }
                let text = wrapped.join("\n");
                for token in [
                    "(?i)",
                    "utc_offset",
                    "result:88008",
                    "--rule",
                    "[rules.NAME]",
                ] {
                    assert!(
                        text.contains(token) == unwrapped.contains(token),
                        "{token} cut at {width} in {lang:?}:\n{text}"
                    );
                }
            }
        }
        let zh = lines_for(Lang::Zh, Some(80)).join("\n");
        assert!(zh.contains("(?i)"), "{zh}");
        // Unwrapped (a pipe) it is as before: one line per row.
        assert_eq!(lines_for(Lang::Zh, None), lines(Lang::Zh));
    }
}
