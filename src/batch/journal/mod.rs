//! The journal: an append-only JSON Lines record of every batch, one file per
//! month under `<data dir>/journal/`. Writing lives here, reading in `read.rs`.
//! Each record is written with one `write` call (so it survives a kill of the
//! process); batch boundaries are fsynced. It never holds a token or secret.
//! A record whose write failed half-way never swallows the next one.

use crate::i18n::{Localize, Message};
use crate::msg;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

mod account;
mod process;
mod read;
mod record;

pub use account::JournalAccount;

pub(crate) use process::current as current_process;
pub use read::{BatchDetail, BatchOverview, BatchState, ItemState, JournalItem, JournalWarning};
pub(crate) use read::{all_batches as read_all, find as find_batch};
pub use record::{Ended, ItemRecord, Record, SettledRecord, Started};

/// The journal of one data directory. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Journal {
    dir: PathBuf,
    /// The account batches started here are recorded under; undo and retry
    /// refuse batches of another account.
    account: Option<JournalAccount>,
    #[cfg(test)]
    pub(crate) faults: Option<Faults>,
}

/// Test-only: the appends numbered `from..until` (0 is the batch start) write
/// half their line and fail, as on a disk that fills up.
#[cfg(test)]
#[derive(Debug, Clone, Copy)]
pub(crate) struct Faults {
    pub from: usize,
    pub until: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    NotFound {
        id: String,
    },
    Ambiguous {
        prefix: String,
        count: usize,
    },
    /// Why there is nothing to undo, in the user's terms.
    Undo(Message),
    /// Why the batch cannot be retried, in the user's terms.
    Retry(Message),
    /// The batch has nothing left to retry: every item is done, or only
    /// unknown ones are left. Not an error for the user: nothing to do.
    NothingToRetry(Message),
    /// The batch ran under another account than the one selected.
    OtherAccount {
        batch: String,
        account: String,
        current: String,
    },
    /// The batch ran under this account's name but another appid (the
    /// config was changed since).
    OtherAppid {
        batch: String,
        account: String,
        then: String,
        now: String,
    },
    /// Nothing is confirmed to undo, but these items of `batch` went out and
    /// their outcome is still unknown (no settlement read could place them):
    /// the front end names them.
    OnlyUnknown {
        batch: String,
        /// The operation of `batch` (what the unknown items may have had done).
        op: crate::api::wire::WriteOp,
        article: crate::api::wire::Article,
        ids: Vec<crate::api::wire::CommentId>,
    },
}

impl Localize for JournalError {
    fn message(&self) -> Message {
        let path = |p: &Path| p.display().to_string();
        match self {
            JournalError::Write { path: p, source } => msg!(
                "batch-journal-write",
                path = path(p),
                detail = source.to_string()
            ),
            JournalError::Read { path: p, source } => msg!(
                "batch-journal-read",
                path = path(p),
                detail = source.to_string()
            ),
            JournalError::NotFound { id } => msg!("batch-journal-not-found", id = id.as_str()),
            JournalError::Ambiguous { prefix, count } => msg!(
                "batch-journal-ambiguous",
                prefix = prefix.as_str(),
                count = *count
            ),
            JournalError::Undo(why)
            | JournalError::Retry(why)
            | JournalError::NothingToRetry(why) => why.clone(),
            JournalError::OtherAccount {
                batch,
                account,
                current,
            } => msg!(
                "accounts-batch-other-account",
                batch = batch.as_str(),
                account = account.as_str(),
                current = current.as_str()
            ),
            JournalError::OtherAppid {
                batch,
                account,
                then,
                now,
            } => msg!(
                "accounts-batch-other-appid",
                batch = batch.as_str(),
                account = account.as_str(),
                then = then.as_str(),
                now = now.as_str()
            ),
            JournalError::OnlyUnknown {
                batch,
                op,
                article,
                ids,
            } => {
                let shown: Vec<String> = ids.iter().map(u64::to_string).collect();
                let (count, ids) = (ids.len(), shown.join(", "));
                let (msg_data_id, index) =
                    (article.msg_data_id.to_string(), article.index.to_string());
                let batch = batch.as_str();
                if *op == crate::api::wire::WriteOp::MarkElect {
                    msg!(
                        "batch-undo-only-unknown-elect",
                        batch = batch,
                        count = count,
                        ids = ids,
                        msg_data_id = msg_data_id,
                        index = index
                    )
                } else {
                    msg!(
                        "batch-undo-only-unknown",
                        batch = batch,
                        count = count,
                        ids = ids,
                        msg_data_id = msg_data_id,
                        index = index
                    )
                }
            }
        }
    }
}

