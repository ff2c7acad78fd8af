//! The user's language, found before clap parses: clap's help and usage
//! errors are already in that language. Reads `--lang X` / `--lang=X` and
//! `--config PATH` from the raw arguments and the config's `lang` leniently (a
//! broken config is reported by the real load later, not here).

use std::ffi::OsString;
use std::path::PathBuf;

use crate::i18n::{Lang, LangError, detect_lang};

/// `--lang` and `--config` as given, before any parsing; `--` ends the flags.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Early {
    pub lang: Option<String>,
    pub config: Option<PathBuf>,
}

pub fn scan(args: &[OsString]) -> Early {
    let mut early = Early::default();
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            early.lang = Some(value.to_string());
        } else if arg == "--lang" {
            early.lang = iter.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--config=") {
            early.config = Some(PathBuf::from(value));
        } else if arg == "--config" {
            early.config = iter.next().map(PathBuf::from);
        }
    }
    early
}

/// The language: `--lang`, `WXMOD_LANG`, the config's `lang`, the locale.
pub fn lang(args: &[OsString], env: &dyn Fn(&str) -> Option<String>) -> Result<Lang, LangError> {
    let early = scan(args);
    // The config is read only when neither the flag nor the environment decides.
    let decided = early.lang.is_some() || env("WXMOD_LANG").is_some_and(|v| !v.trim().is_empty());
    let config_lang = if decided {
        None
    } else {
        let file = early.config.clone().or_else(|| {
            crate::paths::Dirs::resolve(None, None, env)
                .ok()
                .map(|dirs| dirs.config_file)
        });
        file.and_then(|file| crate::config::peek(&file).lang)
    };
    detect_lang(early.lang.as_deref(), config_lang.as_deref(), env)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn flags_are_found_in_both_spellings_and_not_after_the_separator() {
        let early = scan(&os(&["wxmod", "list", "--lang=zh", "--config", "/c.toml"]));
        assert_eq!(early.lang.as_deref(), Some("zh"));
        assert_eq!(early.config, Some(PathBuf::from("/c.toml")));
        let early = scan(&os(&["wxmod", "--lang", "en", "--", "--lang", "zh"]));
        assert_eq!(early.lang.as_deref(), Some("en"));
    }

    #[test]
    fn the_config_decides_after_flag_and_env_and_a_broken_one_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config.toml");
        std::fs::write(&config, "lang = \"zh\"\n").unwrap();
        let path = config.to_string_lossy().into_owned();
        let env = |key: &str| match key {
            "LANG" => Some("en_US.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(lang(&os(&["wxmod", "--config", &path]), &env), Ok(Lang::Zh));
        assert_eq!(
            lang(&os(&["wxmod", "--config", &path, "--lang", "en"]), &env),
            Ok(Lang::En)
        );
        std::fs::write(&config, "lang = [broken\n").unwrap();
        assert_eq!(lang(&os(&["wxmod", "--config", &path]), &env), Ok(Lang::En));
        assert!(lang(&os(&["wxmod", "--lang", "fr"]), &env).is_err());
    }
}
