//! `wxmod sim`: serve the API simulator until Ctrl-C, and tell the user how to
//! point wxmod at it. Checks its arguments and data before listening; never
//! prints untrusted text (titles come from a data file) without sanitising it.

use std::future::Future;
use std::io::Write;

use super::{CliError, Exit, SimArgs};
use crate::sanitize::clean_line;
use crate::sim::{self, DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions};

pub async fn run(args: &SimArgs) -> Exit {
    let ctrl_c = async {
        // If Ctrl-C cannot be watched, keep serving: the process can still be killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    serve_until(args, ctrl_c, &mut std::io::stdout()).await
}

/// Serves until `stop` completes, writing the banner to `out`. Errors in the
/// arguments, the data file or the address end it early with `Exit::Usage`.
pub async fn serve_until(
    args: &SimArgs,
    stop: impl Future<Output = ()>,
    out: &mut dyn Write,
) -> Exit {
    let (data, options) = match prepare(args) {
        Ok(ready) => ready,
        Err(err) => return super::fail(err),
    };
    let handle = match sim::start(data.clone(), options.clone(), args.listen).await {
        Ok(handle) => handle,
        Err(err) => {
            return super::fail(CliError::Usage(format!(
                "cannot listen on {}: {err} (is a simulator already running there? choose another address with --listen)",
                args.listen
            )));
        }
    };
    // The banner is the point of this command; if stdout is gone, keep serving anyway.
    let _ = out
        .write_all(banner(&handle, &data, &options).as_bytes())
        .and_then(|()| out.flush());
    stop.await;
    handle.shutdown().await;
    let _ = writeln!(out, "Simulator stopped.");
    Exit::Ok
}

fn prepare(args: &SimArgs) -> Result<(SimData, SimOptions), CliError> {
    if !(0.0..=1.0).contains(&args.fail_rate) {
        return Err(CliError::Usage(format!(
            "--fail-rate must be between 0.0 and 1.0 (got {})",
            args.fail_rate
        )));
    }
    if args.expire_token_every == Some(0) {
        return Err(CliError::Usage(
            "--expire-token-every must be at least 1 (leave it out to never expire tokens)".into(),
        ));
    }
    let data = match &args.data {
        Some(path) => SimData::load(path).map_err(|e| CliError::Usage(e.to_string()))?,
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

fn banner(handle: &SimHandle, data: &SimData, options: &SimOptions) -> String {
    let url = handle.url();
    let mut text = format!(
        "wxmod simulator listening on {url}\n\
         \n\
         Point wxmod at it (demo credentials, not real ones):\n\
         \x20 export WXMOD_API_BASE={url}\n\
         \x20 export WXMOD_APPID={DEMO_APPID}\n\
         \x20 export WXMOD_SECRET={DEMO_SECRET}\n\
         \n\
         Articles:\n\
         \x20 {:<12} {:>5} {:>13}  title\n",
        "msg_data_id", "index", "elected/total"
    );
    for a in &data.articles {
        let counts = format!("{}/{}", a.elected_count(), a.comments.len());
        let closed = if a.comments_open {
            ""
        } else {
            "  [comments closed]"
        };
        text.push_str(&format!(
            "  {:<12} {:>5} {:>13}  {}{closed}\n",
            a.msg_data_id,
            a.index,
            counts,
            clean_line(&a.title)
        ));
    }
    let quota = options.daily_quota.map_or("unlimited".to_string(), |q| {
        format!("{q} calls a day per API")
    });
    let expiry = options
        .expire_token_every
        .map_or("never".to_string(), |n| format!("every {n} calls"));
    if let Some(biggest) = data.articles.iter().max_by_key(|a| a.elected_count()) {
        text.push_str(&format!(
            "\nThen try: wxmod list --msg-data-id {} --index {}\n",
            biggest.msg_data_id, biggest.index
        ));
    }
    text.push_str(&format!(
        "\nLatency {} ms, quota {quota}, fail rate {}, tokens expire {expiry}.\n\
         Serving until Ctrl-C.\n",
        options.latency.as_millis(),
        options.fail_rate
    ));
    text
}
