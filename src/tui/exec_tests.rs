//! The executor's I/O against the simulator: the engine is not handed the
//! client's notices, and `u` settles a killed batch before planning.

use std::time::Duration;

use super::*;
use crate::api::wire::PATH_LIST;
use crate::api::{ClientNotice, ClientOptions, Secret, TokenSource};
use crate::batch::{BatchEvent, Verified};
use crate::sim::{self, SimControl, SimData, SimHandle, SimOptions};
use crate::tui::popup::Popup;

const ARTICLE: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};

/// A simulator with three elected comments, a client with a ready token
/// and retries that wait a millisecond, and a data dir of its own.
struct Fixture {
    _sim: SimHandle,
    ctl: SimControl,
    client: Client,
    dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let loopback = "127.0.0.1:0".parse().unwrap();
    let sim = sim::start(
        SimData::generated(ARTICLE, 3, 0),
        SimOptions::default(),
        loopback,
    )
    .await
    .unwrap();
    let ctl = sim.control();
    let dir = tempfile::tempdir().unwrap();
    let options = ClientOptions {
        api_base: sim.url(),
        retry_base_delay: Duration::from_millis(1),
        minute_wait_override: Some(Duration::from_millis(1)),
        cache_dir: Some(dir.path().join("cache")),
        ..ClientOptions::default()
    };
    let token = TokenSource::Ready(Secret::new(ctl.issue_token()));
    let client = Client::new(options, token).unwrap();
    Fixture {
        _sim: sim,
        ctl,
        client,
        dir,
    }
}

/// A retry during a console batch reaches the console once: through the
/// client's own notices, not again through the engine.
#[tokio::test]
async fn the_engine_is_not_handed_the_clients_notices() {
    let f = fixture().await;
    let mut heard = f.client.subscribe();
    f.ctl.fail_next(WriteOp::UnmarkElect.path(), -1, 1);
    let journal = Journal::open(f.dir.path()).unwrap();
    let request = BatchRequest {
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids: f.ctl.elected_ids(ARTICLE),
        concurrency: 1,
        account: "test".into(),
    };
    let mut handle = batch::start(Quiet(f.client.clone()), journal, request).unwrap();
    let mut engine_notices = 0;
    while let Some(event) = handle.events.recv().await {
        match event {
            BatchEvent::Notice(_) => engine_notices += 1,
            BatchEvent::Finished(summary) => {
                assert_eq!(summary.done, 3);
                break;
            }
            _ => {}
        }
    }
    assert_eq!(engine_notices, 0);
    let mut retries = 0;
    while let Ok(notice) = heard.try_recv() {
        retries += usize::from(matches!(notice, ClientNotice::Retrying { .. }));
    }
    assert_eq!(retries, 1, "the client announced the retry once");
}

/// A deselect batch killed with `sent` in flight (no answer journaled).
fn killed_batch(dir: &std::path::Path, ids: &[u64], sent: &[u64]) -> String {
    let journal = Journal::open(dir).unwrap();
    crate::batch::tests::settle_rules::killed_batch(&journal, ids, sent, &[])
}

/// `u` after a kill: the list is read first, so what the killed requests
/// deselected is in the plan.
#[tokio::test]
async fn u_after_a_kill_reads_the_list_then_plans_what_it_found_deselected() {
    let f = fixture().await;
    let ids = f.ctl.elected_ids(ARTICLE);
    let batch = killed_batch(f.dir.path(), &ids, &ids[..2]);
    // The server got the first request before the kill; the second never arrived.
    let answer = f
        .client
        .write_call(WriteOp::UnmarkElect, ARTICLE, ids[0], None)
        .await
        .unwrap();
    assert_eq!(answer.errcode, 0);

    let answer = plan_undo(f.client.clone(), f.dir.path().to_path_buf(), None, None).await;
    let Settled::Read(settlement) = &answer.settled else {
        panic!("{:?}", answer.settled);
    };
    assert_eq!(settlement.batch_id, batch);
    assert!(settlement.list_calls >= 1);
    assert_eq!(
        (
            settlement.count(Verified::Done),
            settlement.count(Verified::NotDone)
        ),
        (1, 1)
    );
    let plan = answer.plan.unwrap();
    assert_eq!(plan.ids, vec![ids[0]]);
    assert!(plan.uncertain.is_empty());
}

