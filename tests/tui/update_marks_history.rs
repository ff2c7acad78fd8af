//! Work is never lost by one key: marks cleared or replaced (Esc, a range,
//! Ctrl-a, `f`, a load) come back with Ctrl-z, several steps deep; quitting
//! with marks or a running batch asks first; Esc during a batch asks.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::popup::Popup;
use wxmod::tui::{Effect, Msg};

use crate::support::*;

fn last_log(app: &wxmod::tui::App) -> String {
    app.log
        .lines()
        .last()
        .map(|l| l.text.clone())
        .unwrap_or_default()
}

/// Answer the load among `fx` with `comments`.
fn answer(app: &mut wxmod::tui::App, fx: &[Effect], comments: Vec<wxmod::api::wire::Comment>) {
    let seq = load_seq(fx);
    send(
        app,
        [Msg::Loaded {
            seq,
            result: Ok(comments),
        }],
    );
}

#[test]
fn esc_clears_the_marks_says_so_and_ctrl_z_brings_them_back() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    assert_eq!(marked(&app), vec![1001, 1002, 1003]);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    assert_eq!(last_log(&app), "cleared 3 marks — Ctrl-z brings them back");
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001, 1002, 1003]);
    assert_eq!(last_log(&app), "restored 3 marks");
    send(&mut app, [ctrl('z')]);
    assert_eq!(
        marked(&app),
        vec![1001, 1002, 1003],
        "nothing more to restore"
    );
    assert_eq!(last_log(&app), "no cleared marks to restore");
}

#[test]
fn a_range_is_taken_back_by_ctrl_z() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    // From the second row to the fifth.
    send(&mut app, [ch('v'), ch('j'), ch('j'), ch('j'), ch('v')]);
    assert_eq!(marked(&app), vec![1001, 1002, 1003, 1004, 1005]);
    send(&mut app, [ctrl('z')]);
    assert_eq!(
        marked(&app),
        vec![1001],
        "the marks as they were before the range"
    );
}

#[test]
fn ctrl_a_off_is_taken_back_by_ctrl_z() {
    let mut app = loaded();
    send(&mut app, [ctrl('a')]);
    assert_eq!(marked(&app).len(), 12);
    send(&mut app, [ctrl('a')]);
    assert!(marked(&app).is_empty());
    assert_eq!(last_log(&app), "cleared 12 marks — Ctrl-z brings them back");
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app).len(), 12);
    // And Ctrl-a on is taken back too: the table as it was before it.
    send(&mut app, [ctrl('z')]);
    assert!(marked(&app).is_empty());
}

#[test]
fn several_steps_deep() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    send(&mut app, [key(KeyCode::Esc)]);
    send(&mut app, [ch('j'), ch(' '), ch(' ')]);
    // The cursor moved on: 1003 and 1004 are marked now.
    assert_eq!(marked(&app), vec![1003, 1004]);
    send(&mut app, [key(KeyCode::Esc)]);
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1003, 1004]);
    send(&mut app, [key(KeyCode::Esc)]);
    send(&mut app, [ctrl('z')]);
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001], "two steps back");
}

#[test]
fn the_stack_is_bounded() {
    let mut app = loaded();
    for _ in 0..(wxmod::tui::marks_history::DEPTH + 5) {
        send(&mut app, [ch(' '), key(KeyCode::Esc), ch('k')]);
    }
    assert_eq!(app.marks_history.len(), wxmod::tui::marks_history::DEPTH);
}

#[test]
fn esc_that_only_clears_the_filter_or_a_range_remembers_nothing() {
    let mut app = loaded();
    send(&mut app, [ch('v'), key(KeyCode::Esc)]);
    send(&mut app, [ch('/')]);
    type_text(&mut app, "spam");
    send(&mut app, [key(KeyCode::Enter), key(KeyCode::Esc)]);
    assert!(app.marks_history.is_empty());
}

#[test]
fn a_reload_that_drops_marks_is_taken_back_where_the_comments_are_still_loaded() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    // Reloaded: 1002 is no longer listed.
    let fx = send(&mut app, [ch('r')]);
    let mut fewer = sample();
    fewer.remove(1);
    answer(&mut app, &fx, fewer);
    assert_eq!(marked(&app), vec![1001, 1003]);
    assert!(
        last_log(&app).starts_with("the load dropped 1 mark"),
        "{}",
        last_log(&app)
    );
    // Loaded again with 1002 back: Ctrl-z brings back all three.
    let fx = send(&mut app, [ch('r')]);
    answer(&mut app, &fx, sample());
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001, 1002, 1003]);
    assert_eq!(last_log(&app), "restored 3 marks");
}

#[test]
fn marks_of_comments_not_loaded_are_restored_only_where_present() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    send(&mut app, [key(KeyCode::Esc)]);
    // Reloaded without 1002: two of the three come back, and the log says so.
    let fx = send(&mut app, [ch('r')]);
    let mut fewer = sample();
    fewer.remove(1);
    answer(&mut app, &fx, fewer);
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001, 1003]);
    assert_eq!(
        last_log(&app),
        "restored 2 marks; 1 marked comment is not loaded now and stays unmarked"
    );
}

