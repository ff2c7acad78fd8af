//! History's word on a journal none of whose lines is a record: which file,
//! which lines (in runs), the first problem, and what to do — never "no
//! batches yet", which is what an empty journal says.

use std::path::Path;

use crate::batch::{Journal, JournalWarning};
use crate::cli::Exit;
use crate::exit::out::err_line;
use crate::i18n::Lang;
use crate::msg;
use crate::sanitize::clean_line;

/// Line numbers listed per file in the unreadable-journal message.
const LINES_SHOWN: usize = 12;

/// "3–5, 9, 12" (the first `LINES_SHOWN` runs, then "…").
fn line_runs(lines: &[usize]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &n in lines {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => runs.push((n, n)),
        }
    }
    let mut shown: Vec<String> = runs
        .iter()
        .take(LINES_SHOWN)
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    if runs.len() > LINES_SHOWN {
        shown.push("…".into());
    }
    shown.join(", ")
}

/// Not one batch could be read, yet the journal has lines: say which file and
/// lines, and what to do, instead of "no batches yet".
pub(super) fn unreadable(journal: &Journal, warnings: &[JournalWarning], lang: Lang) -> Exit {
    let headline = msg!(
        "cli-history-unreadable",
        count = warnings.len(),
        dir = journal.dir().display().to_string()
    );
    err_line(&clean_line(&lang.render(&headline)));
    let mut files: Vec<(&Path, Vec<usize>)> = Vec::new();
    for w in warnings {
        match files.iter_mut().find(|(file, _)| *file == w.file.as_path()) {
            Some((_, lines)) => lines.push(w.line),
            None => files.push((w.file.as_path(), vec![w.line])),
        }
    }
    for (file, mut lines) in files {
        lines.sort_unstable();
        let message = msg!(
            "cli-history-unreadable-file",
            file = file.display().to_string(),
            count = lines.len(),
            lines = line_runs(&lines)
        );
        err_line(&clean_line(&lang.render(&message)));
    }
    if let Some(first) = warnings.first() {
        let message = msg!("cli-history-unreadable-first", warning = first.localized());
        err_line(&clean_line(&lang.render(&message)));
    }
    err_line(&clean_line(&lang.render(&msg!(
        "cli-history-unreadable-remedy",
        dir = journal.dir().display().to_string()
    ))));
    Exit::Failed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_lines_are_named_in_runs() {
        assert_eq!(line_runs(&[1, 2, 3, 7, 9, 10]), "1–3, 7, 9–10");
        let many: Vec<usize> = (1..100).step_by(2).collect();
        assert!(line_runs(&many).ends_with(", …"));
    }
}
