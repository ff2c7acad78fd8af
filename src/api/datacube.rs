//! The data cube's article summary (`datacube/getarticletotal`): the articles
//! mass-sent (群发) on one day, with their titles. Wire types and the client
//! call; the one way wxmod learns titles and msg_data_ids it was not given.

use serde::{Deserialize, Serialize};
use time::macros::{format_description, offset};
use time::{Date, OffsetDateTime, UtcOffset};

use super::client::Client;
use super::error::ApiError;
use super::notice::server_text;
use super::outcome::Answer;
use super::wire::Article;

pub const PATH_ARTICLE_TOTAL: &str = "/datacube/getarticletotal";

/// The data cube's days are China Standard Time's: "yesterday" is the
/// server's, whatever offset the user reads times in (a user east of Beijing
/// asking for their own yesterday would sometimes ask for the server's today).
pub const SERVER_OFFSET: UtcOffset = offset!(+8);

/// Today on the server's calendar (the newest day the data cube has is the one before).
pub fn server_today() -> Date {
    OffsetDateTime::now_utc().to_offset(SERVER_OFFSET).date()
}

/// `YYYY-MM-DD`, as the data cube writes and reads dates.
const DATE: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

/// The data cube's date form, `2026-11-30`.
pub fn format_date(date: Date) -> String {
    date.format(DATE).unwrap_or_default()
}

/// A `YYYY-MM-DD` date, if it is one (a real day of the calendar).
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let mut field = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    let (year, month, day) = (field(4)?, field(2)?, field(2)?);
    if parts.next().is_some() {
        return None;
    }
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::from(year), month, u8::try_from(day).ok()?).ok()
}

/// The body of every data-cube call: a span of days (at most one here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    pub begin_date: String,
    pub end_date: String,
}

/// One article of the answer. `details` (reads and shares per day) is not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleTotalItem {
    #[serde(default)]
    pub ref_date: String,
    /// `MSGDATAID_N`, N the 1-based position.
    #[serde(default)]
    pub msgid: String,
    #[serde(default)]
    pub title: String,
}

/// A successful answer has `list` and no `errcode`; a refusal has `errcode`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleTotalResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errcode: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errmsg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<ArticleTotalItem>>,
}

impl Answer for ArticleTotalResponse {
    fn errcode(&self) -> Option<i64> {
        // The data cube leaves errcode out of a success: a list is the success.
        self.errcode.or(self.list.as_ref().map(|_| 0))
    }
    fn errmsg(&self) -> &str {
        self.errmsg.as_deref().unwrap_or("")
    }
}

/// An article the data cube says was mass-sent on `sent_date`. The title is
/// the server's text, untrusted: sanitise before showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentArticle {
    pub article: Article,
    pub title: String,
    pub sent_date: Date,
}

/// `2247483652_3` → msg_data_id 2247483652, index 2.
pub fn parse_msgid(msgid: &str) -> Option<Article> {
    let (id, position) = msgid.trim().split_once('_')?;
    let msg_data_id: u64 = id.parse().ok().filter(|id| *id > 0)?;
    let position: u32 = position.parse().ok().filter(|p| *p > 0)?;
    Some(Article {
        msg_data_id,
        index: position - 1,
    })
}

impl Client {
    /// The articles mass-sent on `day` (a span of one day; the newest day the
    /// data cube has is yesterday). Items whose `msgid` cannot be read are
    /// skipped. Errors as for every call: 61500, 61501, 48001, 45009 come back
    /// as `ApiError::Api` with their code.
    pub async fn articles_sent_on(&self, day: Date) -> Result<Vec<SentArticle>, ApiError> {
        let date = format_date(day);
        let body = DateSpan {
            begin_date: date.clone(),
            end_date: date,
        };
        let (answer, _) = self
            .call::<_, ArticleTotalResponse>(PATH_ARTICLE_TOTAL, &body)
            .await
            .map_err(|f| f.error)?;
        if answer.errcode() != Some(0) {
            return Err(ApiError::Api {
                path: PATH_ARTICLE_TOTAL,
                code: answer.errcode().unwrap_or(-1),
                errmsg: server_text(answer.errmsg()),
            });
        }
        let list = answer.list.unwrap_or_default();
        let mut found = Vec::with_capacity(list.len());
        for item in list {
            let Some(article) = parse_msgid(&item.msgid) else {
                tracing::warn!(msgid = %crate::sanitize::clean_line(&item.msgid), "data cube item without a readable msgid");
                continue;
            };
            found.push(SentArticle {
                article,
                title: item.title,
                sent_date: parse_date(&item.ref_date).unwrap_or(day),
            });
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msgids_are_one_based_positions() {
        assert_eq!(
            parse_msgid("2247483652_3"),
            Some(Article {
                msg_data_id: 2_247_483_652,
                index: 2
            })
        );
        for bad in ["2247483652", "2247483652_0", "_1", "x_1", "0_1", "1_-1", ""] {
            assert_eq!(parse_msgid(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_success_has_no_errcode_and_dates_round_trip() {
        let ok: ArticleTotalResponse = serde_json::from_str(r#"{"list":[]}"#).unwrap();
        assert_eq!(ok.errcode(), Some(0));
        let refused: ArticleTotalResponse =
            serde_json::from_str(r#"{"errcode":61501,"errmsg":"date range error"}"#).unwrap();
        assert_eq!(refused.errcode(), Some(61501));
        let neither: ArticleTotalResponse = serde_json::from_str("{}").unwrap();
        assert_eq!(neither.errcode(), None);
        let day = parse_date("2026-11-30").unwrap();
        assert_eq!(format_date(day), "2026-11-30");
        assert_eq!(parse_date("2026-11-31"), None);
        assert_eq!(parse_date("20261130"), None);
    }
}
