//! The on-disk cache of a fetched access token: one 0600 JSON file per
//! (api_base, appid), so a second run reuses the token instead of fetching.
//! Never holds the app secret; never prints the token.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::error::TokenError;
use super::secret::Secret;

/// No cached token is trusted for longer than this from now (the API's tokens
/// live two hours).
const MAX_CACHED_LIFETIME: Duration = Duration::from_secs(86_400);

/// What the cache file holds. No `Debug`: it carries the token.
#[derive(Serialize, Deserialize)]
struct CacheFile {
    access_token: String,
    /// Unix seconds when the server says the token dies.
    expires_at: u64,
    /// Unix seconds after which wxmod fetches a new one.
    refresh_at: u64,
    appid: String,
    api_base: String,
}

#[derive(Debug, Clone)]
pub(crate) struct TokenCache {
    path: PathBuf,
    api_base: String,
    appid: String,
}

impl TokenCache {
    pub fn new(dir: &Path, api_base: &str, appid: &str) -> TokenCache {
        // A stable hash (std's hasher may change between releases): FNV-1a.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in api_base.bytes().chain([0u8]).chain(appid.bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        TokenCache {
            path: dir.join(format!("token-{hash:016x}.json")),
            api_base: api_base.to_string(),
            appid: appid.to_string(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cached token and when to refresh it, if one is there, is for this
    /// base and appid, and is still fresh. Anything odd reads as "no cache".
    pub fn load(&self) -> Option<(Secret, SystemTime)> {
        tighten_mode(&self.path);
        let text = fs::read_to_string(&self.path).ok()?;
        let file: CacheFile = serde_json::from_str(&text).ok()?;
        if file.api_base != self.api_base || file.appid != self.appid {
            return None;
        }
        // The file may have been edited or damaged: a time that overflows, is
        // past, lies beyond any real token lifetime, or after the expiry, is no cache.
        let refresh_at = UNIX_EPOCH.checked_add(Duration::from_secs(file.refresh_at))?;
        let now = SystemTime::now();
        let horizon = now.checked_add(MAX_CACHED_LIFETIME)?;
        if now >= refresh_at
            || refresh_at > horizon
            || file.refresh_at > file.expires_at
            || file.access_token.trim().is_empty()
        {
            return None;
        }
        Some((Secret::new(file.access_token), refresh_at))
    }

    /// Write the token atomically (temp file + rename) into a file only the user can read.
    pub fn store(
        &self,
        token: &Secret,
        expires_at: SystemTime,
        refresh_at: SystemTime,
    ) -> Result<(), TokenError> {
        let file = CacheFile {
            access_token: token.expose().to_string(),
            expires_at: unix_secs(expires_at),
            refresh_at: unix_secs(refresh_at),
            appid: self.appid.clone(),
            api_base: self.api_base.clone(),
        };
        let text = serde_json::to_string(&file).map_err(|e| self.error(e.to_string()))?;
        let dir = self.path.parent().unwrap_or(Path::new("."));
        create_private_dir(dir).map_err(|e| self.error(e.to_string()))?;
        let tmp = dir.join(format!(
            ".{}.{}-{:08x}.tmp",
            self.path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("token"),
            std::process::id(),
            fastrand::u32(..)
        ));
        let written =
            write_private(&tmp, text.as_bytes()).and_then(|()| fs::rename(&tmp, &self.path));
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(self.error(e.to_string()));
        }
        Ok(())
    }

    fn error(&self, detail: String) -> TokenError {
        TokenError::Cache {
            path: self.path.display().to_string(),
            detail,
        }
    }
}

/// Whether `dir` holds a fresh cached token for `appid` at `api_base` (as the
/// client would use it): what `wxmod accounts` shows. Never reads the token out.
pub fn has_fresh_token(dir: &Path, api_base: &str, appid: &str) -> bool {
    let base = match super::base_url::check(api_base) {
        Ok(base) => base.text,
        Err(_) => return false,
    };
    TokenCache::new(dir, &base, appid).load().is_some()
}

fn unix_secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs()
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

/// A cache file left readable by others (older version, copied by hand) is
/// made private again before it is read.
#[cfg(unix)]
fn tighten_mode(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
}

#[cfg(not(unix))]
fn tighten_mode(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keyed_by_base_and_appid() {
        let dir = tempfile::tempdir().unwrap();
        let later = SystemTime::now() + Duration::from_secs(3600);
        let a = TokenCache::new(dir.path(), "http://127.0.0.1:1", "wxA");
        let b = TokenCache::new(dir.path(), "http://127.0.0.1:2", "wxA");
        assert_ne!(a.path(), b.path());
        a.store(&Secret::new("TOK"), later, later).unwrap();
        assert_eq!(a.load().unwrap().0.expose(), "TOK");
        assert!(b.load().is_none());
        let stale = SystemTime::now() - Duration::from_secs(1);
        a.store(&Secret::new("OLD"), later, stale).unwrap();
        assert!(a.load().is_none(), "past refresh_at is no cache");
    }

    #[test]
    fn damaged_or_doctored_cache_files_read_as_no_cache() {
        let dir = tempfile::tempdir().unwrap();
        let c = TokenCache::new(dir.path(), "https://x", "wxA");
        let now = unix_secs(SystemTime::now());
        let write = |refresh_at: u64, expires_at: u64, token: &str| {
            let text = serde_json::json!({
                "access_token": token, "expires_at": expires_at, "refresh_at": refresh_at,
                "appid": "wxA", "api_base": "https://x"
            });
            fs::write(c.path(), text.to_string()).unwrap();
        };
        write(now + 3000, now + 3600, "TOK");
        assert!(c.load().is_some(), "a sound file is read");
        write(u64::MAX, u64::MAX, "TOK");
        assert!(c.load().is_none(), "overflowing time");
        write(now + 30 * 86_400, now + 31 * 86_400, "TOK");
        assert!(c.load().is_none(), "beyond any real lifetime");
        write(now + 3600, now + 60, "TOK");
        assert!(c.load().is_none(), "refresh after expiry");
        write(now + 3000, now + 3600, "  ");
        assert!(c.load().is_none(), "blank token");
        fs::write(c.path(), "{\"access_token\": 5}").unwrap();
        assert!(c.load().is_none(), "wrong types");
        fs::write(c.path(), [0xff, 0xfe, 0x00]).unwrap();
        assert!(c.load().is_none(), "not text");
    }

    #[cfg(unix)]
    #[test]
    fn file_is_private_and_loose_files_are_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let later = SystemTime::now() + Duration::from_secs(3600);
        let c = TokenCache::new(&dir.path().join("sub"), "https://x", "wxA");
        c.store(&Secret::new("TOK"), later, later).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(c.path()), 0o600);
        fs::set_permissions(c.path(), fs::Permissions::from_mode(0o644)).unwrap();
        assert!(c.load().is_some());
        assert_eq!(mode(c.path()), 0o600);
    }
}
