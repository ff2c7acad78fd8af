//! The token side of the API: `stable_token` (normal and force-refresh modes),
//! `token` (each fetch kicks the previous token), and checking the token a call
//! carries. Answers from the state only; no I/O.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::api::wire::{StableTokenRequest, TokenResponse};

use super::errors::error;
use super::state::{State, TOKEN_LIFETIME, TokenKind, TokenStatus};

fn token_answer(token: String, expires_in: u64) -> Value {
    let response = TokenResponse {
        access_token: Some(token),
        expires_in: Some(expires_in),
        ..TokenResponse::default()
    };
    // Success carries no errcode, as on the real API.
    let mut value = serde_json::to_value(response).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.remove("errcode");
        map.remove("errmsg");
    }
    value
}

/// The account these credentials open, or the error answer: 40013 for an
/// appid no account has, 40125 for the wrong secret, 40164 when the account
/// refuses the caller's address.
fn check_credentials(
    state: &State,
    grant_type: &str,
    appid: &str,
    secret: &str,
) -> Result<usize, Value> {
    if grant_type != "client_credential" {
        return Err(error(40002));
    }
    if appid.is_empty() {
        return Err(error(41002));
    }
    let account = state.account_of(appid).ok_or_else(|| error(40013))?;
    let expected = &state.accounts[account];
    if secret.is_empty() {
        Err(error(41004))
    } else if secret != expected.secret {
        Err(error(40125))
    } else if let Some(ip) = &expected.reject_ip {
        Err(ip_refused(ip, state.token_fetches))
    } else {
        Ok(account)
    }
}

/// 40164 worded as the real server words it, naming the address it saw.
fn ip_refused(ip: &str, n: u64) -> Value {
    let errmsg = format!(
        "invalid ip {ip} ipv6 ::ffff:{ip}, not in whitelist rid: {:08x}-{:08x}-{:08x}",
        0x6751_f3a2_u64.wrapping_add(n),
        0x1b2c_3d4e_u64,
        0x5f60_7182_u64.wrapping_mul(n.max(1)) & 0xffff_ffff
    );
    json!({ "errcode": 40164, "errmsg": errmsg })
}

pub(crate) fn stable_token(state: &mut State, body: &[u8]) -> Value {
    state.token_fetches += 1;
    let Ok(req) = serde_json::from_slice::<StableTokenRequest>(body) else {
        return error(47001);
    };
    let account = match check_credentials(state, &req.grant_type, &req.appid, &req.secret) {
        Ok(account) => account,
        Err(answer) => return answer,
    };
    if req.force_refresh {
        state.force_refreshes += 1;
        state.mark_account_tokens(account, TokenKind::Stable, TokenStatus::Invalid);
    }
    let current = state.accounts[account]
        .stable_current
        .as_ref()
        .and_then(|t| state.tokens.get(t).map(|e| (t, e)))
        .filter(|(_, e)| e.effective() == TokenStatus::Valid)
        .map(|(t, e)| {
            let left = TOKEN_LIFETIME.saturating_sub(e.issued.elapsed()).as_secs();
            (t.clone(), left.max(1))
        });
    let (token, expires_in) = match current {
        Some(found) => found,
        None => {
            let token = state.issue(TokenKind::Stable, account);
            state.accounts[account].stable_current = Some(token.clone());
            (token, TOKEN_LIFETIME.as_secs())
        }
    };
    token_answer(token, state.expires_in.unwrap_or(expires_in))
}

pub(crate) fn token(state: &mut State, query: &HashMap<String, String>) -> Value {
    state.token_fetches += 1;
    let get = |k: &str| query.get(k).map_or("", String::as_str);
    let account = match check_credentials(state, get("grant_type"), get("appid"), get("secret")) {
        Ok(account) => account,
        Err(answer) => return answer,
    };
    state.mark_account_tokens(account, TokenKind::Plain, TokenStatus::Invalid);
    let token = state.issue(TokenKind::Plain, account);
    token_answer(token, state.expires_in.unwrap_or(TOKEN_LIFETIME.as_secs()))
}

/// The token a call carries and the account it acts for, or the errcode.
pub(crate) fn authenticate(
    state: &State,
    query: &HashMap<String, String>,
) -> Result<(String, usize), i64> {
    let token = query
        .get("access_token")
        .filter(|t| !t.is_empty())
        .ok_or(41001)?;
    let entry = state.tokens.get(token).ok_or(40001)?;
    match entry.effective() {
        TokenStatus::Invalid => Err(40001),
        TokenStatus::Expired => Err(42001),
        TokenStatus::Valid => Ok((token.clone(), entry.account)),
    }
}
