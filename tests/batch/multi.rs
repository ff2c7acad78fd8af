//! The engine over items of several articles: an 88001 for one article
//! stops only that article, the journal names each item's article, and
//! history's items read back per article.

use super::*;
use wxmod::api::wire::Article;
use wxmod::batch::MultiRequest;

const B: Article = Article {
    msg_data_id: 4001,
    index: 2,
};
/// Not in the simulator: every call about it answers 88001.
const GONE: Article = Article {
    msg_data_id: 999,
    index: 0,
};

async fn two_articles() -> Env {
    let mut data = SimData::generated(ART, 6, 0);
    data.articles.extend(SimData::generated(B, 6, 0).articles);
    let sim = start_sim(data, SimOptions::default()).await;
    let ctl = sim.control();
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path()).unwrap();
    Env {
        sim,
        ctl,
        dir,
        journal,
    }
}

#[tokio::test]
async fn an_88001_stops_only_its_own_article_and_the_rest_go_on() {
    let env = two_articles().await;
    let ids = env.elected();
    // Interleaved, as a plan over three articles would not be, to show the
    // rule is per article and not "stop at the first failure".
    let mut items = Vec::new();
    for &id in &ids {
        items.push((ART, id));
        items.push((GONE, id));
        items.push((B, id));
    }
    let request = MultiRequest {
        op: WriteOp::UnmarkElect,
        items,
        concurrency: 1,
        account: "test".into(),
    };
    let handle =
        batch::start_multi(env.client(), env.journal.clone(), request, None, None).unwrap();
    let summary = handle.wait().await;
    assert!(summary.stopped.is_none(), "{:?}", summary.stopped);
    assert_eq!((summary.total, summary.done), (18, 12));
    assert!(env.ctl.elected_ids(ART).is_empty() && env.ctl.elected_ids(B).is_empty());
    let gone: Vec<_> = summary
        .items
        .iter()
        .filter(|i| i.article == Some(GONE))
        .collect();
    assert_eq!(gone.len(), 6);
    assert_eq!(gone[0].status, ItemStatus::Failed);
    assert_eq!(gone[0].errcode, Some(88001));
    for item in &gone[1..] {
        assert_eq!(item.status, ItemStatus::NotAttempted, "{item:?}");
        assert!(
            item.meaning.to_string().contains("88001"),
            "{}",
            item.meaning
        );
    }
    assert_eq!(
        env.ctl.calls(UNMARK),
        13,
        "one request for the unknown article"
    );
    // The journal names each item's article; history reads them back apart
    // although the ids are the same under each article.
    let text = env.journal_text();
    assert!(
        text.contains(r#""article":{"msg_data_id":4001,"index":2}"#),
        "{text}"
    );
    let detail = env.journal.batch(&summary.batch_id).unwrap();
    let done_under = |a: Article| {
        detail
            .items
            .iter()
            .filter(|i| i.article == a && i.state == ItemState::Done)
            .count()
    };
    assert_eq!(
        (done_under(ART), done_under(B), done_under(GONE)),
        (6, 6, 0)
    );
}

#[tokio::test]
async fn one_article_through_start_multi_journals_as_before() {
    let env = two_articles().await;
    let items = env.elected().into_iter().map(|id| (ART, id)).collect();
    let request = MultiRequest {
        op: WriteOp::UnmarkElect,
        items,
        concurrency: 2,
        account: "test".into(),
    };
    let summary = batch::start_multi(env.client(), env.journal.clone(), request, None, None)
        .unwrap()
        .wait()
        .await;
    assert_eq!(summary.done, 6);
    let text = env.journal_text();
    let item_lines = text.lines().filter(|l| l.contains(r#""type":"item_"#));
    assert!(
        item_lines.clone().count() == 12 && item_lines.clone().all(|l| !l.contains("article")),
        "no per-item article: {text}"
    );
    assert!(!text.contains(r#""articles""#), "{text}");
}
