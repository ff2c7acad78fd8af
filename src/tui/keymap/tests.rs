use super::*;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn builtin_parses_and_finds_keys() {
    let map = Keymap::builtin();
    let chain = [Context::Table, Context::Panes, Context::Everywhere];
    assert_eq!(
        map.lookup(&chain, &key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        Some(Action::Bottom)
    );
    assert_eq!(
        map.lookup(&chain, &key(KeyCode::Char('a'), KeyModifiers::CONTROL)),
        Some(Action::MarkAll)
    );
    assert_eq!(
        map.lookup(&chain, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::FocusPrev)
    );
    assert_eq!(
        map.lookup(
            &[Context::Index],
            &key(KeyCode::Char('5'), KeyModifiers::NONE)
        ),
        Some(Action::SetIndex)
    );
    assert_eq!(
        map.lookup(&chain, &key(KeyCode::Char('Z'), KeyModifiers::NONE)),
        None
    );
}

#[test]
fn every_binding_has_its_words_in_both_languages() {
    // The language-file parity test keeps zh equal to en; this keeps the
    // keymap's ids in the files.
    for id in Keymap::builtin().message_ids() {
        assert!(crate::i18n::has_message(&id), "{id} is not in keys.ftl");
        for lang in Lang::ALL {
            let text = lang.t(&id);
            assert!(!text.trim().is_empty() && text != id, "{id} in {lang:?}");
        }
    }
}

#[test]
fn the_key_table_comes_in_both_languages() {
    let en = Keymap::builtin().markdown(Lang::En);
    let zh = Keymap::builtin().markdown(Lang::Zh);
    assert!(en.contains("| keys | does |") && en.contains("**Comment table**"));
    assert!(zh.contains("| 按键 | 作用 |") && zh.contains("**留言表**"));
    assert!(zh.contains("取消精选"), "{zh}");
    assert_eq!(en.lines().count(), zh.lines().count());
}

#[test]
fn bad_key_names_are_reported() {
    let text = "[[bind]]\ncontext='table'\nkeys=['hyper-x']\naction='up'\n";
    assert_eq!(
        Keymap::parse(text).unwrap_err(),
        KeymapError::UnknownKey("hyper-x".into())
    );
}
