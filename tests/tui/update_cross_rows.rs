//! The cross-article table as the current table: the keys that read "the
//! current row" read the cross row, the footer offers only what acts there,
//! and the questions and reports count its marks and articles.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::i18n::Lang;
use wxmod::tui::Msg;
use wxmod::tui::acting::acts;
use wxmod::tui::keymap::Action;
use wxmod::tui::popup::Popup;

use crate::support::*;
use crate::update_cross::{THIRD, author_table};

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
        log.iter()
            .any(|l| l.contains("1 mark of account shop was dropped")),
        "{log:?}"
    );
}

#[test]
fn the_line_left_for_the_shell_counts_a_cross_batch_s_articles() {
    let (mut app, _) = author_table();
    send(&mut app, [ch(' '), ch('j'), ch(' '), ch('d'), ch('y')]);
    let mut first = item(1001, ItemStatus::Done, Some(0));
    first.article = Some(ARTICLE);
    let mut third = item(1001, ItemStatus::Done, Some(0));
    third.article = Some(THIRD);
    let mut summary = summary(WriteOp::UnmarkElect, vec![first, third]);
    summary.article = ARTICLE;
    send(&mut app, [Msg::Batch(BatchEvent::Finished(summary))]);
    let report = app.exit_report();
    assert!(report[0].contains(" on 2 articles: "), "{report:?}");
    app.lang = Lang::Zh;
    let report = app.exit_report();
    assert!(report[0].contains("（2 篇文章）"), "{report:?}");
}
