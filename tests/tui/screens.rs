//! Screen behaviour a snapshot cannot show: the count typed in a big
//! confirmation, quota warnings, NO_COLOR, resizing, every key on the help
//! screen, hostile text. The screens themselves are in all_screens.rs.

use ratatui::style::Color;
use wxmod::api::wire::Quota;
use wxmod::tui::Msg;
use wxmod::tui::keymap::Context;

use crate::support::*;

#[test]
fn big_confirmation_asks_for_the_count() {
    let comments = (0..250)
        .map(|i| comment(7000 + i, i as i64, "bulk", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ctrl('a'), ch('d')]);
    type_text(&mut app, "25");
    let screen = render(&app);
    assert!(screen.contains("Type 250 to confirm: 25"), "{screen}");
    assert!(screen.contains("… and 247 more"), "{screen}");
}

#[test]
fn the_confirmation_warns_when_the_quota_is_short() {
    let mut app = loaded();
    send(
        &mut app,
        [Msg::Quota(Ok(Quota {
            daily_limit: 100,
            used: 98,
            remain: 2,
        }))],
    );
    send(&mut app, [ctrl('a'), ch('d')]);
    let screen = render(&app);
    assert!(
        screen.contains("only 2 unmarkelect calls left today"),
        "{screen}"
    );
}

#[test]
fn no_color_keeps_selection_visible_without_colour() {
    let mut app = loaded();
    app.color = false;
    send(&mut app, [ch(' '), ch(' ')]);
    let buf = buffer(&app);
    for cell in buf.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "colour under NO_COLOR"
        );
    }
    let screen = render(&app);
    assert_eq!(screen.matches("[x]").count(), 2, "{screen}");
    assert!(
        screen.contains("▶[ ] 1003"),
        "the cursor has a marker: {screen}"
    );
}

#[test]
fn resizing_keeps_the_cursor_on_screen() {
    let comments = (0..200)
        .map(|i| comment(9000 + i, i as i64, "row", true))
        .collect();
    let mut app = loaded_with(comments);
    send(&mut app, [ch('G')]);
    send(&mut app, [Msg::Resize(80, 24)]);
    let screen = render(&app);
    assert!(screen.contains("▶[ ] 9199"), "{screen}");
    assert!(screen.contains("200/200"), "{screen}");
}

/// Every binding of the keymap is on the help screen (its look is in the
/// all_screens snapshots).
#[test]
fn help_lists_every_binding() {
    let mut app = loaded();
    app.size = (100, 140);
    send(&mut app, [ch('?')]);
    let screen = render(&app);
    for context in Context::HELP_ORDER {
        for b in app.keymap.bindings(context) {
            assert!(screen.contains(&b.keys_label), "{} missing", b.keys_label);
        }
    }
}

/// No control character of a hostile comment or openid reaches a cell.
#[test]
fn hostile_text_never_reaches_a_cell_raw() {
    let hostile = comment(
        6666,
        1,
        "evil\u{1b}[2J\u{1b}[H\u{1b}]0;pwned\u{7}\u{1b}[31mRED\u{9b}1;1H\r\n\u{202e}txt.exe",
        true,
    );
    let mut nasty_openid = comment(6667, 2, "hi", true);
    nasty_openid.openid = Some("o\u{1b}[8mhidden".into());
    let mut app = loaded_with(vec![hostile, nasty_openid]);
    app.size = (100, 24);
    let buf = buffer(&app);
    for cell in buf.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202e}'),
            "raw control character reached the screen: {:?}",
            cell.symbol()
        );
    }
}
