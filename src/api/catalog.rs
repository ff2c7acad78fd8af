//! The errcode catalog: what each code the comment API answers means, what the
//! user should do about it, and how a client must react (its class). Data only —
//! help screens, the README and the batch stop rules all read this one table.

/// How a client reacts to an errcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrClass {
    /// The call worked.
    Success,
    /// The token is invalid or expired: get a new one and retry once.
    RefreshToken,
    /// The server is busy: retry with backoff.
    Retry,
    /// The per-minute limit was hit: wait for the next minute, then go on.
    WaitMinute,
    /// Nothing more can work in this run (quota, permissions, wrong article, bug).
    Stop,
    /// Only this item failed; the batch goes on.
    PerItem,
}

impl ErrClass {
    pub fn label(self) -> &'static str {
        match self {
            ErrClass::Success => "success",
            ErrClass::RefreshToken => "refresh-token",
            ErrClass::Retry => "retry",
            ErrClass::WaitMinute => "wait-minute",
            ErrClass::Stop => "stop",
            ErrClass::PerItem => "per-item",
        }
    }
}

/// One row of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrInfo {
    pub code: i64,
    /// The errmsg the server sends with this code.
    pub errmsg: &'static str,
    /// Message id of what it means (`assets/i18n/*/errcodes.ftl`).
    pub meaning: &'static str,
    /// Message id of what the user should do about it.
    pub remedy: &'static str,
    pub class: ErrClass,
}

const fn e(
    code: i64,
    errmsg: &'static str,
    meaning: &'static str,
    remedy: &'static str,
    class: ErrClass,
) -> ErrInfo {
    ErrInfo {
        code,
        errmsg,
        meaning,
        remedy,
        class,
    }
}

use crate::i18n::{Lang, Message};
use crate::msg;
use ErrClass::*;

/// Every code wxmod knows, in the order the API reference lists them.
#[rustfmt::skip]
pub const CATALOG: &[ErrInfo] = &[
    e(0, "ok", "errcode-0-meaning", "errcode-0-remedy", Success),
    e(
        -1,
        "system error",
        "errcode-minus1-meaning",
        "errcode-minus1-remedy",
        Retry,
    ),
    e(
        40001,
        "invalid credential, access_token is invalid or not latest",
        "errcode-40001-meaning",
        "errcode-40001-remedy",
        RefreshToken,
    ),
    e(
        40014,
        "invalid access_token",
        "errcode-40014-meaning",
        "errcode-40014-remedy",
        RefreshToken,
    ),
    e(
        42001,
        "access_token expired",
        "errcode-42001-meaning",
        "errcode-42001-remedy",
        RefreshToken,
    ),
    e(
        41001,
        "access_token missing",
        "errcode-41001-meaning",
        "errcode-41001-remedy",
        Stop,
    ),
    e(
        40013,
        "invalid appid",
        "errcode-40013-meaning",
        "errcode-40013-remedy",
        Stop,
    ),
    e(
        40125,
        "invalid appsecret",
        "errcode-40125-meaning",
        "errcode-40125-remedy",
        Stop,
    ),
    e(
        40164,
        "invalid ip, not in whitelist",
        "errcode-40164-meaning",
        "errcode-40164-remedy",
        Stop,
    ),
    e(
        45009,
        "reach max api daily quota limit",
        "errcode-45009-meaning",
        "errcode-45009-remedy",
        Stop,
    ),
    e(
        45011,
        "api minute-quota reach limit",
        "errcode-45011-meaning",
        "errcode-45011-remedy",
        WaitMinute,
    ),
    e(
        48001,
        "api unauthorized",
        "errcode-48001-meaning",
        "errcode-48001-remedy",
        Stop,
    ),
    e(
        61007,
        "api is unauthorized to component",
        "errcode-61007-meaning",
        "errcode-61007-remedy",
        Stop,
    ),
    e(
        50001,
        "user unauthorized",
        "errcode-50001-meaning",
        "errcode-50001-remedy",
        Stop,
    ),
    e(
        50002,
        "user limited",
        "errcode-50002-meaning",
        "errcode-50002-remedy",
        Stop,
    ),
    e(
        47001,
        "data format error",
        "errcode-47001-meaning",
        "errcode-47001-remedy",
        Stop,
    ),
    e(
        88000,
        "without comment privilege",
        "errcode-88000-meaning",
        "errcode-88000-remedy",
        Stop,
    ),
    e(
        88001,
        "msg_data is not exists",
        "errcode-88001-meaning",
        "errcode-88001-remedy",
        Stop,
    ),
    e(
        88002,
        "article is limit for safety",
        "errcode-88002-meaning",
        "errcode-88002-remedy",
        PerItem,
    ),
    e(
        88003,
        "elected comment upper limit",
        "errcode-88003-meaning",
        "errcode-88003-remedy",
        PerItem,
    ),
    e(
        88004,
        "comment was deleted by user",
        "errcode-88004-meaning",
        "errcode-88004-remedy",
        PerItem,
    ),
    e(
        88005,
        "already reply",
        "errcode-88005-meaning",
        "errcode-88005-remedy",
        PerItem,
    ),
    e(
        88007,
        "reply content beyond max len or content len is zero",
        "errcode-88007-meaning",
        "errcode-88007-remedy",
        PerItem,
    ),
    e(
        88008,
        "comment is not exists",
        "errcode-88008-meaning",
        "errcode-88008-remedy",
        PerItem,
    ),
    e(
        88010,
        "count range error",
        "errcode-88010-meaning",
        "errcode-88010-remedy",
        Stop,
    ),
    e(
        61500,
        "date format error",
        "errcode-61500-meaning",
        "errcode-61500-remedy",
        Stop,
    ),
    e(
        61501,
        "date range error",
        "errcode-61501-meaning",
        "errcode-61501-remedy",
        Stop,
    ),
];

