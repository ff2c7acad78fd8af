//! What the user reads: messages and warnings shown in full (wrapped, never
//! cut before the remedy), counts that read well, and no character whose width
//! terminals disagree on. Found by using the console at 80x24 and in tmux.

use ratatui::crossterm::event::KeyCode;
use wxmod::batch::ItemStatus;
use wxmod::tui::Msg;

use crate::support::*;

#[test]
fn an_unsent_comment_says_not_attempted_once() {
    let mut app = loaded();
    // The detail pane under the table, full width: its outcome on one line.
    app.size = (80, 32);
    send(&mut app, [ch(' '), ch(' '), ch('g')]);
    let mut unsent = item(1001, ItemStatus::NotAttempted, None);
    unsent.meaning = "not attempted: cancelled".into();
    finish(
        &mut app,
        vec![unsent, item(1002, ItemStatus::Done, Some(0))],
    );
    let screen = render(&app);
    assert!(
        screen.contains("· 1001 not attempted: cancelled"),
        "{screen}"
    );
    assert!(!screen.contains("not attempted: not attempted"), "{screen}");
    // Reasons that do not say it themselves still get it said.
    let mut other = item(1003, ItemStatus::NotAttempted, None);
    other.meaning = "the batch stopped first".into();
    send(&mut app, [ch('j'), ch('j'), ch(' '), key(KeyCode::Up)]);
    finish(&mut app, vec![other]);
    let screen = render(&app);
    assert!(
        screen.contains("· 1003 not attempted: the batch stopped first"),
        "{screen}"
    );
}

fn help_scroll(app: &wxmod::tui::App) -> u16 {
    match app.popup {
        Some(wxmod::tui::popup::Popup::Help { scroll }) => scroll,
        ref other => panic!("expected the help, got {other:?}"),
    }
}

#[test]
fn help_scrolls_to_its_last_line_and_no_further() {
    let mut app = loaded();
    app.size = (80, 24);
    send(&mut app, [ch('?')]);
    send(&mut app, (0..300).map(|_| ch('j')));
    let end = help_scroll(&app);
    assert!(end > 0);
    send(&mut app, [key(KeyCode::PageDown)]);
    assert_eq!(help_scroll(&app), end, "PgDn stops at the end too");
    let screen = render(&app);
    // The help ends with the query language's note on saved rules.
    let last = "cycles through them).";
    // The last line of the help sits on the popup's last row, not above blanks.
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[rows.len() - 3].contains(last), "{screen}");
    send(&mut app, [ch('k')]);
    assert_eq!(help_scroll(&app), end - 1, "one key back moves at once");
    send(&mut app, [key(KeyCode::PageUp), key(KeyCode::PageUp)]);
    send(&mut app, (0..100).map(|_| key(KeyCode::PageUp)));
    assert_eq!(help_scroll(&app), 0);
}

#[test]
fn a_wrong_article_shows_the_whole_remedy_under_the_input_at_80x24() {
    let mut app = app();
    app.size = (80, 24);
    send(&mut app, [Msg::Paste("2247483685".into())]);
    let seq = load_seq(&send(&mut app, [key(KeyCode::Enter)]));
    let err = wxmod::api::ApiError::Api {
        path: "/cgi-bin/comment/list",
        code: 88001,
        errmsg: "msg_data is not exists".into(),
    };
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Err(err),
        }],
    );
    let screen = render(&app);
    let remedy = wxmod::i18n::Lang::En.t(wxmod::api::catalog::lookup(88001).unwrap().remedy);
    let text = flowed(&screen);
    assert!(
        text.contains(&format!(
            "✗ cannot load 2247483685 index 0: 88001 no such article: the msg_data_id or index is wrong — {remedy}"
        )),
        "{screen}"
    );
    // The table still starts below the message and the footer is still there.
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(rows.len(), 24);
    assert!(rows[23].contains("help"), "{screen}");
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(screen);
    });
}

