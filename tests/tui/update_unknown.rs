//! `update` with the third outcome: items whose answer was lost or not
//! understood (unknown), the settlement read that places them, `u` settling
//! first and naming what stays unknown, `f` leaving unknown items alone, and
//! the client's notices said once.

use std::time::Duration;

use ratatui::crossterm::event::KeyCode;
use wxmod::api::ClientNotice;
use wxmod::api::wire::{CommentFilter, WriteOp};
use wxmod::batch::{
    BatchEvent, ItemResult, ItemStatus, Progress, SettledItem, Settlement, Summary, Verified,
};
use wxmod::msg;
use wxmod::tui::comments::Outcome;
use wxmod::tui::msg::{Settled, UndoAnswer, UndoRefused};
use wxmod::tui::popup::Popup;
use wxmod::tui::{App, Effect, Msg};

use crate::support::*;

const BATCH: &str = "20250314-092653-a1b2";

/// 1002 and 1003 went out and their answers were lost.
pub fn lost(id: u64) -> ItemResult {
    ItemResult {
        article: None,
        user_comment_id: id,
        status: ItemStatus::Unknown,
        errcode: None,
        errmsg: String::new(),
        meaning: msg!("batch-unknown", why = msg!("api-decode-no-errcode")),
        attempts: 4,
        duration: Duration::from_millis(900),
    }
}

/// `item` as the settlement read left it.
pub fn settled_as(mut item: ItemResult, verified: Verified) -> ItemResult {
    item.status = verified.status();
    item.meaning = verified.meaning(WriteOp::UnmarkElect);
    item
}

pub fn settlement(items: &[(u64, Verified)], list_calls: u32) -> Settlement {
    Settlement {
        batch_id: BATCH.into(),
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        filter: CommentFilter::All,
        list_calls,
        items: items
            .iter()
            .map(|&(id, verified)| SettledItem { id, verified })
            .collect(),
    }
}

fn progress_of(total: usize, done: usize, failed: usize, unknown: usize) -> Msg {
    Msg::Batch(BatchEvent::Progress(Progress {
        total,
        done,
        failed,
        not_attempted: 0,
        in_flight: 0,
        unknown,
    }))
}

fn log(app: &App) -> Vec<String> {
    app.log.lines().iter().map(|l| l.text.clone()).collect()
}

fn outcome(app: &App, id: u64) -> Option<Outcome> {
    app.list.row(id).and_then(|r| r.outcome)
}

/// Four marked and sent: 1001 done, 1002 and 1003 lost, 1004 failed 88008.
/// Stops before the settlement read.
pub fn until_unknown(app: &mut App) {
    send(app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(app);
    for it in [
        item(1001, ItemStatus::Done, Some(0)),
        lost(1002),
        lost(1003),
        item(1004, ItemStatus::Failed, Some(88008)),
    ] {
        send(app, [Msg::Batch(BatchEvent::ItemFinished(it))]);
    }
    send(app, [progress_of(4, 1, 1, 2)]);
}

/// The settlement read: 1002 turns out deselected, 1003 is gone from the list.
pub fn settle(app: &mut App) -> Vec<Effect> {
    let final_items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        settled_as(lost(1002), Verified::Done),
        settled_as(lost(1003), Verified::NotInList),
        item(1004, ItemStatus::Failed, Some(88008)),
    ];
    send(
        app,
        [
            Msg::Batch(BatchEvent::Settling { unknown: 2 }),
            Msg::Batch(BatchEvent::ItemFinished(final_items[1].clone())),
            Msg::Batch(BatchEvent::ItemFinished(final_items[2].clone())),
            Msg::Batch(BatchEvent::Settled(settlement(
                &[(1002, Verified::Done), (1003, Verified::NotInList)],
                2,
            ))),
            progress_of(4, 2, 1, 1),
        ],
    );
    let mut s: Summary = summary(WriteOp::UnmarkElect, final_items);
    s.settlement = Some(settlement(
        &[(1002, Verified::Done), (1003, Verified::NotInList)],
        2,
    ));
    send(app, [Msg::Batch(BatchEvent::Finished(s))])
}

