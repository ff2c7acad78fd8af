//! The console across articles: the author table loading with its progress,
//! the table with marks (each row naming its article), and the search input
//! showing where a query fails.

use ratatui::crossterm::event::KeyCode;
use wxmod::tui::Msg;

use super::four_ways;
use crate::support::*;
use crate::update_cross::{author, listed, lists};

#[test]
fn cross_loading() {
    four_ways("cross_loading", |app| {
        let mut app = load_into(app, sample_wide());
        let openid = author(&app);
        send(&mut app, [ch('o')]);
        let fx = send(&mut app, [crate::update_articles::answer(7, listed())]);
        let seq = fx
            .iter()
            .find_map(|e| match e {
                wxmod::tui::Effect::LoadMany { seq, .. } => Some(*seq),
                _ => None,
            })
            .expect("LoadMany");
        let (article, list) = lists(&openid).remove(2);
        send(
            &mut app,
            [Msg::LoadedOne {
                seq,
                article,
                result: Ok(list),
            }],
        );
        app
    });
}

#[test]
fn cross_author_marked() {
    four_ways("cross_author_marked", |app| {
        let mut app = load_into(app, sample_wide());
        let openid = author(&app);
        app.articles.listed = listed();
        app.articles.known = true;
        let fx = send(&mut app, [ch('o')]);
        let seq = match fx.as_slice() {
            [wxmod::tui::Effect::LoadMany { seq, .. }] => *seq,
            other => panic!("{other:?}"),
        };
        for (article, result) in lists(&openid) {
            send(
                &mut app,
                [Msg::LoadedOne {
                    seq,
                    article,
                    result: Ok(result),
                }],
            );
        }
        send(
            &mut app,
            [Msg::LoadedAll { seq }, ch(' '), ch('j'), ch(' ')],
        );
        app
    });
}

#[test]
fn cross_search_error() {
    four_ways("cross_search_error", |app| {
        let mut app = load_into(app, sample_wide());
        send(&mut app, [ch('F')]);
        type_text(&mut app, "加V (店铺");
        send(&mut app, [key(KeyCode::Enter)]);
        app
    });
}

#[test]
fn cross_confirm() {
    four_ways("cross_confirm", |app| {
        let mut app = load_into(app, sample_wide());
        let openid = author(&app);
        app.articles.listed = listed();
        app.articles.known = true;
        let fx = send(&mut app, [ch('o')]);
        let seq = match fx.as_slice() {
            [wxmod::tui::Effect::LoadMany { seq, .. }] => *seq,
            other => panic!("{other:?}"),
        };
        for (article, result) in lists(&openid) {
            send(
                &mut app,
                [Msg::LoadedOne {
                    seq,
                    article,
                    result: Ok(result),
                }],
            );
        }
        send(&mut app, [Msg::LoadedAll { seq }, ctrl('a'), ch('d')]);
        app
    });
}
