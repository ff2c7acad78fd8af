//! The API simulator: a real HTTP server speaking the comment API's wire format,
//! with state. Never imports the client. (Interface fixed; implementation pending.)

use std::net::SocketAddr;
use std::time::Duration;

/// The credentials the demo simulator accepts.
pub const DEMO_APPID: &str = "wxdemo0000000001";
pub const DEMO_SECRET: &str = "demo-secret-not-real";

#[derive(Debug, Clone)]
pub struct SimOptions {
    pub latency: Duration,
    /// Daily quota per API path; `None` = unlimited.
    pub daily_quota: Option<u64>,
    /// Fraction of calls answered -1.
    pub fail_rate: f64,
    /// Expire the current token every N calls.
    pub expire_token_every: Option<u64>,
    /// Seed for fail-rate randomness and page shuffling.
    pub seed: u64,
}

pub struct SimHandle {
    _private: (),
}

impl SimHandle {
    pub fn addr(&self) -> SocketAddr {
        todo!()
    }
    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        todo!()
    }
}
