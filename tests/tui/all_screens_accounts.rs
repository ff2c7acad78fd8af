//! The account picker (`A`) four ways: the accounts with their appid and
//! token source, the question when comments are marked, and the screen right
//! after a switch (nothing loaded, the new account in the header, the log
//! saying which marks stayed behind).

use ratatui::crossterm::event::KeyCode;

use super::{four_ways, loaded, quota};
use crate::support::*;
use crate::update_accounts::{switched_to_brand, two_accounts};

#[test]
fn accounts_picker() {
    four_ways("accounts_picker", |app| {
        let mut app = quota(loaded(app));
        two_accounts(&mut app);
        send(&mut app, [ch('A'), ch('k')]);
        app
    });
}

#[test]
fn accounts_switch_with_marks() {
    four_ways("accounts_switch_with_marks", |app| {
        let mut app = quota(loaded(app));
        two_accounts(&mut app);
        send(
            &mut app,
            [ch(' '), ch(' '), ch('A'), ch('k'), key(KeyCode::Enter)],
        );
        app
    });
}

#[test]
fn accounts_switched() {
    four_ways("accounts_switched", |app| {
        let mut app = quota(loaded(app));
        two_accounts(&mut app);
        send(
            &mut app,
            [
                ch(' '),
                ch(' '),
                ch('A'),
                ch('k'),
                key(KeyCode::Enter),
                ch('y'),
            ],
        );
        let answer = switched_to_brand(&app);
        send(&mut app, [answer]);
        app
    });
}
