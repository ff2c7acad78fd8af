//! Every string a person reads: the language (`Lang`), the language files under
//! `assets/i18n/{en,zh}/` (Project Fluent), and rendering a `Message` — an id
//! with named arguments — in a language. Code never builds a sentence: plurals,
//! word order and quoting live in the language files. `--json` output and the
//! journal never pass through here: they are interfaces and stay English.
//!
//! Conventions (see `assets/i18n/README.md`):
//! - a number argument (`usize`, `u32`) is a count: it is shown with thousands
//!   separators and picks plural forms; ids and errcodes are passed as text;
//! - text from outside (comments, titles, server messages) is passed as an
//!   argument and sanitised by whoever draws or prints the result.

mod bundle;
mod lang;
mod message;

pub(crate) use bundle::group_thousands;
pub use bundle::{FILES, has_message};
pub use lang::{Lang, LangError, LangSource, detect_lang, locale_lang};
pub use message::{Arg, Localize, Message};

/// `msg!("id", name = value, ...)` builds a `Message`; each value is anything
/// that converts into an `Arg` (text, a count, another `Message`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::i18n::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}

/// `Display` as the English rendering of `message()`: errors keep one source
/// of words, English in logs, the user's language where people read them.
#[macro_export]
macro_rules! display_via_message {
    ($($t:ty),* $(,)?) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&$crate::i18n::Localize::message(self), f)
            }
        }
    )*};
}

#[cfg(test)]
mod tests;
