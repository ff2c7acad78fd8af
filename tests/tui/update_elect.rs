//! Elect beside deselect: `e` in the normal view through its confirmation to
//! the outcome, `u` after an elect batch, keys pressed outside the table act
//! on the marks only, and an elect batch that meets 88003 stops with its
//! meaning and remedy.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{Comment, CommentFilter, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus, StopReason};
use wxmod::tui::popup::{Button, Confirm, Popup};
use wxmod::tui::{App, Effect, Focus, Msg};

use crate::support::*;

pub const BATCH: &str = "20250314-092653-a1b2";

fn last_log(app: &App) -> String {
    app.log
        .lines()
        .last()
        .map(|l| l.text.clone())
        .unwrap_or_default()
}

fn confirm(app: &App) -> &Confirm {
    match &app.popup {
        Some(Popup::Confirm(c)) => c,
        other => panic!("expected the confirmation, got {other:?}"),
    }
}

/// `comments` made normal (not elected).
pub fn unelected(comments: Vec<Comment>) -> Vec<Comment> {
    comments
        .into_iter()
        .map(|mut c| {
            c.comment_type = 0;
            c
        })
        .collect()
}

/// `app` showing `comments` as the normal view (`t` chose it before the load).
pub fn normal_view(mut app: App, comments: Vec<Comment>) -> App {
    app.loads.kind = CommentFilter::Normal;
    let app = load_into(app, unelected(comments));
    assert_eq!(
        app.loads.loaded.map(|(_, k)| k),
        Some(CommentFilter::Normal)
    );
    app
}

/// `e`, `y` over the marks, answered by Started.
pub fn run_elect(app: &mut App) -> Vec<u64> {
    let fx = send(app, [ch('e'), ch('y')]);
    let ids = match fx.as_slice() {
        [Effect::RunBatch { op, ids, undo, .. }] => {
            assert_eq!((*op, undo.is_none()), (WriteOp::MarkElect, true));
            ids.clone()
        }
        other => panic!("expected RunBatch, got {other:?}"),
    };
    send(
        app,
        [Msg::Batch(BatchEvent::Started {
            batch_id: BATCH.into(),
            op: WriteOp::MarkElect,
            article: ARTICLE,
            total: ids.len(),
        })],
    );
    ids
}

/// An elect batch over 1001..=1003: two elected, 1002 refused with 88008.
pub fn finish_elect(app: &mut App) -> Vec<Effect> {
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Failed, Some(88008)),
        item(1003, ItemStatus::Done, Some(0)),
    ];
    let mut fx = Vec::new();
    for it in &items {
        fx.extend(send(
            app,
            [Msg::Batch(BatchEvent::ItemFinished(it.clone()))],
        ));
    }
    fx.extend(send(
        app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::MarkElect,
            items,
        )))],
    ));
    fx
}

#[test]
fn e_elects_the_marked_comments_through_the_confirmation_to_the_outcome() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    let fx = send(&mut app, [ch('e')]);
    assert!(fx.is_empty(), "nothing runs before the confirmation");
    let c = confirm(&app);
    assert_eq!(
        (c.op, c.ids.clone(), c.focus),
        (WriteOp::MarkElect, vec![1001, 1002, 1003], Button::Cancel)
    );
    assert_eq!(en(&c.title()), "Elect 3 comments?");
    assert!(send(&mut app, [ch('e')]).is_empty(), "e does not confirm");
    assert!(app.popup.is_some());
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(app.popup.is_none());

    assert_eq!(run_elect(&mut app), vec![1001, 1002, 1003]);
    let fx = finish_elect(&mut app);
    assert!(
        fx.iter().any(|e| matches!(e, Effect::Load { .. })),
        "reloads"
    );
    let texts: Vec<&str> = app.log.lines().iter().map(|l| l.text.as_str()).collect();
    assert!(texts.contains(&"✓ 1001 elected"), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.starts_with("✗ 1002 88008")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("2 elected") && t.contains(BATCH)),
        "{texts:#?}"
    );
    // The rows show what the server now holds; the failed one stays marked.
    assert!(app.list.row(1001).unwrap().comment.is_elected());
    assert!(!app.list.row(1002).unwrap().comment.is_elected());
    assert_eq!(marked(&app), vec![1002]);
    assert_eq!(app.batch.undoable.as_deref(), Some(BATCH));
    // A second `e` takes only what is left to elect.
    send(&mut app, [ch('e')]);
    assert_eq!(confirm(&app).ids, vec![1002]);
}

