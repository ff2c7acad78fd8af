//! The help screen: every binding of the keymap table, by context, so it can
//! never list a key that does not work (or miss one that does). The lines come
//! from `pages`, which `layout` measures for scrolling.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::display::fit;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::{layout, pages};

pub fn render(f: &mut Frame, area: Rect, app: &App, scroll: u16, theme: &Theme) {
    let area = layout::help_area(area);
    let lines = pages::help_lines(app, area.width, theme);
    let title = fit(
        &format!(" {} ", app.t("tui-help-title")),
        usize::from(area.width.saturating_sub(2)),
    );
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(Span::styled(title, theme.heading()));
    // A resize may leave a stored scroll past the end: show the last page then.
    let scroll = scroll.min(layout::help_max_scroll(app));
    super::clear_popup(f, area);
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}
