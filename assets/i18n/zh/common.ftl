# common: common messages (zh).

# 原样显示的文字（服务器返回的信息、路径、系统错误）。
text = { $text }

# 列表中各名称之间（账号、规则、配置项）。
list-separator = 、

lang-unknown = { $source } 中的语言“{ $value }”无法识别：请使用 zh（中文）或 en（英文）

# 批次运行中收到停止信号（命令行与控制台）。
signal-stopping = wxmod：收到 { $signal }，正在停止：不再发送新请求；等待进行中的请求（再收到一次 { $signal } 或按 Ctrl-C 立即退出）
