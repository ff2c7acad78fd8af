//! The screens of the third outcome, four ways like every screen: unknown
//! items while the list is read, the settled batch, an undo whose plan holds
//! verified items, and `u` with only unknown items.

use wxmod::batch::{BatchEvent, Verified};
use wxmod::tui::Msg;
use wxmod::tui::msg::{Settled, UndoAnswer, UndoRefused};

use super::{four_ways, loaded, quota};
use crate::support::*;
use crate::update_unknown::{settle, settlement, until_unknown};

#[test]
fn unknown_items_being_settled() {
    // Answers lost: the rows say `?`, the progress line counts them, and the
    // log says the list is being read to settle them.
    four_ways("unknown_items_being_settled", |app| {
        let mut app = quota(loaded(app));
        until_unknown(&mut app);
        send(&mut app, [Msg::Batch(BatchEvent::Settling { unknown: 2 })]);
        app
    });
}

#[test]
fn unknown_items_settled() {
    // After the settlement read: 1002 verified deselected, 1003 still unknown
    // (no longer listed), the summary counts it, the list is read again.
    four_ways("unknown_items_settled", |app| {
        let mut app = loaded(app);
        until_unknown(&mut app);
        let fx = settle(&mut app);
        let rest = sample_wide()
            .into_iter()
            .filter(|c| ![1001, 1002, 1003].contains(&c.user_comment_id))
            .collect();
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(rest),
            }],
        );
        send(&mut app, [ch('g'), ch('j')]);
        app
    });
}

#[test]
fn undo_with_verified_items() {
    four_ways("undo_with_verified_items", |app| {
        let mut app = loaded(app);
        let mut plan = undo_plan(vec![1001, 1002, 1003]);
        plan.uncertain = vec![1004];
        let settlement = settlement(
            &[
                (1002, Verified::Done),
                (1003, Verified::Done),
                (1004, Verified::NotInList),
            ],
            2,
        );
        ran_here(&mut app);
        send(
            &mut app,
            [
                ch('u'),
                Msg::UndoPlanned(UndoAnswer {
                    settled: Settled::Read(settlement),
                    plan: Ok(plan),
                }),
            ],
        );
        app
    });
}

#[test]
fn undo_with_only_unknown_items() {
    four_ways("undo_with_only_unknown_items", |app| {
        let mut app = loaded(app);
        ran_here(&mut app);
        send(
            &mut app,
            [
                ch('u'),
                Msg::UndoPlanned(UndoAnswer {
                    settled: Settled::NotNeeded,
                    plan: Err(UndoRefused::OnlyUnknown {
                        batch: "20250314-092653-a1b2".into(),
                        ids: vec![1002, 1003],
                    }),
                }),
            ],
        );
        app
    });
}
