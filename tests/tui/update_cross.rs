//! The console across articles on the pure update: `o` follows the
//! highlighted comment's author through the recent articles, `F` runs a
//! query over them; the lists load with progress, can be cancelled, and are
//! reused for a minute; marks, `d`, the confirmation and the batch work on
//! (article, id) pairs, and `u` plans the undo.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::{Article, Comment, CommentFilter, WriteOp};
use wxmod::articles::ListedArticle;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::comments::Outcome;
use wxmod::tui::popup::Popup;
use wxmod::tui::{App, Effect, Msg};

use crate::support::*;
use crate::update_articles::answer;

pub const SECOND: Article = Article {
    msg_data_id: 2_247_483_700,
    index: 0,
};
pub const THIRD: Article = Article {
    msg_data_id: 2_247_483_700,
    index: 1,
};

pub fn listed() -> Vec<ListedArticle> {
    let row = |article: Article, title: &str| ListedArticle {
        article,
        title: Some(title.to_string()),
        sent_date: None,
        recent: true,
    };
    vec![
        row(ARTICLE, "今日早报：新版本发布"),
        row(SECOND, "双十二活动预告"),
        row(THIRD, "春节假期安排"),
    ]
}

/// The author of the highlighted comment (1001) in `loaded()`.
pub fn author(app: &App) -> String {
    app.list.current().unwrap().comment.openid.clone().unwrap()
}

fn by(id: u64, openid: &str, content: &str, elected: bool) -> Comment {
    let mut c = comment(id, 30, content, elected);
    c.openid = Some(openid.to_string());
    c
}

/// Each article's list (all comments): the author wrote under the first and
/// the third, with an id (1001) that also exists under the second by someone
/// else; the second has nothing of theirs.
pub fn lists(openid: &str) -> Vec<(Article, Vec<Comment>)> {
    let mut first = sample_wide();
    first.push(by(2001, openid, "加V领资料", false));
    vec![
        (ARTICLE, first),
        (
            SECOND,
            vec![
                by(1001, "oOther000000000000000000001", "同 id 别人的", true),
                by(1002, "oOther000000000000000000002", "加V 另一个人", true),
            ],
        ),
        (
            THIRD,
            vec![
                by(1001, openid, "加V 又来了", true),
                by(1005, openid, "店铺链接 加V", true),
                by(1006, "oOther000000000000000000003", "好文章", true),
            ],
        ),
    ]
}

