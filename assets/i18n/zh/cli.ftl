# cli: cli messages (zh).

## 出口：错误与用法。
cli-error = wxmod：{ $message }
cli-no-runtime = 无法启动异步运行时：{ $detail }
cli-demo-failed = 无法启动演示模拟器：{ $detail }
cli-log-file-failed = wxmod：无法打开日志文件 { $path }：{ $detail }
cli-usage-error = 错误：{ $message }
cli-usage-line = 用法：{ $usage }
cli-usage-more = 更多信息请运行 --help。
cli-usage-with-suggestion = { $problem }

      提示：你可能想用“{ $suggestion }”
cli-usage-unknown-argument = 无法识别的参数“{ $arg }”
cli-usage-unknown-command = 无法识别的命令“{ $command }”
cli-usage-missing-value = “{ $arg }”需要一个值，但没有给出
cli-usage-invalid-value = “{ $arg }”的值“{ $value }”无效（可选值：{ $possible }）
cli-usage-missing-required = 缺少必需的参数：{ $args }
cli-usage-missing-command = 需要一个命令
cli-usage-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
cli-usage-bad-value = “{ $arg }”的值“{ $value }”无效：{ $problem }
cli-arg-not-an-index = “{ $value }”不是文章序号：请用 0 到 { $max }（0 是第 1 篇）
cli-arg-number = “{ $value }”不是整数，例如 20
cli-arg-fraction = “{ $value }”不是 0.0 到 1.0 之间的数，例如 0.1
cli-arg-concurrency = “{ $value }”不是 1 到 32 之间的数字
cli-arg-listen = “{ $value }”不是可监听的地址，例如 127.0.0.1:8080
cli-arg-comment-id = “{ $value }”不是留言 id：请给出以逗号分隔的数字，例如 124,119

## 用户给出的文章。

## 配置错误。
cli-config-read = 无法读取配置文件 { $file }：{ $detail }——请检查路径（--config 或 WXMOD_CONFIG）
cli-config-syntax = 配置文件 { $file } 第 { $line } 行：{ $detail }——请修正 TOML 语法
cli-config-unknown-key = 配置文件 { $file } 第 { $line } 行：未知的键 `{ $key }`——请删除（可用的键：{ $known }）
cli-config-bad-value = 配置文件 { $file } 第 { $line } 行：`{ $key }` { $problem }
cli-config-secret-readable = 配置文件 { $file } 含有 AppSecret，且其他用户可读：请运行 chmod 600 { $file }
cli-config-half-credentials = 应用凭据只配置了一半：设置了 { $present }，但缺少 { $missing }——请同时设置 { $missing }，或删除 { $present }
cli-config-key-in-file = { $file } 中的 { $key }
cli-config-bad-env = 无法理解 { $key }=“{ $value }”：请使用相对 UTC 的时差，例如 { $example }
cli-config-refused = 被拒绝：{ $detail }
cli-config-range = 必须在 { $min } 到 { $max } 之间（现在是 { $value }）——请修改或删除这一行
cli-config-whole-number = 必须是整数，例如 { $key } = 10
cli-config-quoted = 必须是带引号的字符串，例如 { $key } = "..."
cli-config-offset = 必须是相对 UTC 的时差，例如 utc_offset = "+08:00"——请修改或删除这一行

## 操作、停止、接口错误。
cli-api-errcode = { $path }：错误码 { $code }（{ $errmsg }）：{ $explain }

