//! Views, sorts and the filter's terms on the pure update: which rows show,
//! in which order, and what the result cells and the detail say.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{CommentFilter, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::views::{Sort, SortKey, View};
use wxmod::tui::{App, Msg};

use crate::support::*;

/// Visible ids, top to bottom.
fn shown(app: &App) -> Vec<u64> {
    app.list
        .visible_rows(0)
        .map(|(_, r)| r.comment.user_comment_id)
        .collect()
}

/// 1001..=1004 marked and sent: 1001 done, 1002 failed 88008, 1003 failed
/// with no answer, 1004 not attempted; 1005 marked after the batch.
pub fn after_batch(op: WriteOp) -> App {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    if let Some(running) = app.batch.running.as_mut() {
        running.op = op;
    }
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Failed, Some(88008)),
        item(1003, ItemStatus::Failed, None),
        item(1004, ItemStatus::NotAttempted, None),
    ];
    for it in &items {
        send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
    }
    let fx = send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(op, items)))],
    );
    let seq = load_seq(&fx);
    // The reload reads what the server holds: 1001 is no longer elected.
    let mut comments = sample();
    comments[0].comment_type = 0;
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(comments),
        }],
    );
    app.list.set_marks([1002, 1003, 1004, 1005]);
    app
}

fn filter(app: &mut App, text: &str) {
    send(app, [ch('/')]);
    type_text(app, text);
    send(app, [key(KeyCode::Enter)]);
}

#[test]
fn w_cycles_marked_failed_not_attempted_and_all() {
    let mut app = after_batch(WriteOp::UnmarkElect);
    assert_eq!(app.list.view(), View::All);
    send(&mut app, [ch('w')]);
    assert_eq!(app.list.view(), View::Marked);
    assert_eq!(shown(&app), vec![1002, 1003, 1004, 1005]);
    send(&mut app, [ch('w')]);
    assert_eq!(app.list.view(), View::Failed);
    assert_eq!(shown(&app), vec![1002, 1003], "errcode or none");
    send(&mut app, [ch('w')]);
    assert_eq!(app.list.view(), View::NotAttempted);
    assert_eq!(shown(&app), vec![1004]);
    send(&mut app, [ch('w')]);
    assert_eq!(app.list.view(), View::All);
    assert_eq!(app.list.visible_len(), 12);
}

#[test]
fn the_title_counts_follow_the_view() {
    let mut app = after_batch(WriteOp::UnmarkElect);
    send(&mut app, [ch('w'), ch('w')]);
    let screen = render(&app);
    assert!(screen.contains("1/2 of 12"), "{screen}");
    assert!(screen.contains("failed only"), "{screen}");
    assert!(screen.contains("4 marked (2 hidden)"), "{screen}");
}

#[test]
fn s_cycles_time_author_and_id_both_ways() {
    let mut app = loaded();
    app.list.set_marks([1003]);
    send(&mut app, [ch('j'), ch('j')]);
    let mut seen = vec![];
    for _ in 0..6 {
        seen.push(app.list.sort());
        let order = shown(&app);
        let sort = app.list.sort();
        match (sort.key, sort.descending) {
            // 1001 is the newest.
            (SortKey::Time, true) | (SortKey::Id, false) => {
                assert_eq!(order, (1001..=1012).collect::<Vec<_>>(), "{sort:?}")
            }
            (SortKey::Time, false) | (SortKey::Id, true) => {
                assert_eq!(order, (1001..=1012).rev().collect::<Vec<_>>(), "{sort:?}")
            }
            (SortKey::Author, descending) => {
                // 1003 has no openid: it sorts before every author.
                let first = if descending { order[11] } else { order[0] };
                assert_eq!(first, 1003, "{sort:?}: {order:?}");
            }
        }
        assert_eq!(
            app.list.current().map(|r| r.comment.user_comment_id),
            Some(1003),
            "the highlighted row stays highlighted"
        );
        assert!(app.list.is_marked(1003), "marks survive a sort");
        send(&mut app, [ch('s')]);
    }
    assert_eq!(app.list.sort(), Sort::default(), "six steps come round");
    seen.sort_by_key(|s| format!("{s:?}"));
    seen.dedup();
    assert_eq!(seen.len(), 6, "each key both ways");
}

#[test]
fn the_sorted_column_shows_an_arrow() {
    let mut app = loaded();
    // The table's column headings: the line that names the content column.
    let heading = |app: &App| {
        let screen = render(app);
        let line = screen
            .lines()
            .find(|l| l.contains(" content "))
            .unwrap_or_default();
        line.to_string()
    };
    let plain = heading(&app);
    assert!(
        !plain.contains('↑') && !plain.contains('↓'),
        "newest first needs none: {plain}"
    );
    send(&mut app, [ch('s')]);
    assert!(heading(&app).contains("time↑+08:00"));
    send(&mut app, [ch('s')]);
    assert!(heading(&app).contains("author↑"));
    send(&mut app, [ch('s'), ch('s')]);
    assert!(heading(&app).contains("id↑"));
    send(&mut app, [ch('s')]);
    assert!(heading(&app).contains("id↓"));
    let screen = render(&app);
    assert!(screen.contains("by id ↓"), "{screen}");
}