/// `u` after a kill when the list cannot be read: nothing is confirmed, and
/// the answer names the unknown items instead of "nothing to undo".
#[tokio::test]
async fn u_after_a_kill_names_the_unknown_items_when_the_list_cannot_be_read() {
    let f = fixture().await;
    let ids = f.ctl.elected_ids(ARTICLE);
    let batch = killed_batch(f.dir.path(), &ids, &ids[..2]);
    f.ctl.fail_next(PATH_LIST, 45009, 1);
    let answer = plan_undo(f.client.clone(), f.dir.path().to_path_buf(), None, None).await;
    assert!(
        matches!(answer.settled, Settled::Failed(_)),
        "{:?}",
        answer.settled
    );
    assert_eq!(
        answer.plan,
        Err(UndoRefused::OnlyUnknown {
            batch,
            ids: ids[..2].to_vec()
        })
    );
}

/// An executor on the fixture's client and data dir, and the messages it sends.
fn executor(f: &Fixture) -> (Executor, tokio::sync::mpsc::UnboundedReceiver<Msg>) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let exec = Executor {
        client: f.client.clone(),
        data_dir: f.dir.path().to_path_buf(),
        who: None,
        concurrency: 1,
        account: "test".into(),
        tx,
        running: None,
        articles: source(f),
        loading_many: None,
    };
    (exec, rx)
}

/// Hand the console each message until one answers `done`; the effects it
/// asks for on the way are returned (none is run).
async fn feed(
    app: &mut crate::tui::App,
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<Msg>,
    done: impl Fn(&Msg) -> bool,
) -> Vec<Effect> {
    let mut fx = Vec::new();
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(30), rx.recv())
            .await
            .expect("the executor answers")
            .expect("the channel stays open");
        let last = done(&msg);
        fx.extend(crate::tui::update(app, msg));
        if last {
            return fx;
        }
    }
}

fn press(app: &mut crate::tui::App, c: char) -> Vec<Effect> {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    crate::tui::update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
    )
}

fn finished(msg: &Msg) -> bool {
    matches!(msg, Msg::Batch(BatchEvent::Finished(_)))
}

/// From the console's keys to the journal and back: a batch with a failure
/// runs, `H` reads it from the journal, `r` settles and plans its retry, `y`
/// runs it, and the history then shows the retry beside its source.
#[tokio::test]
async fn history_reads_the_journal_and_retries_a_batch_from_it() {
    let f = fixture().await;
    let ids = f.ctl.elected_ids(ARTICLE);
    f.ctl.fail_comment_once(ids[1], 88008);
    let (mut exec, mut rx) = executor(&f);
    let clock = crate::tui::Clock {
        now: 1_741_915_613,
        offset: time::UtcOffset::UTC,
    };
    let env = crate::tui::Env {
        endpoint: f.client.api_base().to_string(),
        demo: false,
        token_label: crate::i18n::Message::text("test"),
    };
    let mut app = crate::tui::App::new(env, clock, false);
    // Out of the article input, where H would be typed.
    app.focus = crate::tui::Focus::Log;
    exec.run(Effect::RunBatch {
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids: ids.clone(),
        undo: None,
    });
    feed(&mut app, &mut rx, finished).await;

    assert_eq!(press(&mut app, 'H'), vec![Effect::ReadHistory]);
    exec.run(Effect::ReadHistory);
    feed(&mut app, &mut rx, |m| matches!(m, Msg::History(_))).await;
    let Some(Popup::History(history)) = &app.popup else {
        panic!("{:?}", app.popup);
    };
    let list = history.list().expect("the journal was read");
    assert_eq!(list.batches.len(), 1);
    let source = list.batches[0].overview.clone();
    assert!(
        list.ours(&list.batches[0]),
        "{} vs {}",
        source.account,
        list.account
    );
    assert_eq!((source.done, source.failed), (2, 1));

    let fx = press(&mut app, 'r');
    assert_eq!(
        fx,
        vec![Effect::PlanRetry {
            batch_id: source.batch_id.clone()
        }]
    );
    exec.run(fx.into_iter().next().unwrap());
    feed(&mut app, &mut rx, |m| matches!(m, Msg::RetryPlanned(_))).await;
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("{:?}", app.popup);
    };
    assert_eq!(confirm.ids, vec![ids[1]], "only the failed item");
    let fx = press(&mut app, 'y');
    assert!(matches!(fx.as_slice(), [Effect::RunRetry { .. }]), "{fx:?}");
    exec.run(fx.into_iter().next().unwrap());
    feed(&mut app, &mut rx, finished).await;
    assert_eq!(app.batch.last.as_ref().map(|s| s.done), Some(1));
    assert!(
        f.ctl.elected_ids(ARTICLE).is_empty(),
        "the retry deselected it"
    );

    press(&mut app, 'H');
    exec.run(Effect::ReadHistory);
    feed(&mut app, &mut rx, |m| matches!(m, Msg::History(_))).await;
    let Some(Popup::History(history)) = &app.popup else {
        panic!("{:?}", app.popup);
    };
    let batches = &history.list().unwrap().batches;
    assert_eq!(batches.len(), 2, "newest first: the retry, then its source");
    assert_eq!(batches[1].overview.batch_id, source.batch_id);
    assert_eq!(
        batches[0].overview.retry_of.as_deref(),
        Some(source.batch_id.as_str()),
        "the journal links the retry to its source"
    );
    assert_eq!(batches[0].items.len(), 1);
    assert_eq!(batches[0].overview.done, 1);
}

