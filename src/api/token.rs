//! Where access tokens come from, and the one place that holds the current token:
//! a ready token, a token command, or app credentials via `stable_token` (cached).
//! Concurrent calls that see the same token rejected share one refresh.
//! Never prints a token or the secret, never calls `/cgi-bin/token`.

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use tokio::sync::Mutex;

use super::error::{ApiError, TokenError};
use super::notice::{ClientNotice, announce_retry, server_text};
use super::retry::Backoff;
use super::secret::{Secret, redact_url_secrets};
use super::token_cache::TokenCache;
use super::transport::{SendError, Transport};
use super::wire::{PATH_STABLE_TOKEN, StableTokenRequest, TokenResponse};
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::sanitize::clean_line;

/// The first configured source wins: a ready token, a token command, app credentials.
#[derive(Clone, PartialEq, Eq)]
pub enum TokenSource {
    Ready(Secret),
    Command(String),
    Credentials { appid: String, secret: Secret },
}

/// The command line may carry the token server's own credentials: never shown.
impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Ready(_) => f.write_str("Ready(<redacted>)"),
            TokenSource::Command(_) => f.write_str("Command(<redacted>)"),
            TokenSource::Credentials { appid, .. } => f
                .debug_struct("Credentials")
                .field("appid", appid)
                .field("secret", &"<redacted>")
                .finish(),
        }
    }
}

impl TokenSource {
    /// "ready token", "token command", "app credentials (appid wx12…)" — never the token.
    pub fn message(&self) -> Message {
        match self {
            TokenSource::Ready(_) => msg!("api-source-ready"),
            TokenSource::Command(_) => msg!("api-source-command"),
            TokenSource::Credentials { appid, .. } => {
                let head: String = clean_line(appid).chars().take(4).collect();
                msg!("api-source-credentials", appid = head)
            }
        }
    }

    /// The English label, as the journal and logs record it.
    pub fn label(&self) -> String {
        self.message().to_string()
    }
}

#[cfg(test)]
mod debug_tests {
    use super::*;

    #[test]
    fn debug_shows_no_token_secret_or_command() {
        let sources = [
            TokenSource::Ready(Secret::new("TOK-1")),
            TokenSource::Command("curl -u admin:pw-9 https://t".into()),
            TokenSource::Credentials {
                appid: "wx1".into(),
                secret: Secret::new("SEC-2"),
            },
        ];
        let text = format!("{sources:?}");
        for needle in ["TOK-1", "pw-9", "SEC-2"] {
            assert!(!text.contains(needle), "{text}");
        }
    }
}

/// How long a token command may take before it counts as failed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// Used when the server's answer has no `expires_in`.
const DEFAULT_EXPIRES_IN: u64 = 7200;
/// A longer `expires_in` is not believed (the real API says 7200 at most); this
/// also keeps the arithmetic on `SystemTime` far from overflow.
const MAX_EXPIRES_IN: u64 = 86_400;
/// Fetch a new token this long before the server says it dies, at most (a fifth
/// of the lifetime when that is shorter), so no call carries a token that dies in flight.
const EARLY_REFRESH: Duration = Duration::from_secs(60);

struct Held {
    token: Secret,
    /// When to fetch again on our own; `None` = until the server rejects it.
    refresh_at: Option<SystemTime>,
}

impl Held {
    fn new(token: Secret, refresh_at: Option<SystemTime>) -> Held {
        Held { token, refresh_at }
    }
}

/// A token is used at least this long, whatever `expires_in` says: a server
/// answering `expires_in: 0` (or a few seconds) must not make every request
/// fetch a token. If it really dies sooner, the rejection path gets a new one.
const MIN_TOKEN_USE: Duration = Duration::from_secs(60);

/// When a token fetched at `now` with `expires_in` dies, and when to fetch the next.
fn refresh_times(now: SystemTime, expires_in: u64) -> (SystemTime, SystemTime) {
    let life = Duration::from_secs(expires_in.min(MAX_EXPIRES_IN));
    let expires_at = now.checked_add(life).unwrap_or(now);
    let early = (life / 5).min(EARLY_REFRESH);
    let refresh_at = expires_at.checked_sub(early).unwrap_or(now);
    let floor = now.checked_add(MIN_TOKEN_USE).unwrap_or(now);
    if refresh_at < floor {
        (expires_at.max(floor), floor)
    } else {
        (expires_at, refresh_at)
    }
}

