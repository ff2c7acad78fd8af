//! Process exit codes, as documented in the README. Every front end (the CLI
//! commands and the console) ends with one of these; nothing here prints.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything done.
    Ok = 0,
    /// Some comments failed, or the request failed.
    Failed = 1,
    /// Usage or configuration error: nothing was sent.
    Usage = 2,
    /// Stopped (quota, token, wrong article, cancelled, answered "no").
    Stopped = 3,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e as u8)
    }
}
