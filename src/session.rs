//! A ready-to-use session for commands and the console: settings, directories,
//! the API client, and the in-process simulator when running the demo.

use std::path::PathBuf;

use crate::api::Client;
use crate::cli::GlobalArgs;
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

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Dirs(#[from] crate::paths::NoHome),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Api(#[from] crate::api::ApiError),
    #[error("cannot start the demo simulator: {0}")]
    Demo(String),
}

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// The data directory (journal, recent articles); the demo keeps its own under `demo/`.
pub fn data_dir(global: &GlobalArgs) -> Result<PathBuf, SessionError> {
    let dirs = Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)?;
    Ok(if global.demo {
        dirs.data_dir.join("demo")
    } else {
        dirs.data_dir
    })
}

impl Session {
    pub async fn open(_global: &GlobalArgs) -> Result<Session, SessionError> {
        todo!()
    }

    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }
}
