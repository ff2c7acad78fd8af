//! The recent-articles list, opened from the article input.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::confirm::centered;
use crate::display::{pad, short_time};
use crate::msg;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::words;

pub fn render(f: &mut Frame, area: Rect, app: &App, selected: usize, theme: &Theme) {
    let width = 90;
    let rect = centered(area, width, app.recent.len() as u16 + 2);
    let inner_w = usize::from(rect.width.saturating_sub(2));
    let lines: Vec<Line> = app
        .recent
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let pointer = if i == selected { "▶" } else { " " };
            let when = if r.loaded_at > 0 {
                short_time(r.loaded_at, app.clock.offset)
            } else {
                app.t("tui-recent-never")
            };
            let line = msg!(
                "tui-recent-line",
                id = r.article.msg_data_id.to_string(),
                index = r.article.index.to_string(),
                position = r.article.index as usize + 1,
                count = r.comments,
                kind = words::kind_label(&r.kind),
                when = when
            );
            let mut text = format!("{pointer} {}", app.lang.render(&line));
            if let Some(title) = &r.title {
                text.push_str(" · ");
                text.push_str(title);
            }
            let style = if i == selected {
                theme.cursor_row()
            } else {
                theme.plain()
            };
            Line::from(Span::styled(pad(&text, inner_w), style))
        })
        .collect();
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(
            format!(" {} ", app.t("tui-recent-title")),
            theme.heading(),
        ));
    super::clear_popup(f, rect);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}
