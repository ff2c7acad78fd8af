//! Where each pane goes for a given terminal size, and how far the scrolling
//! popups reach. Shared by `view` (to draw) and `update` (to know how many rows
//! a page is and where scrolling ends), so both always agree.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

use crate::tui::app::App;
use crate::tui::pages;
use crate::tui::panes::Zoom;
use crate::tui::theme::Theme;

/// From this width on, the detail pane sits beside the table.
pub const WIDE: u16 = 120;

/// The detail pane's width beside the table: about a quarter of the screen,
/// and enough for "作者 " and a 28-character openid on one line, so the
/// table's content column (what people read) keeps most of the room.
pub fn detail_width(width: u16) -> u16 {
    (width / 15 * 4).clamp(34, 60)
}

/// Where each part of the screen goes. A part not shown (the detail pane
/// hidden, the panes a zoom covers) gets an empty rectangle, which draws
/// nothing and no click lands in.
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
    let zoom = app.panes.zoom(app.focus);
    let show_bar = matches!(zoom, None | Some(Zoom::Bar));
    let show_table = zoom != Some(Zoom::Log);
    let show_detail = zoom.is_none() && !app.panes.detail_hidden;
    let extra = area.height.saturating_sub(24);
    let wide = area.width >= WIDE;
    let bar_h = if show_bar {
        2 + pages::bar_message(app, area.width).len() as u16
    } else {
        0
    };
    let table = if show_table {
        Constraint::Min(4)
    } else {
        Constraint::Length(0)
    };
    let log = match zoom {
        None => Constraint::Length((4 + extra / 4).min(14)),
        Some(Zoom::Log) => Constraint::Min(2),
        Some(_) => Constraint::Length(0),
    };
    let detail_h = if wide || !show_detail {
        0
    } else {
        (3 + extra / 6).min(10)
    };
    // A batch's progress and its stop are not panes: a zoom keeps them in sight.
    let progress_h = u16::from(app.batch.show_progress);
    let stop_h = if app.batch.stop.is_some() { 4 } else { 0 };
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(bar_h),
            table,
            Constraint::Length(progress_h),
            Constraint::Length(stop_h),
            Constraint::Length(detail_h),
            log,
            Constraint::Length(1),
        ])
        .split(area);
    let (table, detail) = if wide && show_detail {
        let cols = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([
                Constraint::Min(0),
                Constraint::Length(detail_width(area.width)),
            ])
            .split(rows[2]);
        (cols[0], cols[1])
    } else if show_detail {
        (rows[2], rows[5])
    } else {
        (rows[2], Rect::new(area.x, rows[5].y, 0, 0))
    };
    let empty = |r: Rect| {
        if r.height == 0 {
            Rect::new(r.x, r.y, 0, 0)
        } else {
            r
        }
    };
    Areas {
        header: rows[0],
        article: empty(rows[1]),
        table: empty(table),
        progress: (progress_h > 0).then_some(rows[3]),
        stop: (stop_h > 0).then_some(rows[4]),
        detail,
        log: empty(rows[6]),
        footer: rows[7],
    }
}

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Whether the filter line sits under the table.
pub fn filter_line(app: &App) -> bool {
    app.filter.editing || !app.list.query().is_empty()
}

/// Lines under the table for the filter: its input, and a malformed term's error.
pub fn filter_height(app: &App) -> u16 {
    u16::from(filter_line(app)) + u16::from(filter_line(app) && app.list.query_error().is_some())
}

/// Comment rows the table shows (its title line, column header and filter line
/// excluded).
pub fn table_rows(app: &App) -> usize {
    let chrome = 2 + filter_height(app);
    usize::from(areas(screen(app), app).table.height.saturating_sub(chrome)).max(1)
}

/// Lines the log shows (its title line excluded).
pub fn log_rows(app: &App) -> usize {
    usize::from(areas(screen(app), app).log.height.saturating_sub(1)).max(1)
}

/// The help popup covers the screen less a one-cell margin.
pub fn help_area(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// How far the help can scroll on a screen of `app.size`: its last line at the
/// bottom of the popup, never past it.
pub fn help_max_scroll(app: &App) -> u16 {
    let area = help_area(screen(app));
    let count = pages::help_lines(app, area.width, &Theme::new(false)).len();
    let page = usize::from(area.height.saturating_sub(2));
    u16::try_from(count.saturating_sub(page)).unwrap_or(u16::MAX)
}

/// Lines one page of help moves by.
pub fn help_page(app: &App) -> u16 {
    app.size.1.saturating_sub(5).max(1)
}

/// Where the comment viewer sits on a screen of `area`.
pub fn viewer_area(area: Rect) -> Rect {
    Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    }
}

/// Columns of text inside the viewer's borders.
pub fn viewer_width(app: &App) -> usize {
    usize::from(viewer_area(screen(app)).width.saturating_sub(2))
}

/// How far the viewer can scroll: its last line on its last row, no further.
pub fn viewer_max_scroll(app: &App) -> u16 {
    let Some(row) = app.list.current() else {
        return 0;
    };
    let rect = viewer_area(screen(app));
    let lines = pages::viewer_lines(app, row, &Theme::new(false), viewer_width(app));
    let page = usize::from(rect.height.saturating_sub(2));
    u16::try_from(lines.len().saturating_sub(page)).unwrap_or(u16::MAX)
}

/// Lines one page of the viewer moves by.
pub fn viewer_page(app: &App) -> u16 {
    app.size.1.saturating_sub(8).max(1)
}
