//! Room to read, on the pure update: `i` hides the detail pane, `+` gives the
//! focused pane the whole screen and gives it back, paging follows the room
//! a pane has, the result column waits for results, and the table's title
//! counts follow a reload.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use wxmod::api::wire::WriteOp;
use wxmod::batch::ItemStatus;
use wxmod::tui::layout::{self, Areas};
use wxmod::tui::{App, Focus, Msg};

use crate::support::*;

fn areas(app: &App) -> Areas {
    layout::areas(Rect::new(0, 0, app.size.0, app.size.1), app)
}

fn sized(mut app: App, w: u16, h: u16) -> App {
    send(&mut app, [Msg::Resize(w, h)]);
    app
}

/// `n` elected comments, 2001 first.
fn many(n: u64) -> Vec<wxmod::api::wire::Comment> {
    (0..n)
        .map(|i| comment(2001 + i, i as i64, "留言 comment", true))
        .collect()
}

/// The screen's row `y` as text.
fn row(app: &App, y: u16) -> String {
    let buf = buffer(app);
    (0..app.size.0).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn i_hides_the_detail_pane_and_the_table_takes_its_room() {
    let mut app = sized(loaded(), 120, 40);
    let before = areas(&app);
    assert!(before.detail.width > 0 && before.table.width < 120);
    send(&mut app, [ch('i')]);
    assert!(app.panes.detail_hidden);
    let hidden = areas(&app);
    assert_eq!(hidden.detail.area(), 0);
    assert_eq!(hidden.table.width, 120, "the table spans the screen");
    assert_eq!(hidden.log, before.log, "the log keeps its room");
    send(&mut app, [ch('i')]);
    assert_eq!(areas(&app), before, "i again shows it where it was");

    // Below 120 columns the detail pane sits under the table: its rows go to the table.
    let mut app = sized(loaded(), 80, 24);
    let rows = layout::table_rows(&app);
    send(&mut app, [ch('i')]);
    assert_eq!(areas(&app).detail.area(), 0);
    assert!(layout::table_rows(&app) > rows, "{rows} rows before");
}

#[test]
fn the_detail_pane_leaves_the_content_most_of_a_wide_screen() {
    let app = sized(loaded(), 120, 40);
    let a = areas(&app);
    assert!(a.detail.width <= 34, "{:?}", a.detail);
    // The heading row: the content column starts after the fixed columns and
    // runs to the detail pane.
    let heading = row(&app, 5);
    let table_part: String = heading.chars().take(usize::from(a.table.width)).collect();
    let start = table_part.find("content").expect(&table_part);
    let content_w = usize::from(a.table.width) - 1 - start;
    assert!(
        content_w > usize::from(a.detail.width),
        "content {content_w} vs detail {}",
        a.detail.width
    );
}

#[test]
fn plus_zooms_the_table_and_plus_again_gives_the_room_back() {
    let mut app = sized(loaded_with(many(100)), 120, 40);
    assert_eq!(app.focus, Focus::Table);
    let before = areas(&app);
    send(&mut app, [ch('+')]);
    assert!(app.panes.zoomed);
    let z = areas(&app);
    assert_eq!(z.table, Rect::new(0, 1, 120, 38), "header and footer stay");
    assert_eq!(z.article.area() + z.detail.area() + z.log.area(), 0);
    assert_eq!(z.header, before.header);
    assert_eq!(z.footer, before.footer);
    // Title and column heading, then 36 rows.
    assert_eq!(layout::table_rows(&app), 36);
    // Other keys keep working while zoomed: marks, Esc.
    send(&mut app, [ch(' '), ch(' ')]);
    assert_eq!(app.list.marked_count(), 2);
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.list.marked_count(), 0);
    assert!(app.panes.zoomed, "Esc is not the way out of the zoom");
    send(&mut app, [ch('+')]);
    assert!(!app.panes.zoomed);
    assert_eq!(areas(&app), before);
}

#[test]
fn plus_zooms_the_log_and_the_zoom_follows_the_focus() {
    let mut app = sized(loaded(), 80, 24);
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Log);
    send(&mut app, [ch('+')]);
    let z = areas(&app);
    assert_eq!(z.log, Rect::new(0, 1, 80, 22));
    assert_eq!(z.table.area() + z.article.area() + z.detail.area(), 0);
    assert_eq!(layout::log_rows(&app), 21);
    // Tab moves the focus, and the zoom with it (lazygit's screen mode):
    // the article bar comes with the table it loads into.
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Article);
    let z = areas(&app);
    assert!(z.article.height >= 2 && z.table.height > 10);
    assert_eq!(z.log.area() + z.detail.area(), 0);
    send(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.focus, Focus::Table);
    assert_eq!(areas(&app).table, Rect::new(0, 1, 80, 22));
}

