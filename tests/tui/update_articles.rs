//! The article list popup on the pure update: the key opens it and asks for
//! the list, the answer fills it, typing filters by title (Chinese and
//! full-width too) or id, Enter loads exactly what was chosen, Esc clears
//! then closes; errors are shown with their remedy; the loaded article's
//! title reaches the article bar and the table's title.

#![allow(dead_code)]

use ratatui::crossterm::event::KeyCode;
use time::macros::date;
use wxmod::api::ApiError;
use wxmod::api::wire::{Article, CommentFilter};
use wxmod::articles::ListedArticle;
use wxmod::i18n::Lang;
use wxmod::tui::artlist::{ArticlesFound, ArticlesRead};
use wxmod::tui::popup::Popup;
use wxmod::tui::{App, Effect, Focus, Msg};

use crate::support::*;

pub const HOLIDAY: Article = Article {
    msg_data_id: 2_247_483_700,
    index: 1,
};

pub fn listed() -> Vec<ListedArticle> {
    let row = |id: u64, index: u32, title: &str, day: Option<time::Date>| ListedArticle {
        article: Article {
            msg_data_id: id,
            index,
        },
        title: Some(title.to_string()),
        sent_date: day,
        recent: day.is_none(),
    };
    vec![
        row(2_247_483_652, 0, "今日早报：新版本发布", None),
        row(
            2_247_483_700,
            0,
            "双十二活动预告\u{1b}[31m（重要）",
            Some(date!(2025 - 03 - 13)),
        ),
        row(
            2_247_483_700,
            1,
            "春节假期安排",
            Some(date!(2025 - 03 - 13)),
        ),
        row(
            2_247_483_690,
            0,
            "iPhone 以旧换新指南",
            Some(date!(2025 - 03 - 11)),
        ),
    ]
}

pub fn answer(days: u32, articles: Vec<ListedArticle>) -> Msg {
    Msg::Articles(Box::new(ArticlesRead {
        days,
        result: Ok(ArticlesFound {
            articles,
            days_asked: 7,
            warnings: Vec::new(),
        }),
    }))
}

pub fn failure(code: i64, errmsg: &str) -> Msg {
    Msg::Articles(Box::new(ArticlesRead {
        days: 7,
        result: Err(ApiError::Api {
            path: "/datacube/getarticletotal",
            code,
            errmsg: errmsg.into(),
        }),
    }))
}

/// The popup opened from the article input and answered.
pub fn opened(mut app: App) -> App {
    send(&mut app, [ctrl('o')]);
    send(&mut app, [answer(7, listed())]);
    app
}

fn picker(app: &App) -> (String, usize) {
    match &app.popup {
        Some(Popup::Articles(p)) => (p.filter.clone(), p.selected),
        other => panic!("no article list: {other:?}"),
    }
}

fn loads(fx: &[Effect]) -> Vec<Article> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Load { article, .. } => Some(*article),
            _ => None,
        })
        .collect()
}

#[test]
fn ctrl_o_opens_the_list_and_asks_for_the_days_set() {
    let mut app = app();
    let fx = send(&mut app, [ctrl('o')]);
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    assert_eq!(picker(&app), (String::new(), 0));
    assert_eq!(app.articles.reading, Some(7));
    assert!(app.needs_tick(), "the reading line animates");
    // While it reads, the popup says so.
    assert!(render(&app).contains("Reading the mass-sent articles of the last 7 days"));
    send(&mut app, [answer(7, listed())]);
    assert_eq!(app.articles.reading, None);
    assert_eq!(app.articles.listed.len(), 4);
    let screen = render(&app);
    assert!(screen.contains("双十二活动预告"), "{screen}");
    assert!(screen.contains("4 of 4 articles"), "{screen}");
}

#[test]
fn a_opens_it_from_the_panes_but_types_into_the_article_input() {
    let mut app = loaded();
    assert_eq!(app.focus, Focus::Table);
    let fx = send(&mut app, [ch('a')]);
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    let mut typing = app_in(Lang::En, 120, 40);
    send(&mut typing, [ch('a')]);
    assert!(typing.popup.is_none());
    assert_eq!(typing.bar.input.value(), "a");
}

#[test]
fn reopening_shows_the_last_list_at_once_and_reads_again() {
    let mut app = opened(app());
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(app.popup.is_none());
    let fx = send(&mut app, [ctrl('o')]);
    assert_eq!(fx, vec![Effect::ListArticles { days: 7 }]);
    assert!(render(&app).contains("春节假期安排"));
}