/// The current token of one client (shared by its clones).
pub(crate) struct TokenProvider {
    source: TokenSource,
    transport: Arc<Transport>,
    cache: Option<TokenCache>,
    retry_tries: u32,
    retry_base_delay: Duration,
    held: Mutex<Option<Held>>,
    /// The server has taken a token from this source at least once: a later
    /// rejection is an expiry, not a sign that fetching again cannot help.
    ever_accepted: AtomicBool,
    /// Added to a token command's environment.
    command_env: Vec<(String, String)>,
}

impl TokenProvider {
    pub fn new(
        source: TokenSource,
        transport: Arc<Transport>,
        cache_dir: Option<&std::path::Path>,
        retry_tries: u32,
        retry_base_delay: Duration,
    ) -> TokenProvider {
        let cache = match (&source, cache_dir) {
            (TokenSource::Credentials { appid, .. }, Some(dir)) => {
                Some(TokenCache::new(dir, &transport.base, appid))
            }
            _ => None,
        };
        let held = match &source {
            TokenSource::Ready(token) => Some(Held::new(token.clone(), None)),
            _ => None,
        };
        TokenProvider {
            source,
            transport,
            cache,
            retry_tries,
            retry_base_delay,
            held: Mutex::new(held),
            ever_accepted: AtomicBool::new(false),
            command_env: Vec::new(),
        }
    }

    /// A token command runs with these variables (the account's appid and name).
    pub fn with_command_env(mut self, env: Vec<(String, String)>) -> TokenProvider {
        self.command_env = env;
        self
    }

    pub fn source(&self) -> &TokenSource {
        &self.source
    }

    /// The token cache file, when the source is app credentials and a cache dir is set.
    pub fn cache_path(&self) -> Option<&std::path::Path> {
        self.cache.as_ref().map(TokenCache::path)
    }

    /// The token to use now: the held one while fresh, else the cache, else a new one.
    pub async fn token(&self) -> Result<Secret, ApiError> {
        let mut held = self.held.lock().await;
        if let Some(h) = held.as_ref()
            && h.refresh_at.is_none_or(|at| SystemTime::now() < at)
        {
            return Ok(h.token.clone());
        }
        if let Some((token, refresh_at)) = self.cache.as_ref().and_then(TokenCache::load) {
            tracing::debug!("using the cached access token");
            *held = Some(Held::new(token.clone(), Some(refresh_at)));
            return Ok(token);
        }
        let fresh = self.obtain(false).await?;
        let token = fresh.token.clone();
        *held = Some(fresh);
        Ok(token)
    }

    /// The server answered a call with something other than a token error.
    pub fn accepted(&self) {
        self.ever_accepted.store(true, Ordering::Relaxed);
    }

    /// The server rejected `bad` with `code`: get a new token, unless another
    /// call already did. `Ok(true)` when this call fetched one.
    ///
    /// `retried`: this call was rejected before. If no token from this source has
    /// ever worked, a second rejection means fetching cannot help (wrong account
    /// for this API base, or a source that hands out dead tokens): give up.
    pub async fn rejected(&self, bad: &Secret, code: i64, retried: bool) -> Result<bool, ApiError> {
        let mut held = self.held.lock().await;
        if let Some(h) = held.as_ref()
            && h.token != *bad
        {
            return Ok(false);
        }
        if retried && !self.ever_accepted.load(Ordering::Relaxed) {
            return Err(self.rejected_again(code));
        }
        tracing::info!(code, source = %self.source.label(), "access token rejected; getting a new one");
        let fresh = match &self.source {
            TokenSource::Ready(_) => return Err(TokenError::ReadyTokenRejected { code }.into()),
            TokenSource::Command(_) => {
                let fresh = self.obtain(false).await?;
                if fresh.token == *bad {
                    return Err(TokenError::CommandTokenRejected { code }.into());
                }
                fresh
            }
            TokenSource::Credentials { .. } => {
                let fresh = self.obtain(false).await?;
                if fresh.token != *bad {
                    fresh
                } else if retried {
                    // force_refresh is limited to 20 a day: one per call at most.
                    return Err(TokenError::FreshTokenRejected { code }.into());
                } else {
                    // Normal mode handed back the rejected token: ask for a new one.
                    let forced = self.obtain(true).await?;
                    if forced.token == *bad {
                        return Err(TokenError::FreshTokenRejected { code }.into());
                    }
                    forced
                }
            }
        };
        *held = Some(fresh);
        self.transport.notify(ClientNotice::TokenRefreshed);
        Ok(true)
    }

