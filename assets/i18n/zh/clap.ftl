# clap: clap messages (zh).

# 每个帮助页的标题。
clap-heading-usage = 用法：
clap-heading-options = 选项：
clap-heading-arguments = 参数：
clap-heading-commands = 命令：

# 命令：clap-NAME-about。
clap-about = 管理微信公众号文章的留言：批量取消精选留言
clap-after-help = 不带命令运行时，wxmod 打开交互式控制台。可以先试试：wxmod --demo
clap-list-about = 列出一篇文章的留言（默认只列精选留言）。
clap-unelect-about = 批量取消精选留言（unmarkelect）。
clap-elect-about = 批量精选留言（markelect）。
clap-undo-about = 原样撤销一个批次：恢复它取消的精选，或取消它新增的精选。
clap-retry-about = 重新发送一个批次没有完成的留言：失败、未尝试、核实为未完成的。
clap-history-about = 显示最近的批次，或某个批次的每一条留言。
clap-sim-about = 运行接口模拟器（用于试用 wxmod 和测试）。
clap-help-about = 显示本帮助，或指定命令的帮助
clap-help-arg-subcommand = 显示这些命令的帮助

# 选项：clap-NAME-arg-ID 是某个命令特有的含义，否则用 clap-arg-ID。
clap-arg-help = 显示帮助
clap-arg-version = 显示版本
clap-arg-demo = 使用内置模拟器和演示数据运行（不需要凭据）。
clap-arg-api-base = 接口地址 [环境变量：WXMOD_API_BASE] [默认：https://api.weixin.qq.com]。
clap-arg-access-token = 现成的 access_token（也可以是 authorizer_access_token）[环境变量：WXMOD_ACCESS_TOKEN]。
clap-arg-token-command = 一条命令，其输出的第一行是 access_token [环境变量：WXMOD_TOKEN_COMMAND]。
clap-arg-config = 配置文件 [环境变量：WXMOD_CONFIG] [默认：用户配置目录/config.toml]。
clap-arg-data-dir = 操作记录和最近文章的存放目录 [环境变量：WXMOD_DATA_DIR]。
clap-arg-lang = 界面语言：zh 或 en [环境变量：WXMOD_LANG] [默认：配置中的 lang，否则按系统语言]。
clap-arg-verbose = 更详细的日志（-v、-vv、-vvv）。日志中不会出现令牌或 AppSecret。
clap-arg-log-file = 把日志写入这个文件，而不是标准错误输出。
clap-wxmod-arg-msg-data-id = 打开控制台并加载这篇文章（id、id_N 或文章链接）。
clap-wxmod-arg-index = --msg-data-id 的文章序号（从 0 开始）。
clap-arg-msg-data-id = 文章：2247483652、数据魔方格式 2247483652_3（即 index 2），或带 mid= 和 idx= 的文章链接。
clap-arg-index = 群发消息中的第几篇，从 0 开始（优先于 --msg-data-id 中的序号）。
clap-arg-kind = 列出哪些留言：elected（精选）、normal（未精选）或 all（全部）[默认：elected]。
clap-list-arg-json = 每条留言输出一行 JSON。
clap-arg-json = 每条留言输出一个 JSON 对象，最后输出总结对象。
clap-history-arg-json = 每行输出一个 JSON 对象。
clap-arg-comment-id = 留言 id，多个用逗号分隔（124,119）；此参数可重复多次。
clap-arg-ids-file = 每行一个留言 id 的文件（可以有空行和 # 注释）；- 表示读取标准输入。
clap-arg-all = 操作适用的全部留言（取消精选时为全部精选留言），先加载再执行。
clap-arg-dry-run = 只显示计划，不发送任何请求。
clap-arg-yes = 不再询问确认。
clap-arg-concurrency = 同时进行的请求数（1 到 32）[默认：4，或配置中的 concurrency]。
clap-undo-arg-batch-id = 要撤销的批次 [默认：最近一个取消过精选的批次]。
clap-retry-arg-batch-id = 要重试的批次（写出批次 id 的开头、能唯一确定即可）。
clap-history-arg-batch-id = 显示这个批次的每一条留言（已中断的批次会先读取留言列表核实）。
clap-arg-limit = 显示多少个批次 [默认：20]。
clap-arg-failed = 只列出含失败、未尝试或结果未知留言的批次（给出 BATCH_ID 时：只显示这些留言）。
clap-arg-listen = 监听地址（除非确有需要，只用本机回环地址）[默认：127.0.0.1:8080]。
clap-arg-data = 要提供的文章和留言（JSON，格式同 assets/demo.json）[默认：演示数据]。
clap-arg-latency-ms = 每次回复前额外的延迟，单位毫秒 [默认：0]。
clap-arg-quota = 每个接口的每日配额；用完后调用返回 45009。
clap-arg-fail-rate = 以 -1 系统错误回复的调用比例（0.0 到 1.0）[默认：0]。
clap-arg-expire-token-every = 每 N 次调用让当前 access_token 过期（返回 42001）。
clap-arg-account = 要使用的已配置账号 [环境变量：WXMOD_ACCOUNT] [默认：default_account，否则唯一的那个账号]。
clap-accounts-about = 列出已配置的账号（不显示任何密钥或令牌）。
clap-accounts-arg-json = 每个账号输出一行 JSON 对象。
clap-account-about = 设置账号。
clap-add-about = 把账号加入配置文件（会逐项询问），然后在线检查它。
clap-add-arg-name = 账号在配置里的名字（字母、数字、- 和 _）。
clap-add-arg-appid = 公众号的 appid（wx...）。
clap-add-arg-secret-stdin = 从标准输入的第一行读取应用密钥。
clap-add-arg-token-command-answer = 使用这条令牌命令，而不是应用密钥。
clap-add-arg-display-name = 便于辨认的名称，和账号一起显示（如公众号名称）。
clap-add-arg-no-check = 只写入配置，不在线检查账号。
clap-check-about = 在线检查账号：获取令牌并读取配额。
clap-check-arg-name = 账号在配置里的名字。
clap-arg-query = 只保留符合此查询的留言（见 wxmod help query）。
clap-arg-rule = 使用保存的规则：配置中的 [rules.NAME] where = "查询"。
clap-arg-author = 只保留此作者的留言（openid，或表格中显示的缩写）。
clap-arg-contains = 只保留内容包含此文字的留言（不分大小写，全角半角均可）。
clap-arg-since = 只保留在这一天或之后发表的留言（YYYY-MM-DD，本地时间）。
clap-arg-until = 只保留在这一天或之前发表的留言（YYYY-MM-DD，本地时间）。
