//! `update` on the table: marks, ranges, filter, focus, the article bar.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use wxmod::api::wire::CommentFilter;
use wxmod::tui::{Effect, Focus, Msg};

use crate::support::*;

#[test]
fn space_toggles_the_mark_and_moves_down() {
    let mut app = loaded();
    assert_eq!(app.focus, Focus::Table, "a load moves focus to the table");
    send(&mut app, [ch(' '), ch(' ')]);
    assert_eq!(marked(&app), vec![1001, 1002]);
    assert_eq!(app.list.cursor(), 2);
    send(&mut app, [key(KeyCode::Up), ch(' ')]);
    assert_eq!(marked(&app), vec![1001], "space on a marked row unmarks it");
}

#[test]
fn v_marks_the_range_between_its_two_presses() {
    let mut app = loaded();
    send(&mut app, [ch('j'), ch('v'), ch('j'), ch('j'), ch('j')]);
    assert!(
        marked(&app).is_empty(),
        "nothing is marked until the range ends"
    );
    assert!(app.list.in_pending_range(3));
    send(&mut app, [ch('v')]);
    assert_eq!(marked(&app), vec![1002, 1003, 1004, 1005]);
    // Upwards works too, and Esc abandons a range without touching marks.
    send(&mut app, [ch('G'), ch('v'), ch('k'), key(KeyCode::Esc)]);
    assert_eq!(marked(&app), vec![1002, 1003, 1004, 1005]);
    assert_eq!(app.list.anchor(), None);
}

#[test]
fn ctrl_a_marks_every_visible_row_and_again_unmarks_them() {
    let mut app = loaded();
    send(&mut app, [ctrl('a')]);
    assert_eq!(marked(&app).len(), 12);
    send(&mut app, [ctrl('a')]);
    assert!(marked(&app).is_empty());
}

#[test]
fn esc_clears_the_marks() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    assert_eq!(marked(&app).len(), 3);
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    assert!(fx.is_empty());
}

#[test]
fn filter_narrows_the_rows_and_marks_survive_it() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]); // 1001 marked
    send(&mut app, [ch('/')]);
    let fx = type_text(&mut app, "SPAM");
    assert!(fx.is_empty());
    assert_eq!(app.list.visible_len(), 1, "case-insensitive content match");
    assert_eq!(app.list.current().unwrap().comment.user_comment_id, 1006);
    // Typing in the filter does not run commands: 'd' and 'q' are text here.
    assert!(type_text(&mut app, "dq").is_empty());
    send(&mut app, [key(KeyCode::Backspace), key(KeyCode::Backspace)]);
    send(&mut app, [key(KeyCode::Enter), ch(' ')]); // keep filter, mark 1006
    assert_eq!(marked(&app), vec![1001, 1006]);
    assert_eq!(app.list.marks_hidden(), 1);
    // By id with the query language's field (words search the content).
    send(&mut app, [ch('/')]);
    send(&mut app, (0..4).map(|_| key(KeyCode::Backspace)));
    type_text(&mut app, "id:1010");
    assert_eq!(app.list.visible_len(), 1);
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.list.visible_len(), 12, "Esc in the filter clears it");
    assert_eq!(marked(&app), vec![1001, 1006], "marks survived the filter");
}

#[test]
fn t_cycles_the_comment_type_and_reloads() {
    let mut app = loaded();
    let fx = send(&mut app, [ch('t')]);
    assert_eq!(filter_kind(&fx), Some(CommentFilter::Normal));
    let fx = send(&mut app, [ch('t')]);
    assert_eq!(filter_kind(&fx), Some(CommentFilter::All));
    let fx = send(&mut app, [ch('t')]);
    assert_eq!(filter_kind(&fx), Some(CommentFilter::Elected));
}

#[test]
fn tab_and_shift_tab_cycle_the_focus() {
    let mut app = app();
    assert_eq!(app.focus, Focus::Article);
    let order: Vec<Focus> = (0..4)
        .map(|_| {
            send(&mut app, [key(KeyCode::Tab)]);
            app.focus
        })
        .collect();
    assert_eq!(
        order,
        vec![Focus::Index, Focus::Table, Focus::Log, Focus::Article]
    );
    send(
        &mut app,
        [Msg::Key(KeyEvent::new(
            KeyCode::BackTab,
            KeyModifiers::SHIFT,
        ))],
    );
    assert_eq!(app.focus, Focus::Log);
}

#[test]
fn invalid_article_input_shows_an_inline_error_and_sends_nothing() {
    let mut app = app();
    type_text(&mut app, "12ab");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    let err = en(&app.bar.error.clone().expect("inline error"));
    assert!(err.contains("not a msg_data_id"), "{err}");
    // Fixing the input clears the error.
    send(&mut app, [key(KeyCode::Backspace)]);
    assert_eq!(app.bar.error, None);
    for bad in ["0", "12003_9", ""] {
        app.bar.set_text(bad);
        assert!(send(&mut app, [key(KeyCode::Enter)]).is_empty(), "{bad:?}");
        assert!(app.bar.error.is_some(), "{bad:?}");
    }
}

#[test]
fn typed_letters_in_the_article_input_are_text_not_commands() {
    let mut app = app();
    let fx = type_text(&mut app, "qdt?");
    assert!(fx.is_empty());
    assert!(app.popup.is_none());
    assert_eq!(app.bar.input.value(), "qdt?");
}

