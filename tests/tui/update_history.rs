//! History in the console, on the pure update: `H` opens the journal's
//! batches (read by an effect), Enter shows a batch's items, `u` and `r` plan
//! an undo or a retry of the highlighted batch of this account and confirm it
//! as usual; `u` alone undoes only what this console ran.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::i18n::Message;
use wxmod::tui::history::{History, HistoryState};
use wxmod::tui::msg::{RetryAnswer, Settled};
use wxmod::tui::popup::{Confirm, Popup};
use wxmod::tui::{App, Effect, Msg};

use crate::history_support::*;
use crate::support::*;

fn history(app: &App) -> &History {
    match &app.popup {
        Some(Popup::History(h)) => h,
        other => panic!("expected the history, got {other:?}"),
    }
}

fn confirm(app: &App) -> &Confirm {
    match &app.popup {
        Some(Popup::Confirm(c)) => c,
        other => panic!("expected a confirmation, got {other:?}"),
    }
}

fn last_log(app: &App) -> String {
    app.log.lines().last().unwrap().text.clone()
}

#[test]
fn h_opens_the_history_and_asks_for_the_journal() {
    let mut app = loaded();
    let fx = send(&mut app, [ch('H')]);
    assert_eq!(fx, vec![Effect::ReadHistory], "read by an effect, not here");
    assert_eq!(history(&app).state, HistoryState::Reading);
    assert!(inside_popup(&render(&app)).contains("reading the journal"));
    send(&mut app, [Msg::History(Ok(history_list()))]);
    let screen = inside_popup(&render(&app));
    // Newest first, the first highlighted, with its counts and what became of each.
    let at = |id: &str| screen.find(id).unwrap_or_else(|| panic!("{id}: {screen}"));
    assert!(at(NEWEST) < at(UNDO) && at(UNDO) < at(INTERRUPTED));
    assert!(
        screen.contains("▶ 2025-03-14 09:20  deselect  2247483652 index 0"),
        "{screen}"
    );
    assert!(
        screen.contains("stopped: cancelled · 1 done, 1 failed, 1 not attempted"),
        "{screen}"
    );
    assert!(screen.contains("stopped: cancelled"), "{screen}");
    assert!(screen.contains("re-elect  2247483661"), "{screen}");
    assert!(screen.contains(&format!("undo of {UNDONE}")), "{screen}");
    assert!(screen.contains(&format!("undone by {UNDO}")), "{screen}");
    assert!(screen.contains("⚠ interrupted"), "{screen}");
    assert!(screen.contains("another account"), "{screen}");
}

#[test]
fn the_journal_unreadable_is_said_in_the_popup() {
    let mut app = loaded();
    send(&mut app, [ch('H')]);
    send(
        &mut app,
        [Msg::History(Err(Message::text("permission denied")))],
    );
    let screen = inside_popup(&render(&app));
    assert!(
        screen.contains("the journal cannot be read: permission denied"),
        "{screen}"
    );
    send(&mut app, [ch('u')]);
    assert!(app.popup.is_some(), "nothing to act on, nothing happens");
}