    /// The error when the token obtained after a rejection is rejected as well.
    pub fn rejected_again(&self, code: i64) -> ApiError {
        match self.source {
            TokenSource::Ready(_) => TokenError::ReadyTokenRejected { code },
            TokenSource::Command(_) => TokenError::CommandTokenRejected { code },
            TokenSource::Credentials { .. } => TokenError::FreshTokenRejected { code },
        }
        .into()
    }

    async fn obtain(&self, force_refresh: bool) -> Result<Held, ApiError> {
        match &self.source {
            TokenSource::Ready(token) => Ok(Held::new(token.clone(), None)),
            TokenSource::Command(command) => Ok(Held::new(
                run_command(command, &self.command_env).await?,
                None,
            )),
            TokenSource::Credentials { appid, secret } => {
                self.fetch(appid, secret, force_refresh).await
            }
        }
    }

    /// `POST /cgi-bin/stable_token`, retried like any call on -1 and transport trouble.
    async fn fetch(&self, appid: &str, secret: &Secret, force: bool) -> Result<Held, ApiError> {
        let body = StableTokenRequest {
            grant_type: "client_credential".to_string(),
            appid: appid.to_string(),
            secret: secret.expose().to_string(),
            force_refresh: force,
        };
        let mut backoff = Backoff::new(self.retry_tries, self.retry_base_delay);
        let mut attempt = 1;
        let answer: TokenResponse = loop {
            let failure = match self
                .transport
                .post::<_, TokenResponse>(PATH_STABLE_TOKEN, None, &body)
                .await
            {
                Ok(answer) if answer.errcode == -1 => ApiError::Api {
                    path: PATH_STABLE_TOKEN,
                    code: -1,
                    errmsg: server_text(&answer.errmsg),
                },
                Ok(answer) => break answer,
                Err(SendError::Transient(e, _)) => e,
                Err(SendError::Fatal(e, _)) => return Err(TokenError::Network(e.message()).into()),
            };
            let Some(delay) = backoff.failed() else {
                return Err(TokenError::Network(failure.message()).into());
            };
            attempt += 1;
            announce_retry(
                |n| self.transport.notify(n),
                PATH_STABLE_TOKEN,
                attempt,
                delay,
                &failure,
            );
            tokio::time::sleep(delay).await;
        };
        if answer.errcode != 0 {
            return Err(TokenError::fetch(answer.errcode, &server_text(&answer.errmsg)).into());
        }
        let token = match answer.access_token {
            Some(t) if !t.trim().is_empty() => Secret::new(t.trim()),
            _ => {
                return Err(ApiError::Decode {
                    path: PATH_STABLE_TOKEN,
                    detail: crate::msg!("api-decode-no-token"),
                });
            }
        };
        let expires_in = answer.expires_in.unwrap_or(DEFAULT_EXPIRES_IN);
        let (expires_at, refresh_at) = refresh_times(SystemTime::now(), expires_in);
        tracing::info!(expires_in, forced = force, "fetched an access token");
        if let Some(cache) = &self.cache
            && let Err(e) = cache.store(&token, expires_at, refresh_at)
        {
            // People read the notice; the log keeps it for -v and --log-file.
            tracing::info!("{e}");
            self.transport
                .notify(ClientNotice::TokenNotCached { why: e.message() });
        }
        Ok(Held::new(token, Some(refresh_at)))
    }
}