#[test]
fn a_pasted_newline_never_triggers_a_load() {
    let mut app = app();
    let fx = send(&mut app, [Msg::Paste("2247483652\r\n".into())]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(app.bar.input.value(), "2247483652");
    let fx = send(&mut app, [Msg::Paste("\n".into())]);
    assert!(fx.is_empty());
    // Pasted escape sequences are not kept either.
    app.bar.set_text("");
    send(&mut app, [Msg::Paste("22474\u{1b}[2J83652".into())]);
    assert_eq!(app.bar.input.value(), "22474[2J83652");
}

#[test]
fn pasting_while_in_the_table_replaces_the_article_input() {
    let mut app = loaded();
    send(&mut app, [Msg::Paste("12003_3".into())]);
    assert_eq!(app.focus, Focus::Article);
    assert_eq!(app.bar.input.value(), "12003_3");
    assert_eq!(app.bar.index, 2, "the data-cube _3 is index 2");
}

#[test]
fn enter_loads_what_the_bar_shows_and_the_index_selector_wins() {
    let mut app = app();
    send(
        &mut app,
        [Msg::Paste(
            "https://mp.weixin.qq.com/s?__biz=Mz==&mid=2247483652&idx=2&sn=x".into(),
        )],
    );
    assert_eq!(app.bar.index, 1);
    send(
        &mut app,
        [key(KeyCode::Tab), key(KeyCode::Right), key(KeyCode::Right)],
    );
    assert_eq!(app.bar.index, 3);
    send(&mut app, [ch('8')]);
    assert!(en(app.bar.error.as_ref().unwrap()).contains("out of range"));
    assert_eq!(app.bar.index, 3);
    send(&mut app, [ch('5')]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(
        matches!(
            fx.as_slice(),
            [Effect::Load { article, filter: CommentFilter::Elected, .. }]
                if article.msg_data_id == 2_247_483_652 && article.index == 5
        ),
        "{fx:?}"
    );
}

#[test]
fn an_older_load_answer_is_ignored() {
    let mut app = app();
    send(&mut app, [Msg::Paste("111".into())]);
    let first = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    app.bar.set_text("222");
    let second = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    send(
        &mut app,
        [Msg::Loaded {
            seq: second,
            result: Ok(sample()),
        }],
    );
    send(
        &mut app,
        [Msg::Loaded {
            seq: first,
            result: Ok(vec![]),
        }],
    );
    assert_eq!(app.list.total(), 12);
    assert_eq!(app.loads.loaded.unwrap().0.msg_data_id, 222);
}

#[test]
fn a_failed_load_shows_the_error_with_its_remedy() {
    let mut app = app();
    send(&mut app, [Msg::Paste("2247483652".into())]);
    let seq = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    let err = wxmod::api::ApiError::Api {
        path: "/cgi-bin/comment/list",
        code: 88001,
        errmsg: "msg_data is not exists".into(),
    };
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Err(err),
        }],
    );
    let shown = en(&app.bar.error.clone().unwrap());
    assert!(
        shown.contains("88001") && shown.contains("msg_data_id"),
        "{shown}"
    );
    assert_eq!(
        app.focus,
        Focus::Article,
        "focus stays on the input to fix it"
    );
    // The failure, then the article list's key.
    let lines = app.log.lines();
    assert!(lines[lines.len() - 2].text.contains("88001"));
}

#[test]
fn recent_articles_are_saved_and_can_be_picked() {
    let mut app = loaded();
    assert_eq!(app.recent.len(), 1);
    send(&mut app, [key(KeyCode::BackTab), key(KeyCode::BackTab)]);
    assert_eq!(app.focus, Focus::Article);
    app.bar.set_text("");
    send(&mut app, [key(KeyCode::Down)]);
    assert!(app.popup.is_some(), "↓ opens the recent list");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(fx.as_slice(), [Effect::Load { article, .. }] if *article == ARTICLE));
    assert_eq!(app.bar.input.value(), "2247483652");
}

#[test]
fn opening_with_an_article_loads_it() {
    let mut app = app();
    let fx = wxmod::tui::start(
        &mut app,
        Some(wxmod::api::wire::Article {
            msg_data_id: 12003,
            index: 2,
        }),
    );
    assert_eq!(fx.len(), 2, "{fx:?}");
    assert_eq!(fx[0], Effect::ReadQuota);
    assert!(
        matches!(fx[1], Effect::Load { article, filter: CommentFilter::Elected, .. }
        if article.msg_data_id == 12003 && article.index == 2)
    );
    assert_eq!(app.bar.input.value(), "12003");
    assert_eq!(app.bar.index, 2);
    assert!(app.loads.loading.is_some());
}

#[test]
fn enter_opens_the_comment_in_full_and_it_scrolls() {
    let mut long = sample();
    long[0].content = (0..200).map(|i| format!("line {i}\n")).collect();
    let mut app = loaded_with(long);
    send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(
        app.popup,
        Some(wxmod::tui::popup::Popup::Viewer { scroll: 0 })
    );
    send(&mut app, [key(KeyCode::PageDown), ch('j')]);
    let Some(wxmod::tui::popup::Popup::Viewer { scroll }) = app.popup.clone() else {
        panic!()
    };
    assert!(scroll > 1);
    // It stops at the end instead of scrolling into nothing.
    send(&mut app, (0..100).map(|_| key(KeyCode::PageDown)));
    let Some(wxmod::tui::popup::Popup::Viewer { scroll }) = app.popup.clone() else {
        panic!()
    };
    assert!(scroll < 200, "{scroll}");
    assert!(render(&app).contains("line 199"));
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(app.popup.is_none());
    assert_eq!(
        marked(&app),
        Vec::<u64>::new(),
        "Esc closed the viewer only"
    );
}
