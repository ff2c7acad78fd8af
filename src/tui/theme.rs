//! Styles, in one place. Under NO_COLOR every style drops its colours and keeps
//! only modifiers (bold, reverse, dim), so state is still visible; marks and the
//! cursor also have symbols ([x], ▶) and never rely on colour alone. The
//! user's `[theme]` colours replace the defaults of their roles; NO_COLOR still
//! drops them all.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeColors;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
    colors: ThemeColors,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme::with_colors(color, ThemeColors::default())
    }

    /// The console's styles with the user's `[theme]` colours over the defaults.
    pub fn with_colors(color: bool, colors: ThemeColors) -> Theme {
        Theme { color, colors }
    }

    fn marks_color(&self) -> Color {
        self.colors.marks.unwrap_or(Color::Yellow)
    }

    fn success_color(&self) -> Color {
        self.colors.success.unwrap_or(Color::Green)
    }

    fn failure_color(&self) -> Color {
        self.colors.failure.unwrap_or(Color::Red)
    }

    fn warning_color(&self) -> Color {
        self.colors.warning.unwrap_or(Color::Yellow)
    }

    /// Pane and popup borders: the terminal's colour unless the theme names one.
    pub fn border(&self) -> Style {
        match self.colors.borders {
            Some(c) => self.fg(c),
            None => Style::new(),
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn plain(&self) -> Style {
        Style::new()
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::Gray)
        }
    }

    /// The highlighted row: reversed, or on the theme's highlight colour.
    pub fn cursor_row(&self) -> Style {
        match self.colors.highlight {
            Some(c) if self.color => Style::new().bg(c).add_modifier(Modifier::BOLD),
            _ => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn marked(&self) -> Style {
        self.fg(self.marks_color()).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn ok(&self) -> Style {
        self.fg(self.success_color())
    }

    pub fn fail(&self) -> Style {
        self.fg(self.failure_color()).add_modifier(Modifier::BOLD)
    }

    pub fn warn(&self) -> Style {
        self.fg(self.warning_color())
    }

    pub fn error(&self) -> Style {
        self.fg(self.failure_color())
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The DEMO badge and the stop banner must stand out even without colour.
    pub fn alarm(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn stop(&self) -> Style {
        if self.color {
            Style::new()
                .fg(self.failure_color())
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn gauge_done(&self) -> Style {
        self.fg(self.success_color())
    }
}
