//! The `[theme]` table of config.toml: a colour for each of the console's
//! roles, as a name (`red`, `lightblue`) or `#rrggbb`. Only checked here; the
//! console applies them (and drops them all under NO_COLOR).

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::Color;
use toml::Spanned;

use super::{ConfigError, Ctx};
use crate::msg;

/// The roles a theme may colour; `None` keeps the console's own colour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThemeColors {
    pub marks: Option<Color>,
    pub highlight: Option<Color>,
    pub success: Option<Color>,
    pub failure: Option<Color>,
    pub warning: Option<Color>,
    pub borders: Option<Color>,
}

/// The keys `[theme]` may hold.
pub const THEME_KEYS: &[&str] = &[
    "marks",
    "highlight",
    "success",
    "failure",
    "warning",
    "borders",
];

pub(super) type RawTheme = BTreeMap<Spanned<String>, Spanned<String>>;

/// A colour as the theme writes it: a colour name or `#rrggbb` (ratatui's own
/// names, so `light-blue` and `lightblue` both work).
pub fn parse_colour(text: &str) -> Option<Color> {
    let text = text.trim();
    if let Some(hex) = text.strip_prefix('#') {
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        return Some(Color::Rgb(byte(0)?, byte(2)?, byte(4)?));
    }
    // Palette indexes ("42") are not colours a reader can picture.
    if text.is_empty() || text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Color::from_str(text).ok()
}

pub(super) fn check(ctx: &Ctx, raw: Option<&RawTheme>) -> Result<ThemeColors, ConfigError> {
    let mut colors = ThemeColors::default();
    let Some(raw) = raw else {
        return Ok(colors);
    };
    let mut entries: Vec<_> = raw.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, value) in entries {
        let name = format!("theme.{}", crate::sanitize::clean_line(key.get_ref()));
        let slot = match key.get_ref().as_str() {
            "marks" => &mut colors.marks,
            "highlight" => &mut colors.highlight,
            "success" => &mut colors.success,
            "failure" => &mut colors.failure,
            "warning" => &mut colors.warning,
            "borders" => &mut colors.borders,
            _ => {
                return Err(ctx.bad(key.span(), &name, msg!("tui-theme-unknown-key")));
            }
        };
        let colour = parse_colour(value.get_ref()).ok_or_else(|| {
            ctx.bad(
                value.span(),
                &name,
                msg!(
                    "tui-theme-bad-colour",
                    value = crate::sanitize::clean_line(value.get_ref())
                ),
            )
        })?;
        *slot = Some(colour);
    }
    Ok(colors)
}
