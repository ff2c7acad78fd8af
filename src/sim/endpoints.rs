//! The API's answers, computed from the state: routing, the token gate, quota,
//! fail rate, body checks and every comment operation (token issue is in
//! tokens.rs). One call in, one (status, JSON) out; no I/O and no waiting, so the
//! server can hold the state lock around it.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::api::wire::{
    self, Article, ArticleRequest, CommentFilter, CommentRequest, ListRequest, ListResponse, Quota,
    QuotaRequest, QuotaResponse, ReplyRequest,
};

use super::TotalMode;
use super::datacube;
use super::errors::error;
use super::state::{State, TokenStatus};
use super::tokens::{authenticate, stable_token, token};

pub(crate) const PATH_CLEAR_QUOTA: &str = "/cgi-bin/clear_quota";
pub(crate) const PATH_MARKELECT: &str = "/cgi-bin/comment/markelect";
pub(crate) const PATH_UNMARKELECT: &str = "/cgi-bin/comment/unmarkelect";
pub(crate) const PATH_DELETE: &str = "/cgi-bin/comment/delete";
pub(crate) const PATH_REPLY_DELETE: &str = "/cgi-bin/comment/reply/delete";

/// Longest reply the API accepts, in characters.
const MAX_REPLY_CHARS: usize = 1000;

fn ok(errmsg: &str) -> Value {
    json!({ "errcode": 0, "errmsg": errmsg })
}

/// What a request is, as far as the answer depends on it.
pub(crate) struct Request<'a> {
    pub is_post: bool,
    pub path: &'a str,
    pub query: &'a HashMap<String, String>,
    pub body: &'a [u8],
}

/// The answer to one request: an HTTP status and a JSON body.
pub(crate) fn answer(state: &mut State, req: &Request<'_>) -> (u16, Value) {
    let body = match req.path {
        wire::PATH_STABLE_TOKEN if req.is_post => stable_token(state, req.body),
        wire::PATH_TOKEN if !req.is_post => token(state, req.query),
        wire::PATH_STABLE_TOKEN => error(43002),
        wire::PATH_TOKEN => error(43001),
        p if is_authenticated_path(p) && !req.is_post => error(43002),
        p if is_authenticated_path(p) => authenticated(state, req),
        _ => return (404, json!({ "errcode": 404, "errmsg": "no such api" })),
    };
    (200, body)
}

fn is_comment_path(path: &str) -> bool {
    matches!(
        path,
        wire::PATH_LIST
            | wire::PATH_OPEN
            | wire::PATH_CLOSE
            | wire::PATH_REPLY_ADD
            | PATH_MARKELECT
            | PATH_UNMARKELECT
            | PATH_DELETE
            | PATH_REPLY_DELETE
    )
}

fn is_authenticated_path(path: &str) -> bool {
    is_comment_path(path)
        || path == wire::PATH_QUOTA
        || path == PATH_CLEAR_QUOTA
        || path == datacube::PATH_ARTICLE_TOTAL
}

fn authenticated(state: &mut State, req: &Request<'_>) -> Value {
    let (token, account) = match authenticate(state, req.query) {
        Ok(t) => t,
        Err(code) => return error(code),
    };
    let answer = if is_comment_path(req.path) {
        comment_call(state, account, req.path, req.body)
    } else if req.path == wire::PATH_QUOTA {
        quota_get(state, account, req.body)
    } else if req.path == datacube::PATH_ARTICLE_TOTAL {
        match spend_quota(state, account, req.path) {
            Ok(()) => datacube::article_total(state, account, req.body),
            Err(answer) => answer,
        }
    } else {
        state.accounts[account].quota_used.clear();
        ok("ok")
    };
    state.authenticated_calls = state.authenticated_calls.saturating_add(1);
    if let Some(every) = state.expire_token_every.filter(|n| *n > 0)
        && state.authenticated_calls.is_multiple_of(every)
        && let Some(entry) = state.tokens.get_mut(&token)
    {
        entry.status = TokenStatus::Expired;
    }
    answer
}

fn quota_get(state: &mut State, account: usize, body: &[u8]) -> Value {
    if has_unicode_escape(body) {
        return error(40033);
    }
    let Ok(req) = serde_json::from_slice::<QuotaRequest>(body) else {
        return error(47001);
    };
    let used = state.accounts[account]
        .quota_used
        .get(&req.cgi_path)
        .copied()
        .unwrap_or(0);
    let daily_limit = state.daily_quota.unwrap_or(100_000);
    let response = QuotaResponse {
        errcode: 0,
        errmsg: "ok".into(),
        quota: Some(Quota {
            daily_limit,
            used,
            remain: daily_limit.saturating_sub(used),
        }),
    };
    serde_json::to_value(response).unwrap_or_default()
}

