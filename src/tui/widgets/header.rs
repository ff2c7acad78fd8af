//! The top line: endpoint (with a DEMO badge against the simulator), the token
//! source (its label, never the token) and unmarkelect's remaining daily quota.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::display::fit;
use crate::msg;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let quota = match app.quota.left {
        Some(q) if q.daily_limit > 0 => app.lang.render(&msg!(
            "tui-quota-left",
            remain = count(q.remain),
            limit = count(q.daily_limit)
        )),
        Some(q) => app
            .lang
            .render(&msg!("tui-quota-left-only", remain = count(q.remain))),
        None => app.t("tui-quota-unknown"),
    };
    let mut spans = vec![Span::styled(" wxmod ", theme.heading())];
    if app.env.demo {
        spans.push(Span::styled(" DEMO ", theme.alarm()));
        spans.push(Span::raw(" "));
    }
    let left_used: usize = spans.iter().map(|s| s.content.width()).sum();
    let width = usize::from(area.width);
    let room = width.saturating_sub(left_used + quota.width() + 2);
    let middle = app.lang.render(&msg!(
        "tui-header-where",
        endpoint = app.env.endpoint.as_str(),
        token = app.env.token_label.clone()
    ));
    // When both do not fit, the account goes first: the endpoint is the
    // same for nearly everyone (and the demo has its badge).
    let middle = if middle.width() <= room {
        middle
    } else {
        fit(&app.lang.render(&app.env.token_label), room)
    };
    let gap = width.saturating_sub(left_used + middle.width() + quota.width() + 1);
    spans.push(Span::styled(middle, theme.plain()));
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(Span::styled(quota, theme.title(false)));
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A quota as a count (thousands separators come with it).
fn count(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}