#[test]
fn enter_shows_the_items_and_esc_goes_back_then_closes() {
    let mut app = opened(loaded());
    send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(history(&app).items, Some(0));
    let screen = inside_popup(&render(&app));
    assert!(screen.contains("1001  ✓ deselected"), "{screen}");
    assert!(
        screen.contains("1002  ✗ 88008 — no such comment: it was deleted"),
        "{screen}"
    );
    assert!(
        screen.contains("1003  – not attempted: cancelled"),
        "{screen}"
    );
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(history(&app).items, None, "Esc goes back to the batches");
    send(&mut app, [ch('j'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    let screen = inside_popup(&render(&app));
    assert!(
        screen.contains("1005  ? sent, no answer recorded"),
        "{screen}"
    );
    assert!(screen.contains("1006  – never sent"), "{screen}");
    send(&mut app, [key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert!(app.popup.is_none());
}

#[test]
fn moving_stays_within_the_list() {
    let mut app = opened(loaded());
    send(&mut app, [ch('k')]);
    assert_eq!(history(&app).selected, 0);
    send(&mut app, [ch('G')]);
    assert_eq!(history(&app).selected, 4);
    send(&mut app, [ch('j'), key(KeyCode::PageDown)]);
    assert_eq!(history(&app).selected, 4);
    send(&mut app, [ch('g')]);
    assert_eq!(history(&app).selected, 0);
}

#[test]
fn u_plans_the_undo_of_the_highlighted_batch_and_confirms_it_as_usual() {
    let mut app = opened(loaded());
    send(&mut app, [ch('j'), ch('j')]);
    let fx = send(&mut app, [ch('u')]);
    assert_eq!(
        fx,
        vec![Effect::PlanUndo {
            batch_id: Some(UNDONE.into())
        }]
    );
    assert!(
        app.popup.is_none(),
        "the confirmation waits for the journal"
    );
    let mut plan = undo_plan(vec![4386, 4387]);
    plan.source.batch_id = UNDONE.into();
    plan.article = OTHER;
    send(&mut app, [planned(plan)]);
    let c = confirm(&app);
    assert_eq!(
        (c.op, c.ids.clone()),
        (WriteOp::MarkElect, vec![4386, 4387])
    );
    let inside = inside_popup(&render(&app));
    assert!(
        inside.contains("This is not the article in the table"),
        "{inside}"
    );
    assert!(send(&mut app, [ch('u')]).is_empty(), "u does not confirm");
    let fx = send(&mut app, [ch('y')]);
    assert!(
        matches!(fx.as_slice(), [Effect::RunBatch { article, undo: Some(_), .. }] if *article == OTHER),
        "{fx:?}"
    );
}

#[test]
fn r_plans_a_retry_and_runs_what_the_confirmation_lists() {
    let mut app = opened(loaded());
    let fx = send(&mut app, [ch('r')]);
    assert_eq!(
        fx,
        vec![Effect::PlanRetry {
            batch_id: NEWEST.into()
        }]
    );
    assert!(app.popup.is_none());
    send(&mut app, [retry_planned(retry_plan())]);
    let c = confirm(&app);
    assert_eq!(
        (c.op, c.ids.clone()),
        (WriteOp::UnmarkElect, vec![1002, 1003])
    );
    let inside = inside_popup(&render(&app));
    assert!(
        inside.contains(&format!("Retries    batch {NEWEST}")),
        "{inside}"
    );
    assert!(
        inside.contains("sends again only what did not happen: 2 comments"),
        "{inside}"
    );
    assert!(inside.contains("leaves out 1 already done "), "{inside}");
    assert!(
        !inside.contains("not the article in the table"),
        "the loaded article: {inside}"
    );
    assert!(send(&mut app, [ch('r')]).is_empty(), "r does not confirm");
    let fx = send(&mut app, [ch('y')]);
    match fx.as_slice() {
        [Effect::RunRetry { ids, plan }] => {
            assert_eq!(ids, &vec![1002, 1003]);
            assert_eq!(plan.source.batch_id, NEWEST);
        }
        other => panic!("expected RunRetry, got {other:?}"),
    }
    assert!(
        app.batch.running.is_some(),
        "progress shows as for any batch"
    );
    assert!(last_log(&app).starts_with(&format!("retrying batch {NEWEST}: deselect 2 comments")));
}

#[test]
fn a_batch_with_nothing_left_is_not_retried() {
    let mut app = opened(loaded());
    send(&mut app, [ch('j'), ch('j')]);
    assert!(
        send(&mut app, [ch('r')]).is_empty(),
        "no journal round trip"
    );
    let screen = inside_popup(&render(&app));
    assert!(
        screen.contains("nothing to retry: all 2 comments are done"),
        "{screen}"
    );
}

#[test]
fn nothing_to_retry_is_said_in_the_log() {
    let mut app = opened(loaded());
    send(&mut app, [ch('r')]);
    send(
        &mut app,
        [Msg::RetryPlanned(Box::new(RetryAnswer {
            settled: Settled::NotNeeded,
            plan: Err(Message::text("nothing to retry in batch X: all 3 done")),
        }))],
    );
    assert!(app.popup.is_none());
    assert_eq!(last_log(&app), "nothing to retry in batch X: all 3 done");
}

#[test]
fn a_batch_of_another_account_is_shown_but_not_undone_or_retried() {
    let mut app = opened(loaded());
    send(&mut app, [ch('G')]);
    assert!(send(&mut app, [ch('u')]).is_empty());
    let h = history(&app);
    assert!(h.hint.is_some(), "the popup says why");
    let screen = inside_popup(&render(&app));
    assert!(
        screen.contains("this batch ran as wx12999999, this console as wx12345678"),
        "{screen}"
    );
    assert!(send(&mut app, [ch('r')]).is_empty());
    assert!(history(&app).hint.is_some());
    send(&mut app, [ch('k')]);
    assert!(history(&app).hint.is_none(), "the next key clears it");
}

#[test]
fn u_and_r_wait_for_a_running_batch() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    let mut app = opened(app);
    assert!(send(&mut app, [ch('u')]).is_empty());
    assert!(send(&mut app, [ch('r')]).is_empty());
    let screen = inside_popup(&render(&app));
    assert!(screen.contains("a batch is already running"), "{screen}");
}

#[test]
fn u_with_nothing_run_in_this_console_names_the_history() {
    let mut app = loaded();
    assert!(
        send(&mut app, [ch('u')]).is_empty(),
        "no batch of another session"
    );
    assert_eq!(
        last_log(&app),
        "nothing run in this console to undo: press H to pick an older batch from the history"
    );
}

#[test]
fn a_clean_summary_says_which_key_undoes_it() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Done, Some(0)),
        ],
    );
    assert_eq!(
        last_log(&app),
        "press u to undo batch 20250314-092653-a1b2 (re-elects what it deselected)"
    );
    assert_eq!(
        app.exit_report()[1],
        "  to undo it: wxmod undo 20250314-092653-a1b2"
    );
}

