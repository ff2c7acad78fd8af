# The console's account picker (A) and switching accounts; the demo's accounts.

acctpick-demo-name-first = Demo café
acctpick-demo-name-second = Demo bookshop

acctpick-title = Accounts · { $count ->
    [one] 1 configured
   *[other] { $count } configured
}
acctpick-name-display = { $name } ({ $display })
acctpick-current = in use
acctpick-default = default
acctpick-appid-none = appid not configured
acctpick-hint = Enter switches: what is shown is reloaded for that account, and marks do not go along.

acctpick-ask-title = Switch account with marked comments?
acctpick-ask-text = { $count ->
    [one] 1 comment is marked.
   *[other] { $count } comments are marked.
} Switching to account { $name } drops the marks: they are comments of this account.
acctpick-ask-keys = y switches · n/Esc stays

acctpick-log-none = no accounts are configured: add one with wxmod account add NAME
acctpick-log-same = account { $name } is already in use
acctpick-log-busy = a batch is running: account { $name } can be chosen once it finishes (or after Esc cancels it)
acctpick-log-switching = opening account { $name }…
acctpick-log-switched = now working as account { $name } (was { $from }): load an article of this account
acctpick-log-switched-named = now working as account { $name } ({ $display }; was { $from }): load an article of this account
acctpick-log-marks-dropped = { $count ->
    [one] 1 mark of account { $from } was dropped
   *[other] { $count } marks of account { $from } were dropped
} (marks do not go along to another account)
acctpick-log-failed = cannot switch to account { $name }, still working as { $current }: { $why }
