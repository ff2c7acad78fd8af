//! The app credentials of an account, and the file-mode check for a config
//! that holds a secret.

use std::path::Path;

use super::ConfigError;
use crate::api::{Secret, TokenSource};
use crate::i18n::Message;
use crate::msg;

/// The environment's pair wins over the file's; either half alone is an error.
pub(super) fn credentials(
    env: (Option<String>, Option<String>),
    file: (Option<String>, Option<String>),
    file_name: &str,
) -> Result<Option<TokenSource>, ConfigError> {
    let half =
        |present: Message, missing: Message| ConfigError::HalfCredentials { present, missing };
    let in_file = |key: &str| msg!("cli-config-key-in-file", key = key, file = file_name);
    let pair = match env {
        (Some(appid), Some(secret)) => (appid, secret),
        (Some(_), None) => {
            return Err(half(
                Message::text("WXMOD_APPID"),
                Message::text("WXMOD_SECRET"),
            ));
        }
        (None, Some(_)) => {
            return Err(half(
                Message::text("WXMOD_SECRET"),
                Message::text("WXMOD_APPID"),
            ));
        }
        (None, None) => match file {
            (Some(appid), Some(secret)) => (appid, secret),
            (Some(_), None) => {
                return Err(half(in_file("appid"), in_file("secret")));
            }
            (None, Some(_)) => {
                return Err(half(in_file("secret"), in_file("appid")));
            }
            (None, None) => return Ok(None),
        },
    };
    Ok(Some(TokenSource::Credentials {
        appid: pair.0,
        secret: Secret::new(pair.1),
    }))
}

#[cfg(unix)]
pub(super) fn refuse_if_readable_by_others(path: &Path, file: &str) -> Result<(), ConfigError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| ConfigError::Read {
            file: file.to_string(),
            detail: e.to_string(),
        })?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(ConfigError::SecretReadable {
            file: file.to_string(),
        });
    }
    Ok(())
}

#[cfg(not(unix))]
pub(super) fn refuse_if_readable_by_others(_path: &Path, _file: &str) -> Result<(), ConfigError> {
    Ok(())
}
