//! Behaviours found wanting by using the console as a user would: each test
//! pins what the user now sees or what a key now does.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemResult, ItemStatus};
use wxmod::tui::Msg;

use crate::support::*;

/// Run a batch over the marks and finish it with `items`.
fn finish(app: &mut wxmod::tui::App, items: Vec<ItemResult>) {
    run_marked(app);
    for it in &items {
        send(app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
    }
    send(
        app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            items,
        )))],
    );
}

#[test]
fn an_unsent_comment_says_not_attempted_once() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch('g')]);
    let mut unsent = item(1001, ItemStatus::NotAttempted, None);
    unsent.meaning = "not attempted: cancelled".into();
    finish(
        &mut app,
        vec![unsent, item(1002, ItemStatus::Done, Some(0))],
    );
    let screen = render(&app);
    assert!(
        screen.contains("· 1001 not attempted: cancelled"),
        "{screen}"
    );
    assert!(!screen.contains("not attempted: not attempted"), "{screen}");
    // Reasons that do not say it themselves still get it said.
    let mut other = item(1003, ItemStatus::NotAttempted, None);
    other.meaning = "the batch stopped first".into();
    send(&mut app, [ch('j'), ch('j'), ch(' '), key(KeyCode::Up)]);
    finish(&mut app, vec![other]);
    let screen = render(&app);
    assert!(
        screen.contains("· 1003 not attempted: the batch stopped first"),
        "{screen}"
    );
}

fn help_scroll(app: &wxmod::tui::App) -> u16 {
    match app.popup {
        Some(wxmod::tui::popup::Popup::Help { scroll }) => scroll,
        ref other => panic!("expected the help, got {other:?}"),
    }
}

#[test]
fn help_scrolls_to_its_last_line_and_no_further() {
    let mut app = loaded();
    app.size = (80, 24);
    send(&mut app, [ch('?')]);
    send(&mut app, (0..300).map(|_| ch('j')));
    let end = help_scroll(&app);
    assert!(end > 0);
    send(&mut app, [key(KeyCode::PageDown)]);
    assert_eq!(help_scroll(&app), end, "PgDn stops at the end too");
    let screen = render(&app);
    let last = wxmod::tui::keymap::Keymap::builtin()
        .bindings(wxmod::tui::keymap::Context::Help)
        .last()
        .unwrap()
        .help
        .clone();
    // The last line of the help sits on the popup's last row, not above blanks.
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[rows.len() - 3].contains(&last), "{screen}");
    send(&mut app, [ch('k')]);
    assert_eq!(help_scroll(&app), end - 1, "one key back moves at once");
    send(&mut app, [key(KeyCode::PageUp), key(KeyCode::PageUp)]);
    send(&mut app, (0..100).map(|_| key(KeyCode::PageUp)));
    assert_eq!(help_scroll(&app), 0);
}

/// The key a footer label names ("Esc", "Ctrl-a", "↓", "G", "0-7").
fn key_named(name: &str) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let code = match name {
        "Esc" => KeyCode::Esc,
        "Enter" => KeyCode::Enter,
        "Tab" => KeyCode::Tab,
        "Shift-Tab" => KeyCode::BackTab,
        "Space" => KeyCode::Char(' '),
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Del" => KeyCode::Delete,
        "Backspace" => KeyCode::Backspace,
        "F1" => KeyCode::F(1),
        "0-7" => KeyCode::Char('3'),
        _ => {
            if let Some(c) = name.strip_prefix("Ctrl-") {
                let c = c.chars().next().unwrap();
                return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
            }
            let mut chars = name.chars();
            let c = chars.next().unwrap();
            assert!(chars.next().is_none(), "unknown key name {name:?}");
            KeyCode::Char(c)
        }
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// States that each show a different footer.
fn footer_states() -> Vec<(String, wxmod::tui::App)> {
    use wxmod::tui::Focus;
    use wxmod::tui::popup::Popup;
    let mut states = Vec::new();
    for running in [false, true] {
        for focus in [Focus::Article, Focus::Index, Focus::Table, Focus::Log] {
            for filter in [false, true] {
                let mut app = loaded();
                if running {
                    send(&mut app, [ch(' ')]);
                    run_marked(&mut app);
                }
                app.focus = focus;
                app.filter_editing = filter;
                states.push((
                    format!("running {running}, {focus:?}, filter {filter}"),
                    app,
                ));
            }
        }
    }
    for popup in [
        Popup::Help { scroll: 0 },
        Popup::QuitWhileRunning,
        Popup::Recent { selected: 0 },
        Popup::Viewer { scroll: 0 },
    ] {
        let mut app = loaded();
        app.popup = Some(popup.clone());
        states.push((format!("{popup:?}"), app));
    }
    let mut app = loaded();
    send(&mut app, [ch('d')]);
    states.push(("confirmation".into(), app));
    states
}

#[test]
fn every_key_the_footer_shows_does_what_the_footer_says() {
    for (state, app) in footer_states() {
        let chain = app.key_chain();
        for (keys, label, action) in app.keymap.footer(&chain) {
            // Keys are joined by '/', which is also a key.
            let names: Vec<&str> = if keys == "/" {
                vec!["/"]
            } else {
                keys.split('/').collect()
            };
            for name in names {
                assert_eq!(
                    app.keymap.lookup(&chain, &key_named(name)),
                    Some(action),
                    "{state}: the footer shows `{name} {label}`"
                );
            }
        }
    }
}

#[test]
fn esc_in_the_filter_clears_it_and_leaves_a_running_batch_alone() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [ch('/')]);
    type_text(&mut app, "spam");
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert!(!app.batch.as_ref().unwrap().cancelling);
    assert!(!app.filter_editing);
    assert_eq!(app.list.query(), "");
    // Out of the filter, Esc cancels the batch as the footer says.
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(fx, vec![wxmod::tui::Effect::CancelBatch]);
}

