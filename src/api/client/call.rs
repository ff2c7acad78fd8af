//! The call machinery: one request with retries and backoff, the wait on
//! the minute limit, token refresh on rejection, and what an answer means.

use super::*;

impl Client {
    pub(in crate::api) async fn outcome<B: Serialize>(
        &self,
        path: &'static str,
        body: &B,
        stop: Option<watch::Receiver<bool>>,
    ) -> Result<CallOutcome, WriteFailure> {
        let Answered {
            answer,
            attempts,
            unanswered_before,
        } = self
            .call_until::<_, WriteResponse>(path, body, stop)
            .await?;
        // call_until gives back only answers with an errcode.
        let errcode = answer.errcode().unwrap_or(-1);
        match catalog::class_of(errcode) {
            ErrClass::Success | ErrClass::PerItem | ErrClass::Stop => Ok(CallOutcome {
                errcode,
                errmsg: server_text(answer.errmsg()),
                attempts,
                unanswered_before,
            }),
            _ => Err(WriteFailure {
                error: api_error(path, &answer),
                attempts,
                maybe_applied: unanswered_before,
            }),
        }
    }

    /// One call with everything the client does on its own: retries with backoff
    /// (-1, 5xx, timeouts, lost connections), waits for the next minute (45011),
    /// and a token refresh on 40001/40014/42001 (see MAX_REFRESHES_PER_CALL). Returns the final answer,
    /// whatever its errcode, and the number of HTTP requests made.
    pub(in crate::api) async fn call<B: Serialize, R: Answer>(
        &self,
        path: &'static str,
        body: &B,
    ) -> Result<(R, u32), WriteFailure> {
        self.call_until(path, body, None)
            .await
            .map(|a| (a.answer, a.attempts))
    }

    /// [`Client::call`] that gives up waiting (backoff, minute wait) once `stop`
    /// turns true, returning the last failure or answer as final.
    pub(in crate::api) async fn call_until<B: Serialize, R: Answer>(
        &self,
        path: &'static str,
        body: &B,
        mut stop: Option<watch::Receiver<bool>>,
    ) -> Result<Answered<R>, WriteFailure> {
        let inner = &*self.inner;
        let mut backoff = Backoff::new(inner.options.retry_tries, inner.options.retry_base_delay);
        let mut minute_waits = 0;
        let (mut refreshes, mut rejections) = (0, 0);
        let mut attempts = 0;
        // Some request went out and got no readable answer: it may have been applied.
        let mut maybe_applied = false;
        let fail = |error: ApiError, attempts: u32, maybe_applied: bool| WriteFailure {
            error,
            attempts,
            maybe_applied,
        };
        loop {
            let token = match inner.tokens.token().await {
                Ok(token) => token,
                Err(e) => return Err(fail(e, attempts, maybe_applied)),
            };
            attempts += 1;
            let sent = inner.transport.post::<B, R>(path, Some(&token), body).await;
            let done = move |answer: R| Answered {
                answer,
                attempts,
                unanswered_before: maybe_applied,
            };
            let failure = match sent {
                Err(SendError::Transient(e, reached)) => {
                    maybe_applied |= reached.0;
                    e
                }
                Err(SendError::Fatal(e, reached)) => {
                    return Err(fail(e, attempts, maybe_applied || reached.0));
                }
                Ok(answer) => match answer.errcode().map(|code| (code, catalog::class_of(code))) {
                    // An answer came, but not one the catalog can read: the
                    // server did something, we cannot tell what.
                    None => {
                        return Err(fail(
                            ApiError::Decode {
                                path,
                                detail: crate::msg!("api-decode-no-errcode"),
                            },
                            attempts,
                            true,
                        ));
                    }
                    Some((code, ErrClass::RefreshToken))
                        if refreshes >= MAX_REFRESHES_PER_CALL
                            || rejections >= MAX_REJECTIONS_PER_CALL =>
                    {
                        return Err(fail(
                            inner.tokens.rejected_again(code),
                            attempts,
                            maybe_applied,
                        ));
                    }
                    Some((code, ErrClass::RefreshToken)) => {
                        match inner.tokens.rejected(&token, code, rejections > 0).await {
                            Ok(true) => refreshes += 1,
                            Ok(false) => {}
                            Err(e) => return Err(fail(e, attempts, maybe_applied)),
                        }
                        rejections += 1;
                        continue;
                    }
                    Some((_, class)) => {
                        inner.tokens.accepted();
                        match class {
                            ErrClass::Retry => api_error(path, &answer),
                            ErrClass::WaitMinute
                                if minute_waits < inner.options.max_minute_waits =>
                            {
                                minute_waits += 1;
                                if self.wait_for_next_minute(path, &mut stop).await {
                                    return Ok(done(answer));
                                }
                                continue;
                            }
                            _ => return Ok(done(answer)),
                        }
                    }
                },
            };
            let Some(delay) = backoff.failed() else {
                return Err(fail(failure, attempts, maybe_applied));
            };
            if stopped(&stop) {
                return Err(fail(failure, attempts, maybe_applied));
            }
            announce_retry(
                |n| inner.transport.notify(n),
                path,
                attempts + 1,
                delay,
                &failure,
            );
            if pause(delay, &mut stop).await {
                return Err(fail(failure, attempts, maybe_applied));
            }
        }
    }
}

impl Client {
    /// 45011: sleep until the next wall-clock minute (bounded by a minute),
    /// telling listeners and the log. True when `stop` cut the wait short.
    pub(in crate::api) async fn wait_for_next_minute(
        &self,
        path: &'static str,
        stop: &mut Option<watch::Receiver<bool>>,
    ) -> bool {
        if stopped(stop) {
            return true;
        }
        let wait = self
            .inner
            .options
            .minute_wait_override
            .unwrap_or_else(retry::until_next_minute);
        // The notice is what people read; the log line is for -v and --log-file.
        tracing::info!(
            path,
            ?wait,
            "per-minute limit reached; waiting for the next minute"
        );
        self.inner
            .transport
            .notify(ClientNotice::WaitingForNextMinute { path, wait });
        pause(wait, stop).await
    }
}

pub(super) fn stopped(stop: &Option<watch::Receiver<bool>>) -> bool {
    stop.as_ref().is_some_and(|rx| *rx.borrow())
}

/// Sleep for `wait`, or less if `stop` turns true first (then true).
async fn pause(wait: Duration, stop: &mut Option<watch::Receiver<bool>>) -> bool {
    let Some(rx) = stop else {
        tokio::time::sleep(wait).await;
        return false;
    };
    let sleep = tokio::time::sleep(wait);
    tokio::pin!(sleep);
    tokio::select! {
        _ = &mut sleep => false,
        signalled = async { rx.wait_for(|stop| *stop).await.is_ok() } => {
            if !signalled {
                // The batch is gone without stopping: just finish the wait.
                sleep.await;
            }
            signalled
        }
    }
}

pub(super) fn article_body(article: Article) -> ArticleRequest {
    ArticleRequest {
        msg_data_id: article.msg_data_id,
        index: article.index,
    }
}

pub(super) fn api_error<R: Answer>(path: &'static str, answer: &R) -> ApiError {
    ApiError::Api {
        path,
        code: answer.errcode().unwrap_or(-1),
        errmsg: server_text(answer.errmsg()),
    }
}

pub(super) fn ok_or_api<R: Answer>(path: &'static str, answer: R) -> Result<R, ApiError> {
    if answer.errcode() == Some(0) {
        Ok(answer)
    } else {
        Err(api_error(path, &answer))
    }
}
