//! The README's promises that code can check: its error-code table is the catalog.

#[test]
fn readme_error_table_is_the_catalog() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = wxmod::api::catalog::markdown_table(wxmod::i18n::Lang::En);
    assert!(
        readme.contains(&table),
        "README.md's error table differs from src/api/catalog.rs; paste this:\n{table}"
    );
}

#[test]
fn readme_shows_the_two_first_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- --demo"));
    assert!(readme.contains("cargo test"));
}

#[test]
fn readme_key_list_is_the_keymap() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let keys = wxmod::tui::keymap::Keymap::builtin().markdown(wxmod::i18n::Lang::En);
    assert!(
        readme.contains(&keys),
        "README.md's key list differs from assets/keymap.toml; paste this:\n{keys}"
    );
}
