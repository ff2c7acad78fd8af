//! Benchmark of the article list: 30 days from the data cube at 20 ms
//! simulator latency, cold (empty cache: one call per day, DEFAULT_CONCURRENCY
//! at once) and warm (every day cached), next to the ideal
//! ceil(30 / concurrency) × latency. Medians of several runs.
//!
//!     cargo run --release --example bench_articles [-- --runs N]
//!
//! The token is fetched before timing (its own round trip is not the list's).

use std::time::{Duration, Instant};

use wxmod::api::datacube::parse_date;
use wxmod::api::wire::Article;
use wxmod::api::{Client, ClientOptions, Secret, TokenSource};
use wxmod::articles::{self, ArticleCache};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimArticle, SimData, SimOptions};

const LATENCY: Duration = Duration::from_millis(20);
const DAYS: u32 = 30;
/// The config's default `concurrency`, which `wxmod articles` uses.
const CONCURRENCY: usize = 4;

fn data() -> SimData {
    // Two messages a day, the first with three articles: 4 articles a day.
    let mut articles = Vec::new();
    for day in 1..=DAYS {
        for (message, count) in [(0, 3), (1, 1)] {
            for index in 0..count {
                let article = Article {
                    msg_data_id: 2_247_480_000 + u64::from(day) * 10 + message,
                    index,
                };
                articles.push(SimArticle {
                    msg_data_id: article.msg_data_id,
                    index,
                    title: format!("第 {day} 天的第 {} 篇", index + 1),
                    comments_open: true,
                    comments: Vec::new(),
                    sent_days_ago: Some(day),
                });
            }
        }
    }
    SimData {
        articles,
        accounts: Vec::new(),
    }
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort_unstable();
    xs[xs.len() / 2]
}

fn main() {
    let runs: usize = std::env::args()
        .skip_while(|a| a != "--runs")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(7)
        .max(1);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    rt.block_on(async {
        let options = SimOptions {
            latency: LATENCY,
            ..SimOptions::default()
        };
        let loopback = "127.0.0.1:0".parse().expect("a loopback address");
        let sim = sim::start(data(), options, loopback)
            .await
            .expect("the simulator starts");
        let today = parse_date("2026-12-03").expect("a date");
        sim.control().set_today(today);
        let client = Client::new(
            ClientOptions {
                api_base: sim.url(),
                ..ClientOptions::default()
            },
            TokenSource::Credentials {
                appid: DEMO_APPID.to_string(),
                secret: Secret::new(DEMO_SECRET),
            },
        )
        .expect("a client");
        client
            .quota("/cgi-bin/comment/list")
            .await
            .expect("a token and the quota");

        let (mut cold, mut warm) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let dir = tempfile_dir();
            let mut cache = ArticleCache::open(&dir, DEMO_APPID);
            let start = Instant::now();
            let listing = articles::sent_articles(&client, &mut cache, today, DAYS, CONCURRENCY)
                .await
                .expect("the cold listing");
            cache.save().expect("the cache is written");
            cold.push(start.elapsed());
            assert_eq!(listing.days_asked, DAYS as usize);
            assert_eq!(listing.articles.len(), DAYS as usize * 4);

            let start = Instant::now();
            let mut cache = ArticleCache::open(&dir, DEMO_APPID);
            let listing = articles::sent_articles(&client, &mut cache, today, DAYS, CONCURRENCY)
                .await
                .expect("the warm listing");
            warm.push(start.elapsed());
            assert_eq!(listing.days_asked, 0);
            let _ = std::fs::remove_dir_all(&dir);
        }
        let ideal = LATENCY * DAYS.div_ceil(CONCURRENCY as u32);
        let cold = median(cold);
        let warm = median(warm);
        println!(
            "article list, {DAYS} days, {} ms latency, concurrency {CONCURRENCY}, median of {runs} runs",
            LATENCY.as_millis()
        );
        println!(
            "  cold (empty cache, {DAYS} calls): {:>8.1} ms   ideal {:>6.1} ms   ({:.2}× ideal)",
            ms(cold),
            ms(ideal),
            cold.as_secs_f64() / ideal.as_secs_f64()
        );
        println!(
            "  warm (every day cached, 0 calls): {:>7.2} ms   ideal {:>6.1} ms",
            ms(warm),
            0.0
        );
        println!(
            "  data-cube calls in all: {}",
            sim.control().calls(articles_path())
        );
    });
}

fn articles_path() -> &'static str {
    wxmod::api::datacube::PATH_ARTICLE_TOTAL
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A fresh directory under the system temp dir (examples have no tempfile).
fn tempfile_dir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "wxmod-bench-articles-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}
