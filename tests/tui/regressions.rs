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
