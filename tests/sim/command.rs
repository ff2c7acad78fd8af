//! The demo data and the `wxmod sim` command.

use super::*;

#[tokio::test]
async fn demo_data_has_a_big_article_and_hostile_content() {
    let demo = SimData::demo();
    assert!((5..=8).contains(&demo.articles.len()));
    let big = demo
        .articles
        .iter()
        .find(|a| a.elected_count() == 2000)
        .expect("an article with 2000 elected");
    assert!(
        big.comments.len() > 2000,
        "the big article also has normal comments"
    );
    for a in &demo.articles {
        assert!(a.msg_data_id > 1 << 31);
        assert!(
            a.elected_count() > 0 && a.elected_count() < a.comments.len(),
            "{}",
            a.title
        );
    }
    let all: Vec<&str> = demo
        .articles
        .iter()
        .flat_map(|a| a.comments.iter())
        .map(|c| c.content.as_str())
        .collect();
    assert!(all.iter().any(|c| c.contains("\u{1b}[2J")));
    assert!(all.iter().any(|c| c.contains('\u{202e}')));
    assert!(all.iter().any(|c| c.chars().count() >= 5000));

    let s = Sim::start(demo.clone(), SimOptions::default()).await;
    let t = s.token().await;
    let body = json!({"msg_data_id": big.msg_data_id, "index": big.index, "begin": 0, "count": 49, "type": 2});
    let page = s.post(PATH_LIST, &t, body).await;
    assert_eq!(page["total"], 2000);
    assert_eq!(ids(&page).len(), 49);
    s.sim.shutdown().await;
}

fn sim_args(listen: &str) -> wxmod::cli::SimArgs {
    wxmod::cli::SimArgs {
        listen: listen.parse().unwrap(),
        data: None,
        latency_ms: 0,
        quota: None,
        fail_rate: 0.0,
        expire_token_every: None,
    }
}

#[tokio::test]
async fn sim_command_prints_where_it_listens_and_the_articles() {
    use wxmod::cli::{Exit, sim_cmd};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.json");
    let mut data = SimData::generated(ART, 3, 4);
    data.articles[0].title = "Hostile \u{1b}]0;pwned\u{7} title".into();
    std::fs::write(&file, serde_json::to_string(&data).unwrap()).unwrap();
    let args = wxmod::cli::SimArgs {
        data: Some(file),
        ..sim_args("127.0.0.1:0")
    };
    let mut out = Vec::new();
    let exit = sim_cmd::serve_until(&args, async {}, &mut out).await;
    assert_eq!(exit, Exit::Ok);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("export WXMOD_API_BASE=http://127.0.0.1:"),
        "{text}"
    );
    assert!(
        text.contains(&format!("export WXMOD_APPID={DEMO_APPID}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("export WXMOD_SECRET={DEMO_SECRET}")),
        "{text}"
    );
    assert!(text.contains("2247483652"), "{text}");
    assert!(text.contains("3/7"), "{text}");
    assert!(!text.contains('\u{1b}'), "raw escape in {text:?}");
}

#[tokio::test]
async fn sim_command_refuses_bad_arguments() {
    use wxmod::cli::{Exit, sim_cmd};
    let mut out = Vec::new();
    let bad_rate = wxmod::cli::SimArgs {
        fail_rate: 1.5,
        ..sim_args("127.0.0.1:0")
    };
    assert_eq!(
        sim_cmd::serve_until(&bad_rate, async {}, &mut out).await,
        Exit::Usage
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{\"articles\": [").unwrap();
    let bad_data = wxmod::cli::SimArgs {
        data: Some(file),
        ..sim_args("127.0.0.1:0")
    };
    assert_eq!(
        sim_cmd::serve_until(&bad_data, async {}, &mut out).await,
        Exit::Usage
    );

    let busy = Sim::generated().await;
    let in_use = sim_args(&busy.sim.addr().to_string());
    assert_eq!(
        sim_cmd::serve_until(&in_use, async {}, &mut out).await,
        Exit::Usage
    );
    assert!(out.is_empty(), "nothing served, nothing announced");
}
