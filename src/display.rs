//! Small text helpers shared by every front end (the `list` table, batch output,
//! the console): local times, shortened openids, truncation by display width so
//! Chinese and emoji line up. Input is assumed already sanitised.

use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset, macros::format_description};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Read the local UTC offset. Call before any thread starts: the `time` crate
/// refuses to read it once the process is multi-threaded (then UTC is used).
pub fn init_local_offset() {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    let _ = LOCAL_OFFSET.set(offset);
}

pub fn local_offset() -> UtcOffset {
    LOCAL_OFFSET.get().copied().unwrap_or(UtcOffset::UTC)
}

/// `2026-11-27 20:46` in the given offset; `?` for an impossible timestamp.
pub fn format_time(unix: i64, offset: UtcOffset) -> String {
    let format = format_description!("[year]-[month]-[day] [hour]:[minute]");
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.to_offset(offset).format(&format).ok())
        .unwrap_or_else(|| "?".to_string())
}

/// Terminal columns `short_openid` fills at most.
pub const OPENID_COLUMNS: usize = 11;

/// An openid short enough for a table column (`oAbc12…WxYz`, at most
/// `OPENID_COLUMNS` wide even for wide characters), `—` when absent.
pub fn short_openid(openid: Option<&str>) -> String {
    match openid {
        None | Some("") => "—".to_string(),
        Some(id) if id.width() <= OPENID_COLUMNS => id.to_string(),
        Some(id) => {
            let head = take_columns(id.chars(), 6);
            let mut tail: Vec<char> = take_columns(id.chars().rev(), 4).chars().collect();
            tail.reverse();
            format!("{head}…{}", tail.into_iter().collect::<String>())
        }
    }
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
        assert_eq!(short_openid(Some("o12345678901")), "o12345…8901");
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
            "oABCDE…XYZ1"
        );
    }

    #[test]
    fn time_formats_in_the_given_offset() {
        let cst = UtcOffset::from_hms(8, 0, 0).unwrap();
        assert_eq!(format_time(0, cst), "1970-01-01 08:00");
        assert_eq!(format_time(i64::MAX, cst), "?");
    }
}
