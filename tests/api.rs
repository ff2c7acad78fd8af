//! The API client against the simulator on 127.0.0.1:0 — complete lists, tokens
//! (cache, refresh, ready, command), retries, errcode classes, base URL checks,
//! no secret in any error — and the config loader. One test binary; the tests
//! live in `tests/api/`, the shared fixtures here.

#[path = "api/calls.rs"]
mod calls;
#[path = "api/config.rs"]
mod config;
#[path = "api/listing.rs"]
mod listing;
#[path = "api/tokens.rs"]
mod tokens;

#[path = "support/mod.rs"]
mod support;

use std::time::Duration;

use support::{ART, UNMARK, demo_credentials as creds, fast_options as options, start_sim};
use tempfile::TempDir;
use wxmod::api::catalog::{ErrClass, class_of};
use wxmod::api::wire::{Article, CommentFilter, PATH_LIST, PATH_STABLE_TOKEN, PATH_TOKEN, WriteOp};
use wxmod::api::{ApiError, Client, ClientNotice, ClientOptions, Secret, TokenError, TokenSource};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET, SimControl, SimData, SimHandle, SimOptions, TotalMode};

async fn start(data: SimData) -> (SimHandle, SimControl) {
    let sim = start_sim(data, SimOptions::default()).await;
    let ctl = sim.control();
    (sim, ctl)
}

/// 130 elected and 45 normal comments on ART: several pages at 49.
async fn big() -> (SimHandle, SimControl) {
    start(SimData::generated(ART, 130, 45)).await
}

fn client(sim: &SimHandle) -> Client {
    Client::new(options(sim, None), creds()).unwrap()
}
