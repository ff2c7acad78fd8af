//! `wxmod account add NAME`: ask for the appid and either the app secret or a
//! token command, append an `[accounts.NAME]` table to the config file
//! (written 0600, the rest of the file kept as it was, comments included),
//! then check the account live (`check`).
//!
//! The table is appended as text rather than by re-serialising the file: a
//! new table at the end of a TOML document is always a valid edit, and the
//! user's comments and layout stay byte for byte. The result is parsed with
//! the real config reader before it replaces the file.

use std::path::{Path, PathBuf};

use super::prompt::Prompter;
use super::usage;
use crate::cli::{AccountAddArgs, CliError, Exit};
use crate::config::{self, Overrides};
use crate::exit::out::err_line;
use crate::i18n::{Lang, Localize};
use crate::msg;
use crate::sanitize::clean_line;
use crate::session::{SessionError, SessionSettings};

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// Where the new account's token comes from. No `Debug`: it holds the secret.
enum Answer {
    Secret(String),
    Command(String),
}

pub async fn add(global: &SessionSettings, args: &AccountAddArgs, lang: Lang) -> Exit {
    match run(global, args, lang).await {
        Ok(exit) => exit,
        Err(err) => crate::cli::fail(lang, err),
    }
}

async fn run(
    global: &SessionSettings,
    args: &AccountAddArgs,
    lang: Lang,
) -> Result<Exit, CliError> {
    let name = args.name.trim().to_string();
    if !config::valid_name(&name) {
        return Err(usage(msg!(
            "accounts-add-bad-name",
            name = clean_line(&name).into_owned()
        )));
    }
    let dirs =
        crate::paths::Dirs::resolve(global.config.clone(), global.data_dir.clone(), &env_var)
            .map_err(SessionError::from)?;
    let file = dirs.config_file.clone();
    let (entries, default) = config::list_accounts(&file).map_err(SessionError::from)?;
    if entries.iter().any(|e| e.id.name == name) {
        return Err(usage(msg!(
            "accounts-add-exists",
            name = name.as_str(),
            file = file.display().to_string()
        )));
    }
    let (appid, answer) = ask(args, lang)?;
    let old = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(write_failed(&file, &e)),
    };
    let api_base = global
        .api_base
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty());
    let display = args
        .display_name
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let table = table(&name, display, &appid, &answer, api_base);
    let mut text = if old.is_empty() || old.ends_with('\n') {
        format!("{old}{}{table}", if old.is_empty() { "" } else { "\n" })
    } else {
        format!("{old}\n\n{table}")
    };
    // The only account so far was the default by being the only one: a second
    // one would leave no account chosen, so the first stays the default by name.
    // (A top-level key may open the file: it is before every table.)
    let kept = match (&default, entries.as_slice()) {
        (Some(only), [entry]) if !has_default_key(&old) && entry.id.name == *only => {
            text = format!("default_account = {}\n\n{text}", quoted(only));
            Some(only.clone())
        }
        _ => None,
    };
    replace(&file, &name, &text)?;
    let said = msg!(
        "accounts-add-written",
        name = name.as_str(),
        file = file.display().to_string()
    );
    err_line(&clean_line(&lang.render(&said)));
    if let Some(kept) = kept {
        let said = msg!(
            "accounts-add-default-kept",
            name = kept.as_str(),
            new = name.as_str()
        );
        err_line(&clean_line(&lang.render(&said)));
    }
    if args.no_check {
        return Ok(Exit::Ok);
    }
    Ok(super::check::live(global, &name, lang).await)
}

/// The answers: flags first, the rest asked.
fn ask(args: &AccountAddArgs, lang: Lang) -> Result<(String, Answer), CliError> {
    let mut prompter = Prompter::stdin(lang);
    let ended = || usage(msg!("accounts-add-input-ended"));
    let appid = match args.appid.as_deref().map(str::trim) {
        Some(appid) => appid.to_string(),
        None => prompter
            .ask(&msg!("accounts-ask-appid"))
            .ok_or_else(ended)?,
    };
    check_appid(&appid)?;
    let answer = if let Some(command) = &args.token_command_answer {
        Answer::Command(command.trim().to_string())
    } else if args.secret_stdin {
        Answer::Secret(
            prompter
                .ask_secret(&msg!("accounts-ask-secret"))
                .ok_or_else(ended)?,
        )
    } else {
        let choice = prompter
            .ask(&msg!("accounts-ask-source"))
            .ok_or_else(ended)?;
        match choice.as_str() {
            "1" | "" => Answer::Secret(
                prompter
                    .ask_secret(&msg!("accounts-ask-secret"))
                    .ok_or_else(ended)?,
            ),
            "2" => Answer::Command(
                prompter
                    .ask(&msg!("accounts-ask-command"))
                    .ok_or_else(ended)?,
            ),
            other => {
                return Err(usage(msg!(
                    "accounts-add-bad-choice",
                    answer = clean_line(other).into_owned()
                )));
            }
        }
    };
    match &answer {
        Answer::Secret(s) if s.is_empty() => Err(usage(msg!("accounts-add-empty-secret"))),
        Answer::Command(c) if c.is_empty() => Err(usage(msg!("accounts-add-empty-command"))),
        _ => Ok((appid, answer)),
    }
}

