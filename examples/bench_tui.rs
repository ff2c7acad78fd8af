//! Console performance with 100,000 comments loaded: frame draw time at 200x50
//! (before any batch, and with a batch's results in the all, marked-only and
//! failed-only views), filter time per keystroke, memory, and idle behaviour
//! of the real binary.
//!
//!     cargo run --release --example bench_tui [-- zh]
//!
//! Not a test: it prints figures; the README quotes them.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use time::UtcOffset;
use wxmod::api::wire::{Comment, Reply};
use wxmod::tui::{App, Clock, Effect, Env, Msg, update, view};

const N: usize = 100_000;
const NOW: i64 = 1_741_915_613;

fn status_kb(field: &str) -> u64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn comments() -> Vec<Comment> {
    let texts = [
        "Great article, thanks for sharing!",
        "写得很好，学习了 👍",
        "I disagree with the second point, the data from last year says otherwise",
        "精选评论：这篇文章非常有用，感谢作者的分享，期待下一篇",
        "spam spam spam buy now",
        "新年愿望：家人健康平安🐉",
        "Could you explain the third chart in more detail please?",
    ];
    let mut rng = fastrand::Rng::with_seed(7);
    (0..N)
        .map(|i| Comment {
            user_comment_id: 3_000_000_000 + i as u64,
            openid: (i % 17 != 0).then(|| format!("o{:027x}", rng.u128(..) >> 20)),
            create_time: NOW - i as i64 * 7,
            content: format!("{} #{i}", texts[i % texts.len()]),
            comment_type: 1,
            reply: (i % 11 == 0).then(|| Reply {
                content: "Thanks, we will look into it.".into(),
                create_time: NOW,
            }),
        })
        .collect()
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn stats(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "{label:<34} median {:>9.3} ms   p95 {:>9.3} ms   max {:>9.3} ms   (n={})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        samples.len()
    );
}