fn load_many(fx: &[Effect]) -> (u64, Vec<Article>) {
    let found: Vec<_> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::LoadMany {
                seq,
                articles,
                filter,
            } => {
                assert_eq!(*filter, CommentFilter::All);
                Some((*seq, articles.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "expected one LoadMany in {fx:?}");
    found[0].clone()
}

fn one(seq: u64, article: Article, comments: Vec<Comment>) -> Msg {
    Msg::LoadedOne {
        seq,
        article,
        result: Ok(comments),
    }
}

/// `o` on the loaded table with the article list unknown: the list is read
/// first, then every article's comments.
pub fn opened() -> (App, u64, String) {
    let mut app = loaded();
    let openid = author(&app);
    let fx = send(&mut app, [ch('o')]);
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    assert!(app.cross.is_some());
    let fx = send(&mut app, [answer(7, listed())]);
    let (seq, articles) = load_many(&fx);
    assert_eq!(articles, vec![ARTICLE, SECOND, THIRD]);
    (app, seq, openid)
}

/// `opened()` with every list answered.
pub fn author_table() -> (App, String) {
    let (mut app, seq, openid) = opened();
    for (article, list) in lists(&openid) {
        send(&mut app, [one(seq, article, list)]);
    }
    send(&mut app, [Msg::LoadedAll { seq }]);
    (app, openid)
}

fn keys(app: &App) -> Vec<(Article, u64)> {
    let cross = app.cross.as_ref().unwrap();
    cross.rows.iter().map(|r| r.key()).collect()
}

#[test]
fn o_asks_for_the_article_list_when_unknown_and_then_for_every_article() {
    opened();
}

#[test]
fn o_with_the_list_known_loads_the_recent_articles_at_once() {
    let mut app = loaded();
    app.articles.listed = listed();
    app.articles.known = true;
    let fx = send(&mut app, [ch('o')]);
    let (_, articles) = load_many(&fx);
    assert_eq!(articles, vec![ARTICLE, SECOND, THIRD]);
}

#[test]
fn progress_counts_the_articles_read_and_a_stale_answer_is_ignored() {
    let (mut app, seq, openid) = opened();
    let mut lists = lists(&openid);
    let (third, list) = lists.remove(2);
    send(&mut app, [one(seq, third, list.clone())]);
    let cross = app.cross.as_ref().unwrap();
    assert_eq!((cross.read, cross.articles.len()), (1, 3));
    assert_eq!(cross.loading, Some(seq));
    let screen = render(&app);
    assert!(screen.contains("1/3 articles read"), "{screen}");
    // An answer of an older load changes nothing.
    send(&mut app, [one(seq - 1, SECOND, list)]);
    assert_eq!(app.cross.as_ref().unwrap().read, 1);
    assert_eq!(keys(&app), vec![(THIRD, 1001), (THIRD, 1005)]);
}

#[test]
fn the_author_table_lists_exactly_their_comments_with_the_article() {
    let (app, _) = author_table();
    // Articles in the list's order; the second's 1001 is someone else's.
    assert_eq!(
        keys(&app),
        vec![
            (ARTICLE, 1001),
            (ARTICLE, 2001),
            (THIRD, 1001),
            (THIRD, 1005)
        ]
    );
    assert!(app.cross.as_ref().unwrap().loading.is_none());
    let screen = render(&app);
    assert!(screen.contains("no. 2 · 春节假期安排"), "{screen}");
    assert!(screen.contains("今日早报"), "{screen}");
    assert!(screen.contains("4 comments · 3 articles"), "{screen}");
}

#[test]
fn esc_cancels_the_loading_then_returns_to_the_table_with_its_marks() {
    let mut app = loaded();
    send(&mut app, [ch(' ')]);
    let marked_before = marked(&app);
    assert_eq!(marked_before.len(), 1);
    app.articles.listed = listed();
    app.articles.known = true;
    let fx = send(&mut app, [ch('o')]);
    let (seq, _) = load_many(&fx);
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(fx, vec![Effect::CancelLoadMany { seq }]);
    assert!(app.cross.as_ref().unwrap().cancelled);
    // What arrives after the cancel is not taken.
    let late = lists(&author(&app))[2].1.clone();
    send(&mut app, [one(seq, THIRD, late)]);
    assert!(app.cross.as_ref().unwrap().rows.is_empty());
    let fx = send(&mut app, [key(KeyCode::Esc)]);
    assert!(fx.is_empty());
    assert!(app.cross.is_none());
    assert_eq!(marked(&app), marked_before);
}

#[test]
fn lists_read_within_a_minute_are_reused_and_not_after() {
    let (mut app, _) = author_table();
    send(&mut app, [key(KeyCode::Esc)]);
    app.clock.now += 30;
    let fx = send(&mut app, [ch('o')]);
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadMany { .. })),
        "{fx:?}"
    );
    assert_eq!(keys(&app).len(), 4);
    send(&mut app, [key(KeyCode::Esc)]);
    app.clock.now += 31;
    let fx = send(&mut app, [ch('o')]);
    let (_, articles) = load_many(&fx);
    assert_eq!(articles, vec![ARTICLE, SECOND, THIRD]);
}

#[test]
fn marks_and_d_confirm_and_run_the_right_article_id_pairs() {
    let (mut app, _) = author_table();
    // Mark (ARTICLE, 1001), skip 2001 (normal), mark both of THIRD.
    send(&mut app, [ch(' '), ch('j'), ch(' '), ch(' ')]);
    let fx = send(&mut app, [ch('d')]);
    assert!(fx.is_empty());
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("expected the confirmation, got {:?}", app.popup);
    };
    assert_eq!(
        confirm.items,
        vec![(ARTICLE, 1001), (THIRD, 1001), (THIRD, 1005)]
    );
    // The key that opened it does not confirm.
    let fx = send(&mut app, [ch('d')]);
    assert!(fx.is_empty());
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(
        fx,
        vec![Effect::RunMulti {
            op: WriteOp::UnmarkElect,
            items: vec![(ARTICLE, 1001), (THIRD, 1001), (THIRD, 1005)],
        }]
    );
    assert!(app.batch.running.is_some());
}

