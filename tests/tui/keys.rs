//! What keys do in the corners found by using the console: the footer never
//! shows a key that does something else, Esc in the filter, the index that
//! follows the input, and rows that stay visible across batches.

use ratatui::crossterm::event::KeyCode;
use wxmod::batch::ItemStatus;
use wxmod::tui::Msg;

use crate::support::*;

/// The key a footer label names ("Esc", "Ctrl-a", "↓", "G", "0-7").
fn key_named(name: &str) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let code = match name {
        "Esc" => KeyCode::Esc,
        "Enter" => KeyCode::Enter,
        "Tab" => KeyCode::Tab,
        "Shift-Tab" => KeyCode::BackTab,
        "Space" => KeyCode::Char(' '),
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Del" => KeyCode::Delete,
        "Backspace" => KeyCode::Backspace,
        "F1" => KeyCode::F(1),
        "0-7" => KeyCode::Char('3'),
        _ => {
            if let Some(c) = name.strip_prefix("Ctrl-") {
                let c = c.chars().next().unwrap();
                return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
            }
            let mut chars = name.chars();
            let c = chars.next().unwrap();
            assert!(chars.next().is_none(), "unknown key name {name:?}");
            KeyCode::Char(c)
        }
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// States that each show a different footer.
fn footer_states() -> Vec<(String, wxmod::tui::App)> {
    use wxmod::tui::Focus;
    use wxmod::tui::popup::Popup;
    let mut states = Vec::new();
    for running in [false, true] {
        for focus in [Focus::Article, Focus::Index, Focus::Table, Focus::Log] {
            for filter in [false, true] {
                let mut app = loaded();
                if running {
                    send(&mut app, [ch(' ')]);
                    run_marked(&mut app);
                }
                app.focus = focus;
                app.filter.editing = filter;
                states.push((
                    format!("running {running}, {focus:?}, filter {filter}"),
                    app,
                ));
            }
        }
    }
    for popup in [
        Popup::Help { scroll: 0 },
        Popup::QuitWhileRunning,
        Popup::Recent { selected: 0 },
        Popup::Viewer { scroll: 0 },
        Popup::Copy,
    ] {
        let mut app = loaded();
        app.popup = Some(popup.clone());
        states.push((format!("{popup:?}"), app));
    }
    let mut app = loaded();
    send(&mut app, [ch('d')]);
    states.push(("confirmation".into(), app));
    states
}

#[test]
fn every_key_the_footer_shows_does_what_the_footer_says() {
    for (state, app) in footer_states() {
        let chain = app.key_chain();
        for (keys, label, action) in app.keymap.footer(&chain, app.lang) {
            // Keys are joined by '/', which is also a key.
            let names: Vec<&str> = if keys == "/" {
                vec!["/"]
            } else {
                keys.split('/').collect()
            };
            for name in names {
                assert_eq!(
                    app.keymap.lookup(&chain, &key_named(name)),
                    Some(action),
                    "{state}: the footer shows `{name} {label}`"
                );
            }
        }
    }
}

#[test]
fn esc_in_the_filter_clears_it_and_leaves_a_running_batch_alone() {
    use wxmod::tui::popup::Popup;
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [ch('/')]);
    type_text(&mut app, "spam");
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert!(!app.batch.running.as_ref().unwrap().cancelling);
    assert!(!app.filter.editing);
    assert_eq!(app.list.query(), "");
    // Out of the filter, Esc cancels the batch as the footer says (asking first).
    assert!(send(&mut app, [key(KeyCode::Esc)]).is_empty());
    assert_eq!(app.popup, Some(Popup::CancelWhileRunning));
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(fx, vec![wxmod::tui::Effect::CancelBatch]);
}

fn loads(fx: &[wxmod::tui::Effect]) -> Vec<wxmod::api::wire::Article> {
    fx.iter()
        .filter_map(|e| match e {
            wxmod::tui::Effect::Load { article, .. } => Some(*article),
            _ => None,
        })
        .collect()
}

#[test]
fn a_plain_id_typed_after_a_link_loads_index_0_not_the_links_index() {
    let mut app = app();
    send(
        &mut app,
        [Msg::Paste(
            "https://mp.weixin.qq.com/s?__biz=MzA&mid=2247483670&idx=4&sn=abc".into(),
        )],
    );
    assert_eq!(app.bar.index, 3);
    send(&mut app, [ctrl('u')]);
    type_text(&mut app, "2247483685");
    assert_eq!(app.bar.index, 0);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx)[0].index, 0);
    assert!(render(&app).contains("→ msg_data_id 2247483685, index 0"));

    // Esc clears the input, and the index the input named with it.
    send(&mut app, [key(KeyCode::Esc)]);
    type_text(&mut app, "2247483652_3");
    assert_eq!(app.bar.index, 2);
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.bar.index, 0);
}

#[test]
fn an_index_chosen_with_the_selector_stays_when_the_id_changes() {
    let mut app = app();
    type_text(&mut app, "2247483652_3");
    // Tab to the selector and choose 5: the user's choice, not the input's.
    send(
        &mut app,
        [key(KeyCode::Tab), ch('5'), key(KeyCode::BackTab)],
    );
    send(&mut app, [ctrl('u')]);
    type_text(&mut app, "2247483661");
    assert_eq!(app.bar.index, 5);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx)[0].index, 5);
}

