//! `wxmod sim`: serve the API simulator until Ctrl-C, and tell the user how to
//! point wxmod at it. Checks its arguments and data before listening; never
//! prints untrusted text (titles come from a data file) without sanitising it.

use std::future::Future;
use std::io::Write;

use super::{CliError, Exit, SimArgs};
use crate::i18n::{Lang, Localize};
use crate::msg;
use crate::sanitize::clean_line;
use crate::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};

pub async fn run(args: &SimArgs, lang: Lang) -> Exit {
    let ctrl_c = async {
        // If Ctrl-C cannot be watched, keep serving: the process can still be killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    serve_until_in(args, lang, ctrl_c, &mut std::io::stdout()).await
}

/// `serve_until_in` in English.
pub async fn serve_until(
    args: &SimArgs,
    stop: impl Future<Output = ()>,
    out: &mut dyn Write,
) -> Exit {
    serve_until_in(args, Lang::En, stop, out).await
}

/// Serves until `stop` completes, writing the banner to `out` in `lang`.
/// Errors in the arguments, the data file or the address end it early with
/// `Exit::Usage`.
pub async fn serve_until_in(
    args: &SimArgs,
    lang: Lang,
    stop: impl Future<Output = ()>,
    out: &mut dyn Write,
) -> Exit {
    let (data, options) = match prepare(args) {
        Ok(ready) => ready,
        Err(err) => return super::fail(lang, err),
    };
    let handle = match sim::start(data.clone(), options.clone(), args.listen).await {
        Ok(handle) => handle,
        Err(err) => {
            return super::fail(
                lang,
                CliError::Usage(msg!(
                    "cli-sim-cannot-listen",
                    addr = args.listen.to_string(),
                    detail = err.to_string()
                )),
            );
        }
    };
    // The banner is the point of this command; if stdout is gone, keep serving anyway.
    let _ = out
        .write_all(banner(&handle, &data, &options, lang).as_bytes())
        .and_then(|()| out.flush());
    stop.await;
    handle.shutdown().await;
    let _ = writeln!(out, "{}", lang.t("cli-sim-stopped"));
    Exit::Ok
}

fn prepare(args: &SimArgs) -> Result<(SimData, SimOptions), CliError> {
    if !(0.0..=1.0).contains(&args.fail_rate) {
        return Err(CliError::Usage(msg!(
            "cli-sim-bad-fail-rate",
            value = args.fail_rate.to_string()
        )));
    }
    if args.expire_token_every == Some(0) {
        return Err(CliError::Usage(msg!("cli-sim-bad-expiry")));
    }
    let data = match &args.data {
        Some(path) => SimData::load(path).map_err(|e| CliError::Usage(e.message()))?,
        None => SimData::demo(),
    };
    let options = SimOptions {
        latency: std::time::Duration::from_millis(args.latency_ms),
        daily_quota: args.quota,
        fail_rate: args.fail_rate,
        expire_token_every: args.expire_token_every,
        ..SimOptions::default()
    };
    Ok((data, options))
}

fn banner(handle: &SimHandle, data: &SimData, options: &SimOptions, lang: Lang) -> String {
    let url = handle.url();
    let mut text = lang.render(&msg!(
        "cli-sim-banner",
        url = url.as_str(),
        appid = DEMO_APPID,
        secret = DEMO_SECRET
    ));
    text.push('\n');
    let head = lang.render(&msg!("cli-sim-articles-head"));
    text.push_str(&format!("  {head}\n"));
    for a in &data.articles {
        let counts = format!("{}/{}", a.elected_count(), a.comments.len());
        let closed = if a.comments_open {
            String::new()
        } else {
            format!("  {}", lang.t("cli-sim-comments-closed"))
        };
        text.push_str(&format!(
            "  {:<12} {:>5} {:>13}  {}{closed}\n",
            a.msg_data_id,
            a.index,
            counts,
            clean_line(&a.title)
        ));
    }
    for account in &data.accounts {
        let line = msg!(
            "sim-other-account",
            appid = clean_line(&account.appid),
            secret = clean_line(&account.secret),
            count = account.articles.len()
        );
        text.push_str(&format!("  {}\n", lang.render(&line)));
    }
    if let Some(biggest) = data.articles.iter().max_by_key(|a| a.elected_count()) {
        let next = msg!(
            "cli-sim-then-try",
            id = biggest.msg_data_id.to_string(),
            index = biggest.index.to_string()
        );
        text.push_str(&format!("\n{}\n", lang.render(&next)));
    }
    let quota = match options.daily_quota {
        Some(q) => msg!("cli-sim-quota", count = q.to_string()),
        None => msg!("cli-sim-quota-unlimited"),
    };
    let expiry = match options.expire_token_every {
        Some(n) => msg!("cli-sim-expiry", count = n.to_string()),
        None => msg!("cli-sim-expiry-never"),
    };
    let settings = msg!(
        "cli-sim-settings",
        latency = options.latency.as_millis().to_string(),
        quota = quota,
        fail_rate = options.fail_rate.to_string(),
        expiry = expiry
    );
    text.push_str(&format!("\n{}\n", lang.render(&settings)));
    text
}
