//! Output that never panics. `println!` and `eprintln!` panic when the write
//! fails — a closed pipe (`wxmod unelect … 2>&1 | head -1`), a terminal gone
//! with its ssh session — and a panic mid-batch would leave requests in flight
//! unrecorded. Here stderr ignores every failure (there is nowhere left to say
//! it), and stdout stops at the first broken pipe: the reader has gone, so
//! nothing more is written to it, while the work goes on and its exit status
//! still says how it ended.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once stdout's reader has gone; later lines are dropped.
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// A line on stderr; a failure to write it is ignored.
pub fn err_line(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Text on stderr as it is (a prompt without its newline); failures ignored.
pub fn err_text(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}

/// A line on stdout. False when it was not written: the reader has gone
/// (this time or before) or the write failed.
pub fn out_line(line: &str) -> bool {
    if stdout_gone() {
        return false;
    }
    let written = writeln!(std::io::stdout().lock(), "{line}");
    note(written)
}

/// Text on stdout as it is; false when not written (see `out_line`).
pub fn out_text(text: &str) -> bool {
    if stdout_gone() {
        return false;
    }
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    note(written)
}

/// Whether stdout's reader has gone (a broken pipe was seen).
pub fn stdout_gone() -> bool {
    STDOUT_GONE.load(Ordering::Relaxed)
}

/// Remember a broken pipe from any write to stdout (a caller's own writer).
pub fn note(written: std::io::Result<()>) -> bool {
    match written {
        Ok(()) => true,
        Err(err) => {
            if is_gone(&err) {
                STDOUT_GONE.store(true, Ordering::Relaxed);
            }
            false
        }
    }
}

/// The reader has gone: nothing written from now on can be read.
pub fn is_gone(err: &std::io::Error) -> bool {
    err.kind() == std::io::ErrorKind::BrokenPipe
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }

    /// The front ends print only through this module: a `println!` added
    /// later would bring the panic on a closed pipe back.
    #[test]
    fn the_front_ends_never_print_with_panicking_macros() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![src.join("tui/runtime.rs")];
        rust_files(&src.join("tui/runtime"), &mut files);
        rust_files(&src.join("cli"), &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for mac in ["println!(", "print!(", "eprintln!(", "eprint!("] {
                    assert!(
                        !code.contains(mac),
                        "{}:{}: {mac} panics on a closed pipe; use crate::exit::out",
                        file.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
