//! `ConfigError` in words: every error names the file, the line and the key,
//! in the user's language; its `Display` stays English for logs.

use super::{ConfigError, KNOWN_KEYS};
use crate::i18n::{Arg, Localize, Message};
use crate::msg;

impl Localize for ConfigError {
    fn message(&self) -> Message {
        match self {
            ConfigError::Read { file, detail } => msg!(
                "cli-config-read",
                file = file.as_str(),
                detail = detail.as_str()
            ),
            ConfigError::Syntax { file, line, detail } => msg!(
                "cli-config-syntax",
                file = file.as_str(),
                line = *line,
                detail = detail.as_str()
            ),
            ConfigError::UnknownKey { file, line, key } => msg!(
                "cli-config-unknown-key",
                file = file.as_str(),
                line = *line,
                key = key.as_str(),
                known = Arg::list(KNOWN_KEYS.iter().copied())
            ),
            ConfigError::BadValue {
                file,
                line,
                key,
                problem,
            } => msg!(
                "cli-config-bad-value",
                file = file.as_str(),
                line = *line,
                key = key.as_str(),
                problem = problem.clone()
            ),
            ConfigError::SecretReadable { file } => {
                msg!("cli-config-secret-readable", file = file.as_str())
            }
            ConfigError::HalfCredentials { present, missing } => msg!(
                "cli-config-half-credentials",
                present = present.clone(),
                missing = missing.clone()
            ),
            ConfigError::UnknownAccount { name, known } if known.is_empty() => {
                msg!("accounts-unknown-none", name = name.as_str())
            }
            ConfigError::UnknownAccount { name, known } => msg!(
                "accounts-unknown",
                name = name.as_str(),
                known = Arg::list(known)
            ),
            ConfigError::NoAccountChosen { known } => {
                msg!("accounts-none-chosen", known = Arg::list(known))
            }
            ConfigError::UnknownAccountKey {
                file,
                line,
                account,
                key,
            } => msg!(
                "accounts-config-unknown-key",
                file = file.as_str(),
                line = *line,
                account = account.as_str(),
                key = key.as_str(),
                known = Arg::list(super::ACCOUNT_KEYS.iter().copied())
            ),
            ConfigError::BadEnv {
                key,
                value,
                example,
            } => msg!(
                "cli-config-bad-env",
                key = key.as_str(),
                value = value.as_str(),
                example = example.as_str()
            ),
        }
    }
}
