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

use wxmod::i18n::{Lang, Localize};
use wxmod::tui::keymap::{Keymap, Problem, UserKeymapError};
use wxmod::tui::popup::Popup;

const X_DESELECTS: &str =
    "# mine\n[[bind]]\ncontext = \"panes\"\nkeys = [\"x\"]\naction = \"deselect\"\n";

fn with_keys(text: &str) -> wxmod::tui::App {
    let mut app = loaded();
    let map = Keymap::builtin().merged(text, "keymap.toml").unwrap();
    app.keymap = Box::leak(Box::new(map));
    app
}

fn footer(app: &wxmod::tui::App) -> String {
    render(app)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_user_keymap_rebinding_d_to_x_makes_x_deselect_and_shows_it() {
    let mut app = with_keys(X_DESELECTS);
    send(&mut app, [ch(' ')]);
    let foot = footer(&app);
    assert!(foot.contains("x deselect"), "{foot}");
    assert!(!foot.contains("d deselect"), "{foot}");

    send(&mut app, [ch('d')]);
    assert!(app.popup.is_none(), "d no longer deselects");
    send(&mut app, [ch('x')]);
    assert!(
        matches!(app.popup, Some(Popup::Confirm(_))),
        "{:?}",
        app.popup
    );

    let mut app = with_keys(X_DESELECTS);
    app.size = (100, 112);
    send(&mut app, [ch('?')]);
    let help = render(&app);
    let line = help
        .lines()
        .find(|l| l.contains("deselect the marked comments"))
        .unwrap();
    assert!(line.contains(" x "), "{line}");
    assert!(!line.contains(" d "), "{line}");
}

#[test]
fn only_the_named_bindings_change() {
    let map = Keymap::builtin()
        .merged(X_DESELECTS, "keymap.toml")
        .unwrap();
    assert_eq!(
        map.markdown(Lang::En).lines().count(),
        Keymap::builtin().markdown(Lang::En).lines().count()
    );
    let changed: Vec<_> = map
        .markdown(Lang::En)
        .lines()
        .zip(Keymap::builtin().markdown(Lang::En).lines())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.to_string())
        .collect();
    assert_eq!(
        changed,
        ["| `x` | deselect the marked comments (or the highlighted one): asks first |"]
    );
}

fn bad(text: &str) -> UserKeymapError {
    Keymap::builtin()
        .merged(text, "/home/me/.config/wxmod/keymap.toml")
        .unwrap_err()
}

#[test]
fn an_unknown_action_names_file_line_and_key() {
    let err = bad("[[bind]]\ncontext = \"panes\"\nkeys = [\"x\"]\naction = \"explode\"\n");
    assert_eq!(err.line, 4);
    assert!(
        matches!(&err.problem, Problem::UnknownAction { action, key } if action == "explode" && key == "x")
    );
    assert_eq!(
        err.render(Lang::En),
        "/home/me/.config/wxmod/keymap.toml, line 4: key x: unknown action “explode”"
    );
    assert_eq!(
        err.render(Lang::Zh),
        "/home/me/.config/wxmod/keymap.toml 第 4 行：按键 x 绑定了未知的操作“explode”"
    );
}

#[test]
fn an_unknown_key_name_names_file_line_and_key() {
    let err =
        bad("\n[[bind]]\ncontext = \"table\"\nkeys = [\"j\",\n  \"hyper-x\"]\naction = \"down\"\n");
    assert_eq!(err.line, 5);
    assert_eq!(
        err.render(Lang::En),
        "/home/me/.config/wxmod/keymap.toml, line 5: unknown key name “hyper-x”"
    );
    assert_eq!(
        err.render(Lang::Zh),
        "/home/me/.config/wxmod/keymap.toml 第 5 行：未知的按键名“hyper-x”"
    );
}

#[test]
fn a_key_bound_twice_in_one_context_names_file_line_and_key() {
    // u is undo's in the panes: binding deselect to it too is a clash.
    let err = bad("[[bind]]\ncontext = \"panes\"\nkeys = [\"u\"]\naction = \"deselect\"\n");
    assert_eq!(err.line, 3);
    assert_eq!(
        err.render(Lang::En),
        "/home/me/.config/wxmod/keymap.toml, line 3: key u is bound twice in context “panes”"
    );
    assert_eq!(
        err.render(Lang::Zh),
        "/home/me/.config/wxmod/keymap.toml 第 3 行：按键 u 在场景“panes”中绑定了两次"
    );
    // Twice in one binding is a clash too.
    let err = bad("[[bind]]\ncontext = \"table\"\nkeys = [\"j\", \"j\"]\naction = \"down\"\n");
    assert!(matches!(err.problem, Problem::BoundTwice { .. }), "{err:?}");
}

#[test]
fn a_file_that_is_not_a_keymap_names_its_line() {
    let err = bad("[[bind]]\ncontext = \"panes\"\nkeys = \"x\"\naction = \"deselect\"\n");
    assert_eq!(err.line, 3, "{err:?}");
    assert!(
        err.render(Lang::En)
            .starts_with("/home/me/.config/wxmod/keymap.toml, line 3: ")
    );
    let err = bad("[[bind]]\ncontext = \"somewhere\"\nkeys = [\"x\"]\naction = \"deselect\"\n");
    assert_eq!(err.line, 2);
    assert_eq!(
        err.render(Lang::Zh),
        "/home/me/.config/wxmod/keymap.toml 第 2 行：未知的场景“somewhere”"
    );
}

#[test]
fn the_user_file_sits_beside_config_toml() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let map = wxmod::tui::keymap::load_user(&config).unwrap();
    assert_eq!(map.markdown(Lang::En), Keymap::builtin().markdown(Lang::En));
    std::fs::write(dir.path().join("keymap.toml"), X_DESELECTS).unwrap();
    let map = wxmod::tui::keymap::load_user(&config).unwrap();
    assert!(map.markdown(Lang::En).contains("| `x` | deselect"));
    std::fs::write(
        dir.path().join("keymap.toml"),
        "[[bind]]\ncontext = \"panes\"\nkeys = [\"x\"]\naction = \"nope\"\n",
    )
    .unwrap();
    let err = wxmod::tui::keymap::load_user(&config).unwrap_err();
    assert!(
        err.path.ends_with("keymap.toml") && err.line == 4,
        "{err:?}"
    );
}