#[test]
fn marks_of_another_article_wait_for_it() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    // Another article: its load drops the marks.
    send(&mut app, [Msg::Paste("2247483999".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    answer(&mut app, &fx, sample());
    assert!(marked(&app).is_empty());
    send(&mut app, [ctrl('z')]);
    assert!(
        marked(&app).is_empty(),
        "the ids belong to the other article"
    );
    assert!(
        last_log(&app).contains("load it and press Ctrl-z again"),
        "{}",
        last_log(&app)
    );
    // Back on the first article, Ctrl-z restores them.
    send(&mut app, [Msg::Paste("2247483652".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    answer(&mut app, &fx, sample());
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001, 1002]);
}

#[test]
fn f_replacing_the_marks_is_taken_back() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    finish(&mut app, vec![item(1001, ItemStatus::Failed, Some(-1))]);
    send(&mut app, [key(KeyCode::Esc)]);
    send(&mut app, [key(KeyCode::End), ch(' ')]);
    let before = marked(&app);
    assert_eq!(before, vec![1012]);
    send(&mut app, [ch('f')]);
    assert_eq!(marked(&app), vec![1001]);
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), before);
}

#[test]
fn q_with_marks_asks_n_stays_y_quits() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    assert!(send(&mut app, [ch('q')]).is_empty(), "asks first");
    assert_eq!(app.popup, Some(Popup::QuitWithMarks { count: 2 }));
    assert!(send(&mut app, [ch('n')]).is_empty());
    assert_eq!(app.popup, None);
    assert_eq!(marked(&app).len(), 2, "n keeps the marks");
    send(&mut app, [ch('q')]);
    assert!(
        send(&mut app, [key(KeyCode::Esc)]).is_empty(),
        "Esc answers no"
    );
    assert_eq!(app.popup, None);
    send(&mut app, [ch('q')]);
    assert_eq!(send(&mut app, [ch('y')]), vec![Effect::Quit]);
}

#[test]
fn ctrl_c_with_marks_asks_and_a_second_one_quits_at_once() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    assert!(send(&mut app, [ctrl('c')]).is_empty());
    assert_eq!(app.popup, Some(Popup::QuitWithMarks { count: 1 }));
    assert_eq!(send(&mut app, [ctrl('c')]), vec![Effect::Quit]);
    // Without marks or a batch, nothing is lost: quit at once.
    let mut idle = loaded();
    assert_eq!(send(&mut idle, [ctrl('c')]), vec![Effect::Quit]);
    assert_eq!(send(&mut loaded(), [ch('q')]), vec![Effect::Quit]);
}

#[test]
fn quitting_during_a_batch_asks_and_y_stops_it_first() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    assert!(
        send(&mut app, [ctrl('c')]).is_empty(),
        "a first Ctrl-C asks"
    );
    assert_eq!(app.popup, Some(Popup::QuitWhileRunning));
    assert!(send(&mut app, [ch('n')]).is_empty(), "n keeps running");
    assert!(app.batch.running.as_ref().is_some_and(|b| !b.cancelling));
    send(&mut app, [ch('q')]);
    assert_eq!(send(&mut app, [ch('y')]), vec![Effect::CancelBatch]);
    assert!(last_log(&app).starts_with("quitting once the batch has stopped"));
    // A second Ctrl-C while it stops quits at once.
    assert_eq!(send(&mut app, [ctrl('c')]), vec![Effect::Quit]);
}

#[test]
fn y_quits_once_the_batch_has_stopped() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [ch('q'), ch('y')]);
    let fx = send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            vec![item(1001, ItemStatus::NotAttempted, None)],
        )))],
    );
    assert!(fx.contains(&Effect::Quit), "{fx:?}");
}

#[test]
fn esc_during_a_batch_asks_before_cancelling() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    assert!(send(&mut app, [key(KeyCode::Esc)]).is_empty());
    assert_eq!(app.popup, Some(Popup::CancelWhileRunning));
    assert!(send(&mut app, [ch('n')]).is_empty());
    assert!(app.batch.running.as_ref().is_some_and(|b| !b.cancelling));
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(send(&mut app, [ch('y')]), vec![Effect::CancelBatch]);
    assert_eq!(marked(&app), vec![1001], "cancelling keeps the marks");
    // Ctrl-C in the cancel question asks to quit (a first Ctrl-C).
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(send(&mut app, [ctrl('c')]).is_empty());
    assert_eq!(app.popup, Some(Popup::QuitWhileRunning));
}

#[test]
fn the_cancel_question_closes_when_the_batch_ends() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [key(KeyCode::Esc)]);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            vec![item(1001, ItemStatus::Done, Some(0))],
        )))],
    );
    assert_eq!(app.popup, None);
}
