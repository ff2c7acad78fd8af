//! Benchmark of a sweep over many articles: 30 articles of 500 elected
//! comments each, 20 ms simulator latency. The sweep is what
//! `wxmod unelect --recent-days N --all` does after the article list: load
//! every article's list (`multi_load::load_all`, articles `CONCURRENCY` at a
//! time, each list's pages 8 at a time), then one batch over all 15,000 items
//! (`batch::start_multi`, `CONCURRENCY` requests at once). Each figure is
//! next to its ideal: the latency-bound minimum at that concurrency.
//!
//!     cargo run --release --example bench_multi [-- --runs N]

use std::time::{Duration, Instant};

use wxmod::api::client::MAX_PAGE_SIZE;
use wxmod::api::wire::{Article, CommentFilter, WriteOp};
use wxmod::api::{Client, ClientOptions, Secret, TokenSource};
use wxmod::batch::{self, Journal, MultiRequest};
use wxmod::cli::multi_load::{self, ArticleInfo};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};

const LATENCY: Duration = Duration::from_millis(20);
const ARTICLES: usize = 30;
const PER_ARTICLE: usize = 500;
/// Articles loaded at once, and requests in flight in the batch.
const CONCURRENCY: usize = 16;
/// The client's pages in flight per list (its default).
const LIST_PAGES_AT_ONCE: usize = 8;

fn articles() -> Vec<Article> {
    (0..ARTICLES as u64)
        .map(|n| Article {
            msg_data_id: 2_247_490_000 + n,
            index: 0,
        })
        .collect()
}

fn main() {
    let runs: usize = std::env::args()
        .skip_while(|a| a != "--runs")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(3)
        .max(1);
    let sim_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("bench-sim")
        .enable_all()
        .build()
        .expect("a runtime for the simulator");
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("bench-client")
        .enable_all()
        .build()
        .expect("a runtime for the client");
    let dir = tempfile::tempdir().expect("a temp dir");
    println!(
        "wxmod multi-article sweep: {ARTICLES} articles x {PER_ARTICLE} elected, latency {} ms, concurrency {CONCURRENCY}, {runs} runs\n",
        LATENCY.as_millis()
    );
    let (mut lists, mut writes, mut totals) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        // A fresh simulator each run: every comment elected again.
        let sim = start_sim(&sim_rt);
        let client = client_for(&sim);
        let journal = Journal::open(&dir.path().join(format!("run-{run}"))).expect("journal");
        let (list, write) = client_rt.block_on(sweep(&client, journal));
        lists.push(list);
        writes.push(write);
        totals.push(list + write);
        drop(sim);
    }
    let pages = (PER_ARTICLE as f64 / f64::from(MAX_PAGE_SIZE)).ceil();
    let list_rounds = 1.0 + ((pages - 1.0) / LIST_PAGES_AT_ONCE as f64).ceil();
    let article_rounds = (ARTICLES as f64 / CONCURRENCY as f64).ceil();
    let ideal_lists = article_rounds * list_rounds * LATENCY.as_secs_f64();
    let items = (ARTICLES * PER_ARTICLE) as f64;
    let ideal_writes = (items / CONCURRENCY as f64).ceil() * LATENCY.as_secs_f64();
    report("load 30 lists", &mut lists, ideal_lists);
    report(
        "deselect 15,000 over 30 articles",
        &mut writes,
        ideal_writes,
    );
    report("the whole sweep", &mut totals, ideal_lists + ideal_writes);
}

async fn sweep(client: &Client, journal: Journal) -> (f64, f64) {
    // The token outside the timing.
    client
        .quota(WriteOp::UnmarkElect.path())
        .await
        .expect("the simulator answers");
    let infos: Vec<ArticleInfo> = articles()
        .into_iter()
        .map(|article| ArticleInfo {
            article,
            title: None,
            sent_date: None,
        })
        .collect();
    let started = Instant::now();
    let loaded = multi_load::load_all(client, infos, CommentFilter::Elected, CONCURRENCY).await;
    let list = started.elapsed().as_secs_f64();
    let mut items = Vec::new();
    for l in &loaded {
        let comments = l.comments.as_ref().expect("every list loads");
        assert_eq!(comments.len(), PER_ARTICLE);
        let ids = multi_load::select(comments, &|c| c.is_elected());
        items.extend(ids.into_iter().map(|id| (l.info.article, id)));
    }
    let request = MultiRequest {
        op: WriteOp::UnmarkElect,
        items,
        concurrency: CONCURRENCY,
        account: "bench".into(),
    };
    let started = Instant::now();
    let summary = batch::start_multi(client.clone(), journal, request, None, None)
        .expect("the journal opens")
        .wait()
        .await;
    let write = started.elapsed().as_secs_f64();
    assert_eq!(
        summary.done,
        ARTICLES * PER_ARTICLE,
        "{:?}",
        summary.stopped
    );
    (list, write)
}

fn start_sim(rt: &tokio::runtime::Runtime) -> SimHandle {
    let mut data = SimData {
        articles: Vec::new(),
        accounts: Vec::new(),
    };
    for article in articles() {
        data.articles
            .extend(SimData::generated(article, PER_ARTICLE, 0).articles);
    }
    let options = SimOptions {
        latency: LATENCY,
        ..SimOptions::default()
    };
    rt.block_on(sim::start(
        data,
        options,
        "127.0.0.1:0".parse().expect("an address"),
    ))
    .expect("the simulator starts")
}

fn client_for(sim: &SimHandle) -> Client {
    let options = ClientOptions {
        api_base: sim.url(),
        ..ClientOptions::default()
    };
    let source = TokenSource::Credentials {
        appid: DEMO_APPID.into(),
        secret: Secret::new(DEMO_SECRET),
    };
    Client::new(options, source).expect("a client")
}

fn report(what: &str, values: &mut [f64], ideal: f64) {
    let runs: Vec<String> = values.iter().map(|t| format!("{t:.3}")).collect();
    values.sort_by(|a, b| a.total_cmp(b));
    let median = values[values.len() / 2];
    println!(
        "  {what:<34} median {median:.3} s (runs: {})   ideal {ideal:.3} s   ratio {:.2}x",
        runs.join(", "),
        median / ideal
    );
}
