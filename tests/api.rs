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

use std::path::Path;
use std::time::Duration;

use tempfile::TempDir;
use wxmod::api::catalog::{ErrClass, class_of};
use wxmod::api::wire::{Article, CommentFilter, PATH_LIST, PATH_STABLE_TOKEN, PATH_TOKEN, WriteOp};
use wxmod::api::{ApiError, Client, ClientNotice, ClientOptions, Secret, TokenError, TokenSource};
use wxmod::sim::{
    self, DEMO_APPID, DEMO_SECRET, SimControl, SimData, SimHandle, SimOptions, TotalMode,
};

const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const UNMARK: &str = "/cgi-bin/comment/unmarkelect";

async fn start(data: SimData) -> (SimHandle, SimControl) {
    let sim = sim::start(data, SimOptions::default(), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let ctl = sim.control();
    (sim, ctl)
}

/// 130 elected and 45 normal comments on ART: several pages at 49.
async fn big() -> (SimHandle, SimControl) {
    start(SimData::generated(ART, 130, 45)).await
}

fn options(sim: &SimHandle, cache_dir: Option<&Path>) -> ClientOptions {
    ClientOptions {
        api_base: sim.url(),
        retry_base_delay: Duration::from_millis(1),
        minute_wait_override: Some(Duration::from_millis(1)),
        cache_dir: cache_dir.map(Path::to_path_buf),
        ..ClientOptions::default()
    }
}

fn creds() -> TokenSource {
    TokenSource::Credentials {
        appid: DEMO_APPID.to_string(),
        secret: Secret::new(DEMO_SECRET),
    }
}

fn client(sim: &SimHandle) -> Client {
    Client::new(options(sim, None), creds()).unwrap()
}