#[test]
fn the_confirmation_shows_its_warnings_in_full_at_80x24() {
    let comments = (0..2000)
        .map(|i| comment(7000 + i, i as i64, "bulk", true))
        .collect();
    let mut app = loaded_with(comments);
    app.size = (80, 24);
    send(
        &mut app,
        [Msg::Quota(Ok(wxmod::api::wire::Quota {
            daily_limit: 100_000,
            used: 100_000,
            remain: 0,
        }))],
    );
    send(&mut app, [ctrl('a'), ch('d'), ch('y')]);
    let screen = render(&app);
    let text = flowed(&screen);
    assert!(text.contains("Deselect 2,000 comments?"), "{screen}");
    assert!(text.contains("… and 1,997 more"), "{screen}");
    assert!(text.contains("Type 2000 to confirm"), "{screen}");
    // Wrapped inside the popup's borders, the warning reads whole.
    let inside = inside_popup(&screen);
    assert!(
        inside.contains(
            "⚠ today's unmarkelect quota is spent: the batch would stop at once. \
             Wait until tomorrow, or reset the quota (clear_quota)."
        ),
        "{screen}"
    );
    assert!(
        inside.contains("type 2000 and press Enter to confirm"),
        "{screen}"
    );
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(screen);
    });
}

#[test]
fn quitting_while_a_batch_runs_says_how_many_will_not_be_sent() {
    let mut app = loaded();
    app.size = (80, 24);
    send(&mut app, [ch(' '), ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [progress(4, 1, 0, 0), ch('q')]);
    let screen = render(&app);
    assert!(
        inside_popup(&screen).contains(
            "Quitting cancels the batch: requests in flight finish and are recorded in the \
             journal; the 3 comments not sent yet are not sent."
        ),
        "{screen}"
    );
}

#[test]
fn no_character_of_disputed_width_reaches_the_terminal() {
    let disputed = ['\u{200D}', '\u{FE0F}', '\u{FE0E}', '\u{1F3FD}'];
    let mut tricky = comment(
        4242,
        1,
        "零宽\u{200d}字 ❤\u{fe0f} 👍🏽 👨\u{200d}👩\u{200d}👧\u{200d}👦",
        true,
    );
    tricky.reply = Some(wxmod::api::wire::Reply {
        content: "谢谢❤\u{fe0f}".into(),
        create_time: NOW,
    });
    let mut comments = sample();
    comments.insert(0, tricky);
    let mut app = loaded_with(comments);
    let check = |app: &wxmod::tui::App, what: &str| {
        let buffer = buffer(app);
        for cell in buffer.content() {
            assert!(
                !cell.symbol().chars().any(|c| disputed.contains(&c)),
                "{what}: {:?} drawn",
                cell.symbol()
            );
        }
        let screen = render(app);
        assert!(screen.contains("零宽字 ❤ 👍 👨👩👧👦"), "{what}: {screen}");
    };
    check(&app, "table and detail");
    send(&mut app, [key(KeyCode::Enter)]);
    check(&app, "viewer");
    send(&mut app, [key(KeyCode::Esc), ch('d')]);
    check(&app, "confirmation");
}

#[test]
fn f_names_only_what_there_is_to_retry() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::NotAttempted, None),
            item(1003, ItemStatus::NotAttempted, None),
        ],
    );
    send(&mut app, [key(KeyCode::Esc), ch('f')]);
    let last = &app.log.lines().last().unwrap().text;
    assert_eq!(last, "marked 2 not attempted: press d to retry them");
}

#[test]
fn each_finished_batch_is_kept_for_the_report_on_quitting() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
        ],
    );
    assert_eq!(
        app.exit_report(),
        vec![
            "batch 20250314-092653-a1b2 on 2247483652 index 0: 1 deselected, 1 failed",
            "  to undo it: wxmod undo 20250314-092653-a1b2",
            "  to retry what failed or was not attempted: wxmod retry 20250314-092653-a1b2"
        ]
    );
}

#[test]
fn a_cancelled_big_batch_keeps_every_count_readable_at_80x24() {
    let comments = (0..2000)
        .map(|i| comment(7000 + i, i as i64, "bulk", true))
        .collect();
    let mut app = loaded_with(comments);
    app.size = (80, 24);
    send(&mut app, [ctrl('a'), ch('d')]);
    type_text(&mut app, "2000");
    send(&mut app, [key(KeyCode::Enter)]);
    let items = (0..2000)
        .map(|i| {
            let status = if i < 212 {
                ItemStatus::Done
            } else {
                ItemStatus::NotAttempted
            };
            item(7000 + i, status, (i < 212).then_some(0))
        })
        .collect();
    send(
        &mut app,
        [Msg::Batch(wxmod::batch::BatchEvent::Finished(summary(
            wxmod::api::wire::WriteOp::UnmarkElect,
            items,
        )))],
    );
    let screen = render(&app);
    let progress = screen
        .lines()
        .find(|l| l.contains("done"))
        .expect("the progress line");
    assert!(
        progress.contains("✓ 212 done  ✗ 0 failed  · 1,788 unsent  of 2,000"),
        "{screen}"
    );
    let text = flowed(&screen);
    assert!(
        text.contains("212 deselected, 0 failed, 1,788 not attempted — press f to mark them again"),
        "the summary wraps instead of being cut: {screen}"
    );
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(screen);
    });
}