/// Answer the reload a finished batch asked for with `comments`.
fn answer_reload(app: &mut wxmod::tui::App, comments: Vec<wxmod::api::wire::Comment>) {
    let seq = app.loads.loading.expect("a reload after the batch").seq;
    send(
        app,
        [Msg::Loaded {
            seq,
            result: Ok(comments),
        }],
    );
}

#[test]
fn rows_deselected_by_an_earlier_batch_stay_visible_through_the_next_one() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    finish(&mut app, vec![item(1001, ItemStatus::Done, Some(0))]);
    let without = |ids: &[u64]| -> Vec<_> {
        sample()
            .into_iter()
            .filter(|c| !ids.contains(&c.user_comment_id))
            .collect()
    };
    answer_reload(&mut app, without(&[1001]));
    send(&mut app, [ch('g'), ch('j'), ch(' ')]);
    finish(&mut app, vec![item(1002, ItemStatus::Done, Some(0))]);
    answer_reload(&mut app, without(&[1001, 1002]));
    let gone: Vec<u64> = app
        .list
        .all_rows()
        .filter(|r| r.gone && r.outcome.is_some())
        .map(|r| r.comment.user_comment_id)
        .collect();
    assert_eq!(gone, vec![1001, 1002]);
    assert_eq!(app.list.total(), 12);
}

#[test]
fn the_table_moves_by_row_page_and_to_either_end() {
    let comments = (0..100)
        .map(|i| comment(5000 + i, i as i64, "row", true))
        .collect();
    let mut app = loaded_with(comments);
    let page = wxmod::tui::layout::table_rows(&app);
    assert!(page > 1 && page < 50);
    let cursor = |app: &wxmod::tui::App| app.list.cursor();
    send(&mut app, [ch('j'), key(KeyCode::Down)]);
    assert_eq!(cursor(&app), 2);
    send(&mut app, [ch('k'), key(KeyCode::Up), key(KeyCode::Up)]);
    assert_eq!(cursor(&app), 0, "stops at the top");
    send(&mut app, [key(KeyCode::PageDown)]);
    assert_eq!(cursor(&app), page);
    send(&mut app, [key(KeyCode::PageUp)]);
    assert_eq!(cursor(&app), 0);
    send(&mut app, [ch('G')]);
    assert_eq!(cursor(&app), 99);
    assert!(render(&app).contains("100/100"), "the position follows");
    send(&mut app, [ch('j'), key(KeyCode::PageDown)]);
    assert_eq!(cursor(&app), 99, "stops at the bottom");
    send(&mut app, [ch('g')]);
    assert_eq!(cursor(&app), 0);
    send(&mut app, [key(KeyCode::End)]);
    assert_eq!(cursor(&app), 99);
    send(&mut app, [key(KeyCode::Home)]);
    assert_eq!(cursor(&app), 0);
    // The highlighted row is always drawn.
    send(&mut app, (0..57).map(|_| ch('j')));
    assert!(render(&app).contains("▶[ ] 5057"));
}

#[test]
fn r_reloads_the_shown_article_even_after_the_input_changed() {
    let mut app = loaded();
    send(&mut app, [Msg::Paste("2247483661_2".into())]);
    send(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.focus, wxmod::tui::Focus::Table);
    let fx = send(&mut app, [ch('r')]);
    assert_eq!(loads(&fx), vec![ARTICLE], "{fx:?}");
}

#[test]
fn the_log_scrolls_back_and_follows_again() {
    let mut app = loaded();
    for i in 0..40 {
        send(
            &mut app,
            [Msg::Warning(wxmod::i18n::Message::text(format!(
                "line {i}"
            )))],
        );
    }
    app.focus = wxmod::tui::Focus::Log;
    assert!(render(&app).contains("line 39"));
    send(&mut app, [key(KeyCode::PageUp), key(KeyCode::PageUp)]);
    let screen = render(&app);
    assert!(!screen.contains("line 39"), "{screen}");
    assert!(screen.contains("newer lines below"), "{screen}");
    send(&mut app, [ch('g')]);
    assert!(render(&app).contains("loaded 12 elected comments"));
    send(&mut app, [ch('G')]);
    let screen = render(&app);
    assert!(screen.contains("line 39") && !screen.contains("newer lines below"));
}

#[test]
fn the_index_footer_names_both_directions_and_the_digits() {
    let mut app = app();
    app.size = (80, 24);
    send(&mut app, [key(KeyCode::Tab)]);
    let screen = render(&app);
    let footer = screen.lines().last().unwrap();
    assert!(
        footer.contains("←/h prev  →/l next  0-7 index  Enter load"),
        "{footer}"
    );
}

#[test]
fn a_huge_paste_is_cut_and_said_to_be() {
    let mut app = loaded();
    send(&mut app, [ch('/')]);
    send(&mut app, [Msg::Paste("ab".repeat(50_000))]);
    assert_eq!(
        app.filter.input.value().chars().count(),
        wxmod::tui::update::PASTE_MAX
    );
    let last = &app.log.lines().last().unwrap().text;
    assert!(last.contains("cut to its first 4,096 characters"), "{last}");
}

#[test]
fn a_paste_goes_in_at_the_cursor() {
    let mut app = app();
    type_text(&mut app, "2247483652");
    send(&mut app, [key(KeyCode::Left), key(KeyCode::Left)]);
    send(&mut app, [Msg::Paste("精选\n".into())]);
    assert_eq!(app.bar.input.value(), "22474836精选52");
    type_text(&mut app, "x");
    assert_eq!(
        app.bar.input.value(),
        "22474836精选x52",
        "the cursor follows"
    );
}
