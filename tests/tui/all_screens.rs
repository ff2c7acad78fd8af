//! Every console screen in both languages at 80x24 and 120x40: one scenario
//! drives a fresh console in each of the four ways and each result is a
//! reviewed snapshot (`NAME_LANG_WxH`). `zh_screens_speak_chinese` then reads
//! the Chinese snapshots for English words.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::ApiError;
use wxmod::api::wire::{Quota, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus, StopReason};
use wxmod::i18n::Lang;
use wxmod::tui::recent::RecentArticle;
use wxmod::tui::{App, Msg};

use crate::support::*;

/// The third outcome's screens: unknown items, their settlement, undo.
#[path = "all_screens_unknown.rs"]
mod unknown;

/// Views, sorts, the ★ of the "all" view and the filter's terms.
#[path = "all_screens_views.rs"]
mod views;

/// Marks that survive a slip: the quit and cancel questions, Ctrl-z.
#[path = "all_screens_marks.rs"]
mod marks;

/// The account picker, the question with marks, and the screen after a switch.
#[path = "all_screens_accounts.rs"]
mod accounts;
/// The article list popup and the loaded article's title.
#[path = "all_screens_articles.rs"]
mod articles;
/// The copy chooser.
#[path = "all_screens_copy.rs"]
mod copy;
/// Room to read: the detail pane hidden, a pane zoomed, the result column.
#[path = "all_screens_cross.rs"]
mod cross;
/// Elect beside deselect, its undo and stop, and the footer per view and pane.
#[path = "all_screens_elect.rs"]
mod elect;
/// History in the console: the journal's batches, a batch's items, retry.
#[path = "all_screens_history.rs"]
mod history;

#[path = "all_screens_room.rs"]
mod room;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Render `scenario` in both languages at both sizes and compare each screen
/// with its snapshot.
fn four_ways(name: &str, scenario: fn(App) -> App) {
    for lang in Lang::ALL {
        for (w, h) in SIZES {
            let app = scenario(app_in(lang, w, h));
            let screen = render(&app);
            let snap = format!("{name}_{}_{w}x{h}", lang.code());
            insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => true }, {
                insta::assert_snapshot!(snap, screen);
            });
        }
    }
}

fn loaded(app: App) -> App {
    load_into(app, sample_wide())
}

fn quota(mut app: App) -> App {
    send(
        &mut app,
        [Msg::Quota(Ok(Quota {
            daily_limit: 10_000,
            used: 120,
            remain: 9_880,
        }))],
    );
    app
}

#[test]
fn empty_start() {
    four_ways("empty_start", |app| app);
}

#[test]
fn empty_demo() {
    four_ways("empty_demo", |mut app| {
        app.env.demo = true;
        app.env.endpoint = "http://127.0.0.1:41234".into();
        app.env.token_label = wxmod::msg!("tui-token-demo");
        app
    });
}

/// The demo has two accounts with different articles: the empty-table hint
/// names no article id, which would be wrong on the other one.
#[test]
fn demo_hint_names_no_article_id() {
    for lang in Lang::ALL {
        let mut app = app_in(lang, 120, 40);
        app.env.demo = true;
        let screen = render(&app);
        // The article bar's format example (its first four lines) may name
        // an id: it shows the form, not an article of this account.
        let table: Vec<&str> = screen.lines().skip(4).collect();
        assert!(table.iter().any(|l| l.contains("Ctrl-o")), "{screen}");
        assert!(!table.iter().any(|l| l.contains("2247483652")), "{screen}");
    }
}

#[test]
fn loaded_list() {
    four_ways("loaded_list", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('j'), ch('j'), ch('j')]);
        app
    });
}

#[test]
fn marks_with_a_filter() {
    four_ways("marks_with_a_filter", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch(' '), ch(' '), ch('/')]);
        type_text(&mut app, "第");
        send(&mut app, [key(KeyCode::Enter), ch(' ')]);
        app
    });
}

#[test]
fn confirmation() {
    four_ways("confirmation", |app| {
        let mut app = quota(loaded(app));
        send(
            &mut app,
            [ch(' '), ch(' '), ch(' '), ch(' '), ch(' '), ch('/')],
        );
        type_text(&mut app, "好");
        send(&mut app, [key(KeyCode::Enter), ch('d')]);
        app
    });
}