fn main() {
    let rss_start = status_kb("VmRSS:");
    let mut app = App::new(
        Env {
            endpoint: "https://api.weixin.qq.com".into(),
            demo: false,
            token_label: "ready token".into(),
        },
        Clock {
            now: NOW,
            offset: UtcOffset::from_hms(8, 0, 0).unwrap(),
        },
        true,
    );
    // `cargo run --release --example bench_tui -- zh` measures the Chinese console.
    if std::env::args().any(|a| a == "zh") {
        app.lang = wxmod::i18n::Lang::Zh;
    }
    println!("language                           {:?}", app.lang);
    update(&mut app, Msg::Resize(200, 50));
    // The "all" view: its ★ column is drawn on every frame below.
    app.loads.kind = wxmod::api::wire::CommentFilter::All;
    app.bar.set_text("2247483652");
    let seq = update(&mut app, key(KeyCode::Enter))
        .into_iter()
        .find_map(|e| match e {
            Effect::Load { seq, .. } => Some(seq),
            _ => None,
        })
        .expect("a load");
    let data = comments();
    let t = Instant::now();
    update(
        &mut app,
        Msg::Loaded {
            seq,
            result: Ok(data),
        },
    );
    let load_time = t.elapsed();
    let rss_loaded = status_kb("VmRSS:");
    println!("comments loaded                    {}", app.list.total());
    println!(
        "load into the table (sort, index)  {:.1} ms",
        load_time.as_secs_f64() * 1e3
    );

    // Frames at 200x50, moving the cursor between them so each differs.
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).unwrap();
    for _ in 0..20 {
        terminal.draw(|f| view(&app, f)).unwrap();
    }
    let mut frames = Vec::new();
    for i in 0..500 {
        let step = if i % 50 == 49 {
            KeyCode::PageDown
        } else {
            KeyCode::Down
        };
        update(&mut app, key(step));
        let t = Instant::now();
        terminal.draw(|f| view(&app, f)).unwrap();
        frames.push(t.elapsed());
    }
    stats("frame draw 200x50", frames);
    // ratatui's own cost per frame (buffer reset, diff, flush), drawing nothing.
    let mut floor = Vec::new();
    for _ in 0..500 {
        let t = Instant::now();
        terminal.draw(|_| {}).unwrap();
        floor.push(t.elapsed());
    }
    stats("  of which ratatui's diff (empty)", floor);

    // Filter: the first keystroke scans all 100,000 rows; typing on only
    // rescans the rows that still match; Esc brings every row back.
    let (mut first, mut more, mut clear) = (Vec::new(), Vec::new(), Vec::new());
    for query in ["chart", "spam", "thanks", "新年愿望", "oa", "#9999"] {
        update(&mut app, key(KeyCode::Char('/')));
        for (i, c) in query.chars().enumerate() {
            let t = Instant::now();
            update(&mut app, key(KeyCode::Char(c)));
            if i == 0 {
                if std::env::var_os("BENCH_VERBOSE").is_some() {
                    println!(
                        "  first key of {query:?}: {:?}, {} rows",
                        t.elapsed(),
                        app.list.visible_len()
                    );
                }
                &mut first
            } else {
                &mut more
            }
            .push(t.elapsed());
        }
        let t = Instant::now();
        update(&mut app, key(KeyCode::Esc));
        clear.push(t.elapsed());
    }
    stats("filter: first keystroke (100k)", first);
    stats("filter: further keystrokes", more);
    stats("filter: Esc (all rows back)", clear);
    update(&mut app, key(KeyCode::Char('/')));
    for c in "新年".chars() {
        update(&mut app, key(KeyCode::Char(c)));
    }
    update(&mut app, key(KeyCode::Enter));
    println!(
        "rows matching \"新年\"               {}",
        app.list.visible_len()
    );
    let mut filtered = Vec::new();
    for _ in 0..200 {
        update(&mut app, key(KeyCode::Down));
        let t = Instant::now();
        terminal.draw(|f| view(&app, f)).unwrap();
        filtered.push(t.elapsed());
    }
    stats("frame draw, filter on", filtered);
    update(&mut app, key(KeyCode::Esc));

    // The filter's terms, views and sorts over all 100,000 rows (a third marked).
    let ids: Vec<u64> = app
        .list
        .all_rows()
        .map(|r| r.comment.user_comment_id)
        .step_by(3)
        .collect();
    app.list.set_marks(ids);
    let mut terms = Vec::new();
    for query in [
        "is:marked",
        "result:failed",
        "is:elected chart",
        "is:marked oa spam",
    ]
    .repeat(3)
    {
        let t = Instant::now();
        app.list.set_query(query);
        terms.push(t.elapsed());
        if std::env::var_os("BENCH_VERBOSE").is_some() {
            println!(
                "  {query:?}: {:?}, {} rows",
                t.elapsed(),
                app.list.visible_len()
            );
        }
        app.list.set_query("");
    }
    stats("filter: terms, whole query (100k)", terms);
    // The query language (src/query): either, all, not, groups, a regex, fields.
    let mut language = Vec::new();
    for query in [
        "考研|抽中",
        "教程 详细",
        "(spam | chart) -is:marked",
        "re:/[0-9]{3}/ is:elected",
        "id:1..50000 -has:reply \"the third\"",
    ]
    .repeat(3)
    {
        let t = Instant::now();
        app.list.set_query(query);
        language.push(t.elapsed());
        if std::env::var_os("BENCH_VERBOSE").is_some() {
            println!(
                "  {query:?}: {:?}, {} rows",
                t.elapsed(),
                app.list.visible_len()
            );
        }
        app.list.set_query("");
    }
    stats("filter: query language (100k)", language);
    let (mut views, mut sorts, mut drawn) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..4 {
        let t = Instant::now();
        update(&mut app, key(KeyCode::Char('w')));
        views.push(t.elapsed());
    }
    for _ in 0..6 {
        let t = Instant::now();
        update(&mut app, key(KeyCode::Char('s')));
        sorts.push(t.elapsed());
        let t = Instant::now();
        terminal.draw(|f| view(&app, f)).unwrap();
        drawn.push(t.elapsed());
    }
    stats("w: next view (100k)", views);
    stats("s: next sort (100k)", sorts);
    stats("frame draw, each sort", drawn);
    results_and_views(&mut app, &mut terminal);
    app.list.clear_marks();

    let t = Instant::now();
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL)),
    );
    let mark_all = t.elapsed();
    let mut marked = Vec::new();
    for _ in 0..200 {
        update(&mut app, key(KeyCode::Down));
        let t = Instant::now();
        terminal.draw(|f| view(&app, f)).unwrap();
        marked.push(t.elapsed());
    }
    stats("frame draw, 100k marked", marked);
    let t = Instant::now();
    update(&mut app, key(KeyCode::Char('d')));
    let confirm = t.elapsed();
    println!(
        "Ctrl-a (mark 100k) / d (plan)      {:.1} ms / {:.1} ms",
        mark_all.as_secs_f64() * 1e3,
        confirm.as_secs_f64() * 1e3
    );

    // The footer asks on every frame whether `d` or `e` would act: with
    // 50,000 marks, none on an elected row, `d` acts on none of them.
    update(&mut app, key(KeyCode::Esc));
    let normal: Vec<u64> = app
        .list
        .all_rows()
        .map(|r| r.comment.user_comment_id)
        .filter(|id| id % 2 == 0)
        .collect();
    for id in &normal {
        app.list.set_elected(*id, false);
    }
    app.list.set_marks(normal.iter().copied());
    let mut on_normal = Vec::new();
    for _ in 0..200 {
        update(&mut app, key(KeyCode::Down));
        let t = Instant::now();
        terminal.draw(|f| view(&app, f)).unwrap();
        on_normal.push(t.elapsed());
    }
    stats("frame draw, 50k marks, all normal", on_normal);

    let rss_end = status_kb("VmRSS:");
    println!(
        "memory: RSS at start {} MB, after load {} MB, at end {} MB, peak (VmHWM) {} MB",
        rss_start / 1024,
        rss_loaded / 1024,
        rss_end / 1024,
        status_kb("VmHWM:") / 1024
    );
    println!(
        "idle: needs_tick() after load = {} (no ticks, so no redraws)",
        app.needs_tick()
    );
    idle_binary();
}

