//! `wxmod history BATCH_ID`: one batch with its account and every item.

use serde_json::json;

use super::{
    HistoryArgs, View, journal_error, json_line, op_label, out, overview_json, state_text, warn,
    when,
};
use crate::api::catalog;
use crate::batch::{ItemState, Journal, JournalItem};
use crate::cli::Exit;
use crate::display::{pad, pad_left};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::sanitize::clean_line;

fn item_detail(item: &JournalItem, lang: Lang) -> (String, String) {
    let code = item.errcode.map(|c| c.to_string()).unwrap_or_default();
    let detail = match (item.state, item.errcode) {
        // What the list showed ("deselected (verified by reading the list)").
        _ if item.verified => lang.render(&item.reason),
        (ItemState::Done, _) => String::new(),
        (ItemState::Failed, Some(code)) => lang.render(&msg!(
            "cli-history-failed-detail",
            errmsg = item.errmsg.as_str(),
            meaning = catalog::meaning(code, &item.errmsg)
        )),
        (ItemState::SentWithoutAnswer, _) => lang.t("cli-history-maybe"),
        // A stop reason in the user's words; text the journal recorded is English.
        _ => lang.render(&item.reason),
    };
    (code, clean_line(&detail).into_owned())
}

fn state_word(state: ItemState) -> Message {
    let key = match state {
        ItemState::Done => "done",
        ItemState::Failed => "failed",
        ItemState::NotAttempted => "not-attempted",
        ItemState::SentWithoutAnswer => "sent-no-answer",
        ItemState::NeverSent => "never-sent",
        ItemState::Unknown => "unknown",
    };
    msg!("cli-item-state", state = key)
}

pub(super) fn show_batch(journal: &Journal, id: &str, args: &HistoryArgs, view: View) -> Exit {
    let (lang, as_json) = (view.lang, args.json);
    let mut detail = match journal.batch(id) {
        Ok(detail) => detail,
        Err(err) => return journal_error(lang, err),
    };
    if args.failed {
        detail.items.retain(|i| i.state != ItemState::Done);
    }
    // A torn line may be this batch's: say so next to what it shows.
    if let Ok(warnings) = journal.warnings() {
        warn(&warnings, lang);
    }
    let o = &detail.overview;
    if as_json {
        json_line(&overview_json(o));
        for item in &detail.items {
            let mut value = serde_json::to_value(item).unwrap_or_default();
            value["type"] = json!("item");
            json_line(&value);
        }
        return Exit::Ok;
    }
    view.line(&msg!(
        "cli-history-batch",
        batch = clean_line(&o.batch_id),
        op = op_label(o),
        id = o.article.msg_data_id.to_string(),
        index = o.article.index.to_string(),
        position = o.article.index + 1
    ));
    let field = |label: &str, value: String| {
        out(&format!(
            "  {} {}",
            pad(&lang.t(label), 9),
            clean_line(&value)
        ));
    };
    field("cli-history-started", when(&o.time, view.offset));
    // The journal names the demo in English (an interface); people read their words.
    let account = if o.account == crate::session::DEMO_ACCOUNT {
        lang.t("cli-account-demo")
    } else {
        o.account.clone()
    };
    // The journal's label is English (an interface): a Chinese reader gets
    // the account's name and appid alone when those are known.
    let label_readable = lang == Lang::En || o.account == crate::session::DEMO_ACCOUNT;
    let account = match (&o.account_name, &o.appid) {
        (Some(name), Some(appid)) if !label_readable => lang.render(&msg!(
            "accounts-history-account-appid-only",
            name = name.as_str(),
            appid = appid.as_str()
        )),
        (Some(name), None) if !label_readable => name.clone(),
        (Some(name), Some(appid)) => lang.render(&msg!(
            "accounts-history-account-appid",
            name = name.as_str(),
            appid = appid.as_str(),
            label = account
        )),
        (Some(name), None) => lang.render(&msg!(
            "accounts-history-account",
            name = name.as_str(),
            label = account
        )),
        _ => account,
    };
    field("cli-history-account", account);
    field("cli-history-state", state_text(o, lang));
    field(
        "cli-history-counts",
        lang.render(&msg!(
            "cli-history-counts-value",
            done = o.done,
            failed = o.failed,
            not_attempted = o.not_attempted,
            unanswered = o.sent_without_answer,
            never_sent = o.never_sent,
            unknown = o.unknown,
            calls = o.list_calls as usize,
            extra = if o.sent_without_answer + o.never_sent > 0 {
                "yes"
            } else {
                "no"
            }
        )),
    );
    field("cli-history-journal", o.file.display().to_string());
    let mut articles: Vec<crate::api::wire::Article> = Vec::new();
    for item in &detail.items {
        if !articles.contains(&item.article) {
            articles.push(item.article);
        }
    }
    let several = articles.len() > 1;
    if several {
        field(
            "multi-history-label",
            lang.render(&msg!("multi-articles", count = articles.len())),
        );
    }
    let words: Vec<String> = detail
        .items
        .iter()
        .map(|i| lang.render(&state_word(i.state)))
        .collect();
    let iw = detail
        .items
        .iter()
        .map(|i| i.user_comment_id.to_string().len())
        .max()
        .unwrap_or(0)
        .max(2);
    let sw = {
        use unicode_width::UnicodeWidthStr;
        words
            .iter()
            .map(|w| w.width())
            .chain([lang.t("cli-history-col-result").width()])
            .max()
            .unwrap_or(0)
    };
    out(&format!(
        "{}  {}  {}  {}",
        pad_left(&lang.t("cli-list-col-id"), iw),
        pad(&lang.t("cli-history-col-result"), sw),
        pad_left(&lang.t("cli-history-col-errcode"), 7),
        lang.t("cli-history-col-detail")
    ));
    let mut under = None;
    for (item, word) in detail.items.iter().zip(&words) {
        // A batch over several articles: a heading where the article changes.
        if several && under != Some(item.article) {
            under = Some(item.article);
            out(&clean_line(&lang.render(&item.article.message())));
        }
        let (code, text) = item_detail(item, lang);
        let line = format!(
            "{:>iw$}  {}  {:>7}  {}",
            item.user_comment_id,
            pad(word, sw),
            code,
            text
        );
        out(line.trim_end());
    }
    Exit::Ok
}
