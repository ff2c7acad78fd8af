//! The user's keys: half pages with Ctrl-d / Ctrl-u, and a `keymap.toml` of
//! the user's merged over the shipped one.

use wxmod::tui::layout;

use crate::support::*;

fn many(n: u64) -> Vec<wxmod::api::wire::Comment> {
    (1..=n)
        .map(|i| comment(i, i as i64, &format!("comment {i}"), true))
        .collect()
}

#[test]
fn ctrl_d_and_ctrl_u_move_the_table_half_a_page() {
    let mut app = loaded_with(many(200));
    let half = (layout::table_rows(&app) / 2).max(1);
    let start = app.list.cursor();
    send(&mut app, [ctrl('d')]);
    assert_eq!(app.list.cursor(), start + half);
    send(&mut app, [ctrl('d'), ctrl('u')]);
    assert_eq!(app.list.cursor(), start + half);
    send(&mut app, [ctrl('u')]);
    assert_eq!(app.list.cursor(), start);
}

#[test]
fn ctrl_d_and_ctrl_u_scroll_help_and_viewer_half_a_page() {
    use wxmod::tui::popup::Popup;
    let mut app = loaded_with(many(5));
    app.size = (80, 16);
    send(&mut app, [key(ratatui::crossterm::event::KeyCode::F(1))]);
    let half = (layout::help_page(&app) / 2).max(1);
    send(&mut app, [ctrl('d')]);
    assert_eq!(app.popup, Some(Popup::Help { scroll: half }));
    send(&mut app, [ctrl('u')]);
    assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
}
