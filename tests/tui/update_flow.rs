//! `update` around batches: the confirmation, the run, cancelling, quitting,
//! results, retrying failures and undo.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{Comment, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::popup::{Button, Popup};
use wxmod::tui::{Effect, Msg};

use crate::support::*;

fn confirm(app: &wxmod::tui::App) -> &wxmod::tui::popup::Confirm {
    match &app.popup {
        Some(Popup::Confirm(c)) => c,
        other => panic!("expected the confirmation, got {other:?}"),
    }
}

#[test]
fn d_asks_first_focus_on_cancel_and_d_again_does_not_confirm() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch('j'), ch(' ')]); // 1001 and 1003
    let fx = send(&mut app, [ch('d')]);
    assert!(fx.is_empty(), "d alone sends nothing: {fx:?}");
    let c = confirm(&app);
    assert_eq!(c.focus, Button::Cancel);
    assert_eq!(c.ids, vec![1001, 1003]);
    assert_eq!(c.op, WriteOp::UnmarkElect);
    assert!(
        send(&mut app, [ch('d'), ch('d')]).is_empty(),
        "the opening key never confirms"
    );
    assert!(
        send(&mut app, [key(KeyCode::Enter)]).is_empty(),
        "Enter on Cancel"
    );
    assert!(app.popup.is_none(), "Enter on Cancel closes");
}

#[test]
fn y_runs_exactly_the_marked_ids() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch('j'), ch(' '), ch('G'), ch(' ')]);
    send(&mut app, [ch('d')]);
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(
        fx,
        vec![Effect::RunBatch {
            op: WriteOp::UnmarkElect,
            article: ARTICLE,
            ids: vec![1001, 1003, 1012],
            undo: None,
        }]
    );
    assert!(app.popup.is_none());
    assert!(app.batch.running.is_some());
}

#[test]
fn n_and_esc_cancel_and_send_nothing() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    for cancel in [ch('n'), key(KeyCode::Esc)] {
        send(&mut app, [ch('d')]);
        assert!(app.popup.is_some());
        assert!(send(&mut app, [cancel]).is_empty());
        assert!(app.popup.is_none());
        assert_eq!(marked(&app), vec![1001], "cancelling keeps the marks");
    }
}

#[test]
fn tab_then_enter_confirms_from_the_confirm_button() {
    let mut app = loaded();
    send(&mut app, [ch('d'), key(KeyCode::Tab)]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(fx.as_slice(), [Effect::RunBatch { ids, .. }] if ids == &vec![1001]));
}

#[test]
fn without_marks_d_targets_the_highlighted_comment() {
    let mut app = loaded();
    send(&mut app, [ch('j'), ch('j'), ch('d')]);
    assert_eq!(confirm(&app).ids, vec![1003]);
}

#[test]
fn only_elected_comments_are_deselected() {
    let mut comments = sample();
    comments[1].comment_type = 0; // 1002 is a normal comment
    let mut app = loaded_with(comments);
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch('d')]);
    let c = confirm(&app);
    assert_eq!(c.ids, vec![1001, 1003]);
    assert_eq!(c.skipped, 1);
}

#[test]
fn the_confirmation_counts_marks_hidden_by_the_filter() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    send(&mut app, [ch('/')]);
    type_text(&mut app, "spam");
    send(&mut app, [key(KeyCode::Enter), ch(' '), ch('d')]);
    let c = confirm(&app);
    assert_eq!(c.ids, vec![1001, 1002, 1006]);
    assert_eq!(c.hidden, 2);
}

#[test]
fn batches_of_100_or_more_need_the_count_typed() {
    let comments: Vec<Comment> = (0..150)
        .map(|i| comment(5000 + i, i as i64, "x", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ctrl('a'), ch('d')]);
    assert!(confirm(&app).needs_typing());
    assert!(send(&mut app, [ch('y')]).is_empty(), "y is not enough");
    assert!(en(confirm(&app).hint.as_ref().unwrap()).contains("150"));
    type_text(&mut app, "15");
    assert!(
        send(&mut app, [key(KeyCode::Enter)]).is_empty(),
        "wrong count"
    );
    assert!(app.popup.is_some());
    type_text(&mut app, "0");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(fx.as_slice(), [Effect::RunBatch { ids, .. }] if ids.len() == 150));
}

#[test]
fn esc_during_a_batch_asks_then_cancels_it() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    run_marked(&mut app);
    assert!(send(&mut app, [key(KeyCode::Esc)]).is_empty(), "asks first");
    assert_eq!(app.popup, Some(Popup::CancelWhileRunning));
    assert!(send(&mut app, [ch('n')]).is_empty(), "n keeps running");
    assert!(!app.batch.running.as_ref().unwrap().cancelling);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(
        send(&mut app, [key(KeyCode::Esc)]).is_empty(),
        "Esc answers no"
    );
    assert_eq!(app.popup, None);
    send(&mut app, [key(KeyCode::Esc)]);
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(fx, vec![Effect::CancelBatch]);
    assert_eq!(
        marked(&app).len(),
        2,
        "Esc cancels the batch, not the marks"
    );
    assert!(send(&mut app, [key(KeyCode::Esc)]).is_empty(), "asked once");
    assert!(app.batch.running.as_ref().unwrap().cancelling);
}

#[test]
fn q_asks_before_quitting_while_a_batch_runs() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    assert!(send(&mut app, [ch('q')]).is_empty());
    assert_eq!(app.popup, Some(Popup::QuitWhileRunning));
    assert!(send(&mut app, [ch('n')]).is_empty(), "n keeps running");
    send(&mut app, [ch('q')]);
    assert_eq!(send(&mut app, [ch('y')]), vec![Effect::CancelBatch]);
    let fx = send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            vec![item(1001, ItemStatus::NotAttempted, None)],
        )))],
    );
    assert!(
        fx.contains(&Effect::Quit),
        "quits once the batch has stopped: {fx:?}"
    );
    // Without a batch, q quits at once.
    let mut idle = loaded();
    assert_eq!(send(&mut idle, [ch('q')]), vec![Effect::Quit]);
}

#[test]
fn ctrl_c_quits_from_inside_a_popup() {
    let mut app = loaded();
    send(&mut app, [ch('?')]);
    assert_eq!(send(&mut app, [ctrl('c')]), vec![Effect::Quit]);
    let mut app = loaded();
    send(&mut app, [ch('d')]);
    assert_eq!(
        send(&mut app, [ctrl('c')]),
        vec![Effect::Quit],
        "and never confirms"
    );
}

#[test]
fn ctrl_c_asks_first_and_quits_at_once_when_pressed_again() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    assert!(send(&mut app, [ctrl('c')]).is_empty(), "asks first");
    assert_eq!(app.popup, Some(Popup::QuitWhileRunning));
    assert_eq!(send(&mut app, [ctrl('c')]), vec![Effect::Quit]);
}

#[test]
fn a_batch_blocks_loads_and_a_second_batch() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    assert!(send(&mut app, [ch('r')]).is_empty());
    assert!(send(&mut app, [ch('d')]).is_empty());
    assert!(app.popup.is_none());
}

#[test]
fn ticks_are_wanted_only_while_something_moves() {
    let mut app = app();
    assert!(!app.needs_tick(), "idle means no ticks, so no redraws");
    send(&mut app, [Msg::Paste("2247483652".into())]);
    let seq = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    assert!(app.needs_tick());
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(sample()),
        }],
    );
    assert!(!app.needs_tick());
}
