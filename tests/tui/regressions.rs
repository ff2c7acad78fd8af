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
