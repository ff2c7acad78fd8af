# clap: clap messages (en).

# Headings of every help page.
clap-heading-usage = Usage:{" "}
clap-heading-options = Options:
clap-heading-arguments = Arguments:
clap-heading-commands = Commands:

# Commands: clap-NAME-about.
clap-about = Moderate the comments of WeChat Official Account articles: deselect elected (精选) comments in bulk
clap-after-help = With no command, wxmod opens the interactive console. Start with: wxmod --demo
clap-list-about = List an article's comments (elected ones by default).
clap-unelect-about = Deselect (unmarkelect) elected comments in bulk.
clap-elect-about = Elect (markelect) comments in bulk.
clap-undo-about = Undo a batch exactly: re-elect what it deselected, or deselect what it elected.
clap-retry-about = Send again what a batch did not do: failed, not attempted, found not done.
clap-history-about = Show recent batches, or every item of one batch.
clap-sim-about = Serve the API simulator (for trying wxmod and for tests).
clap-help-about = Print this message or the help of the given command(s)
clap-help-arg-subcommand = Print help for the command(s)

# Flags: clap-NAME-arg-ID where one command's flag means something of its own, else clap-arg-ID.
clap-arg-help = Print help
clap-arg-version = Print version
clap-arg-demo = Run against the embedded simulator with demo data (no credentials needed).
clap-arg-api-base = API base URL [env: WXMOD_API_BASE] [default: https://api.weixin.qq.com].
clap-arg-access-token = A ready access token (also an authorizer_access_token) [env: WXMOD_ACCESS_TOKEN].
clap-arg-token-command = A command whose first line of output is an access token [env: WXMOD_TOKEN_COMMAND].
clap-arg-config = Config file [env: WXMOD_CONFIG] [default: the user's config dir/config.toml].
clap-arg-data-dir = Where the journal and recent articles live [env: WXMOD_DATA_DIR].
clap-arg-lang = The language to read: zh or en [env: WXMOD_LANG] [default: lang in the config, else the locale].
clap-arg-verbose = More log detail (-v, -vv, -vvv). Logs never contain tokens or the secret.
clap-arg-log-file = Write logs to this file instead of standard error.
clap-wxmod-arg-msg-data-id = Open the console with this article already loading (id, id_N or article link).
clap-wxmod-arg-index = Article index (0-based) for --msg-data-id.
clap-arg-msg-data-id = The article: 2247483652, the data-cube form 2247483652_3 (index 2), or a link with mid= and idx=.
clap-arg-index = Which article of the message, 0-based (wins over the index in --msg-data-id).
clap-arg-kind = Which comments to list: elected, normal or all [default: elected].
clap-list-arg-json = One JSON object per comment per line.
clap-arg-json = One JSON object per comment, then a summary object.
clap-history-arg-json = One JSON object per line.
clap-arg-comment-id = Comment ids, separated by commas (124,119); the flag may repeat.
clap-arg-ids-file = A file with one comment id per line (blank lines and # comments allowed); - reads stdin.
clap-arg-all = Every comment the operation applies to (all elected ones for unelect), loaded first.
clap-arg-dry-run = Show the plan and send nothing.
clap-arg-yes = Do not ask for confirmation.
clap-arg-concurrency = Requests in flight at once (1 to 32) [default: 4, or concurrency in the config].
clap-undo-arg-batch-id = The batch to undo [default: the latest batch that deselected something].
clap-retry-arg-batch-id = The batch to retry (a unique start of its id is enough).
clap-history-arg-batch-id = Show every item of this batch (an interrupted one is settled first by reading the list).
clap-arg-limit = How many batches to show [default: 20].
clap-arg-failed = Only batches with failed, not-attempted or unknown items (with BATCH_ID: only those items).
clap-arg-listen = Address to listen on (loopback only unless you mean it) [default: 127.0.0.1:8080].
clap-arg-data = Articles and comments to serve (JSON, the shape of assets/demo.json) [default: the demo data].
clap-arg-latency-ms = Added delay before each answer, in milliseconds [default: 0].
clap-arg-quota = Daily quota per API; once spent, calls answer 45009.
clap-arg-fail-rate = Fraction of calls (0.0 to 1.0) answered with -1 system error [default: 0].
clap-arg-expire-token-every = Expire the current access token every N calls (answers 42001).
clap-arg-account = The configured account to use [env: WXMOD_ACCOUNT] [default: default_account, else the only one].
clap-accounts-about = List the configured accounts (never a secret or token).
clap-accounts-arg-json = One JSON object per account per line.
clap-account-about = Set up an account.
clap-add-about = Add an account to the config file (asks for what it needs), then check it live.
clap-add-arg-name = The account's name in the config (letters, digits, - and _).
clap-add-arg-appid = The account's appid (wx...).
clap-add-arg-secret-stdin = Read the app secret from the first line of standard input.
clap-add-arg-token-command-answer = Use this token command instead of a secret.
clap-add-arg-display-name = A name people recognise, shown with the account (e.g. the account's title).
clap-add-arg-no-check = Write the config without checking the account live.
clap-check-about = Check an account live: fetch a token and read the quota.
clap-check-arg-name = The account's name in the config.
clap-arg-query = Only comments that match this query (see: wxmod help query).
clap-arg-rule = A saved rule: [rules.NAME] where = "QUERY" in the config.
clap-arg-author = Only this author's comments (an openid, or the shortened form the table shows).
clap-arg-contains = Only comments whose content holds this text (any case, full- or half-width).
clap-arg-since = Only comments created on or after this day (YYYY-MM-DD, local time).
clap-arg-until = Only comments created on or before this day (YYYY-MM-DD, local time).
