//! The cross-article effects against the simulator: many lists read (each
//! answered, then the end), and one batch over two articles whose comment
//! ids collide, acting on exactly the (article, id) pairs given.

use std::time::Duration;

use crate::api::wire::{Article, CommentFilter, WriteOp};
use crate::api::{Client, ClientOptions, Secret, TokenSource};
use crate::batch::{BatchEvent, ItemStatus};
use crate::sim::{self, SimData, SimOptions};
use crate::tui::effect::Effect;
use crate::tui::exec::Executor;
use crate::tui::msg::Msg;

const FIRST: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const SECOND: Article = Article {
    msg_data_id: 2_247_483_700,
    index: 1,
};

async fn next(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Msg>) -> Msg {
    tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .expect("the executor answers")
        .expect("the channel stays open")
}

#[tokio::test]
async fn load_many_answers_each_article_then_the_end_and_run_multi_acts_on_pairs() {
    let mut data = SimData::generated(FIRST, 3, 0);
    data.articles
        .extend(SimData::generated(SECOND, 2, 0).articles);
    let loopback = "127.0.0.1:0".parse().unwrap();
    let sim = sim::start(data, SimOptions::default(), loopback)
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
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut exec = Executor::for_tests(client, dir.path().to_path_buf(), tx);

    exec.run(Effect::LoadMany {
        seq: 7,
        articles: vec![FIRST, SECOND],
        filter: CommentFilter::All,
    });
    let mut read = Vec::new();
    loop {
        match next(&mut rx).await {
            Msg::LoadedOne {
                seq: 7,
                article,
                result,
            } => read.push((article, result.expect("the list reads").len())),
            Msg::LoadedAll { seq: 7 } => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    read.sort_by_key(|(a, _)| a.index);
    assert_eq!(read, vec![(FIRST, 3), (SECOND, 2)]);

    // The same ids exist under both articles: only the pairs given change.
    let (a, b) = (ctl.elected_ids(FIRST), ctl.elected_ids(SECOND));
    assert_eq!((a[0], a[1]), (b[0], b[1]));
    exec.run(Effect::RunMulti {
        op: WriteOp::UnmarkElect,
        items: vec![(FIRST, a[0]), (SECOND, b[1])],
    });
    let summary = loop {
        if let Msg::Batch(BatchEvent::Finished(summary)) = next(&mut rx).await {
            break summary;
        }
    };
    let mut landed: Vec<_> = summary
        .items
        .iter()
        .map(|i| (i.article, i.user_comment_id, i.status))
        .collect();
    landed.sort_by_key(|(a, _, _)| a.map(|a| a.index));
    assert_eq!(
        landed,
        vec![
            (Some(FIRST), a[0], ItemStatus::Done),
            (Some(SECOND), b[1], ItemStatus::Done)
        ]
    );
    assert_eq!(ctl.elected_ids(FIRST), vec![a[1], a[2]]);
    assert_eq!(ctl.elected_ids(SECOND), vec![b[0]]);
}
