//! Where wxmod keeps its files: config, cache (tokens) and data (journal, recent
//! articles). Environment overrides exist so tests never touch the user's own.

use std::path::{Path, PathBuf};

use crate::i18n::{Localize, Message};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    pub config_file: PathBuf,
    pub cache_dir: PathBuf,
    pub data_dir: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct NoHome;

impl Localize for NoHome {
    fn message(&self) -> Message {
        msg!("api-no-home")
    }
}

crate::display_via_message!(NoHome);

/// Where an account keeps what it alone may be offered again (its recent
/// articles: an article id means nothing under another account). The
/// `default` account keeps the data dir itself, where these lived before
/// accounts had names.
pub fn account_data_dir(data_dir: &Path, account: &str) -> PathBuf {
    if account == "default" {
        data_dir.to_path_buf()
    } else {
        data_dir.join("accounts").join(account)
    }
}

/// One account's cache directory (its token, its article list), inside the
/// cache dir: `CACHE/accounts/NAME`. Account names are checked
/// (`config::valid_name`), so the name is one plain path component.
pub fn account_cache_dir(cache_dir: &Path, account: &str) -> PathBuf {
    cache_dir.join("accounts").join(account)
}

/// The platform's directories for wxmod (from the home directory).
struct Platform {
    config_dir: PathBuf,
    cache_dir: PathBuf,
    data_dir: PathBuf,
}

fn platform() -> Option<Platform> {
    let project = directories::ProjectDirs::from("", "", "wxmod")?;
    Some(Platform {
        config_dir: project.config_dir().to_path_buf(),
        cache_dir: project.cache_dir().to_path_buf(),
        data_dir: project.data_dir().to_path_buf(),
    })
}

impl Dirs {
    /// Flags first, then `WXMOD_CONFIG` / `WXMOD_CACHE_DIR` / `WXMOD_DATA_DIR`, then
    /// the platform's directories for "wxmod".
    pub fn resolve(
        config_flag: Option<PathBuf>,
        data_dir_flag: Option<PathBuf>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Dirs, NoHome> {
        Dirs::resolve_with(config_flag, data_dir_flag, env, platform)
    }

    /// `resolve` with the platform's directories given, so tests never look
    /// at the real home.
    fn resolve_with(
        config_flag: Option<PathBuf>,
        data_dir_flag: Option<PathBuf>,
        env: &dyn Fn(&str) -> Option<String>,
        platform: impl FnOnce() -> Option<Platform>,
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
        let project = platform().ok_or(NoHome)?;
        Ok(Dirs {
            config_file: config_file.unwrap_or_else(|| project.config_dir.join("config.toml")),
            cache_dir: cache_dir.unwrap_or(project.cache_dir),
            data_dir: data_dir.unwrap_or(project.data_dir),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for the home directory's wxmod folders.
    fn fake_home() -> Option<Platform> {
        Some(Platform {
            config_dir: PathBuf::from("/fake-home/.config/wxmod"),
            cache_dir: PathBuf::from("/fake-home/.cache/wxmod"),
            data_dir: PathBuf::from("/fake-home/.local/share/wxmod"),
        })
    }

    fn resolve(
        config: Option<&str>,
        data: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Dirs, NoHome> {
        Dirs::resolve_with(config.map(Into::into), data.map(Into::into), env, fake_home)
    }

    #[test]
    fn flags_beat_environment_and_blank_values_are_ignored() {
        let env = |key: &str| match key {
            "WXMOD_CONFIG" => Some("/env/config.toml".to_string()),
            "WXMOD_CACHE_DIR" => Some("/env/cache".to_string()),
            "WXMOD_DATA_DIR" => Some("/env/data".to_string()),
            _ => None,
        };
        let d = resolve(None, None, &env).unwrap();
        assert_eq!(d.config_file, PathBuf::from("/env/config.toml"));
        assert_eq!(d.cache_dir, PathBuf::from("/env/cache"));
        assert_eq!(d.data_dir, PathBuf::from("/env/data"));

        let d = resolve(Some("/flag/c.toml"), Some("/flag/data"), &env).unwrap();
        assert_eq!(d.config_file, PathBuf::from("/flag/c.toml"));
        assert_eq!(d.cache_dir, PathBuf::from("/env/cache"));
        assert_eq!(d.data_dir, PathBuf::from("/flag/data"));

        // Blank variables fall back to the platform's directories, never to "".
        let blank = |_: &str| Some(String::new());
        let d = resolve(None, None, &blank).unwrap();
        assert_eq!(
            d.config_file,
            PathBuf::from("/fake-home/.config/wxmod/config.toml")
        );
        assert_eq!(d.cache_dir, PathBuf::from("/fake-home/.cache/wxmod"));
        assert_eq!(d.data_dir, PathBuf::from("/fake-home/.local/share/wxmod"));
    }

    #[test]
    fn without_a_home_the_error_names_the_variables() {
        let none = |_: &str| None;
        let e = Dirs::resolve_with(None, None, &none, || None).unwrap_err();
        assert!(e.to_string().contains("WXMOD_DATA_DIR"), "{e}");
        let zh = e.render(crate::i18n::Lang::Zh);
        assert!(zh.contains("主目录") && zh.contains("WXMOD_CONFIG"), "{zh}");
        // Everything given: the platform is never asked.
        let all = |key: &str| Some(format!("/env/{key}"));
        let d = Dirs::resolve_with(None, None, &all, || -> Option<Platform> {
            panic!("the home directory was looked up")
        })
        .unwrap();
        assert_eq!(d.cache_dir, PathBuf::from("/env/WXMOD_CACHE_DIR"));
    }
}