#[test]
fn outcomes_land_on_their_article_and_u_plans_the_undo() {
    let (mut app, _) = author_table();
    send(
        &mut app,
        [ch(' '), ch('j'), ch(' '), ch(' '), ch('d'), ch('y')],
    );
    let mut done = item(1001, ItemStatus::Done, Some(0));
    done.article = Some(THIRD);
    let mut failed = item(1005, ItemStatus::Failed, Some(88008));
    failed.article = Some(THIRD);
    let mut first = item(1001, ItemStatus::Done, Some(0));
    first.article = Some(ARTICLE);
    send(
        &mut app,
        [
            Msg::Batch(BatchEvent::Started {
                batch_id: "20250314-092653-a1b2".into(),
                op: WriteOp::UnmarkElect,
                article: ARTICLE,
                total: 3,
            }),
            Msg::Batch(BatchEvent::ItemFinished(done.clone())),
        ],
    );
    let outcome = |app: &App, key: (Article, u64)| {
        let cross = app.cross.as_ref().unwrap();
        cross.rows.iter().find(|r| r.key() == key).unwrap().outcome
    };
    assert_eq!(outcome(&app, (THIRD, 1001)), Some(Outcome::Done));
    assert_eq!(outcome(&app, (ARTICLE, 1001)), None);
    // The article's own table is untouched by another article's 1001.
    assert!(app.list.row(1001).unwrap().comment.is_elected());
    let mut summary = summary(WriteOp::UnmarkElect, vec![first, done, failed]);
    summary.article = ARTICLE;
    send(&mut app, [Msg::Batch(BatchEvent::Finished(summary))]);
    assert_eq!(outcome(&app, (ARTICLE, 1001)), Some(Outcome::Done));
    assert_eq!(
        outcome(&app, (THIRD, 1005)),
        Some(Outcome::Failed { code: Some(88008) })
    );
    let cross = app.cross.as_ref().unwrap();
    // Done rows are unmarked and show as deselected; the failed one stays marked.
    assert_eq!(cross.marked(), vec![(THIRD, 1005)]);
    let row = cross
        .rows
        .iter()
        .find(|r| r.key() == (THIRD, 1001))
        .unwrap();
    assert!(!row.comment.is_elected());
    let fx = send(&mut app, [ch('u')]);
    assert_eq!(
        fx,
        vec![Effect::PlanUndo {
            batch_id: Some("20250314-092653-a1b2".into())
        }]
    );
}

#[test]
fn a_search_that_does_not_parse_shows_the_marker_and_sends_nothing() {
    let mut app = loaded();
    app.articles.listed = listed();
    app.articles.known = true;
    send(&mut app, [ch('F')]);
    assert!(matches!(app.popup, Some(Popup::Find(_))));
    type_text(&mut app, "加V (shop");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    let Some(Popup::Find(find)) = &app.popup else {
        panic!("the input stays open");
    };
    let (shown, marker, _) = find.error.clone().expect("an error");
    assert_eq!(shown, "加V (shop");
    assert_eq!(marker, "    ^");
    assert!(app.cross.is_none());
}

#[test]
fn a_search_fills_the_table_across_articles() {
    let mut app = loaded();
    let openid = author(&app);
    app.articles.listed = listed();
    app.articles.known = true;
    send(&mut app, [ch('F')]);
    type_text(&mut app, "加V -author:oOther000000000000000000002");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    let (seq, _) = load_many(&fx);
    assert!(app.popup.is_none());
    for (article, list) in lists(&openid) {
        send(&mut app, [one(seq, article, list)]);
    }
    send(&mut app, [Msg::LoadedAll { seq }]);
    assert_eq!(
        keys(&app),
        vec![(ARTICLE, 2001), (THIRD, 1001), (THIRD, 1005)]
    );
}

#[test]
fn the_undo_of_a_cross_batch_confirms_and_runs_the_multi_plan_onto_its_rows() {
    let (mut app, _) = author_table();
    send(
        &mut app,
        [ch(' '), ch('j'), ch('j'), ch(' '), ch('d'), ch('y')],
    );
    let mut first = item(1001, ItemStatus::Done, Some(0));
    first.article = Some(ARTICLE);
    let mut third = item(1001, ItemStatus::Done, Some(0));
    third.article = Some(THIRD);
    send(
        &mut app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            vec![first, third.clone()],
        )))],
    );
    let fx = send(&mut app, [ch('u')]);
    assert!(matches!(fx.as_slice(), [Effect::PlanUndo { .. }]), "{fx:?}");
    let mut plan = undo_plan(vec![1001, 1001]);
    plan.articles = vec![ARTICLE, THIRD];
    send(&mut app, [planned(plan.clone())]);
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("expected the undo's confirmation, got {:?}", app.popup);
    };
    assert_eq!(confirm.ids.len(), 2);
    let fx = send(&mut app, [ch('y')]);
    let [
        Effect::RunBatch {
            undo: Some(run),
            ids,
            ..
        },
    ] = fx.as_slice()
    else {
        panic!("expected the undo batch, got {fx:?}");
    };
    assert_eq!(ids, &vec![1001, 1001]);
    assert_eq!(run.articles, vec![ARTICLE, THIRD]);
    // Its items land on the cross rows they name, and the article table's
    // 1001 is not touched by THIRD's.
    let mut back = item(1001, ItemStatus::Failed, Some(88008));
    back.article = Some(THIRD);
    send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(back))]);
    let cross = app.cross.as_ref().unwrap();
    let row = cross
        .rows
        .iter()
        .find(|r| r.key() == (THIRD, 1001))
        .unwrap();
    assert_eq!(row.outcome, Some(Outcome::Failed { code: Some(88008) }));
    assert_eq!(app.list.row(1001).unwrap().outcome, None);
}

