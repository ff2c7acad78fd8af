//! The listing against the simulator: one call per day within the concurrency
//! limit, past days never asked twice, the recent list merged in, and the data
//! cube's refusals explained.

use super::*;
use wxmod::api::ApiError;
use wxmod::articles::recent::{self, RecentArticle};
use wxmod::articles::{self, ArticleCache};
use wxmod::i18n::Lang;

fn ids(articles: &[wxmod::api::datacube::SentArticle]) -> Vec<(u64, u32)> {
    let mut ids: Vec<(u64, u32)> = articles
        .iter()
        .map(|a| (a.article.msg_data_id, a.article.index))
        .collect();
    ids.sort_unstable();
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seven_days_are_seven_one_day_calls_at_most_three_at_once() {
    let sim = dated_sim().await;
    let ctl = sim.control();
    let client = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    // The token first, so that only data-cube calls are held below.
    client.quota("/cgi-bin/comment/list").await.unwrap();
    ctl.hold(DATACUBE);
    let task = {
        let client = client.clone();
        let path = dir.path().to_path_buf();
        tokio::spawn(async move {
            let mut cache = ArticleCache::open(&path, "wxdemo");
            let listing = articles::sent_articles(&client, &mut cache, today(), 7, 3).await;
            cache.save().unwrap();
            listing
        })
    };
    for _ in 0..100_000 {
        if ctl.waiting(DATACUBE) == 3 {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(ctl.waiting(DATACUBE), 3, "three days asked at once");
    ctl.release(DATACUBE);
    let listing = task.await.unwrap().unwrap();
    assert_eq!(ctl.calls(DATACUBE), 7, "one call per day");
    assert_eq!(listing.days_asked, 7);
    assert_eq!(
        ids(&listing.articles),
        [(3001, 0), (3002, 0), (3002, 1), (3003, 0), (3006, 0)],
        "the days 1 to 7 back; not today's, not the 9-day-old one"
    );
    let two_days = listing
        .articles
        .iter()
        .find(|a| a.article == art(3002, 1))
        .unwrap();
    assert_eq!(two_days.title, "两天前：第二篇");
    assert_eq!(two_days.sent_date, day("2026-12-01"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_days_are_cached_per_account_and_never_asked_again() {
    let sim = dated_sim().await;
    let ctl = sim.control();
    let client = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let first = articles::sent_articles(&client, &mut cache, today(), 7, 4)
        .await
        .unwrap();
    cache.save().unwrap();
    assert_eq!(ctl.calls(DATACUBE), 7);

    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let second = articles::sent_articles(&client, &mut cache, today(), 7, 4)
        .await
        .unwrap();
    assert_eq!(ctl.calls(DATACUBE), 7, "a second run asks nothing");
    assert_eq!(second.days_asked, 0);
    assert_eq!(ids(&second.articles), ids(&first.articles));

    // Ten days: only the three not cached yet are asked.
    let more = articles::sent_articles(&client, &mut cache, today(), 10, 4)
        .await
        .unwrap();
    assert_eq!((more.days_asked, ctl.calls(DATACUBE)), (3, 10));
    assert!(ids(&more.articles).contains(&(3009, 0)));

    // Another account's cache is its own.
    let mut other = ArticleCache::open(dir.path(), "wxother");
    articles::sent_articles(&client, &mut other, today(), 2, 4)
        .await
        .unwrap();
    assert_eq!(ctl.calls(DATACUBE), 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recent_articles_are_merged_in_and_learn_their_titles() {
    let sim = dated_sim().await;
    let client = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let recent_entry = |article| RecentArticle {
        article,
        loaded_at: 1_764_700_000,
        comments: 3,
        kind: "elected".into(),
        title: None,
    };
    // Today's article (not in the data cube yet) and one the cube lists.
    let saved = vec![recent_entry(art(3100, 0)), recent_entry(art(3003, 0))];
    recent::save(dir.path(), &saved).unwrap();

    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let listing = articles::sent_articles(&client, &mut cache, today(), 7, 4)
        .await
        .unwrap();
    let mut list = recent::load(dir.path());
    let listed = articles::merge(&listing.articles, &list, &cache);
    let order: Vec<(u64, Option<String>, bool)> = listed
        .iter()
        .map(|l| {
            (
                l.article.msg_data_id,
                l.sent_date.map(|d| d.to_string()),
                l.recent,
            )
        })
        .collect();
    assert_eq!(order[0], (3100, None, true), "today's first: {order:?}");
    assert_eq!(order[1].0, 3001, "then yesterday's: {order:?}");
    assert!(order.contains(&(3003, Some("2026-11-30".into()), true)));
    assert_eq!(listed.len(), 6);

    assert!(articles::learn_titles(&mut list, &listed));
    recent::save(dir.path(), &list).unwrap();
    let again = recent::load(dir.path());
    assert_eq!(again[1].title.as_deref(), Some("Three days ago"));
    assert_eq!(again[0].title, None, "nobody told wxmod today's title");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_cube_refuses_today_and_long_spans_with_61501() {
    let sim = dated_sim().await;
    let client = client(&sim);
    let err = client.articles_sent_on(today()).await.unwrap_err();
    assert_eq!(err.errcode(), Some(61501));
    let http = support::http();
    let token = sim.control().issue_token();
    let url = format!("{}{DATACUBE}?access_token={token}", sim.url());
    for (body, code) in [
        (
            r#"{"begin_date":"2026-11-30","end_date":"2026-12-01"}"#,
            61501,
        ),
        (
            r#"{"begin_date":"2026-12-04","end_date":"2026-12-04"}"#,
            61501,
        ),
        (
            r#"{"begin_date":"2026/12/01","end_date":"2026/12/01"}"#,
            61500,
        ),
        (r#"{"begin_date":"2026-12-02","end_date":"2026-12-02"}"#, 0),
    ] {
        let v: serde_json::Value = http
            .post(&url)
            .body(body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["errcode"].as_i64().unwrap_or(0), code, "{body}: {v}");
        if code == 0 {
            assert!(v.get("errcode").is_none(), "a success has no errcode: {v}");
            assert_eq!(v["list"][0]["msgid"], "3001_1");
            assert_eq!(v["list"][0]["ref_date"], "2026-12-02");
        }
    }
}

fn explained(err: &ApiError, lang: Lang) -> String {
    lang.render(&wxmod::cli::api_error_message(err))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_stop_the_listing_with_meaning_and_remedy_and_keep_the_days_answered() {
    let sim = dated_sim().await;
    let ctl = sim.control();
    let client = client(&sim);
    let dir = tempfile::tempdir().unwrap();

    ctl.fail_next(DATACUBE, 61501, 1);
    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let err = articles::sent_articles(&client, &mut cache, today(), 3, 1)
        .await
        .unwrap_err();
    assert_eq!(err.errcode(), Some(61501));
    let en = explained(&err, Lang::En);
    assert!(
        en.contains("61501") && en.contains("one day at a time"),
        "{en}"
    );
    let zh = explained(&err, Lang::Zh);
    assert!(zh.contains("今天") && zh.contains("每次一天"), "{zh}");

    ctl.fail_next(DATACUBE, 48001, 1);
    let err = articles::sent_articles(&client, &mut cache, today(), 3, 1)
        .await
        .unwrap_err();
    assert_eq!(err.errcode(), Some(48001));
    assert!(explained(&err, Lang::En).contains("data cube"));
    assert!(explained(&err, Lang::Zh).contains("数据统计"));
    // Each refusal came on the run's first call: nothing was cached.
    assert_eq!(ctl.calls(DATACUBE), 2);

    // The quota lets one call through: that day is kept, the run stops at
    // the next, and the run after asks only the two days still missing.
    ctl.set_daily_quota(Some(1));
    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let err = articles::sent_articles(&client, &mut cache, today(), 3, 1)
        .await
        .unwrap_err();
    assert_eq!(err.errcode(), Some(45009));
    cache.save().unwrap();
    assert!(explained(&err, Lang::Zh).contains("明天"));
    ctl.clear_quota();
    ctl.set_daily_quota(None);
    let mut cache = ArticleCache::open(dir.path(), "wxdemo");
    let listing = articles::sent_articles(&client, &mut cache, today(), 3, 1)
        .await
        .unwrap();
    assert_eq!(
        listing.days_asked, 2,
        "the day answered before the quota ran out is cached"
    );
    assert_eq!(ids(&listing.articles).len(), 4);
}
