//! The article list popup: the account's mass-sent articles of the last days
//! merged with the recent ones, found by typing part of a title or an id.
//! State and keys; the reading is `Effect::ListArticles`, drawing is in
//! widgets/artlist.rs.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::api::ApiError;
use crate::api::wire::Article;
use crate::articles::ListedArticle;
use crate::i18n::Message;
use crate::msg;
use crate::tui::acting::key_for;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::log::Level;
use crate::tui::popup::Popup;
use crate::tui::transition::request_load;
use crate::tui::words;

/// What the console knows of the account's articles.
#[derive(Debug, Clone)]
pub struct Articles {
    /// How many days back the list reads (yesterday included).
    pub days: u32,
    /// The last listing, newest first; shown at once when the popup opens.
    pub listed: Vec<ListedArticle>,
    /// A listing was answered (even an empty one).
    pub known: bool,
    /// Days being read now, if a read is in flight.
    pub reading: Option<u32>,
    /// Why the last read failed, in words (meaning and remedy).
    pub error: Option<Message>,
}

impl Default for Articles {
    fn default() -> Self {
        Articles {
            days: crate::articles::DEFAULT_DAYS,
            listed: Vec::new(),
            known: false,
            reading: None,
            error: None,
        }
    }
}

/// The open popup: what is typed and which shown row is chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub filter: String,
    pub selected: usize,
}

/// The answer to `Effect::ListArticles`.
#[derive(Debug, Clone)]
pub struct ArticlesRead {
    pub days: u32,
    pub result: Result<ArticlesFound, ApiError>,
}

#[derive(Debug, Clone)]
pub struct ArticlesFound {
    pub articles: Vec<ListedArticle>,
    pub days_asked: usize,
    /// What could not be saved (the list is still right).
    pub warnings: Vec<Message>,
}

/// Open the popup, reading the list again (cached days answer at once).
pub fn open(app: &mut App, fx: &mut Vec<Effect>) {
    app.popup = Some(Popup::Articles(Box::default()));
    if app.articles.reading.is_none() {
        let days = app.articles.days;
        app.articles.reading = Some(days);
        fx.push(Effect::ListArticles { days });
    }
}

/// The list arrived: keep it, teach the recent list its titles. The listing
/// saved the recent file it read; saving the console's own list after it
/// keeps what the console loaded meanwhile.
pub fn answered(app: &mut App, read: ArticlesRead, fx: &mut Vec<Effect>) {
    // No read in flight: this answers one asked before an account switch,
    // and lists the other account's articles.
    if app.articles.reading.take().is_none() {
        return;
    }
    match read.result {
        Ok(found) => {
            for warning in &found.warnings {
                app.say(Level::Warn, warning);
            }
            let mut learnt = false;
            for item in &found.articles {
                if let Some(title) = &item.title {
                    learnt |= crate::tui::recent::learn_title(&mut app.recent, item.article, title);
                }
            }
            if learnt {
                fx.push(Effect::SaveRecent(app.recent.clone()));
            }
            app.articles.listed = found.articles;
            app.articles.known = true;
            app.articles.error = None;
        }
        Err(err) => {
            let text = msg!(
                "artlist-failed",
                days = read.days as usize,
                why = words::api_error(&err)
            );
            app.say(Level::Fail, &text);
            app.articles.error = Some(text);
        }
    }
    if let Some(Popup::Articles(picker)) = &mut app.popup {
        let last = shown(&app.articles.listed, &picker.filter)
            .len()
            .saturating_sub(1);
        picker.selected = picker.selected.min(last);
    }
}

/// Full-width letters, digits and spaces as their ASCII forms, lowercased:
/// what an input method types matches what the server wrote, either way.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `item` matches what is typed: part of its title or of its id.
pub fn matches(item: &ListedArticle, filter: &str) -> bool {
    let wanted = fold(filter.trim());
    if wanted.is_empty() {
        return true;
    }
    item.article.msg_data_id.to_string().contains(&wanted)
        || item
            .title
            .as_deref()
            .is_some_and(|t| fold(&crate::sanitize::clean_line(t)).contains(&wanted))
}

/// The rows the filter lets through, in the list's order.
pub fn shown<'a>(listed: &'a [ListedArticle], filter: &str) -> Vec<&'a ListedArticle> {
    listed.iter().filter(|i| matches(i, filter)).collect()
}

