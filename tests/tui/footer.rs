//! The footer shows only keys that act in the current view and pane (the rule
//! is `acting::acts`), the most useful first, and drops whole entries that do
//! not fit rather than cutting one.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::i18n::Lang;
use wxmod::tui::acting::acts;
use wxmod::tui::keymap::Action;
use wxmod::tui::{App, Focus, Msg};

use crate::support::*;
use crate::update_elect::{finish_elect, normal_view, run_elect};

/// The footer row as drawn.
fn footer(app: &App) -> String {
    let screen = render(app);
    let last = screen.lines().last().unwrap_or_default();
    // TestBackend notes wide characters after the closing quote.
    let end = last[1..].find('"').map_or(last.len(), |i| i + 1);
    last[1..end].to_string()
}

/// The footer's entries ("d deselect"), in order.
fn entries(app: &App) -> Vec<String> {
    footer(app)
        .split("  ")
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(String::from)
        .collect()
}

fn shows(app: &App, entry: &str) -> bool {
    entries(app).iter().any(|e| e == entry)
}

#[test]
fn the_elected_view_offers_deselect_and_open_but_not_elect_undo_or_failed() {
    let app = loaded();
    let e = entries(&app);
    assert_eq!(e[0], "d deselect", "{e:?}");
    assert!(shows(&app, "Enter open"), "{e:?}");
    for absent in ["e elect", "u undo", "f failed", "Ctrl-z restore marks"] {
        assert!(!shows(&app, absent), "{absent} in {e:?}");
    }
}

#[test]
fn the_normal_view_offers_elect_and_not_deselect() {
    let app = normal_view(app(), sample());
    let e = entries(&app);
    assert_eq!(e[0], "e elect", "{e:?}");
    assert!(!shows(&app, "d deselect"), "{e:?}");
}

#[test]
fn an_empty_list_offers_no_row_keys() {
    let app = load_into(app(), Vec::new());
    let e = entries(&app);
    for absent in ["d deselect", "Enter open", "Space mark"] {
        assert!(!shows(&app, absent), "{absent} in {e:?}");
    }
    assert!(shows(&app, "t type"), "{e:?}");
}

#[test]
fn the_log_pane_offers_d_only_with_marks() {
    let mut app = loaded();
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Log);
    assert!(!shows(&app, "d deselect"), "{:?}", entries(&app));
    assert!(!shows(&app, "Enter open"), "{:?}", entries(&app));
    send(
        &mut app,
        [key(KeyCode::BackTab), ch(' '), key(KeyCode::Tab)],
    );
    assert!(shows(&app, "d deselect"), "{:?}", entries(&app));
}

#[test]
fn undo_and_failed_show_after_a_batch_of_this_console() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    run_elect(&mut app);
    assert!(shows(&app, "Esc cancel batch"), "{:?}", entries(&app));
    assert!(!shows(&app, "e elect"), "not while it runs");
    finish_elect(&mut app);
    let e = entries(&app);
    assert!(shows(&app, "u undo") && shows(&app, "f failed"), "{e:?}");
    // A clean batch: nothing for `f`.
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    finish(&mut app, vec![item(1001, ItemStatus::Done, Some(0))]);
    assert!(shows(&app, "u undo"), "{:?}", entries(&app));
    assert!(!shows(&app, "f failed"), "{:?}", entries(&app));
}

#[test]
fn ctrl_z_shows_once_marks_history_has_a_step() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    app.size = (160, 40);
    assert!(!shows(&app, "Ctrl-z restore marks"));
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(shows(&app, "Ctrl-z restore marks"), "{:?}", entries(&app));
}