## 计划与确认。
cli-account-demo = 演示模拟器
cli-not-sent = { $problem }；没有发送任何请求
cli-refuse-without-terminal = 拒绝发送：标准输入不是终端，wxmod 无法请你确认——加 --yes 直接执行，或加 --dry-run 查看计划；没有发送任何请求
cli-nothing-to-do = 无事可做：{ $article } 没有{ $filter ->
    [elected] 精选
    [normal] 未精选的
   *[all] {""}
}留言
cli-plan-headline = { $verb }{ $scope ->
    [elected] 全部 { $count } 条精选留言
    [normal] 全部 { $count } 条未精选留言
    [all] 全部 { $count } 条留言
   *[given] {" "}{ $count } 条留言
}
cli-plan-duplicates = { $count } 个重复的 id 只发送一次
cli-plan-article = 文章
cli-plan-account = 账号
cli-plan-concurrency = 并发数
cli-plan-absent = { $id }  （{ $op ->
    [mark_elect] 已是精选，或不存在
   *[other] 现在不是精选，或不存在
}）
cli-plan-more = ……另有 { $count } 条
cli-plan-missing = 其中 { $count } 个 id 现在不在这篇文章的{ $filter ->
    [elected] 精选
    [normal] 未精选
   *[all] {""}
}留言中（已处理过，或 id 有误）：它们会失败或不起作用
cli-plan-not-loaded = 无法加载留言来显示（{ $problem }）；继续执行
cli-quota-short = 配额不足：这个批次需要调用 { $needed } 次，但 { $path } 今天只剩 { $remain } 次（共 { $limit } 次）——配额用完时（45009）会停止，其余留言记为未尝试
cli-quota = 配额：{ $path } 今天还剩 { $remain } 次（共 { $limit } 次）
cli-quota-unread = 配额：无法读取（{ $problem }）；继续执行
cli-undo-headline = 撤销批次 { $batch }：恢复精选 { $count } 条留言
cli-undo-of = 撤销 { $time } 的批次 { $batch }：它取消精选了 { $done } 条（共 { $total } 条）
cli-undo-elect-headline = 撤销批次 { $batch }：取消它精选的 { $count } 条留言
cli-undo-elect-of = 撤销 { $time } 的批次 { $batch }：它精选了 { $done } 条（共 { $total } 条）
cli-undo-already-deselected = 其中 { $count } 条已被 { $batches } 重新取消精选，不再处理
cli-undo-elect-uncertain = 有 { $count } 条结果仍未知（{ $ids }）：已发送但没有收到能理解的应答，读取留言列表也无法核实；可能已精选，也可能没有，本次不处理——请查看 `wxmod list --msg-data-id { $id } --index { $index } --type elected`
cli-undo-elect-verified = 其中 { $count } 条是读取留言列表核实为已精选的（应答丢失或无法理解）
cli-undo-unreadable-lines = 操作记录中有 { $count } 行无法读取（`wxmod history` 会显示位置）：这次撤销根据其余内容计算
cli-undo-already-reelected = 其中 { $count } 条已被 { $batches } 恢复精选，不再处理
cli-undo-uncertain = 有 { $count } 条结果仍未知（{ $ids }）：已发送但没有收到能理解的应答，读取留言列表也无法核实；可能已取消精选，也可能没有，本次不处理——请查看 `wxmod list --msg-data-id { $id } --index { $index } --type normal`
cli-undo-verified = 其中 { $count } 条是读取留言列表核实为已取消精选的（应答丢失或无法理解）
cli-retry-headline = 重试批次 { $batch }：再次{ $verb } { $count } 条留言
cli-retry-of = 重试 { $time } 的批次 { $batch }：它{ $op ->
    [mark_elect] 精选
    [delete] 删除
    [delete_reply] 删除回复
   *[unmark_elect] 取消精选
}了 { $done } 条（共 { $total } 条）
cli-retry-sends = 发送 { $count } 条：{ $failed } 条失败，{ $not_attempted } 条未尝试，{ $never_sent } 条未发送，{ $verified } 条经读取留言列表核实为未完成
cli-retry-leaves-out = 不再发送 { $done } 条已完成的留言{ $unknown ->
    [0] {""}
   *[other] ，以及 { $unknown } 条结果仍未知的留言（{ $ids }）：再次发送可能重复操作
}
cli-undo-other-account = 那个批次以 { $then } 运行；这次以 { $now } 运行
cli-dry-run = 试运行：没有发送任何请求
cli-confirm = { $verb } { $count } 条留言？
cli-confirm-prompt = { $question } [y/N]
cli-nothing-sent = 没有发送任何请求

