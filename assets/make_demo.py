#!/usr/bin/env python3
"""Generate assets/demo.json, the simulator's demo data. Deterministic: the same
script always writes the same file. Run from the repository root:

    python3 assets/make_demo.py > assets/demo.json

The data is meant to look like a real account's comments, including the hostile
content a console must survive (terminal escapes, bidi overrides, control chars,
very long text) and one campaign article with exactly 2,000 elected comments.
"""

import json
import random
import sys
import unicodedata

rng = random.Random(20261127)

OPENID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def openid():
    # Real openids: 28 characters, starting with "o".
    return "o" + "".join(rng.choice(OPENID_CHARS) for _ in range(27))


OPENERS = [
    "写得太好了", "说到心坎里了", "第一次留言", "转发给了家人", "收藏了", "支持一下",
    "作为十年老读者", "看完有点感动", "有不同意见", "想补充一点", "求更新", "打卡",
    "同意楼上", "学到了", "终于等到这篇", "坐标上海", "坐标成都", "广州的朋友来报到",
]
MIDDLES = [
    "文章里提到的数据很有说服力", "希望以后多写写这样的内容", "排版比以前清楚多了",
    "第三段的观点我不太认同", "能不能出一期详细的教程", "我们公司也遇到过同样的问题",
    "这个活动太有意思了", "配图很用心", "标题有点标题党了哈哈", "期待下一篇",
    "希望小编看到", "身边很多朋友都在讨论", "有没有英文版可以分享给同事",
]
EMOJI = ["👍", "❤️", "😂", "🙏", "🎉", "🔥", "😭", "🤔", "💯", "👏", "🌸", "☕", "🧧", "🐉", ""]
ENGLISH = [
    "Great read, thanks for sharing!", "Could you post the sources?",
    "Shared this with my team.", "Not sure I agree with the second point.",
    "Long-time reader, first comment.", "The chart in part 2 is wrong, I think.",
]
REPLIES = [
    "谢谢支持！", "感谢留言，我们会继续努力 💪", "已反馈给相关同事。", "好建议，记下了～",
    "Thanks! We'll look into it.", "下期安排上！", "抱歉给您带来不便，请后台私信我们。",
]
WISHES = [
    "新年愿望：家人健康平安", "希望今年能去一次西藏", "愿望是考研上岸 🙏", "希望猫咪长命百岁 🐱",
    "今年一定要减肥成功", "想换一份离家近的工作", "希望孩子开开心心长大", "早日还完房贷 😂",
    "愿世界和平", "希望能抽中！", "祝小编新年快乐 🧧", "学会游泳", "坚持每天读书半小时",
    "带爸妈出去旅行一次", "存下第一笔十万", "希望能遇到对的人 ❤️", "顺利毕业", "练好书法",
]


def short_text():
    text = rng.choice(OPENERS)
    if rng.random() < 0.7:
        text += "，" + rng.choice(MIDDLES)
    return text + rng.choice(EMOJI)


def long_text():
    parts = [rng.choice(OPENERS)]
    for _ in range(rng.randint(8, 16)):
        parts.append(rng.choice(MIDDLES))
    return "，".join(parts) + "。" + rng.choice(EMOJI) + "\n\n" + rng.choice(ENGLISH)


def content():
    r = rng.random()
    if r < 0.08:
        return long_text()
    if r < 0.2:
        return rng.choice(ENGLISH) + " " + rng.choice(EMOJI)
    return short_text()


HOSTILE = [
    "\x1b[2J\x1b[H清屏了吗？",
    "\x1b]0;pwned\x07标题被改了",
    "\x1b[31m红色字\x1b[0m 和 \x1b[5m闪烁\x1b[0m",
    "看这里 \u202etxt.exe 这是个附件",
    "null\x00byte, bell\x07, backspace\x08\x08\x08xx, delete\x7f",
    "第一行\n第二行\r\n第三行\t制表符\r覆盖",
    "零\u200b宽\u200d字\ufeff符",
    "Z\u0334\u0321\u0327a\u0337l\u0338g\u0336o\u0334 文字",
    "👨\u200d👩\u200d👧\u200d👦 🏳\ufe0f\u200d🌈 全家福",
    "<script>alert(1)</script>",
    "'; DROP TABLE comments; --",
    "\x1bP+q544e\x1b\\ 终端查询",
    "\x9b31m C1 control CSI",
]


