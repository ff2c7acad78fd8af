//! `wxmod list`: an article's comments as a readable table or JSON lines.
//! Every text from the server is neutralised before it is printed.

use std::io::{IsTerminal, Write};

use unicode_width::UnicodeWidthStr;

use time::UtcOffset;

use super::{Exit, ListArgs, fail};
use crate::api::wire::{Comment, CommentFilter};
use crate::display::{format_time, pad, pad_left, short_openid, truncate_to_width};
use crate::exit::out::err_line;
use crate::i18n::{Lang, Localize};
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::Session;

/// What the client does on its own while reading (retries, minute waits, a
/// token refresh), told once each in the user's words on stderr.
pub(super) fn print_client_notices(session: &Session) -> tokio::task::JoinHandle<()> {
    let mut notices = session.client.subscribe();
    let lang = session.lang;
    tokio::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match notices.recv().await {
                Ok(notice) => {
                    let line = msg!("cli-notice", notice = notice.message());
                    err_line(&clean_line(&lang.render(&line)));
                }
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => break,
            }
        }
    })
}

pub async fn run(session: &Session, args: &ListArgs) -> Exit {
    let lang = session.lang;
    // Parsed before anything is read: a broken query asks nothing.
    let settings = &session.settings;
    let selection = match super::select::build(&args.query, &settings.rules, session.offset) {
        Ok(selection) => selection,
        Err(err) => return fail(lang, err),
    };
    if args.article.is_multi() {
        let width = terminal_width();
        return super::list_multi::run(session, args, selection.as_ref(), width).await;
    }
    let article = args.article.article();
    let filter = CommentFilter::from(args.kind);
    let heading = msg!(
        "cli-list-heading",
        article = args.article.describe(),
        filter = filter.label()
    );
    err_line(&clean_line(&lang.render(&heading)));
    let notices = print_client_notices(session);
    let listed = session.client.list_comments(article, filter).await;
    notices.abort();
    let comments = match (listed, &selection) {
        (Ok(comments), None) => comments,
        (Ok(comments), Some(selection)) => match selection.keep(comments) {
            Ok(kept) => kept,
            Err(err) => return fail(lang, err),
        },
        (Err(err), _) => return fail(lang, err),
    };
    let stdout = std::io::stdout();
    let width = terminal_width();
    let mut out = stdout.lock();
    let written = if args.csv {
        let rows: Vec<_> = comments.iter().map(|c| (None, c)).collect();
        super::list_csv::write_csv(&mut out, &rows, lang, session.offset)
    } else if args.json {
        write_json(&mut out, &comments)
    } else {
        let view = TableView {
            lang,
            offset: session.offset,
            width,
            query: selection.as_ref().map(|s| s.text.clone()),
        };
        write_table(&mut out, &comments, filter, &view)
    };
    match written {
        Ok(()) => Exit::Ok,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(err) => {
            let message = msg!("cli-list-write-failed", detail = err.to_string());
            err_line(&clean_line(&lang.render(&message)));
            Exit::Failed
        }
    }
}

/// The terminal's columns, to cut content to; `None` when not a terminal.
/// The one place the CLI asks (the tables of `list` and `articles`).
pub(super) fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
}

fn write_json(out: &mut impl Write, comments: &[Comment]) -> std::io::Result<()> {
    for comment in comments {
        let line = to_safe_json(comment).map_err(std::io::Error::other)?;
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// How the table is shown: language, time offset, and the terminal's columns
/// to cut content to (`None` prints it whole).
pub struct TableView {
    pub lang: Lang,
    pub offset: UtcOffset,
    pub width: Option<usize>,
    /// The query that chose the rows, if one did: an empty table then says
    /// that nothing matched it, not that the article has no comments.
    pub query: Option<String>,
}

pub fn write_table(
    out: &mut impl Write,
    comments: &[Comment],
    filter: CommentFilter,
    view: &TableView,
) -> std::io::Result<()> {
    let lang = view.lang;
    if comments.is_empty() {
        let message = match &view.query {
            Some(query) => msg!(
                "query-list-nothing-matches",
                filter = filter.label(),
                query = clean_line(query).into_owned()
            ),
            None => msg!("cli-list-empty", filter = filter.label()),
        };
        writeln!(out, "{}", lang.render(&message))?;
        return Ok(());
    }
    let id_width = comments
        .iter()
        .map(|c| c.user_comment_id.to_string().len())
        .max()
        .unwrap_or(2)
        .max(2);
    let offset = view.offset;
    writeln!(
        out,
        "{}  {}  {}  {}  {}",
        pad_left(&lang.t("cli-list-col-id"), id_width),
        pad(&lang.t("cli-list-col-time"), 16),
        pad(&lang.t("cli-list-col-author"), 11),
        pad(&lang.t("cli-list-col-marks"), 3),
        lang.t("cli-list-col-content")
    )?;
    let fixed = id_width + 2 + 16 + 2 + 11 + 2 + 3 + 2;
    let width = view.width;
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
    let total = msg!(
        "cli-list-total",
        count = comments.len(),
        elected = elected,
        replied = replied
    );
    writeln!(out, "{}", lang.render(&total))
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
        let view = TableView {
            lang: Lang::En,
            offset: UtcOffset::UTC,
            width: Some(80),
            query: None,
        };
        write_table(&mut out, &comments, CommentFilter::Elected, &view).unwrap();
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
        let mut view = TableView {
            lang: Lang::En,
            offset: UtcOffset::UTC,
            width: None,
            query: None,
        };
        write_table(&mut out, &[], CommentFilter::Elected, &view).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "no elected comments on this article\n"
        );
        view.lang = Lang::Zh;
        let mut out = Vec::new();
        write_table(&mut out, &[], CommentFilter::Elected, &view).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("精选留言"));
        // Chosen by a query: the article may well have comments.
        view.query = Some("加V | 淘宝".into());
        let mut out = Vec::new();
        write_table(&mut out, &[], CommentFilter::Elected, &view).unwrap();
        let zh = String::from_utf8(out).unwrap();
        assert!(zh.contains("没有符合“加V | 淘宝”的精选留言"), "{zh}");
        view.lang = Lang::En;
        let mut out = Vec::new();
        write_table(&mut out, &[], CommentFilter::Elected, &view).unwrap();
        let en = String::from_utf8(out).unwrap();
        assert_eq!(
            en,
            "no elected comment of this article matches “加V | 淘宝”\n"
        );
    }

    #[test]
    fn the_table_lines_up_in_chinese_and_uses_the_offset() {
        let comments = vec![comment(1, "好", Some("oABCDEFGHIJK"))];
        let view = TableView {
            lang: Lang::Zh,
            offset: crate::display::parse_utc_offset("+08:00").unwrap(),
            width: Some(80),
            query: None,
        };
        let mut out = Vec::new();
        write_table(&mut out, &comments, CommentFilter::All, &view).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // 1700000000 is 2023-11-14 22:13 UTC: 06:13 the next day at +08:00.
        assert!(lines[1].contains("2023-11-15 06:13"), "{text}");
        let content_at = |line: &str| line.find("好").map(|i| line[..i].width());
        let header_at = lines[0].find("内容").map(|i| lines[0][..i].width());
        assert_eq!(header_at, content_at(lines[1]), "{text}");
        assert!(lines[2].contains("1 条留言"), "{text}");
    }
}
