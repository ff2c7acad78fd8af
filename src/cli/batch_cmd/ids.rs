//! Reading the comment ids a batch acts on from `--comment-id` or `--ids-file`.
//! Every line is checked before anything is sent; an error names the line.

use std::path::Path;

use crate::api::wire::CommentId;
use crate::cli::CliError;

/// Ids from `text`: one per line; blank lines, `#` comment lines and trailing
/// `# ...` comments are fine. `source` names the input in errors.
pub fn parse(text: &str, source: &str) -> Result<Vec<CommentId>, CliError> {
    let mut ids = Vec::new();
    // Editors on Windows start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
        if line.is_empty() {
            continue;
        }
        match line.parse::<CommentId>() {
            Ok(id) if id > 0 => ids.push(id),
            _ => {
                let shown =
                    crate::display::truncate_to_width(&crate::sanitize::clean_line(line), 40);
                return Err(CliError::Usage(format!(
                    "{source} line {}: {shown:?} is not a comment id — put one number per line (blank lines and # comments are fine); nothing was sent",
                    n + 1
                )));
            }
        }
    }
    if ids.is_empty() {
        return Err(CliError::Usage(format!(
            "{source} holds no comment ids; nothing was sent"
        )));
    }
    Ok(ids)
}

/// Read `path` (`-` is standard input) and parse it.
pub async fn read(path: &Path) -> Result<Vec<CommentId>, CliError> {
    if path == Path::new("-") {
        let text = tokio::task::spawn_blocking(|| std::io::read_to_string(std::io::stdin()))
            .await
            .map_err(|err| CliError::Usage(format!("cannot read standard input: {err}")))?
            .map_err(|err| CliError::Usage(format!("cannot read standard input: {err}")))?;
        return parse(&text, "standard input");
    }
    let shown = crate::sanitize::clean_line(&path.display().to_string()).into_owned();
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|err| CliError::Usage(format!("cannot read --ids-file {shown}: {err}")))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        CliError::Usage(format!(
            "--ids-file {shown} is not text (UTF-8): put one comment id per line"
        ))
    })?;
    parse(&text, &shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blanks_and_crlf_are_fine() {
        let text =
            "\u{feff}# exported 2026-11-27\r\n3000000001\r\n\r\n  3000000002  # spam\n3000000001\n";
        assert_eq!(
            parse(text, "f").unwrap(),
            vec![3_000_000_001, 3_000_000_002, 3_000_000_001]
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = parse("1\n2\n3x\n", "ids.txt").unwrap_err().to_string();
        assert!(err.starts_with("ids.txt line 3: \"3x\""), "{err}");
        let err = parse("1 2\n", "f").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
        let err = parse("-5\n", "f").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
        let err = parse("\u{1b}[2J\n", "f").unwrap_err().to_string();
        assert!(!err.contains('\u{1b}'), "{err}");
        assert!(
            parse("# nothing\n\n", "f")
                .unwrap_err()
                .to_string()
                .contains("no comment ids")
        );
    }
}