#[test]
fn deselected_rows_stay_dimmed_with_their_check_until_the_next_load() {
    use ratatui::style::Modifier;
    let mut app = loaded();
    send(&mut app, [ch(' '), key(KeyCode::Down)]);
    finish(&mut app, vec![item(1001, ItemStatus::Done, Some(0))]);
    let seq = app.loads.loading.expect("the reload").seq;
    let rest: Vec<_> = sample().into_iter().skip(1).collect();
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(rest),
        }],
    );
    let buf = buffer(&app);
    let row_of = |id: &str| {
        (0..buf.area.height)
            .find(|&y| {
                let text: String = (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect();
                text.contains(&format!(" {id} 03-14"))
            })
            .expect("row drawn")
    };
    let (gone, kept) = (row_of("1001"), row_of("1002"));
    let text = |y: u16| -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect()
    };
    assert!(text(gone).contains('✓'), "{}", text(gone));
    // The id's cells: dimmed on the deselected row, not on the others.
    let x = (0..buf.area.width - 4)
        .find(|&x| {
            (0..4)
                .map(|i| buf[(x + i, gone)].symbol())
                .collect::<String>()
                == "1001"
        })
        .unwrap();
    assert!(buf[(x, gone)].modifier.contains(Modifier::DIM));
    assert!(!buf[(x, kept)].modifier.contains(Modifier::DIM));
    // A fresh load drops it.
    let seq = load_seq(&send(&mut app, [ch('r')]));
    let rest: Vec<_> = sample().into_iter().skip(1).collect();
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(rest),
        }],
    );
    assert!(!render(&app).contains(" 1001 03-14"));
}

#[test]
fn the_viewer_scrolls_to_the_end_of_a_long_wrapped_comment() {
    let mut long = sample();
    // Words of uneven length wrap into more lines than width alone suggests;
    // tabs and line separators add more.
    let words: String = (0..400)
        .map(|i| if i % 3 == 0 { "extraordinarily " } else { "a " })
        .collect();
    long[0].content = format!("{words}\u{2028}\t{words}\u{2028}THE-END");
    let mut app = loaded_with(long);
    app.size = (80, 24);
    send(&mut app, [key(KeyCode::Enter)]);
    send(&mut app, (0..100).map(|_| key(KeyCode::PageDown)));
    let screen = render(&app);
    assert!(screen.contains("THE-END"), "{screen}");
    // ... and no further: the end is on the viewer's last row.
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[rows.len() - 3].contains("THE-END"), "{screen}");
}

#[test]
fn undoing_a_batch_of_an_article_not_shown_says_its_comments_are_not_in_the_table() {
    let mut app = loaded();
    ran_here(&mut app);
    send(&mut app, [ch('u')]);
    let mut plan = undo_plan(vec![4386, 1001]);
    plan.article = wxmod::api::wire::Article {
        msg_data_id: 2_247_483_661,
        index: 0,
    };
    send(&mut app, [planned(plan)]);
    let inside = inside_popup(&render(&app));
    assert!(
        inside.contains("msg_data_id 2247483661, index 0"),
        "{inside}"
    );
    assert!(inside.contains("4386  (not in the table)"), "{inside}");
    // Comment ids are numbered per article: the table's 1001 is another comment.
    assert!(inside.contains("1001  (not in the table)"), "{inside}");
}

#[test]
fn quitting_at_once_during_a_batch_leaves_a_line_about_it() {
    let mut app = loaded();
    send(&mut app, [ch(' '), ch(' '), ch(' ')]);
    run_marked(&mut app);
    send(&mut app, [progress(3, 1, 0, 0), ctrl('c')]);
    let fx = send(&mut app, [ctrl('c')]);
    assert!(fx.contains(&wxmod::tui::Effect::Quit));
    assert_eq!(
        app.exit_report(),
        vec![
            "batch 20250314-092653-a1b2 on 2247483652 index 0: quit while running — 1 done, \
             0 failed, 2 without a final answer; `wxmod history 20250314-092653-a1b2` shows \
             each one"
        ]
    );
}
