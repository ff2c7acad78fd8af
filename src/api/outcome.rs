//! What a call comes back with: the final answer of a write, or why there is
//! none and whether the request may have been applied anyway; a list read and
//! the calls it cost. Plus the one reading of an answer's errcode: a write
//! answer without an integer errcode is not understood, never success.

use serde::de::DeserializeOwned;

use super::error::ApiError;
use super::wire::{Comment, ListResponse, QuotaResponse, WriteResponse};

/// The answer to one write call, after retries and token refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallOutcome {
    pub errcode: i64,
    pub errmsg: String,
    /// HTTP requests made for this call (1 when the first one answered).
    pub attempts: u32,
    /// An earlier try of this call got no readable answer (a timeout, a lost
    /// connection, a 5xx, an unreadable body) and may have been applied: a
    /// final refusal then does not prove that nothing changed.
    pub unanswered_before: bool,
}

/// A write call that ended without an answer the catalog understands, after
/// the client's retries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFailure {
    pub error: ApiError,
    /// HTTP requests made (0 when none went out, e.g. no token could be had).
    pub attempts: u32,
    /// Some request of this call may have reached the server and been applied
    /// (a timeout, a connection lost after sending, a 5xx, an answer that could
    /// not be read or had no integer `errcode`). False when none can have: the
    /// connection was never made, or every answer was a refusal.
    pub maybe_applied: bool,
}

impl From<WriteFailure> for ApiError {
    fn from(f: WriteFailure) -> ApiError {
        f.error
    }
}

/// A list read and the requests it cost (retries included): the quota counts each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRead {
    pub comments: Vec<Comment>,
    pub calls: u32,
}

/// A final answer and the requests it took.
pub(crate) struct Answered<R> {
    pub answer: R,
    pub attempts: u32,
    pub unanswered_before: bool,
}

/// The errcode and errmsg every answer carries. `errcode` is `None` when the
/// answer has none the client can trust (missing, null, a string, a fraction).
pub(crate) trait Answer: DeserializeOwned {
    fn errcode(&self) -> Option<i64>;
    fn errmsg(&self) -> &str;
}

macro_rules! answer {
    ($($t:ty),*) => {$(
        impl Answer for $t {
            fn errcode(&self) -> Option<i64> { Some(self.errcode) }
            fn errmsg(&self) -> &str { &self.errmsg }
        }
    )*};
}
answer!(ListResponse, QuotaResponse);

impl Answer for WriteResponse {
    fn errcode(&self) -> Option<i64> {
        self.errcode.as_ref().and_then(serde_json::Value::as_i64)
    }
    fn errmsg(&self) -> &str {
        self.errmsg.as_ref().and_then(|v| v.as_str()).unwrap_or("")
    }
}