/// Frames with the result column: a batch's outcomes on a fifth of the rows
/// (done, failed with an errcode, not attempted), drawn in the views that
/// find them (all, marked only, failed only), a third of the rows marked.
fn results_and_views(app: &mut App, terminal: &mut Terminal<TestBackend>) {
    use wxmod::api::wire::WriteOp;
    use wxmod::tui::comments::Outcome;
    use wxmod::tui::views::View;
    let ids: Vec<u64> = app
        .list
        .all_rows()
        .map(|r| r.comment.user_comment_id)
        .collect();
    for (i, id) in ids.iter().enumerate().step_by(5) {
        let outcome = match i % 3 {
            0 => Outcome::Done,
            1 => Outcome::Failed { code: Some(88008) },
            _ => Outcome::NotAttempted,
        };
        app.list
            .set_outcome(*id, outcome, Some(WriteOp::UnmarkElect));
    }
    for shown in [View::All, View::Marked, View::Failed] {
        while app.list.view() != shown {
            update(app, key(KeyCode::Char('w')));
        }
        let mut frames = Vec::new();
        for i in 0..300 {
            let step = if i % 50 == 49 {
                KeyCode::PageDown
            } else {
                KeyCode::Down
            };
            update(app, key(step));
            let t = Instant::now();
            terminal.draw(|f| view(app, f)).unwrap();
            frames.push(t.elapsed());
        }
        stats(&format!("frame draw, results, {shown:?}"), frames);
    }
    while app.list.view() != View::All {
        update(app, key(KeyCode::Char('w')));
    }
}

fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// The real binary (`--demo`, 2,000 comments loaded) left alone for 5 s in a
/// pty: CPU time used and bytes written to the terminal while idle.
fn idle_binary() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let bin = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("wxmod")))
        .filter(|p| p.exists());
    let Some(bin) = bin else {
        println!("idle binary: skipped (build the binary first: cargo build --release)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg("--demo");
    for (k, v) in [
        ("WXMOD_CONFIG", "c.toml"),
        ("WXMOD_CACHE_DIR", "cache"),
        ("WXMOD_DATA_DIR", "data"),
    ] {
        cmd.env(k, dir.path().join(v));
    }
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let pid = child.process_id().unwrap_or(0);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = vt100::Parser::new(50, 200, 0);
    let wait = |screen: &mut vt100::Parser, needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !screen.screen().contents().contains(needle) && Instant::now() < deadline {
            if let Ok(b) = rx.recv_timeout(Duration::from_millis(200)) {
                screen.process(&b);
            }
        }
    };
    wait(&mut screen, "msg_data_id");
    writer.write_all(b"\x1b[200~2247483661\x1b[201~\r").unwrap();
    wait(&mut screen, "loaded 2000 elected");
    // Let the last frame settle, then measure.
    std::thread::sleep(Duration::from_millis(500));
    while rx.try_recv().is_ok() {}
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(5));
    let after = cpu_ticks(pid);
    let mut idle_bytes = 0;
    while let Ok(b) = rx.try_recv() {
        idle_bytes += b.len();
    }
    match (before, after) {
        (Some(b), Some(a)) => println!(
            "idle binary (2,000 comments, 5 s): {} CPU ticks (1 tick = 10 ms), {} bytes drawn",
            a - b,
            idle_bytes
        ),
        _ => println!("idle binary: could not read /proc/{pid}/stat"),
    }
    let _ = writer.write_all(b"q");
    let _ = child.wait();
}