#[test]
fn paging_moves_by_the_rows_the_zoomed_table_shows() {
    let mut app = sized(loaded_with(many(200)), 80, 24);
    let page = layout::table_rows(&app);
    send(&mut app, [key(KeyCode::PageDown)]);
    assert_eq!(app.list.cursor(), page);
    send(&mut app, [key(KeyCode::Home), ch('+')]);
    let zoomed = layout::table_rows(&app);
    assert_eq!(zoomed, 20, "24 rows less header, footer, title and heading");
    assert!(zoomed > page);
    send(&mut app, [key(KeyCode::PageDown)]);
    assert_eq!(app.list.cursor(), zoomed);
    send(&mut app, [ctrl('d')]);
    assert_eq!(app.list.cursor(), zoomed + zoomed / 2);
    // The cursor stays on the screen: the last page row is in sight.
    send(&mut app, [key(KeyCode::PageDown)]);
    let cursor = app.list.cursor();
    assert!(app.list.offset() <= cursor && cursor < app.list.offset() + zoomed);
    // Back to all panes, the offset is kept within the smaller page.
    send(&mut app, [ch('+')]);
    assert!(app.list.offset() <= cursor && cursor < app.list.offset() + page);
}

#[test]
fn paging_the_zoomed_log_moves_by_its_rows() {
    let mut app = sized(loaded(), 80, 24);
    for i in 0..60 {
        app.log
            .push(NOW, wxmod::tui::log::Level::Info, &format!("line {i}"));
    }
    send(&mut app, [key(KeyCode::Tab), ch('+')]);
    let rows = layout::log_rows(&app);
    send(&mut app, [key(KeyCode::PageUp)]);
    assert_eq!(app.log.back(), rows);
}

#[test]
fn the_result_column_waits_for_results() {
    let mut app = sized(loaded(), 120, 40);
    assert!(!row(&app, 5).contains("result"), "{}", row(&app, 5));
    send(&mut app, [ch(' '), ch(' ')]);
    finish(
        &mut app,
        vec![
            item(1001, ItemStatus::Done, Some(0)),
            item(1002, ItemStatus::Failed, Some(88008)),
        ],
    );
    assert!(row(&app, 5).contains("result"), "{}", row(&app, 5));
    let screen = render(&app);
    assert!(screen.contains("✗ 88008"), "{screen}");
    // A fresh load drops the outcomes, and the column with them.
    let fx = send(&mut app, [ch('r')]);
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(sample()),
        }],
    );
    assert!(!row(&app, 5).contains("result"), "{}", row(&app, 5));
}

#[test]
fn the_table_title_counts_follow_a_reload() {
    let mut app = sized(loaded(), 120, 40);
    assert!(row(&app, 4).contains("1/12"), "{}", row(&app, 4));
    send(&mut app, [ch(' '), ch(' ')]);
    run_marked(&mut app);
    let items = vec![
        item(1001, ItemStatus::Done, Some(0)),
        item(1002, ItemStatus::Done, Some(0)),
    ];
    for it in &items {
        send(
            &mut app,
            [Msg::Batch(wxmod::batch::BatchEvent::ItemFinished(
                it.clone(),
            ))],
        );
    }
    let fx = send(
        &mut app,
        [Msg::Batch(wxmod::batch::BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            items,
        )))],
    );
    // The reload after the batch: 1001 and 1002 left the elected list.
    let rest: Vec<_> = sample().into_iter().skip(2).collect();
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(rest),
        }],
    );
    let title = row(&app, 4);
    assert!(title.contains("/12 · 2 no longer listed"), "{title}");
    // A fresh load shows the list as the server has it.
    let fx = send(&mut app, [ch('r')]);
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(sample().into_iter().skip(2).collect()),
        }],
    );
    let title = row(&app, 4);
    assert!(
        title.contains("/10 ") && !title.contains("listed"),
        "{title}"
    );
}

#[test]
fn every_pane_arrangement_fits_the_screen_without_overlap() {
    for (w, h) in [(20, 6), (40, 10), (80, 24), (119, 30), (120, 40), (200, 50)] {
        for hidden in [false, true] {
            for zoomed in [false, true] {
                for focus in [Focus::Article, Focus::Index, Focus::Table, Focus::Log] {
                    let mut app = sized(loaded(), w, h);
                    app.panes.detail_hidden = hidden;
                    app.panes.zoomed = zoomed;
                    app.focus = focus;
                    let a = areas(&app);
                    let screen = Rect::new(0, 0, w, h);
                    let panes = [a.article, a.table, a.detail, a.log];
                    for (i, p) in panes.iter().enumerate() {
                        assert_eq!(p.intersection(screen), *p, "{w}x{h} pane {i} {p:?}");
                        for q in &panes[i + 1..] {
                            assert!(!p.intersects(*q), "{w}x{h} {p:?} overlaps {q:?}");
                        }
                    }
                    // Drawing it never panics, and the pane with focus is drawn.
                    render(&app);
                    let shown = match focus {
                        Focus::Article | Focus::Index => a.article,
                        Focus::Table => a.table,
                        Focus::Log => a.log,
                    };
                    if h >= 24 {
                        assert!(shown.area() > 0, "{w}x{h} {focus:?} zoomed={zoomed}");
                    }
                }
            }
        }
    }
}
