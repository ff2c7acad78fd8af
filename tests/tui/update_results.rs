//! `update` after a batch: results on rows and in the log, the reload, stops,
//! retrying failures (`f`) and undo (`u`).

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{Comment, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus, StopReason};
use wxmod::tui::msg::{Settled, UndoAnswer, UndoRefused};
use wxmod::tui::popup::{Button, Popup};
use wxmod::tui::{Effect, Msg};

use crate::support::*;

fn confirm(app: &wxmod::tui::App) -> &wxmod::tui::popup::Confirm {
    match &app.popup {
        Some(Popup::Confirm(c)) => c,
        other => panic!("expected the confirmation, got {other:?}"),
    }
}

/// Two done, one failed with 88008, one never sent.
fn finish_mixed(app: &mut wxmod::tui::App) -> Vec<Effect> {
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Failed, Some(88008)),
        item(1003, ItemStatus::Done, Some(0)),
        item(1004, ItemStatus::NotAttempted, None),
    ];
    let mut fx = send(
        app,
        [Msg::Batch(BatchEvent::Sending {
            user_comment_id: 1001,
        })],
    );
    for it in &items {
        fx.extend(send(
            app,
            [Msg::Batch(BatchEvent::ItemFinished(it.clone()))],
        ));
    }
    fx.extend(send(app, [progress(4, 2, 1, 1)]));
    fx.extend(send(
        app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            items,
        )))],
    ));
    fx
}

#[test]
fn results_update_rows_and_log_then_the_list_is_read_again() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    let fx = finish_mixed(&mut app);
    let seq = load_seq(&fx);
    assert!(fx.contains(&Effect::ReadQuota));
    assert!(app.batch.running.is_none());
    assert_eq!(
        marked(&app),
        vec![1002, 1004],
        "failed and unsent rows stay marked"
    );
    let texts: Vec<&str> = app.log.lines().iter().map(|l| l.text.as_str()).collect();
    assert!(texts.contains(&"✓ 1001 deselected"), "{texts:?}");
    assert!(
        texts.contains(&"✗ 1002 88008 — no such comment: it was deleted, or the id is wrong"),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| {
        t.starts_with("batch 20250314-092653-a1b2: 2 deselected, 1 failed, 1 not attempted")
    }));

    // The server no longer lists 1001, 1003 (deselected) and 1002 (deleted).
    let rest: Vec<Comment> = sample()
        .into_iter()
        .filter(|c| ![1001, 1002, 1003].contains(&c.user_comment_id))
        .collect();
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(rest.clone()),
        }],
    );
    let gone: Vec<u64> = app
        .list
        .all_rows()
        .filter(|r| r.gone)
        .map(|r| r.comment.user_comment_id)
        .collect();
    assert_eq!(
        gone,
        vec![1001, 1002, 1003],
        "they stay visible, dimmed, until the next load"
    );
    assert_eq!(app.list.total(), 12);
    assert_eq!(marked(&app), vec![1002, 1004]);

    // The next load by the user drops them.
    let seq = load_seq(&send(&mut app, [ch('r')]));
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(rest),
        }],
    );
    assert_eq!(app.list.total(), 9);
    assert_eq!(marked(&app), vec![1004]);
}

#[test]
fn d_after_a_batch_does_not_pick_deselected_rows_again() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    finish_mixed(&mut app);
    send(&mut app, [ctrl('a'), ch('d')]);
    let c = confirm(&app);
    assert!(
        !c.ids.contains(&1001) && !c.ids.contains(&1003),
        "{:?}",
        c.ids
    );
    assert_eq!(c.skipped, 2);
}

#[test]
fn f_marks_the_failed_items_again() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    finish_mixed(&mut app);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    send(&mut app, [ch('f')]);
    assert_eq!(marked(&app), vec![1002, 1004]);
    send(&mut app, [ch('d')]);
    assert_eq!(confirm(&app).ids, vec![1002, 1004]);
}

#[test]
fn u_undoes_the_last_deselect_after_a_confirmation() {
    let mut app = loaded();
    // Before any batch here, u names the history instead of picking a
    // batch of another session.
    assert!(send(&mut app, [ch('u')]).is_empty());
    let last = &app.log.lines().last().unwrap().text;
    assert!(last.contains("press H"), "{last}");
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    finish_mixed(&mut app);
    let fx = send(&mut app, [ch('u')]);
    assert_eq!(
        fx,
        vec![Effect::PlanUndo {
            batch_id: Some("20250314-092653-a1b2".into())
        }],
        "u undoes this session's batch"
    );
    assert!(
        app.popup.is_none(),
        "the confirmation waits for the journal"
    );
    let plan = undo_plan(vec![1001, 1003]);
    send(&mut app, [planned(plan.clone())]);
    let c = confirm(&app);
    assert_eq!(
        (c.op, c.ids.clone()),
        (WriteOp::MarkElect, vec![1001, 1003])
    );
    assert_eq!(c.focus, Button::Cancel);
    assert!(send(&mut app, [ch('u')]).is_empty(), "u does not confirm");
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(
        fx,
        vec![Effect::RunBatch {
            op: WriteOp::MarkElect,
            article: ARTICLE,
            ids: vec![1001, 1003],
            undo: Some(Box::new(plan)),
        }]
    );
}

#[test]
fn an_undo_the_journal_refuses_is_explained() {
    let mut app = loaded();
    send(&mut app, [ch('u')]);
    send(
        &mut app,
        [Msg::UndoPlanned(UndoAnswer {
            settled: Settled::NotNeeded,
            plan: Err(UndoRefused::Other(
                "nothing to undo: no batch deselected a comment".into(),
            )),
        })],
    );
    assert!(app.popup.is_none());
    assert!(
        app.log
            .lines()
            .last()
            .unwrap()
            .text
            .starts_with("nothing to undo")
    );
}

#[test]
fn a_stop_is_shown_with_its_remedy() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    run_marked(&mut app);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Stopped(StopReason::Api {
            code: 45009,
            errmsg: "reach max api daily quota limit".into(),
        }))],
    );
    let stop = en(&app.batch.stop.clone().expect("stop banner"));
    assert!(stop.contains("45009"), "{stop}");
    let remedy = wxmod::i18n::Lang::En.t(wxmod::api::catalog::lookup(45009).unwrap().remedy);
    assert!(stop.contains(&remedy), "{stop}");
}

#[test]
fn a_hostile_stop_message_is_neutralised() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Stopped(StopReason::Api {
            code: 99999,
            errmsg: "bad\u{1b}]0;pwned\u{7}".into(),
        }))],
    );
    // The stop travels as a message; what reaches the screen is neutralised.
    let screen = render(&app);
    assert!(
        !screen.chars().any(|c| c.is_control() && c != '\n'),
        "{screen:?}"
    );
    assert!(en(app.batch.stop.as_ref().unwrap()).contains("99999"));
}
