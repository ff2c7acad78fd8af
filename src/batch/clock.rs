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

/// A journal timestamp back as a time (`None` when it is not one of ours).
pub fn parse_timestamp(stamp: &str) -> Option<OffsetDateTime> {
    let num = |range: std::ops::Range<usize>| stamp.get(range)?.parse::<u32>().ok();
    let month = time::Month::try_from(num(5..7)? as u8).ok()?;
    let date = time::Date::from_calendar_date(num(0..4)? as i32, month, num(8..10)? as u8).ok()?;
    let at =
        time::Time::from_hms(num(11..13)? as u8, num(14..16)? as u8, num(17..19)? as u8).ok()?;
    Some(time::PrimitiveDateTime::new(date, at).assume_utc())
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
        assert_eq!(
            parse_timestamp(&timestamp(t)),
            Some(datetime!(2026-11-27 20:53:01 UTC))
        );
        assert_eq!(parse_timestamp("garbage"), None);
    }
}
