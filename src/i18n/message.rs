//! A message as a value: an id and its named arguments. It travels between
//! layers (a batch's stop reason, an item's meaning, a client notice) and is
//! rendered in the user's language only at the edge that shows it.

use super::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as is (an id, an errcode, a path, server text).
    Text(String),
    /// A count: shown with thousands separators, and it picks plural forms.
    Count(i64),
    /// Another message, rendered in the same language first.
    Msg(Box<Message>),
    /// Names listed to a person (accounts, rules, keys): joined as the
    /// language joins a list (`a, b` / `a、b`).
    List(Vec<String>),
}

impl Arg {
    /// A list of names, joined in the language it is rendered in.
    pub fn list<T: Into<String>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect())
    }
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Text that is already what the user should read (server text, a path, an
    /// OS error): shown verbatim in every language.
    pub fn text(text: impl Into<String>) -> Self {
        Message::new("text").arg("text", text.into())
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The value of one argument, for tests and for code that reacts to it.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn render(&self, lang: Lang) -> String {
        lang.render(self)
    }
}

/// English, for logs and `Display` of errors; people read `render(lang)`.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.render(self))
    }
}

/// Anything that has words for the user: errors, stop reasons, notices.
/// Their `Display` stays English for logs; people read `message()` rendered
/// in their language.
pub trait Localize {
    fn message(&self) -> Message;

    fn render(&self, lang: Lang) -> String {
        lang.render(&self.message())
    }
}

impl Localize for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

/// Verbatim text (text read back from the journal, tests): shown as is in
/// every language.
impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::text(text)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(v: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(v.into_owned())
    }
}

impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Count(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Count(i64::from(v))
    }
}

impl From<Message> for Arg {
    fn from(v: Message) -> Self {
        Arg::Msg(Box::new(v))
    }
}