/// Run `sh -c COMMAND` with `env` added; the first line of its stdout is the
/// token: plain, or a JSON object holding `access_token` or (a third-party
/// platform's) `authorizer_access_token`. wxmod never refreshes an
/// authorizer's refresh token itself: that would invalidate the agency's copy.
async fn run_command(command: &str, env: &[(String, String)]) -> Result<Secret, TokenError> {
    let fail = |detail: Message| TokenError::Command { detail };
    let child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| fail(msg!("api-command-no-shell", detail = e.to_string())))?;
    let secs = u32::try_from(COMMAND_TIMEOUT.as_secs()).unwrap_or(u32::MAX);
    let output = tokio::time::timeout(COMMAND_TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| fail(msg!("api-command-timeout", secs = secs)))?
        .map_err(|e| fail(msg!("api-command-unreadable", detail = e.to_string())))?;
    if !output.status.success() {
        let status = match output.status.code() {
            Some(code) => msg!("api-command-exit-status", status = code.to_string()),
            None => msg!("api-command-killed"),
        };
        // stderr may help; stdout may be a token and is never shown.
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr.lines().map(str::trim).find(|l| !l.is_empty());
        return Err(fail(match first {
            Some(line) => {
                let line: String = redact_url_secrets(&clean_line(line))
                    .chars()
                    .take(200)
                    .collect();
                msg!("api-command-stderr", status = status, line = line)
            }
            None => status,
        }));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let first = stdout.lines().next().unwrap_or("").trim();
    let token = if first.starts_with('{') {
        json_token(first).ok_or_else(|| fail(msg!("accounts-command-json-no-token")))?
    } else {
        first.to_string()
    };
    if token.is_empty() {
        return Err(fail(msg!("api-command-empty")));
    }
    Ok(Secret::new(token))
}

/// The token of a JSON line: `access_token`, else `authorizer_access_token`.
fn json_token(line: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    ["access_token", "authorizer_access_token"]
        .iter()
        .find_map(|key| value.get(key)?.as_str())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn command_token_is_the_first_stdout_line() {
        let t = run_command("printf '  TOK-1 \\nsecond\\n'", &[])
            .await
            .unwrap();
        assert_eq!(t.expose(), "TOK-1");
        let json = r#"echo '{"authorizer_access_token":"AUTH-1","expires_in":7200}'"#;
        assert_eq!(run_command(json, &[]).await.unwrap().expose(), "AUTH-1");
        let json = r#"echo '{"access_token":"TOK-2"}'"#;
        assert_eq!(run_command(json, &[]).await.unwrap().expose(), "TOK-2");
        let e = run_command(r#"echo '{"token":"LEAK-3"}'"#, &[])
            .await
            .unwrap_err();
        assert!(!e.to_string().contains("LEAK-3"), "{e}");
        let env = [("WXMOD_APPID".to_string(), "wxENV".to_string())];
        let t = run_command("echo \"T-$WXMOD_APPID\"", &env).await.unwrap();
        assert_eq!(t.expose(), "T-wxENV");
    }

    #[tokio::test]
    async fn command_failures_show_status_and_stderr_but_not_stdout() {
        let e = run_command(
            "echo LEAKED-TOKEN; echo 'no \u{1b}[31mvpn' >&2; exit 3",
            &[],
        )
        .await
        .unwrap_err()
        .to_string();
        assert!(e.contains("status 3") && e.contains("vpn"), "{e}");
        assert!(!e.contains("LEAKED-TOKEN") && !e.contains('\u{1b}'), "{e}");
        let e = run_command("echo 'GET /x?access_token=LEAK-2 failed' >&2; exit 1", &[])
            .await
            .unwrap_err()
            .to_string();
        assert!(e.contains("failed") && !e.contains("LEAK-2"), "{e}");
        let e = run_command("true", &[]).await.unwrap_err().to_string();
        assert!(e.contains("printed nothing"), "{e}");
    }

    #[test]
    fn tokens_are_refreshed_shortly_before_they_expire() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let at = |secs: u64| now + Duration::from_secs(secs);
        assert_eq!(refresh_times(now, 7200), (at(7200), at(7140)));
        assert_eq!(refresh_times(now, 300), (at(300), at(240)));
        assert_eq!(refresh_times(now, 100), (at(100), at(80)));
        // Under a minute: used for that minute, not fetched again per request.
        assert_eq!(refresh_times(now, 0), (at(60), at(60)));
        assert_eq!(refresh_times(now, 30), (at(60), at(60)));
        assert_eq!(refresh_times(now, 70), (at(70), at(60)));
        // A server promising forever is not believed, and nothing overflows.
        assert_eq!(refresh_times(now, u64::MAX).0, at(MAX_EXPIRES_IN));
    }

    #[test]
    fn labels_never_show_the_token() {
        assert_eq!(TokenSource::Ready(Secret::new("T")).label(), "ready token");
        let c = TokenSource::Credentials {
            appid: "wx1234567890".into(),
            secret: Secret::new("S"),
        };
        assert_eq!(c.label(), "app credentials (appid wx12…)");
    }
}
