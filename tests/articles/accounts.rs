//! The simulator's accounts: each appid/secret pair has its own tokens,
//! articles and quota; a token acts only for its own account; wrong
//! credentials and a refused address answer as the real server does.

use super::*;
use serde_json::{Value, json};
use wxmod::api::TokenSource;
use wxmod::api::{ApiError, Secret, TokenError};
use wxmod::articles::{self, ArticleCache};
use wxmod::i18n::{Lang, Localize};
use wxmod::sim::{DEMO_APPID, DEMO_SECOND_APPID, DEMO_SECOND_SECRET, SimAccount};

const SHOP_APPID: &str = "wxshop000000000001";
const SHOP_SECRET: &str = "shop-secret-never-shown";
const FAR_APPID: &str = "wxfar0000000000001";
const FAR_SECRET: &str = "far-secret";
const SHOP_ARTICLE: Article = Article {
    msg_data_id: 5001,
    index: 0,
};

/// The dated articles on the demo account, plus a shop account with one
/// article of its own and an account that refuses the caller's address.
async fn two_account_sim() -> SimHandle {
    let data = SimData {
        articles: dated_articles(),
        accounts: vec![
            SimAccount {
                appid: SHOP_APPID.into(),
                secret: SHOP_SECRET.into(),
                reject_ip: None,
                articles: vec![sim_article(SHOP_ARTICLE, "店铺上新", Some(1))],
            },
            SimAccount {
                appid: FAR_APPID.into(),
                secret: FAR_SECRET.into(),
                reject_ip: Some("203.0.113.7".into()),
                articles: Vec::new(),
            },
        ],
    };
    let sim = start_sim(data, SimOptions::default()).await;
    sim.control().set_today(today());
    sim
}

