//! `wxmod articles`: the account's mass-sent articles of the last days with
//! their titles and ids, merged with the articles opened recently. Past days
//! come from the account's cache; the data cube is asked only for the others.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::list::print_client_notices;
use super::{ArticlesArgs, Exit, fail};
use crate::api::datacube::format_date;
use crate::articles::{self, ListedArticle};
use crate::display::{display_line, pad, truncate_to_width};
use crate::exit::out::err_line;
use crate::i18n::Lang;
use crate::msg;
use crate::sanitize::{clean_line, to_safe_json};
use crate::session::Session;

pub async fn run(session: &Session, args: &ArticlesArgs) -> Exit {
    let lang = session.lang;
    let heading = msg!(
        "articles-heading",
        account = session.account_shown(),
        days = args.days
    );
    err_line(&clean_line(&lang.render(&heading)));
    let notices = print_client_notices(session);
    let listing = articles::list_for_session(session, args.days).await;
    notices.abort();
    let listing = match listing {
        Ok(listing) => listing,
        Err(err) => return fail(lang, err),
    };
    for warning in &listing.warnings {
        err_line(&clean_line(&lang.render(warning)));
    }
    let asked = msg!(
        "articles-asked",
        asked = listing.days_asked,
        cached = (args.days as usize).saturating_sub(listing.days_asked)
    );
    err_line(&clean_line(&lang.render(&asked)));
    let listed = listing.articles;

    let width = super::list::terminal_width();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = if args.json {
        write_json(&mut out, &listed)
    } else {
        write_table(&mut out, &listed, args.days, lang, width)
    };
    match written {
        Ok(()) => Exit::Ok,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(err) => {
            let message = msg!("cli-list-write-failed", detail = err.to_string());
            err_line(&clean_line(&lang.render(&message)));
            Exit::Failed
        }
    }
}

/// The `--json` line of one article: an interface, English keys, stable.
#[derive(serde::Serialize)]
struct JsonArticle<'a> {
    msg_data_id: u64,
    index: u32,
    title: Option<&'a str>,
    sent_date: Option<String>,
    recent: bool,
}

pub fn write_json(out: &mut impl Write, listed: &[ListedArticle]) -> std::io::Result<()> {
    for item in listed {
        let line = JsonArticle {
            msg_data_id: item.article.msg_data_id,
            index: item.article.index,
            title: item.title.as_deref(),
            sent_date: item.sent_date.map(format_date),
            recent: item.recent,
        };
        let text = to_safe_json(&line).map_err(std::io::Error::other)?;
        writeln!(out, "{text}")?;
    }
    Ok(())
}

/// The table: sent date, position, msg_data_id, index, title (cut to the
/// terminal's width when there is one).
pub fn write_table(
    out: &mut impl Write,
    listed: &[ListedArticle],
    days: u32,
    lang: Lang,
    width: Option<usize>,
) -> std::io::Result<()> {
    if listed.is_empty() {
        writeln!(out, "{}", lang.render(&msg!("articles-empty", days = days)))?;
        return Ok(());
    }
    let date_cell = |item: &ListedArticle| match item.sent_date {
        Some(day) => format_date(day),
        None => lang.t("articles-opened-recently"),
    };
    let position_cell = |item: &ListedArticle| {
        lang.render(&msg!(
            "articles-position",
            position = item.article.index as usize + 1
        ))
    };
    let heads = [
        lang.t("articles-col-sent"),
        lang.t("articles-col-position"),
        lang.t("articles-col-msg-data-id"),
        lang.t("articles-col-index"),
        lang.t("articles-col-title"),
    ];
    let column = |head: &str, cells: Vec<String>| {
        cells
            .iter()
            .map(|c| c.width())
            .chain([head.width()])
            .max()
            .unwrap_or(0)
    };
    let widths = [
        column(&heads[0], listed.iter().map(date_cell).collect()),
        column(&heads[1], listed.iter().map(position_cell).collect()),
        column(
            &heads[2],
            listed
                .iter()
                .map(|i| i.article.msg_data_id.to_string())
                .collect(),
        ),
        column(
            &heads[3],
            listed.iter().map(|i| i.article.index.to_string()).collect(),
        ),
    ];
    let line = |cells: [&str; 4], title: &str| {
        let mut text = String::new();
        for (cell, w) in cells.iter().zip(widths) {
            text.push_str(&pad(cell, w));
            text.push_str("  ");
        }
        text.push_str(title);
        match width {
            Some(w) => truncate_to_width(&text, w),
            None => text,
        }
    };
    writeln!(
        out,
        "{}",
        line(
            [&heads[0], &heads[1], &heads[2], &heads[3]],
            heads[4].as_str()
        )
    )?;
    for item in listed {
        let title = match &item.title {
            Some(title) => display_line(title).into_owned(),
            None => lang.t("articles-no-title"),
        };
        let id = item.article.msg_data_id.to_string();
        let index = item.article.index.to_string();
        writeln!(
            out,
            "{}",
            line(
                [&date_cell(item), &position_cell(item), &id, &index],
                &title
            )
        )?;
    }
    writeln!(out)?;
    let hint = lang.t("articles-hint");
    match width {
        Some(w) => {
            for part in crate::display::wrap(&hint, w) {
                writeln!(out, "{part}")?;
            }
        }
        None => writeln!(out, "{hint}")?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::datacube::parse_date;
    use crate::api::wire::Article;

    fn listed() -> Vec<ListedArticle> {
        vec![
            ListedArticle {
                article: Article {
                    msg_data_id: 77,
                    index: 0,
                },
                title: None,
                sent_date: None,
                recent: true,
            },
            ListedArticle {
                article: Article {
                    msg_data_id: 2_247_483_670,
                    index: 3,
                },
                title: Some("Notice \u{1b}[31m(read me)\u{1b}[0m\u{202e}".into()),
                sent_date: parse_date("2026-11-24"),
                recent: false,
            },
        ]
    }

    #[test]
    fn the_table_reads_in_both_languages_and_neutralises_titles() {
        let mut en = Vec::new();
        write_table(&mut en, &listed(), 7, Lang::En, None).unwrap();
        let en = String::from_utf8(en).unwrap();
        assert!(en.contains("2026-11-24") && en.contains("#4"), "{en}");
        assert!(
            en.contains("opened recently") && en.contains("2247483670"),
            "{en}"
        );
        assert!(!en.contains('\u{1b}') && !en.contains('\u{202e}'), "{en:?}");
        let mut zh = Vec::new();
        write_table(&mut zh, &listed(), 7, Lang::Zh, Some(60)).unwrap();
        let zh = String::from_utf8(zh).unwrap();
        assert!(zh.contains("第 4 篇") && zh.contains("标题"), "{zh}");
        assert!(zh.lines().all(|l| l.width() <= 60), "{zh}");
    }

    #[test]
    fn json_lines_carry_the_stable_keys() {
        let mut out = Vec::new();
        write_json(&mut out, &listed()).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["title"], serde_json::Value::Null);
        assert_eq!(lines[0]["sent_date"], serde_json::Value::Null);
        assert_eq!(lines[1]["msg_data_id"], 2_247_483_670_u64);
        assert_eq!(lines[1]["index"], 3);
        assert_eq!(lines[1]["sent_date"], "2026-11-24");
        assert!(!text.contains('\u{1b}'), "{text:?}");
    }
}
