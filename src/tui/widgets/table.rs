//! The comment table: mark, id, local time, author, outcome, reply marker and
//! one line of content cut by display width; a scrollbar, the position
//! (`17/2000`) and the filter line. Only the rows on screen are built.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};
use unicode_width::UnicodeWidthStr;

use crate::api::wire::CommentFilter;
use crate::display::{fit, pad, pad_left, short_openid, short_time, zone};
use crate::msg;
use crate::tui::app::{App, Focus};
use crate::tui::comments::{Outcome, Row};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::views::{Sort, SortKey, View};
use crate::tui::words;

const SPINNER: [&str; 8] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧"];
const TIME_W: usize = 11;
const AUTHOR_W: usize = crate::display::OPENID_COLUMNS;
/// The result column's least width; wider when an outcome's words need it.
const RESULT_W: usize = 8;

pub fn spinner(app: &App) -> &'static str {
    SPINNER[app.spinner % SPINNER.len()]
}

pub fn render(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = app.focus == Focus::Table && app.popup.is_none();
    let block = Block::default()
        .border_style(theme.border())
        .borders(Borders::TOP)
        .title(Span::styled(
            title(app, focused, usize::from(area.width.saturating_sub(2))),
            theme.title(focused),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let filter_h = layout::filter_height(app);
    let body = Rect {
        height: inner.height.saturating_sub(filter_h),
        ..inner
    };
    if filter_h > 0 {
        render_filter(
            f,
            Rect {
                y: body.bottom(),
                height: filter_h,
                ..inner
            },
            app,
            theme,
        );
    }
    if app.list.visible_len() == 0 {
        let hint = Paragraph::new(Span::styled(empty_hint(app), theme.dim()))
            .wrap(ratatui::widgets::Wrap { trim: true });
        let top = 1.min(body.height);
        let rect = Rect {
            x: body.x + 1,
            y: body.y + top,
            width: body.width.saturating_sub(2),
            height: body.height - top,
        };
        f.render_widget(hint, rect);
        return;
    }
    // One column for the scrollbar.
    let width = usize::from(body.width.saturating_sub(1));
    let rows = usize::from(body.height.saturating_sub(1));
    let offset = effective_offset(app, rows);
    let page: Vec<(usize, &Row)> = app.list.visible_rows(offset).take(rows).collect();
    let id_w = page
        .iter()
        .map(|(_, r)| r.comment.user_comment_id.to_string().len())
        .max()
        .unwrap_or(2)
        .max(2);
    // Before any batch the result column takes no room: the content has it.
    let results = app.list.has_outcomes() || app.batch.running.is_some();
    let cells: Vec<(String, Style)> = if results {
        page.iter().map(|(_, r)| outcome_cell(app, r)).collect()
    } else {
        Vec::new()
    };
    let result_heading = app.t("tui-col-result");
    let cols = Cols {
        id: id_w,
        star: star_column(app),
        result: results.then(|| {
            cells
                .iter()
                .map(|(text, _)| text.width())
                .chain([RESULT_W, result_heading.width()])
                .max()
                .unwrap_or(RESULT_W)
        }),
        content: 0,
    };
    let fixed = cols.fixed();
    let cols = Cols {
        content: width.saturating_sub(fixed),
        ..cols
    };
    // The arrow marks a chosen order; newest first, the order the table
    // opens in, needs none (the title says so too).
    let sort = app.list.sort();
    let arrow = |key: SortKey| {
        if sort.key == key && sort != Sort::default() {
            sort.arrow()
        } else {
            ""
        }
    };
    let mut lines = Vec::with_capacity(page.len() + 1);
    lines.push(Line::from(Span::styled(
        fit(
            &format!(
                "    {}{} {} {} {}{}",
                if cols.star { "  " } else { "" },
                pad_left(&format!("id{}", arrow(SortKey::Id)), id_w + 1),
                pad(
                    &app.lang.render(&msg!(
                        "tui-col-time",
                        zone = zone(app.clock.offset).trim_start_matches("UTC"),
                        // The column is as wide as its times: the arrow takes the space.
                        arrow = match arrow(SortKey::Time) {
                            "" => " ",
                            arrow => arrow,
                        }
                    )),
                    TIME_W
                ),
                pad(
                    &format!("{}{}", app.t("tui-col-author"), arrow(SortKey::Author)),
                    AUTHOR_W
                ),
                match cols.result {
                    Some(w) => format!("{} ", pad(&result_heading, w)),
                    None => String::new(),
                },
                format_args!("  {}", app.t("tui-col-content"))
            ),
            width,
        ),
        theme.heading(),
    )));
    let mut cells = cells.into_iter();
    for (pos, row) in page {
        lines.push(row_line(app, theme, pos, row, &cols, cells.next()));
    }
    // Line by line: cheaper than a Paragraph, which reflows what needs none.
    for (y, line) in (body.y..body.bottom()).zip(lines) {
        let rect = Rect {
            y,
            height: 1,
            width: body.width.saturating_sub(1),
            ..body
        };
        f.render_widget(line, rect);
    }

    if app.list.visible_len() <= rows {
        return;
    }
    let mut state = ScrollbarState::new(app.list.visible_len())
        .position(app.list.cursor())
        .viewport_content_length(rows);
    f.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│")),
        Rect {
            y: body.y + 1,
            height: body.height.saturating_sub(1),
            ..body
        },
        &mut state,
    );
}

/// The widths of the columns that vary: the id's digits, the ★ column (the
/// "all" view only), the result's words (once the list has results), and
/// what is left for the content.
struct Cols {
    id: usize,
    star: bool,
    result: Option<usize>,
    content: usize,
}

impl Cols {
    /// Every cell but the content's, with the spaces between them.
    fn fixed(&self) -> usize {
        4 + usize::from(self.star) * 2
            + 1
            + self.id
            + 1
            + TIME_W
            + 1
            + AUTHOR_W
            + self.result.map_or(0, |w| 1 + w)
            + 3
    }
}

/// The "all" view mixes elected and normal rows: a ★ tells them apart.
fn star_column(app: &App) -> bool {
    app.loads
        .loaded
        .is_some_and(|(_, kind)| kind == CommentFilter::All)
}

/// The stored offset, kept valid for this height (the update keeps it in step).
fn effective_offset(app: &App, rows: usize) -> usize {
    let cursor = app.list.cursor();
    let offset = app.list.offset().min(cursor);
    if cursor >= offset + rows.max(1) {
        cursor + 1 - rows.max(1)
    } else {
        offset
    }
}

/// "▶ Elected comments · 2247483652 index 0 · 4/12 · 2 marked": the kind and
/// what is happening stay; the article and the position go first when narrow.
fn title(app: &App, focused: bool, width: usize) -> String {
    let marker = if focused { "▶ " } else { "" };
    let shown_kind = app.loads.loaded.map_or(app.loads.kind, |(_, k)| k);
    let kind = msg!("tui-table-kind", kind = shown_kind.label());
    let mut parts: Vec<(String, u8)> = vec![(app.lang.render(&kind), 9)];
    let list = &app.list;
    if let Some((article, _)) = app.loads.loaded {
        parts.push((app.lang.render(&words::article(article)), 2));
        // The title is the first to go when narrow.
        if let Some(title) = crate::tui::artlist::loaded_title(app) {
            parts.push((crate::display::fit(&title, (width / 3).max(12)), 1));
        }
        let pos = if list.visible_len() == 0 {
            0
        } else {
            list.cursor() + 1
        };
        let position = if list.visible_len() != list.total() {
            msg!(
                "tui-table-position-of",
                pos = pos,
                shown = list.visible_len(),
                total = list.total()
            )
        } else {
            msg!("tui-table-position", pos = pos, shown = list.visible_len())
        };
        parts.push((app.lang.render(&position), 3));
        // After a reload the position counts the dimmed rows the server no
        // longer lists; saying how many keeps the title's count the reload's.
        if list.gone_count() > 0 {
            let gone = msg!("tui-table-gone", count = list.gone_count());
            parts.push((app.lang.render(&gone), 3));
        }
        if list.view() != View::All {
            parts.push((app.lang.render(&list.view().message()), 8));
        }
        if list.sort() != Default::default() {
            parts.push((app.lang.render(&list.sort().message()), 4));
        }
        if list.marked_count() > 0 {
            let hidden = list.marks_hidden();
            let marked = if hidden > 0 {
                msg!(
                    "tui-table-marked-hidden",
                    count = list.marked_count(),
                    hidden = hidden
                )
            } else {
                msg!("tui-table-marked", count = list.marked_count())
            };
            parts.push((app.lang.render(&marked), 8));
        }
    }
    if let Some(loading) = app.loads.loading {
        let text = if app.loads.loaded.map(|(a, _)| a) == Some(loading.article) {
            msg!("tui-table-loading", spinner = spinner(app))
        } else {
            msg!(
                "tui-table-loading-other",
                spinner = spinner(app),
                article = words::article(loading.article)
            )
        };
        parts.push((app.lang.render(&text), 7));
    }
    if app.loads.kind != shown_kind {
        let next = msg!("tui-table-next", kind = words::kind(app.loads.kind));
        parts.push((app.lang.render(&next), 5));
    }
    super::title(marker, &parts, width)
}

fn empty_hint(app: &App) -> String {
    if app.loads.loading.is_some() {
        return app
            .lang
            .render(&msg!("tui-table-loading", spinner = spinner(app)));
    }
    match app.loads.loaded {
        None if app.env.demo => app.t("tui-empty-demo"),
        None => app.t("tui-empty"),
        Some(_) if app.list.view() != View::All => app
            .lang
            .render(&msg!("tui-empty-view", view = app.list.view().message())),
        Some(_) if !app.list.query().is_empty() => app.lang.render(&msg!(
            "tui-empty-filter",
            query = crate::display::display_line(app.list.query())
        )),
        Some((_, kind)) => app
            .lang
            .render(&msg!("tui-empty-kind", kind = words::kind(kind))),
    }
}

fn outcome_cell(app: &App, row: &Row) -> (String, Style) {
    let theme = Theme::new(app.color);
    match row.outcome {
        None => (String::new(), theme.plain()),
        Some(Outcome::Sending) => (spinner(app).to_string(), theme.warn()),
        Some(Outcome::Done) => match row.op {
            Some(op) => (
                app.lang
                    .render(&msg!("tui-cell-done", done = words::op_done(op))),
                theme.ok(),
            ),
            None => ("✓".into(), theme.ok()),
        },
        Some(Outcome::Failed { code: Some(code) }) => (format!("✗ {code}"), theme.fail()),
        Some(Outcome::Failed { code: None }) => (app.t("tui-cell-net"), theme.fail()),
        Some(Outcome::NotAttempted) => (app.t("tui-cell-unsent"), theme.warn()),
        Some(Outcome::Unknown) => (app.t("tui-cell-unknown"), theme.warn()),
        Some(Outcome::Verified { done: true }) => (app.t("tui-cell-verified"), theme.ok()),
        Some(Outcome::Verified { done: false }) => {
            (app.t("tui-cell-verified-not-done"), theme.fail())
        }
    }
}

fn row_line<'a>(
    app: &App,
    theme: &Theme,
    pos: usize,
    row: &'a Row,
    cols: &Cols,
    result: Option<(String, Style)>,
) -> Line<'a> {
    let c = &row.comment;
    let is_cursor = pos == app.list.cursor();
    let marked = app.list.is_marked(c.user_comment_id);
    let mark = if marked {
        "[x]"
    } else if app.list.in_pending_range(pos) {
        "[~]"
    } else {
        "[ ]"
    };
    let pointer = if is_cursor { "▶" } else { " " };
    let reply = if c.reply.is_some() { "↩" } else { " " };
    let mut line = Line::from(vec![
        Span::styled(
            format!("{pointer}{mark}"),
            if marked {
                theme.marked()
            } else {
                theme.plain()
            },
        ),
        Span::styled(
            if !cols.star {
                ""
            } else if c.is_elected() {
                " ★"
            } else {
                "  "
            },
            theme.marked(),
        ),
        Span::raw(format!(
            " {} ",
            pad_left(&c.user_comment_id.to_string(), cols.id)
        )),
        Span::raw(pad(&short_time(c.create_time, app.clock.offset), TIME_W)),
        Span::raw(" "),
        Span::raw(pad(&short_openid(c.openid.as_deref()), AUTHOR_W)),
    ]);
    if let (Some(width), Some((result, style))) = (cols.result, result) {
        line.push_span(Span::raw(" "));
        line.push_span(Span::styled(pad(&result, width), style));
    }
    line.extend([
        Span::raw(format!(" {reply} ")),
        Span::raw(fit(&c.content, cols.content)),
    ]);
    if row.gone {
        line = line.patch_style(theme.dim());
    }
    if is_cursor {
        line = line.patch_style(theme.cursor_row());
    }
    let used = line.width();
    let full = cols.fixed() + cols.content;
    if is_cursor && used < full {
        line.push_span(Span::styled(" ".repeat(full - used), theme.cursor_row()));
    }
    line
}

fn render_filter(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let editing = app.filter.editing && app.popup.is_none();
    let label = format!(
        "{}{}",
        if editing { "▶" } else { " " },
        app.t("tui-filter-label")
    );
    let value = fit(
        app.filter.input.value(),
        usize::from(area.width).saturating_sub(label.width() + 1),
    );
    let line = Line::from(vec![
        Span::styled(label.clone(), theme.title(editing)),
        Span::styled(value.clone(), theme.marked()),
    ]);
    f.render_widget(Paragraph::new(line), Rect { height: 1, ..area });
    if let Some(err) = app.list.query_error()
        && area.height > 1
    {
        // A ^ under the place the query fails, then why.
        let column = label.width() + err.column(app.list.query());
        let text = fit(
            &format!(
                "{}^ ✗ {}",
                " ".repeat(column),
                crate::i18n::Localize::render(err, app.lang)
            ),
            usize::from(area.width),
        );
        f.render_widget(
            Paragraph::new(Span::styled(text, theme.fail())),
            Rect {
                y: area.y + 1,
                height: 1,
                ..area
            },
        );
    }
    if editing {
        let x = area.x + (label.width() + value.width()) as u16;
        f.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}
