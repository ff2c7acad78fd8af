//! Log set-up: `-v` raises wxmod's own level only (other crates stay at warn, so
//! no library ever logs a request URL carrying a token). Logs go to
//! `--log-file`, or to stderr only when `-v` asks for them: by default the
//! user reads wxmod's own messages in their language (retries, waits and token
//! refreshes come as batch notices), never raw `tracing` lines with UTC
//! stamps. The console never logs to the terminal it draws on.

use std::fs::OpenOptions;
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

use super::Cli;
use crate::i18n::Lang;

/// Keeps the log writer alive for the run.
pub struct LogGuard;

pub fn init(cli: &Cli, lang: Lang) -> Option<LogGuard> {
    let level = match cli.global.verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::new(format!("warn,wxmod={level}"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(true)
        .with_ansi(false)
        // Its report of a failed write is an `eprintln!`, which panics when
        // stderr is a closed pipe: a log line that cannot be written is dropped.
        .log_internal_errors(false);
    if let Some(path) = &cli.global.log_file {
        let file = match OpenOptions::new().create(true).append(true).open(path) {
            Ok(file) => file,
            Err(err) => {
                let message = crate::msg!(
                    "cli-log-file-failed",
                    path = path.display().to_string(),
                    detail = err.to_string()
                );
                crate::exit::out::err_line(&crate::sanitize::clean_line(&lang.render(&message)));
                return None;
            }
        };
        builder.with_writer(Mutex::new(file)).try_init().ok()?;
        return Some(LogGuard);
    }
    let console = cli.command.is_none();
    if console || cli.global.verbose == 0 {
        // The console owns the terminal; and without -v the user reads only
        // wxmod's own messages.
        return None;
    }
    builder.with_writer(std::io::stderr).try_init().ok()?;
    Some(LogGuard)
}