#[test]
fn a_big_elect_needs_its_count_typed() {
    let comments = (0..120)
        .map(|i| comment(7000 + i, i as i64, "留言", false))
        .collect();
    let mut app = normal_view(app(), comments);
    send(&mut app, [ctrl('a'), ch('e')]);
    assert!(confirm(&app).needs_typing());
    assert!(
        send(&mut app, [ch('y')]).is_empty(),
        "y alone is not enough"
    );
    type_text(&mut app, "120");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(
        matches!(fx.as_slice(), [Effect::RunBatch { op: WriteOp::MarkElect, ids, .. }] if ids.len() == 120),
        "{fx:?}"
    );
}

#[test]
fn each_operation_says_what_to_do_where_it_does_not_apply() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' ')]);
    send(&mut app, [ch('d')]);
    assert!(app.popup.is_none());
    assert_eq!(
        last_log(&app),
        "nothing to deselect here: only elected comments can be deselected — switch to elected comments with t"
    );
    let mut app = loaded();
    send(&mut app, [ch(' '), ch('e')]);
    assert!(app.popup.is_none());
    assert_eq!(
        last_log(&app),
        "nothing to elect here: these comments are elected already — switch to normal comments with t"
    );
}

#[test]
fn in_the_all_view_each_key_takes_only_the_rows_it_applies_to() {
    let mut comments = sample();
    for c in comments.iter_mut().skip(2) {
        c.comment_type = 0;
    }
    let mut app = app();
    app.loads.kind = CommentFilter::All;
    let mut app = load_into(app, comments);
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    send(&mut app, [ch('e')]);
    let c = confirm(&app);
    assert_eq!((c.ids.clone(), c.skipped), (vec![1003, 1004], 2));
    send(&mut app, [key(KeyCode::Esc), ch('d')]);
    let c = confirm(&app);
    assert_eq!((c.ids.clone(), c.skipped), (vec![1001, 1002], 2));
}

#[test]
fn u_after_an_elect_batch_deselects_what_it_elected() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    run_elect(&mut app);
    finish_elect(&mut app);
    let fx = send(&mut app, [ch('u')]);
    assert_eq!(
        fx,
        vec![Effect::PlanUndo {
            batch_id: Some(BATCH.into())
        }]
    );
    let mut plan = undo_plan(vec![1001, 1003]);
    plan.source.op = WriteOp::MarkElect;
    plan.op = WriteOp::UnmarkElect;
    send(&mut app, [planned(plan.clone())]);
    let c = confirm(&app);
    assert_eq!(
        (c.op, c.ids.clone(), c.focus),
        (WriteOp::UnmarkElect, vec![1001, 1003], Button::Cancel)
    );
    assert_eq!(en(&c.title()), "Deselect 2 comments?");
    assert!(send(&mut app, [ch('u')]).is_empty(), "u does not confirm");
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(
        fx,
        vec![Effect::RunBatch {
            op: WriteOp::UnmarkElect,
            article: ARTICLE,
            ids: vec![1001, 1003],
            undo: Some(Box::new(plan)),
        }]
    );
    assert_eq!(
        last_log(&app),
        format!("undoing batch {BATCH}: deselecting 2 comments it elected")
    );
    // Once the undo ran, there is nothing left for `u` here.
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            vec![
                item(1001, ItemStatus::Done, Some(0)),
                item(1003, ItemStatus::Done, Some(0)),
            ],
        )))],
    );
    assert_eq!(app.batch.undoable, None);
}

