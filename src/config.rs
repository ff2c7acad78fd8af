//! Settings: flags override the environment, which overrides config.toml.
//! (Interface fixed; implementation pending.)

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::api::{ClientOptions, TokenSource};

/// What the command line says; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub api_base: Option<String>,
    pub access_token: Option<String>,
    pub token_command: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub api_base: String,
    /// `None` when nothing is configured (commands then say how to configure).
    pub token_source: Option<TokenSource>,
    pub page_size: u32,
    /// Default batch concurrency (1..=32).
    pub concurrency: usize,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    /// The file that was read, if one existed.
    pub config_file: Option<PathBuf>,
}

impl Settings {
    pub fn client_options(&self, cache_dir: Option<PathBuf>) -> ClientOptions {
        ClientOptions {
            api_base: self.api_base.clone(),
            connect_timeout: self.connect_timeout,
            request_timeout: self.request_timeout,
            page_size: self.page_size,
            cache_dir,
            ..ClientOptions::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{0}")]
    Invalid(String),
}

/// Read `config_file` (absent is fine) and merge env and flags over it.
pub fn load(
    _config_file: &Path,
    _overrides: &Overrides,
    _env: &dyn Fn(&str) -> Option<String>,
) -> Result<Settings, ConfigError> {
    todo!()
}
