//! `wxmod articles` as a user runs it, and article input from a Chinese
//! keyboard or a short link.

use super::*;
use std::process::Output;
use support::{Home, Lang};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET};

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn with_credentials(cmd: &mut tokio::process::Command, sim: &SimHandle) {
    cmd.env("WXMOD_API_BASE", sim.url())
        .env("WXMOD_APPID", DEMO_APPID)
        .env("WXMOD_SECRET", DEMO_SECRET);
}

/// The dated articles with the simulator's today left at the real date on
/// the server's calendar, which is the day `wxmod articles` counts from.
async fn real_today_sim() -> SimHandle {
    let data = SimData {
        articles: dated_articles(),
        accounts: Vec::new(),
    };
    start_sim(data, SimOptions::default()).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_lines_name_id_index_title_and_date_and_a_second_run_asks_nothing() {
    let sim = real_today_sim().await;
    let home = Home::new();
    let run = || {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        cmd.args(["articles", "--json"]);
        cmd
    };
    let output = run().output().await.unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "{stdout}");
    let yesterday = sim.control().today().previous_day().unwrap();
    let first = &lines[0];
    assert_eq!(first["msg_data_id"], 3001);
    assert_eq!(first["index"], 0);
    assert_eq!(first["title"], "Yesterday's news");
    assert_eq!(
        first["sent_date"],
        wxmod::api::datacube::format_date(yesterday)
    );
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "titles are neutralised even in JSON: {stdout:?}"
    );
    assert_eq!(sim.control().calls(DATACUBE), 7);

    let output = run().output().await.unwrap();
    assert!(output.status.success());
    assert_eq!(sim.control().calls(DATACUBE), 7, "the cache answered");
    assert_eq!(text(&output).0, stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_table_reads_in_chinese_with_positions_and_a_refusal_is_explained() {
    let sim = real_today_sim().await;
    let home = Home::new();
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .lang("zh")
        .args(["articles", "--days", "3"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("第 2 篇") && stdout.contains("两天前：第二篇"),
        "{stdout}"
    );
    assert!(stderr.contains("最近 3 天群发的文章"), "{stderr}");

    sim.control().fail_next(DATACUBE, 48001, 1);
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .args(["articles", "--days", "5"])
        .output()
        .await
        .unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("48001") && stderr.contains("data cube"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn days_outside_1_to_60_are_usage_errors_and_ask_nothing() {
    let sim = real_today_sim().await;
    let home = Home::new();
    for bad in ["0", "61", "x", "-3", ""] {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        let days = format!("--days={bad}");
        let output = cmd.args(["articles", &days]).output().await.unwrap();
        let (_, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{bad:?}: {stderr}");
        assert!(stderr.contains("--days"), "{bad:?}: {stderr}");
    }
    assert_eq!(sim.control().calls(DATACUBE), 0);
    assert_eq!(sim.control().token_fetches(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_width_digits_read_as_an_id_and_a_short_link_says_where_to_look() {
    let data = SimData::generated(art(2_247_483_700, 1), 2, 1);
    let sim = start_sim(data, SimOptions::default()).await;
    let home = Home::new();
    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    let output = cmd
        .args(["list", "--msg-data-id", "\u{3000}２２４７４８３７００＿２"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("2 elected"), "{stdout}");

    for (lang, words) in [("en", "wxmod articles"), ("zh", "短链接")] {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        let output = cmd
            .lang(lang)
            .args([
                "list",
                "--msg-data-id",
                "https://mp.weixin.qq.com/s/Xk3RaBcDeF",
            ])
            .output()
            .await
            .unwrap();
        let (_, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(words) && stderr.contains("msg_data_id"),
            "{stderr}"
        );
    }
    assert_eq!(
        sim.control().token_fetches(),
        1,
        "only the first list fetched a token"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_lists_its_mass_sent_articles_with_titles() {
    let home = Home::new();
    let output = home
        .command()
        .args(["--demo", "articles", "--days", "10", "--json"])
        .output()
        .await
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<(u64, u64)> = lines
        .iter()
        .map(|v| {
            (
                v["msg_data_id"].as_u64().unwrap(),
                v["index"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (2_247_483_661, 0),
            (2_247_483_652, 0),
            (2_247_483_652, 1),
            (2_247_483_652, 2),
            (2_247_483_670, 0),
            (2_247_483_670, 3)
        ],
        "newest first; today's 2247483685 is not in the data cube yet"
    );
    assert!(lines[0]["title"].as_str().unwrap().contains("留言抽奖"));
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
}
