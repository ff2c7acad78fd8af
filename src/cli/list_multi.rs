//! `wxmod list` over several articles (`--msg-data-id` repeated or
//! `--recent-days N`): the lists load concurrently; a table per article with
//! its heading, JSON lines naming each comment's article, or one CSV with
//! article columns. An article whose list cannot be read is reported on
//! stderr and the others are still listed (exit 1).

use std::io::Write;

use super::list::{TableView, print_client_notices, write_table};
use super::list_csv::write_csv;
use super::multi_load::{self, ArticleInfo};
use super::{Exit, ListArgs, fail};
use crate::api::wire::{Comment, CommentFilter};
use crate::exit::out::err_line;
use crate::i18n::Localize;
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::Session;

pub async fn run(
    session: &Session,
    args: &ListArgs,
    selection: Option<&crate::cli::select::Selection>,
    width: Option<usize>,
) -> Exit {
    let lang = session.lang;
    let filter = CommentFilter::from(args.kind);
    let infos = match multi_load::resolve(session, &args.article).await {
        Ok(infos) => infos,
        Err(err) => return fail(lang, err),
    };
    let notices = print_client_notices(session);
    let loaded =
        multi_load::load_all(&session.client, infos, filter, session.settings.concurrency).await;
    notices.abort();
    let mut failed = false;
    let mut lists: Vec<(ArticleInfo, Vec<Comment>)> = Vec::new();
    for l in loaded {
        match l.comments {
            Ok(comments) => lists.push((l.info, comments)),
            Err(err) => {
                failed = true;
                let line = msg!(
                    "multi-plan-article-unread",
                    article = multi_load::describe(&l.info),
                    problem = err.message()
                );
                err_line(&clean_line(&lang.render(&line)));
            }
        }
    }
    // The query chooses under every article; a shortened author must be
    // one author across all of them.
    if let Some(selection) = selection {
        if let Err(err) = selection.check_across(lists.iter().flat_map(|(_, c)| c.iter())) {
            return fail(lang, err);
        }
        for (_, comments) in &mut lists {
            comments.retain(|c| selection.matches(c));
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = if args.csv {
        let rows: Vec<_> = lists
            .iter()
            .flat_map(|(info, comments)| comments.iter().map(move |c| (Some(info), c)))
            .collect();
        write_csv(&mut out, &rows, lang, session.offset)
    } else if args.json {
        write_json(&mut out, &lists)
    } else {
        let view = TableView {
            lang,
            offset: session.offset,
            width,
            query: selection.map(|s| s.text.clone()),
        };
        lists.iter().try_for_each(|(info, comments)| {
            let heading = msg!(
                "multi-list-heading",
                article = multi_load::describe(info),
                filter = filter.label()
            );
            writeln!(out, "{}", clean_line(&lang.render(&heading)))?;
            write_table(&mut out, comments, filter, &view)?;
            writeln!(out)
        })
    };
    match written {
        Ok(()) | Err(_) if failed => Exit::Failed,
        Ok(()) => Exit::Ok,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(err) => {
            let message = msg!("cli-list-write-failed", detail = err.to_string());
            err_line(&clean_line(&lang.render(&message)));
            Exit::Failed
        }
    }
}

/// Each comment's JSON object with its article's `msg_data_id` and `index`.
fn write_json(out: &mut impl Write, lists: &[(ArticleInfo, Vec<Comment>)]) -> std::io::Result<()> {
    for (info, comments) in lists {
        for comment in comments {
            let mut value = serde_json::to_value(comment).map_err(std::io::Error::other)?;
            value["msg_data_id"] = info.article.msg_data_id.into();
            value["index"] = info.article.index.into();
            let line = to_safe_json(&value).map_err(std::io::Error::other)?;
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
