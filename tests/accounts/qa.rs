//! Found by trying the CLI as a user would: a mistyped `history --account`
//! names the configured accounts.

use super::support::Home;
use super::{run, write_config};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_of_an_unknown_account_is_a_usage_error_naming_the_configured_ones() {
    let home = Home::new();
    write_config(
        &home,
        &format!(
            "default_account = \"shop\"\n\n[accounts.shop]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\n\n[accounts.brand]\nappid = \"{DEMO_APPID}\"\nsecret = \"{DEMO_SECRET}\"\n"
        ),
    );
    let ran = run(&home, &["--account", "shpo", "history"], None).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("\"shpo\"") && ran.stderr.contains("brand, shop"),
        "{}",
        ran.stderr
    );
    // A configured account without batches is no error.
    let ran = run(&home, &["--account", "brand", "history"], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("no batch of account"), "{}", ran.stderr);
}