## 运行中的批次与总结。
cli-batch-started = 批次 { $batch } 已开始；操作记录 { $journal }
cli-no-summary = wxmod：批次结束时没有总结（wxmod 的缺陷）：`wxmod history` 会显示已做的操作
cli-item-no-answer = 没有回复：{ $meaning }
cli-settling = wxmod：正在读取留言列表，核实 { $count } 条结果未知的留言……
cli-notice = wxmod：{ $notice }
cli-stopping = wxmod：正在停止——{ $reason }：{ $count ->
    [0] 不再发送新请求
   *[other] 不再发送新请求；等待 { $count } 个进行中的请求
}
cli-cancelling = wxmod：正在停止——已取消：不再发送新请求；等待进行中的请求（再按一次 Ctrl-C 立即退出）
cli-quit-at-once = wxmod：立即退出：`wxmod history { $batch }` 会显示哪些请求没有收到回复
cli-more-not-attempted = ……另有 { $count } 条未尝试（`wxmod history { $batch }` 会列出）
cli-summary = { $op ->
    [mark_elect] 已精选
    [delete] 已删除
    [delete_reply] 已删除回复
   *[unmark_elect] 已取消精选
} { $done } 条（共 { $total } 条）{ $failed ->
    [0] {""}
   *[other] {" "}· { $failed } 条失败
}{ $not_attempted ->
    [0] {""}
   *[other] {" "}· { $not_attempted } 条未尝试
}{ $unknown ->
    [0] {""}
   *[other] {" "}· { $unknown } 条结果未知
}{ $calls ->
    [0] {""}
   *[other] {" "}· { $verified } 条已读取留言列表核实（{ $calls } 次列表调用）
}——{ $article }
cli-summary-unknown = 有 { $count } 条留言结果仍未知：可能已改变，也可能没有——原因请运行 `wxmod history { $batch }` 查看
cli-summary-demo = 批次 { $batch }：演示不跨次保留操作记录，之后的命令无法撤销或重试它（在控制台 wxmod --demo 中，同一次运行内可以）
cli-summary-next = 批次 { $batch }：详情请运行 `wxmod history { $batch }`{ $undo ->
    [yes] ，撤销请运行 `wxmod undo { $batch }`
   *[no] {""}
}{ $retry ->
    [yes] ，重新发送未完成的留言请运行 `wxmod retry { $batch }`
   *[no] {""}
}

## id 文件。
cli-ids-stdin = 标准输入
cli-ids-stdin-unreadable = 无法读取标准输入：{ $detail }
cli-ids-bad-line = { $source } 第 { $line } 行：“{ $value }”不是留言 id——请每行写一个数字（可以有空行和 # 注释）；没有发送任何请求
cli-ids-none = { $source } 中没有留言 id；没有发送任何请求
cli-ids-file-unreadable = 无法读取 --ids-file { $path }：{ $detail }
cli-ids-file-not-text = --ids-file { $path } 不是文本（UTF-8）：请每行写一个留言 id

## list。
cli-demo-notice = 【演示】内置模拟器在 { $url }——不会动到任何真实数据；每次演示都从头开始，不保留操作记录
cli-demo-no-history = 演示不跨次保留操作记录：每次运行都从头开始，使用自己的模拟器，结束时其批次随之清除（用 wxmod --demo 打开控制台，可查看本次运行的批次）
cli-list-heading = { $article }——{ $filter ->
    [elected] 精选留言
    [normal] 未精选留言
   *[all] 全部留言
}
cli-list-write-failed = wxmod：无法写出列表：{ $detail }
cli-list-empty = 这篇文章没有{ $filter ->
    [elected] 精选留言
    [normal] 未精选留言
   *[all] 留言
}
cli-list-col-id = ID
cli-list-col-time = 时间
cli-list-col-author = 作者
cli-list-col-marks = ★ ↩
cli-list-col-content = 内容
cli-list-total = 共 { $count } 条留言（{ $elected } 条精选 ★，{ $replied } 条有回复 ↩）

