//! The cross-article table as the current table: the keys that read "the
//! current row" read the cross row, the footer offers only what acts there,
//! and the questions and reports count its marks and articles.

use ratatui::crossterm::event::KeyCode;
use wxmod::tui::acting::acts;
use wxmod::tui::keymap::Action;
use wxmod::tui::popup::Popup;

use crate::support::*;
use crate::update_cross::author_table;

#[test]
fn t_is_not_offered_on_the_cross_table_and_changes_nothing_there() {
    let (mut app, _) = author_table();
    assert!(!acts(&app, Action::SwitchType));
    let kind = app.loads.kind;
    let fx = send(&mut app, [ch('t')]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(app.loads.kind, kind);
    assert!(app.cross.is_some());
}

#[test]
fn an_account_switch_counts_the_cross_table_s_marks_too() {
    let (mut app, _) = author_table();
    crate::update_accounts::two_accounts(&mut app);
    send(&mut app, [ch(' ')]);
    let fx = send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(
        app.popup,
        Some(Popup::SwitchWithMarks {
            name: "brand".into(),
            count: 1
        })
    );
    send(&mut app, [ch('y')]);
    let answer = crate::update_accounts::switched_to_brand(&app);
    send(&mut app, [answer]);
    let log: Vec<String> = app.log.lines().iter().map(|l| l.text.clone()).collect();
    assert!(
        log.iter().any(|l| l.contains("1 mark of account shop was dropped")),
        "{log:?}"
    );
}
