//! One file per part of the screen. Each `render` only draws from `&App`;
//! none of them changes state or does I/O.

pub mod acctpick;
pub mod article_bar;
pub mod artlist;
pub mod ask;
pub mod confirm;
pub mod copy;
pub mod cross;
pub mod detail;
pub mod footer;
pub mod gauge;
pub mod header;
pub mod help;
pub mod history;
pub mod log;
pub mod recent;
pub mod table;

use unicode_width::UnicodeWidthStr;

use crate::display::fit;

/// A pane title of `parts` joined by " · " after `marker`, at most `width`
/// columns (display width, so Chinese and emoji count double). While it is too
/// wide, the part with the lowest rank goes (the later one among equals); the
/// rest keep their order. A title never runs into the border's end.
pub fn title(marker: &str, parts: &[(String, u8)], width: usize) -> String {
    let mut keep: Vec<usize> = (0..parts.len()).collect();
    let build = |keep: &[usize]| {
        let joined: Vec<&str> = keep.iter().map(|&i| parts[i].0.as_str()).collect();
        format!("{marker}{} ", joined.join(" · "))
    };
    let mut text = build(&keep);
    while text.width() > width && keep.len() > 1 {
        let drop = keep
            .iter()
            .enumerate()
            .min_by_key(|&(pos, &i)| (parts[i].1, usize::MAX - pos))
            .map_or(0, |(pos, _)| pos);
        keep.remove(drop);
        text = build(&keep);
    }
    if text.width() > width {
        let cut = fit(&text, width.saturating_sub(1));
        return format!("{cut} ");
    }
    text
}

/// Clear `rect` for a popup. A wide character (Chinese, emoji) that starts
/// just left of the popup spills into its first column and would break its
/// border, so that cell is blanked too.
pub fn clear_popup(f: &mut ratatui::Frame, rect: ratatui::layout::Rect) {
    f.render_widget(ratatui::widgets::Clear, rect);
    if rect.x == 0 {
        return;
    }
    let buf = f.buffer_mut();
    for y in rect.top()..rect.bottom() {
        if let Some(cell) = buf.cell_mut((rect.x - 1, y))
            && cell.symbol().width() > 1
        {
            cell.set_symbol(" ");
        }
    }
}

/// Draw a bordered popup at `rect`: `title` (fitted to the border) over
/// `lines`, one cell of padding each side, on a cleared background.
pub fn draw_popup(
    f: &mut ratatui::Frame,
    rect: ratatui::layout::Rect,
    title: &str,
    lines: Vec<ratatui::text::Line<'_>>,
    theme: &crate::tui::theme::Theme,
) {
    use ratatui::widgets::{Block, Borders, Padding, Paragraph};
    let title = crate::display::fit(
        &format!(" {title} "),
        usize::from(rect.width.saturating_sub(2)),
    );
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::ALL)
        .title(ratatui::text::Span::styled(title, theme.heading()))
        .padding(Padding::horizontal(1));
    clear_popup(f, rect);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(list: &[(&str, u8)]) -> Vec<(String, u8)> {
        list.iter().map(|(s, r)| (s.to_string(), *r)).collect()
    }

    #[test]
    fn titles_drop_the_lowest_ranked_part_by_display_width() {
        let p = parts(&[
            ("精选留言", 9),
            ("2247483652 第 1 篇", 2),
            ("4/12", 3),
            ("已标记 2", 8),
        ]);
        assert_eq!(
            title("▶ ", &p, 80),
            "▶ 精选留言 · 2247483652 第 1 篇 · 4/12 · 已标记 2 "
        );
        // 精选留言 · 4/12 · 已标记 2 = 8 + 3 + 4 + 3 + 8 columns.
        assert_eq!(title("▶ ", &p, 30), "▶ 精选留言 · 4/12 · 已标记 2 ");
        assert_eq!(title("", &p, 20), "精选留言 · 已标记 2 ");
        let t = title("", &p, 6);
        assert!(t.width() <= 6, "{t:?}");
    }
}
