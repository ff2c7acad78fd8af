//! The API simulator: a real HTTP server speaking the comment API's wire format,
//! with state, fault injection and a control handle for tests and the demo.
//! Speaks only the wire types; never imports the client or token code.

mod banner;
mod control;
mod data;
mod datacube;
mod endpoints;
mod errors;
mod server;
mod state;
mod tokens;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use banner::{banner, listen_failed, stopped};
pub use control::{AnswerFault, SimControl, TotalMode};
pub use data::{SimAccount, SimArticle, SimData, SimDataError};

/// The credentials the demo simulator accepts (its default account).
pub const DEMO_APPID: &str = "wxdemo0000000001";
pub const DEMO_SECRET: &str = "demo-secret-not-real";
/// The demo's second account (in assets/demo.json's `accounts`): its own
/// articles, titles, tokens and quota.
pub const DEMO_SECOND_APPID: &str = "wxdemo0000000002";
pub const DEMO_SECOND_SECRET: &str = "demo-secret-2-not-real";

#[derive(Clone)]
pub struct SimOptions {
    /// Added before every answer.
    pub latency: Duration,
    /// Daily quota per comment API path; `None` = unlimited.
    pub daily_quota: Option<u64>,
    /// Fraction of comment API calls answered -1.
    pub fail_rate: f64,
    /// Expire the token in use after every N authenticated calls.
    pub expire_token_every: Option<u64>,
    /// Seed for fail-rate randomness, tokens and page shuffling.
    pub seed: u64,
    /// The credentials `stable_token` and `token` accept.
    pub appid: String,
    pub secret: String,
    /// The data cube's today (its newest day is the one before); `None` =
    /// the real date in `utc_offset`. `SimControl::set_today` changes it.
    pub today: Option<time::Date>,
    /// The offset "today" is taken in; `None` = the real server's (+08:00,
    /// as `api::datacube::SERVER_OFFSET`), which is what clients count from.
    pub utc_offset: Option<time::UtcOffset>,
}

impl Default for SimOptions {
    fn default() -> Self {
        SimOptions {
            latency: Duration::ZERO,
            daily_quota: None,
            fail_rate: 0.0,
            expire_token_every: None,
            seed: 1,
            appid: DEMO_APPID.to_string(),
            secret: DEMO_SECRET.to_string(),
            today: None,
            utc_offset: None,
        }
    }
}

impl std::fmt::Debug for SimOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimOptions")
            .field("latency", &self.latency)
            .field("daily_quota", &self.daily_quota)
            .field("fail_rate", &self.fail_rate)
            .field("expire_token_every", &self.expire_token_every)
            .field("seed", &self.seed)
            .field("appid", &self.appid)
            .field("secret", &"<redacted>")
            .field("today", &self.today)
            .field("utc_offset", &self.utc_offset)
            .finish()
    }
}

/// A running simulator. Dropping it stops the server.
pub struct SimHandle {
    addr: SocketAddr,
    control: SimControl,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

/// Starts the simulator on `listen` (use `127.0.0.1:0` for a free port).
pub async fn start(
    data: SimData,
    options: SimOptions,
    listen: SocketAddr,
) -> std::io::Result<SimHandle> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let control = SimControl::new(state::State::new(data, &options));
    let (stop, stopped) = oneshot::channel();
    let task = tokio::spawn(server::serve(listener, control.clone(), stopped));
    Ok(SimHandle {
        addr,
        control,
        stop: Some(stop),
        task: Some(task),
    })
}

impl SimHandle {
    /// The address actually bound (the real port when asked for port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (a wildcard bind is reached through loopback).
    pub fn url(&self) -> String {
        let ip = match self.addr.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        format!("http://{}", SocketAddr::new(ip, self.addr.port()))
    }

    pub fn control(&self) -> SimControl {
        self.control.clone()
    }

    /// Stops accepting, lets answers in progress finish, and waits for the server.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("addr", &self.addr)
            .finish()
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        // Dropping the sender tells open connections to finish; aborting stops accepting.
        self.stop.take();
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
