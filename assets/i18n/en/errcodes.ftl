# errcodes: errcodes messages (en).

# What each errcode means and what the user should do; ids are errcode-CODE-meaning
# and errcode-CODE-remedy (src/api/catalog.rs names them).

errcode-0-meaning = success
errcode-0-remedy = nothing to do
errcode-minus1-meaning = the WeChat server is busy
errcode-minus1-remedy = wxmod retries with backoff; if it persists, try again in a few minutes
errcode-40001-meaning = the access token is invalid or not the latest
errcode-40001-remedy = wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)
errcode-40014-meaning = the access token is invalid
errcode-40014-remedy = wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)
errcode-42001-meaning = the access token has expired
errcode-42001-remedy = wxmod fetches a new token; with a ready token, supply a fresh one (--access-token or WXMOD_ACCESS_TOKEN)
errcode-41001-meaning = the request carried no access token
errcode-41001-remedy = this is a wxmod bug: please report it
errcode-40013-meaning = the AppID is wrong: no Official Account has it
errcode-40013-remedy = check appid in the config file or WXMOD_APPID: copy the AppID again from the MP admin console (设置与开发 → 基本配置; it starts with wx)
errcode-40125-meaning = the AppSecret is wrong for this AppID
errcode-40125-remedy = check secret in the config file or WXMOD_SECRET: copy the AppSecret again from 设置与开发 → 基本配置 (reset it there if nobody has it)
errcode-40164-meaning = the address this machine calls from is not on the account's IP whitelist, so it cannot fetch a token
errcode-40164-remedy = add the address the server saw to 设置与开发 → 基本配置 → IP 白名单 in the MP admin console (whoever administers the account can do it), or use a ready token from your central token server (--access-token, WXMOD_ACCESS_TOKEN or token_command)
errcode-45009-meaning = the daily call quota for this API is spent
errcode-45009-remedy = wait until tomorrow, or reset the quota with clear_quota (10 times a month)
errcode-45011-meaning = the per-minute call limit was reached
errcode-45011-remedy = wxmod waits for the next minute and goes on
errcode-48001-meaning = the account may not use this API: it is not verified (认证), or lacks the permission (comments, or the data cube for the article list)
errcode-48001-remedy = use a verified account; through a third-party platform, ask the agency to have the account grant the permission set; an article list needs the data permission (数据统计)
errcode-61007-meaning = the account has not granted this API to the third-party platform (permission set 7, 群发与通知, covers the comment API)
errcode-61007-remedy = ask the agency to have the account authorise its platform again with permission set 7 (群发与通知) ticked; the granted sets show in the platform's authorizer info
errcode-50001-meaning = the user has not authorised this API
errcode-50001-remedy = check the account's API permissions in the MP admin console
errcode-50002-meaning = the account is restricted
errcode-50002-remedy = check the account's status in the MP admin console
errcode-47001-meaning = the server could not parse the request body
errcode-47001-remedy = this is a wxmod bug: please report it
errcode-88000-meaning = the article has no comment permission
errcode-88000-remedy = check that comments are enabled for this account and article
errcode-88001-meaning = no such article: the msg_data_id or index is wrong
errcode-88001-remedy = check the msg_data_id and the index; an article never mass-sent has no msg_data_id and cannot be moderated: see wxmod articles
errcode-88002-meaning = the article is restricted for safety reasons
errcode-88002-remedy = comments cannot be changed on this article
errcode-88003-meaning = the article already has the maximum number of elected comments
errcode-88003-remedy = deselect some comments first
errcode-88004-meaning = the user deleted this comment
errcode-88004-remedy = nothing to do: the comment is gone
errcode-88005-meaning = this comment already has a reply
errcode-88005-remedy = delete the reply first if you want to replace it
errcode-88007-meaning = the reply is empty or too long
errcode-88007-remedy = shorten the reply or write something
errcode-88008-meaning = no such comment: it was deleted, or the id is wrong
errcode-88008-remedy = nothing to do if it was deleted; otherwise check the id and reload the list
errcode-88010-meaning = the page size was rejected
errcode-88010-remedy = this is a wxmod bug (or a page_size above 49 in the config): set page_size to 49 or less
errcode-61500-meaning = the data cube did not understand the date
errcode-61500-remedy = this is a wxmod bug (dates are sent as YYYY-MM-DD): please report it
errcode-61501-meaning = the data cube has no data for this date range: a span longer than one day, or a day that is today or later
errcode-61501-remedy = ask for days up to yesterday, one day at a time; today's articles reach the data cube tomorrow, open them by msg_data_id meanwhile

errcode-unknown = unknown error code { $code }
errcode-unknown-said = unknown error code { $code }: { $errmsg }
# "meaning — remedy": the one way an errcode is explained.
errcode-explained = { $meaning } — { $remedy }
errcode-table-heading = | code | errmsg | meaning | what to do | class |
class-success = success
class-refresh-token = refresh-token
class-retry = retry
class-wait-minute = wait-minute
class-stop = stop
class-per-item = per-item
