//! A string that must never be printed: app secrets and access tokens.
//! `Debug` and `Display` show a placeholder; only `expose()` gives the value.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The value, for putting on the wire. Never format it.
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Replace the value of every `access_token=` (and `secret=`) query parameter in
/// `text` with `<redacted>`: reqwest's errors print the request URL.
pub fn redact_url_secrets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let hit = ["access_token=", "secret="]
            .iter()
            .filter_map(|key| rest.find(key).map(|pos| (pos, key.len())))
            .min_by_key(|(pos, _)| *pos);
        let Some((pos, key_len)) = hit else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..pos + key_len]);
        out.push_str("<redacted>");
        rest = &rest[pos + key_len..];
        let end = rest
            .find(|c: char| {
                c == '&' || c == ' ' || c == ')' || c == '"' || c == '\'' || c.is_whitespace()
            })
            .unwrap_or(rest.len());
        rest = &rest[end..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_formats() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s} {s:?}"), "<redacted> <redacted>");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn urls_lose_their_tokens() {
        let msg = "error sending request for url (http://127.0.0.1:1/cgi-bin/comment/list?access_token=ABC.def-1&x=1)";
        let r = redact_url_secrets(msg);
        assert!(!r.contains("ABC.def-1"), "{r}");
        assert!(r.contains("access_token=<redacted>&x=1)"), "{r}");
        assert_eq!(
            redact_url_secrets("a?appid=x&secret=zz"),
            "a?appid=x&secret=<redacted>"
        );
    }
}
