//! The console's filter speaks the query language (`wxmod::query`): either
//! word, every word, fields beside words, full-width forms; a query that
//! does not parse keeps the rows and shows where it fails.

use crossterm::event::KeyCode;
use wxmod::i18n::{Lang, Localize};

use crate::support::*;

fn filter(app: &mut wxmod::tui::app::App, text: &str) {
    send(app, [ch('/')]);
    type_text(app, text);
    send(app, [key(KeyCode::Enter)]);
}

fn shown(app: &wxmod::tui::app::App) -> Vec<u64> {
    app.list
        .visible_rows(0)
        .map(|(_, r)| r.comment.user_comment_id)
        .collect()
}

fn chinese() -> wxmod::tui::app::App {
    let texts = [
        "我在考研，求资料",
        "抽中了！谢谢",
        "这个教程很详细",
        "教程一般",
        "加Ｖ领详细教程",
        "好文章",
    ];
    // Newest first: 1001 is the newest.
    let comments = texts.iter().enumerate();
    loaded_with(
        comments
            .map(|(i, t)| comment(1001 + i as u64, 5 + i as i64 * 7, t, true))
            .collect(),
    )
}

#[test]
fn either_word_every_word_and_not() {
    let mut app = chinese();
    let cases: [(&str, Vec<u64>); 6] = [
        ("考研|抽中", vec![1001, 1002]),
        ("教程 详细", vec![1003, 1005]),
        ("教程 -详细", vec![1004]),
        ("加v", vec![1005]),
        ("(考研 | 好文章) -抽中", vec![1001, 1006]),
        ("id:1001..1002", vec![1001, 1002]),
    ];
    for (text, want) in cases {
        filter(&mut app, text);
        assert_eq!(shown(&app), want, "{text}");
        assert!(app.list.query_error().is_none(), "{text}");
        send(&mut app, [ch('/'), key(KeyCode::Esc)]);
    }
}

#[test]
fn a_query_that_does_not_parse_keeps_the_rows_and_points_at_the_place() {
    let mut app = chinese();
    filter(&mut app, "教程");
    assert_eq!(shown(&app), vec![1003, 1004, 1005]);
    send(&mut app, [ch('/')]);
    type_text(&mut app, " (详细");
    assert_eq!(shown(&app), vec![1003, 1004, 1005], "the rows stay");
    let err = app.list.query_error().expect("an error");
    assert_eq!(err.at, "教程 ".len());
    assert!(err.render(Lang::En).contains("( is not closed"));
    let screen = render(&app);
    let input = screen.lines().find(|l| l.contains("教程 (详细")).unwrap();
    let marker = screen.lines().find(|l| l.contains("^ ✗")).unwrap();
    use unicode_width::UnicodeWidthStr;
    let paren = input[..input.find('(').unwrap()].width();
    let caret = marker[..marker.find('^').unwrap()].width();
    assert_eq!(paren, caret, "the ^ sits under the (:\n{input}\n{marker}");
    type_text(&mut app, ")");
    assert!(app.list.query_error().is_none());
    assert_eq!(shown(&app), vec![1003, 1005]);
}

#[test]
fn tab_in_the_filter_cycles_through_the_saved_rules() {
    let mut app = chinese();
    send(&mut app, [ch('/'), key(KeyCode::Tab)]);
    assert!(
        render(&app).contains("no saved rules"),
        "without rules the log says how to add one"
    );
    app.filter.rules = vec![
        wxmod::config::Rule {
            name: "study".into(),
            query: "考研|抽中".into(),
        },
        wxmod::config::Rule {
            name: "guides".into(),
            query: "教程 详细".into(),
        },
    ];
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.filter.input.value(), "考研|抽中");
    assert_eq!(shown(&app), vec![1001, 1002]);
    assert!(render(&app).contains("rule study"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(shown(&app), vec![1003, 1005]);
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.filter.input.value(), "考研|抽中", "round again");
    assert!(app.filter.editing, "still typing: the rule can be edited");
}