/// The demo's journal and simulator leave with it: the lines left in the
/// shell offer no command that could only fail.
#[test]
fn the_demo_leaves_no_undo_command_behind() {
    let mut app = loaded();
    app.env.demo = true;
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
        ],
    );
    let report = app.exit_report();
    assert_eq!(report.len(), 1, "{report:#?}");
    assert!(!report[0].contains("wxmod "), "{report:#?}");
}

#[test]
fn a_retry_of_another_article_leaves_the_table_alone() {
    let mut app = opened(loaded());
    send(&mut app, [ch('r')]);
    let mut plan = retry_plan();
    plan.article = OTHER;
    plan.ids = vec![1002];
    send(&mut app, [retry_planned(plan)]);
    assert!(inside_popup(&render(&app)).contains("This is not the article in the table"));
    send(&mut app, [ch('y')]);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Started {
            batch_id: "20250314-093000-ffff".into(),
            op: WriteOp::UnmarkElect,
            article: OTHER,
            total: 1,
        })],
    );
    // Comment ids are the server's: the same number may be a row here.
    let done = item(1002, ItemStatus::Done, Some(0));
    send(
        &mut app,
        [Msg::Batch(BatchEvent::ItemFinished(done.clone()))],
    );
    let mut s = summary(WriteOp::UnmarkElect, vec![done]);
    s.article = OTHER;
    let fx = send(&mut app, [Msg::Batch(BatchEvent::Finished(s))]);
    assert!(
        app.list.row(1002).is_some_and(|r| r.comment.is_elected()),
        "the table's row 1002 is another comment"
    );
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Load { .. })),
        "the table reloads only for its own article: {fx:?}"
    );
}

/// Since accounts have names, a batch is ours by the journal's account name
/// and appid, not by its label: the same label under another account name is
/// not ours, and a batch journaled before accounts had names still goes by
/// its label.
#[test]
fn named_accounts_decide_whose_batch_it_is() {
    let mut list = history_list();
    list.who = Some(wxmod::batch::JournalAccount {
        name: "brand".into(),
        appid: Some("wxB".into()),
    });
    let label = list.account.clone();
    let mut mine = list.batches[0].clone();
    mine.overview.account_name = Some("brand".into());
    mine.overview.appid = Some("wxB".into());
    assert!(list.ours(&mine));
    // On screen, accounts go by their names.
    assert_eq!(list.shown(), "brand");
    assert_eq!(wxmod::tui::history::batch_account(&mine.overview), "brand");
    let mut other = mine.clone();
    other.overview.account_name = Some("agency".into());
    other.overview.account = label.clone();
    assert!(!list.ours(&other), "same label, another account");
    let mut moved = mine.clone();
    moved.overview.appid = Some("wxC".into());
    assert!(!list.ours(&moved), "same name, another appid");
    let mut old = mine;
    old.overview.account_name = None;
    old.overview.account = label;
    assert!(list.ours(&old), "an old batch by its label");
}

/// A batch over several articles says how many in the list, and each of its
/// items names its article (an id is only unique within one).
#[test]
fn a_batch_over_several_articles_names_each_item_s_article() {
    let mut list = history_list();
    let batch = &mut list.batches[0];
    batch.overview.articles = 2;
    batch.items[0].article = OTHER;
    let mut app = loaded();
    send(&mut app, [ch('H'), Msg::History(Ok(list))]);
    let screen = inside_popup(&render(&app));
    assert!(screen.contains("2 articles"), "{screen}");
    send(&mut app, [key(KeyCode::Enter)]);
    let screen = inside_popup(&render(&app));
    let first = screen
        .lines()
        .find(|l| l.contains("✓") || l.contains("✗"))
        .unwrap_or_default();
    assert!(first.contains(&OTHER.msg_data_id.to_string()), "{screen}");
}
