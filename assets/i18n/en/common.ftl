# common: common messages (en).

# Text that is already what the user should read (server text, a path, an OS error).
text = { $text }

# Between the names of a list (accounts, rules, keys), quoted to keep its space.
list-separator = {", "}

lang-unknown = unknown language "{ $value }" in { $source }: use zh (Chinese) or en (English)

# A stop signal came while a batch runs (the CLI and the console). $signal: SIGTERM or SIGHUP, as written.
signal-stopping = wxmod: { $signal } received, stopping: nothing more is sent; waiting for the requests in flight (another { $signal } or Ctrl-C quits at once)
