//! The highlighted comment in full: in the detail pane (its content wrapped,
//! its reply, what the last batch did to it, with id, state, time and openid)
//! and in the full-screen viewer for comments too long for the pane. The
//! lines come from `pages`, which `layout` measures for scrolling.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::display::fit;
use crate::msg;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::{layout, pages};

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    // The cross-article table, while open, is what the detail shows.
    let cross_row = app.cross.as_ref().map(|c| {
        c.current().map(|r| crate::tui::comments::Row {
            comment: r.comment.clone(),
            outcome: r.outcome,
            op: None,
            gone: false,
        })
    });
    let row = match &cross_row {
        Some(row) => row.as_ref(),
        None => app.list.current(),
    };
    // Tall panes show the facts as lines; short ones fold them into the title.
    let roomy = area.height >= 8;
    let width = usize::from(area.width);
    let height = usize::from(area.height.saturating_sub(1));
    let mut lines = Vec::new();
    if let Some(row) = row {
        if roomy {
            lines.extend(pages::fact_lines(row, app, theme, width));
        }
        lines.extend(pages::body(row, app, theme, width));
    }
    // What does not fit is one key away; the footer may have no room to say so.
    let mut parts = Vec::new();
    if let Some(row) = row {
        let id = row.comment.user_comment_id.to_string();
        parts.push(app.lang.render(&msg!("tui-detail-title", id = id)));
        if lines.len() > height {
            parts.push(app.t("tui-detail-more"));
        }
        if !roomy {
            let (when, openid) = pages::facts(row, app);
            parts.push(when);
            parts.push(openid);
        }
    } else {
        parts.push(app.t("tui-detail-title-none"));
    }
    // The id first, then the facts; what does not fit is dropped from the end.
    let ranked: Vec<(String, u8)> = parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p, u8::try_from(10 - i.min(10)).unwrap_or(0)))
        .collect();
    let title = crate::tui::widgets::title("", &ranked, width.saturating_sub(2));
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::TOP)
        .title(Span::styled(title, theme.title(false)));
    let inner = block.inner(area);
    f.render_widget(block, area);
    f.render_widget(Paragraph::new(lines), inner);
}

/// The comment on (nearly) the whole screen, scrolled `scroll` lines down.
pub fn render_viewer(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let Some(row) = app.list.current() else {
        return;
    };
    let rect = layout::viewer_area(area);
    let width = usize::from(rect.width.saturating_sub(2));
    let lines = pages::viewer_lines(app, row, theme, width);
    let id = row.comment.user_comment_id.to_string();
    let title = fit(
        &format!(" {} ", app.lang.render(&msg!("tui-viewer-title", id = id))),
        width,
    );
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(title, theme.heading()));
    // A resize may leave a stored scroll past the end: show the last page then.
    let scroll = scroll.min(layout::viewer_max_scroll(app));
    super::clear_popup(f, rect);
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
}
