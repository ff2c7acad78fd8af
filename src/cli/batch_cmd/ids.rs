//! Reading the comment ids a batch acts on from `--comment-id` or `--ids-file`.
//! Every line is checked before anything is sent; an error names the line.

use std::path::Path;

use crate::api::wire::CommentId;
use crate::cli::CliError;
use crate::i18n::Message;
use crate::msg;

/// Ids from `text`: one per line; blank lines, `#` comment lines and trailing
/// `# ...` comments are fine. `source` names the input in errors.
pub fn parse(text: &str, source: &Message) -> Result<Vec<CommentId>, CliError> {
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
                return Err(CliError::Usage(msg!(
                    "cli-ids-bad-line",
                    source = source.clone(),
                    line = n + 1,
                    value = shown
                )));
            }
        }
    }
    if ids.is_empty() {
        return Err(CliError::Usage(msg!(
            "cli-ids-none",
            source = source.clone()
        )));
    }
    Ok(ids)
}

/// Read `path` (`-` is standard input) and parse it.
pub async fn read(path: &Path) -> Result<Vec<CommentId>, CliError> {
    if path == Path::new("-") {
        let stdin_error =
            |detail: String| CliError::Usage(msg!("cli-ids-stdin-unreadable", detail = detail));
        let text = tokio::task::spawn_blocking(|| std::io::read_to_string(std::io::stdin()))
            .await
            .map_err(|err| stdin_error(err.to_string()))?
            .map_err(|err| stdin_error(err.to_string()))?;
        return parse(&text, &msg!("cli-ids-stdin"));
    }
    let shown = crate::sanitize::clean_line(&path.display().to_string()).into_owned();
    let bytes = tokio::fs::read(path).await.map_err(|err| {
        CliError::Usage(msg!(
            "cli-ids-file-unreadable",
            path = shown.as_str(),
            detail = err.to_string()
        ))
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| CliError::Usage(msg!("cli-ids-file-not-text", path = shown.as_str())))?;
    parse(&text, &Message::text(shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blanks_and_crlf_are_fine() {
        let text =
            "\u{feff}# exported 2026-11-27\r\n3000000001\r\n\r\n  3000000002  # spam\n3000000001\n";
        assert_eq!(
            parse(text, &Message::text("f")).unwrap(),
            vec![3_000_000_001, 3_000_000_002, 3_000_000_001]
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let f = Message::text("f");
        let err = parse("1\n2\n3x\n", &Message::text("ids.txt"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("ids.txt line 3: \"3x\""), "{err}");
        let err = parse("1 2\n", &f).unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
        let err = parse("-5\n", &f).unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
        let err = parse("\u{1b}[2J\n", &f).unwrap_err().to_string();
        assert!(!err.contains('\u{1b}'), "{err}");
        assert!(
            parse("# nothing\n\n", &f)
                .unwrap_err()
                .to_string()
                .contains("no comment ids")
        );
        let zh = crate::i18n::Lang::Zh.render(&crate::i18n::Localize::message(
            &parse("x\n", &msg!("cli-ids-stdin")).unwrap_err(),
        ));
        assert!(zh.contains("第 1 行"), "{zh}");
    }
}