#[test]
fn outside_the_table_keys_act_on_the_marks_only() {
    let mut app = loaded();
    assert_eq!(app.focus, Focus::Table);
    // The log pane, nothing marked: the highlighted row is not picked.
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Log);
    let mark_first = "nothing marked: mark comments in the table first (Tab to go there)";
    send(&mut app, [ch('d')]);
    assert!(app.popup.is_none());
    assert_eq!(last_log(&app), mark_first);
    // `e` there says first that the elected view has nothing to elect.
    send(&mut app, [ch('e')]);
    assert!(app.popup.is_none());
    assert!(last_log(&app).starts_with("nothing to elect here"));
    let mut normal = normal_view(app_in(wxmod::i18n::Lang::En, 120, 32), sample());
    send(&mut normal, [key(KeyCode::Tab), ch('e')]);
    assert!(normal.popup.is_none());
    assert_eq!(last_log(&normal), mark_first);
    // The index pane the same.
    send(&mut app, [key(KeyCode::BackTab), key(KeyCode::BackTab)]);
    assert_eq!(app.focus, Focus::Index);
    send(&mut app, [ch('d')]);
    assert!(app.popup.is_none());
    // With marks, the log pane's `d` takes exactly them.
    send(&mut app, [key(KeyCode::Tab)]);
    send(&mut app, [ch('j'), ch(' '), ch(' ')]);
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Log);
    send(&mut app, [ch('d')]);
    assert_eq!(confirm(&app).ids, vec![1002, 1003]);
    // In the table with no marks, the highlighted row as before.
    send(&mut app, [key(KeyCode::Esc), key(KeyCode::BackTab)]);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    send(&mut app, [ch('d')]);
    assert_eq!(confirm(&app).ids, vec![1004]);
}

#[test]
fn an_elect_batch_that_meets_88003_stops_with_its_meaning_and_remedy() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    run_elect(&mut app);
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Failed, Some(88003)),
        item(1003, ItemStatus::NotAttempted, None),
    ];
    send(
        &mut app,
        [
            Msg::Batch(BatchEvent::ItemFinished(items[0].clone())),
            Msg::Batch(BatchEvent::ItemFinished(items[1].clone())),
            Msg::Batch(BatchEvent::Stopped(StopReason::Api {
                code: 88003,
                errmsg: "elected comment upper limit".into(),
            })),
        ],
    );
    let stop = en(&app.batch.stop.clone().expect("the stop box"));
    let entry = wxmod::api::catalog::lookup(88003).unwrap();
    for part in [entry.meaning, entry.remedy] {
        let text = wxmod::i18n::Lang::En.t(part);
        assert!(stop.contains(&text), "{stop} lacks {text}");
    }
    let mut s = summary(WriteOp::MarkElect, items);
    s.stopped = Some(StopReason::Api {
        code: 88003,
        errmsg: "elected comment upper limit".into(),
    });
    send(&mut app, [Msg::Batch(BatchEvent::Finished(s))]);
    // The refused and the unsent stay marked for after some are deselected.
    assert_eq!(marked(&app), vec![1002, 1003]);
    let screen = flowed(&render(&app));
    assert!(screen.contains("88003"), "{screen}");
}

/// A clean elect batch's summary names the key that undoes it, and what that
/// undo does: it deselects, it does not re-elect.
#[test]
fn a_clean_elect_batch_says_u_deselects_what_it_elected() {
    let mut app = normal_view(app(), sample());
    send(&mut app, [ch(' '), ch(' ')]);
    assert_eq!(run_elect(&mut app), vec![1001, 1002]);
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Done, Some(0)),
    ];
    for it in &items {
        send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
    }
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::MarkElect,
            items,
        )))],
    );
    assert_eq!(
        last_log(&app),
        format!("press u to undo batch {BATCH} (deselects what it elected)")
    );
}
