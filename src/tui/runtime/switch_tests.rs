//! Switching between the demo's two accounts: one simulator and one journal,
//! each account its own token and articles, and another account's batch
//! refused for undo; a switch the server refuses says why and opens nothing.

use super::*;
use crate::batch::{self, BatchEvent, BatchRequest, JournalError};
use crate::i18n::Lang;
use crate::session::SessionSettings;
use crate::sim;

async fn demo(dir: &tempfile::TempDir) -> Session {
    let global = SessionSettings {
        demo: true,
        config: Some(dir.path().join("config.toml")),
        data_dir: Some(dir.path().join("data")),
        lang: Lang::En,
        ..SessionSettings::default()
    };
    Session::open(&global).await.unwrap()
}

#[tokio::test]
async fn the_demos_second_account_shares_the_simulator_and_journal() {
    let dir = tempfile::tempdir().unwrap();
    let first = demo(&dir).await;
    assert_eq!(first.account().name, "demo");
    let opened = open_account(&first, "demo2").await.unwrap();
    let second = &opened.session;
    assert_eq!(second.account().name, "demo2");
    assert_eq!(
        second.account().appid.as_deref(),
        Some(sim::DEMO_SECOND_APPID)
    );
    assert_eq!(second.dirs.data_dir, first.dirs.data_dir);
    assert_eq!(second.client.api_base(), first.client.api_base());
    assert!(opened.answer.quota.is_ok());
    let names: Vec<&str> = opened
        .answer
        .list
        .iter()
        .map(|e| e.id.name.as_str())
        .collect();
    assert_eq!(names, ["demo", "demo2"]);
    let header = Lang::En.render(&opened.answer.env.token_label);
    assert!(header.contains("account demo2"), "{header}");

    // A batch of the first account, then `u` as the second: refused, naming it.
    let snapshot = first.demo.as_ref().unwrap().control().snapshot();
    let article = snapshot
        .articles
        .iter()
        .find(|a| a.elected_count() > 0)
        .unwrap();
    let id = article
        .comments
        .iter()
        .find(|c| c.comment_type == 1)
        .unwrap()
        .user_comment_id;
    let handle = batch::start(
        first.client.clone(),
        first.journal().unwrap(),
        BatchRequest {
            op: WriteOp::UnmarkElect,
            article: article.article(),
            ids: vec![id],
            concurrency: 1,
            account: first.account_label(),
        },
    )
    .unwrap();
    let mut events = handle.events;
    let mut batch_id = None;
    while let Some(event) = events.recv().await {
        if let BatchEvent::Finished(summary) = event {
            batch_id = Some(summary.batch_id.clone());
        }
    }
    let batch_id = batch_id.unwrap();
    let journal = second.journal().unwrap();
    let (_, plan) = batch::prepare_undo(&second.client, &journal, Some(&batch_id)).await;
    match plan {
        Err(err @ JournalError::OtherAccount { .. }) => {
            let text = Lang::En.render(&err.message());
            assert!(text.contains("demo"), "{text}");
        }
        other => panic!("not refused: {other:?}"),
    }
    // The first account may undo its own.
    let journal = first.journal().unwrap();
    let (_, plan) = batch::prepare_undo(&first.client, &journal, Some(&batch_id)).await;
    assert!(plan.is_ok(), "{plan:?}");
}

#[tokio::test]
async fn a_switch_the_server_refuses_says_why_with_the_remedy() {
    let dir = tempfile::tempdir().unwrap();
    let first = demo(&dir).await;
    let ctl = first.demo.as_ref().unwrap().control();
    assert!(ctl.set_reject_ip(sim::DEMO_SECOND_APPID, Some("203.0.113.7")));
    let Err(why) = open_account(&first, "demo2").await else {
        panic!("opened an account whose token cannot be fetched");
    };
    let text = Lang::En.render(&why);
    assert!(text.contains("203.0.113.7"), "{text}");
    assert!(text.to_lowercase().contains("whitelist"), "{text}");

    let Err(why) = open_account(&first, "nosuch").await else {
        panic!("opened an account that does not exist");
    };
    let text = Lang::En.render(&why);
    assert!(text.contains("demo, demo2"), "{text}");
}

/// Each demo account offers its own articles under ↓, and a list saved by
/// one is not the other's.
#[tokio::test]
async fn each_demo_account_has_its_own_recent_articles() {
    let dir = tempfile::tempdir().unwrap();
    let first = demo(&dir).await;
    let opened = open_account(&first, "demo2").await.unwrap();
    let snapshot = first.demo.as_ref().unwrap().control().snapshot();
    let ids = |list: &[RecentArticle]| list.iter().map(|r| r.article).collect::<Vec<_>>();
    let second: Vec<_> = snapshot.accounts[0]
        .articles
        .iter()
        .map(|a| a.article())
        .collect();
    assert_eq!(ids(&opened.answer.recent), second);
    let mine = ids(&recent_of(&first));
    assert!(mine.iter().all(|a| !second.contains(a)), "{mine:?}");
    // What the second account saves stays its own.
    recent::save(&opened.session.recent_dir(), &opened.answer.recent[..1]).unwrap();
    assert_eq!(ids(&recent_of(&opened.session)), second[..1].to_vec());
    assert_eq!(ids(&recent_of(&first)), mine);
}