/// The catalog row for `code`, if wxmod knows it.
pub fn lookup(code: i64) -> Option<&'static ErrInfo> {
    CATALOG.iter().find(|info| info.code == code)
}

/// How to react to `code`. Unknown codes are per-item failures.
pub fn class_of(code: i64) -> ErrClass {
    lookup(code).map_or(ErrClass::PerItem, |info| info.class)
}

/// What `code` means; unknown codes keep the server's errmsg.
pub fn meaning(code: i64, server_errmsg: &str) -> Message {
    match lookup(code) {
        Some(info) => Message::new(info.meaning),
        None if server_errmsg.is_empty() => msg!("errcode-unknown", code = code.to_string()),
        None => msg!(
            "errcode-unknown-said",
            code = code.to_string(),
            errmsg = server_errmsg
        ),
    }
}

/// What to do about `code`, when wxmod knows.
pub fn remedy(code: i64) -> Option<Message> {
    lookup(code).map(|info| Message::new(info.remedy))
}

/// "meaning — remedy": the one way an errcode is explained to the user.
pub fn explain(code: i64, server_errmsg: &str) -> Message {
    let meaning = meaning(code, server_errmsg);
    match remedy(code) {
        Some(remedy) => msg!("errcode-explained", meaning = meaning, remedy = remedy),
        None => meaning,
    }
}

/// The address a 40164 names (`invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7,
/// not in whitelist rid: …`): the one the whitelist must hold. Untrusted
/// server text: only an IP address comes back.
pub fn whitelist_ip(errmsg: &str) -> Option<std::net::IpAddr> {
    let rest = errmsg.split("invalid ip").nth(1)?;
    let word = rest.split([' ', ',']).find(|w| !w.is_empty())?;
    word.parse().ok()
}

/// The class's name in `lang`.
pub fn class_label(class: ErrClass, lang: Lang) -> String {
    let id = match class {
        ErrClass::Success => "class-success",
        ErrClass::RefreshToken => "class-refresh-token",
        ErrClass::Retry => "class-retry",
        ErrClass::WaitMinute => "class-wait-minute",
        ErrClass::Stop => "class-stop",
        ErrClass::PerItem => "class-per-item",
    };
    lang.t(id)
}

/// The catalog as the Markdown table in the README of `lang` (a test keeps
/// `README.md` and `README.zh-CN.md` equal to it).
pub fn markdown_table(lang: Lang) -> String {
    let mut out = lang.t("errcode-table-heading");
    out.push_str("\n|---|---|---|---|---|\n");
    for info in CATALOG {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            info.code,
            info.errmsg,
            lang.t(info.meaning),
            lang.t(info.remedy),
            class_label(info.class, lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_classed_as_the_reference_says() {
        let mut codes: Vec<i64> = CATALOG.iter().map(|i| i.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), CATALOG.len());
        assert_eq!(class_of(0), ErrClass::Success);
        assert_eq!(class_of(-1), ErrClass::Retry);
        assert_eq!(class_of(42001), ErrClass::RefreshToken);
        assert_eq!(class_of(45011), ErrClass::WaitMinute);
        assert_eq!(class_of(88001), ErrClass::Stop);
        assert_eq!(class_of(88008), ErrClass::PerItem);
        assert_eq!(class_of(88010), ErrClass::Stop);
        assert_eq!(class_of(45009), ErrClass::Stop);
        assert_eq!(class_of(61501), ErrClass::Stop);
        assert_eq!(class_of(61007), ErrClass::Stop);
        assert_eq!(class_of(123456), ErrClass::PerItem);
    }

    #[test]
    fn a_40164_names_the_address_to_whitelist() {
        let said =
            "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6751f3a2-1b2c";
        assert_eq!(whitelist_ip(said), "203.0.113.7".parse().ok());
        assert_eq!(whitelist_ip("invalid ip, not in whitelist"), None);
        assert_eq!(whitelist_ip("invalid ip \u{1b}[2J, not in whitelist"), None);
        let remedy = Lang::Zh.render(&explain(40164, said));
        assert!(
            remedy.contains("设置与开发 → 基本配置 → IP 白名单"),
            "{remedy}"
        );
        let remedy = Lang::En.render(&explain(88001, ""));
        assert!(
            remedy.contains("mass-sent") && remedy.contains("wxmod articles"),
            "{remedy}"
        );
        let remedy = Lang::Zh.render(&explain(88001, ""));
        assert!(
            remedy.contains("群发") && remedy.contains("wxmod articles"),
            "{remedy}"
        );
    }

    #[test]
    fn unknown_codes_keep_the_server_message() {
        let en = |m: Message| Lang::En.render(&m);
        assert_eq!(
            en(meaning(99999, "weird")),
            "unknown error code 99999: weird"
        );
        assert_eq!(en(meaning(99999, "")), "unknown error code 99999");
        assert!(en(meaning(40164, "x")).contains("whitelist"));
        assert!(Lang::Zh.render(&meaning(40164, "x")).contains("白名单"));
        assert_eq!(explain(99999, "weird"), meaning(99999, "weird"));
    }

    #[test]
    fn every_code_has_words_in_both_languages() {
        for info in CATALOG {
            for id in [info.meaning, info.remedy] {
                assert!(crate::i18n::has_message(id), "{}: {id}", info.code);
            }
        }
        let text = Lang::Zh.render(&explain(45009, ""));
        assert!(text.contains("——") && text.contains("明天"), "{text}");
        let text = Lang::En.render(&explain(45009, ""));
        assert!(text.contains(" — ") && text.contains("tomorrow"), "{text}");
    }
}