#[test]
fn an_elect_batch_with_only_unknown_items_is_named_in_its_own_words() {
    let err = |op| JournalError::OnlyUnknown {
        batch: "b1".into(),
        op,
        article: ARTICLE,
        ids: vec![7, 8],
    };
    let UndoRefused::Other(why) = refused(err(WriteOp::MarkElect)) else {
        panic!("an elect batch's unknowns come as words");
    };
    let text = why.to_string();
    assert!(
        text.contains("b1") && text.contains("7, 8") && text.contains("whether they are elected"),
        "{text}"
    );
    assert_eq!(
        refused(err(WriteOp::UnmarkElect)),
        UndoRefused::OnlyUnknown {
            batch: "b1".into(),
            ids: vec![7, 8]
        }
    );
}

/// The article list read with the fixture's client, cached in its dir.
fn source(f: &Fixture) -> crate::articles::ArticleSource {
    crate::articles::ArticleSource {
        client: f.client.clone(),
        cache_dir: f.dir.path().join("cache"),
        account_key: "test".into(),
        data_dir: f.dir.path().to_path_buf(),
        concurrency: 2,
        today: Some(TODAY),
    }
}

/// The server's today in these tests (the simulator's too).
const TODAY: time::Date = time::macros::date!(2026 - 12 - 03);

/// The popup's key, through the executor, to the simulator's titles; the
/// second reading asks the data cube nothing (all days cached).
#[tokio::test]
async fn the_article_list_effect_returns_the_simulators_titles() {
    let f = fixture().await;
    f.ctl.set_today(TODAY);
    let (mut exec, mut rx) = executor(&f);
    let mut app = crate::tui::App::new(
        crate::tui::Env {
            endpoint: "sim".into(),
            demo: false,
            token_label: "t".into(),
        },
        crate::tui::Clock {
            now: 0,
            offset: time::UtcOffset::UTC,
        },
        false,
    );
    let fx = crate::tui::update(
        &mut app,
        Msg::Key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('o'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        )),
    );
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    for effect in fx {
        exec.run(effect);
    }
    feed(&mut app, &mut rx, |m| matches!(m, Msg::Articles(_))).await;
    assert_eq!(app.articles.error, None);
    let titles: Vec<_> = app
        .articles
        .listed
        .iter()
        .map(|l| (l.article, l.title.clone()))
        .collect();
    assert_eq!(
        titles,
        vec![(ARTICLE, Some(format!("Generated article {ARTICLE}")))]
    );
    let again = list_articles(&source(&f), 7).await;
    assert_eq!(again.result.map(|r| r.days_asked).ok(), Some(0));
}

/// A data cube refusal reaches the popup with the catalog's words.
#[tokio::test]
async fn a_data_cube_refusal_reaches_the_popup_in_words() {
    let f = fixture().await;
    // The simulator's today is before ours: the days asked are its future.
    f.ctl.set_today(TODAY - time::Duration::days(5));
    let (mut exec, mut rx) = executor(&f);
    let mut app = crate::tui::App::new(
        crate::tui::Env {
            endpoint: "sim".into(),
            demo: false,
            token_label: "t".into(),
        },
        crate::tui::Clock {
            now: 0,
            offset: time::UtcOffset::UTC,
        },
        false,
    );
    exec.run(Effect::ListArticles { days: 2 });
    app.articles.reading = Some(2);
    feed(&mut app, &mut rx, |m| matches!(m, Msg::Articles(_))).await;
    let error = app
        .articles
        .error
        .as_ref()
        .map(|m| crate::i18n::Lang::En.render(m))
        .unwrap_or_default();
    assert!(error.contains("61501"), "{error}");
    assert_eq!(app.articles.reading, None);
}