#[test]
fn big_confirmation() {
    four_ways("big_confirmation", |app| {
        let comments = (0..1250)
            .map(|i| comment(7000 + i, i as i64, "批量留言 📦", i % 10 != 0))
            .collect();
        let mut app = load_into(app, comments);
        send(
            &mut app,
            [Msg::Quota(Ok(Quota {
                daily_limit: 1_000,
                used: 98,
                remain: 902,
            }))],
        );
        send(&mut app, [ctrl('a'), ch('d')]);
        type_text(&mut app, "11");
        send(&mut app, [key(KeyCode::Enter)]);
        app
    });
}

#[test]
fn undo_confirmation() {
    four_ways("undo_confirmation", |app| {
        let mut app = loaded(app);
        ran_here(&mut app);
        send(&mut app, [ch('u'), planned(undo_plan(vec![1001, 1002]))]);
        app
    });
}

#[test]
fn running_batch() {
    four_ways("running_batch", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        for id in [1003, 1004] {
            send(
                &mut app,
                [Msg::Batch(BatchEvent::Sending {
                    user_comment_id: id,
                })],
            );
        }
        for (id, status, code) in [
            (1001, ItemStatus::Done, Some(0)),
            (1002, ItemStatus::Failed, Some(88008)),
        ] {
            send(
                &mut app,
                [Msg::Batch(BatchEvent::ItemFinished(item(id, status, code)))],
            );
        }
        send(&mut app, [progress(4, 1, 1, 0)]);
        app
    });
}

#[test]
fn results_with_failures() {
    four_ways("results_with_failures", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
            item(1003, ItemStatus::Done, Some(0)),
            item(1004, ItemStatus::Failed, Some(45009)),
        ];
        for it in &items {
            send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
        }
        let fx = send(
            &mut app,
            [Msg::Batch(BatchEvent::Finished(summary(
                WriteOp::UnmarkElect,
                items,
            )))],
        );
        let rest = sample_wide()
            .into_iter()
            .filter(|c| ![1001, 1003].contains(&c.user_comment_id))
            .collect();
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(rest),
            }],
        );
        send(&mut app, [ch('g')]);
        app
    });
}

#[test]
fn a_stop() {
    four_ways("a_stop", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        send(
            &mut app,
            [Msg::Batch(BatchEvent::ItemFinished(item(
                1001,
                ItemStatus::Done,
                Some(0),
            )))],
        );
        let reason = StopReason::Api {
            code: 45009,
            errmsg: "reach max api daily quota limit".into(),
        };
        send(&mut app, [Msg::Batch(BatchEvent::Stopped(reason.clone()))]);
        let mut s = summary(
            WriteOp::UnmarkElect,
            vec![
                item(1001, ItemStatus::Done, Some(0)),
                item(1002, ItemStatus::NotAttempted, None),
                item(1003, ItemStatus::NotAttempted, None),
            ],
        );
        s.stopped = Some(reason);
        send(&mut app, [Msg::Batch(BatchEvent::Finished(s))]);
        app
    });
}

#[test]
fn a_crowded_title() {
    // Marks hidden by a filter, a load in flight and a type change pending:
    // the table's title drops what does not fit instead of running into the
    // detail pane's (`869 marked (869 hComment`, `⠹ loadingComment 3465`).
    four_ways("a_crowded_title", |app| {
        let comments = (0..2_500)
            .map(|i| comment(30_000 + i, i as i64, "批量留言 📦", true))
            .collect();
        let mut app = load_into(app, comments);
        send(&mut app, [ctrl('a'), ch('/')]);
        type_text(&mut app, "id:30000..30009");
        send(&mut app, [key(KeyCode::Enter), ch('t')]);
        app
    });
}

#[test]
fn help() {
    four_ways("help", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch('?')]);
        app
    });
}

#[test]
fn recent_list() {
    four_ways("recent_list", |mut app| {
        app.recent = vec![
            RecentArticle {
                article: ARTICLE,
                loaded_at: NOW - 3_600,
                comments: 1_250,
                kind: "elected".into(),
                title: Some("春节活动中奖名单公布".into()),
            },
            RecentArticle {
                article: wxmod::api::wire::Article {
                    msg_data_id: 2_247_483_660,
                    index: 2,
                },
                loaded_at: 0,
                comments: 0,
                kind: "all".into(),
                title: None,
            },
        ];
        send(&mut app, [key(KeyCode::Down)]);
        app
    });
}

#[test]
fn viewer() {
    four_ways("viewer", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch('j'), ch('j'), ch('j'), key(KeyCode::Enter)]);
        app
    });
}

#[test]
fn quit_question() {
    four_ways("quit_question", |app| {
        let mut app = loaded(app);
        send(&mut app, [ctrl('a')]);
        run_marked(&mut app);
        send(&mut app, [progress(12, 2, 0, 0), ch('q')]);
        app
    });
}