#[test]
fn unknown_items_are_their_own_state_until_the_list_settles_them() {
    let mut app = loaded();
    until_unknown(&mut app);
    assert_eq!(outcome(&app, 1002), Some(Outcome::Unknown));
    assert_eq!(
        outcome(&app, 1004),
        Some(Outcome::Failed { code: Some(88008) })
    );
    let lines = log(&app);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("? 1002 unknown: ")
                && l.contains("may or may not have taken effect")),
        "{lines:?}"
    );
    let screen = render(&app);
    assert!(screen.contains("? unsure"), "{screen}");
    assert!(screen.contains("? 2 unknown"), "{screen}");
    assert!(
        !screen.contains("✗ net"),
        "unknown is not a failure: {screen}"
    );

    send(&mut app, [Msg::Batch(BatchEvent::Settling { unknown: 2 })]);
    assert!(
        log(&app)
            .last()
            .unwrap()
            .starts_with("reading the list to settle 2 comments"),
        "{:?}",
        log(&app)
    );
    assert!(
        render(&app).contains("reading the list to settle 2"),
        "the progress line says what it waits for"
    );

    let fx = settle(&mut app);
    assert!(fx.contains(&Effect::ReadQuota));
    assert_eq!(outcome(&app, 1002), Some(Outcome::Verified { done: true }));
    assert_eq!(outcome(&app, 1003), Some(Outcome::Unknown));
    let lines = log(&app);
    assert!(
        lines.contains(&"✓ 1002 deselected (verified by reading the list)".to_string()),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("? 1003 still unknown: the list no longer holds")),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"read the list (2 list calls) to settle 2 unknown comments: 1 done, 0 not done, \
              1 no longer in the list"
                .to_string()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"batch 20250314-092653-a1b2: 2 deselected, 1 failed, 1 still unknown — press f to \
              mark the failed and unsent ones again"
                .to_string()
        ),
        "{lines:?}"
    );
    // Only the failure stays marked: the unknown one may be deselected.
    assert_eq!(marked(&app), vec![1004]);
    assert_eq!(app.batch.undoable.as_deref(), Some(BATCH));
    assert!(app.exit_report()[0].ends_with("2 deselected, 1 failed, 1 still unknown"));

    // The detail pane says how it is known.
    send(&mut app, [ch('g'), ch('j')]);
    let screen = flowed(&render(&app));
    assert!(screen.contains("✓ verif."), "{screen}");
    assert!(
        screen.contains("deselected (verified by reading the list)"),
        "{screen}"
    );
    assert!(screen.contains("? 1 unknown"), "{screen}");
}

#[test]
fn f_marks_failed_and_unsent_never_done_or_unknown() {
    let mut app = loaded();
    until_unknown(&mut app);
    settle(&mut app);
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(marked(&app).is_empty());
    send(&mut app, [ch('f')]);
    assert_eq!(
        marked(&app),
        vec![1004],
        "not 1001 (done) nor 1003 (unknown)"
    );
    let lines = log(&app);
    assert!(
        lines.ends_with(&[
            "marked 1 failed: press d to retry them".to_string(),
            "1 still unknown comment is not marked: it may have taken effect".to_string(),
        ]),
        "{lines:?}"
    );

    // A settlement's "not done" is a failure like any other: f marks it.
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            settled_as(lost(1001), Verified::NotDone),
            item(1002, ItemStatus::Done, Some(0)),
        ],
    );
    assert_eq!(outcome(&app, 1001), Some(Outcome::Verified { done: false }));
    send(&mut app, [key(KeyCode::Esc), ch('f')]);
    assert_eq!(marked(&app), vec![1001]);
}

#[test]
fn f_with_only_unknown_items_left_marks_nothing_and_says_why() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![item(1001, ItemStatus::Done, Some(0)), lost(1002)],
    );
    assert!(marked(&app).is_empty(), "an unknown row is not left marked");
    send(&mut app, [ch('f')]);
    assert!(marked(&app).is_empty());
    let last = log(&app).pop().unwrap();
    assert!(
        last.starts_with(
            "nothing to mark again: the last batch's 1 comment that is not done is still unknown"
        ),
        "{last}"
    );
}

