//! Settings as a user writes them: precedence of flags, environment and file,
//! and the error a user sees for each kind of bad config file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tempfile::TempDir;
use wxmod::api::TokenSource;
use wxmod::config::{ConfigError, Overrides, Settings, SourceKind, list_accounts, load};

struct Case {
    dir: TempDir,
    env: HashMap<String, String>,
    overrides: Overrides,
}

impl Case {
    fn new() -> Case {
        Case {
            dir: TempDir::new().unwrap(),
            env: HashMap::new(),
            overrides: Overrides::default(),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// Write config.toml with the given mode.
    fn file(self, text: &str, mode: u32) -> Case {
        std::fs::write(self.path(), text).unwrap();
        set_mode(&self.path(), mode);
        self
    }

    fn env(mut self, key: &str, value: &str) -> Case {
        self.env.insert(key.into(), value.into());
        self
    }

    fn load(&self) -> Result<Settings, ConfigError> {
        let env = |k: &str| self.env.get(k).cloned();
        load(&self.path(), &self.overrides, &env)
    }

    fn error(&self) -> String {
        self.load().unwrap_err().to_string()
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) {}

fn command(s: &Settings) -> &str {
    match &s.token_source {
        Some(TokenSource::Command(c)) => c,
        other => panic!("{other:?}"),
    }
}

#[test]
fn no_file_means_defaults_and_no_token_source() {
    let s = Case::new().load().unwrap();
    assert_eq!(s.api_base, "https://api.weixin.qq.com");
    assert_eq!((s.page_size, s.concurrency), (49, 4));
    assert_eq!(s.connect_timeout, Duration::from_secs(10));
    assert_eq!(s.request_timeout, Duration::from_secs(30));
    assert!(s.token_source.is_none() && s.config_file.is_none());
}

#[test]
fn flags_beat_environment_beat_file() {
    let file = "api_base = \"https://file.example\"\ntoken_command = \"file-cmd\"\npage_size = 20\nconcurrency = 8\nrequest_timeout_secs = 5\nconnect_timeout_secs = 3\n";
    let mut case = Case::new()
        .file(file, 0o644)
        .env("WXMOD_API_BASE", "https://env.example")
        .env("WXMOD_TOKEN_COMMAND", "env-cmd");
    case.overrides = Overrides {
        api_base: Some("https://flag.example".into()),
        access_token: None,
        token_command: Some("flag-cmd".into()),
        account: None,
    };
    let s = case.load().unwrap();
    assert_eq!(
        (s.api_base.as_str(), command(&s)),
        ("https://flag.example", "flag-cmd")
    );
    assert_eq!((s.page_size, s.concurrency), (20, 8));
    assert_eq!(s.request_timeout, Duration::from_secs(5));
    assert_eq!(s.connect_timeout, Duration::from_secs(3));
    assert_eq!(s.config_file.as_deref(), Some(case.path().as_path()));
    // ... and they reach the client.
    let o = s.client_options(Some(PathBuf::from("/c")));
    assert_eq!(
        (o.page_size, o.request_timeout, o.connect_timeout),
        (20, Duration::from_secs(5), Duration::from_secs(3))
    );
    assert_eq!(o.api_base, "https://flag.example");
    assert_eq!(o.cache_dir, Some(PathBuf::from("/c")));

    case.overrides.access_token = Some("FLAG-TOKEN-77".into());
    assert!(!format!("{:?}", case.overrides).contains("FLAG-TOKEN-77"));
    case.overrides = Overrides::default();
    let s = case.load().unwrap();
    assert_eq!(
        (s.api_base.as_str(), command(&s)),
        ("https://env.example", "env-cmd")
    );

    case.env.clear();
    let s = case.load().unwrap();
    assert_eq!(
        (s.api_base.as_str(), command(&s)),
        ("https://file.example", "file-cmd")
    );
}

#[test]
fn the_first_configured_token_source_wins() {
    let file = "appid = \"wxfile\"\nsecret = \"file-secret\"\n";
    let mut case = Case::new()
        .file(file, 0o600)
        .env("WXMOD_ACCESS_TOKEN", "READY")
        .env("WXMOD_TOKEN_COMMAND", "cmd");
    assert!(
        matches!(case.load().unwrap().token_source, Some(TokenSource::Ready(t)) if t.expose() == "READY")
    );

    case.env.remove("WXMOD_ACCESS_TOKEN");
    assert_eq!(command(&case.load().unwrap()), "cmd");

    case.env.remove("WXMOD_TOKEN_COMMAND");
    let file_pair = case.load().unwrap().token_source;
    assert!(
        matches!(&file_pair, Some(TokenSource::Credentials { appid, secret })
        if appid == "wxfile" && secret.expose() == "file-secret")
    );
    assert!(!format!("{file_pair:?}").contains("file-secret"));

    let case = case
        .env("WXMOD_APPID", "wxenv")
        .env("WXMOD_SECRET", "env-secret");
    assert!(matches!(case.load().unwrap().token_source,
        Some(TokenSource::Credentials { appid, .. }) if appid == "wxenv"));
}

#[test]
fn half_configured_credentials_name_the_missing_half() {
    let e = Case::new().env("WXMOD_APPID", "wx1").error();
    assert!(
        e.contains("WXMOD_APPID is set but WXMOD_SECRET is missing"),
        "{e}"
    );

    let case = Case::new().file("secret = \"s3\"\n", 0o600);
    let e = case.error();
    assert!(e.contains("appid in") && e.contains("config.toml"), "{e}");
    assert!(!e.contains("s3\""), "{e}");

    // A ready token makes the half pair irrelevant.
    let case = Case::new()
        .env("WXMOD_APPID", "wx1")
        .env("WXMOD_ACCESS_TOKEN", "T");
    assert!(case.load().is_ok());
}

#[test]
fn bad_toml_names_the_line() {
    let case = Case::new().file("page_size = 10\n\nconcurrency = \n", 0o644);
    let e = case.load().unwrap_err();
    assert!(matches!(e, ConfigError::Syntax { line: 3, .. }), "{e:?}");
    assert!(e.to_string().contains("line 3"), "{e}");
}

#[test]
fn wrong_types_and_ranges_name_line_and_key() {
    for (text, line, key) in [
        ("# wxmod\npage_size = \"many\"\n", 2, "page_size"),
        ("page_size = 50\n", 1, "page_size"),
        (
            "api_base = \"https://x\"\nconcurrency = 0\n",
            2,
            "concurrency",
        ),
        ("concurrency = 33\n", 1, "concurrency"),
        ("recent_days = 0\n", 1, "recent_days"),
        ("\nrecent_days = 61\n", 2, "recent_days"),
        ("\n\nrequest_timeout_secs = 0\n", 3, "request_timeout_secs"),
        ("connect_timeout_secs = -1\n", 1, "connect_timeout_secs"),
        ("api_base = \"http://example.com\"\n", 1, "api_base"),
    ] {
        let e = Case::new().file(text, 0o644).error();
        assert!(
            e.contains(&format!("line {line}")) && e.contains(key),
            "{text:?}: {e}"
        );
        assert!(e.contains("config.toml"), "{e}");
    }
}

#[test]
fn recent_days_reaches_back_seven_days_unless_set() {
    let settings = Case::new().file("page_size = 10\n", 0o644).load().unwrap();
    assert_eq!(settings.recent_days, 7);
    let settings = Case::new()
        .file("recent_days = 30\n", 0o644)
        .load()
        .unwrap();
    assert_eq!(settings.recent_days, 30);
}

#[test]
fn unknown_keys_are_named() {
    let case = Case::new().file("page_size = 10\npage_sise = 20\n", 0o644);
    let e = case.load().unwrap_err();
    assert!(
        matches!(&e, ConfigError::UnknownKey { line: 2, key, .. } if key == "page_sise"),
        "{e:?}"
    );
    assert!(e.to_string().contains("known keys"), "{e}");
}

#[cfg(unix)]
#[test]
fn a_secret_in_a_file_others_can_read_is_refused() {
    let case = Case::new().file("appid = \"wx1\"\nsecret = \"hunter2\"\n", 0o644);
    let e = case.error();
    let path = case.path().display().to_string();
    assert_eq!(
        e,
        format!(
            "config file {path} holds the app secret and is readable by others: run chmod 600 {path}"
        )
    );
    set_mode(&case.path(), 0o640);
    assert!(case.load().is_err(), "group-readable is refused too");
    set_mode(&case.path(), 0o600);
    assert!(case.load().is_ok());
}

#[test]
fn errors_about_the_secret_line_do_not_quote_it() {
    for text in [
        "secret = 98765432\nappid = \"wx\"\n",
        "appid = \"wx\"\nsecret = \"98765432\n",
    ] {
        let e = Case::new().file(text, 0o600).error();
        assert!(!e.contains("98765432"), "{e}");
        assert!(e.contains("line"), "{e}");
    }
}

/// Two named accounts and the old top-level keys (the account `default`).
const ACCOUNTS: &str = r#"# the agency's accounts
appid = "wxtop"
secret = "top-secret"

[accounts.shop]
name = "旗舰店"
appid = "wxshop"
secret = "shop-secret"
api_base = "https://shop.example"

[accounts.brand]
appid = "wxbrand"
token_command = "agency-token"
"#;

fn chosen(case: &Case) -> String {
    case.load().unwrap().account.name
}

#[test]
fn which_account_flag_then_env_then_default_account_then_the_only_one_then_default() {
    let mut case = Case::new().file(ACCOUNTS, 0o600);
    // Three accounts, none named as the default: the top-level keys' `default`.
    let s = case.load().unwrap();
    assert_eq!(s.account.name, "default");
    assert_eq!(s.account.appid.as_deref(), Some("wxtop"));
    assert_eq!(s.api_base, "https://api.weixin.qq.com");

    let with_default = format!("default_account = \"brand\"\n{ACCOUNTS}");
    case = case.file(&with_default, 0o600);
    assert_eq!(chosen(&case), "brand");
    let s = case.load().unwrap();
    assert_eq!(command(&s), "agency-token");
    // An appid next to a token command is the account's, for the command's env.
    assert_eq!(s.account.appid.as_deref(), Some("wxbrand"));

    case = case.env("WXMOD_ACCOUNT", "shop");
    let s = case.load().unwrap();
    assert_eq!(s.account.name, "shop");
    assert_eq!(s.account.display_name.as_deref(), Some("旗舰店"));
    assert_eq!(s.api_base, "https://shop.example");
    assert!(matches!(
        &s.token_source,
        Some(TokenSource::Credentials { appid, .. }) if appid == "wxshop"
    ));

    case.overrides.account = Some("default".into());
    assert_eq!(chosen(&case), "default");

    // One account alone is the one used.
    let only = "[accounts.solo]\ntoken_command = \"solo-cmd\"\n";
    let case = Case::new().file(only, 0o644);
    assert_eq!(chosen(&case), "solo");
    assert_eq!(command(&case.load().unwrap()), "solo-cmd");
}

#[test]
fn an_unknown_account_names_the_configured_ones() {
    let mut case = Case::new().file(ACCOUNTS, 0o600);
    case.overrides.account = Some("shopp".into());
    let e = case.load().unwrap_err();
    assert!(matches!(e, ConfigError::UnknownAccount { .. }), "{e:?}");
    let text = e.to_string();
    assert!(
        text.contains("shopp") && text.contains("brand, default, shop"),
        "{text}"
    );
    let zh = wxmod::i18n::Localize::render(&e, wxmod::i18n::Lang::Zh);
    assert!(
        zh.contains("没有名为“shopp”的账号") && zh.contains("--account"),
        "{zh}"
    );

    let case = Case::new().file(&format!("default_account = \"nope\"\n{ACCOUNTS}"), 0o600);
    let text = case.error();
    assert!(
        text.contains("line 1") && text.contains("default_account"),
        "{text}"
    );

    // Without any config only `default` (the environment's) exists.
    let mut case = Case::new().env("WXMOD_ACCESS_TOKEN", "T");
    assert_eq!(chosen(&case), "default");
    case.overrides.account = Some("shop".into());
    let e = wxmod::i18n::Localize::render(&case.load().unwrap_err(), wxmod::i18n::Lang::En);
    assert!(
        e.contains("no account is configured") && e.contains("account add shop"),
        "{e}"
    );

    // Several accounts, no top-level keys, none chosen, nothing in the environment.
    let two = "[accounts.a]\ntoken_command = \"a\"\n[accounts.b]\ntoken_command = \"b\"\n";
    let e = Case::new().file(two, 0o644).load().unwrap_err();
    assert!(matches!(e, ConfigError::NoAccountChosen { .. }), "{e:?}");
    assert!(e.to_string().contains("a, b"), "{e}");
}

#[test]
fn account_tables_are_checked_like_the_rest_of_the_file() {
    let text = |body: &str| Case::new().file(body, 0o600).error();
    let e = text("[accounts.shop]\nappid = \"wx1\"\nsecrett = \"x\"\n");
    assert!(
        e.contains("line 3") && e.contains("secrett") && e.contains("[accounts.shop]"),
        "{e}"
    );
    let e = text("[accounts.\"my shop\"]\nappid = \"wx1\"\n");
    assert!(e.contains("line 1") && e.contains("my shop"), "{e}");
    let e = text("appid = \"wx1\"\nsecret = \"s\"\n[accounts.default]\nappid = \"wx2\"\n");
    assert!(e.contains("[accounts.default]"), "{e}");
    let e = text("[accounts.shop]\nappid = \"wx1\"\n");
    assert!(
        e.contains("secret is missing") || e.contains("secret"),
        "{e}"
    );
    // A secret in an account table makes the file private too.
    let e = Case::new()
        .file(
            "[accounts.shop]\nappid = \"wx1\"\nsecret = \"S-77\"\n",
            0o644,
        )
        .error();
    assert!(e.contains("chmod 600") && !e.contains("S-77"), "{e}");
    let e = Case::new()
        .file("[accounts.shop]\naccess_token = \"T-78\"\n", 0o640)
        .error();
    assert!(e.contains("chmod 600") && !e.contains("T-78"), "{e}");
}

#[test]
fn the_environment_still_overrides_the_chosen_account() {
    let mut case = Case::new()
        .file(ACCOUNTS, 0o600)
        .env("WXMOD_API_BASE", "https://env.example");
    case.overrides.account = Some("shop".into());
    let s = case.load().unwrap();
    assert_eq!(s.api_base, "https://env.example");
    assert_eq!(s.account.name, "shop");
}

#[test]
fn the_accounts_list_has_names_appids_sources_and_the_default() {
    let case = Case::new().file(&format!("default_account = \"shop\"\n{ACCOUNTS}"), 0o600);
    let (entries, default) = list_accounts(&case.path()).unwrap();
    assert_eq!(default.as_deref(), Some("shop"));
    let shown: Vec<(&str, Option<&str>, SourceKind, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.id.name.as_str(),
                e.id.appid.as_deref(),
                e.source,
                e.api_base.as_str(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                "brand",
                Some("wxbrand"),
                SourceKind::Command,
                "https://api.weixin.qq.com"
            ),
            (
                "default",
                Some("wxtop"),
                SourceKind::Credentials,
                "https://api.weixin.qq.com"
            ),
            (
                "shop",
                Some("wxshop"),
                SourceKind::Credentials,
                "https://shop.example"
            ),
        ]
    );
    let debug = format!("{entries:?}");
    assert!(
        !debug.contains("secret") && !debug.contains("agency-token"),
        "{debug}"
    );
    // Without default_account and with several accounts: `default` (top-level).
    let (_, default) = list_accounts(&Case::new().file(ACCOUNTS, 0o600).path()).unwrap();
    assert_eq!(default.as_deref(), Some("default"));
}