#[test]
fn the_all_view_stars_elected_rows() {
    let mut app = app();
    app.loads.kind = CommentFilter::All;
    let mut comments = sample();
    comments[1].comment_type = 0;
    let app = load_into(app, comments);
    let screen = render(&app);
    assert!(screen.contains("[ ] ★ 1001"), "{screen}");
    assert!(screen.contains("[ ]   1002"), "{screen}");
    let elected_only = render(&loaded());
    assert!(
        !elected_only.contains('★'),
        "only the all view needs the star"
    );
}

#[test]
fn outcome_words_say_which_operation() {
    let app = after_batch(WriteOp::UnmarkElect);
    let screen = render(&app);
    assert!(screen.contains("✓ deselected"), "{screen}");
    let app = after_batch(WriteOp::MarkElect);
    let screen = render(&app);
    assert!(screen.contains("✓ elected"), "{screen}");
    // The detail pane says it too.
    let mut app = after_batch(WriteOp::MarkElect);
    send(&mut app, [key(KeyCode::Home)]);
    let detail = render(&app);
    assert!(detail.matches("✓ elected").count() >= 2, "{detail}");
}

#[test]
fn filter_terms_select_by_outcome_mark_and_state() {
    let mut app = after_batch(WriteOp::UnmarkElect);
    let cases: [(&str, Vec<u64>); 7] = [
        ("result:failed", vec![1002, 1003]),
        ("result:done", vec![1001]),
        ("result:unsent", vec![1004]),
        ("result:88008", vec![1002]),
        ("is:marked", vec![1002, 1003, 1004, 1005]),
        ("is:normal", vec![1001]),
        ("is:marked result:failed", vec![1002, 1003]),
    ];
    for (text, want) in cases {
        filter(&mut app, text);
        assert_eq!(shown(&app), want, "{text}");
        assert!(app.list.query_error().is_none());
        send(&mut app, [ch('/'), key(KeyCode::Esc)]);
    }
    filter(&mut app, "is:elected");
    assert_eq!(app.list.visible_len(), 11);
    send(&mut app, [ch('/'), key(KeyCode::Esc)]);
    // Words beside terms: every one must hold.
    filter(&mut app, "result:failed id:1002");
    assert_eq!(shown(&app), vec![1002]);
}

#[test]
fn free_words_are_all_required() {
    let mut app = loaded();
    filter(&mut app, "paragraph broken");
    assert_eq!(shown(&app), vec![1010]);
    send(&mut app, [ch('/'), key(KeyCode::Esc)]);
    filter(&mut app, "paragraph spam");
    assert!(shown(&app).is_empty());
}

#[test]
fn a_malformed_term_is_shown_and_keeps_the_rows() {
    let mut app = after_batch(WriteOp::UnmarkElect);
    filter(&mut app, "result:failed");
    assert_eq!(shown(&app), vec![1002, 1003]);
    send(&mut app, [ch('/')]);
    // Each key is a query: "is:s" does not parse, so the rows of the last
    // one that did ("result:failed is": 1003 "disagrees") stay until it does.
    type_text(&mut app, " is:starred");
    assert_eq!(
        shown(&app),
        vec![1003],
        "the rows of the last query that parsed"
    );
    let err = app
        .list
        .query_error()
        .map(|e| wxmod::i18n::Localize::render(e, wxmod::i18n::Lang::En))
        .unwrap_or_default();
    assert!(err.contains("\"starred\" is not a value of is:"), "{err}");
    let screen = render(&app);
    assert!(
        screen.contains("^ ✗ \"starred\" is not a value"),
        "{screen}"
    );
    send(&mut app, (0..7).map(|_| key(KeyCode::Backspace)));
    type_text(&mut app, "marked");
    assert!(app.list.query_error().is_none());
    assert_eq!(shown(&app), vec![1002, 1003]);
}

#[test]
fn the_filter_finds_the_same_rows_in_every_order() {
    let mut app = loaded();
    for _ in 0..6 {
        filter(&mut app, "the");
        let mut found = shown(&app);
        found.sort_unstable();
        assert_eq!(found, vec![1003, 1008, 1010], "{:?}", app.list.sort());
        send(&mut app, [ch('/'), key(KeyCode::Esc), ch('s')]);
    }
}

#[test]
fn an_empty_view_says_which_key_shows_the_next() {
    let mut app = loaded();
    send(&mut app, [ch('w'), ch('w')]);
    assert_eq!(app.list.visible_len(), 0);
    let screen = render(&app);
    assert!(
        screen.contains("No comment in this view (failed only) — w shows the next one."),
        "{screen}"
    );
}
