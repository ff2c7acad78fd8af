//! The signals that ask a run to stop: Ctrl-C (SIGINT), SIGTERM (`timeout`,
//! `kill`, a service manager) and SIGHUP (a closed terminal or ssh session).
//! All three mean the same thing: the first stops a batch as a stop answer
//! does (nothing more is sent; requests in flight finish and are recorded),
//! the second quits at once. Handlers are installed when `StopSignals::new`
//! runs, so a signal right after that is never lost to the default handler
//! (which would end the process with requests in flight).

/// Which signal came; only for the words shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopSignal {
    Interrupt,
    Terminate,
    Hangup,
}

impl StopSignal {
    /// Its usual name, the same in every language (`SIGTERM`).
    pub fn name(self) -> &'static str {
        match self {
            StopSignal::Interrupt => "SIGINT",
            StopSignal::Terminate => "SIGTERM",
            StopSignal::Hangup => "SIGHUP",
        }
    }
}

pub struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    hangup: Option<tokio::signal::unix::Signal>,
}

#[cfg(unix)]
fn install(kind: tokio::signal::unix::SignalKind) -> Option<tokio::signal::unix::Signal> {
    // A handler that cannot be installed leaves that signal's default action:
    // nothing better can be done, and the others still work.
    tokio::signal::unix::signal(kind).ok()
}

#[cfg(unix)]
async fn recv(signal: &mut Option<tokio::signal::unix::Signal>) -> Option<()> {
    match signal {
        Some(signal) => signal.recv().await,
        None => None,
    }
}

impl StopSignals {
    /// Install the handlers now (needs a tokio runtime).
    pub fn new() -> StopSignals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::SignalKind;
            StopSignals {
                interrupt: install(SignalKind::interrupt()),
                terminate: install(SignalKind::terminate()),
                hangup: install(SignalKind::hangup()),
            }
        }
        #[cfg(not(unix))]
        {
            StopSignals {}
        }
    }

    /// The next stop signal; `None` when none can come (no handler).
    pub async fn next(&mut self) -> Option<StopSignal> {
        #[cfg(unix)]
        {
            tokio::select! {
                Some(()) = recv(&mut self.interrupt) => Some(StopSignal::Interrupt),
                Some(()) = recv(&mut self.terminate) => Some(StopSignal::Terminate),
                Some(()) = recv(&mut self.hangup) => Some(StopSignal::Hangup),
                else => None,
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c()
                .await
                .ok()
                .map(|()| StopSignal::Interrupt)
        }
    }
}

impl Default for StopSignals {
    fn default() -> Self {
        StopSignals::new()
    }
}
