# common: common messages (en).

# Text that is already what the user should read (server text, a path, an OS error).
text = { $text }

lang-unknown = unknown language "{ $value }" in { $source }: use zh (Chinese) or en (English)
