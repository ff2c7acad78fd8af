//! Screens, drawn into a TestBackend and compared with reviewed snapshots
//! (fixed clock and UTC+08:00, so they never depend on when or where they run).

/// Snapshots live in tests/snapshots/ next to the other test binaries' ones.
macro_rules! assert_snapshot {
    ($screen:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!($screen);
        })
    };
}
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use wxmod::api::wire::{Quota, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus, StopReason};
use wxmod::tui::keymap::Context;
use wxmod::tui::{App, Msg};

use crate::support::*;

fn with_quota(mut app: App) -> App {
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
    let mut app = app();
    app.env.demo = true;
    app.env.endpoint = "http://127.0.0.1:41234".into();
    app.env.token_label = "demo credentials".into();
    assert_snapshot!(render(&app));
}

#[test]
fn loaded_list() {
    let mut app = with_quota(loaded());
    send(&mut app, [ch('j'), ch('j'), ch('j')]);
    assert_snapshot!(render(&app));
}

#[test]
fn marks_with_a_filter() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch('/')]);
    type_text(&mut app, "i ");
    send(&mut app, [key(KeyCode::Enter), ch(' ')]);
    assert_snapshot!(render(&app));
}

#[test]
fn confirmation_popup() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' '), ch(' ')]);
    send(&mut app, [ch('/')]);
    type_text(&mut app, "thanks");
    send(&mut app, [key(KeyCode::Enter), ch('d')]);
    assert_snapshot!(render(&app));
}

#[test]
fn big_confirmation_asks_for_the_count() {
    let comments = (0..250)
        .map(|i| comment(7000 + i, i as i64, "bulk", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ctrl('a'), ch('d')]);
    type_text(&mut app, "25");
    let screen = render(&app);
    assert!(screen.contains("Type 250 to confirm: 25"), "{screen}");
    assert!(screen.contains("… and 247 more"), "{screen}");
}

#[test]
fn the_confirmation_warns_when_the_quota_is_short() {
    let mut app = loaded();
    send(
        &mut app,
        [Msg::Quota(Ok(Quota {
            daily_limit: 100,
            used: 98,
            remain: 2,
        }))],
    );
    send(&mut app, [ctrl('a'), ch('d')]);
    let screen = render(&app);
    assert!(
        screen.contains("only 2 unmarkelect calls left today"),
        "{screen}"
    );
}

#[test]
fn running_batch() {
    let mut app = with_quota(loaded());
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Sending {
            user_comment_id: 1003,
        })],
    );
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Sending {
            user_comment_id: 1004,
        })],
    );
    send(
        &mut app,
        [Msg::Batch(BatchEvent::ItemFinished(item(
            1001,
            ItemStatus::Done,
            Some(0),
        )))],
    );
    send(
        &mut app,
        [Msg::Batch(BatchEvent::ItemFinished(item(
            1002,
            ItemStatus::Failed,
            Some(88008),
        )))],
    );
    send(&mut app, [progress(4, 1, 1, 0)]);
    assert_snapshot!(render(&app));
}

#[test]
fn results_with_failures() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Failed, Some(88008)),
        item(1003, ItemStatus::Done, Some(0)),
        item(1004, ItemStatus::Failed, None),
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
    let rest = sample()
        .into_iter()
        .filter(|c| ![1001, 1002, 1003].contains(&c.user_comment_id))
        .collect();
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(rest),
        }],
    );
    send(&mut app, [ch('j')]);
    assert_snapshot!(render(&app));
}

#[test]
fn a_stop() {
    let mut app = loaded();
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
    assert_snapshot!(render(&app));
}

#[test]
fn help() {
    let mut app = loaded();
    app.size = (100, 96);
    send(&mut app, [ch('?')]);
    let screen = render(&app);
    // Every binding of the keymap is on the help screen.
    for context in Context::HELP_ORDER {
        for b in app.keymap.bindings(context) {
            assert!(screen.contains(&b.keys_label), "{} missing", b.keys_label);
        }
    }
    assert_snapshot!(screen);
}

#[test]
fn hostile_comment() {
    let hostile = comment(
        6666,
        1,
        "evil\u{1b}[2J\u{1b}[H\u{1b}]0;pwned\u{7}\u{1b}[31mRED\u{9b}1;1H\r\n\u{202e}txt.exe",
        true,
    );
    let mut nasty_openid = comment(6667, 2, "hi", true);
    nasty_openid.openid = Some("o\u{1b}[8mhidden".into());
    let mut app = loaded_with(vec![hostile, nasty_openid]);
    app.size = (100, 24);
    let buf = buffer(&app);
    for cell in buf.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202e}'),
            "raw control character reached the screen: {:?}",
            cell.symbol()
        );
    }
    assert_snapshot!(render(&app));
}

#[test]
fn small_terminal_80x24() {
    let mut app = with_quota(loaded());
    app.size = (80, 24);
    send(&mut app, [ch(' '), ch('j'), ch(' ')]);
    assert_snapshot!(render(&app));
}

#[test]
fn no_color_keeps_selection_visible_without_colour() {
    let mut app = loaded();
    app.color = false;
    send(&mut app, [ch(' '), ch(' ')]);
    let buf = buffer(&app);
    for cell in buf.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "colour under NO_COLOR"
        );
    }
    let screen = render(&app);
    assert_eq!(screen.matches("[x]").count(), 2, "{screen}");
    assert!(
        screen.contains("▶[ ] 1003"),
        "the cursor has a marker: {screen}"
    );
}

#[test]
fn resizing_keeps_the_cursor_on_screen() {
    let comments = (0..200)
        .map(|i| comment(9000 + i, i as i64, "row", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ch('G')]);
    send(&mut app, [Msg::Resize(80, 24)]);
    let screen = render(&app);
    assert!(screen.contains("▶[ ] 9199"), "{screen}");
    assert!(screen.contains("200/200"), "{screen}");
}