#[test]
fn typing_filters_by_title_chinese_and_full_width_alike() {
    let mut app = opened(app());
    type_text(&mut app, "假期");
    assert_eq!(picker(&app).0, "假期");
    let screen = render(&app);
    assert!(screen.contains("春节假期安排"), "{screen}");
    assert!(!screen.contains("双十二"), "{screen}");
    assert!(screen.contains("1 of 4 articles"), "{screen}");
    // An input method's full-width letters find the ASCII title.
    send(&mut app, [key(KeyCode::Esc)]);
    type_text(&mut app, "ｉＰＨＯＮＥ");
    let screen = render(&app);
    assert!(screen.contains("iPhone 以旧换新"), "{screen}");
    assert!(screen.contains("1 of 4 articles"), "{screen}");
}

#[test]
fn typing_an_id_filters_by_id() {
    let mut app = opened(app());
    type_text(&mut app, "483690");
    assert!(render(&app).contains("1 of 4 articles"));
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(
        loads(&fx),
        vec![Article {
            msg_data_id: 2_247_483_690,
            index: 0
        }]
    );
}

#[test]
fn enter_loads_the_chosen_article_with_its_index() {
    let mut app = opened(app());
    type_text(&mut app, "春节");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx), vec![HOLIDAY]);
    assert!(app.popup.is_none());
    // As if typed: the input holds the id, the selector the index.
    assert_eq!(app.bar.input.value(), "2247483700");
    assert_eq!(app.bar.index, 1);
}

#[test]
fn arrows_move_within_the_filtered_rows() {
    let mut app = opened(app());
    send(&mut app, [key(KeyCode::Down), key(KeyCode::Down)]);
    assert_eq!(picker(&app).1, 2);
    send(
        &mut app,
        [key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Down)],
    );
    assert_eq!(picker(&app).1, 3, "stops at the last row");
    send(&mut app, [key(KeyCode::Up)]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx), vec![HOLIDAY]);
}

#[test]
fn esc_clears_the_filter_then_closes() {
    let mut app = opened(app());
    type_text(&mut app, "双十二");
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(picker(&app), (String::new(), 0));
    send(&mut app, [key(KeyCode::Esc)]);
    assert!(app.popup.is_none());
    assert_eq!(app.focus, Focus::Article);
}

#[test]
fn a_paste_goes_into_the_filter() {
    let mut app = opened(app());
    send(&mut app, [Msg::Paste("活动\n".into())]);
    assert_eq!(picker(&app).0, "活动");
    assert_eq!(app.bar.input.value(), "", "not into the article input");
}

#[test]
fn titles_are_cleaned_before_they_are_drawn() {
    let app = opened(app());
    let screen = render(&app);
    assert!(!screen.contains('\u{1b}'));
    assert!(screen.contains("双十二活动预告"));
}

#[test]
fn a_data_cube_error_is_shown_with_its_remedy() {
    let mut app = app();
    send(&mut app, [ctrl('o'), failure(48001, "api unauthorized")]);
    let error = en(app.articles.error.as_ref().unwrap());
    assert!(error.contains("48001"), "{error}");
    let screen = render(&app);
    assert!(screen.contains("Cannot read the article list"), "{screen}");
    assert!(app.popup.is_some(), "the popup stays to show it");
    // A later answer replaces the error.
    send(
        &mut app,
        [key(KeyCode::Esc), ctrl('o'), answer(7, listed())],
    );
    assert!(app.articles.error.is_none());
}

#[test]
fn the_elected_count_shows_once_known() {
    let mut app = loaded();
    send(&mut app, [ch('a'), answer(7, listed())]);
    assert_eq!(app.loads.loaded, Some((ARTICLE, CommentFilter::Elected)));
    let screen = render(&app);
    assert!(screen.contains("12 elected"), "{screen}");
}

#[test]
fn the_loaded_articles_title_shows_in_the_bar_and_the_table() {
    let mut app = opened(app());
    type_text(&mut app, "春节");
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(sample()),
        }],
    );
    let screen = render(&app);
    let titled = screen
        .lines()
        .filter(|l| l.contains("春节假期安排"))
        .count();
    assert_eq!(titled, 2, "bar and table title: {screen}");
    assert_eq!(app.recent[0].title.as_deref(), Some("春节假期安排"));
}

