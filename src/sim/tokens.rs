//! The token side of the API: `stable_token` (normal and force-refresh modes),
//! `token` (each fetch kicks the previous token), and checking the token a call
//! carries. Answers from the state only; no I/O.

use std::collections::HashMap;

use serde_json::Value;

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

fn check_credentials(state: &State, grant_type: &str, appid: &str, secret: &str) -> Option<i64> {
    if grant_type != "client_credential" {
        Some(40002)
    } else if appid.is_empty() {
        Some(41002)
    } else if appid != state.appid {
        Some(40013)
    } else if secret.is_empty() {
        Some(41004)
    } else if secret != state.secret {
        Some(40125)
    } else {
        None
    }
}

pub(crate) fn stable_token(state: &mut State, body: &[u8]) -> Value {
    state.token_fetches += 1;
    let Ok(req) = serde_json::from_slice::<StableTokenRequest>(body) else {
        return error(47001);
    };
    if let Some(code) = check_credentials(state, &req.grant_type, &req.appid, &req.secret) {
        return error(code);
    }
    if req.force_refresh {
        state.force_refreshes += 1;
        state.mark_tokens(Some(TokenKind::Stable), TokenStatus::Invalid);
    }
    let current = state
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
            let token = state.issue(TokenKind::Stable);
            state.stable_current = Some(token.clone());
            (token, TOKEN_LIFETIME.as_secs())
        }
    };
    token_answer(token, state.expires_in.unwrap_or(expires_in))
}

pub(crate) fn token(state: &mut State, query: &HashMap<String, String>) -> Value {
    state.token_fetches += 1;
    let get = |k: &str| query.get(k).map_or("", String::as_str);
    if let Some(code) = check_credentials(state, get("grant_type"), get("appid"), get("secret")) {
        return error(code);
    }
    state.mark_tokens(Some(TokenKind::Plain), TokenStatus::Invalid);
    let token = state.issue(TokenKind::Plain);
    token_answer(token, state.expires_in.unwrap_or(TOKEN_LIFETIME.as_secs()))
}

pub(crate) fn authenticate(state: &State, query: &HashMap<String, String>) -> Result<String, i64> {
    let token = query
        .get("access_token")
        .filter(|t| !t.is_empty())
        .ok_or(41001)?;
    match state.tokens.get(token).map(|e| e.effective()) {
        None | Some(TokenStatus::Invalid) => Err(40001),
        Some(TokenStatus::Expired) => Err(42001),
        Some(TokenStatus::Valid) => Ok(token.clone()),
    }
}
