//! The questions of `account add`: on a terminal, asked with the secret read
//! without echo; otherwise one answer per line of standard input, so a script
//! (or a test) can drive them. Answers are never printed back.

use std::io::{BufRead, IsTerminal};

use crate::exit::out::{err_line, err_text};
use crate::i18n::{Lang, Message};
use crate::sanitize::clean_line;

pub struct Prompter {
    lang: Lang,
    tty: bool,
    input: Box<dyn BufRead>,
}

impl Prompter {
    pub fn stdin(lang: Lang) -> Prompter {
        let stdin = std::io::stdin();
        Prompter {
            lang,
            tty: stdin.is_terminal(),
            input: Box::new(stdin.lock()),
        }
    }

    /// The next answer, trimmed; `None` when the input has ended.
    pub fn ask(&mut self, question: &Message) -> Option<String> {
        self.show(question);
        self.line()
    }

    /// Like `ask`, but on a terminal the answer is not echoed.
    pub fn ask_secret(&mut self, question: &Message) -> Option<String> {
        self.show(question);
        if self.tty {
            let answer = read_hidden();
            // The newline the user typed was not echoed either.
            err_line("");
            return answer;
        }
        self.line()
    }

    fn show(&self, question: &Message) {
        let text = clean_line(&self.lang.render(question)).into_owned();
        if self.tty {
            err_text(&format!("{text} "));
        } else {
            // Piped: the question on its own line, so a log of the run reads well.
            err_line(&text);
        }
    }

    fn line(&mut self) -> Option<String> {
        let mut answer = String::new();
        match self.input.read_line(&mut answer) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(answer.trim().to_string()),
        }
    }
}

/// A line typed on the terminal without echo (raw mode, keys read one by one).
fn read_hidden() -> Option<String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    enable_raw_mode().ok()?;
    let mut answer = String::new();
    let done = loop {
        match read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => match key.code {
                KeyCode::Enter => break true,
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    break false;
                }
                KeyCode::Esc => break false,
                KeyCode::Backspace => {
                    answer.pop();
                }
                KeyCode::Char(c) => answer.push(c),
                _ => {}
            },
            Ok(Event::Paste(text)) => answer.push_str(&text),
            Ok(_) => {}
            Err(_) => break false,
        }
    };
    let _ = disable_raw_mode();
    done.then(|| answer.trim().to_string())
}
