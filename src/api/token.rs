//! Where access tokens come from. (Interface fixed; implementation pending.)

use super::secret::Secret;

/// The first configured source wins: a ready token, a token command, app credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Ready(Secret),
    Command(String),
    Credentials { appid: String, secret: Secret },
}
