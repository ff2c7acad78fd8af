//! Where wxmod keeps its files: config, cache (tokens) and data (journal, recent
//! articles). Environment overrides exist so tests never touch the user's own.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    pub config_file: PathBuf,
    pub cache_dir: PathBuf,
    pub data_dir: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot find a home directory for wxmod's files: set WXMOD_CONFIG, WXMOD_CACHE_DIR and WXMOD_DATA_DIR"
)]
pub struct NoHome;

impl Dirs {
    /// Flags first, then `WXMOD_CONFIG` / `WXMOD_CACHE_DIR` / `WXMOD_DATA_DIR`, then
    /// the platform's directories for "wxmod".
    pub fn resolve(
        config_flag: Option<PathBuf>,
        data_dir_flag: Option<PathBuf>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Dirs, NoHome> {
        let from_env = |key: &str| env(key).filter(|v| !v.is_empty()).map(PathBuf::from);
        let config_file = config_flag.or_else(|| from_env("WXMOD_CONFIG"));
        let cache_dir = from_env("WXMOD_CACHE_DIR");
        let data_dir = data_dir_flag.or_else(|| from_env("WXMOD_DATA_DIR"));
        if let (Some(config_file), Some(cache_dir), Some(data_dir)) =
            (&config_file, &cache_dir, &data_dir)
        {
            return Ok(Dirs {
                config_file: config_file.clone(),
                cache_dir: cache_dir.clone(),
                data_dir: data_dir.clone(),
            });
        }
        let project = directories::ProjectDirs::from("", "", "wxmod").ok_or(NoHome)?;
        Ok(Dirs {
            config_file: config_file.unwrap_or_else(|| project.config_dir().join("config.toml")),
            cache_dir: cache_dir.unwrap_or_else(|| project.cache_dir().to_path_buf()),
            data_dir: data_dir.unwrap_or_else(|| project.data_dir().to_path_buf()),
        })
    }
}
