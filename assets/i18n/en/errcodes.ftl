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
errcode-40013-meaning = the AppID is wrong
errcode-40013-remedy = check appid in the config file or WXMOD_APPID
errcode-40125-meaning = the AppSecret is wrong
errcode-40125-remedy = check secret in the config file or WXMOD_SECRET (reset it in the MP admin console if unsure)
errcode-40164-meaning = this machine's IP is not on the account's IP whitelist, so it cannot fetch a token
errcode-40164-remedy = add this IP to the whitelist (MP admin console > Settings > Basic configuration), or get a ready token from your central token server (--access-token, WXMOD_ACCESS_TOKEN or token_command)
errcode-45009-meaning = the daily call quota for this API is spent
errcode-45009-remedy = wait until tomorrow, or reset the quota with clear_quota (10 times a month)
errcode-45011-meaning = the per-minute call limit was reached
errcode-45011-remedy = wxmod waits for the next minute and goes on
errcode-48001-meaning = this account may not use the comment API (it must be verified, 认证)
errcode-48001-remedy = use a verified account, or check the API permissions of the third-party platform
errcode-50001-meaning = the user has not authorised this API
errcode-50001-remedy = check the account's API permissions in the MP admin console
errcode-50002-meaning = the account is restricted
errcode-50002-remedy = check the account's status in the MP admin console
errcode-47001-meaning = the server could not parse the request body
errcode-47001-remedy = this is a wxmod bug: please report it
errcode-88000-meaning = the article has no comment permission
errcode-88000-remedy = check that comments are enabled for this account and article
errcode-88001-meaning = no such article: the msg_data_id or index is wrong
errcode-88001-remedy = check the msg_data_id and the index (0 is the first article of a message)
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
