//! The article list popup: a filter typed, the reading line, a data cube
//! error, and the table showing the chosen article's title.

use ratatui::crossterm::event::KeyCode;
use wxmod::tui::{App, Msg};

use super::four_ways;
use crate::support::*;
use crate::update_articles::{answer, failure, listed};

#[test]
fn articles_filtered() {
    four_ways("articles_filtered", |mut app| {
        send(&mut app, [ctrl('o'), answer(7, listed())]);
        type_text(&mut app, "活动");
        app
    });
}

#[test]
fn articles_all() {
    four_ways("articles_all", |mut app| {
        app = load_into(app, sample_wide());
        send(&mut app, [ch('a'), answer(7, listed()), key(KeyCode::Down)]);
        app
    });
}

#[test]
fn articles_reading() {
    four_ways("articles_reading", |mut app| {
        send(&mut app, [ctrl('o')]);
        app
    });
}

#[test]
fn articles_error() {
    four_ways("articles_error", |mut app| {
        send(&mut app, [ctrl('o'), failure(48001, "api unauthorized")]);
        app
    });
}

#[test]
fn articles_title_loaded() {
    four_ways("articles_title_loaded", |mut app: App| {
        send(&mut app, [ctrl('o'), answer(7, listed())]);
        type_text(&mut app, "春节");
        let fx = send(&mut app, [key(KeyCode::Enter)]);
        send(
            &mut app,
            [Msg::Loaded {
                seq: load_seq(&fx),
                result: Ok(sample_wide()),
            }],
        );
        app
    });
}

#[test]
fn articles_short_link() {
    four_ways("articles_short_link", |mut app| {
        send(
            &mut app,
            [Msg::Paste("https://mp.weixin.qq.com/s/Xk3RabcDEF".into())],
        );
        send(&mut app, [key(KeyCode::Enter)]);
        app
    });
}
