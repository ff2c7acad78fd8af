//! The mouse as messages: a click highlights a row, its mark box marks it
//! (Esc then Ctrl-z brings the marks back), the wheel scrolls the pane or
//! popup under it, a click focuses a pane, the confirmation's buttons act as
//! their keys (a typed count is still needed), and nothing behind a popup can
//! be clicked. Then `c`: the copy chooser hands the runtime clean text.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use wxmod::tui::layout::{self, Areas};
use wxmod::tui::log::Level;
use wxmod::tui::mouse::{Mouse, MouseKind};
use wxmod::tui::popup::Popup;
use wxmod::tui::{App, Effect, Focus, Msg};

use crate::support::*;

fn areas(app: &App) -> Areas {
    layout::areas(Rect::new(0, 0, app.size.0, app.size.1), app)
}

fn mouse(kind: MouseKind, column: u16, row: u16) -> Msg {
    Msg::Mouse(Mouse { kind, column, row })
}

fn click(column: u16, row: u16) -> Msg {
    mouse(MouseKind::LeftClick, column, row)
}

/// The screen line of the `n`th table row shown (its title and column header
/// come first).
fn row_y(app: &App, n: u16) -> u16 {
    areas(app).table.y + 2 + n
}

/// A click on the content of the `n`th table row shown.
fn click_row(app: &App, n: u16) -> Msg {
    click(areas(app).table.x + 40, row_y(app, n))
}

/// A click on the mark box of the `n`th table row shown.
fn click_box(app: &App, n: u16) -> Msg {
    click(areas(app).table.x + 1, row_y(app, n))
}

/// Send the messages `make` builds from the app as it is now.
fn at(app: &mut App, make: impl Fn(&App) -> Vec<Msg>) -> Vec<Effect> {
    let msgs = make(app);
    send(app, msgs)
}

fn current(app: &App) -> u64 {
    app.list
        .current()
        .map(|r| r.comment.user_comment_id)
        .unwrap()
}

/// Where `text` is drawn on the screen (its first cell), found in the drawn
/// buffer: so a test clicks where the user sees the words.
fn find(app: &App, text: &str) -> (u16, u16) {
    let buf = buffer(app);
    let chars: Vec<String> = text.chars().map(String::from).collect();
    for y in 0..app.size.1 {
        for x in 0..app.size.0 {
            let hit = chars.iter().enumerate().all(|(i, c)| {
                buf.cell((x + i as u16, y))
                    .is_some_and(|cell| cell.symbol() == c)
            });
            if hit {
                return (x, y);
            }
        }
    }
    panic!("{text:?} is not on the screen:\n{}", render(app));
}

fn runs(fx: &[Effect]) -> Option<usize> {
    fx.iter().find_map(|e| match e {
        Effect::RunBatch { ids, .. } => Some(ids.len()),
        _ => None,
    })
}

#[test]
fn a_click_on_a_row_highlights_it_without_marking() {
    let mut app = loaded();
    let fx = at(&mut app, |a| vec![click_row(a, 3)]);
    assert!(fx.is_empty());
    assert_eq!(current(&app), 1004);
    assert!(marked(&app).is_empty());
    // Below the last row: nothing changes.
    let below = row_y(&app, 20);
    at(&mut app, |a| vec![click(areas(a).table.x + 40, below)]);
    assert_eq!(current(&app), 1004);
    // The title line and the column header are not rows.
    at(&mut app, |a| {
        vec![click(areas(a).table.x + 40, areas(a).table.y + 1)]
    });
    assert_eq!(current(&app), 1004);
}

#[test]
fn a_click_on_the_mark_box_marks_the_row_and_esc_then_ctrl_z_brings_marks_back() {
    let mut app = loaded();
    at(&mut app, |a| vec![click_box(a, 2)]);
    assert_eq!(marked(&app), vec![1003]);
    assert_eq!(current(&app), 1003, "the clicked row stays highlighted");
    let screen = render(&app);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("▶[x]") && l.contains("1003")),
        "{screen}"
    );
    at(&mut app, |a| vec![click_box(a, 0), click_box(a, 5)]);
    assert_eq!(marked(&app), vec![1001, 1003, 1006]);
    // A second click unmarks.
    at(&mut app, |a| vec![click_box(a, 5)]);
    assert_eq!(marked(&app), vec![1001, 1003]);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    send(&mut app, [ctrl('z')]);
    assert_eq!(marked(&app), vec![1001, 1003]);
}

