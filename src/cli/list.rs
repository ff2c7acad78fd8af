//! `wxmod list`: an article's comments as a readable table or JSON lines.
//! Every text from the server is neutralised before it is printed.

use std::io::{IsTerminal, Write};

use unicode_width::UnicodeWidthStr;

use super::{Exit, ListArgs, fail};
use crate::api::wire::{Comment, CommentFilter};
use crate::display::{format_time, local_offset, short_openid, truncate_to_width};
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::Session;

pub async fn run(session: &Session, args: &ListArgs) -> Exit {
    let article = args.article.article();
    let filter = CommentFilter::from(args.kind);
    if let Some(sim) = &session.demo {
        eprintln!(
            "[DEMO] embedded simulator at {} — nothing real is touched",
            sim.url()
        );
    }
    eprintln!("{} — {} comments", args.article.describe(), filter.label());
    let comments = match session.client.list_comments(article, filter).await {
        Ok(comments) => comments,
        Err(err) => return fail(err),
    };
    let stdout = std::io::stdout();
    let width = if stdout.is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
    } else {
        None
    };
    let mut out = stdout.lock();
    let written = if args.json {
        write_json(&mut out, &comments)
    } else {
        write_table(&mut out, &comments, filter, width)
    };
    match written {
        Ok(()) => Exit::Ok,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(err) => {
            eprintln!("wxmod: cannot write the list: {err}");
            Exit::Failed
        }
    }
}

fn write_json(out: &mut impl Write, comments: &[Comment]) -> std::io::Result<()> {
    for comment in comments {
        let line = to_safe_json(comment).map_err(std::io::Error::other)?;
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `width`: the terminal's columns, to cut content to; `None` prints it whole.
pub fn write_table(
    out: &mut impl Write,
    comments: &[Comment],
    filter: CommentFilter,
    width: Option<usize>,
) -> std::io::Result<()> {
    if comments.is_empty() {
        writeln!(out, "no {} comments on this article", filter.label())?;
        return Ok(());
    }
    let id_width = comments
        .iter()
        .map(|c| c.user_comment_id.to_string().len())
        .max()
        .unwrap_or(2)
        .max(2);
    let offset = local_offset();
    writeln!(
        out,
        "{:>id_width$}  {:<16}  {:<11}  E R  CONTENT",
        "ID", "TIME", "AUTHOR"
    )?;
    let fixed = id_width + 2 + 16 + 2 + 11 + 2 + 3 + 2;
    for c in comments {
        let author = short_openid(c.openid.as_deref());
        let author_pad = 11usize.saturating_sub(author.width());
        let content = clean_line(&c.content);
        let content = match width {
            Some(w) => truncate_to_width(&content, w.saturating_sub(fixed).max(10)),
            None => content.into_owned(),
        };
        writeln!(
            out,
            "{:>id_width$}  {:<16}  {}{}  {} {}  {}",
            c.user_comment_id,
            format_time(c.create_time, offset),
            author,
            " ".repeat(author_pad),
            if c.is_elected() { "★" } else { " " },
            if c.reply.is_some() { "↩" } else { " " },
            content
        )?;
    }
    let elected = comments.iter().filter(|c| c.is_elected()).count();
    let replied = comments.iter().filter(|c| c.reply.is_some()).count();
    writeln!(
        out,
        "{} comments ({elected} elected ★, {replied} with a reply ↩)",
        comments.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::Reply;

    fn comment(id: u64, content: &str, openid: Option<&str>) -> Comment {
        Comment {
            user_comment_id: id,
            openid: openid.map(str::to_string),
            create_time: 1_700_000_000,
            content: content.to_string(),
            comment_type: 1,
            reply: Some(Reply {
                content: "谢谢".into(),
                create_time: 1_700_000_100,
            }),
        }
    }

    #[test]
    fn table_neutralises_hostile_text_and_cuts_to_width() {
        let comments = vec![
            comment(1, "evil\u{1b}[2J\u{1b}]0;pwned\u{7}", Some("o\u{1b}[31mX")),
            comment(2, &"长".repeat(200), None),
        ];
        let mut out = Vec::new();
        write_table(&mut out, &comments, CommentFilter::Elected, Some(80)).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text}"
        );
        assert!(text.contains("evil␛[2J"), "{text}");
        for line in text.lines() {
            assert!(line.width() <= 80, "too wide: {line}");
        }
        assert!(text.contains("2 comments (2 elected ★, 2 with a reply ↩)"));
    }

    #[test]
    fn empty_list_says_so() {
        let mut out = Vec::new();
        write_table(&mut out, &[], CommentFilter::Elected, None).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "no elected comments on this article\n"
        );
    }
}
