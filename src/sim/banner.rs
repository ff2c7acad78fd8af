//! What `wxmod sim` tells the user on start-up: where it listens, how to point
//! wxmod at it, its articles and its settings. One message per line, in the
//! user's language; titles come from a data file and are sanitised here.

use std::net::SocketAddr;

use super::{DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};
use crate::display::{display_line, pad, pad_left};
use crate::i18n::{Lang, Message};
use crate::msg;

/// The start-up banner of `wxmod sim`, ending with a newline.
pub fn banner(handle: &SimHandle, data: &SimData, options: &SimOptions, lang: Lang) -> String {
    banner_for(&handle.url(), data, options, lang)
}

fn banner_for(url: &str, data: &SimData, options: &SimOptions, lang: Lang) -> String {
    let mut lines = vec![
        lang.render(&msg!("sim-listening", url = url)),
        String::new(),
        lang.t("sim-point-at-it"),
        format!("  export WXMOD_API_BASE={url}"),
        format!("  export WXMOD_APPID={DEMO_APPID}"),
        format!("  export WXMOD_SECRET={DEMO_SECRET}"),
        String::new(),
        lang.t("sim-articles"),
    ];
    let (id_w, index_w, count_w) = (12, 5, 13);
    lines.push(format!(
        "  {} {} {}  {}",
        pad("msg_data_id", id_w),
        pad_left("index", index_w),
        pad_left(&lang.t("sim-col-elected-total"), count_w),
        lang.t("sim-col-title")
    ));
    for a in &data.articles {
        let counts = format!("{}/{}", a.elected_count(), a.comments.len());
        let title = display_line(&a.title);
        let title = if a.comments_open {
            title.into_owned()
        } else {
            lang.render(&msg!("sim-title-closed", title = title))
        };
        lines.push(format!(
            "  {} {} {}  {title}",
            pad(&a.msg_data_id.to_string(), id_w),
            pad_left(&a.index.to_string(), index_w),
            pad_left(&counts, count_w),
        ));
    }
    for account in &data.accounts {
        lines.push(format!(
            "  {}",
            lang.render(&msg!(
                "sim-other-account",
                appid = display_line(&account.appid),
                secret = display_line(&account.secret),
                count = account.articles.len()
            ))
        ));
    }
    if let Some(biggest) = data.articles.iter().max_by_key(|a| a.elected_count()) {
        lines.push(String::new());
        lines.push(lang.render(&msg!(
            "sim-then-try",
            msg_data_id = biggest.msg_data_id.to_string(),
            index = biggest.index.to_string()
        )));
    }
    let quota = match options.daily_quota {
        Some(q) => msg!(
            "sim-quota-per-day",
            count = usize::try_from(q).unwrap_or(usize::MAX)
        ),
        None => msg!("sim-quota-unlimited"),
    };
    let expiry = match options.expire_token_every {
        Some(n) => msg!(
            "sim-expire-every",
            count = usize::try_from(n).unwrap_or(usize::MAX)
        ),
        None => msg!("sim-expire-never"),
    };
    lines.push(String::new());
    lines.push(lang.render(&msg!(
        "sim-settings",
        latency = usize::try_from(options.latency.as_millis()).unwrap_or(usize::MAX),
        quota = quota,
        fail_rate = options.fail_rate.to_string(),
        expiry = expiry
    )));
    lines.push(lang.t("sim-serving"));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The simulator could not listen on `listen`: why, and what to do.
pub fn listen_failed(listen: SocketAddr, err: &std::io::Error) -> Message {
    msg!(
        "sim-listen-failed",
        listen = listen.to_string(),
        detail = err.to_string()
    )
}

/// The last line of `wxmod sim`, after Ctrl-C.
pub fn stopped() -> Message {
    msg!("sim-stopped")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::Article;

    #[test]
    fn the_banner_reads_in_both_languages() {
        let art = Article {
            msg_data_id: 12003,
            index: 1,
        };
        let data = SimData::generated(art, 3, 2);
        let options = SimOptions {
            daily_quota: Some(1000),
            ..SimOptions::default()
        };
        let en = banner_for("http://127.0.0.1:9", &data, &options, Lang::En);
        let first = en.lines().next().unwrap();
        assert_eq!(first, "wxmod simulator listening on http://127.0.0.1:9");
        assert!(
            en.contains("export WXMOD_API_BASE=http://127.0.0.1:9"),
            "{en}"
        );
        assert!(
            en.contains("wxmod list --msg-data-id 12003 --index 1"),
            "{en}"
        );
        assert!(en.contains("1,000 calls a day per API"), "{en}");
        let demo = banner_for("http://127.0.0.1:9", &SimData::demo(), &options, Lang::En);
        assert!(
            demo.contains(
                "WXMOD_APPID=wxdemo0000000002 WXMOD_SECRET=demo-secret-2-not-real (4 articles)"
            ),
            "{demo}"
        );
        let zh = banner_for("http://127.0.0.1:9", &data, &options, Lang::Zh);
        assert!(zh.contains("模拟器") && zh.contains("Ctrl-C"), "{zh}");
        assert!(zh.contains("export WXMOD_APPID="), "{zh}");
        let e = listen_failed(
            "127.0.0.1:9".parse().unwrap(),
            &std::io::Error::from(std::io::ErrorKind::AddrInUse),
        );
        assert!(e.render(Lang::Zh).contains("--listen"));
    }
}
