//! The data cube as the real server keeps it: `getarticletotal` lists the
//! articles mass-sent on one day before today, for the account of the token.
//! Spans longer than a day and days that are today or later answer 61501; a
//! date that is not `YYYY-MM-DD` answers 61500. No I/O.

use serde_json::{Value, json};

pub(crate) use crate::api::datacube::PATH_ARTICLE_TOTAL;
use crate::api::datacube::{DateSpan, format_date, parse_date};

use super::endpoints::has_unicode_escape;
use super::errors::error;
use super::state::State;

pub(crate) fn article_total(state: &State, account: usize, body: &[u8]) -> Value {
    if has_unicode_escape(body) {
        return error(40033);
    }
    let Ok(span) = serde_json::from_slice::<DateSpan>(body) else {
        return error(47001);
    };
    let (Some(begin), Some(end)) = (parse_date(&span.begin_date), parse_date(&span.end_date))
    else {
        return error(61500);
    };
    let today = state.today();
    if begin != end || begin >= today {
        return error(61501);
    }
    let days_ago = (today - begin).whole_days();
    let list: Vec<Value> = state.accounts[account]
        .articles
        .iter()
        .filter(|(_, a)| a.sent_days_ago.is_some_and(|d| i64::from(d) == days_ago))
        .map(|(key, a)| {
            let reads = a.comments.len() * 37 + 11;
            json!({
                "ref_date": format_date(begin),
                "msgid": format!("{}_{}", key.msg_data_id, key.index + 1),
                "title": a.title,
                // The real answer carries a week of statistics; clients ignore them.
                "details": [{
                    "stat_date": format_date(begin),
                    "target_user": 12_000,
                    "int_page_read_user": reads,
                    "int_page_read_count": reads + 9,
                    "share_user": reads / 20,
                    "share_count": reads / 18,
                }],
            })
        })
        .collect();
    json!({ "list": list })
}
