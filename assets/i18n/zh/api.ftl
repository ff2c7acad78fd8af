# api: api messages (zh).

## 令牌错误：每条都说明怎么解决。
api-no-source = 没有凭据：请设置 WXMOD_ACCESS_TOKEN、token_command，或 WXMOD_APPID 和 WXMOD_SECRET（见 README），也可以先试试 --demo
api-ready-token-rejected = 令牌被拒绝（{ $code }）：现成的 access_token 无效或已过期——请获取新令牌，用 --access-token 或 WXMOD_ACCESS_TOKEN 传入
api-command-failed = 令牌命令失败：{ $detail }——请检查 token_command（或 --token-command）
api-command-token-rejected = 令牌被拒绝（{ $code }）：令牌命令输出的令牌无效或已过期，重新运行后仍然如此——请修正 token_command（或 --token-command、WXMOD_TOKEN_COMMAND），让它输出当前有效的令牌
api-fresh-token-rejected = 刚获取的新令牌也被拒绝（{ $code }）——请确认 appid 和 secret 属于此 API 地址所服务的公众号，一分钟后再试
api-token-fetch-failed = 获取令牌失败（{ $code } { $errmsg }）：{ $explained }
api-token-fetch-remedy = 请检查 appid 和 secret
api-token-network = 无法获取令牌：{ $detail }
api-token-cache = 令牌缓存 { $path }：{ $detail }

## 令牌命令为什么没有给出令牌。
api-command-no-shell = 无法启动 sh（{ $detail }）
api-command-timeout = { $secs } 秒内没有输出令牌
api-command-unreadable = 无法读取它的输出（{ $detail }）
api-command-exit-status = 它以状态 { $status } 退出
api-command-killed = 它被信号终止
api-command-stderr = { $status }：{ $line }
api-command-empty = 它的第一行没有输出任何内容（第一行必须是 access_token）

## API 地址，在发出任何请求前检查。
api-base-empty = API 地址为空：请把 api_base（或 --api-base）设为 https://api.weixin.qq.com
api-base-not-a-url = API 地址不是网址（{ $why }）：请使用类似 https://api.weixin.qq.com 的地址
api-base-credentials = API 地址 { $base } 带有用户名或密码：请删掉
api-base-query = API 地址 { $base } 带有查询参数或片段：只需写协议、主机、端口和路径
api-base-no-host = API 地址 { $base } 没有主机名：请使用类似 https://api.weixin.qq.com 的地址
api-base-plain-http = 拒绝以明文 http 连接 { $base }：access_token 会在网络上明文传输——请使用 https://；http:// 只用于本机模拟器（127.0.0.1、::1、localhost）
api-base-scheme = API 地址必须以 https:// 开头（现在是 { $scheme }: 地址）

## 调用错误。
api-errcode = { $path }：错误码 { $code }（{ $errmsg }）：{ $explained }
api-network = 无法连接 { $base } 的 API：{ $detail }——请检查网络或 --api-base
api-no-tls = 无法连接 API：无法建立 HTTPS（{ $detail }）——请安装系统 CA 证书（ca-certificates 软件包）
api-timeout = { $path } 在 { $secs } 秒内没有应答——服务器很慢或无法访问；请调大配置中的 request_timeout，或稍后再试
api-http = { $path }：服务器返回 HTTP { $status }——请稍后再试；如果一直这样，请检查 api_base（--api-base）
api-decode = { $path }：无法读取应答（{ $detail }）——请确认 api_base（--api-base）指向微信 API

## 应答为什么无法读取。
api-decode-no-quota = 应答中没有配额信息
api-decode-no-errcode = 应答中没有整数 errcode，无法理解服务器的应答
api-decode-no-token = 应答中没有 access_token
api-decode-too-big = 应答超过 { $mib } MiB，不可能是 API 的应答
api-decode-wrong-type = 某个字段类型不对（应为 { $expected }）
api-decode-wrong-type-at = 某个字段类型不对（第 { $line } 行第 { $column } 列）
api-decode-endless = 服务器连续 { $pages } 页都返回满页（共 { $count } 条留言），已停止

