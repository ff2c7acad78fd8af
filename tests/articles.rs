//! The article list: the data cube's mass-sent articles of the last days (one
//! call per day, cached per account, merged with the recent list), the
//! simulator's accounts and data cube, and article input a Chinese keyboard or
//! a short link produces.

#[path = "articles/accounts.rs"]
mod accounts;
#[path = "articles/cli.rs"]
mod cli;
#[path = "articles/listing.rs"]
mod listing;

#[path = "support/mod.rs"]
mod support;

use support::{demo_credentials, fast_options, start_sim};
use time::Date;
use wxmod::api::Client;
use wxmod::api::datacube::parse_date;
use wxmod::api::wire::Article;
use wxmod::sim::{SimArticle, SimData, SimHandle, SimOptions};

const DATACUBE: &str = "/datacube/getarticletotal";

fn day(text: &str) -> Date {
    parse_date(text).expect("a YYYY-MM-DD date")
}

/// The simulator's today in every test: its data cube's newest day is 2026-12-02.
fn today() -> Date {
    day("2026-12-03")
}

fn art(msg_data_id: u64, index: u32) -> Article {
    Article { msg_data_id, index }
}

fn sim_article(article: Article, title: &str, sent_days_ago: Option<u32>) -> SimArticle {
    SimArticle {
        msg_data_id: article.msg_data_id,
        index: article.index,
        title: title.to_string(),
        comments_open: true,
        comments: Vec::new(),
        sent_days_ago,
    }
}

/// Articles sent 1, 2 (two of one message), 3, 6 and 9 days ago, one sent
/// today and one never mass-sent (no send date).
fn dated_articles() -> Vec<SimArticle> {
    vec![
        sim_article(art(3001, 0), "Yesterday's news", Some(1)),
        sim_article(art(3002, 0), "两天前：第一篇", Some(2)),
        sim_article(art(3002, 1), "两天前：第二篇", Some(2)),
        sim_article(art(3003, 0), "Three days ago", Some(3)),
        sim_article(art(3006, 0), "Six days ago \u{1b}[2J\u{202e}", Some(6)),
        sim_article(art(3009, 0), "Nine days ago", Some(9)),
        sim_article(art(3100, 0), "Sent today", Some(0)),
        sim_article(art(3200, 0), "Published only", None),
    ]
}

/// A simulator serving `dated_articles` on the default (demo) credentials,
/// its today fixed.
async fn dated_sim() -> SimHandle {
    let data = SimData {
        articles: dated_articles(),
        accounts: Vec::new(),
    };
    let sim = start_sim(data, SimOptions::default()).await;
    sim.control().set_today(today());
    sim
}

fn client(sim: &SimHandle) -> Client {
    Client::new(fast_options(sim, None), demo_credentials()).expect("a client")
}
