#!/usr/bin/env python3
"""Writes the golden .eml fixtures in this folder (run once; the files are committed).

Uses ../../../shared/corpus/mkeml.py for the platform layouts, with messages written for
these fixtures, and adds cases mkeml does not make: EUC-JP, a forwarded copy, a changed
layout without markers. Expected verdicts live beside each .eml as .json; regenerate them
with `OFFGUARD_UPDATE_GOLDEN=1 cargo test --test golden` and review the diff.
"""
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.text import MIMEText
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[2] / "shared" / "corpus"))
import mkeml  # noqa: E402

JST = timezone(timedelta(hours=9))
T0 = datetime(2026, 11, 20, 10, 0, tzinfo=JST)


def platform_mail(name, platform, text, enc):
    display, addr, subject, body, url = mkeml.PLATFORMS[platform](name, text)
    data = mkeml.build(name, display, addr, subject, body, url, enc, T0)
    (here / f"{name}.eml").write_bytes(data)
    return display, addr, subject, body


platform_mail("crowdworks-iso2022jp-line", "crowdworks",
              "ご応募ありがとうございます。\n詳細はＬＩＮＥでお送りしますので、ID：ｓａｋｕｒａ＿ｗｏｒｋ を追加してください。",
              "iso-2022-jp")
platform_mail("lancers-shiftjis-direct", "lancers",
              "次回からはランサーズを通さずに直接取引でお願いできませんか？\n手数料がかからない分、単価を上げます。",
              "shift_jis")
platform_mail("coconala-html-only-phone", "coconala",
              "トークルームだと説明しにくいので、〇九〇ー四四五五ー一二三四 にお電話ください。",
              "html-only")
platform_mail("upwork-alternative-clean", "upwork",
              "Thanks! Milestone 2 is funded. Please keep the files and messages here on Upwork.",
              "alternative")
platform_mail("fiverr-qp-email", "fiverr",
              "Love the gig. Can you email me at kate.lin.studio@gmail.com? I'll pay via PayPal to save fees.",
              "utf-8-qp")
platform_mail("crowdworks-b64-approved", "crowdworks",
              "サービス外連絡申請が承認されましたので、ChatworkのIDをお送りします。\nID：minato_pr",
              "utf-8-b64")

# A forwarded copy: the worker forwarded a CrowdWorks notification from their own address.
_, addr, subject, body = platform_mail("_inner", "crowdworks",
                                       "LINEの方が早いので、友だち追加お願いします！ https://lin.ee/AbC123x",
                                       "utf-8-b64")
(here / "_inner.eml").unlink()
fwd_body = ("先ほどこんなメッセージが来ました。\n\n"
            "---------- Forwarded message ---------\n"
            f"From: クラウドワークス <{addr}>\n"
            "Date: 2026年11月20日(金) 10:00\n"
            f"Subject: {subject}\n"
            "To: <worker@example.jp>\n\n" + body)
m = MIMEText(fwd_body, "plain", "utf-8")
m["From"] = "Worker <worker@example.jp>"
m["To"] = "me@example.jp"
m["Subject"] = Header("Fwd: " + subject, "utf-8").encode()
m["Date"] = "Fri, 20 Nov 2026 10:05:00 +0900"
m["Message-ID"] = "<fwd-golden@example.jp>"
(here / "forwarded-crowdworks.eml").write_bytes(m.as_bytes())

# EUC-JP, 8bit, with a layout whose markers changed (fallback extraction).
body = ("佐藤商事さんから新着メッセージが届きました。\n\n"
        "＝＝＝＝＝＝＝＝＝＝\n"
        "お見積もりありがとうございます。手数料が高いので、直接契約に切り替えませんか？\n"
        "＝＝＝＝＝＝＝＝＝＝\n\n"
        "https://crowdworks.jp/messages/123456789\n\n"
        "※このメールは送信専用です。\n"
        "※クラウドワークスのサービス外での連絡（LINE・電話・メール等）や直接契約の勧誘は禁止です。\n")
raw = ("From: =?UTF-8?B?44Kv44Op44Km44OJ44Ov44O844Kv44K5?= <no-reply@crowdworks.jp>\r\n"
       "To: worker@example.jp\r\n"
       "Subject: =?EUC-JP?B?" + __import__("base64").b64encode("【クラウドワークス】佐藤商事さんからメッセージが届きました".encode("euc_jp")).decode() + "?=\r\n"
       "Date: Fri, 20 Nov 2026 10:00:00 +0900\r\n"
       "Message-ID: <eucjp-golden@crowdworks.jp>\r\n"
       "MIME-Version: 1.0\r\n"
       "Content-Type: text/plain; charset=EUC-JP\r\n"
       "Content-Transfer-Encoding: 8bit\r\n\r\n").encode("ascii") + body.replace("\n", "\r\n").encode("euc_jp")
(here / "crowdworks-eucjp-fallback.eml").write_bytes(raw)

# Platform newsletter (never alerts) and personal mail (skipped).
for key, display, addr, subject, text in [mkeml.EXTRAS[0], mkeml.EXTRAS[5]]:
    data = mkeml.build(key, display, addr, subject, text, "", "utf-8-qp", T0)
    (here / ("newsletter-crowdworks.eml" if key == "x001" else "personal-foreign.eml")).write_bytes(data)
print("fixtures written to", here)