#[test]
fn r_reads_every_article_again_and_keeps_the_marks_of_rows_still_there() {
    let (mut app, openid) = author_table();
    send(&mut app, [ch(' ')]);
    let fx = send(&mut app, [ch('r')]);
    // Within the minute all the same: r asks the server again.
    let (seq, articles) = load_many(&fx);
    assert_eq!(articles, vec![ARTICLE, SECOND, THIRD]);
    assert!(keys(&app).is_empty());
    for (article, list) in lists(&openid) {
        send(&mut app, [one(seq, article, list)]);
    }
    send(&mut app, [Msg::LoadedAll { seq }]);
    assert_eq!(app.cross.as_ref().unwrap().marked(), vec![(ARTICLE, 1001)]);
}

#[test]
fn clicks_and_the_wheel_move_and_mark_the_cross_rows() {
    use wxmod::tui::mouse::{Mouse, MouseKind};
    let (mut app, _) = author_table();
    let areas = wxmod::tui::layout::areas(ratatui::layout::Rect::new(0, 0, 120, 32), &app);
    let row = |n: u16| areas.table.y + 2 + n;
    let click = |column, line| {
        Msg::Mouse(Mouse {
            kind: MouseKind::LeftClick,
            column,
            row: line,
        })
    };
    send(&mut app, [click(areas.table.x + 20, row(2))]);
    assert_eq!(app.cross.as_ref().unwrap().cursor, 2);
    assert!(app.cross.as_ref().unwrap().marks.is_empty());
    send(&mut app, [click(areas.table.x, row(3))]);
    assert_eq!(app.cross.as_ref().unwrap().marked(), vec![(THIRD, 1005)]);
    // The article's own table is not touched by clicks on the cross table.
    assert!(marked(&app).is_empty());
    send(
        &mut app,
        [Msg::Mouse(Mouse {
            kind: MouseKind::WheelUp,
            column: areas.table.x + 20,
            row: row(1),
        })],
    );
    assert_eq!(app.cross.as_ref().unwrap().cursor, 0);
}

#[test]
fn while_the_article_list_is_read_the_title_says_so() {
    let mut app = loaded();
    send(&mut app, [ch('o')]);
    let screen = render(&app);
    assert!(screen.contains("reading the article list"), "{screen}");
}

#[test]
fn a_cross_batch_of_a_hundred_needs_its_count_typed() {
    let (mut app, seq, openid) = opened();
    let many: Vec<Comment> = (0..120)
        .map(|i| by(5000 + i, &openid, "加V", true))
        .collect();
    send(&mut app, [one(seq, SECOND, many), Msg::LoadedAll { seq }]);
    send(&mut app, [ctrl('a'), ch('d')]);
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("expected the confirmation");
    };
    assert!(confirm.needs_typing());
    assert_eq!(confirm.items.len(), 120);
    assert!(send(&mut app, [ch('y')]).is_empty());
    type_text(&mut app, "120");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(
        matches!(fx.as_slice(), [Effect::RunMulti { items, .. }] if items.len() == 120),
        "{fx:?}"
    );
}

#[test]
fn quitting_with_cross_marks_asks_first() {
    let (mut app, _) = author_table();
    send(&mut app, [ch(' ')]);
    let fx = send(&mut app, [ch('q')]);
    assert!(fx.is_empty());
    assert_eq!(app.popup, Some(Popup::QuitWithMarks { count: 1 }));
}

#[test]
fn when_the_article_list_fails_the_table_says_why_and_r_asks_again() {
    let mut app = loaded();
    send(&mut app, [ch('o')]);
    send(
        &mut app,
        [crate::update_articles::failure(48001, "api unauthorized")],
    );
    let screen = render(&app);
    assert!(screen.contains("48001"), "{screen}");
    let fx = send(&mut app, [ch('r')]);
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    let fx = send(&mut app, [answer(7, listed())]);
    let (_, articles) = load_many(&fx);
    assert_eq!(articles, vec![ARTICLE, SECOND, THIRD]);
}
