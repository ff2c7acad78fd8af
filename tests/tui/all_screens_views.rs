//! The screens of views that find things, four ways like every screen: the
//! failed-only view after a batch, a sort by author, the "all" view with ★
//! for elected rows, and a malformed filter term.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{CommentFilter, WriteOp};
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::Msg;

use super::{four_ways, loaded, quota};
use crate::support::*;

#[test]
fn failed_only_view() {
    four_ways("failed_only_view", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
            item(1003, ItemStatus::Failed, Some(45009)),
            item(1004, ItemStatus::NotAttempted, None),
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
        send(&mut app, [ch('w'), ch('w')]);
        app
    });
}

#[test]
fn sorted_by_author() {
    four_ways("sorted_by_author", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('s'), ch('s')]);
        app
    });
}

#[test]
fn all_view_with_stars() {
    four_ways("all_view_with_stars", |mut app| {
        app.loads.kind = CommentFilter::All;
        let mut comments = sample_wide();
        for c in comments.iter_mut().skip(1).step_by(3) {
            c.comment_type = 0;
        }
        let mut app = quota(load_into(app, comments));
        send(&mut app, [ch('j')]);
        app
    });
}

#[test]
fn malformed_filter_term() {
    four_ways("malformed_filter_term", |app| {
        // The last query that parsed still applies: the marked rows stay in
        // sight, and a ^ points at the ( that is not closed.
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch('j'), ch(' ')]);
        send(&mut app, [ch('/')]);
        type_text(&mut app, "is:marked (广告");
        send(&mut app, [key(KeyCode::Enter)]);
        app
    });
}

#[test]
fn help_ends_with_the_query_language() {
    four_ways("help_ends_with_the_query_language", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('?')]);
        send(&mut app, (0..300).map(|_| ch('j')));
        app
    });
}
