# common: common messages (zh).

# 原样显示的文字（服务器返回的信息、路径、系统错误）。
text = { $text }

lang-unknown = { $source } 中的语言“{ $value }”无法识别：请使用 zh（中文）或 en（英文）
