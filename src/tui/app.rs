//! The console's whole state as plain data: what is loaded, what is marked,
//! which pane has focus, the running batch, the log, the open popup, and the
//! clock. Only `update` changes it; `view` only reads it. No I/O here.

use time::UtcOffset;
use tui_input::Input;

use crate::api::wire::{Article, CommentFilter, Quota, WriteOp};
use crate::article::parse_article;
use crate::batch::{Progress, Summary};
use crate::i18n::{Lang, Localize, Message};
use crate::msg;
use crate::tui::comments::CommentList;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::log::Log;
use crate::tui::marks_history::MarksHistory;
use crate::tui::popup::Popup;
use crate::tui::recent::RecentArticle;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Article,
    Index,
    Table,
    Log,
}

impl Focus {
    const ORDER: [Focus; 4] = [Focus::Article, Focus::Index, Focus::Table, Focus::Log];

    pub fn next(self) -> Focus {
        let i = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Self::ORDER[(i + 1) % Self::ORDER.len()]
    }

    pub fn prev(self) -> Focus {
        let i = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Self::ORDER[(i + Self::ORDER.len() - 1) % Self::ORDER.len()]
    }
}

/// Where the console is pointed; shown in the header. Never holds a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Env {
    pub endpoint: String,
    pub demo: bool,
    /// "ready token", "app credentials (wx12…)"…
    pub token_label: Message,
}

/// The clock lives in the state so screens are reproducible: the runtime sets
/// `now` before each message; tests fix it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Unix seconds.
    pub now: i64,
    /// The offset local times are shown in.
    pub offset: UtcOffset,
}

/// The article id input and the index selector.
#[derive(Debug, Clone, Default)]
pub struct ArticleBar {
    pub input: Input,
    pub index: u32,
    /// The index was taken from the input (`_3`, `idx=`), not chosen with the
    /// selector: it goes back to 0 when the input stops naming one, so a plain
    /// id typed after a link does not load the link's index.
    pub index_from_input: bool,
    /// Shown inline under the input; set when input cannot be loaded.
    pub error: Option<Message>,
}

impl ArticleBar {
    /// The article the input and the selector name, or why they name none.
    pub fn article(&self) -> Result<Article, Message> {
        let parsed = parse_article(self.input.value()).map_err(|e| e.message())?;
        Ok(parsed.article(Some(self.index)))
    }

    pub fn set_text(&mut self, text: &str) {
        self.input = Input::new(text.to_string());
        self.error = None;
        self.take_index_from_input();
    }

    /// `2247483652_3` and links name an index: the selector follows them, and
    /// goes back to 0 once the input names none (an index chosen with the
    /// selector stays).
    pub fn take_index_from_input(&mut self) {
        let named = match parse_article(self.input.value()) {
            Ok(parsed) => parsed.index,
            Err(_) if self.input.value().trim().is_empty() => None,
            // Half-typed: wait for it to parse.
            Err(_) => return,
        };
        match named {
            Some(index) => {
                self.index = index;
                self.index_from_input = true;
            }
            None if self.index_from_input => {
                self.index = 0;
                self.index_from_input = false;
            }
            None => {}
        }
    }

    /// The index chosen with the selector (or given with the article).
    pub fn choose_index(&mut self, index: u32) {
        self.index = index;
        self.index_from_input = false;
    }
}

/// A load in flight. A newer one makes the answer of an older one ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loading {
    pub seq: u64,
    pub article: Article,
    pub kind: CommentFilter,
    /// The reload after a batch: keeps outcomes and vanished rows.
    pub after_batch: bool,
}

/// A batch the engine is running for us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Running {
    pub batch_id: Option<String>,
    pub op: WriteOp,
    pub article: Article,
    pub progress: Progress,
    /// Esc was pressed: in-flight requests finish, the rest is not attempted.
    pub cancelling: bool,
    pub undo: bool,
    /// The engine is reading the list to settle this many unknown items.
    pub settling: Option<usize>,
}

