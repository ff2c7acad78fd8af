//! Elect beside deselect, four ways like every screen: the elect confirmation,
//! an elect batch's outcome (rows, log, footer with `u` and `f`), an elect
//! stopped by 88003, and the footer in the normal view, the elected view's
//! log pane and the undo of an elect batch.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus, StopReason};
use wxmod::tui::Msg;

use super::{four_ways, loaded, quota};
use crate::support::*;
use crate::update_elect::{BATCH, normal_view, run_elect, unelected};

#[test]
fn elect_confirmation() {
    four_ways("elect_confirmation", |app| {
        let mut app = quota(normal_view(app, sample_wide()));
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch('e')]);
        app
    });
}

#[test]
fn elect_outcome() {
    four_ways("elect_outcome", |app| {
        let mut app = quota(normal_view(app, sample_wide()));
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
        run_elect(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
            item(1003, ItemStatus::Done, Some(0)),
            item(1004, ItemStatus::Done, Some(0)),
        ];
        for it in &items {
            send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
        }
        let fx = send(
            &mut app,
            [Msg::Batch(BatchEvent::Finished(summary(
                WriteOp::MarkElect,
                items,
            )))],
        );
        // The normal list no longer holds the elected ones.
        let rest = unelected(sample_wide())
            .into_iter()
            .filter(|c| ![1001, 1003, 1004].contains(&c.user_comment_id))
            .collect();
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(rest),
            }],
        );
        app
    });
}

#[test]
fn elect_stopped_by_the_elected_limit() {
    four_ways("elect_stopped_by_the_elected_limit", |app| {
        let mut app = quota(normal_view(app, sample_wide()));
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        run_elect(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88003)),
            item(1003, ItemStatus::NotAttempted, None),
        ];
        for it in &items[..2] {
            send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
        }
        let reason = StopReason::Api {
            code: 88003,
            errmsg: "elected comment upper limit".into(),
        };
        send(&mut app, [Msg::Batch(BatchEvent::Stopped(reason.clone()))]);
        let mut s = summary(WriteOp::MarkElect, items);
        s.stopped = Some(reason);
        send(&mut app, [Msg::Batch(BatchEvent::Finished(s))]);
        app
    });
}

#[test]
fn footer_in_the_normal_view() {
    four_ways("footer_in_the_normal_view", |app| {
        let mut app = quota(normal_view(app, sample_wide()));
        send(&mut app, [ch('j')]);
        app
    });
}

#[test]
fn footer_in_the_log_pane() {
    four_ways("footer_in_the_log_pane", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [key(KeyCode::Tab)]);
        app
    });
}

#[test]
fn undo_of_an_elect_batch() {
    four_ways("undo_of_an_elect_batch", |app| {
        // Without the row whose Latin text would show beside the popup.
        let comments = sample_wide()
            .into_iter()
            .filter(|c| c.user_comment_id != 1003)
            .collect();
        let mut app = quota(normal_view(app, comments));
        send(&mut app, [ch(' '), ch(' ')]);
        run_elect(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Done, Some(0)),
        ];
        send(
            &mut app,
            [Msg::Batch(BatchEvent::Finished(summary(
                WriteOp::MarkElect,
                items,
            )))],
        );
        send(&mut app, [ch('u')]);
        let mut plan = undo_plan(vec![1001, 1002]);
        plan.source.batch_id = BATCH.into();
        plan.source.op = WriteOp::MarkElect;
        plan.op = WriteOp::UnmarkElect;
        send(&mut app, [planned(plan)]);
        app
    });
}