#[test]
fn a_click_in_the_mark_box_of_a_row_far_down_the_list_marks_that_row() {
    let comments = (0..80)
        .map(|i| comment(2000 + i, i as i64, "row", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [key(KeyCode::PageDown), key(KeyCode::PageDown)]);
    let offset = app.list.offset();
    assert!(offset > 0);
    at(&mut app, |a| vec![click_box(a, 1)]);
    let id = 2000 + offset as u64 + 1;
    assert_eq!(marked(&app), vec![id]);
    assert_eq!(current(&app), id);
}

#[test]
fn the_wheel_moves_through_the_table() {
    let mut app = loaded();
    let (x, y) = (areas(&app).table.x + 40, row_y(&app, 1));
    send(&mut app, [mouse(MouseKind::WheelDown, x, y)]);
    assert_eq!(current(&app), 1004);
    send(&mut app, [mouse(MouseKind::WheelDown, x, y)]);
    assert_eq!(current(&app), 1007);
    send(&mut app, [mouse(MouseKind::WheelUp, x, y)]);
    assert_eq!(current(&app), 1004);
    assert!(marked(&app).is_empty());
}

#[test]
fn the_wheel_scrolls_the_log_under_the_pointer_and_not_the_table() {
    let mut app = loaded();
    for i in 0..30 {
        app.log.push(NOW, Level::Info, &format!("line {i}"));
    }
    let log = areas(&app).log;
    let (x, y) = (log.x + 5, log.y + 1);
    send(&mut app, [mouse(MouseKind::WheelUp, x, y)]);
    assert_eq!(app.log.back(), 3);
    assert_eq!(current(&app), 1001, "the table did not move");
    send(&mut app, [mouse(MouseKind::WheelUp, x, y)]);
    assert_eq!(app.log.back(), 6);
    assert!(render(&app).contains("line 20"));
    send(&mut app, [mouse(MouseKind::WheelDown, x, y)]);
    assert_eq!(app.log.back(), 3);
}

#[test]
fn the_wheel_scrolls_the_viewer_and_stops_at_its_end() {
    let long: String = (1..=60).map(|i| format!("paragraph {i}\n")).collect();
    let mut app = loaded_with(vec![comment(1, 1, &long, true), comment(2, 2, "x", true)]);
    send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(app.popup, Some(Popup::Viewer { scroll: 0 }));
    // Anywhere on the screen: the viewer covers it.
    send(&mut app, [mouse(MouseKind::WheelDown, 10, 10)]);
    assert_eq!(app.popup, Some(Popup::Viewer { scroll: 3 }));
    send(&mut app, [mouse(MouseKind::WheelUp, 10, 10)]);
    assert_eq!(app.popup, Some(Popup::Viewer { scroll: 0 }));
    let max = layout::viewer_max_scroll(&app);
    assert!(max > 3);
    for _ in 0..40 {
        send(&mut app, [mouse(MouseKind::WheelDown, 10, 10)]);
    }
    assert_eq!(app.popup, Some(Popup::Viewer { scroll: max }));
    assert!(render(&app).contains("paragraph 60"));
    assert_eq!(current(&app), 1, "the table behind did not move");
}

#[test]
fn the_wheel_scrolls_the_help() {
    let mut app = loaded();
    send(&mut app, [ch('?')]);
    send(&mut app, [mouse(MouseKind::WheelDown, 50, 20)]);
    assert_eq!(app.popup, Some(Popup::Help { scroll: 3 }));
    send(&mut app, [mouse(MouseKind::WheelUp, 50, 20)]);
    send(&mut app, [mouse(MouseKind::WheelUp, 50, 20)]);
    assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
}

#[test]
fn the_wheel_moves_the_choice_of_recent_articles() {
    let mut app = app();
    for id in [2_247_483_652u64, 2_247_483_660, 2_247_483_670] {
        app.recent.push(wxmod::tui::recent::RecentArticle {
            article: wxmod::api::wire::Article {
                msg_data_id: id,
                index: 0,
            },
            loaded_at: NOW,
            comments: 1,
            kind: "elected".into(),
            title: None,
        });
    }
    send(&mut app, [key(KeyCode::Down)]);
    assert_eq!(app.popup, Some(Popup::Recent { selected: 0 }));
    send(&mut app, [mouse(MouseKind::WheelDown, 40, 10)]);
    send(&mut app, [mouse(MouseKind::WheelDown, 40, 10)]);
    assert_eq!(app.popup, Some(Popup::Recent { selected: 2 }));
    send(&mut app, [mouse(MouseKind::WheelUp, 40, 10)]);
    assert_eq!(app.popup, Some(Popup::Recent { selected: 1 }));
    // A click chooses nothing: loading stays a key's decision.
    let fx = send(&mut app, [click(40, 10)]);
    assert!(fx.is_empty());
    assert_eq!(app.popup, Some(Popup::Recent { selected: 1 }));
}

#[test]
fn a_click_focuses_the_pane_under_it() {
    let mut app = loaded();
    assert_eq!(app.focus, Focus::Table);
    let a = areas(&app);
    send(&mut app, [click(a.log.x + 3, a.log.y + 1)]);
    assert_eq!(app.focus, Focus::Log);
    send(&mut app, [click(a.article.x + 3, a.article.y + 1)]);
    assert_eq!(app.focus, Focus::Article);
    // Keys now go to the article input, as after Tab.
    assert!(app.typing());
    // On the index selector (Tab from the input), a click on the bar keeps it.
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Index);
    send(&mut app, [click(a.article.x + 3, a.article.y + 1)]);
    assert_eq!(app.focus, Focus::Index);
    send(&mut app, [click(a.table.x + 40, a.table.y)]);
    assert_eq!(app.focus, Focus::Table);
    assert_eq!(current(&app), 1001, "the title line highlights nothing");
    // Focusing from the filter's input leaves it, keeping what it filters.
    send(&mut app, [ch('/')]);
    type_text(&mut app, "好");
    assert!(app.filter.editing);
    send(&mut app, [click(a.log.x + 3, a.log.y + 1)]);
    assert!(!app.filter.editing);
    assert_eq!(app.list.query(), "好");
}

