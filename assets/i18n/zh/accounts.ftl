# 账号：配置里的 [accounts.NAME] 表、`wxmod accounts`、`wxmod account add`，
# 以及操作记录里每个批次的账号。

accounts-command-json-no-token = 它的第一行是 JSON，但没有 access_token 或 authorizer_access_token 字段

## 配置
accounts-config-bad-name = 有一个名为“{ $name }”的账号：账号名只能用字母、数字、- 和 _（最多 40 个）；给人看的名称请写在 name = "..." 里
accounts-config-default-twice = 既有 [accounts.default]，又有顶层的 appid/secret/token_command：顶层的键本身就是账号“default”——请把它们移进该表，或给该表改名
accounts-config-default-unknown = 指定的“{ $name }”不是已配置的账号（已配置：{ $known }）
accounts-config-unknown-key = 配置文件 { $file } 第 { $line } 行：[accounts.{ $account }] 里有未知的键 `{ $key }`——请删除（可用的键：{ $known }）
accounts-unknown = 没有名为“{ $name }”的账号（已配置：{ $known }）——用 --account NAME 选择一个，或用 wxmod account add { $name } 添加
accounts-unknown-none = 没有名为“{ $name }”的账号：还没有配置任何账号——用 wxmod account add { $name } 添加
accounts-config-default-unknown-none = 指定了“{ $name }”，但还没有配置任何账号——用 wxmod account add { $name } 添加
accounts-none-chosen = 配置了多个账号，但没有选择其中一个（已配置：{ $known }）——用 --account NAME（或 WXMOD_ACCOUNT）选择，或在配置里设置 default_account

## 操作记录
accounts-batch-other-account = 批次 { $batch } 是用账号“{ $account }”执行的，而本次使用的是账号“{ $current }”：这些留言属于那个账号——请加上 --account { $account } 再运行
accounts-history-none = 操作记录里没有账号“{ $account }”的批次
accounts-history-col = 账号
accounts-history-account = { $name } · { $label }
accounts-history-account-appid = { $name }（appid { $appid }）· { $label }
accounts-history-account-appid-only = { $name }（appid { $appid }）

## wxmod accounts
accounts-source-credentials = 应用密钥（stable_token）
accounts-source-command = 令牌命令
accounts-source-ready = 现成的 access_token
accounts-source-none = 未配置（可由环境变量提供）
accounts-no-source = 没有凭据：用 wxmod account add NAME 设置一个账号（它会询问 appid 和应用密钥或令牌命令），或设置 WXMOD_ACCESS_TOKEN，或 WXMOD_APPID 和 WXMOD_SECRET（见 README）；也可以先试试 --demo
accounts-none = { $file } 里没有配置任何账号——用 wxmod account add NAME 添加
accounts-head = { $default ->
    [yes] { $mark } { $name }（默认）
   *[no] { $mark } { $name }
}
accounts-head-named = { $default ->
    [yes] { $mark } { $name } —— { $display }（默认）
   *[no] { $mark } { $name } —— { $display }
}
accounts-appid = appid：{ $appid }
accounts-appid-none = appid：未设置
accounts-token = { $cached ->
    [yes] 令牌：{ $source }；已缓存有效令牌
    [no] 令牌：{ $source }；没有缓存令牌
   *[never] 令牌：{ $source }（不缓存）
}
accounts-api-base = 接口：{ $base }
accounts-api-base-demo = 接口：内置模拟器（演示）
accounts-api-base-overridden = 接口：{ $base }（本次运行由 { $by } 指定；配置中为 { $config }）

## wxmod account add
accounts-add-bad-name = “{ $name }”不能作为账号名：请用字母、数字、- 和 _（最多 40 个），如 shop 或 brand-2；给人看的名称请用 --display-name
accounts-add-exists = { $file } 里已有账号“{ $name }”——请换一个名字，或直接编辑该文件
accounts-add-input-ended = 输入在所有问题回答完之前就结束了：没有写入任何内容——请重新运行并回答每个问题，或用参数给出答案：--appid，再加 --secret-stdin（从标准输入读取密钥）或 --with-token-command
accounts-ask-appid = 公众号的 appid（公众号后台 → 设置与开发 → 基本配置 → 开发者ID(AppID)），以 wx 开头：
accounts-ask-source = 令牌从哪里来？1 = 应用密钥（AppSecret），2 = 令牌命令（代运营机构的令牌服务）[1]：
accounts-ask-secret = 应用密钥（AppSecret，输入时不显示）：
accounts-ask-command = 令牌命令（运行时带有 WXMOD_APPID 和 WXMOD_ACCOUNT 环境变量，输出的第一行是令牌）：
accounts-add-bad-choice = “{ $answer }”不是可选项：请回答 1（应用密钥）或 2（令牌命令）
accounts-add-empty-secret = 没有输入应用密钥：没有写入任何内容
accounts-add-empty-command = 没有输入令牌命令：没有写入任何内容
accounts-add-bad-appid = “{ $appid }”不是 appid：appid 以 wx 开头，只含字母和数字（设置与开发 → 基本配置 → 开发者ID(AppID)）
accounts-add-would-break = { $file } 未做修改：加入新账号后它将无法读取：{ $detail }
accounts-add-write-failed = 无法写入 { $file }：{ $detail }
accounts-add-written = 账号“{ $name }”已保存到 { $file }（仅你本人可读）
accounts-check-start = 正在检查账号“{ $name }”（{ $base }）：获取令牌并读取配额……
accounts-check-ok = 账号“{ $name }”可以使用：今天还可取消精选 { $remain } 次，共 { $limit } 次。
accounts-check-failed = 账号“{ $name }”暂时还不能使用：{ $why }
accounts-check-again = 账号已保存；问题解决后，可用 wxmod account check { $name } 再次检查
accounts-explain-40164-ip = 微信拒绝向这台电脑发放令牌（40164）：它的地址 { $ip } 不在该公众号的 IP 白名单里。请在公众号后台打开 设置与开发 → 基本配置 → IP 白名单，添加 { $ip }；或者改用所在机构的令牌服务（选 2，令牌命令）。
accounts-explain-40164 = 微信拒绝向这台电脑发放令牌（40164）：它的地址不在该公众号的 IP 白名单里。请在公众号后台打开 设置与开发 → 基本配置 → IP 白名单，添加这台电脑的公网地址；或者改用所在机构的令牌服务（选 2，令牌命令）。
accounts-explain-40013 = appid { $appid } 不正确（40013）：请从 设置与开发 → 基本配置 → 开发者ID(AppID) 重新复制，它以 wx 开头。
accounts-explain-40125 = appid { $appid } 存在，但应用密钥不正确（40125）：请从 设置与开发 → 基本配置 → 开发者密码(AppSecret) 重新复制——如果在那里重置过，只有新的密钥有效。

## 控制台顶栏
accounts-header = 账号 { $name } · { $source }
accounts-header-named = 账号 { $name }（{ $display }）· { $source }
accounts-shown = { $account } @ { $base }

## 操作记录（续）
accounts-batch-other-appid = 批次 { $batch } 是用账号“{ $account }”（appid { $then }）执行的，但该账号现在的 appid 是 { $now }：这些留言属于 { $then }——要撤销或重试，请在配置里改回那个 appid（或把它配置为另一个账号）
accounts-add-default-kept = 默认使用的仍是账号“{ $name }”（已在配置中加入 default_account = "{ $name }"）；要用新账号，请加上 --account { $new }
