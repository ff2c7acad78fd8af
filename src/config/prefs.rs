//! The display preferences (`lang`, `utc_offset`) read on their own: before
//! clap parses, and for `--demo`, which ignores the rest of the config.

use std::path::Path;

use time::UtcOffset;

use super::{ConfigError, given};
use crate::msg;

pub(super) fn bad_offset_env(value: &str) -> ConfigError {
    ConfigError::BadEnv {
        key: "WXMOD_UTC_OFFSET".to_string(),
        value: crate::sanitize::clean_line(value).into_owned(),
        example: "+08:00".to_string(),
    }
}

/// The display preferences of a config file, read leniently: before clap
/// parses (its help is already in the user's language) and for `--demo`,
/// which ignores the rest of the config. A broken file gives nothing here;
/// the real `load` reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Peek {
    pub lang: Option<String>,
    pub utc_offset: Option<String>,
}

pub fn peek(config_file: &Path) -> Peek {
    let Ok(text) = std::fs::read_to_string(config_file) else {
        return Peek::default();
    };
    let Ok(table) = toml::from_str::<toml::Table>(&text) else {
        return Peek::default();
    };
    let text_of = |key: &str| {
        table
            .get(key)
            .and_then(|v| v.as_str())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    Peek {
        lang: text_of("lang"),
        utc_offset: text_of("utc_offset"),
    }
}

/// The offset for a session that does not `load` the config (the demo):
/// `WXMOD_UTC_OFFSET`, then the file's `utc_offset`; a bad value is an error.
pub fn display_offset(
    config_file: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<UtcOffset>, ConfigError> {
    if let Some(value) = given(env("WXMOD_UTC_OFFSET")) {
        return crate::display::parse_utc_offset(&value)
            .map(Some)
            .ok_or_else(|| bad_offset_env(&value));
    }
    match peek(config_file).utc_offset {
        Some(value) => crate::display::parse_utc_offset(&value)
            .map(Some)
            .ok_or_else(|| ConfigError::BadValue {
                file: config_file.display().to_string(),
                line: std::fs::read_to_string(config_file)
                    .ok()
                    .and_then(|t| {
                        t.lines()
                            .position(|l| l.trim_start().starts_with("utc_offset"))
                    })
                    .map_or(1, |n| n + 1),
                key: "utc_offset".to_string(),
                problem: msg!("cli-config-offset"),
            }),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Localize};

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn utc_offset_and_lang_are_config_keys_and_a_bad_offset_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "lang = \"zh\"\nutc_offset = \"+08:00\"\n").unwrap();
        let settings =
            crate::config::load(&file, &crate::config::Overrides::default(), &no_env).unwrap();
        assert_eq!(settings.utc_offset, UtcOffset::from_hms(8, 0, 0).ok());
        assert_eq!(peek(&file).lang.as_deref(), Some("zh"));
        let env = |key: &str| (key == "WXMOD_UTC_OFFSET").then(|| "-05:30".to_string());
        assert_eq!(
            display_offset(&file, &env).unwrap(),
            UtcOffset::from_hms(-5, -30, 0).ok(),
            "the environment wins"
        );

        std::fs::write(&file, "page_size = 10\nutc_offset = \"soon\"\n").unwrap();
        let err =
            crate::config::load(&file, &crate::config::Overrides::default(), &no_env).unwrap_err();
        let en = err.to_string();
        assert!(
            en.contains("line 2") && en.contains("utc_offset") && en.contains("+08:00"),
            "{en}"
        );
        let zh = err.render(Lang::Zh);
        assert!(zh.contains("第 2 行") && zh.contains("+08:00"), "{zh}");
        let demo = display_offset(&file, &no_env).unwrap_err().render(Lang::En);
        assert!(demo.contains("line 2"), "{demo}");
        let bad_env = |key: &str| (key == "WXMOD_UTC_OFFSET").then(|| "Beijing".to_string());
        let err = display_offset(&file, &bad_env).unwrap_err();
        assert!(err.render(Lang::Zh).contains("WXMOD_UTC_OFFSET"));
    }
}