/// The screen's rows, trimmed, joined by spaces: wrapped text reads whole.
fn flowed(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_wrong_article_shows_the_whole_remedy_under_the_input_at_80x24() {
    let mut app = app();
    app.size = (80, 24);
    send(&mut app, [Msg::Paste("2247483685".into())]);
    let seq = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    let err = wxmod::api::ApiError::Api {
        path: "/cgi-bin/comment/list",
        code: 88001,
        errmsg: "msg_data is not exists".into(),
    };
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Err(err),
        }],
    );
    let screen = render(&app);
    let remedy = wxmod::api::catalog::lookup(88001).unwrap().remedy_en;
    let text = flowed(&screen);
    assert!(
        text.contains(&format!(
            "✗ cannot load 2247483685 index 0: 88001 no such article: the msg_data_id or index is wrong — {remedy}"
        )),
        "{screen}"
    );
    // The table still starts below the message and the footer is still there.
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(rows.len(), 24);
    assert!(rows[23].contains("help"), "{screen}");
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(screen);
    });
}

fn loads(fx: &[wxmod::tui::Effect]) -> Vec<wxmod::api::wire::Article> {
    fx.iter()
        .filter_map(|e| match e {
            wxmod::tui::Effect::Load { article, .. } => Some(*article),
            _ => None,
        })
        .collect()
}

#[test]
fn a_plain_id_typed_after_a_link_loads_index_0_not_the_links_index() {
    let mut app = app();
    send(
        &mut app,
        [Msg::Paste(
            "https://mp.weixin.qq.com/s?__biz=MzA&mid=2247483670&idx=4&sn=abc".into(),
        )],
    );
    assert_eq!(app.bar.index, 3);
    send(&mut app, [ctrl('u')]);
    type_text(&mut app, "2247483685");
    assert_eq!(app.bar.index, 0);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx)[0].index, 0);
    assert!(render(&app).contains("→ msg_data_id 2247483685, index 0"));

    // Esc clears the input, and the index the input named with it.
    send(&mut app, [key(KeyCode::Esc)]);
    type_text(&mut app, "2247483652_3");
    assert_eq!(app.bar.index, 2);
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.bar.index, 0);
}

#[test]
fn an_index_chosen_with_the_selector_stays_when_the_id_changes() {
    let mut app = app();
    type_text(&mut app, "2247483652_3");
    // Tab to the selector and choose 5: the user's choice, not the input's.
    send(
        &mut app,
        [key(KeyCode::Tab), ch('5'), key(KeyCode::BackTab)],
    );
    send(&mut app, [ctrl('u')]);
    type_text(&mut app, "2247483661");
    assert_eq!(app.bar.index, 5);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx)[0].index, 5);
}

