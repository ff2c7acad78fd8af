//! Which language the user reads: `--lang`, then `WXMOD_LANG`, then the config's
//! `lang`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: any `zh*` is
//! Chinese), else English.

use super::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

/// Where a language setting came from, so an unknown value names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    Flag,
    Env,
    Config,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {value:?} ({from:?}): use zh or en")]
pub struct LangError {
    pub value: String,
    pub from: LangSource,
}

impl LangError {
    pub fn message(&self) -> Message {
        let source = match self.from {
            LangSource::Flag => "--lang",
            LangSource::Env => "WXMOD_LANG",
            LangSource::Config => "lang",
        };
        crate::msg!("lang-unknown", value = self.value.as_str(), source = source)
    }
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// `en` or `zh`, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `zh` or `en` (any case; `zh-CN`, `zh_TW`, `en-US` too).
    pub fn parse(value: &str) -> Option<Lang> {
        let v = value.trim().to_ascii_lowercase();
        let base = v.split(['-', '_']).next().unwrap_or("");
        match base {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The locale's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
/// set and not empty decides; any `zh*` value means Chinese.
pub fn locale_lang(env: &dyn Fn(&str) -> Option<String>) -> Lang {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(key).filter(|v| !v.trim().is_empty()) {
            return if value.trim().to_ascii_lowercase().starts_with("zh") {
                Lang::Zh
            } else {
                Lang::En
            };
        }
    }
    Lang::En
}

/// The user's language from the flag, the environment, the config and the
/// locale, in that order. An unknown value is an error naming where it was.
pub fn detect_lang(
    flag: Option<&str>,
    config: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Lang, LangError> {
    let env_value = env("WXMOD_LANG").filter(|v| !v.trim().is_empty());
    let given = [
        (flag.map(str::to_string), LangSource::Flag),
        (env_value, LangSource::Env),
        (config.map(str::to_string), LangSource::Config),
    ];
    for (value, source) in given {
        if let Some(value) = value {
            return Lang::parse(&value).ok_or(LangError {
                value,
                from: source,
            });
        }
    }
    Ok(locale_lang(env))
}
