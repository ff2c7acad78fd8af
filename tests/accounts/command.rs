//! One agency token command serves every account: it runs with WXMOD_APPID
//! and WXMOD_ACCOUNT, may print a JSON line with an authorizer token, and is
//! run once more (only once) when its token is rejected with 40001.

use super::support::{ART_ARG, Home};
use super::{run, sim, write_config};

/// A script that records its environment and prints the token in `token_file`.
fn script(home: &Home) -> (std::path::PathBuf, std::path::PathBuf) {
    let script = home.path().join("token.sh");
    let token_file = home.path().join("token.txt");
    let log = home.path().join("env.log");
    std::fs::write(
        &script,
        format!(
            "printf '%s %s\\n' \"$WXMOD_APPID\" \"$WXMOD_ACCOUNT\" >> '{}'\ncat '{}'\n",
            log.display(),
            token_file.display()
        ),
    )
    .unwrap();
    (token_file, log)
}

fn config(home: &Home, base: &str) {
    let script = home.path().join("token.sh");
    write_config(
        home,
        &format!(
            "default_account = \"north\"\n\n[accounts.north]\nappid = \"wxnorth000000001\"\ntoken_command = \"sh '{s}'\"\napi_base = \"{base}\"\n\n[accounts.south]\nappid = \"wxsouth000000002\"\ntoken_command = \"sh '{s}'\"\napi_base = \"{base}\"\n",
            s = script.display()
        ),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_command_learns_which_account_it_serves() {
    let sim = sim(2).await;
    let home = Home::new();
    let (token_file, log) = script(&home);
    config(&home, &sim.url());
    std::fs::write(&token_file, format!("{}\n", sim.control().issue_token())).unwrap();
    let ran = run(&home, &["list", "--msg-data-id", ART_ARG], None).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    // A third-party platform's answer: a JSON line with the authorizer token.
    let json = format!(
        "{{\"authorizer_access_token\":\"{}\",\"expires_in\":7200}}\n",
        sim.control().issue_token()
    );
    std::fs::write(&token_file, json).unwrap();
    let ran = run(
        &home,
        &["--account", "south", "list", "--msg-data-id", ART_ARG],
        None,
    )
    .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let seen = std::fs::read_to_string(&log).unwrap();
    assert_eq!(seen, "wxnorth000000001 north\nwxsouth000000002 south\n");
    assert_eq!(
        sim.control().token_fetches(),
        0,
        "wxmod fetched no token itself"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_command_token_runs_the_command_once_more_then_stops() {
    let sim = sim(2).await;
    let home = Home::new();
    let (token_file, log) = script(&home);
    config(&home, &sim.url());
    std::fs::write(&token_file, "DEAD-TOKEN-5\n").unwrap();
    let ran = run(&home, &["list", "--msg-data-id", ART_ARG], None).await;
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    assert!(ran.stderr.contains("token command"), "{}", ran.stderr);
    assert!(!ran.stderr.contains("DEAD-TOKEN-5"), "{}", ran.stderr);
    let runs = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        runs.lines().count(),
        2,
        "run, rejected, run once more: {runs}"
    );
}
