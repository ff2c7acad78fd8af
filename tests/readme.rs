//! The READMEs' promises that code can check: their error-code tables are the
//! catalog (in each README's language), both show the same two first commands,
//! and each links the other at the very top.

use wxmod::i18n::Lang;

const EN: &str = "README.md";
const ZH: &str = "README.zh-CN.md";

fn read(name: &str) -> String {
    let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn assert_error_table(name: &str, lang: Lang) {
    let table = wxmod::api::catalog::markdown_table(lang);
    assert!(
        read(name).contains(&table),
        "{name}'s error table differs from the catalog; paste this:\n{table}"
    );
}

#[test]
fn readme_error_table_is_the_catalog() {
    assert_error_table(EN, Lang::En);
}

#[test]
fn chinese_readme_error_table_is_the_chinese_catalog() {
    assert_error_table(ZH, Lang::Zh);
}

#[test]
fn readme_shows_the_two_first_commands() {
    for name in [EN, ZH] {
        let readme = read(name);
        // Both in the first code block, where a new user starts.
        let first_block = readme
            .split("```")
            .nth(1)
            .unwrap_or_else(|| panic!("{name} has no code block"));
        for command in ["cargo run --release -- --demo", "cargo test"] {
            assert!(first_block.contains(command), "{name}: {command}");
        }
    }
}

#[test]
fn each_readme_links_the_other_at_the_top() {
    for (name, link) in [
        (EN, "[中文说明](README.zh-CN.md)"),
        (ZH, "[English](README.md)"),
    ] {
        let readme = read(name);
        let first_line = readme.lines().next().unwrap_or_default();
        assert_eq!(first_line, link, "{name}'s first line");
    }
}

// The Chinese README's key table is checked by the lead once the keymap can
// render its descriptions in Chinese.
#[test]
fn readme_key_lists_are_the_keymap() {
    for (name, lang) in [(EN, Lang::En), (ZH, Lang::Zh)] {
        let keys = wxmod::tui::keymap::Keymap::builtin().markdown(lang);
        assert!(
            read(name).contains(&keys),
            "{name}'s key list differs from assets/keymap.toml; paste this:\n{keys}"
        );
    }
}
