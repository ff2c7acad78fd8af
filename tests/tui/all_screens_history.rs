//! History in the console, four ways like every screen: the journal's
//! batches (a stopped one with a failure, an undo and the batch it undid, an
//! interrupted one, one of another account) and one batch's items.

use ratatui::crossterm::event::KeyCode;

use super::{four_ways, loaded, quota};
use crate::history_support::opened;
use crate::support::*;

#[test]
fn history_list() {
    four_ways("history_list", |app| {
        let mut app = opened(quota(loaded(app)));
        send(&mut app, [ch('j')]);
        app
    });
}

#[test]
fn history_items() {
    four_ways("history_items", |app| {
        let mut app = opened(quota(loaded(app)));
        send(&mut app, [key(KeyCode::Enter)]);
        app
    });
}

#[test]
fn history_other_account() {
    four_ways("history_other_account", |app| {
        let mut app = opened(quota(loaded(app)));
        send(&mut app, [ch('G'), ch('u')]);
        app
    });
}

#[test]
fn history_retry_confirmation() {
    four_ways("history_retry_confirmation", |app| {
        let mut app = opened(quota(loaded(app)));
        send(&mut app, [ch('r')]);
        let mut plan = crate::history_support::retry_plan();
        plan.article = crate::history_support::OTHER;
        send(&mut app, [crate::history_support::retry_planned(plan)]);
        app
    });
}
