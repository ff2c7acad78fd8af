//! Fitting text into cells: untrusted text is sanitised first, then cut by
//! display width (so Chinese and emoji line up) with `…`; times are shown in the
//! app's fixed offset. Formatting only; nothing here draws.

use time::{OffsetDateTime, UtcOffset, macros::format_description};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use std::borrow::Cow;

use crate::sanitize::{clean_line, clean_multiline};

/// Characters terminals disagree about the width of, with each other and with
/// the width tables ratatui draws by: a joiner (tmux draws `宽‍字` in two
/// columns, not four), emoji presentation selectors (`❤️` is one column or two)
/// and skin-tone modifiers (`👍🏽` is two or four). A cell drawn narrower than
/// ratatui counted leaves a stale character beside it; a wider one shifts the
/// rest of the row. Without them every terminal agrees, and the text still reads.
fn width_ambiguous(c: char) -> bool {
    matches!(
        c,
        '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

fn strip_ambiguous(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.chars().any(width_ambiguous) {
        Cow::Owned(text.chars().filter(|c| !width_ambiguous(*c)).collect())
    } else {
        text
    }
}

/// Untrusted text made safe for one terminal line: `clean_line`, then the
/// characters whose width terminals disagree on are dropped.
pub fn display_line(text: &str) -> Cow<'_, str> {
    strip_ambiguous(clean_line(text))
}

/// `display_line` for text that keeps its line breaks (`clean_multiline`).
pub fn display_multiline(text: &str) -> Cow<'_, str> {
    strip_ambiguous(clean_multiline(text))
}

/// Sanitise `text` to one line and cut it to at most `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    crate::display::truncate_to_width(&display_line(text), width)
}

/// Sanitise `text` to one line and word-wrap it into lines at most `width`
/// columns wide; a word longer than a line (Chinese has no spaces) is broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let clean = display_line(text);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in clean.split_whitespace() {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    lines.push(line);
    lines
}

/// Wrap one line of already displayable text at `width` columns, keeping its
/// spacing: break after the last space that fits, or inside a word too long
/// for a line. The viewer scrolls over exactly these lines, so it can reach
/// the end of any comment.
pub fn wrap_keep(line: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut used = 0;
    for c in line.chars() {
        let cw = c.width().unwrap_or(0);
        while used > 0 && used + cw > width {
            match cur.trim_end().rfind(' ') {
                Some(pos) if pos > 0 => {
                    let rest = cur.split_off(pos + 1);
                    out.push(std::mem::take(&mut cur));
                    used = rest.width();
                    cur = rest;
                }
                _ => {
                    out.push(std::mem::take(&mut cur));
                    used = 0;
                }
            }
        }
        cur.push(c);
        used += cw;
    }
    out.push(cur);
    out
}

/// `fit`, then padded with spaces to exactly `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Right-aligned to `width` columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let out = fit(text, width);
    let used = out.width();
    let mut padded = " ".repeat(width.saturating_sub(used));
    padded.push_str(&out);
    padded
}

/// `o6_b…fL2M`; `—` when the server sent no openid.
pub fn short_openid(openid: Option<&str>) -> String {
    let Some(openid) = openid.filter(|o| !o.is_empty()) else {
        return "—".into();
    };
    let clean = display_line(openid);
    let chars: Vec<char> = clean.chars().collect();
    if chars.len() <= 9 {
        return clean.into_owned();
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

fn at(ts: i64, offset: UtcOffset) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .map(|t| t.to_offset(offset))
}

/// `03-14 09:26` for the table.
pub fn short_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!("[month]-[day] [hour]:[minute]"))
                .ok()
        })
        .unwrap_or_else(|| "?".into())
}

/// `09:26:53` for the log.
pub fn clock_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!("[hour]:[minute]:[second]"))
                .ok()
        })
        .unwrap_or_else(|| "??:??:??".into())
}

/// `2025-03-14 09:26:53 +08:00` for the detail pane.
pub fn full_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second] [offset_hour sign:mandatory]:[offset_minute]"
            ))
            .ok()
        })
        .unwrap_or_else(|| format!("unix time {ts}"))
}

/// `UTC+08:00`.
pub fn zone(offset: UtcOffset) -> String {
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { '-' } else { '+' };
    format!("UTC{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
}

/// `12,345`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("精选评论很好", 7), "精选评…");
        assert_eq!(fit("abc", 3), "abc");
        assert_eq!(fit("abcd", 3), "ab…");
        assert_eq!(fit("👍👍👍", 4), "👍…");
        assert_eq!(pad("精", 3).width(), 3);
        assert_eq!(fit("a\u{1b}[2Jb", 20), "a␛[2Jb");
    }

    #[test]
    fn characters_of_disputed_width_are_dropped() {
        assert_eq!(display_line("想补充一点❤\u{fe0f}"), "想补充一点❤");
        assert_eq!(display_line("零\u{200b}宽\u{200d}字"), "零\u{200b}宽字");
        assert_eq!(display_line("👍🏽 ok"), "👍 ok");
        assert_eq!(
            display_line("👨\u{200d}👩\u{200d}👧\u{200d}👦").width(),
            8,
            "each person drawn on its own"
        );
        assert_eq!(display_multiline("a❤\u{fe0f}\nb"), "a❤\nb");
        assert!(matches!(display_line("精选 👍 ok"), Cow::Borrowed(_)));
        assert_eq!(fit("希望能遇到对的人 ❤\u{fe0f}", 40).width(), 18);
    }

    #[test]
    fn wrap_keep_keeps_spacing_and_never_overflows() {
        assert_eq!(wrap_keep("ab  cd ef", 6), vec!["ab  ", "cd ef"]);
        assert_eq!(wrap_keep("    indented", 20), vec!["    indented"]);
        assert_eq!(wrap_keep("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap_keep("", 3), vec![""]);
        let text = "extraordinarily a a 精选评论很好 extraordinarily 👍👍 x";
        for width in 1..30 {
            let lines = wrap_keep(text, width);
            for l in &lines {
                assert!(l.width() <= width.max(2), "{width}: {l:?}");
            }
            assert_eq!(lines.concat(), text, "nothing lost at {width}");
        }
    }

    #[test]
    fn wrap_breaks_at_spaces_and_inside_long_words() {
        assert_eq!(wrap("ab cd ef", 5), vec!["ab cd", "ef"]);
        assert_eq!(wrap("精选评论很好", 5), vec!["精选", "评论", "很好"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("a\u{1b}[2J", 20), vec!["a␛[2J"]);
        for line in wrap("no such article: the msg_data_id 😂😂😂 is wrong", 7) {
            assert!(line.width() <= 7, "{line:?}");
        }
    }

    #[test]
    fn openids_and_numbers() {
        assert_eq!(
            short_openid(Some("o6_bmjrPTlm6_2sgVt7hMZOPfL2M")),
            "o6_b…fL2M"
        );
        assert_eq!(short_openid(None), "—");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(zone(UtcOffset::from_hms(-5, -30, 0).unwrap()), "UTC-05:30");
    }
}
