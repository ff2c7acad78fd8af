//! `view(&App, &mut Frame)`: draws the whole screen from the state, nothing
//! else. The layout comes from `layout.rs`, which `update` shares.

use ratatui::Frame;

use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::popup::Popup;
use crate::tui::theme::Theme;
use crate::tui::widgets::{
    article_bar, ask, confirm, detail, footer, gauge, header, help, history, log, recent, table,
};

pub fn view(app: &App, f: &mut Frame) {
    let theme = Theme::with_colors(app.color, app.colors);
    let area = f.area();
    let areas = layout::areas(area, app);
    header::render(f, areas.header, app, &theme);
    article_bar::render(f, areas.article, app, &theme);
    match &app.cross {
        Some(cross) => crate::tui::widgets::cross::render(f, areas.table, app, cross, &theme),
        None => table::render(f, areas.table, app, &theme),
    }
    if let Some(rect) = areas.progress {
        gauge::render_progress(f, rect, app, &theme);
    }
    if let Some(rect) = areas.stop {
        gauge::render_stop(f, rect, app, &theme);
    }
    detail::render(f, areas.detail, app, &theme);
    log::render(f, areas.log, app, &theme);
    footer::render(f, areas.footer, app, &theme);
    match &app.popup {
        None => {}
        Some(Popup::Help { scroll }) => help::render(f, area, app, *scroll, &theme),
        Some(Popup::Confirm(c)) => confirm::render(f, area, app, c, &theme),
        Some(
            p @ (Popup::QuitWhileRunning
            | Popup::QuitWithMarks { .. }
            | Popup::CancelWhileRunning
            | Popup::SwitchWithMarks { .. }),
        ) => ask::render(f, area, app, p, &theme),
        Some(Popup::Recent { selected }) => recent::render(f, area, app, *selected, &theme),
        Some(Popup::Viewer { scroll }) => detail::render_viewer(f, area, app, *scroll, &theme),
        Some(Popup::Copy) => crate::tui::widgets::copy::render(f, area, app, &theme),
        Some(Popup::History(h)) => history::render(f, area, app, h, &theme),
        Some(Popup::Articles(p)) => crate::tui::widgets::artlist::render(f, area, app, p, &theme),
        Some(Popup::Find(find)) => {
            crate::tui::widgets::cross::render_find(f, area, app, find, &theme)
        }
        Some(Popup::Accounts { selected }) => {
            crate::tui::widgets::acctpick::render(f, area, app, *selected, &theme)
        }
    }
}
