//! `[theme]` colours: read from config.toml, applied to their styles, and
//! dropped under NO_COLOR.

use ratatui::style::{Color, Modifier};
use wxmod::config::{ConfigError, Overrides, ThemeColors};
use wxmod::i18n::{Lang, Localize};
use wxmod::tui::theme::Theme;

use crate::support::*;

fn load(text: &str) -> Result<wxmod::config::Settings, ConfigError> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, text).unwrap();
    wxmod::config::load(&file, &Overrides::default(), &|_| None)
}

fn colours() -> ThemeColors {
    ThemeColors {
        marks: Some(Color::Rgb(0xff, 0x88, 0x00)),
        highlight: Some(Color::Blue),
        success: Some(Color::LightGreen),
        failure: Some(Color::Magenta),
        warning: Some(Color::Rgb(1, 2, 3)),
        borders: Some(Color::DarkGray),
    }
}

#[test]
fn the_theme_table_is_read_by_name_and_hex() {
    let settings = load(
        "page_size = 10\n[theme]\nmarks = \"#ff8800\"\nhighlight = \"blue\"\nsuccess = \"lightgreen\"\nfailure = \"magenta\"\nwarning = \"#010203\"\nborders = \"darkgray\"\n",
    )
    .unwrap();
    assert_eq!(settings.theme, colours());
    assert_eq!(load("").unwrap().theme, ThemeColors::default());
}

#[test]
fn a_bad_colour_names_the_key_and_line() {
    let err = load("[theme]\nmarks = \"yellow\"\nfailure = \"blood\"\n").unwrap_err();
    let ConfigError::BadValue { line, key, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!((*line, key.as_str()), (3, "theme.failure"));
    let en = err.render(Lang::En);
    assert!(
        en.contains("line 3")
            && en.contains("`theme.failure`")
            && en.contains("\"blood\" is not a colour"),
        "{en}"
    );
    let zh = err.render(Lang::Zh);
    assert!(
        zh.contains("第 3 行") && zh.contains("`theme.failure`") && zh.contains("不是颜色"),
        "{zh}"
    );

    for bad in ["#ff880", "#gg0000", "42", ""] {
        let text = format!("[theme]\nborders = \"{bad}\"\n");
        assert!(
            matches!(load(&text), Err(ConfigError::BadValue { line: 2, .. })),
            "{bad:?}"
        );
    }
    let err = load("[theme]\n\nmark = \"red\"\n").unwrap_err();
    assert!(
        matches!(&err, ConfigError::BadValue { line: 3, key, .. } if key == "theme.mark"),
        "{err:?}"
    );
}

#[test]
fn theme_colours_go_to_their_styles() {
    let theme = Theme::with_colors(true, colours());
    assert_eq!(theme.marked().fg, Some(Color::Rgb(0xff, 0x88, 0x00)));
    assert_eq!(theme.cursor_row().bg, Some(Color::Blue));
    assert_eq!(theme.ok().fg, Some(Color::LightGreen));
    assert_eq!(theme.gauge_done().fg, Some(Color::LightGreen));
    assert_eq!(theme.fail().fg, Some(Color::Magenta));
    assert_eq!(theme.error().fg, Some(Color::Magenta));
    assert_eq!(theme.warn().fg, Some(Color::Rgb(1, 2, 3)));
    assert_eq!(theme.border().fg, Some(Color::DarkGray));
    // Unset roles keep the console's own colours.
    let plain = Theme::with_colors(true, ThemeColors::default());
    assert_eq!(plain.marked().fg, Some(Color::Yellow));
    assert!(plain.cursor_row().add_modifier.contains(Modifier::REVERSED));
    assert_eq!(plain.border().fg, None);
}

#[test]
fn no_color_wins_over_the_theme() {
    let theme = Theme::with_colors(false, colours());
    for style in [
        theme.marked(),
        theme.cursor_row(),
        theme.ok(),
        theme.fail(),
        theme.warn(),
        theme.error(),
        theme.border(),
        theme.gauge_done(),
    ] {
        assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
    }
    assert!(theme.cursor_row().add_modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_drawn_screen_uses_the_theme_unless_no_color() {
    for color in [true, false] {
        let mut app = loaded();
        app.color = color;
        app.colors = colours();
        send(&mut app, [ch(' ')]);
        let buf = buffer(&app);
        let fgs: Vec<_> = buf
            .content()
            .iter()
            .filter_map(|c| c.fg.into())
            .collect::<Vec<Color>>();
        let has = |c: Color| fgs.contains(&c);
        assert_eq!(
            has(Color::Rgb(0xff, 0x88, 0x00)),
            color,
            "marks colour, color={color}"
        );
        assert_eq!(has(Color::DarkGray), color, "borders colour, color={color}");
        assert_eq!(buf.content().iter().any(|c| c.bg == Color::Blue), color);
    }
}
