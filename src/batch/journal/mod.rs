//! The journal: an append-only JSON Lines record of every batch, one file per
//! month under `<data dir>/journal/`. Writing lives here, reading in `read.rs`.
//! Each record is written with one `write` call (so it survives a kill of the
//! process); batch boundaries are fsynced. It never holds a token or secret.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

mod read;
mod record;

pub use read::{BatchDetail, BatchOverview, BatchState, ItemState, JournalItem, JournalWarning};
pub(crate) use read::{all_batches as read_all, find as find_batch};
pub use record::{Ended, ItemRecord, Record, Started};

/// The journal of one data directory. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Journal {
    dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error(
        "cannot write the journal {path}: {source} — check free space and permissions of the data dir (--data-dir or WXMOD_DATA_DIR)"
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read the journal {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no batch {id} in the journal — `wxmod history` lists the batches")]
    NotFound { id: String },
    #[error("{count} batches start with {prefix}: give more of the id")]
    Ambiguous { prefix: String, count: usize },
    /// Why there is nothing to undo, in the user's terms.
    #[error("{0}")]
    Undo(String),
}

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
        Ok(Journal { dir })
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
        // A kill mid-write can leave a line without its newline; start on a
        // fresh line so the next record is not glued to the broken one.
        if !ends_with_newline(&mut file).map_err(write_err)? {
            file.write_all(b"\n").map_err(write_err)?;
        }
        Ok(JournalWriter { file, path })
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
}

impl JournalWriter {
    pub fn append(&mut self, record: &Record) -> Result<(), JournalError> {
        let mut line = serde_json::to_vec(record).map_err(|err| JournalError::Write {
            path: self.path.clone(),
            source: std::io::Error::other(err),
        })?;
        line.push(b'\n');
        self.file
            .write_all(&line)
            .map_err(|source| JournalError::Write {
                path: self.path.clone(),
                source,
            })
    }

    /// Push what was written to the disk (batch boundaries only: it is slow).
    pub fn sync(&self) -> Result<(), JournalError> {
        self.file.sync_data().map_err(|source| JournalError::Write {
            path: self.path.clone(),
            source,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
