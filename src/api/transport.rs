//! One HTTP POST of a JSON body and the decoding of its JSON answer, with the
//! failure sorted into "worth another try" or not. Never retries, never decides
//! what an errcode means, and never lets the URL (it carries the token) into a message.

use std::error::Error as _;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::broadcast;

use super::base_url::BaseUrl;
use super::error::ApiError;
use super::notice::ClientNotice;
use super::secret::{Secret, redact_url_secrets};
use crate::i18n::Message;
use crate::msg;

/// Largest answer body read (a full list page of 5,000-character comments is
/// under 1 MiB).
pub(crate) const MAX_BODY_BYTES: usize = 16 << 20;

/// Why one request failed.
#[derive(Debug)]
pub(crate) enum SendError {
    /// A 5xx, a timeout or a lost connection: another try may work.
    Transient(ApiError, Reached),
    /// Anything else: trying again would answer the same.
    Fatal(ApiError, Reached),
}

/// Whether the failed request may have reached the server and been applied
/// there: true for a timeout, a connection lost after sending, a 5xx and an
/// answer that could not be read; false when the connection was never made
/// or a proxy refused it (4xx).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reached(pub bool);

/// The shared HTTP side of a client: connection pool, base URL, notice channel.
pub(crate) struct Transport {
    http: reqwest::Client,
    pub base: String,
    request_timeout: Duration,
    notices: broadcast::Sender<ClientNotice>,
}

impl Transport {
    pub fn new(
        base: &BaseUrl,
        connect_timeout: Duration,
        request_timeout: Duration,
    ) -> Result<Transport, ApiError> {
        let mut builder = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .timeout(request_timeout)
            // A redirect would carry the token in its query to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("wxmod/", env!("CARGO_PKG_VERSION")));
        if base.loopback {
            builder = builder.no_proxy();
        }
        if base.text.starts_with("http://") {
            // Plain http needs no roots; this keeps the client buildable on a
            // machine without CA certificates (reqwest refuses otherwise).
            builder = builder.tls_certs_only([]);
        }
        let http = builder.build().map_err(|e| ApiError::NoTls {
            detail: describe(e),
        })?;
        let (notices, _) = broadcast::channel(64);
        Ok(Transport {
            http,
            base: base.text.clone(),
            request_timeout,
            notices,
        })
    }

    pub fn subscribe(&self) -> broadcast::Receiver<ClientNotice> {
        self.notices.subscribe()
    }

    /// Tell whoever listens; nobody listening is fine.
    pub fn notify(&self, notice: ClientNotice) {
        let _ = self.notices.send(notice);
    }

    /// POST `body` as raw UTF-8 JSON to `{base}{path}` (with `?access_token=` when
    /// a token is given) and decode the answer.
    pub async fn post<B: Serialize, R: DeserializeOwned>(
        &self,
        path: &'static str,
        token: Option<&Secret>,
        body: &B,
    ) -> Result<R, SendError> {
        let mut request = self.http.post(format!("{}{path}", self.base)).json(body);
        if let Some(token) = token {
            request = request.query(&[("access_token", token.expose())]);
        }
        let response = request.send().await.map_err(|e| self.sort_error(path, e))?;
        let status = response.status();
        if status.is_server_error() {
            return Err(SendError::Transient(
                ApiError::Http {
                    path,
                    status: status.as_u16(),
                },
                Reached(true),
            ));
        }
        if !status.is_success() {
            return Err(SendError::Fatal(
                ApiError::Http {
                    path,
                    status: status.as_u16(),
                },
                Reached(false),
            ));
        }
        let bytes = self.read_body(path, response).await?;
        serde_json::from_slice(&bytes).map_err(|e| {
            SendError::Fatal(
                ApiError::Decode {
                    path,
                    detail: decode_detail(&e),
                },
                Reached(true),
            )
        })
    }

    /// The answer's body, refused past MAX_BODY_BYTES: a misconfigured api_base
    /// could stream anything, and a real answer is well under a megabyte.
    async fn read_body(
        &self,
        path: &'static str,
        mut response: reqwest::Response,
    ) -> Result<Vec<u8>, SendError> {
        let too_big = || {
            SendError::Fatal(
                ApiError::Decode {
                    path,
                    detail: crate::msg!("api-decode-too-big", mib = MAX_BODY_BYTES >> 20),
                },
                Reached(true),
            )
        };
        if response
            .content_length()
            .is_some_and(|n| n > MAX_BODY_BYTES as u64)
        {
            return Err(too_big());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.sort_error(path, e))?
        {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(too_big());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn sort_error(&self, path: &'static str, err: reqwest::Error) -> SendError {
        // A connection that was never made carried no request.
        let reached = Reached(!err.is_connect());
        if err.is_timeout() {
            return SendError::Transient(
                ApiError::Timeout {
                    path,
                    secs: self.request_timeout.as_secs().max(1),
                },
                reached,
            );
        }
        let transient = err.is_connect() || err.is_request() || err.is_body();
        let decode = err.is_decode();
        let detail = describe(err);
        if decode {
            return SendError::Fatal(
                ApiError::Decode {
                    path,
                    detail: Message::text(detail),
                },
                Reached(true),
            );
        }
        let e = ApiError::Network {
            base: self.base.clone(),
            detail,
        };
        if transient {
            SendError::Transient(e, reached)
        } else {
            SendError::Fatal(e, reached)
        }
    }
}

/// serde_json's message without the value it quotes: "invalid type: string
/// \"…\", expected u64" may quote a token or a comment.
fn decode_detail(e: &serde_json::Error) -> Message {
    let text = e.to_string();
    if !(text.starts_with("invalid type") || text.starts_with("invalid value")) {
        return Message::text(text);
    }
    // The value comes before serde's own ", expected …", so the last one is serde's.
    match text.rsplit_once(", expected ") {
        Some((_, expected)) => msg!("api-decode-wrong-type", expected = expected),
        None => msg!(
            "api-decode-wrong-type-at",
            line = e.line(),
            column = e.column()
        ),
    }
}

/// The error and its causes on one line, without the URL and with any
/// `access_token=` value blanked in case a cause repeats the URL.
fn describe(err: reqwest::Error) -> String {
    let err = err.without_url();
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let line = cause.to_string();
        if !text.contains(&line) {
            text.push_str(": ");
            text.push_str(&line);
        }
        source = cause.source();
    }
    redact_url_secrets(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::TokenResponse;

    fn detail(json: &str) -> String {
        decode_detail(&serde_json::from_str::<TokenResponse>(json).unwrap_err()).to_string()
    }

    #[test]
    fn decode_errors_do_not_quote_the_value() {
        let d = detail(r#"{"access_token": 987654321}"#);
        assert!(
            !d.contains("987654321") && d.contains("expected a string"),
            "{d}"
        );
        let d = detail(r#"{"expires_in": "TOKEN, expected evil"}"#);
        assert!(!d.contains("TOKEN") && !d.contains("evil"), "{d}");
        assert!(d.contains("expected u64"), "{d}");
        let d = detail(r#"{"expires_in": -5}"#);
        assert!(!d.contains("-5"), "{d}");
        // Messages without a value stay as serde_json wrote them.
        assert!(detail("<html>").starts_with("expected value"));
    }
}