/// Keys in the popup: typing filters, arrows move, Enter loads, Esc clears
/// the filter and then closes.
pub fn on_key(
    app: &mut App,
    mut picker: Box<Picker>,
    key: KeyEvent,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    let count = shown(&app.articles.listed, &picker.filter).len();
    match action {
        Some(Action::Close) if !picker.filter.is_empty() => {
            picker.filter.clear();
            picker.selected = 0;
        }
        Some(Action::Close) => return None,
        Some(Action::Up) => picker.selected = picker.selected.saturating_sub(1),
        Some(Action::Down) => picker.selected = (picker.selected + 1).min(count.saturating_sub(1)),
        Some(Action::Load) => {
            let chosen = shown(&app.articles.listed, &picker.filter)
                .get(picker.selected)
                .map(|i| i.article);
            if let Some(article) = chosen {
                load(app, article, fx);
                return None;
            }
        }
        _ => type_into(&mut picker, key),
    }
    Some(Popup::Articles(picker))
}

fn type_into(picker: &mut Picker, key: KeyEvent) {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(c) if plain && !c.is_control() => picker.filter.push(c),
        KeyCode::Backspace => {
            picker.filter.pop();
        }
        _ => return,
    }
    picker.selected = 0;
}

/// Pasted text goes into the filter.
pub fn paste(picker: &mut Picker, text: &str) {
    picker.filter.push_str(text);
    picker.selected = 0;
}

/// Exactly as typing the id, choosing the index and pressing Enter.
fn load(app: &mut App, article: Article, fx: &mut Vec<Effect>) {
    app.bar.set_text(&article.msg_data_id.to_string());
    app.bar.choose_index(article.index);
    request_load(app, article, app.loads.kind, false, fx);
}

/// The title of `article` as far as the console knows it (raw: sanitise
/// before showing): from the recent list, else the article list.
pub fn title_of(app: &App, article: Article) -> Option<&str> {
    app.recent
        .iter()
        .find(|r| r.article == article)
        .and_then(|r| r.title.as_deref())
        .or_else(|| {
            app.articles
                .listed
                .iter()
                .find(|l| l.article == article)
                .and_then(|l| l.title.as_deref())
        })
        .filter(|t| !t.trim().is_empty())
}

/// The title of the article the table shows, cleaned for the screen.
pub fn loaded_title(app: &App) -> Option<String> {
    let (article, _) = app.loads.loaded?;
    title_of(app, article).map(|t| crate::sanitize::clean_line(t).into_owned())
}

/// How many elected comments `article` had when last loaded, if known.
pub fn elected_count(app: &App, article: Article) -> Option<usize> {
    if app.loads.loaded == Some((article, crate::api::wire::CommentFilter::Elected)) {
        return Some(app.list.total());
    }
    app.recent
        .iter()
        .find(|r| r.article == article && r.kind == "elected")
        .map(|r| r.comments)
}

/// The key that opens the article list from the article input, as the
/// effective keymap writes it.
pub fn open_key(app: &App) -> String {
    key_for(app, Context::Article, Action::Articles)
}

/// `why` followed by where to find the article instead: the article list's key.
pub fn pointing_to_list(app: &App, why: Message) -> Message {
    msg!("artlist-see-list", why = why, key = open_key(app))
}

/// What a short link lacks, and the key of the list that finds the article:
/// the console's shorter form of `articles-short-link`, to fit under the input.
pub fn short_link(app: &App, link: &str) -> Message {
    msg!("artlist-short-link", link = link, key = open_key(app))
}

/// A short link refused by Enter says the article list's key.
pub fn after_bar_error(app: &mut App) {
    if app.bar.error.is_none() {
        return;
    }
    if let Err(crate::article::ArticleParseError::ShortLink(link)) =
        crate::article::parse_article(app.bar.input.value())
    {
        app.bar.error = Some(short_link(app, &link));
    }
}

/// A load failure in words; an 88001 (no such article: often one published
/// without a mass send) also names the article list's key, in the log too.
pub fn load_failed(app: &mut App, err: &ApiError, text: Message) -> Message {
    if err.errcode() == Some(88001) {
        let hint = msg!("artlist-hint", key = open_key(app));
        app.say(Level::Info, &hint);
        pointing_to_list(app, text)
    } else {
        text
    }
}
