//! The one place that formats for people, in every front end (the `list`
//! table, batch output, the console): sanitised one-line text cut by display
//! width (so Chinese and emoji line up), shortened openids, local times and
//! counts. Nothing here draws or prints; words come from `crate::i18n`.

use std::borrow::Cow;
use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset, macros::format_description};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::sanitize::{clean_line, clean_multiline};

mod breaks;
pub use breaks::wrap_text;

static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Read the local UTC offset. Call before any thread starts: the `time` crate
/// refuses to read it once the process is multi-threaded (then UTC is used).
pub fn init_local_offset() {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    let _ = LOCAL_OFFSET.set(offset);
}

/// The machine's offset, read by `init_local_offset`; UTC before that.
pub fn local_offset() -> UtcOffset {
    LOCAL_OFFSET.get().copied().unwrap_or(UtcOffset::UTC)
}

/// `+08:00`, `+8`, `8`, `UTC+8`, `-05:30`, `+0800`, `Z`: the offset a user
/// names in `utc_offset` / `WXMOD_UTC_OFFSET`; `None` for anything else.
pub fn parse_utc_offset(text: &str) -> Option<UtcOffset> {
    let t = text.trim();
    let t = t
        .strip_prefix("UTC")
        .or_else(|| t.strip_prefix("utc"))
        .or_else(|| t.strip_prefix("GMT"))
        .unwrap_or(t);
    if t.eq_ignore_ascii_case("z") {
        return Some(UtcOffset::UTC);
    }
    let (negative, digits) = match t.as_bytes().first()? {
        b'+' => (false, &t[1..]),
        b'-' => (true, &t[1..]),
        _ => (false, t),
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(h) || !all_digits(m) {
        return None;
    }
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    if h > 23 || m > 59 {
        return None;
    }
    let sign = if negative { -1 } else { 1 };
    UtcOffset::from_hms(sign * h, sign * m, 0).ok()
}

fn at(ts: i64, offset: UtcOffset) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .map(|t| t.to_offset(offset))
}

/// Every time format falls back to this for an impossible timestamp.
const NO_TIME: &str = "?";

/// `2026-11-27 20:46`, for command-line tables and plans.
pub fn format_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
                .ok()
        })
        .unwrap_or_else(|| NO_TIME.into())
}

/// `03-14 09:26`, for the console's table.
pub fn short_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!("[month]-[day] [hour]:[minute]"))
                .ok()
        })
        .unwrap_or_else(|| NO_TIME.into())
}

/// `09:26:53`, for log lines.
pub fn clock_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!("[hour]:[minute]:[second]"))
                .ok()
        })
        .unwrap_or_else(|| NO_TIME.into())
}

/// `2025-03-14 09:26:53 UTC+08:00`, where one comment is shown in full.
pub fn full_time(ts: i64, offset: UtcOffset) -> String {
    at(ts, offset)
        .and_then(|t| {
            t.format(format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second]"
            ))
            .ok()
        })
        .map(|t| format!("{t} {}", zone(offset)))
        .unwrap_or_else(|| NO_TIME.into())
}

/// `UTC+08:00`.
pub fn zone(offset: UtcOffset) -> String {
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { '-' } else { '+' };
    format!("UTC{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
}

/// `12,345`: counts, as both languages write them (the language files format
/// count arguments the same way).
pub fn thousands(n: u64) -> String {
    crate::i18n::group_thousands(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Terminal columns `short_openid` fills at most.
pub const OPENID_COLUMNS: usize = 9;

/// An openid short enough for a table column (`o6_b…fL2M`, at most
/// `OPENID_COLUMNS` wide even for wide characters), sanitised; `—` when absent.
pub fn short_openid(openid: Option<&str>) -> String {
    let Some(openid) = openid.filter(|o| !o.is_empty()) else {
        return "—".to_string();
    };
    let id = display_line(openid);
    if id.width() <= OPENID_COLUMNS {
        return id.into_owned();
    }
    let head = take_columns(id.chars(), 4);
    let mut tail: Vec<char> = take_columns(id.chars().rev(), 4).chars().collect();
    tail.reverse();
    format!("{head}…{}", tail.into_iter().collect::<String>())
}

/// The leading characters of `chars` that fit in `max` columns.
fn take_columns(chars: impl Iterator<Item = char>, max: usize) -> String {
    let mut used = 0;
    chars
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= max
        })
        .collect()
}

/// `text` cut to at most `max` terminal columns, ending in `…` when cut.
pub fn truncate_to_width(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

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
    truncate_to_width(&display_line(text), width)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_columns_not_chars() {
        assert_eq!(truncate_to_width("精选留言很好", 7), "精选留…");
        assert_eq!(truncate_to_width("精选留言很好", 7).width(), 7);
        assert_eq!(truncate_to_width("abc", 3), "abc");
        assert_eq!(truncate_to_width("abcd", 3), "ab…");
        assert_eq!(truncate_to_width("👍👍👍", 4), "👍…");
    }

    #[test]
    fn openids_shorten_and_absent_shows_dash() {
        assert_eq!(short_openid(None), "—");
        assert_eq!(short_openid(Some("oShort")), "oShort");
        assert_eq!(
            short_openid(Some("o6_bmjrPTlm6_2sgVt7hMZOPfL2M")),
            "o6_b…fL2M"
        );
        assert_eq!(short_openid(Some("o12345678901")), "o123…8901");
        for id in [
            "o12345678901",
            "长长长长长长长长长长",
            "👍👍👍👍👍👍👍👍",
            "ab长长长长长长长长c",
        ] {
            let short = short_openid(Some(id));
            assert!(short.width() <= OPENID_COLUMNS, "{short}");
            assert!(short.contains('…'), "{short}");
        }
        assert_eq!(
            short_openid(Some("oABCDEFGHIJKLMNOPQRSTUVWXYZ1")),
            "oABC…XYZ1"
        );
    }

    #[test]
    fn time_formats_in_the_given_offset() {
        let cst = UtcOffset::from_hms(8, 0, 0).unwrap();
        assert_eq!(format_time(0, cst), "1970-01-01 08:00");
        assert_eq!(short_time(0, cst), "01-01 08:00");
        assert_eq!(clock_time(59, cst), "08:00:59");
        assert_eq!(full_time(59, cst), "1970-01-01 08:00:59 UTC+08:00");
        for style in [format_time, short_time, clock_time, full_time] {
            assert_eq!(style(i64::MAX, cst), "?", "one fallback for every format");
        }
    }

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
    fn numbers_and_zones() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(zone(UtcOffset::from_hms(-5, -30, 0).unwrap()), "UTC-05:30");
        assert_eq!(zone(UtcOffset::from_hms(8, 0, 0).unwrap()), "UTC+08:00");
    }

    #[test]
    fn utc_offsets_parse_in_the_forms_people_write() {
        let cst = UtcOffset::from_hms(8, 0, 0).unwrap();
        for ok in ["+08:00", "+8", "8", "UTC+8", "utc+08:00", " +0800 "] {
            assert_eq!(parse_utc_offset(ok), Some(cst), "{ok}");
        }
        assert_eq!(
            parse_utc_offset("-05:30"),
            Some(UtcOffset::from_hms(-5, -30, 0).unwrap())
        );
        assert_eq!(parse_utc_offset("Z"), Some(UtcOffset::UTC));
        for bad in ["", "+25:00", "+08:61", "Beijing", "+8:0:0", "++8"] {
            assert_eq!(parse_utc_offset(bad), None, "{bad}");
        }
    }
}