#[test]
fn u_settles_first_and_its_plan_includes_what_the_list_verified() {
    let mut app = loaded();
    ran_here(&mut app);
    let fx = send(&mut app, [ch('u')]);
    assert_eq!(
        fx,
        vec![Effect::PlanUndo {
            batch_id: Some("20250314-092653-a1b2".into())
        }]
    );
    assert!(
        send(&mut app, [ch('u')]).is_empty(),
        "a second u does not read the list again"
    );
    let mut plan = undo_plan(vec![1001, 1002, 1003]);
    plan.uncertain = vec![1004];
    send(
        &mut app,
        [Msg::UndoPlanned(UndoAnswer {
            settled: Settled::Read(settlement(
                &[
                    (1002, Verified::Done),
                    (1003, Verified::Done),
                    (1005, Verified::NotDone),
                    (1004, Verified::NotInList),
                ],
                3,
            )),
            plan: Ok(plan.clone()),
        })],
    );
    let lines = log(&app);
    assert!(
        lines.contains(
            &"read the list (3 list calls) to settle 4 unknown comments: 2 done, 1 not done, \
              1 no longer in the list"
                .to_string()
        ),
        "{lines:?}"
    );
    let Some(Popup::Confirm(c)) = &app.popup else {
        panic!("expected the confirmation, got {:?}", app.popup);
    };
    assert_eq!(c.ids, vec![1001, 1002, 1003]);
    assert_eq!((c.verified, c.skipped), (2, 1));
    let inside = inside_popup(&render(&app));
    assert!(
        inside.contains("2 of them were found deselected by reading the list"),
        "{inside}"
    );
    assert!(inside.contains("1 comment is still unknown"), "{inside}");
    let fx = send(&mut app, [key(KeyCode::Tab), key(KeyCode::Enter)]);
    assert_eq!(
        fx,
        vec![Effect::RunBatch {
            op: WriteOp::MarkElect,
            article: ARTICLE,
            ids: vec![1001, 1002, 1003],
            undo: Some(Box::new(plan)),
        }]
    );
}

#[test]
fn u_after_a_settled_batch_counts_its_verified_items() {
    let mut app = loaded();
    until_unknown(&mut app);
    settle(&mut app);
    send(&mut app, [ch('u'), planned(undo_plan(vec![1001, 1002]))]);
    let Some(Popup::Confirm(c)) = &app.popup else {
        panic!("expected the confirmation");
    };
    assert_eq!(c.verified, 1, "1002 was settled at the end of the batch");
}

#[test]
fn u_with_only_unknown_items_names_them() {
    let mut app = loaded();
    send(&mut app, [ch('u')]);
    send(
        &mut app,
        [Msg::UndoPlanned(UndoAnswer {
            settled: Settled::Failed("could not read the list to settle 2 unknown comments".into()),
            plan: Err(UndoRefused::OnlyUnknown {
                batch: BATCH.into(),
                ids: vec![1002, 1003],
            }),
        })],
    );
    assert!(app.popup.is_none());
    let lines = log(&app);
    let n = lines.len();
    assert_eq!(
        lines[n - 2],
        "could not read the list to settle 2 unknown comments"
    );
    assert!(
        lines[n - 1].starts_with(
            "nothing confirmed to undo in batch 20250314-092653-a1b2: 2 comments are still \
             unknown (1002, 1003)"
        ),
        "{}",
        lines[n - 1]
    );
    assert!(!lines[n - 1].contains("nothing to undo"));

    // Many: the first few by id, then how many more.
    send(&mut app, [ch('u')]);
    send(
        &mut app,
        [Msg::UndoPlanned(UndoAnswer {
            settled: Settled::NotNeeded,
            plan: Err(UndoRefused::OnlyUnknown {
                batch: BATCH.into(),
                ids: (2001..=2012).collect(),
            }),
        })],
    );
    let last = log(&app).pop().unwrap();
    assert!(
        last.contains("12 comments are still unknown (2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008 and 4 more)"),
        "{last}"
    );
}

#[test]
fn each_client_notice_is_one_log_line_during_a_batch_too() {
    let retry = ClientNotice::Retrying {
        path: WriteOp::UnmarkElect.path(),
        attempt: 2,
        delay: Duration::from_millis(500),
        reason: "system busy".into(),
    };
    let mut app = loaded();
    send(&mut app, [Msg::Notice(retry.clone())]);
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    let before = app.log.lines().len();
    send(&mut app, [Msg::Notice(retry.clone())]);
    let lines = log(&app);
    assert_eq!(lines.len(), before + 1, "{lines:?}");
    assert!(lines[before].contains("retrying"), "{lines:?}");
    let retries = lines.iter().filter(|l| l.contains("retrying")).count();
    assert_eq!(
        retries, 2,
        "one line for each of the two retries: {lines:?}"
    );
    // The engine's own notices (not the client's) still come as batch events.
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Notice(msg!(
            "batch-settlement-not-journaled",
            why = "disk full"
        )))],
    );
    assert_eq!(app.log.lines().len(), before + 2);
}
