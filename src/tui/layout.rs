//! Where each pane goes for a given terminal size. Shared by `view` (to draw)
//! and `update` (to know how many rows a page is), so both always agree.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

use crate::tui::app::App;
use crate::tui::widgets::article_bar;

/// From this width on, the detail pane sits beside the table.
pub const WIDE: u16 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub article: Rect,
    pub table: Rect,
    pub progress: Option<Rect>,
    pub stop: Option<Rect>,
    pub detail: Rect,
    pub log: Rect,
    pub footer: Rect,
}

pub fn areas(area: Rect, app: &App) -> Areas {
    let extra = area.height.saturating_sub(24);
    let wide = area.width >= WIDE;
    let log_h = (4 + extra / 4).min(14);
    let detail_h = if wide { 0 } else { (3 + extra / 6).min(10) };
    let progress_h = u16::from(app.show_progress);
    let stop_h = if app.stop.is_some() { 4 } else { 0 };
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(2 + article_bar::message_lines(app, area.width).len() as u16),
            Constraint::Min(4),
            Constraint::Length(progress_h),
            Constraint::Length(stop_h),
            Constraint::Length(detail_h),
            Constraint::Length(log_h),
            Constraint::Length(1),
        ])
        .split(area);
    let (table, detail) = if wide {
        let cols = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(62), Constraint::Percentage(38)])
            .split(rows[2]);
        (cols[0], cols[1])
    } else {
        (rows[2], rows[5])
    };
    Areas {
        header: rows[0],
        article: rows[1],
        table,
        progress: (progress_h > 0).then_some(rows[3]),
        stop: (stop_h > 0).then_some(rows[4]),
        detail,
        log: rows[6],
        footer: rows[7],
    }
}

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Whether the filter line sits under the table.
pub fn filter_line(app: &App) -> bool {
    app.filter_editing || !app.list.query().is_empty()
}

/// Comment rows the table shows (its title line, column header and filter line
/// excluded).
pub fn table_rows(app: &App) -> usize {
    let chrome = 2 + u16::from(filter_line(app));
    usize::from(areas(screen(app), app).table.height.saturating_sub(chrome)).max(1)
}

/// Lines the log shows (its title line excluded).
pub fn log_rows(app: &App) -> usize {
    usize::from(areas(screen(app), app).log.height.saturating_sub(1)).max(1)
}
