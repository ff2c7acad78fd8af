# Accounts: the config's [accounts.NAME] tables, `wxmod accounts`,
# `wxmod account add`, and the journal's account of a batch.

accounts-command-json-no-token = its first line is JSON without an access_token or authorizer_access_token field

## Config
accounts-config-bad-name = has an account named "{ $name }": account names use letters, digits, - and _ (at most 40); put a display name in name = "..."
accounts-config-default-twice = has [accounts.default] and top-level appid/secret/token_command too: the top-level keys already are the account "default" — move them into the table, or rename the table
accounts-config-default-unknown = names "{ $name }", which is not a configured account (configured: { $known })
accounts-config-unknown-key = config file { $file }, line { $line }: unknown key `{ $key }` in [accounts.{ $account }] — remove it (known keys: { $known })
accounts-unknown = there is no account "{ $name }" (configured: { $known }) — pick one with --account NAME, or add it with: wxmod account add { $name }
accounts-unknown-none = there is no account "{ $name }": no account is configured yet — add it with: wxmod account add { $name }
accounts-config-default-unknown-none = names "{ $name }", but no account is configured — add it with: wxmod account add { $name }
accounts-none-chosen = several accounts are configured and none is chosen (configured: { $known }) — pick one with --account NAME (or WXMOD_ACCOUNT), or set default_account in the config

## The journal
accounts-batch-other-account = batch { $batch } ran as account "{ $account }", but this run uses account "{ $current }": its comments belong to that account — run it again with --account { $account }
accounts-history-none = no batch of account "{ $account }" in the journal
accounts-history-col = ACCOUNT
accounts-history-account = { $name } · { $label }
accounts-history-account-appid = { $name } (appid { $appid }) · { $label }
accounts-history-account-appid-only = { $name } (appid { $appid })

## wxmod accounts
accounts-source-credentials = app secret (stable_token)
accounts-source-command = token command
accounts-source-ready = ready access_token
accounts-source-none = nothing configured (the environment may give one)
accounts-no-source = no credentials: set up an account with wxmod account add NAME (it asks for the appid and the app secret or a token command), or set WXMOD_ACCESS_TOKEN, or WXMOD_APPID and WXMOD_SECRET (see README); or try --demo
accounts-none = no account is configured in { $file } — add one with: wxmod account add NAME
accounts-head = { $default ->
    [yes] { $mark } { $name } (default)
   *[no] { $mark } { $name }
}
accounts-head-named = { $default ->
    [yes] { $mark } { $name } — { $display } (default)
   *[no] { $mark } { $name } — { $display }
}
accounts-appid = appid: { $appid }
accounts-appid-none = appid: not set
accounts-token = { $cached ->
    [yes] token: { $source }; a valid token is cached
    [no] token: { $source }; no token cached
   *[never] token: { $source } (not cached)
}
accounts-api-base = API: { $base }
accounts-api-base-demo = API: the embedded simulator (demo)
accounts-api-base-overridden = API: { $base } (this run, from { $by }; the config says { $config })

## wxmod account add
accounts-add-bad-name = "{ $name }" cannot be an account name: use letters, digits, - and _ (at most 40), like shop or brand-2; a name people read goes in --display-name
accounts-add-exists = the account "{ $name }" already exists in { $file } — choose another name, or edit that file
accounts-add-input-ended = the input ended before every question was answered: nothing was written — run it again and answer each question, or give the answers as flags: --appid, then --secret-stdin (the secret on standard input) or --with-token-command
accounts-ask-appid = The account's appid (公众号后台 → 设置与开发 → 基本配置 → 开发者ID(AppID)), starting with wx:
accounts-ask-source = Where does its token come from? 1 = the app secret (AppSecret), 2 = a token command (an agency's token service) [1]:
accounts-ask-secret = The app secret (AppSecret; it is not shown as you type):
accounts-ask-command = The token command (it runs with WXMOD_APPID and WXMOD_ACCOUNT set; its first line is the token):
accounts-add-bad-choice = "{ $answer }" is not one of the choices: answer 1 (app secret) or 2 (token command)
accounts-add-empty-secret = no app secret was given: nothing was written
accounts-add-empty-command = no token command was given: nothing was written
accounts-add-bad-appid = "{ $appid }" is not an appid: an appid starts with wx and has only letters and digits (设置与开发 → 基本配置 → 开发者ID(AppID))
accounts-add-would-break = { $file } was left unchanged: with the new account it would not read: { $detail }
accounts-add-write-failed = cannot write { $file }: { $detail }
accounts-add-written = account "{ $name }" saved in { $file } (readable by you only)
accounts-check-start = Checking account "{ $name }" at { $base }: fetching a token and reading the quota…
accounts-check-ok = Account "{ $name }" works: { $remain } of { $limit } deselections left today.
accounts-check-failed = Account "{ $name }" does not work yet: { $why }
accounts-check-again = The account is saved; once this is fixed, check it again with: wxmod account check { $name }
accounts-explain-40164-ip = WeChat refused to hand out a token to this machine (40164): its address { $ip } is not on the account's IP whitelist. In the Official Account's admin console, open 设置与开发 → 基本配置 → IP 白名单 and add { $ip } — or get tokens from your organisation's token service instead (answer 2, a token command).
accounts-explain-40164 = WeChat refused to hand out a token to this machine (40164): its address is not on the account's IP whitelist. In the Official Account's admin console, open 设置与开发 → 基本配置 → IP 白名单 and add this machine's public address — or get tokens from your organisation's token service instead (answer 2, a token command).
accounts-explain-40013 = the appid { $appid } is wrong (40013): copy it again from 设置与开发 → 基本配置 → 开发者ID(AppID); it starts with wx.
accounts-explain-40125 = the appid { $appid } exists but the app secret is wrong (40125): copy it again from 设置与开发 → 基本配置 → 开发者密码(AppSecret) — if it was reset there, only the new one works.

## The console's header
accounts-header = account { $name } · { $source }
accounts-header-named = account { $name } ({ $display }) · { $source }
accounts-shown = { $account } @ { $base }

## The journal, continued
accounts-batch-other-appid = batch { $batch } ran as account "{ $account }" with appid { $then }, but that account now has appid { $now }: its comments belong to { $then } — put that appid back in the config (or configure it as another account) to undo or retry it
accounts-add-default-kept = "{ $name }" stays the account used by default (default_account = "{ $name }" was added to the config); use the new one with --account { $new }
