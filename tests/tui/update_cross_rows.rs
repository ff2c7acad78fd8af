//! The cross-article table as the current table: the keys that read "the
//! current row" read the cross row, the footer offers only what acts there,
//! and the questions and reports count its marks and articles.

use wxmod::tui::acting::acts;
use wxmod::tui::keymap::Action;

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
