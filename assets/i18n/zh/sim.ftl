# sim: sim messages (zh).

## 模拟器的数据文件。
sim-data-in-file = （{ $path }）
sim-data-embedded = {""}
sim-data-read = 无法读取模拟器数据 { $path }：{ $detail }
sim-data-parse = 模拟器数据{ $file }不是 demo.json 格式的有效 JSON：{ $detail }
sim-data-invalid = 模拟器数据{ $file }有误：{ $problem }
sim-data-article-twice = 文章 { $msg_data_id }（index { $index }）出现了两次
sim-data-comment-twice = 留言 { $id } 在文章 { $msg_data_id }（index { $index }）中出现了两次
sim-data-comment-type = 文章 { $msg_data_id }（index { $index }）中的留言 { $id } 的 comment_type 为 { $comment_type }（应为 0 或 1）

## `wxmod sim` 启动时的说明（src/sim/banner.rs）。
sim-listening = wxmod 模拟器正在监听 { $url }
sim-point-at-it = 让 wxmod 连接它（演示用凭据，不是真实凭据）：
sim-articles = 文章：
sim-col-elected-total = 精选/全部
sim-col-title = 标题
sim-title-closed = { $title }  [留言已关闭]
sim-then-try = 然后试试：wxmod list --msg-data-id { $msg_data_id } --index { $index }
sim-quota-per-day = 每个接口每天 { $count } 次
sim-quota-unlimited = 不限
sim-expire-every = 每 { $count } 次调用
sim-expire-never = 从不
sim-settings = 延迟 { $latency } 毫秒，配额{ $quota }，失败率 { $fail_rate }，令牌过期：{ $expiry }。
sim-serving = 持续服务，按 Ctrl-C 停止。
sim-listen-failed = 无法在 { $listen } 上监听：{ $detail }（那里是否已有模拟器在运行？请用 --listen 换一个地址）
sim-stopped = 模拟器已停止。

## Several accounts and the data cube (src/sim/).
sim-data-account-twice = 公众号 { $appid } 出现了两次
# 数据文件中的其他公众号，显示在 `wxmod sim` 的启动信息中。
sim-other-account = 另一个公众号：WXMOD_APPID={ $appid } WXMOD_SECRET={ $secret }（{ $count } 篇文章）
