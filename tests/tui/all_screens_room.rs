//! Room to read, four ways like every screen: the detail pane hidden, the
//! table and the log zoomed, and the result column before and after a batch.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::WriteOp;
use wxmod::batch::{BatchEvent, ItemStatus};
use wxmod::tui::Msg;

use super::{four_ways, loaded, quota};
use crate::support::*;

#[test]
fn detail_hidden() {
    four_ways("detail_hidden", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('j'), ch('j'), ch('j'), ch('i')]);
        app
    });
}

#[test]
fn table_zoomed() {
    four_ways("table_zoomed", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch('j'), ch(' '), ch('+')]);
        app
    });
}

#[test]
fn log_zoomed() {
    four_ways("log_zoomed", |app| {
        let mut app = quota(loaded(app));
        // Lines to read: marks cleared (and how to get them back), a reload.
        send(&mut app, [ctrl('a'), key(KeyCode::Esc)]);
        let fx = send(&mut app, [ch('r')]);
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(sample_wide()),
            }],
        );
        send(&mut app, [key(KeyCode::Tab), ch('+')]);
        app
    });
}

#[test]
fn no_result_column_before_a_batch() {
    four_ways("no_result_column_before_a_batch", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        app
    });
}

#[test]
fn result_column_after_a_batch() {
    four_ways("result_column_after_a_batch", |app| {
        let mut app = quota(loaded(app));
        send(&mut app, [ch(' '), ch(' '), ch(' ')]);
        run_marked(&mut app);
        let items = vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
            item(1003, ItemStatus::NotAttempted, None),
        ];
        for it in &items {
            send(&mut app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
        }
        let fx = send(
            &mut app,
            [Msg::Batch(BatchEvent::Finished(summary(
                WriteOp::UnmarkElect,
                items,
            )))],
        );
        let rest = sample_wide()
            .into_iter()
            .filter(|c| c.user_comment_id != 1001)
            .collect();
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(rest),
            }],
        );
        send(&mut app, [ch('g')]);
        app
    });
}

/// Where a wide character (汉字, emoji) is cut by what is drawn after it: a
/// border over its right half, or the screen's edge. A terminal shows such a
/// cell as a fragment, or shifts the rest of the row.
fn straddling(buf: &ratatui::buffer::Buffer) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let area = buf.area;
    let mut found = Vec::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let sym = buf[(x, y)].symbol();
            if sym.width() < 2 {
                continue;
            }
            let next = (x + 1 < area.right()).then(|| buf[(x + 1, y)].symbol());
            if next.is_none_or(|n| n != " ") {
                found.push(format!("{sym:?} at ({x}, {y}) before {next:?}"));
            }
        }
    }
    found
}

/// The frame as drawn, before the backend's diff (which skips the cell after
/// a wide character, so a border drawn over one never shows in its buffer).
fn drawn(app: &wxmod::tui::App) -> ratatui::buffer::Buffer {
    let backend = ratatui::backend::TestBackend::new(app.size.0, app.size.1);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let mut out = None;
    terminal
        .draw(|f| {
            wxmod::tui::view(app, f);
            out = Some(f.buffer_mut().clone());
        })
        .unwrap();
    out.unwrap()
}

/// Chinese and emoji at every offset, so that at some width each kind of
/// character meets the edge.
fn wide_comments() -> Vec<wxmod::api::wire::Comment> {
    let texts = [
        "a精选评论😀b这篇文章非常有用🙏感谢作者的分享👍期待下一篇，也希望能多写写实际操作的部分🐉🐉🐉",
        "ab汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字汉字",
        "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
    ];
    let mut out: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| comment(4001 + i as u64, i as i64, &t.repeat(3), true))
        .collect();
    out[0].reply = Some(wxmod::api::wire::Reply {
        content: "x感谢支持😀菜单里有购买链接。".repeat(6),
        create_time: NOW - 60,
    });
    out
}

#[test]
fn wide_characters_never_straddle_an_edge() {
    for lang in wxmod::i18n::Lang::ALL {
        for (w, h) in [
            (79, 23),
            (80, 24),
            (81, 25),
            (97, 31),
            (119, 40),
            (120, 40),
            (121, 41),
            (133, 33),
        ] {
            for row in 0..3 {
                let mut app = load_into(app_in(lang, w, h), wide_comments());
                send(&mut app, std::iter::repeat_n(ch('j'), row));
                let pane = straddling(&drawn(&app));
                assert!(
                    pane.is_empty(),
                    "detail pane {lang:?} {w}x{h} row {row}: {pane:?}"
                );
                send(&mut app, [ch('i')]);
                let wide_table = straddling(&drawn(&app));
                assert!(
                    wide_table.is_empty(),
                    "table {lang:?} {w}x{h}: {wide_table:?}"
                );
                send(&mut app, [ch('i'), key(KeyCode::Enter)]);
                for _ in 0..4 {
                    let viewer = straddling(&drawn(&app));
                    assert!(
                        viewer.is_empty(),
                        "viewer {lang:?} {w}x{h} row {row}: {viewer:?}"
                    );
                    send(&mut app, [key(KeyCode::PageDown)]);
                }
            }
        }
    }
}