## history。
cli-journal-warning = wxmod：操作记录 { $warning }
cli-journal-more-warnings = wxmod：……操作记录中另有 { $count } 行无法读取
cli-history-undo = 撤销
cli-state = { $state }{ $undo_of ->
    [none] {""}
   *[other] （撤销 { $undo_of }）
}{ $undone_by ->
    [none] {""}
   *[other] （已被 { $undone_by } 撤销）
}
cli-state-completed = 已完成
cli-state-stopped = 已停止：{ $reason }
cli-state-running = 运行中
cli-state-interrupted = 已中断：{ $confirmed } 条已确认，{ $unanswered } 条已发送未回复，{ $never_sent } 条未发送
cli-history-empty = 还没有批次（操作记录在 { $dir }）
cli-history-none-failed = 没有含失败、未尝试或结果未知留言的批次
cli-history-limit-zero = --limit 0 不会显示任何批次：请给 1 或更大的数（默认 20）
cli-history-unreadable = wxmod：{ $dir } 中的操作记录读不出任何批次：全部 { $count } 行都不是操作记录
cli-history-unreadable-file = {"  "}{ $file }：第 { $lines } 行（共 { $count } 行）
cli-history-unreadable-first = {"  "}第一处：{ $warning }
cli-history-unreadable-remedy = wxmod：没有做任何改动；请检查这些行，或把这些文件移出 { $dir } 以开始新的操作记录（之后 wxmod 将不再知道那些批次）
cli-history-col-batch = 批次
cli-history-col-started = 开始时间
cli-history-col-op = 操作
cli-history-col-article = 文章
cli-history-col-done = 成功
cli-history-col-failed = 失败
cli-history-col-not-attempted = 未尝试
cli-history-col-unknown = 未知
cli-history-col-state = 状态
cli-history-col-result = 结果
cli-history-col-errcode = 错误码
cli-history-col-detail = 详情
cli-history-batch = 批次 { $batch }：在 msg_data_id { $id } 的第 { $position } 篇（index { $index }）上{ $op }
cli-history-started = 开始
cli-history-account = 账号
cli-history-state = 状态
cli-history-counts = 数量
cli-history-journal = 操作记录
cli-history-counts-value = { $done } 条成功 · { $failed } 条失败 · { $not_attempted } 条未尝试{ $unknown ->
    [0] {""}
   *[other] {" "}· { $unknown } 条结果未知
}{ $extra ->
    [yes] {" "}· { $unanswered } 条已发送未回复 · { $never_sent } 条未发送
   *[no] {""}
}{ $calls ->
    [0] {""}
   *[other] {" "}· 已读取留言列表核实（{ $calls } 次列表调用）
}
cli-history-not-settled = wxmod：这个批次有 { $count } 条留言结果未知，现在无法核实（{ $why }）：以下按操作记录显示
cli-history-failed-detail = { $errmsg }——{ $meaning }
cli-history-maybe = 可能已生效，也可能没有
cli-item-state = { $state ->
    [done] 成功
    [failed] 失败
    [not-attempted] 未尝试
    [sent-no-answer] 已发送未回复
    [unknown] 结果未知
   *[never-sent] 未发送
}

## wxmod sim。
cli-sim-cannot-listen = 无法在 { $addr } 上监听：{ $detail }（那里是否已有模拟器在运行？请用 --listen 换一个地址）
cli-sim-stopped = 模拟器已停止。
cli-sim-bad-fail-rate = --fail-rate 必须在 0.0 到 1.0 之间（现在是 { $value }）
cli-sim-bad-expiry = --expire-token-every 至少为 1（不写则令牌永不过期）
cli-sim-banner =
    wxmod 模拟器正在监听 { $url }

    让 wxmod 连接它（演示凭据，不是真实凭据）：
      export WXMOD_API_BASE={ $url }
      export WXMOD_APPID={ $appid }
      export WXMOD_SECRET={ $secret }

    文章：
cli-sim-articles-head = msg_data_id  index 精选/总数      标题
cli-sim-comments-closed = 【留言已关闭】
cli-sim-then-try = 接下来试试：wxmod list --msg-data-id { $id } --index { $index }
cli-sim-quota = 每个接口每天 { $count } 次
cli-sim-quota-unlimited = 不限
cli-sim-expiry = 每 { $count } 次调用
cli-sim-expiry-never = 永不
cli-sim-settings =
    延迟 { $latency } 毫秒，配额 { $quota }，失败率 { $fail_rate }，令牌过期：{ $expiry }。
    按 Ctrl-C 停止服务。