#[test]
fn load_error() {
    four_ways("load_error", |mut app| {
        send(&mut app, [Msg::Paste("2247483652_3".into())]);
        let fx = send(&mut app, [key(KeyCode::Enter)]);
        let err = ApiError::Api {
            path: "/cgi-bin/comment/list",
            code: 88001,
            errmsg: "msg_data_id is invalid".into(),
        };
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Err(err),
            }],
        );
        app
    });
}

#[test]
fn hostile_comment() {
    four_ways("hostile_comment", |app| {
        let hostile = comment(
            6666,
            1,
            "坏\u{1b}[2J\u{1b}[H\u{1b}]0;标题\u{7}\u{1b}[31m红\u{9b}1;1H\r\n\u{202e}文件",
            true,
        );
        let mut nasty_openid = comment(6667, 2, "你好", true);
        nasty_openid.openid = Some("o\u{1b}[8mhidden".into());
        load_into(app, vec![hostile, nasty_openid])
    });
}

/// Words of two or more Latin letters a Chinese screen may show: key names,
/// the API's field names and paths, ids, and the one brand name in the
/// comments. Everything else English on a zh screen is a missed message.
const ALLOWED: &[&str] = &[
    // keys
    "Tab",
    "Esc",
    "Enter",
    "Ctrl",
    "Shift",
    "PgUp",
    "PgDn",
    "Home",
    "End",
    "Space",
    "Backspace",
    "Del", // the API's words and the program's name
    "msg_data_id",
    "index",
    "idx",
    // a long link's parameter, named when a short link lacks it
    "mid",
    "openid",
    "errcode",
    "id",
    "unmarkelect",
    "markelect",
    "clear_quota",
    "wxmod",
    "history",
    "articles",
    // the config's and the command line's own words (the query help's rules note)
    "utc_offset",
    "rules",
    "NAME",
    "where",
    "rule",
    "DEMO",
    "UTC",
    "ID",
    // the comment fixture's brand name
    "iPhone",
    // the account picker's test config: account names (ASCII by rule), a
    // display name, appids (every one starts with wx), the token API's name
    "shop",
    "brand",
    "Brand",
    "wx",
    "stable_token",
    // the API's name for an account's id, as the WeChat docs write it
    "appid",
];

#[test]
fn zh_screens_speak_chinese() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut seen = 0;
    let mut english = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("tui__all_screens__")
            && name.contains("_zh_")
            && name.ends_with(".snap"))
        {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        // The header of the snapshot file is insta's, not the screen.
        let screen = text.splitn(3, "---").nth(2).unwrap_or("");
        for line in screen.lines() {
            // TestBackend notes where wide characters hide cells: not the screen.
            let line = line
                .split("\" Hidden by multi-width symbols")
                .next()
                .unwrap_or(line);
            for word in english_words(line) {
                if !ALLOWED.contains(&word.as_str()) {
                    english.push(format!("{name}: {word:?} in {line}"));
                }
            }
        }
    }
    assert!(seen >= 34, "only {seen} zh snapshots found");
    assert!(
        english.is_empty(),
        "English on Chinese screens:\n{}",
        english.join("\n")
    );
}

/// Runs of two or more ASCII letters (with `_`), skipping URLs, openids
/// (`o` and 19 or more id characters, or shortened with `…`) and hex-ish ids.
fn english_words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in line.split(|c: char| {
        !(c.is_ascii_alphanumeric()
            || c == '_'
            || c == ':'
            || c == '/'
            || c == '.'
            || c == '…'
            || c == '|'
            || c == '-')
    }) {
        if token.contains("://") || token.contains("wx12") {
            continue;
        }
        let fields = [
            "result:", "is:", "author:", "since:", "until:", "has:", "id:", "re:",
        ];
        if fields
            .iter()
            .any(|f| token.trim_start_matches('-').starts_with(f))
        {
            continue; // a query term, as the query language spells it
        }
        if token.contains('…') || (token.starts_with('o') && token.len() >= 20) {
            continue; // an openid, whole or shortened (`oAbC10…defQ`)
        }
        let digits = token.chars().any(|c| c.is_ascii_digit());
        if digits && token.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            continue; // a batch id or a number
        }
        for word in token.split(|c: char| !(c.is_ascii_alphabetic() || c == '_')) {
            if word.chars().filter(char::is_ascii_alphabetic).count() >= 2 {
                out.push(word.to_string());
            }
        }
    }
    out
}
