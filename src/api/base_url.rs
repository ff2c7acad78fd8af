//! Checks the API base URL before any request: https anywhere, plain http only to
//! this machine (the simulator). Never lets a token travel in clear text off-host.

use std::net::IpAddr;

use reqwest::Url;

use super::error::BaseUrlError;

/// A base URL that passed the checks, without its trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BaseUrl {
    pub text: String,
    /// Host is 127.0.0.0/8, ::1 or localhost.
    pub loopback: bool,
}

/// Accept `https://…` anywhere and `http://…` only for loopback hosts.
pub(crate) fn check(raw: &str) -> Result<BaseUrl, BaseUrlError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(BaseUrlError::Empty);
    }
    let url = Url::parse(trimmed).map_err(|e| BaseUrlError::NotAUrl { why: e.to_string() })?;
    let shown = origin(&url);
    if !url.username().is_empty() || url.password().is_some() {
        return Err(BaseUrlError::Credentials { shown });
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(BaseUrlError::QueryOrFragment { shown });
    }
    let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
        return Err(BaseUrlError::NoHost { shown });
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(BaseUrlError::PlainHttp { shown });
        }
        other => {
            return Err(BaseUrlError::Scheme {
                scheme: other.to_string(),
            });
        }
    }
    let text = url.as_str().trim_end_matches('/').to_string();
    Ok(BaseUrl { text, loopback })
}

fn origin(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_http_and_any_https_pass() {
        for (raw, loopback) in [
            ("http://127.0.0.1:8080/", true),
            ("http://127.3.4.5", true),
            ("http://[::1]:9000", true),
            ("http://LOCALHOST:1", true),
            ("https://api.weixin.qq.com", false),
            ("https://proxy.example.com/wx/", false),
        ] {
            let b = check(raw).unwrap();
            assert_eq!(b.loopback, loopback, "{raw}");
            assert!(!b.text.ends_with('/'), "{}", b.text);
        }
    }

    #[test]
    fn cleartext_off_host_and_odd_schemes_are_refused() {
        for raw in [
            "http://api.weixin.qq.com",
            "http://10.0.0.1:80",
            "http://[::2]",
            "ftp://127.0.0.1",
            "",
            "not a url",
            "https://u:pw@example.com",
            "https://example.com/?access_token=x",
        ] {
            let e = check(raw).unwrap_err();
            let _: BaseUrlError = e;
            assert!(!e.to_string().contains("pw"), "{e}");
        }
        let e = check("http://example.com").unwrap_err().to_string();
        assert!(e.contains("https://") && e.contains("example.com"), "{e}");
    }

    #[test]
    fn look_alike_loopback_hosts_are_refused() {
        for raw in [
            "http://127.0.0.1.evil.com",
            "http://localhost.evil.com",
            "http://evil.com.localhost.example",
            "http://localhost.",
            "http://127.0.0.1@evil.com",
            "http://127.0.0.1:8080@evil.com",
            "http://user@127.0.0.1",
            "http://evil.com\\@127.0.0.1",
            "http://evil.com#@127.0.0.1",
            "http://evil.com?@127.0.0.1",
            "http://[::ffff:127.0.0.1]",
            "http://0.0.0.0:8080",
            "http://[::]:8080",
            "http://[::2]",
        ] {
            let e = check(raw).unwrap_err();
            let _: BaseUrlError = e;
        }
        // What the URL parser turns into a loopback address really is one.
        for (raw, text) in [
            ("http://[::1]", "http://[::1]"),
            ("http://[0:0:0:0:0:0:0:1]:8080/", "http://[::1]:8080"),
            ("http://127.1:9", "http://127.0.0.1:9"),
            ("HTTP://LocalHost:9/", "http://localhost:9"),
        ] {
            let b = check(raw).unwrap();
            assert!(b.loopback, "{raw}");
            assert_eq!(b.text, text);
        }
    }

    #[test]
    fn refusals_say_why() {
        let e = check("http://u:pw@127.0.0.1").unwrap_err().to_string();
        assert!(
            e.contains("user name or password") && !e.contains("pw"),
            "{e}"
        );
        let e = check("http://127.0.0.1.evil.com").unwrap_err().to_string();
        assert!(
            e.contains("refusing plain http to http://127.0.0.1.evil.com"),
            "{e}"
        );
    }
}
