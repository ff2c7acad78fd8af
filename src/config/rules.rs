//! Saved rules: `[rules.NAME] where = "QUERY"`, used as `--rule NAME` and
//! offered in the console's filter. Each query is parsed when the config is
//! read, so a broken rule is a config error naming the rule and its line.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::ConfigError;
use super::ctx::Ctx;
use crate::i18n::Localize;
use crate::msg;

/// One saved rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub name: String,
    pub query: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    #[serde(rename = "where")]
    query: Option<Spanned<toml::Value>>,
}

pub(super) type RawRules = BTreeMap<Spanned<String>, Spanned<RawRule>>;

/// The rules, in name order; the first that does not parse is an error.
pub(super) fn check(ctx: &Ctx, raw: Option<&RawRules>) -> Result<Vec<Rule>, ConfigError> {
    let mut rules = Vec::new();
    for (name, rule) in raw.into_iter().flatten() {
        let key = format!(
            "rules.{}.where",
            crate::sanitize::clean_line(name.get_ref())
        );
        let Some(value) = &rule.get_ref().query else {
            return Err(ctx.bad(name.span(), &key, msg!("query-rule-no-where")));
        };
        let Some(text) = value.get_ref().as_str() else {
            return Err(ctx.bad(value.span(), &key, msg!("query-rule-where-text")));
        };
        // The offset only moves day boundaries; here only the syntax is checked.
        if let Err(err) = crate::query::Query::parse(text, time::UtcOffset::UTC) {
            let problem = msg!(
                "query-error-where",
                column = err.column(text) + 1,
                problem = err.message()
            );
            return Err(ctx.bad(value.span(), &key, problem));
        }
        rules.push(Rule {
            name: name.get_ref().clone(),
            query: text.to_string(),
        });
    }
    Ok(rules)
}

#[derive(Deserialize)]
struct OnlyRules {
    rules: Option<RawRules>,
}

/// The rules alone, for the demo (which reads no other setting but the
/// display's): a file that is not TOML gives none, a broken rule is an error.
pub fn rules(config_file: &Path) -> Result<Vec<Rule>, ConfigError> {
    let Ok(text) = std::fs::read_to_string(config_file) else {
        return Ok(Vec::new());
    };
    let Ok(only) = toml::from_str::<OnlyRules>(&text) else {
        return Ok(Vec::new());
    };
    let file = config_file.display().to_string();
    let ctx = Ctx {
        file: &file,
        text: &text,
    };
    check(&ctx, only.rules.as_ref())
}

#[cfg(test)]
mod tests {
    use crate::config::{Overrides, load};
    use crate::i18n::{Lang, Localize};

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn rules_are_read_and_a_broken_one_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        let text =
            "[rules.spam]\nwhere = \"加v | 淘宝\"\n\n[rules.old]\nwhere = \"until:2026-01-01\"\n";
        std::fs::write(&file, text).unwrap();
        let settings = load(&file, &Overrides::default(), &no_env).unwrap();
        let names: Vec<&str> = settings.rules.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["old", "spam"]);
        assert_eq!(super::rules(&file).unwrap(), settings.rules);

        std::fs::write(&file, "page_size = 10\n[rules.bad]\nwhere = \"(a b\"\n").unwrap();
        let err = load(&file, &Overrides::default(), &no_env).unwrap_err();
        let en = err.render(Lang::En);
        assert!(
            en.contains("line 3")
                && en.contains("rules.bad.where")
                && en.contains("( is not closed"),
            "{en}"
        );
        assert!(err.render(Lang::Zh).contains("第 3 行"));
        std::fs::write(&file, "[rules.none]\n").unwrap();
        let en = load(&file, &Overrides::default(), &no_env)
            .unwrap_err()
            .render(Lang::En);
        assert!(
            en.contains("rules.none.where") && en.contains("line 1"),
            "{en}"
        );
    }
}