crate::display_via_message!(JournalError);

impl Journal {
    /// The journal of `data_dir`. Nothing is created until a batch is written,
    /// so reading an empty data dir is fine.
    pub fn open(data_dir: &Path) -> Result<Journal, JournalError> {
        let dir = data_dir.join("journal");
        if dir.exists() && !dir.is_dir() {
            return Err(JournalError::Read {
                path: dir,
                source: std::io::Error::other("exists but is not a directory"),
            });
        }
        Ok(Journal {
            dir,
            account: None,
            #[cfg(test)]
            faults: None,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The journal files, oldest first (their names sort by month).
    pub(crate) fn files(&self) -> Result<Vec<PathBuf>, JournalError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(JournalError::Read {
                    path: self.dir.clone(),
                    source,
                });
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "jsonl"))
            .collect();
        files.sort();
        Ok(files)
    }

    /// A writer appending to this month's file.
    pub(crate) fn writer(&self, file_name: &str) -> Result<JournalWriter, JournalError> {
        let path = self.dir.join(file_name);
        let write_err = |source| JournalError::Write {
            path: path.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(|source| JournalError::Write {
            path: self.dir.clone(),
            source,
        })?;
        let mut options = OpenOptions::new();
        options.append(true).create(true).read(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path).map_err(write_err)?;
        if file.metadata().map_err(write_err)?.len() == 0 {
            // A new file: its name must survive a crash as well as its lines.
            // Best effort, as some file systems refuse to sync a directory.
            let _ = File::open(&self.dir).and_then(|dir| dir.sync_all());
        }
        // A kill mid-write can leave a line without its newline; start on a
        // fresh line so the next record is not glued to the broken one.
        let broken = !ends_with_newline(&mut file).map_err(write_err)?;
        Ok(JournalWriter {
            file,
            path,
            broken,
            #[cfg(test)]
            appended: 0,
            #[cfg(test)]
            faults: self.faults,
        })
    }

    /// Whether a batch could be journaled here now: the directory and this
    /// month's file can be created and opened. Writes nothing.
    pub fn check_writable(&self) -> Result<(), JournalError> {
        let now = crate::batch::clock::now();
        self.writer(&crate::batch::clock::journal_file_name(now))
            .map(drop)
    }
}

fn ends_with_newline(file: &mut File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Appends records of one batch. Each record is one `write` of one line.
#[derive(Debug)]
pub(crate) struct JournalWriter {
    file: File,
    path: PathBuf,
    /// The file may end in a partial line (a failed write, or a kill before
    /// this writer opened it): the next record starts with a newline.
    broken: bool,
    #[cfg(test)]
    appended: usize,
    #[cfg(test)]
    faults: Option<Faults>,
}

impl JournalWriter {
    pub fn append(&mut self, record: &Record) -> Result<(), JournalError> {
        let mut line = Vec::with_capacity(256);
        if self.broken {
            line.push(b'\n');
        }
        serde_json::to_writer(&mut line, record).map_err(|e| self.error(e.into()))?;
        line.push(b'\n');
        if self.inject_fault(&line) {
            return Err(self.error(std::io::Error::other("injected: disk full")));
        }
        // A failed write may have written part of the line: assume it did.
        self.broken = true;
        self.file.write_all(&line).map_err(|e| self.error(e))?;
        self.broken = false;
        Ok(())
    }

    fn error(&self, source: std::io::Error) -> JournalError {
        JournalError::Write {
            path: self.path.clone(),
            source,
        }
    }

    #[cfg(test)]
    fn inject_fault(&mut self, line: &[u8]) -> bool {
        let number = self.appended;
        self.appended += 1;
        let hit = self
            .faults
            .is_some_and(|f| (f.from..f.until).contains(&number));
        if hit {
            let _ = self.file.write_all(&line[..line.len() / 2]);
            self.broken = true;
        }
        hit
    }

    #[cfg(not(test))]
    fn inject_fault(&mut self, _line: &[u8]) -> bool {
        false
    }

    /// Push what was written to the disk (batch boundaries only: it is slow).
    pub fn sync(&self) -> Result<(), JournalError> {
        self.file.sync_data().map_err(|e| self.error(e))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
