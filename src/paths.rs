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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_environment_and_blank_values_are_ignored() {
        let env = |key: &str| match key {
            "WXMOD_CONFIG" => Some("/env/config.toml".to_string()),
            "WXMOD_CACHE_DIR" => Some("/env/cache".to_string()),
            "WXMOD_DATA_DIR" => Some("/env/data".to_string()),
            _ => None,
        };
        let d = Dirs::resolve(None, None, &env).unwrap();
        assert_eq!(d.config_file, PathBuf::from("/env/config.toml"));
        assert_eq!(d.cache_dir, PathBuf::from("/env/cache"));
        assert_eq!(d.data_dir, PathBuf::from("/env/data"));

        let d =
            Dirs::resolve(Some("/flag/c.toml".into()), Some("/flag/data".into()), &env).unwrap();
        assert_eq!(d.config_file, PathBuf::from("/flag/c.toml"));
        assert_eq!(d.cache_dir, PathBuf::from("/env/cache"));
        assert_eq!(d.data_dir, PathBuf::from("/flag/data"));

        // Blank variables fall back to the platform's directories, never to "".
        let blank = |_: &str| Some(String::new());
        if let Ok(d) = Dirs::resolve(None, None, &blank) {
            assert!(d.config_file.ends_with("config.toml"));
            assert!(!d.cache_dir.as_os_str().is_empty());
        }
    }
}
