//! Usage errors in the user's language: clap's error kind and context become
//! one of our messages; clap's usage line is kept; rare kinds fall back to
//! clap's own text. Exit code 2 as before, and everything is sanitised: clap
//! quotes the offending argument verbatim, and a pasted value may carry
//! escape sequences.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::ArgError;
use crate::i18n::{Arg, Lang, Localize, Message};
use crate::msg;
use crate::sanitize::clean_multiline;

/// Print `err` (help and version too: clap asks for them through errors).
pub fn report(lang: Lang, err: &clap::Error) -> ExitCode {
    let code = ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    let rendered = err.render().to_string();
    if !err.use_stderr() {
        // --help and --version: the text is already in `lang`.
        crate::exit::out::out_text(&clean_multiline(&rendered));
        return code;
    }
    let text = match message(err) {
        Some(message) => {
            let mut text = lang.render(&msg!("cli-usage-error", message = message));
            if let Some(usage) = usage_line(&rendered) {
                text.push_str("\n\n");
                text.push_str(&lang.render(&msg!("cli-usage-line", usage = usage)));
            }
            text.push_str("\n\n");
            text.push_str(&lang.t("cli-usage-more"));
            text.push('\n');
            text
        }
        None => rendered,
    };
    crate::exit::out::err_text(&clean_multiline(&text));
    code
}

/// clap's usage line, without its English heading.
fn usage_line(rendered: &str) -> Option<String> {
    rendered
        .lines()
        .find_map(|line| line.trim_start().strip_prefix("Usage: "))
        .map(|usage| usage.trim().to_string())
}

/// A list of names (the values an argument takes), joined as the language
/// joins a list.
fn values(err: &clap::Error, kind: ContextKind) -> Arg {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => Arg::list(v.iter().cloned()),
        Some(ContextValue::StyledStrs(v)) => Arg::list(v.iter().map(ToString::to_string)),
        _ => Arg::list(text(err, kind)),
    }
}

fn text(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message for `err`, or `None` for kinds we leave to clap.
pub fn message(err: &clap::Error) -> Option<Message> {
    let arg = text(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(err, ContextKind::InvalidValue).unwrap_or_default();
    let with_suggestion = |base: Message, kind: ContextKind| match err.get(kind) {
        Some(_) => msg!(
            "cli-usage-with-suggestion",
            problem = base,
            suggestion = values(err, kind)
        ),
        None => base,
    };
    Some(match err.kind() {
        ErrorKind::UnknownArgument => with_suggestion(
            msg!("cli-usage-unknown-argument", arg = arg),
            ContextKind::SuggestedArg,
        ),
        ErrorKind::InvalidSubcommand => with_suggestion(
            msg!(
                "cli-usage-unknown-command",
                command = text(err, ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            ContextKind::SuggestedSubcommand,
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            msg!("cli-usage-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => with_suggestion(
            msg!(
                "cli-usage-invalid-value",
                arg = arg,
                value = value,
                possible = values(err, ContextKind::ValidValue)
            ),
            ContextKind::SuggestedValue,
        ),
        ErrorKind::MissingRequiredArgument => msg!("cli-usage-missing-required", args = arg),
        ErrorKind::MissingSubcommand => msg!("cli-usage-missing-command"),
        ErrorKind::ArgumentConflict => msg!(
            "cli-usage-conflict",
            arg = arg,
            other = text(err, ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(err);
            let problem = match source.and_then(|s| s.downcast_ref::<ArgError>()) {
                Some(ours) => ours.message(),
                None => Message::text(source.map(ToString::to_string).unwrap_or_default()),
            };
            msg!(
                "cli-usage-bad-value",
                arg = arg,
                value = value,
                problem = problem
            )
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(args: &[&str]) -> clap::Error {
        let argv = std::iter::once("wxmod").chain(args.iter().copied());
        match super::super::help::parse(Lang::Zh, argv.map(Into::into).collect()) {
            Ok(_) => panic!("{args:?} parsed"),
            Err(err) => err,
        }
    }

    fn zh(args: &[&str]) -> String {
        let err = error(args);
        let message = message(&err).unwrap_or_else(|| panic!("{:?} left to clap", err.kind()));
        Lang::Zh.render(&message)
    }

    #[test]
    fn each_common_kind_has_its_own_words() {
        assert!(zh(&["lsit"]).contains("无法识别的命令“lsit”"));
        assert!(zh(&["lsit"]).contains("提示：你可能想用“sim、list”"));
        assert!(zh(&["list", "--msg-data-id", "1", "--jsn"]).contains("“--json”"));
        let text = zh(&["list", "--msg-data-id", "1", "--type", "x"]);
        assert!(text.contains("可选值：elected、normal、all"), "{text}");
        assert!(zh(&["unelect", "--all"]).contains("缺少必需的参数"));
        let text = zh(&[
            "unelect",
            "--msg-data-id",
            "1",
            "--all",
            "--comment-id",
            "2",
        ]);
        assert!(text.contains("不能与"), "{text}");
        let text = zh(&["list", "--msg-data-id", "1", "--index", "x"]);
        assert!(text.contains("不是文章序号"), "{text}");
        let text = zh(&["list", "--msg-data-id", "https://mp.weixin.qq.com/s?idx=1"]);
        assert!(text.contains("mid="), "{text}");
        let ids = ["unelect", "--msg-data-id", "1", "--comment-id"];
        let text = zh(&[&ids[..], &["1,,2"]].concat());
        assert!(text.contains("“”不是留言 id"), "an empty element: {text}");
        let text = zh(&[&ids[..], &["1， 2,-3"]].concat());
        assert!(text.contains("“-3”不是留言 id"), "{text}");
    }

    #[test]
    fn help_and_version_are_not_errors() {
        assert!(!error(&["--help"]).use_stderr());
        assert!(!error(&["-V"]).use_stderr());
    }
}