#[test]
fn at_80_columns_the_first_keys_stay_and_no_entry_is_cut() {
    for lang in Lang::ALL {
        let setups: [fn(App) -> App; 3] = [
            |app| load_into(app, sample_wide()),
            |app| normal_view(app, sample_wide()),
            |app| {
                let mut app = load_into(app, sample_wide());
                send(&mut app, [ch(' ')]);
                finish(&mut app, vec![item(1001, ItemStatus::Failed, Some(88008))]);
                app
            },
        ];
        for setup in setups {
            let mut app = setup(app_in(lang, 80, 24));
            let narrow = entries(&app);
            app.size = (400, 24);
            let wide = entries(&app);
            assert_eq!(narrow[0], wide[0], "{lang:?}");
            // Every entry shown is a whole one, in the wide footer's order;
            // help and quit stay at the right.
            let mut rest = wide.iter();
            for entry in &narrow {
                assert!(
                    rest.any(|w| w == entry),
                    "{entry:?} in {narrow:?} vs {wide:?}"
                );
            }
            assert_eq!(narrow.last(), wide.last(), "{lang:?}");
        }
    }
}

#[test]
fn the_acting_rule_per_view_and_pane() {
    // Elected view, table: deselect acts (the highlighted row), elect not.
    let mut app = loaded();
    assert!(acts(&app, Action::Deselect) && !acts(&app, Action::Elect));
    assert!(acts(&app, Action::Open) && !acts(&app, Action::Undo));
    assert!(!acts(&app, Action::RestoreMarks) && !acts(&app, Action::MarkFailed));
    // The log pane: no marks, nothing to act on; a mark makes deselect act.
    app.focus = Focus::Log;
    assert!(!acts(&app, Action::Deselect) && !acts(&app, Action::Open));
    app.list.set_marks([1003]);
    assert!(acts(&app, Action::Deselect) && !acts(&app, Action::Elect));
    // Normal view: the other way round, in the table and with marks.
    let mut app = normal_view(crate::support::app(), sample());
    assert!(acts(&app, Action::Elect) && !acts(&app, Action::Deselect));
    app.focus = Focus::Index;
    assert!(!acts(&app, Action::Elect));
    app.list.set_marks([1001]);
    assert!(acts(&app, Action::Elect));
    // While a batch runs neither writes; cancelling does.
    app.focus = Focus::Table;
    run_elect(&mut app);
    assert!(!acts(&app, Action::Elect) && !acts(&app, Action::SwitchType));
    assert!(acts(&app, Action::CancelBatch));
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::MarkElect,
            vec![item(1001, ItemStatus::Done, Some(0))],
        )))],
    );
    assert!(acts(&app, Action::Undo) && !acts(&app, Action::MarkFailed));
    // Nothing loaded: neither writes; keys the rule does not know act.
    // A row just deselected, before the reload: the elected view does not
    // offer to elect it again.
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    finish(&mut app, vec![item(1001, ItemStatus::Done, Some(0))]);
    send(&mut app, [ch('g')]);
    assert!(!app.list.current().unwrap().comment.is_elected());
    assert!(!acts(&app, Action::Elect) && !acts(&app, Action::Deselect));
    let fresh = crate::support::app();
    assert!(!acts(&fresh, Action::Deselect) && !acts(&fresh, Action::Elect));
    assert!(acts(&fresh, Action::Help));
}

#[test]
fn the_acting_rule_holds_with_many_marks() {
    // Past a thousand marks the rule walks the rows instead: same answers.
    let many = |elected: bool| -> Vec<wxmod::api::wire::Comment> {
        (0..1500)
            .map(|i| comment(9000 + i, i as i64, "x", elected && i != 1499))
            .collect()
    };
    let mut app = crate::support::app();
    app.loads.kind = wxmod::api::wire::CommentFilter::All;
    let mut app = load_into(app, many(true));
    send(&mut app, [ctrl('a')]);
    assert_eq!(app.list.marked_count(), 1500);
    assert!(acts(&app, Action::Deselect));
    // Only the last row is normal: elect applies to it alone.
    assert!(acts(&app, Action::Elect));
    app.list.set_marks(9000..9499);
    assert!(!acts(&app, Action::Elect), "none of these is normal");
    let mut app = normal_view(crate::support::app(), many(false));
    send(&mut app, [ctrl('a')]);
    assert!(acts(&app, Action::Elect) && !acts(&app, Action::Deselect));
}