/// Whether a JSON text uses a `\uXXXX` escape, which the real API rejects (40033).
pub(crate) fn has_unicode_escape(body: &[u8]) -> bool {
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' {
            if body.get(i + 1) == Some(&b'u') {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

fn parse<T: DeserializeOwned>(value: Value) -> Result<T, Value> {
    serde_json::from_value(value).map_err(|_| error(47001))
}

/// Counts one call of `account` on `path`, or 45009 once the day's quota is spent.
fn spend_quota(state: &mut State, account: usize, path: &str) -> Result<(), Value> {
    let limit = state.daily_quota;
    let used = state.accounts[account]
        .quota_used
        .entry(path.to_string())
        .or_default();
    // A refused call does not count against the quota, so `used` never passes the limit.
    if limit.is_some_and(|q| *used >= q) {
        return Err(error(45009));
    }
    *used = used.saturating_add(1);
    Ok(())
}

fn comment_call(state: &mut State, account: usize, path: &str, body: &[u8]) -> Value {
    if let Err(answer) = spend_quota(state, account, path) {
        return answer;
    }
    if state.fail_rate > 0.0 && state.rng.f64() < state.fail_rate {
        return error(-1);
    }
    if has_unicode_escape(body) {
        return error(40033);
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return error(47001);
    };
    let result = match path {
        wire::PATH_LIST => list(state, account, value),
        wire::PATH_OPEN | wire::PATH_CLOSE => parse::<ArticleRequest>(value).and_then(|r| {
            let article = article_mut(state, account, r.msg_data_id, r.index)?;
            article.open = path == wire::PATH_OPEN;
            Ok(ok("ok"))
        }),
        wire::PATH_REPLY_ADD => {
            parse::<ReplyRequest>(value).and_then(|r| reply_add(state, account, r))
        }
        _ => parse::<CommentRequest>(value).and_then(|r| comment_write(state, account, path, r)),
    };
    result.unwrap_or_else(|e| e)
}

fn article_mut(
    state: &mut State,
    account: usize,
    msg_data_id: u64,
    index: u32,
) -> Result<&mut super::state::ArticleState, Value> {
    state.accounts[account]
        .articles
        .get_mut(&Article { msg_data_id, index })
        .ok_or_else(|| error(88001))
}

fn list(state: &mut State, account: usize, value: Value) -> Result<Value, Value> {
    // Checked before the typed parse so that a negative count is 88010, not 47001.
    if let Some(count) = value.get("count").and_then(Value::as_f64)
        && !(count > 0.0 && count < 50.0)
    {
        return Err(error(88010));
    }
    let req: ListRequest = parse(value)?;
    let filter = match req.kind {
        0 => CommentFilter::All,
        1 => CommentFilter::Normal,
        2 => CommentFilter::Elected,
        _ => return Err(error(47001)),
    };
    let (shuffle, mode) = (state.shuffle, state.total_mode);
    let article = article_mut(state, account, req.msg_data_id, req.index)?;
    let matching: Vec<&wire::Comment> = article
        .comments
        .iter()
        .filter(|c| filter.admits(c.comment_type))
        .collect();
    let real_total = matching.len() as u64;
    let mut page: Vec<wire::Comment> = matching
        .into_iter()
        .skip(req.begin as usize)
        .take(req.count as usize)
        .cloned()
        .collect();
    if shuffle {
        state.rng.shuffle(&mut page);
    }
    let (total, comment_cnt) = match mode {
        TotalMode::Truthful => (real_total, None),
        TotalMode::PageLength => (page.len() as u64, Some(real_total)),
    };
    let response = ListResponse {
        errcode: 0,
        errmsg: "ok".into(),
        total: Some(total),
        comment_cnt,
        comment: page,
    };
    let mut value = serde_json::to_value(response).unwrap_or_default();
    strip_absent_fields(&mut value);
    Ok(value)
}

/// The real API leaves out `openid` and `reply` when there are none, rather than
/// sending null.
fn strip_absent_fields(value: &mut Value) {
    if let Some(items) = value.get_mut("comment").and_then(Value::as_array_mut) {
        for item in items.iter_mut().filter_map(Value::as_object_mut) {
            item.retain(|_, v| !v.is_null());
        }
    }
}

fn find_comment(
    state: &mut State,
    account: usize,
    msg_data_id: u64,
    index: u32,
    id: u64,
) -> Result<(usize, &mut Vec<wire::Comment>), Value> {
    let article = state.accounts[account]
        .articles
        .get_mut(&Article { msg_data_id, index })
        .ok_or_else(|| error(88001))?;
    let pos = article
        .comments
        .iter()
        .position(|c| c.user_comment_id == id)
        .ok_or_else(|| error(88008))?;
    if let Some(code) = state.fail_comment_once.remove(&id) {
        return Err(error(code));
    }
    Ok((pos, &mut article.comments))
}

fn comment_write(
    state: &mut State,
    account: usize,
    path: &str,
    r: CommentRequest,
) -> Result<Value, Value> {
    let (pos, comments) = find_comment(state, account, r.msg_data_id, r.index, r.user_comment_id)?;
    // The real API answers "ok" to some writes and "" to others.
    match path {
        PATH_MARKELECT => {
            comments[pos].comment_type = 1;
            Ok(ok(""))
        }
        PATH_UNMARKELECT => {
            comments[pos].comment_type = 0;
            Ok(ok(""))
        }
        PATH_DELETE => {
            comments.remove(pos);
            Ok(ok("ok"))
        }
        _ => {
            comments[pos].reply = None;
            Ok(ok(""))
        }
    }
}

fn reply_add(state: &mut State, account: usize, r: ReplyRequest) -> Result<Value, Value> {
    let (pos, comments) = find_comment(state, account, r.msg_data_id, r.index, r.user_comment_id)?;
    if comments[pos].reply.is_some() {
        return Err(error(88005));
    }
    let chars = r.content.chars().count();
    if chars == 0 || chars > MAX_REPLY_CHARS {
        return Err(error(88007));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    comments[pos].reply = Some(wire::Reply {
        content: r.content,
        create_time: now,
    });
    Ok(ok("ok"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_escape_detection_ignores_escaped_backslashes() {
        assert!(has_unicode_escape(br#"{"content":"\u4f60"}"#));
        assert!(!has_unicode_escape(br#"{"content":"a\\u4f60"}"#));
        assert!(has_unicode_escape(br#"{"content":"a\\\u4f60"}"#));
        assert!(!has_unicode_escape("{\"content\":\"你好\\n\"}".as_bytes()));
    }
}