/// Whether the file already says which account is the default.
fn has_default_key(text: &str) -> bool {
    toml::from_str::<toml::Table>(text).is_ok_and(|t| t.contains_key("default_account"))
}

/// Every appid starts with `wx` and is plain letters and digits.
fn check_appid(appid: &str) -> Result<(), CliError> {
    let plain = appid.chars().all(|c| c.is_ascii_alphanumeric());
    if appid.len() < 4 || !appid.starts_with("wx") || !plain {
        return Err(usage(msg!(
            "accounts-add-bad-appid",
            appid = clean_line(appid).into_owned()
        )));
    }
    Ok(())
}

/// A TOML string literal (escaped as TOML wants).
fn quoted(value: &str) -> String {
    toml::Value::String(value.to_string()).to_string()
}

fn table(
    name: &str,
    display: Option<&str>,
    appid: &str,
    answer: &Answer,
    api_base: Option<&str>,
) -> String {
    let mut lines = vec![format!("[accounts.{name}]")];
    if let Some(display) = display {
        lines.push(format!("name = {}", quoted(display)));
    }
    lines.push(format!("appid = {}", quoted(appid)));
    match answer {
        Answer::Secret(secret) => lines.push(format!("secret = {}", quoted(secret))),
        Answer::Command(command) => lines.push(format!("token_command = {}", quoted(command))),
    }
    if let Some(base) = api_base {
        lines.push(format!("api_base = {}", quoted(base)));
    }
    lines.push(String::new());
    lines.join("\n")
}

/// Write `text` next to `file` (0600), read it back with the real config
/// reader as account `name`, then move it over `file`. A config that does not
/// read is never left in place.
fn replace(file: &Path, name: &str, text: &str) -> Result<(), CliError> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| write_failed(file, &e))?;
    let tmp: PathBuf = dir.join(format!(
        ".config-{}-{:08x}.toml.tmp",
        std::process::id(),
        fastrand::u32(..)
    ));
    let written = write_private(&tmp, text.as_bytes());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(write_failed(file, &e));
    }
    let overrides = Overrides {
        account: Some(name.to_string()),
        ..Overrides::default()
    };
    if let Err(err) = config::load(&tmp, &overrides, &|_| None) {
        let _ = std::fs::remove_file(&tmp);
        // The reader names the temp file: say which file it stands for.
        let text = err.message();
        return Err(usage(msg!(
            "accounts-add-would-break",
            file = file.display().to_string(),
            detail = text
        )));
    }
    std::fs::rename(&tmp, file).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        write_failed(file, &e)
    })
}

fn write_failed(file: &Path, e: &std::io::Error) -> CliError {
    usage(msg!(
        "accounts-add-write-failed",
        file = file.display().to_string(),
        detail = e.to_string()
    ))
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_quotes_what_toml_needs_and_reads_back() {
        let t = table(
            "shop",
            Some("旗舰店 \"A\""),
            "wx0123456789abcdef",
            &Answer::Command("printf '%s' \"$WXMOD_APPID\"".into()),
            Some("http://127.0.0.1:9"),
        );
        let value: toml::Table = toml::from_str(&t).unwrap();
        let shop = &value["accounts"]["shop"];
        assert_eq!(shop["name"].as_str(), Some("旗舰店 \"A\""));
        assert_eq!(
            shop["token_command"].as_str(),
            Some("printf '%s' \"$WXMOD_APPID\"")
        );
        assert!(check_appid("wx0123456789abcdef").is_ok());
        assert!(check_appid("gh_123").is_err());
        assert!(check_appid("wx12 34").is_err());
    }
}