/// What the table shows and what is being read: the comment type `t`
/// selects, the article shown, and the load in flight.
#[derive(Debug, Clone)]
pub struct Loads {
    /// The comment type `t` selects; applies from the next load.
    pub kind: CommentFilter,
    /// What the table shows.
    pub loaded: Option<(Article, CommentFilter)>,
    pub loading: Option<Loading>,
    pub next_seq: u64,
}

/// The filter line under the table.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub input: Input,
    /// Keys go into the filter rather than to commands.
    pub editing: bool,
    /// The config's saved rules, which Tab puts in the filter in turn.
    pub rules: Vec<crate::config::Rule>,
    /// The rule Tab put in last.
    pub rule: Option<usize>,
}

/// This session's batches: the one running, the last one finished, what `u`
/// undoes, a stop to show, and what to say in the shell on quitting.
#[derive(Debug, Clone, Default)]
pub struct BatchSession {
    pub running: Option<Running>,
    /// The last finished batch (`f` re-marks its failures).
    pub last: Option<Summary>,
    /// The batch id `u` undoes: this session's last deselect or elect batch;
    /// with `None`, `u` names the history (`H`) to pick an older one.
    pub undoable: Option<String>,
    /// `u` asked the journal (and maybe the list) for an undo plan and the
    /// answer has not come yet: a second `u` would read the list again.
    pub planning_undo: bool,
    /// A stop, shown prominently until the next batch or a fresh load.
    pub stop: Option<Message>,
    /// Show the progress line (from a batch's start until the next fresh load).
    pub show_progress: bool,
    /// Quit as soon as the running batch reports it finished.
    pub quit_after: bool,
    /// One line per batch finished in this session, printed when the console
    /// closes: the screen that showed them is gone then.
    pub ran: Vec<Message>,
}

/// unmarkelect's remaining daily quota, as last read.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuotaState {
    pub left: Option<Quota>,
    /// A failed quota read was logged already.
    pub warned: bool,
}

#[derive(Debug, Clone)]
pub struct App {
    /// The language everything on screen (and left in the shell) is in.
    pub lang: Lang,
    pub env: Env,
    pub clock: Clock,
    /// False under NO_COLOR: state is then shown by symbols and modifiers only.
    pub color: bool,
    /// The user's `[theme]` colours (used only when `color`).
    pub colors: crate::config::ThemeColors,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    pub keymap: &'static Keymap,
    pub focus: Focus,
    pub bar: ArticleBar,
    pub recent: Vec<RecentArticle>,
    pub loads: Loads,
    pub list: CommentList,
    /// Marks as they were before each clearing, for `Ctrl-z`.
    pub marks_history: MarksHistory,
    pub filter: Filter,
    pub log: Log,
    pub popup: Option<Popup>,
    pub batch: BatchSession,
    pub quota: QuotaState,
    pub spinner: usize,
    /// The detail pane hidden, the focused pane zoomed.
    pub panes: crate::tui::panes::Panes,
    /// The account's article list (the popup's rows), as last read.
    pub articles: crate::tui::artlist::Articles,
    /// The accounts the picker (`A`) offers, and the one in use.
    pub accounts: crate::tui::acctpick::Accounts,
    /// The cross-article table (`o`, `F`), replacing the comment table while open.
    pub cross: Option<crate::tui::cross::Cross>,
    /// Lists read for the cross-article table, reused for a minute.
    pub cross_cache: crate::tui::cross::ListCache,
}

