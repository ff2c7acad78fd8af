# mouse：点击、滚轮与复制到剪贴板（zh）。

mouse-copy-title = 复制到剪贴板
mouse-copy-nothing = 没有可复制的内容：未高亮任何留言
mouse-copy-no-openid = 这条留言没有可复制的 openid
mouse-copy-empty = 没有可复制的内容：文字为空
mouse-copied-id = 已复制留言 id { $id }（经由终端的 OSC 52；部分终端和 tmux 需要先开启）
mouse-copied-openid = 已复制 openid { $openid }（经由终端的 OSC 52；部分终端和 tmux 需要先开启）
mouse-copied-content = 已复制留言内容，共 { $count } 个字符（经由终端的 OSC 52；部分终端和 tmux 需要先开启）
