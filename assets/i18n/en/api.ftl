# api: api messages (en).

## Token errors: each names the fix.
api-no-source = no credentials: set WXMOD_ACCESS_TOKEN, token_command, or WXMOD_APPID and WXMOD_SECRET (see README), or try --demo
api-ready-token-rejected = token rejected ({ $code }): the ready access token is invalid or expired — get a new one and pass it with --access-token or WXMOD_ACCESS_TOKEN
api-command-failed = token command failed: { $detail } — check token_command (or --token-command)
api-command-token-rejected = token rejected ({ $code }): the token printed by the token command is invalid or expired, even after running it again — fix token_command (or --token-command, WXMOD_TOKEN_COMMAND) so it prints a current token
api-fresh-token-rejected = token rejected ({ $code }) right after fetching a new one — check that appid and secret belong to the account this API base serves, and try again in a minute
api-token-fetch-failed = token fetch failed ({ $code } { $errmsg }): { $explained }
api-token-fetch-remedy = check appid and secret
api-token-network = cannot fetch a token: { $detail }
api-token-cache = token cache { $path }: { $detail }

## Why the token command gave no token.
api-command-no-shell = cannot start sh ({ $detail })
api-command-timeout = no token within { $secs }s
api-command-unreadable = cannot read its output ({ $detail })
api-command-exit-status = it exited with status { $status }
api-command-killed = it was killed by a signal
api-command-stderr = { $status }: { $line }
api-command-empty = it printed nothing on its first line (it must print the access token)

## The API base URL, checked before any request.
api-base-empty = the API base URL is empty: set api_base (or --api-base) to https://api.weixin.qq.com
api-base-not-a-url = the API base URL is not a URL ({ $why }): use something like https://api.weixin.qq.com
api-base-credentials = the API base URL { $base } carries a user name or password: remove it
api-base-query = the API base URL { $base } has a query or fragment: give only scheme, host, port and path
api-base-no-host = the API base URL { $base } has no host: use something like https://api.weixin.qq.com
api-base-plain-http = refusing plain http to { $base }: the access token would cross the network unencrypted — use https://, or http:// only for a local simulator (127.0.0.1, ::1, localhost)
api-base-scheme = the API base URL must start with https:// (got a { $scheme }: URL)

## Call errors.
api-errcode = { $path }: errcode { $code } ({ $errmsg }): { $explained }
api-network = cannot reach the API at { $base }: { $detail } — check the network or --api-base
api-no-tls = cannot reach the API: cannot set up HTTPS ({ $detail }) — install the system CA certificates (package ca-certificates)
api-timeout = no answer from { $path } within { $secs }s — the server is slow or unreachable; raise request_timeout in the config or try again
api-http = { $path }: the server answered HTTP { $status } — try again in a while; if it persists, check api_base (--api-base)
api-decode = { $path }: unreadable answer ({ $detail }) — check that api_base (--api-base) points at the WeChat API

## Why an answer could not be read.
api-decode-no-quota = the answer holds no quota
api-decode-no-errcode = the answer has no integer errcode, so the server's answer was not understood
api-decode-no-token = the answer holds no access_token
api-decode-too-big = the answer is larger than { $mib } MiB, which no API answer is
api-decode-wrong-type = a field has the wrong type (expected { $expected })
api-decode-wrong-type-at = a field has the wrong type (line { $line } column { $column })
api-decode-endless = the server kept sending full pages for { $pages } pages ({ $count } comments); stopping

## What the client does on its own (notices).
api-notice-retrying = { $call }: { $reason } — retrying in { $delay }s (attempt { $attempt })
api-notice-minute-wait = { $call }: per-minute call limit reached — waiting { $secs }s for the next minute
api-call-list = loading comments
api-call-token = getting a token
api-call-quota = checking the quota
api-call-reply = reply
api-call-open = open comments
api-call-close = close comments
api-notice-token-refreshed = the access token was refused; got a new one and went on
api-notice-token-not-cached = the new access token could not be cached ({ $why }); it works for this run, the next run fetches another

## The one table of a write operation's words: verb, title, past tense.
api-op-elect = elect
api-op-elect-title = Elect comments
api-op-elect-action = Elect
api-op-elect-done = elected
api-op-deselect = deselect
api-op-deselect-title = Deselect comments
api-op-deselect-action = Deselect
api-op-deselect-done = deselected
api-op-delete = delete
api-op-delete-title = Delete comments
api-op-delete-action = Delete
api-op-delete-done = deleted
api-op-delete-reply = delete reply
api-op-delete-reply-title = Delete replies
api-op-delete-reply-action = Delete the replies of
api-op-delete-reply-done = reply deleted
api-op-reelect = re-elect
api-op-reelect-title = Re-elect comments
api-op-reelect-action = Re-elect

## An article reference as users paste it (src/article.rs).
# English shows the API's index only; $position (index + 1) is for languages that count from 1.
api-article-described = msg_data_id { $msg_data_id }, index { $index }{ $position ->
   *[other] {""}
}{ $source ->
    [flag] { " " }(index from --index)
    [datacube] { " " }(from data-cube id: _N is 1-based)
    [link-idx] { " " }(from link: idx is 1-based)
    [link] { " " }(from link)
   *[plain] {""}
}
api-article-empty = no article id given: paste a msg_data_id such as 2247483652
api-article-not-a-number = "{ $text }" is not a msg_data_id: use digits (2247483652), the data-cube form 2247483652_3, or an article link with mid= and idx=
api-article-negative = msg_data_id cannot be negative
api-article-too-large = msg_data_id { $text } is too large (the largest is { $largest })
api-article-zero = msg_data_id cannot be 0
api-article-bad-position = article number _{ $text } is out of range: a message has articles _1 to _{ $max }
api-article-bad-index = index { $index } is out of range: use 0 to { $max } (0 is the first article)
api-article-link-without-mid = the link has no mid= number: copy the whole article link, or paste the msg_data_id itself
api-article-bad-link-idx = idx="{ $text }" in the link is out of range: idx counts articles from 1 to { $max }

## Where wxmod keeps its files (src/paths.rs).
api-no-home = cannot find a home directory for wxmod's files: set WXMOD_CONFIG, WXMOD_CACHE_DIR and WXMOD_DATA_DIR

## Where the token comes from, and the account label (never the token).
api-source-ready = ready token
api-source-command = token command
api-source-credentials = app credentials (appid { $appid }…)
api-account = { $source } @ { $base }

## An article and a comment filter, for people.
# English shows the API's index only; $position (index + 1) is for languages that count from 1.
api-article = { $msg_data_id } index { $index }{ $position ->
   *[other] {""}
}
api-filter-all = all
api-filter-normal = normal
api-filter-elected = elected
