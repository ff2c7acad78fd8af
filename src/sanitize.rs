//! Neutralising untrusted text (comment content, openids, server messages, pasted
//! input) before it reaches a terminal: no control character or escape sequence
//! gets through, so hostile text cannot move the cursor, recolour, retitle or clear.

use std::borrow::Cow;

/// Bidirectional-override and isolate characters: they reorder what follows them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// U+2028 and U+2029 break lines in some renderers and not in others: treated
/// as the newline they mean, so a "one-line" cell stays one line everywhere.
fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

fn needs_cleaning(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_line_separator(c)
}

/// The visible stand-in for a character that must not be printed raw.
fn stand_in(c: char) -> char {
    match c {
        // C0 controls become their "control picture" (ESC -> ␛, BEL -> ␇ ...).
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// One line for a table cell or a log line: every control character, newline
/// and tab included, becomes visible and harmless (newlines show as `↵`).
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_cleaning) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' => '↵',
                c if is_line_separator(c) => '↵',
                '\t' => ' ',
                '\r' => ' ',
                c if needs_cleaning(c) => stand_in(c),
                c => c,
            })
            .collect(),
    )
}

/// `clean_line`, cut to at most `max_chars` characters (ending in `…` when cut):
/// for text a server chose the length of, such as an errmsg shown in an error.
pub fn clean_line_max(text: &str, max_chars: usize) -> String {
    let clean = clean_line(text);
    if clean.chars().count() <= max_chars {
        return clean.into_owned();
    }
    let mut cut: String = clean.chars().take(max_chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Text that may span lines (the detail pane): newlines are kept, tabs become
/// spaces, carriage returns are dropped, every other control is made visible.
pub fn clean_multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_cleaning(c) && c != '\n') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            c if is_line_separator(c) => out.push('\n'),
            '\t' => out.push_str("    "),
            '\r' => {}
            c if needs_cleaning(c) => out.push(stand_in(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        let hostile = "hi\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m";
        let clean = clean_line(hostile);
        assert!(!clean.chars().any(|c| c.is_control()), "{clean}");
        assert_eq!(clean, "hi␛[2J␛]0;pwned␇\u{FFFD}31m");
    }

    #[test]
    fn bidi_overrides_are_neutralised() {
        let clean = clean_line("abc\u{202E}fed");
        assert_eq!(clean, "abc\u{FFFD}fed");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(clean_line("精选 👍 ok"), Cow::Borrowed(_)));
        assert!(matches!(clean_multiline("a\nb"), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_line_max_cuts_long_server_text() {
        assert_eq!(clean_line_max("ok", 5), "ok");
        assert_eq!(clean_line_max("abcdef", 5), "abcd…");
        assert_eq!(clean_line_max("精选\u{1b}[2J留言", 4), "精选␛…");
        assert_eq!(
            clean_line_max(&"x".repeat(100_000), 300).chars().count(),
            300
        );
    }

    #[test]
    fn multiline_keeps_newlines_only() {
        assert_eq!(clean_multiline("a\r\nb\tc\u{1b}"), "a\nb    c␛");
        assert_eq!(clean_line("a\nb"), "a↵b");
    }

    #[test]
    fn unicode_line_separators_count_as_newlines() {
        assert_eq!(clean_line("a\u{2028}b\u{2029}c"), "a↵b↵c");
        assert_eq!(clean_multiline("a\u{2028}b"), "a\nb");
    }
}

/// JSON for a terminal or a pipe: like `serde_json::to_string`, but characters
/// that serde_json leaves raw (DEL, C1 controls, bidi overrides) are written as
/// `\uXXXX` escapes too. The decoded value is unchanged.
pub fn to_safe_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, SafeFormatter);
    value.serialize(&mut ser)?;
    // serde_json writes valid UTF-8; the fallback never triggers.
    Ok(String::from_utf8(out).unwrap_or_default())
}

struct SafeFormatter;

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_cleaning(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod json_tests {
    use super::to_safe_json;

    #[test]
    fn safe_json_escapes_what_serde_leaves_raw_and_round_trips() {
        let text = "a\u{1b}[2J\u{9b}\u{202e}\u{7f}精选";
        let json = to_safe_json(&text).unwrap();
        assert!(
            !json.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{json}"
        );
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, text);
    }
}