async fn post(sim: &SimHandle, path: &str, token: Option<&str>, body: Value) -> Value {
    let mut url = format!("{}{path}", sim.url());
    if let Some(token) = token {
        url.push_str(&format!("?access_token={token}"));
    }
    support::http()
        .post(url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn stable_token(sim: &SimHandle, appid: &str, secret: &str) -> Value {
    let body = json!({"grant_type": "client_credential", "appid": appid,
                      "secret": secret, "force_refresh": false});
    post(sim, "/cgi-bin/stable_token", None, body).await
}

fn list_body(article: Article) -> Value {
    json!({"msg_data_id": article.msg_data_id, "index": article.index,
           "begin": 0, "count": 10, "type": 0})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_account_has_its_own_tokens_articles_and_quota() {
    let sim = two_account_sim().await;
    let demo = stable_token(&sim, DEMO_APPID, wxmod::sim::DEMO_SECRET).await;
    let shop = stable_token(&sim, SHOP_APPID, SHOP_SECRET).await;
    let (demo, shop) = (
        demo["access_token"].as_str().unwrap().to_string(),
        shop["access_token"].as_str().unwrap().to_string(),
    );
    assert_ne!(demo, shop);
    let list = "/cgi-bin/comment/list";
    // A token reads its own account's articles, never the other's.
    assert_eq!(
        post(&sim, list, Some(&shop), list_body(SHOP_ARTICLE)).await["errcode"],
        0
    );
    assert_eq!(
        post(&sim, list, Some(&demo), list_body(SHOP_ARTICLE)).await["errcode"],
        88001
    );
    assert_eq!(
        post(&sim, list, Some(&shop), list_body(art(3001, 0))).await["errcode"],
        88001
    );
    // The data cube answers for the token's account.
    let span = json!({"begin_date": "2026-12-02", "end_date": "2026-12-02"});
    let v = post(&sim, DATACUBE, Some(&shop), span.clone()).await;
    assert_eq!(v["list"][0]["msgid"], "5001_1", "{v}");
    assert_eq!(v["list"].as_array().unwrap().len(), 1);
    let v = post(&sim, DATACUBE, Some(&demo), span).await;
    assert_eq!(v["list"][0]["msgid"], "3001_1", "{v}");
    // A force refresh for one account leaves the other's token working.
    let body = json!({"grant_type": "client_credential", "appid": SHOP_APPID,
                      "secret": SHOP_SECRET, "force_refresh": true});
    post(&sim, "/cgi-bin/stable_token", None, body).await;
    assert_eq!(
        post(&sim, list, Some(&shop), list_body(SHOP_ARTICLE)).await["errcode"],
        40001
    );
    assert_eq!(
        post(&sim, list, Some(&demo), list_body(art(3001, 0))).await["errcode"],
        0
    );
    // Quota is counted per account.
    let central = sim.control().issue_token_for(SHOP_APPID).unwrap();
    let quota = json!({"cgi_path": list});
    // Each account made two list calls (a refused token is not counted).
    let v = post(
        &sim,
        "/cgi-bin/openapi/quota/get",
        Some(&central),
        quota.clone(),
    )
    .await;
    assert_eq!(v["quota"]["used"], 2, "{v}");
    let v = post(&sim, "/cgi-bin/openapi/quota/get", Some(&demo), quota).await;
    assert_eq!(v["quota"]["used"], 2, "{v}");
    sim.control().set_daily_quota(Some(2));
    assert_eq!(
        post(&sim, list, Some(&central), list_body(SHOP_ARTICLE)).await["errcode"],
        45009
    );
    let far = sim.control().issue_token_for(FAR_APPID).unwrap();
    assert_eq!(
        post(&sim, list, Some(&far), list_body(SHOP_ARTICLE)).await["errcode"],
        88001,
        "an account that made no calls still has its quota"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_credentials_and_a_refused_address_answer_as_the_server_does() {
    let sim = two_account_sim().await;
    let v = stable_token(&sim, "wxnobody0000000001", SHOP_SECRET).await;
    assert_eq!(v["errcode"], 40013, "{v}");
    let v = stable_token(&sim, SHOP_APPID, "not-the-secret").await;
    assert_eq!(v["errcode"], 40125, "{v}");
    // The demo's secret does not open the shop.
    let v = stable_token(&sim, SHOP_APPID, wxmod::sim::DEMO_SECRET).await;
    assert_eq!(v["errcode"], 40125, "{v}");
    let v = stable_token(&sim, FAR_APPID, FAR_SECRET).await;
    assert_eq!(v["errcode"], 40164, "{v}");
    let errmsg = v["errmsg"].as_str().unwrap();
    assert!(
        errmsg
            .starts_with("invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: "),
        "{errmsg}"
    );
    assert_eq!(
        wxmod::api::catalog::whitelist_ip(errmsg),
        "203.0.113.7".parse().ok()
    );
    // Calls that carry a token are not checked: a central server's token works.
    let token = sim.control().issue_token_for(FAR_APPID).unwrap();
    let span = json!({"begin_date": "2026-12-02", "end_date": "2026-12-02"});
    assert_eq!(
        post(&sim, DATACUBE, Some(&token), span).await["list"],
        json!([])
    );
    // Lifted: the token comes.
    assert!(sim.control().set_reject_ip(FAR_APPID, None));
    let v = stable_token(&sim, FAR_APPID, FAR_SECRET).await;
    assert!(v["access_token"].is_string(), "{v}");

    // Through the client, the error says what to fix, in both languages.
    sim.control().set_reject_ip(FAR_APPID, Some("203.0.113.7"));
    let source = TokenSource::Credentials {
        appid: FAR_APPID.into(),
        secret: Secret::new(FAR_SECRET),
    };
    let client = Client::new(fast_options(&sim, None), source).unwrap();
    let err = client
        .articles_sent_on(day("2026-12-02"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, ApiError::Token(TokenError::Fetch { code: 40164, .. })),
        "{err:?}"
    );
    let zh = err.render(Lang::Zh);
    assert!(
        zh.contains("IP 白名单") && zh.contains("203.0.113.7"),
        "{zh}"
    );
    assert!(!zh.contains(FAR_SECRET));
    let source = TokenSource::Credentials {
        appid: SHOP_APPID.into(),
        secret: Secret::new("wrong"),
    };
    let client = Client::new(fast_options(&sim, None), source).unwrap();
    let en = client
        .articles_sent_on(day("2026-12-02"))
        .await
        .unwrap_err()
        .render(Lang::En);
    assert!(en.contains("40125") && en.contains("AppSecret"), "{en}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_has_a_second_account_with_its_own_titled_articles() {
    let sim = start_sim(SimData::demo(), SimOptions::default()).await;
    sim.control().set_today(today());
    let source = TokenSource::Credentials {
        appid: DEMO_SECOND_APPID.into(),
        secret: Secret::new(DEMO_SECOND_SECRET),
    };
    let second = Client::new(fast_options(&sim, None), source).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cache = ArticleCache::open(dir.path(), DEMO_SECOND_APPID);
    let listing = articles::sent_articles(&second, &mut cache, today(), 14, 4)
        .await
        .unwrap();
    let titles: Vec<&str> = listing.articles.iter().map(|a| a.title.as_str()).collect();
    assert!(titles.contains(&"会员日：周三第二杯半价"), "{titles:?}");
    assert!(!titles.iter().any(|t| t.contains("留言抽奖")), "{titles:?}");
    let first = client(&sim);
    let mut cache = ArticleCache::open(dir.path(), DEMO_APPID);
    let listing = articles::sent_articles(&first, &mut cache, today(), 14, 4)
        .await
        .unwrap();
    assert!(
        listing
            .articles
            .iter()
            .any(|a| a.title.contains("留言抽奖"))
    );
    assert!(!listing.articles.iter().any(|a| a.title.contains("会员日")));
}