## 客户端自动做的事（提示）。
api-notice-retrying = { $call }：{ $reason }——{ $delay } 秒后重试（第 { $attempt } 次尝试）
api-notice-minute-wait = { $call }：已达到每分钟调用上限——等待 { $secs } 秒到下一分钟
api-call-list = 加载留言
api-call-token = 获取令牌
api-call-quota = 查询配额
api-call-reply = 回复
api-call-open = 打开留言
api-call-close = 关闭留言
api-notice-token-refreshed = access_token 被拒绝；已获取新令牌并继续
api-notice-token-not-cached = 新的 access_token 无法写入缓存（{ $why }）；本次运行照常使用，下次运行会重新获取

## 写操作的用词（唯一的一张表）：动词、标题、完成时。
api-op-elect = 精选
api-op-elect-title = 精选留言
api-op-elect-action = 精选
api-op-elect-done = 已精选
api-op-deselect = 取消精选
api-op-deselect-title = 取消精选留言
api-op-deselect-action = 取消精选
api-op-deselect-done = 已取消精选
api-op-delete = 删除
api-op-delete-title = 删除留言
api-op-delete-action = 删除
api-op-delete-done = 已删除
api-op-delete-reply = 删除回复
api-op-delete-reply-title = 删除回复
api-op-delete-reply-action = 删除回复：
api-op-delete-reply-done = 回复已删除
api-op-reelect = 恢复精选
api-op-reelect-title = 恢复精选留言
api-op-reelect-action = 恢复精选

## 用户粘贴的文章标识（src/article.rs）。
api-article-described = msg_data_id { $msg_data_id }，第 { $position } 篇（index { $index }{ $source ->
    [flag] ，index 来自 --index
    [datacube] ，来自数据魔方 ID：_N 从 1 开始
    [link-idx] ，来自文章链接：idx 从 1 开始
    [link] ，来自文章链接
   *[plain] {""}
}）
api-article-empty = 没有给出文章 ID：请粘贴 msg_data_id，例如 2247483652
api-article-not-a-number = “{ $text }”不是 msg_data_id：请使用数字（2247483652）、数据魔方格式 2247483652_3，或带 mid= 和 idx= 的文章链接
api-article-negative = msg_data_id 不能是负数
api-article-too-large = msg_data_id { $text } 太大（最大为 { $largest }）
api-article-zero = msg_data_id 不能为 0
api-article-bad-position = 文章序号 _{ $text } 超出范围：一条群发消息包含第 _1 到 _{ $max } 篇文章
api-article-bad-index = index { $index } 超出范围：请使用 0 到 { $max }（0 是第一篇）
api-article-link-without-mid = 链接中没有 mid= 数字：请复制完整的文章链接，或直接粘贴 msg_data_id
api-article-bad-link-idx = 链接中的 idx=“{ $text }”超出范围：idx 从 1 数到 { $max }

## wxmod 的文件存放位置（src/paths.rs）。
api-no-home = 找不到主目录来存放 wxmod 的文件：请设置 WXMOD_CONFIG、WXMOD_CACHE_DIR 和 WXMOD_DATA_DIR

## 令牌来源和账号标签（从不显示令牌本身）。
api-source-ready = 现成令牌
api-source-command = 令牌命令
api-source-credentials = 应用凭据（appid { $appid }…）
api-account = { $source } @ { $base }

## 文章和留言筛选，给人看的说法。
# 控制台标题和日志里只说“第 N 篇”；API 的 index 只在 msg_data_id 旁边（文章栏、计划）显示。
api-article = { $msg_data_id } 第 { $position } 篇{ $index ->
   *[other] {""}
}
api-filter-all = 全部
api-filter-normal = 普通
api-filter-elected = 精选
