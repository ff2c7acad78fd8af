//! Benchmark of the batch engine and list loading against the simulator with
//! injected latency, each figure next to its ideal measured in the same run.
//!
//!     cargo run --release --example bench_batch [-- --runs N]
//!
//! The simulator runs on its own runtime ("bench-sim" threads) so the client's
//! CPU time (engine + HTTP client + journal, "bench-client" threads and the
//! main thread) can be read apart from the server's, from /proc (Linux).

use std::path::Path;
use std::time::{Duration, Instant};

use wxmod::api::wire::{Article, CommentFilter, WriteOp};
use wxmod::api::{Client, ClientOptions, Secret, TokenSource};
use wxmod::batch::{self, BatchRequest, Journal};
use wxmod::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};

const ART: Article = Article {
    msg_data_id: 2_247_483_652,
    index: 0,
};
const LATENCY: Duration = Duration::from_millis(20);
const ITEMS: usize = 1000;
const LIST_SIZE: usize = 5000;
const LIST_CONCURRENCY: usize = 8;

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
    let start_sim = |elected: usize| -> SimHandle {
        let options = SimOptions {
            latency: LATENCY,
            ..SimOptions::default()
        };
        sim_rt
            .block_on(sim::start(
                SimData::generated(ART, elected, 0),
                options,
                "127.0.0.1:0".parse().expect("an address"),
            ))
            .expect("the simulator starts")
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    println!(
        "wxmod batch benchmark: simulator latency {} ms, {runs} runs where cheap\n",
        LATENCY.as_millis()
    );

    // 1,000 deselections at concurrency 8 (several runs) and 1 (one run).
    let sim8 = start_sim(ITEMS);
    let client = client_for(&sim8);
    let mut times8 = Vec::new();
    let mut cpu8 = Vec::new();
    for run in 0..runs {
        let journal = Journal::open(&dir.path().join(format!("c8-{run}"))).expect("journal");
        let (took, cpu) = client_rt.block_on(deselect_all(&client, journal, 8));
        times8.push(took);
        cpu8.extend(cpu);
    }
    let ideal8 = LATENCY.as_secs_f64() * ITEMS as f64 / 8.0;
    let med8 = median(&mut times8);
    report(
        &format!("deselect {ITEMS} @ concurrency 8"),
        med8,
        &times8,
        ideal8,
        "≤ 1.25x",
        med8 / ideal8 <= 1.25,
    );
    let journal = Journal::open(&dir.path().join("c1")).expect("journal");
    let (took1, _) = client_rt.block_on(deselect_all(&client, journal, 1));
    let ideal1 = LATENCY.as_secs_f64() * ITEMS as f64;
    report(
        &format!("deselect {ITEMS} @ concurrency 1"),
        took1,
        &[took1],
        ideal1,
        "(reference)",
        true,
    );
    let speedup = took1 / med8;
    println!(
        "  {:<42} {speedup:.1}x faster   target ≥ 6x   {}",
        "concurrency 8 vs 1",
        verdict(speedup >= 6.0)
    );

    // Loading 5,000 elected comments: the first page, then the rest 8 at a time.
    let sim_list = start_sim(LIST_SIZE);
    let list_client = client_for(&sim_list);
    let mut list_times = Vec::new();
    for _ in 0..runs.max(5) {
        list_times.push(client_rt.block_on(async {
            let started = Instant::now();
            let comments = list_client
                .list_comments(ART, CommentFilter::Elected)
                .await
                .expect("the list loads");
            assert_eq!(comments.len(), LIST_SIZE);
            started.elapsed().as_secs_f64()
        }));
    }
    let page = f64::from(wxmod::api::client::MAX_PAGE_SIZE);
    let pages = (LIST_SIZE as f64 / page).ceil();
    let rounds = 1.0 + ((pages - 1.0) / LIST_CONCURRENCY as f64).ceil();
    let ideal_list = rounds * LATENCY.as_secs_f64();
    let med_list = median(&mut list_times);
    report(
        &format!("load {LIST_SIZE} elected ({pages} pages, {rounds} rounds)"),
        med_list,
        &list_times,
        ideal_list,
        "≤ 1.5x",
        med_list / ideal_list <= 1.5,
    );

    // Client CPU per request, from the concurrency-8 runs.
    match median_opt(&mut cpu8) {
        Some(per_request) => println!(
            "  {:<42} {:.3} ms CPU per request (engine + client + journal; simulator excluded)   target well under 1 ms   {}",
            "client CPU",
            per_request * 1e3,
            verdict(per_request < 0.25e-3)
        ),
        None => println!("  client CPU: not measured (needs Linux /proc)"),
    }
    drop((sim8, sim_list));
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

/// One batch over all elected comments; wall time and CPU seconds per request.
async fn deselect_all(client: &Client, journal: Journal, concurrency: usize) -> (f64, Option<f64>) {
    // Warm up: fetch the token and the id list outside the timing.
    let ids: Vec<u64> = (0..ITEMS as u64).map(|i| 1_000_000 + i).collect();
    client
        .quota(WriteOp::UnmarkElect.path())
        .await
        .expect("the simulator answers");
    let request = BatchRequest {
        op: WriteOp::UnmarkElect,
        article: ART,
        ids,
        concurrency,
        account: "bench".into(),
    };
    let cpu_before = client_cpu();
    let started = Instant::now();
    let summary = batch::start(client.clone(), journal, request)
        .expect("the journal opens")
        .wait()
        .await;
    let took = started.elapsed().as_secs_f64();
    let cpu = client_cpu()
        .zip(cpu_before)
        .map(|(a, b)| (a - b) / ITEMS as f64);
    assert_eq!(
        summary.done, ITEMS,
        "every deselect worked: {:?}",
        summary.stopped
    );
    (took, cpu)
}

/// CPU seconds of the main thread and the client runtime's threads.
fn client_cpu() -> Option<f64> {
    let pid = std::process::id().to_string();
    let mut total = 0.0;
    for task in std::fs::read_dir("/proc/self/task").ok()?.flatten() {
        let path = task.path();
        let comm = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        if task.file_name().to_string_lossy() == pid || comm.starts_with("bench-client") {
            total += thread_cpu(&path)?;
        }
    }
    Some(total)
}

fn thread_cpu(task: &Path) -> Option<f64> {
    if let Ok(text) = std::fs::read_to_string(task.join("schedstat")) {
        let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
        return Some(ns / 1e9);
    }
    // Without schedstat: utime + stime in clock ticks (100 a second).
    let stat = std::fs::read_to_string(task.join("stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn median(values: &mut [f64]) -> f64 {
    median_opt(values).unwrap_or(f64::NAN)
}

fn median_opt(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    Some(values[values.len() / 2])
}

fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "MISSED" }
}

fn report(what: &str, median: f64, all: &[f64], ideal: f64, target: &str, ok: bool) {
    let runs: Vec<String> = all.iter().map(|t| format!("{t:.3}")).collect();
    println!(
        "  {what:<42} {median:.3} s (runs: {})   ideal {ideal:.3} s   ratio {:.2}x   target {target}   {}",
        runs.join(", "),
        median / ideal,
        verdict(ok)
    );
}
