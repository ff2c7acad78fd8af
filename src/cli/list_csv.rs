//! `wxmod list --csv`: the table's columns as CSV for a spreadsheet. UTF-8
//! with a byte-order mark (so spreadsheet programs read the Chinese), CRLF
//! line ends, every field quoted when it holds a comma, a quote or a line
//! break (RFC 4180). Server text is untrusted: controls are neutralised
//! (line breaks kept, inside quotes), and a field a spreadsheet would run as
//! a formula (= + - @, full-width too, even behind blanks) is prefixed with an apostrophe.

use std::io::Write;

use time::UtcOffset;

use crate::api::wire::Comment;
use crate::cli::multi_load::ArticleInfo;
use crate::display::format_time;
use crate::i18n::Lang;
use crate::sanitize::clean_multiline;

pub const BOM: &str = "\u{feff}";

/// One field, quoted when it must be.
pub fn field(text: &str) -> String {
    let text = clean_multiline(text);
    let text = if is_formula(&text) {
        format!("'{text}")
    } else {
        text.into_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A spreadsheet skips leading blanks and reads the full-width signs as
/// their ASCII twins, so those start a formula too.
fn is_formula(text: &str) -> bool {
    text.trim_start_matches([' ', '\t', '\u{3000}'])
        .starts_with([
            '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        ])
}

fn row(out: &mut impl Write, fields: &[String]) -> std::io::Result<()> {
    write!(out, "{}\r\n", fields.join(","))
}

/// The header and one row per comment. `rows` pairs each comment with its
/// article when the listing spans several (then three article columns lead).
pub fn write_csv(
    out: &mut impl Write,
    rows: &[(Option<&ArticleInfo>, &Comment)],
    lang: Lang,
    offset: UtcOffset,
) -> std::io::Result<()> {
    let several = rows.iter().any(|(a, _)| a.is_some());
    let mut header = Vec::new();
    if several {
        header.extend([
            "msg_data_id".to_string(),
            "index".to_string(),
            lang.t("multi-csv-col-title"),
        ]);
    }
    for id in [
        "cli-list-col-id",
        "cli-list-col-time",
        "cli-list-col-author",
        "cli-list-col-marks",
        "cli-list-col-content",
    ] {
        header.push(field(&lang.t(id)));
    }
    write!(out, "{BOM}")?;
    row(out, &header)?;
    for (article, c) in rows {
        let mut fields = Vec::with_capacity(8);
        if several {
            match article {
                Some(a) => fields.extend([
                    a.article.msg_data_id.to_string(),
                    a.article.index.to_string(),
                    field(a.title.as_deref().unwrap_or("")),
                ]),
                None => fields.extend([String::new(), String::new(), String::new()]),
            }
        }
        let marks = format!(
            "{}{}",
            if c.is_elected() { "★" } else { "" },
            if c.reply.is_some() { "↩" } else { "" }
        );
        fields.extend([
            c.user_comment_id.to_string(),
            field(&format_time(c.create_time, offset)),
            field(c.openid.as_deref().unwrap_or("")),
            marks,
            field(&c.content),
        ]);
        row(out, &fields)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_neutralised_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert!(!field("a\u{1b}[2Jb").contains('\u{1b}'));
    }

    #[test]
    fn formulas_behind_blanks_or_in_full_width_are_guarded_too() {
        for f in [
            " =1+1",
            "\t=1+1",
            "  @SUM(A1)",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            " ＝1",
        ] {
            assert!(field(f).starts_with('\''), "{f:?} -> {:?}", field(f));
        }
        assert_eq!(field("a = b"), "a = b");
    }
}