impl App {
    pub fn new(env: Env, clock: Clock, color: bool) -> App {
        App {
            lang: Lang::En,
            env,
            clock,
            color,
            colors: crate::config::ThemeColors::default(),
            size: (80, 24),
            keymap: Keymap::builtin(),
            focus: Focus::Article,
            bar: ArticleBar::default(),
            recent: Vec::new(),
            loads: Loads {
                kind: CommentFilter::Elected,
                loaded: None,
                loading: None,
                next_seq: 1,
            },
            list: CommentList::default(),
            marks_history: MarksHistory::default(),
            filter: Filter::default(),
            log: Log::default(),
            popup: None,
            batch: BatchSession::default(),
            quota: QuotaState::default(),
            spinner: 0,
            panes: crate::tui::panes::Panes::default(),
            articles: crate::tui::artlist::Articles::default(),
            accounts: crate::tui::acctpick::Accounts::default(),
            cross: None,
            cross_cache: crate::tui::cross::ListCache::default(),
        }
    }

    /// Whether the runtime should send ticks: only while something animates,
    /// so an idle console does no work at all.
    pub fn needs_tick(&self) -> bool {
        self.loads.loading.is_some()
            || self.batch.running.is_some()
            || self.articles.reading.is_some()
            || self.cross.as_ref().is_some_and(|c| c.loading.is_some())
    }

    /// Typing goes into a text field rather than to single-letter commands.
    pub fn typing(&self) -> bool {
        self.popup.is_none() && (self.filter.editing || self.focus == Focus::Article)
    }

    /// The keymap contexts searched for a key, most specific first. The footer
    /// shows the same chain, so it lists exactly the keys that work.
    pub fn key_chain(&self) -> Vec<Context> {
        if let Some(popup) = &self.popup {
            return vec![match popup {
                Popup::Help { .. } => Context::Help,
                Popup::Confirm(_) => Context::Confirm,
                Popup::QuitWhileRunning
                | Popup::QuitWithMarks { .. }
                | Popup::CancelWhileRunning
                | Popup::SwitchWithMarks { .. } => Context::Ask,
                Popup::Accounts { .. } => Context::Accounts,
                Popup::Recent { .. } => Context::Recent,
                Popup::Viewer { .. } => Context::Viewer,
                Popup::Copy => Context::Copy,
                Popup::History(_) => Context::History,
                Popup::Articles(_) => Context::Articles,
                Popup::Find(_) => Context::Find,
            }];
        }
        let mut chain = Vec::with_capacity(4);
        // Typing in the filter keeps its Enter and Esc even while a batch runs:
        // leaving the filter must never cancel the batch.
        if self.filter.editing {
            chain.push(Context::Filter);
        }
        if self.batch.running.is_some() {
            chain.push(Context::Running);
        }
        if self.filter.editing {
            chain.push(Context::Everywhere);
            return chain;
        }
        match self.focus {
            Focus::Article => chain.extend([Context::Article, Context::Everywhere]),
            Focus::Index => chain.extend([Context::Index, Context::Panes, Context::Everywhere]),
            Focus::Table if self.cross.is_some() => {
                chain.extend([Context::Cross, Context::Panes, Context::Everywhere])
            }
            Focus::Table => chain.extend([Context::Table, Context::Panes, Context::Everywhere]),
            Focus::Log => chain.extend([Context::Log, Context::Panes, Context::Everywhere]),
        }
        chain
    }

    /// What to print once the console has closed: one line per batch this
    /// session finished, and the one still running if the user quit at once.
    pub fn exit_report(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.batch.ran.iter().map(|m| self.lang.render(m)).collect();
        if let Some(b) = &self.batch.running {
            let p = b.progress;
            let id = match &b.batch_id {
                Some(id) => id.clone(),
                None => self.lang.t("tui-not-started"),
            };
            lines.push(self.lang.render(&msg!(
                "tui-ran-quit",
                id = id,
                article = crate::tui::words::article(b.article),
                done = p.done,
                failed = p.failed,
                unknown = p.unknown,
                left = p.left()
            )));
        }
        lines
    }

    /// Add a line to the status log, in the user's language.
    pub fn say(&mut self, level: crate::tui::log::Level, message: &Message) {
        let text = self.lang.render(message);
        self.log.push(self.clock.now, level, &text);
    }

    /// A message without arguments, in the user's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }
}
