//! The language and the time offset as a user chooses them: `--lang`,
//! `WXMOD_LANG`, the locale, `WXMOD_UTC_OFFSET`; help, usage errors, API
//! errors, plans and summaries in Chinese; `--json` the same in every language.

use super::*;

/// `wxmod ARGS` with the locale `lang` (e.g. `zh_CN.UTF-8`), with credentials
/// for `sim` when given.
async fn run_in(
    home: &Home,
    locale: &str,
    sim: Option<&SimHandle>,
    args: &[&str],
) -> (Option<i32>, String, String) {
    let mut cmd = home.command();
    cmd.env("LANG", locale);
    if let Some(sim) = sim {
        with_credentials(&mut cmd, sim);
    }
    let output = cmd.args(args).output().await.unwrap();
    let (stdout, stderr) = text(&output);
    (output.status.code(), stdout, stderr)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_follows_the_locale_and_the_flag_wins() {
    let home = Home::new();
    let (code, zh, _) = run_in(&home, "zh_CN.UTF-8", None, &["--help"]).await;
    assert_eq!(code, Some(0));
    assert!(zh.contains("用法：wxmod"), "{zh}");
    assert!(zh.contains("取消精选"), "{zh}");
    assert!(!zh.contains("Usage:") && !zh.contains("Print help"), "{zh}");
    let (_, en, _) = run_in(&home, "en_US.UTF-8", None, &["--help"]).await;
    assert!(
        en.contains("Usage: wxmod") && en.contains("Options:"),
        "{en}"
    );
    let (_, flag, _) = run_in(&home, "zh_CN.UTF-8", None, &["--lang", "en", "--help"]).await;
    assert_eq!(flag, en, "--lang en overrides a Chinese locale");
    let (_, sub, _) = run_in(&home, "en_US.UTF-8", None, &["unelect", "--lang=zh", "-h"]).await;
    assert!(
        sub.contains("--dry-run") && sub.contains("只显示计划"),
        "{sub}"
    );
    let mut cmd = home.command();
    cmd.env("LANG", "en_US.UTF-8").env("WXMOD_LANG", "zh");
    let (stdout, _) = text(&cmd.arg("--help").output().await.unwrap());
    assert_eq!(stdout, zh, "WXMOD_LANG beats the locale");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_is_a_usage_error_naming_both() {
    let home = Home::new();
    let (code, _, stderr) = run_in(&home, "zh_CN.UTF-8", None, &["--lang", "fr", "list"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("zh") && stderr.contains("en"), "{stderr}");
    assert!(
        stderr.contains("fr") && stderr.contains("无法识别"),
        "{stderr}"
    );
    let mut cmd = home.command();
    cmd.env("WXMOD_LANG", "klingon");
    let output = cmd.arg("--help").output().await.unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("WXMOD_LANG") && stderr.contains("zh"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_speak_chinese_and_keep_the_usage_line() {
    let home = Home::new();
    let (code, _, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        None,
        &["unelect", "--msg-data-id", "1", "--al"],
    )
    .await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("无法识别的参数“--al”"), "{stderr}");
    assert!(stderr.contains("“--all”"), "a suggestion: {stderr}");
    assert!(stderr.contains("用法：wxmod unelect"), "{stderr}");
    let (code, _, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        None,
        &["list", "--msg-data-id", "12\u{1b}[2J_9"],
    )
    .await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("不是 msg_data_id"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    let (code, _, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        None,
        &["list", "--msg-data-id", "1", "--type", "bogus"],
    )
    .await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("可选值：elected、normal、all"), "{stderr}");
    let (_, _, stderr) = run_in(&home, "zh_CN.UTF-8", None, &["unelect"]).await;
    assert!(stderr.contains("缺少必需的参数"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_api_error_says_meaning_and_remedy_in_chinese() {
    let sim = simulator(3, 0).await;
    let home = Home::new();
    // Index 0 of this message does not exist: the simulator answers 88001.
    let (code, _, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        Some(&sim),
        &["list", "--msg-data-id", "2247483700"],
    )
    .await;
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("88001"), "{stderr}");
    assert!(
        stderr.contains("该图文不存在") && stderr.contains("检查 msg_data_id 和 index"),
        "{stderr}"
    );
    assert!(
        stderr.contains("第 1 篇"),
        "the position people count: {stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_and_a_summary_in_chinese() {
    let home = Home::new();
    let (code, stdout, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        None,
        &[
            "--demo",
            "unelect",
            "--msg-data-id",
            "2247483652",
            "--all",
            "--dry-run",
        ],
    )
    .await;
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("取消精选全部"), "{stderr}");
    assert!(stderr.contains("条精选留言"), "{stderr}");
    assert!(stderr.contains("账号 demo（演示咖啡馆）"), "{stderr}");
    assert!(stderr.contains("试运行"), "{stderr}");

    let sim = simulator(3, 1).await;
    let id = sim.control().elected_ids(ARTICLE)[0].to_string();
    let (code, stdout, stderr) = run_in(
        &home,
        "zh_CN.UTF-8",
        Some(&sim),
        &[
            "unelect",
            "--msg-data-id",
            "2247483700_2",
            "--comment-id",
            &id,
            "--yes",
        ],
    )
    .await;
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("已取消精选 1 条（共 1 条）"), "{stdout}");
    assert!(stdout.contains("wxmod undo"), "{stdout}");
    assert!(
        stderr.contains("批次") && !stderr.contains("WARN"),
        "{stderr}"
    );
}

/// The first row's time column of `wxmod list`.
fn first_time(table: &str) -> String {
    let row = table.lines().nth(1).unwrap_or_default();
    row.split_whitespace()
        .take(3)
        .skip(1)
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utc_offset_moves_the_times_and_a_bad_one_is_named() {
    let sim = simulator(2, 0).await;
    let home = Home::new();
    let list = ["list", "--msg-data-id", "2247483700_2"];
    let mut times = Vec::new();
    for offset in ["+00:00", "+08:00"] {
        let mut cmd = home.command();
        with_credentials(&mut cmd, &sim);
        cmd.env("WXMOD_UTC_OFFSET", offset).args(list);
        let output = cmd.output().await.unwrap();
        let (stdout, stderr) = text(&output);
        assert!(output.status.success(), "{stderr}");
        times.push(first_time(&stdout));
    }
    // The generated comments start at 1700000000: 2023-11-14 22:13 UTC.
    assert_eq!(times, ["2023-11-14 22:13", "2023-11-15 06:13"]);

    let mut cmd = home.command();
    with_credentials(&mut cmd, &sim);
    cmd.env("WXMOD_UTC_OFFSET", "Beijing").args(list);
    let output = cmd.output().await.unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("WXMOD_UTC_OFFSET") && stderr.contains("+08:00"),
        "{stderr}"
    );

    std::fs::write(home.path().join("config.toml"), "utc_offset = \"later\"\n").unwrap();
    let output = home
        .command()
        .args(["--demo", "list", "--msg-data-id", "2247483652"])
        .output()
        .await
        .unwrap();
    let (_, stderr) = text(&output);
    assert_eq!(
        output.status.code(),
        Some(2),
        "the demo reads it too: {stderr}"
    );
    assert!(
        stderr.contains("utc_offset") && stderr.contains("+08:00"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_is_the_same_in_every_language() {
    let sim = simulator(4, 2).await;
    let home = Home::new();
    let mut outputs = Vec::new();
    for locale in ["en_US.UTF-8", "zh_CN.UTF-8"] {
        let (code, list, stderr) = run_in(
            &home,
            locale,
            Some(&sim),
            &[
                "list",
                "--msg-data-id",
                "2247483700_2",
                "--type",
                "all",
                "--json",
            ],
        )
        .await;
        assert_eq!(code, Some(0), "{stderr}");
        let (code, plan, stderr) = run_in(
            &home,
            locale,
            Some(&sim),
            &[
                "unelect",
                "--msg-data-id",
                "2247483700_2",
                "--all",
                "--comment-id",
                "1",
                "--dry-run",
                "--json",
            ],
        )
        .await;
        // `--all` with `--comment-id` is a usage error in both; the plan
        // comes from the ids alone below.
        assert_eq!(code, Some(2), "{stderr}");
        let (code, plan2, stderr) = run_in(
            &home,
            locale,
            Some(&sim),
            &[
                "unelect",
                "--msg-data-id",
                "2247483700_2",
                "--comment-id",
                "1",
                "--comment-id",
                "1",
                "--dry-run",
                "--json",
            ],
        )
        .await;
        assert_eq!(code, Some(0), "{stderr}");
        outputs.push((list, plan, plan2));
    }
    assert_eq!(outputs[0], outputs[1]);
    let plan: serde_json::Value = serde_json::from_str(outputs[1].2.trim()).unwrap();
    let notes = plan["notes"].to_string();
    assert!(notes.contains("repeated id"), "English notes: {notes}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_refresh_mid_batch_is_told_once_without_raw_log_lines() {
    let home = Home::new();
    for (locale, notice) in [
        ("en_US.UTF-8", "wxmod: the access token was refused"),
        ("zh_CN.UTF-8", "wxmod："),
    ] {
        let options = SimOptions {
            appid: APPID.into(),
            secret: SECRET.into(),
            expire_token_every: Some(4),
            ..SimOptions::default()
        };
        let sim = sim::start(
            SimData::generated(ARTICLE, 6, 0),
            options,
            "127.0.0.1:0".parse().unwrap(),
        )
        .await
        .unwrap();
        let (code, stdout, stderr) = run_in(
            &home,
            locale,
            Some(&sim),
            &[
                "unelect",
                "--msg-data-id",
                "2247483700_2",
                "--all",
                "--yes",
                "--concurrency",
                "1",
            ],
        )
        .await;
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(sim.control().elected_ids(ARTICLE), Vec::<u64>::new());
        assert!(
            !stderr.contains("WARN") && !stderr.contains("INFO") && !stderr.contains("Z "),
            "no tracing lines without -v: {stderr}"
        );
        let told = stderr.lines().filter(|l| l.starts_with(notice)).count();
        assert!(told >= 1, "the refresh is told: {stderr}");
        assert!(!stdout.contains(notice), "{stdout}");
    }
}
