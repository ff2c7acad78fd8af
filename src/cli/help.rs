//! clap's `--help` in the user's language. The derive's doc comments are the
//! English source; here every about, help text and heading of the built
//! command tree is replaced with its message from `clap.ftl`. Ids follow the
//! tree: `clap-about` (the program), `clap-NAME-about` (a command),
//! `clap-NAME-arg-ID` where one command's flag means something of its own,
//! else `clap-arg-ID`. A test walks the tree so a flag without a message fails.

use clap::{ArgMatches, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Lang, has_message};

/// The name clap gives the program (the root of every id lookup).
const ROOT: &str = "wxmod";

/// The whole command tree, with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Build first: clap adds -h/--help, -V/--version and the `help` command
    // and copies the global flags into each command only when it builds.
    cmd.build();
    localize(cmd, lang)
}

/// Parse `args` with the localized tree; errors are for `usage::report`.
pub fn parse(lang: Lang, args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let mut cmd = command(lang);
    let matches: ArgMatches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut cmd))
}

/// `wxmod help query`: the query language is a topic, not a command, so
/// clap's own `help` (which knows only commands) never sees it.
pub fn asks_for_query_help(args: &[std::ffi::OsString]) -> bool {
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .filter(|a| !a.starts_with('-'))
        .collect();
    matches!(
        words.as_slice(),
        ["help", "query", ..] | [.., "help", "query"]
    )
}

/// The grammar, with examples, in `lang`, wrapped to the terminal (a
/// terminal's own wrap would cut `(?i)` or `utc_offset` in two).
pub fn print_query_help(lang: Lang) {
    let width = super::list::terminal_width();
    for line in crate::query::help::lines_for(lang, width) {
        crate::exit::out::out_line(&line);
    }
}

/// The message id of a command's about.
pub fn about_id(name: &str) -> String {
    if name == ROOT {
        "clap-about".to_string()
    } else {
        format!("clap-{name}-about")
    }
}

/// The message id of `arg` in command `name`: its own, else the shared one.
pub fn arg_id(name: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    let own = format!("clap-{name}-arg-{arg}");
    if has_message(&own) {
        own
    } else {
        format!("clap-arg-{arg}")
    }
}

/// The help page's layout with our headings: clap's own `{all-args}` would
/// add an English "Options:" and a half-width colon, so each section is
/// written here, and only when the command has something in it.
fn template(cmd: &Command, lang: Lang) -> String {
    let mut text = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}",
        lang.t("clap-heading-usage")
    );
    let section = |text: &mut String, heading: &str, tag: &str| {
        text.push_str(&format!("\n\n{}\n{{{tag}}}", lang.t(heading)));
    };
    if cmd.has_subcommands() {
        section(&mut text, "clap-heading-commands", "subcommands");
    }
    if cmd.get_positionals().next().is_some() {
        section(&mut text, "clap-heading-arguments", "positionals");
    }
    if cmd.get_arguments().any(|a| !a.is_positional()) {
        section(&mut text, "clap-heading-options", "options");
    }
    text.push_str("{after-help}");
    text
}

fn localize(cmd: Command, lang: Lang) -> Command {
    let name = cmd.get_name().to_string();

    let template = template(&cmd, lang);
    let mut cmd = cmd
        .about(lang.t(&about_id(&name)))
        .long_about(None)
        .help_template(template);
    if name == ROOT {
        cmd = cmd.after_help(lang.t("clap-after-help"));
    }
    // Keep the order the derive gave (own flags, then the global ones):
    // rewriting an arg would otherwise reshuffle them.
    let order: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    cmd = cmd.mut_args(|arg| {
        let position = order
            .iter()
            .position(|id| id == arg.get_id().as_str())
            .unwrap_or(order.len());
        let id = arg_id(&name, arg.get_id().as_str());
        // Defaults and possible values are part of each message, in words.
        arg.help(lang.t(&id))
            .long_help(None)
            .hide_default_value(true)
            .hide_possible_values(true)
            .display_order(position)
    });
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in subcommands {
        cmd = if name == "help" {
            // `help`'s children only name the commands; their abouts are the same.
            cmd.mut_subcommand(&sub, |c| {
                let about = lang.t(&about_id(&sub));
                c.about(about)
            })
        } else {
            cmd.mut_subcommand(&sub, |c| localize(c, lang))
        };
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every flag of the tree has its text in both languages.
    #[test]
    fn every_command_and_flag_has_help_in_both_languages() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        let mut stack = vec![cmd];
        while let Some(cmd) = stack.pop() {
            let name = cmd.get_name().to_string();
            if !has_message(&about_id(&name)) {
                missing.push(about_id(&name));
            }
            for arg in cmd.get_arguments() {
                let id = arg_id(&name, arg.get_id().as_str());
                if !has_message(&id) {
                    missing.push(id);
                }
            }
            if name != "help" {
                stack.extend(cmd.get_subcommands().cloned());
            }
        }
        assert!(missing.is_empty(), "no message for: {missing:#?}");
        // Both languages: the catalog parity test keeps zh equal to en, and
        // the rendered help holds no English heading.
        let zh = command(Lang::Zh).render_help().to_string();
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "Print version",
        ] {
            assert!(!zh.contains(english), "{english} in {zh}");
        }
    }

    #[test]
    fn help_query_is_a_topic_in_both_languages() {
        let args =
            |list: &[&str]| -> Vec<std::ffi::OsString> { list.iter().map(Into::into).collect() };
        assert!(asks_for_query_help(&args(&["wxmod", "help", "query"])));
        assert!(asks_for_query_help(&args(&[
            "wxmod", "--lang", "zh", "help", "query"
        ])));
        assert!(!asks_for_query_help(&args(&[
            "wxmod",
            "list",
            "--where",
            "help query"
        ])));
        assert!(!asks_for_query_help(&args(&["wxmod", "help", "list"])));
        let en = crate::query::help::lines(Lang::En).join("\n");
        assert!(
            en.contains("考研 | 抽中") && en.contains("either word"),
            "{en}"
        );
        let zh = crate::query::help::lines(Lang::Zh).join("\n");
        assert!(zh.contains("任一词") && zh.contains("re:/v[0-9]+/"), "{zh}");
    }

    #[test]
    fn each_command_shows_its_own_words() {
        let mut cmd = command(Lang::Zh);
        let sub = cmd.find_subcommand_mut("unelect").unwrap();
        let help = sub.render_help().to_string();
        assert!(help.contains("取消精选"), "{help}");
        assert!(help.contains("参数") || help.contains("选项"), "{help}");
        let en = command(Lang::En).render_long_help().to_string();
        assert!(en.contains("Usage:") && en.contains("Options:"), "{en}");
    }
}