def very_long_text():
    # Exactly 5,000 characters.
    unit = "这是一条非常非常长的留言，用来测试界面能否正确截断和换行。"
    text = (unit * (5000 // len(unit) + 1))[:5000]
    return text


class Ids:
    def __init__(self, start):
        self.next = start

    def take(self):
        value = self.next
        self.next += rng.randint(1, 3)
        return value


def comment(ids, t, text, elected, with_openid=True, reply_rate=0.12):
    c = {"user_comment_id": ids.take()}
    if with_openid and rng.random() > 0.08:
        c["openid"] = openid()
    c["create_time"] = t
    c["content"] = text
    c["comment_type"] = 1 if elected else 0
    if rng.random() < reply_rate:
        c["reply"] = {"content": rng.choice(REPLIES), "create_time": t + rng.randint(60, 86400)}
    return c


def article(msg_data_id, index, title, published, n, elected_rate, ids, open_=True):
    comments = []
    t = published
    for _ in range(n):
        t += rng.randint(5, 3600)
        comments.append(comment(ids, t, content(), rng.random() < elected_rate))
    # Every article mixes elected and normal comments.
    comments[0]["comment_type"] = 1
    comments[-1]["comment_type"] = 0
    return {
        "msg_data_id": msg_data_id,
        "index": index,
        "title": title,
        "comments_open": open_,
        "comments": comments,
    }


def campaign(msg_data_id, published, ids):
    """The lottery article: 2,000 elected wishes and some normal comments."""
    kinds = [True] * 2000 + [False] * 140
    rng.shuffle(kinds)
    comments = []
    t = published
    for elected in kinds:
        t += rng.randint(1, 90)
        text = rng.choice(WISHES)
        if rng.random() < 0.3:
            text += rng.choice(EMOJI)
        comments.append(comment(ids, t, text, elected, reply_rate=0.01))
    return {
        "msg_data_id": msg_data_id,
        "index": 0,
        "title": "留言抽奖：写下你的新年愿望，抽 20 位送红包 🧧",
        "comments_open": True,
        "comments": comments,
    }


def hostile(msg_data_id, index, published, ids):
    comments = []
    t = published
    texts = HOSTILE + [very_long_text()]
    for text in texts:
        t += rng.randint(30, 600)
        comments.append(comment(ids, t, text, rng.random() < 0.5, reply_rate=0.0))
    for _ in range(12):
        t += rng.randint(30, 600)
        comments.append(comment(ids, t, content(), rng.random() < 0.4))
    # A hostile openid and a hostile reply: no server text is trusted.
    comments[3]["openid"] = "o\x1b[2J" + "X" * 23
    comments[5]["reply"] = {"content": "\x1b[2J回复也可能带转义\u202e", "create_time": t + 10}
    comments[0]["comment_type"] = 1
    comments[1]["comment_type"] = 0
    return {
        "msg_data_id": msg_data_id,
        "index": index,
        "title": "Security notice: 冒充本号的钓鱼消息 \x1b[31m(read me)\x1b[0m",
        "comments_open": True,
        "comments": comments,
    }


def build():
    jan = 1767225600  # 2026-01-01 00:00 UTC
    articles = [
        article(2247483652, 0, "2026 年度读者调查结果出炉：你最爱看什么？", jan + 86400 * 20, 64, 0.35, Ids(1)),
        article(2247483652, 1, "编辑部的一天：从选题到发布", jan + 86400 * 20 + 30, 28, 0.4, Ids(1)),
        article(2247483652, 2, "Weekend reading: ten long reads we loved", jan + 86400 * 20 + 60, 22, 0.3, Ids(1)),
        campaign(2247483661, jan + 86400 * 40, Ids(101)),
        hostile(2247483670, 0, jan + 86400 * 61, Ids(4294967290)),
        article(2247483670, 3, "小贴士：如何设置消息提醒（留言已关闭）", jan + 86400 * 61 + 90, 9, 0.5, Ids(7), open_=False),
        article(2247483685, 0, "春节假期营业时间安排", jan + 86400 * 33, 6, 0.5, Ids(3)),
    ]
    # When each message was mass-sent, in days before the simulator's today:
    # the data cube lists it on that day (0 = today: not in the data cube yet).
    sent = {2247483652: 3, 2247483661: 1, 2247483670: 9, 2247483685: 0}
    for a in articles:
        a["sent_days_ago"] = sent[a["msg_data_id"]]
    return articles


def second_account():
    """The demo's second Official Account (a café chain): its own articles."""
    jan = 1767225600
    articles = [
        article(2650000101, 0, "冬季限定：姜汁燕麦拿铁回来了", jan + 86400 * 50, 18, 0.4, Ids(9001)),
        article(2650000101, 1, "门店地图：这个冬天新开的 6 家店", jan + 86400 * 50 + 40, 7, 0.5, Ids(9001)),
        article(2650000117, 0, "会员日：周三第二杯半价", jan + 86400 * 55, 12, 0.3, Ids(9101)),
        article(2650000123, 0, "How we roast: a visit to our roastery", jan + 86400 * 58, 5, 0.6, Ids(9201)),
    ]
    sent = {2650000101: 2, 2650000117: 5, 2650000123: 12}
    for a in articles:
        a["sent_days_ago"] = sent[a["msg_data_id"]]
    return {
        "appid": "wxdemo0000000002",
        "secret": "demo-secret-2-not-real",
        "articles": articles,
    }


def escape_invisible(text):
    # json.dumps escapes C0 controls; also escape DEL, C1, format and separator
    # characters so the data file never carries a raw bidi override or ESC.
    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\n":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def dump(value):
    return escape_invisible(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


HEAD = ("msg_data_id", "index", "title", "comments_open", "sent_days_ago")


def articles_json(out, articles):
    for i, a in enumerate(articles):
        head = {k: a[k] for k in HEAD}
        out.append(dump(head)[:-1] + ',"comments":[')
        lines = [dump(c) for c in a["comments"]]
        out.append(",\n".join(lines))
        out.append("]}" + ("," if i + 1 < len(articles) else ""))


def main():
    out = ['{"articles":[']
    articles_json(out, build())
    # Built after the first account, so its data stays what it was.
    account = second_account()
    head = {k: account[k] for k in ("appid", "secret")}
    out.append('],"accounts":[' + dump(head)[:-1] + ',"articles":[')
    articles_json(out, account["articles"])
    out.append("]}]}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
