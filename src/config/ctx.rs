//! Pointing at a line of the config file being read: errors name the file,
//! the line and the key, and never quote a line that holds the secret.

use toml::Spanned;

use super::{ConfigError, KNOWN_KEYS};
use crate::i18n::Message;
use crate::msg;

/// The file being read, for pointing at lines.
pub(super) struct Ctx<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

impl Ctx<'_> {
    pub fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn bad(&self, span: std::ops::Range<usize>, key: &str, problem: Message) -> ConfigError {
        ConfigError::BadValue {
            file: self.file.to_string(),
            line: self.line(span.start),
            key: key.to_string(),
            problem,
        }
    }

    /// A number key, checked against its range; `None` when absent.
    pub fn ranged(
        &self,
        value: &Option<Spanned<i64>>,
        key: &str,
        min: i64,
        max: i64,
    ) -> Result<Option<i64>, ConfigError> {
        let Some(v) = value else { return Ok(None) };
        let n = *v.get_ref();
        if n < min || n > max {
            return Err(self.bad(
                v.span(),
                key,
                msg!(
                    "cli-config-range",
                    min = min.to_string(),
                    max = max.to_string(),
                    value = n.to_string()
                ),
            ));
        }
        Ok(Some(n))
    }

    /// A TOML error with its line and, for a value of the wrong type, its key.
    /// Uses toml's message only (its full Display quotes the line, which may
    /// hold the secret).
    pub fn toml_error(&self, e: &toml::de::Error, typed: bool) -> ConfigError {
        let start = e.span().map_or(0, |s| s.start);
        let line = self.line(start);
        let key = self.key_on_line(line);
        match key {
            Some(key) if typed && KNOWN_KEYS.contains(&key.as_str()) => ConfigError::BadValue {
                file: self.file.to_string(),
                line,
                problem: if key.ends_with("_secs")
                    || key == "page_size"
                    || key == "concurrency"
                    || key == "recent_days"
                {
                    msg!("cli-config-whole-number", key = key.as_str())
                } else {
                    msg!("cli-config-quoted", key = key.as_str())
                },
                key,
            },
            _ => ConfigError::Syntax {
                file: self.file.to_string(),
                line,
                detail: if self.holds_secret(line) {
                    "the line does not parse".to_string()
                } else {
                    crate::sanitize::clean_line(e.message().trim()).into_owned()
                },
            },
        }
    }

    fn key_on_line(&self, line: usize) -> Option<String> {
        let text = self.text.lines().nth(line.checked_sub(1)?)?;
        let (key, _) = text.split_once('=')?;
        let key = key.trim();
        let bare = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        bare.then(|| key.to_string())
    }

    fn holds_secret(&self, line: usize) -> bool {
        self.key_on_line(line).as_deref() == Some("secret")
            || self
                .text
                .lines()
                .nth(line.saturating_sub(1))
                .is_some_and(|l| l.contains("secret"))
    }
}
