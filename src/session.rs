//! A ready-to-use session for commands and the console: settings, directories,
//! the API client, and the in-process simulator when running the demo.

use crate::api::Client;
use crate::config::Settings;
use crate::paths::Dirs;
use crate::sim::SimHandle;

pub struct Session {
    pub client: Client,
    pub settings: Settings,
    pub dirs: Dirs,
    /// The embedded simulator, when `--demo` is on; dropping it stops the server.
    pub demo: Option<SimHandle>,
}

impl Session {
    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }
}