#[test]
fn the_confirmation_shows_its_warnings_in_full_at_80x24() {
    let comments = (0..2000)
        .map(|i| comment(7000 + i, i as i64, "bulk", true))
        .collect();
    let mut app = loaded_with(comments);
    app.size = (80, 24);
    send(
        &mut app,
        [Msg::Quota(Ok(wxmod::api::wire::Quota {
            daily_limit: 100_000,
            used: 100_000,
            remain: 0,
        }))],
    );
    send(&mut app, [ctrl('a'), ch('d'), ch('y')]);
    let screen = render(&app);
    let text = flowed(&screen);
    assert!(text.contains("Deselect 2,000 comments?"), "{screen}");
    assert!(text.contains("… and 1,997 more"), "{screen}");
    assert!(text.contains("Type 2000 to confirm"), "{screen}");
    // Wrapped inside the popup's borders, the warning reads whole.
    let inside = inside_popup(&screen);
    assert!(
        inside.contains(
            "⚠ today's unmarkelect quota is spent: the batch would stop at once. \
             Wait until tomorrow, or reset the quota (clear_quota)."
        ),
        "{screen}"
    );
    assert!(
        inside.contains("type 2000 and press Enter to confirm"),
        "{screen}"
    );
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(screen);
    });
}

/// The text inside a popup's side borders, rows joined by spaces.
fn inside_popup(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| Some(l.split('│').nth(1)?.trim().to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn quitting_while_a_batch_runs_says_how_many_will_not_be_sent() {
    let mut app = loaded();
    app.size = (80, 24);
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [progress(4, 1, 0, 0), ch('q')]);
    let screen = render(&app);
    assert!(
        inside_popup(&screen).contains(
            "Quitting cancels the batch: requests in flight finish and are recorded in the \
             journal; the 3 comments not sent yet are not sent."
        ),
        "{screen}"
    );
}

/// Answer the reload a finished batch asked for with `comments`.
fn answer_reload(app: &mut wxmod::tui::App, comments: Vec<wxmod::api::wire::Comment>) {
    let seq = app.loading.expect("a reload after the batch").seq;
    send(
        app,
        [Msg::Loaded {
            seq,
            result: Ok(comments),
        }],
    );
}

#[test]
fn rows_deselected_by_an_earlier_batch_stay_visible_through_the_next_one() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    finish(&mut app, vec![item(1001, ItemStatus::Done, Some(0))]);
    let without = |ids: &[u64]| -> Vec<_> {
        sample()
            .into_iter()
            .filter(|c| !ids.contains(&c.user_comment_id))
            .collect()
    };
    answer_reload(&mut app, without(&[1001]));
    send(&mut app, [ch('g'), ch('j'), ch(' ')]);
    finish(&mut app, vec![item(1002, ItemStatus::Done, Some(0))]);
    answer_reload(&mut app, without(&[1001, 1002]));
    let gone: Vec<u64> = app
        .list
        .all_rows()
        .filter(|r| r.gone && r.outcome.is_some())
        .map(|r| r.comment.user_comment_id)
        .collect();
    assert_eq!(gone, vec![1001, 1002]);
    assert_eq!(app.list.total(), 12);
}

#[test]
fn no_character_of_disputed_width_reaches_the_terminal() {
    let disputed = ['\u{200D}', '\u{FE0F}', '\u{FE0E}', '\u{1F3FD}'];
    let mut tricky = comment(
        4242,
        1,
        "零宽\u{200d}字 ❤\u{fe0f} 👍🏽 👨\u{200d}👩\u{200d}👧\u{200d}👦",
        true,
    );
    tricky.reply = Some(wxmod::api::wire::Reply {
        content: "谢谢❤\u{fe0f}".into(),
        create_time: NOW,
    });
    let mut comments = sample();
    comments.insert(0, tricky);
    let mut app = loaded_with(comments);
    let check = |app: &wxmod::tui::App, what: &str| {
        let buffer = buffer(app);
        for cell in buffer.content() {
            assert!(
                !cell.symbol().chars().any(|c| disputed.contains(&c)),
                "{what}: {:?} drawn",
                cell.symbol()
            );
        }
        let screen = render(app);
        assert!(screen.contains("零宽字 ❤ 👍 👨👩👧👦"), "{what}: {screen}");
    };
    check(&app, "table and detail");
    send(&mut app, [key(KeyCode::Enter)]);
    check(&app, "viewer");
    send(&mut app, [key(KeyCode::Esc), ch('d')]);
    check(&app, "confirmation");
}

#[test]
fn f_names_only_what_there_is_to_retry() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::NotAttempted, None),
            item(1003, ItemStatus::NotAttempted, None),
        ],
    );
    send(&mut app, [key(KeyCode::Esc), ch('f')]);
    let last = &app.log.lines().last().unwrap().text;
    assert_eq!(last, "marked 2 not attempted: press d to retry them");
}

#[test]
fn each_finished_batch_is_kept_for_the_report_on_quitting() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
        ],
    );
    assert_eq!(
        app.ran,
        vec!["batch 20250314-092653-a1b2 on 2247483652 index 0: 1 deselected, 1 failed"]
    );
}
