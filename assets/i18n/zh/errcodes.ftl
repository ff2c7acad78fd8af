# errcodes: errcodes messages (zh).

# What each errcode means and what the user should do; ids are errcode-CODE-meaning
# and errcode-CODE-remedy (src/api/catalog.rs names them).

errcode-0-meaning = 成功
errcode-0-remedy = 无需处理
errcode-minus1-meaning = 系统繁忙
errcode-minus1-remedy = wxmod 会自动退避重试；若持续出现，请几分钟后再试
errcode-40001-meaning = access_token 无效或不是最新
errcode-40001-remedy = wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）
errcode-40014-meaning = access_token 不合法
errcode-40014-remedy = wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）
errcode-42001-meaning = access_token 已过期
errcode-42001-remedy = wxmod 会重新获取令牌；若使用现成令牌，请提供新的令牌（--access-token 或 WXMOD_ACCESS_TOKEN）
errcode-41001-meaning = 缺少 access_token 参数
errcode-41001-remedy = 这是 wxmod 的缺陷，请反馈
errcode-40013-meaning = AppID 无效
errcode-40013-remedy = 检查配置文件中的 appid 或 WXMOD_APPID
errcode-40125-meaning = AppSecret 无效
errcode-40125-remedy = 检查配置文件中的 secret 或 WXMOD_SECRET（不确定时可在公众平台重置）
errcode-40164-meaning = 调用 IP 不在公众号的 IP 白名单中，无法获取令牌
errcode-40164-remedy = 在公众平台「设置与开发 > 基本配置」中把本机 IP 加入白名单，或从中控服务器获取现成令牌（--access-token、WXMOD_ACCESS_TOKEN 或 token_command）
errcode-45009-meaning = 接口当日调用次数已达上限
errcode-45009-remedy = 等到明天再试，或使用 clear_quota 重置（每月 10 次）
errcode-45011-meaning = 接口每分钟调用次数已达上限
errcode-45011-remedy = wxmod 会等待下一分钟后继续
errcode-48001-meaning = 公众号没有该接口权限（需认证）
errcode-48001-remedy = 使用已认证的公众号，或检查第三方平台的权限集授权
errcode-50001-meaning = 用户未授权该接口
errcode-50001-remedy = 在公众平台检查接口权限
errcode-50002-meaning = 用户受限，可能违规后接口被封禁
errcode-50002-remedy = 在公众平台检查账号状态
errcode-47001-meaning = 数据格式错误
errcode-47001-remedy = 这是 wxmod 的缺陷，请反馈
errcode-88000-meaning = 没有留言权限
errcode-88000-remedy = 检查该公众号和文章是否开通留言功能
errcode-88001-meaning = 该图文不存在
errcode-88001-remedy = 检查 msg_data_id 和 index（0 表示第一篇）
errcode-88002-meaning = 文章存在敏感信息
errcode-88002-remedy = 该文章的留言无法操作
errcode-88003-meaning = 精选评论数已达上限
errcode-88003-remedy = 先取消部分精选留言
errcode-88004-meaning = 已被用户删除，无法精选
errcode-88004-remedy = 无需处理，留言已删除
errcode-88005-meaning = 已经回复过了
errcode-88005-remedy = 如需修改，请先删除原回复
errcode-88007-meaning = 回复超过长度限制或为 0
errcode-88007-remedy = 缩短回复内容或填写内容
errcode-88008-meaning = 该评论不存在：已被删除，或 id 有误
errcode-88008-remedy = 若已删除则无需处理；否则请核对 id 并重新加载列表
errcode-88010-meaning = 获取评论数目不合法
errcode-88010-remedy = 这是 wxmod 的缺陷（或配置中 page_size 大于 49）：请把 page_size 设为 49 以下

errcode-unknown = 未知错误码 { $code }
errcode-unknown-said = 未知错误码 { $code }：{ $errmsg }
errcode-explained = { $meaning }——{ $remedy }
errcode-table-heading = | 错误码 | errmsg | 含义 | 处理方法 | 类别 |
class-success = 成功
class-refresh-token = 刷新令牌
class-retry = 重试
class-wait-minute = 等待下一分钟
class-stop = 停止
class-per-item = 单条失败
