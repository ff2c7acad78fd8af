# history：控制台的操作记录弹窗（H）——操作记录中的批次、逐条结果，以及在其中撤销或重试（zh）。

## 弹窗
history-title = 操作记录
history-title-count = 操作记录 · { $count } 个批次
history-items-title = 批次 { $id } · 逐条结果
history-reading = 正在读取操作记录…
history-unreadable = 无法读取操作记录：{ $why }
history-empty = 操作记录中还没有批次：在这里或用命令行运行的批次都会出现在这里
history-head = 最新的在前 · 本控制台使用 { $account }
history-head-unreadable = 最新的在前 · 本控制台使用 { $account } · 操作记录中有 { $count } 行无法读取（已跳过）
history-row = { $time }  { $op }  { $article }  · { $account }
history-counts = 完成 { $done } 条{ $failed ->
    [0] {""}
   *[other] ，失败 { $failed } 条
}{ $unknown ->
    [0] {""}
   *[other] ，未知 { $unknown } 条
}{ $unsent ->
    [0] {""}
   *[other] ，未尝试 { $unsent } 条
}
history-flag-interrupted = ⚠ 已中断
history-flag-running = 运行中（在另一个进程中）
history-flag-stopped = 已停止：{ $reason }
history-flag-undo-of = 撤销了 { $id }
history-flag-undone-by = 已被 { $ids } 撤销
history-flag-retry-of = 重试了 { $id }
history-flag-other-account = 其他账号

## 批次的逐条结果
history-item-done = ✓ { $done }
history-item-verified = ✓ { $meaning }
history-item-failed = ✗ { $code } —— { $meaning }
history-item-failed-net = ✗ { $meaning }
history-item-not-attempted = – 未尝试：{ $meaning }
history-item-never-sent = – 未发送（批次在此之前已中断）
history-item-no-answer = ? 已发送，未记录应答：可能已生效，也可能没有
history-item-unknown = ? { $meaning }

## u 或 r 没有执行的原因
history-other-account = 该批次使用 { $account } 运行，本控制台使用 { $current }：请在该账号的控制台中撤销或重试

history-nothing-to-retry = 没有可重试的：{ $count } 条留言均已完成

## 日志
history-log-undo-looking = 正在查找撤销批次 { $id } 要恢复精选的留言（结果未知的留言会先读取留言列表核实）…
history-log-retry-looking = 正在查找重试批次 { $id } 要重新发送的留言（结果未知的留言会先读取留言列表核实）…
history-log-retry-dropped = 批次 { $id } 的重试未打开：期间有其他操作开始（请在操作记录中再按 r）
history-log-retrying = 正在重试批次 { $id }：{ $verb } { $article }的 { $count } 条留言
history-log-undo-none = 本控制台还没有运行过可撤销的批次：按 { $key } 在操作记录中选择较早的批次
history-log-undo-none-unbound = 本控制台还没有运行过可撤销的批次：请在操作记录中选择较早的批次
history-log-undo-hint = 按 { $key } 可撤销批次 { $id }（{ $op ->
        [mark_elect] 取消它新增的精选
       *[other] 恢复它取消的精选
    }）

## 重试的确认
history-confirm-retries = 重试
history-confirm-other-article = 这不是留言表中的文章：批次按留言 id 作用于 { $article }。
history-retry-sends = 只重新发送未生效的：{ $count } 条留言（失败或未尝试{ $verified ->
    [0] {""}
   *[other] ，其中 { $verified } 条是读取留言列表后确认未生效的
}）
history-retry-leaves-out = 不包括已完成的 { $done } 条{ $unknown ->
    [0] {""}
   *[other] 和结果仍未知的 { $unknown } 条（再次发送可能重复执行）
}

## 退出后留在终端里的
history-ran-undo = {"  "}撤销：wxmod undo { $id }
history-ran-retry = {"  "}重试失败和未尝试的留言：wxmod retry { $id }
