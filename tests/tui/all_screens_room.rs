//! Room to read, four ways like every screen: the detail pane hidden, the
//! table and the log zoomed, and the result column before and after a batch.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::Msg;

use super::{four_ways, loaded, quota};
use crate::support::*;

#[test]
fn detail_hidden() {
    four_ways("detail_hidden", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('j'), ch('j'), ch('j'), ch('i')]);
        app
    });
}

#[test]
fn table_zoomed() {
    four_ways("table_zoomed", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('j'), ch(' '), ch('+')]);
        app
    });
}

#[test]
fn log_zoomed() {
    four_ways("log_zoomed", |app| {
        let mut app = quota(loaded(app));
        // Lines to read: marks cleared (and how to get them back), a reload.
        send(&mut app, [ctrl('a'), key(KeyCode::Esc)]);
        let fx = send(&mut app, [ch('r')]);
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(sample_wide()),
            }],
        );
        send(&mut app, [key(KeyCode::Tab), ch('+')]);
        app
    });
}

#[test]
fn no_result_column_before_a_batch() {
    four_ways("no_result_column_before_a_batch", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        app
    });
}

#[test]
fn result_column_after_a_batch() {
    four_ways("result_column_after_a_batch", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
            item(1003, ItemStatus::NotAttempted, None),
        ];
        for it in &items {
            send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
        }
        let fx = send(
            &mut app,
            [Msg::Batch(BatchEvent::Finished(summary(
                WriteOp::UnmarkElect,
                items,
            )))],
        );
        let rest = sample_wide()
            .into_iter()
            .filter(|c| c.user_comment_id != 1001)
            .collect();
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(rest),
            }],
        );
        send(&mut app, [ch('g')]);
        app
    });
}
