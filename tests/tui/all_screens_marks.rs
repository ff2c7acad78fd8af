//! The screens of "work is never lost by one key", four ways like every
//! screen: the quit question with marks, the cancel question during a batch,
//! and the log after Esc cleared the marks and Ctrl-z brought them back.

use ratatui::crossterm::event::KeyCode;

use super::{four_ways, loaded};
use crate::support::*;

#[test]
fn quit_question_with_marks() {
    four_ways("quit_question_with_marks", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch('q')]);
        app
    });
}

#[test]
fn cancel_question() {
    four_ways("cancel_question", |app| {
        let mut app = loaded(app);
        send(&mut app, [ctrl('a')]);
        run_marked(&mut app);
        send(&mut app, [progress(12, 2, 0, 0), key(KeyCode::Esc)]);
        app
    });
}

#[test]
fn marks_cleared_and_restored() {
    four_ways("marks_cleared_and_restored", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch(' '), ch(' '), key(KeyCode::Esc), ctrl('z')]);
        app
    });
}