#[test]
fn clicks_behind_a_popup_reach_nothing() {
    let mut app = loaded();
    for opener in [ch('?'), key(KeyCode::Enter), ch('c')] {
        send(&mut app, [opener]);
        let popup = app.popup.clone();
        assert!(popup.is_some());
        let a = areas(&app);
        let fx = at(&mut app, |app| {
            vec![
                click_box(app, 4),
                click_row(app, 6),
                click(a.log.x + 2, a.log.y + 1),
                click(a.article.x + 2, a.article.y + 1),
            ]
        });
        assert!(fx.is_empty());
        assert_eq!(app.popup, popup, "the popup stays open");
        assert!(marked(&app).is_empty());
        assert_eq!(current(&app), 1001);
        assert_eq!(app.focus, Focus::Table);
        send(&mut app, [key(KeyCode::Esc)]);
        assert_eq!(app.popup, None);
    }
}

#[test]
fn the_cancel_button_cancels_and_the_confirm_button_runs() {
    let mut app = loaded();
    at(&mut app, |a| {
        vec![click_box(a, 0), click_box(a, 1), ch('d')]
    });
    assert!(matches!(app.popup, Some(Popup::Confirm(_))));
    // Outside the buttons (on the table row behind, or the popup's text): nothing.
    let (x, y) = find(&app, "Deselect 2 comments?");
    let fx = at(&mut app, |a| {
        vec![click(x, y), click(x, y + 2), click_box(a, 5)]
    });
    assert!(fx.is_empty() && matches!(app.popup, Some(Popup::Confirm(_))));
    let (x, y) = find(&app, "[ Cancel ]");
    let fx = send(&mut app, [click(x + 3, y)]);
    assert!(fx.is_empty());
    assert_eq!(app.popup, None);
    assert_eq!(marked(&app), vec![1001, 1002], "cancelling keeps the marks");

    send(&mut app, [ch('d')]);
    let (x, y) = find(&app, "[ Deselect 2 ]");
    let fx = send(&mut app, [click(x + 4, y)]);
    assert_eq!(runs(&fx), Some(2));
    assert_eq!(app.popup, None);
}

