//! The status log's model: timestamped lines (loads, item outcomes, batch
//! summaries, stops) and how far the user scrolled back. Every line is
//! sanitised on the way in, so nothing pushed here can reach the terminal raw.

use crate::sanitize::clean_line;

/// Oldest lines are dropped past this many, so a huge batch cannot grow the log forever.
const MAX_LINES: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Ok,
    Fail,
    Warn,
    Stop,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    /// Unix seconds.
    pub at: i64,
    pub level: Level,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Log {
    lines: Vec<LogLine>,
    /// Lines scrolled back from the newest; 0 follows new lines.
    back: usize,
}

impl Log {
    pub fn push(&mut self, at: i64, level: Level, text: &str) {
        if self.lines.len() >= MAX_LINES {
            self.lines.drain(..MAX_LINES / 10);
        }
        self.lines.push(LogLine {
            at,
            level,
            text: clean_line(text).into_owned(),
        });
        // Someone reading older lines keeps seeing the same ones.
        if self.back > 0 {
            self.back += 1;
        }
    }

    pub fn lines(&self) -> &[LogLine] {
        &self.lines
    }

    pub fn back(&self) -> usize {
        self.back
    }

    /// The slice a pane `height` lines tall shows.
    pub fn window(&self, height: usize) -> &[LogLine] {
        let end = self.lines.len().saturating_sub(self.back);
        &self.lines[end.saturating_sub(height)..end]
    }

    pub fn scroll_back(&mut self, n: usize, height: usize) {
        let max = self.lines.len().saturating_sub(height.max(1));
        self.back = (self.back + n).min(max);
    }

    pub fn scroll_forward(&mut self, n: usize) {
        self.back = self.back.saturating_sub(n);
    }

    pub fn oldest(&mut self, height: usize) {
        self.back = self.lines.len().saturating_sub(height.max(1));
    }

    pub fn follow(&mut self) {
        self.back = 0;
    }
}
