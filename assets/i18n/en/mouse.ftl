# mouse: clicks, the wheel and copying to the clipboard (en).

mouse-copy-title = Copy to the clipboard
mouse-copy-nothing = nothing to copy: no comment is highlighted
mouse-copy-no-openid = this comment has no openid to copy
mouse-copy-empty = nothing to copy: the text is empty
mouse-copied-id = copied id { $id } (through the terminal, OSC 52: some terminals and tmux need it enabled)
mouse-copied-openid = copied openid { $openid } (through the terminal, OSC 52: some terminals and tmux need it enabled)
mouse-copied-content = copied the content, { $count ->
    [one] one character
   *[other] { $count } characters
} (through the terminal, OSC 52: some terminals and tmux need it enabled)