#[test]
fn a_click_on_confirm_still_needs_the_typed_count() {
    let comments = (0..120)
        .map(|i| comment(3000 + i, i as i64, "row", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ctrl('a'), ch('d')]);
    let (x, y) = find(&app, "[ Deselect 120 ]");
    let fx = send(&mut app, [click(x + 4, y)]);
    assert_eq!(runs(&fx), None, "no count typed: nothing runs");
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("the confirmation closed");
    };
    assert!(confirm.hint.is_some(), "it says to type the count");
    // Clicking again changes nothing either.
    let (x, y) = find(&app, "[ Deselect 120 ]");
    assert_eq!(runs(&send(&mut app, [click(x + 4, y)])), None);
    type_text(&mut app, "120");
    // The hint went when typing: the buttons moved; click where they are now.
    let (x, y) = find(&app, "[ Deselect 120 ]");
    let fx = send(&mut app, [click(x + 4, y)]);
    assert_eq!(runs(&fx), Some(120));
}

#[test]
fn the_copy_chooser_copies_id_openid_and_clean_content() {
    let mut app = loaded_with(vec![
        comment(7001, 1, "hi\x1b]52;c;ZXZpbA==\x07\r\nthere\u{202E}!", true),
        comment(7002, 2, "x", true),
    ]);
    send(&mut app, [ch('c')]);
    assert_eq!(app.popup, Some(Popup::Copy));
    let screen = render(&app);
    assert!(screen.contains("Copy to the clipboard") && screen.contains("7001"));
    let fx = send(&mut app, [ch('c')]);
    assert_eq!(fx, vec![Effect::Copy("hi]52;c;ZXZpbA== there!".into())]);
    assert_eq!(app.popup, None);
    let log = app.log.lines().last().unwrap().text.clone();
    assert!(
        log.starts_with("copied the content, 23 characters") && log.contains("OSC 52"),
        "{log}"
    );

    let fx = send(&mut app, [ch('c'), ch('i')]);
    assert_eq!(fx, vec![Effect::Copy("7001".into())]);
    assert!(
        app.log
            .lines()
            .last()
            .unwrap()
            .text
            .starts_with("copied id 7001")
    );

    let fx = send(&mut app, [ch('c'), ch('o')]);
    assert_eq!(
        fx,
        vec![Effect::Copy("oAbC7001xYz0123456789abcdefQ".into())]
    );
    let log = app.log.lines().last().unwrap().text.clone();
    assert!(log.starts_with("copied openid oAbC…defQ"), "{log}");

    // Esc closes without copying.
    let fx = send(&mut app, [ch('c'), key(KeyCode::Esc)]);
    assert!(fx.is_empty() && app.popup.is_none());
}

#[test]
fn a_comment_without_an_openid_says_so_instead_of_copying() {
    let mut c = comment(7003, 1, "x", true);
    c.openid = None;
    let mut app = loaded_with(vec![c]);
    let fx = send(&mut app, [ch('c'), ch('o')]);
    assert!(fx.is_empty());
    assert_eq!(
        app.log.lines().last().unwrap().text,
        "this comment has no openid to copy"
    );
}

#[test]
fn copying_from_an_empty_table_says_there_is_nothing() {
    let mut app = app();
    send(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Table);
    let fx = send(&mut app, [ch('c')]);
    assert!(fx.is_empty() && app.popup.is_none());
    assert!(
        app.log
            .lines()
            .last()
            .unwrap()
            .text
            .starts_with("nothing to copy")
    );
}

#[test]
fn the_wheel_moves_through_the_history() {
    use wxmod::tui::popup::Popup::History;
    let mut app = crate::history_support::opened(loaded());
    let selected = |app: &App| match &app.popup {
        Some(History(h)) => (h.selected, h.items),
        other => panic!("{other:?}"),
    };
    assert_eq!(selected(&app), (0, None));
    send(&mut app, [mouse(MouseKind::WheelDown, 40, 10)]);
    send(&mut app, [mouse(MouseKind::WheelDown, 40, 10)]);
    assert_eq!(selected(&app), (2, None));
    send(&mut app, [mouse(MouseKind::WheelUp, 40, 10)]);
    assert_eq!(selected(&app), (1, None));
    // A click opens nothing and runs nothing.
    assert!(send(&mut app, [click(40, 10)]).is_empty());
    assert_eq!(selected(&app), (1, None));
}
