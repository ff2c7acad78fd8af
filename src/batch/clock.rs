//! Batch ids and journal timestamps. Both are UTC: reading the local offset is
//! unreliable once threads run, and a journal must sort the same everywhere.

use time::OffsetDateTime;
use time::macros::format_description;

/// `20261127-205301-3f2a`: sortable by start time, unique enough per second.
pub fn new_batch_id(now: OffsetDateTime) -> String {
    let stamp = now
        .format(format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_else(|_| "00000000-000000".to_string());
    format!("{stamp}-{:04x}", fastrand::u16(..))
}

/// RFC 3339 with milliseconds: `2026-11-27T20:53:01.123Z`.
pub fn timestamp(now: OffsetDateTime) -> String {
    now.format(format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    ))
    .unwrap_or_default()
}

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// The journal file a batch starting at `now` goes to: one per month.
pub fn journal_file_name(now: OffsetDateTime) -> String {
    format!("{:04}-{:02}.jsonl", now.year(), u8::from(now.month()))
}

/// `2026-11-27 20:53 UTC` from a journal timestamp, for tables.
pub fn display_time(stamp: &str) -> String {
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(day), Some(hm)) => format!("{day} {hm}"),
        _ => stamp.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn ids_and_stamps_have_the_documented_shape() {
        let t = datetime!(2026-11-27 20:53:01.5 UTC);
        let id = new_batch_id(t);
        assert!(id.starts_with("20261127-205301-"), "{id}");
        assert_eq!(id.len(), "20261127-205301-3f2a".len());
        assert_eq!(timestamp(t), "2026-11-27T20:53:01.500Z");
        assert_eq!(journal_file_name(t), "2026-11.jsonl");
        assert_eq!(display_time(&timestamp(t)), "2026-11-27 20:53");
    }
}
