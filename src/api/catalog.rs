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
    pub meaning_en: &'static str,
    pub remedy_en: &'static str,
    pub meaning_zh: &'static str,
    pub remedy_zh: &'static str,
    pub class: ErrClass,
}

const fn e(
    code: i64,
    errmsg: &'static str,
    meaning_en: &'static str,
    remedy_en: &'static str,
    meaning_zh: &'static str,
    remedy_zh: &'static str,
    class: ErrClass,
) -> ErrInfo {
    ErrInfo {
        code,
        errmsg,
        meaning_en,
        remedy_en,
        meaning_zh,
        remedy_zh,
        class,
    }
}

use ErrClass::*;

/// Every code wxmod knows, in the order the API reference lists them.
pub const CATALOG: &[ErrInfo] = &[
    e(
        0,
        "ok",
        "success",
        "nothing to do",
        "成功",
        "无需处理",
        Success,
    ),
    e(
        -1,
        "system error",
        "the WeChat server is busy",
        "wxmod retries with backoff; if it persists, try again in a few minutes",
        "系统繁忙",
        "wxmod 会自动退避重试；若持续出现，请几分钟后再试",
        Retry,
    ),
    e(
        40001,
        "invalid credential, access_token is invalid or not latest",
        "the access token is invalid or not the latest",
        "wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)",
        "access_token 无效或不是最新",
        "wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）",
        RefreshToken,
    ),
    e(
        40014,
        "invalid access_token",
        "the access token is invalid",
        "wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)",
        "access_token 不合法",
        "wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）",
        RefreshToken,
    ),
    e(
        42001,
        "access_token expired",
        "the access token has expired",
        "wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)",
        "access_token 已过期",
        "wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）",
        RefreshToken,
    ),
    e(
        41001,
        "access_token missing",
        "the request carried no access token",
        "this is a wxmod bug: please report it",
        "缺少 access_token 参数",
        "这是 wxmod 的缺陷，请反馈",
        Stop,
    ),
    e(
        40013,
        "invalid appid",
        "the AppID is wrong",
        "check appid in the config file or WXMOD_APPID",
        "AppID 无效",
        "检查配置文件中的 appid 或 WXMOD_APPID",
        Stop,
    ),
    e(
        40125,
        "invalid appsecret",
        "the AppSecret is wrong",
        "check secret in the config file or WXMOD_SECRET (reset it in the MP admin console if unsure)",
        "AppSecret 无效",
        "检查配置文件中的 secret 或 WXMOD_SECRET（不确定时可在公众平台重置）",
        Stop,
    ),
    e(
        40164,
        "invalid ip, not in whitelist",
        "this machine's IP is not on the account's IP whitelist, so it cannot fetch a token",
        "add this IP to the whitelist (MP admin console > Settings > Basic configuration), or get a ready token from your central token server (--access-token, WXMOD_ACCESS_TOKEN or token_command)",
        "调用 IP 不在公众号的 IP 白名单中，无法获取令牌",
        "在公众平台「设置与开发 > 基本配置」中把本机 IP 加入白名单，或从中控服务器获取现成令牌（--access-token、WXMOD_ACCESS_TOKEN 或 token_command）",
        Stop,
    ),
    e(
        45009,
        "reach max api daily quota limit",
        "the daily call quota for this API is spent",
        "wait until tomorrow, or reset the quota with clear_quota (10 times a month)",
        "接口当日调用次数已达上限",
        "等到明天再试，或使用 clear_quota 重置（每月 10 次）",
        Stop,
    ),
    e(
        45011,
        "api minute-quota reach limit",
        "the per-minute call limit was reached",
        "wxmod waits for the next minute and goes on",
        "接口每分钟调用次数已达上限",
        "wxmod 会等待下一分钟后继续",
        WaitMinute,
    ),
    e(
        48001,
        "api unauthorized",
        "this account may not use the comment API (it must be verified, 认证)",
        "use a verified account, or check the API permissions of the third-party platform",
        "公众号没有该接口权限（需认证）",
        "使用已认证的公众号，或检查第三方平台的权限集授权",
        Stop,
    ),
    e(
        50001,
        "user unauthorized",
        "the user has not authorised this API",
        "check the account's API permissions in the MP admin console",
        "用户未授权该接口",
        "在公众平台检查接口权限",
        Stop,
    ),
    e(
        50002,
        "user limited",
        "the account is restricted",
        "check the account's status in the MP admin console",
        "用户受限，可能违规后接口被封禁",
        "在公众平台检查账号状态",
        Stop,
    ),
    e(
        47001,
        "data format error",
        "the server could not parse the request body",
        "this is a wxmod bug: please report it",
        "数据格式错误",
        "这是 wxmod 的缺陷，请反馈",
        Stop,
    ),
    e(
        88000,
        "without comment privilege",
        "the article has no comment permission",
        "check that comments are enabled for this account and article",
        "没有留言权限",
        "检查该公众号和文章是否开通留言功能",
        Stop,
    ),
    e(
        88001,
        "msg_data is not exists",
        "no such article: the msg_data_id or index is wrong",
        "check the msg_data_id and the index (0 is the first article of a message)",
        "该图文不存在",
        "检查 msg_data_id 和 index（0 表示第一篇）",
        Stop,
    ),
    e(
        88002,
        "article is limit for safety",
        "the article is restricted for safety reasons",
        "comments cannot be changed on this article",
        "文章存在敏感信息",
        "该文章的留言无法操作",
        PerItem,
    ),
    e(
        88003,
        "elected comment upper limit",
        "the article already has the maximum number of elected comments",
        "deselect some comments first",
        "精选评论数已达上限",
        "先取消部分精选留言",
        PerItem,
    ),
    e(
        88004,
        "comment was deleted by user",
        "the user deleted this comment",
        "nothing to do: the comment is gone",
        "已被用户删除，无法精选",
        "无需处理，留言已删除",
        PerItem,
    ),
    e(
        88005,
        "already reply",
        "this comment already has a reply",
        "delete the reply first if you want to replace it",
        "已经回复过了",
        "如需修改，请先删除原回复",
        PerItem,
    ),
    e(
        88007,
        "reply content beyond max len or content len is zero",
        "the reply is empty or too long",
        "shorten the reply or write something",
        "回复超过长度限制或为 0",
        "缩短回复内容或填写内容",
        PerItem,
    ),
    e(
        88008,
        "comment is not exists",
        "no such comment: it was deleted, or the id is wrong",
        "nothing to do if it was deleted; otherwise check the id and reload the list",
        "该评论不存在：已被删除，或 id 有误",
        "若已删除则无需处理；否则请核对 id 并重新加载列表",
        PerItem,
    ),
    e(
        88010,
        "count range error",
        "the page size was rejected",
        "this is a wxmod bug (or a page_size above 49 in the config): set page_size to 49 or less",
        "获取评论数目不合法",
        "这是 wxmod 的缺陷（或配置中 page_size 大于 49）：请把 page_size 设为 49 以下",
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

/// A one-line meaning for the user; unknown codes fall back to the server's errmsg.
pub fn meaning(code: i64, server_errmsg: &str) -> String {
    match lookup(code) {
        Some(info) => info.meaning_en.to_string(),
        None if server_errmsg.is_empty() => format!("unknown error code {code}"),
        None => format!("unknown error code {code}: {server_errmsg}"),
    }
}

/// The catalog as the Markdown table in the README (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out =
        String::from("| code | errmsg | meaning | what to do | class |\n|---|---|---|---|---|\n");
    for info in CATALOG {
        out.push_str(&format!(
            "| {} | {} | {} / {} | {} / {} | {} |\n",
            info.code,
            info.errmsg,
            info.meaning_en,
            info.meaning_zh,
            info.remedy_en,
            info.remedy_zh,
            info.class.label()
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
        assert_eq!(class_of(123456), ErrClass::PerItem);
    }

    #[test]
    fn unknown_codes_keep_the_server_message() {
        assert_eq!(meaning(99999, "weird"), "unknown error code 99999: weird");
        assert!(meaning(40164, "x").contains("whitelist"));
    }
}