#[test]
fn a_title_learnt_after_the_load_updates_the_screen() {
    let mut app = loaded();
    assert!(!render(&app).contains("今日早报"));
    send(&mut app, [ch('a'), answer(7, listed()), key(KeyCode::Esc)]);
    let screen = render(&app);
    assert!(screen.contains("今日早报"), "{screen}");
}

#[test]
fn a_narrow_screen_drops_the_title_first() {
    let mut app = app_in(Lang::En, 60, 24);
    app = load_into(app, sample());
    send(&mut app, [ch('a'), answer(7, listed()), key(KeyCode::Esc)]);
    let screen = render(&app);
    let table = screen
        .lines()
        .find(|l| l.contains("Elected comments"))
        .unwrap();
    assert!(
        table.contains("2247483652") && table.contains("1/12"),
        "{table}"
    );
    assert!(!table.contains("今日早报"), "the title went first: {table}");
    let bar = screen.lines().find(|l| l.contains("Article · ")).unwrap();
    assert!(bar.contains("今日早报"), "the bar has room: {bar}");
}

#[test]
fn an_88001_points_to_the_article_list_key() {
    let mut app = app();
    send(&mut app, [Msg::Paste("2247483999".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    let err = ApiError::Api {
        path: "/cgi-bin/comment/list",
        code: 88001,
        errmsg: "msg_data is not exists".into(),
    };
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Err(err),
        }],
    );
    let bar = en(app.bar.error.as_ref().unwrap());
    assert!(bar.contains("never mass-sent"), "{bar}");
    assert!(bar.contains("Ctrl-o opens the article list"), "{bar}");
    let log = render(&app);
    assert!(log.contains("in the article list: Ctrl-o."), "{log}");
}

#[test]
fn a_short_link_says_what_it_lacks_and_names_the_key() {
    let mut app = app();
    send(
        &mut app,
        [Msg::Paste("https://mp.weixin.qq.com/s/Xk3RabcDEF".into())],
    );
    let preview = flowed(&render(&app));
    assert!(
        preview.contains("is a short link") && preview.contains("Ctrl-o opens the article list"),
        "{preview}"
    );
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert!(loads(&fx).is_empty());
    let bar = en(app.bar.error.as_ref().unwrap());
    assert!(bar.contains("short link"), "{bar}");
    assert!(bar.contains("Ctrl-o opens the article list"), "{bar}");
}

#[test]
fn full_width_digits_pasted_load_the_article() {
    let mut app = app();
    send(&mut app, [Msg::Paste("２２４７４８３６５２".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(loads(&fx), vec![ARTICLE]);
}

#[test]
fn the_wheel_moves_the_choice_in_the_list() {
    use wxmod::tui::mouse::{Mouse, MouseKind};
    let mut app = opened(app());
    let wheel = |kind| {
        Msg::Mouse(Mouse {
            kind,
            column: 60,
            row: 16,
        })
    };
    send(
        &mut app,
        [wheel(MouseKind::WheelDown), wheel(MouseKind::WheelDown)],
    );
    assert_eq!(picker(&app).1, 2);
    send(&mut app, [wheel(MouseKind::WheelUp)]);
    assert_eq!(picker(&app).1, 1);
}

#[test]
fn titles_learnt_are_saved_with_the_recent_list() {
    let mut app = loaded();
    assert_eq!(app.recent[0].title, None);
    let fx = send(&mut app, [ch('a'), answer(7, listed())]);
    assert_eq!(app.recent[0].title.as_deref(), Some("今日早报：新版本发布"));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveRecent(list) if list[0].title.is_some())),
        "{fx:?}"
    );
    // Nothing new the second time: nothing to save.
    let fx = send(&mut app, [key(KeyCode::Esc), ch('a'), answer(7, listed())]);
    assert!(!fx.iter().any(|e| matches!(e, Effect::SaveRecent(_))));
}

#[test]
fn a_click_chooses_an_article_and_a_second_click_loads_it() {
    use wxmod::tui::mouse::{Mouse, MouseKind};
    let mut app = opened(app());
    let screen = render(&app);
    let row = screen
        .lines()
        .position(|l| l.contains("春节假期安排"))
        .unwrap() as u16;
    let click = Msg::Mouse(Mouse {
        kind: MouseKind::LeftClick,
        column: 40,
        row,
    });
    let fx = send(&mut app, [click.clone()]);
    assert!(loads(&fx).is_empty());
    assert_eq!(picker(&app).1, 2);
    let fx = send(&mut app, [click]);
    assert_eq!(loads(&fx), vec![HOLIDAY]);
    assert!(app.popup.is_none());
}
