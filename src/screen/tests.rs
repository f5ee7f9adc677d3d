//! Unit tests per detector: positives in several spellings and the hard negatives that
//! share their words. Messages here are written for these tests, not taken from a corpus.

use super::*;
use crate::config::Config;
use std::sync::LazyLock;

static SCREENER: LazyLock<Screener> = LazyLock::new(|| Screener::new(&Config::embedded()));

/// Rule ids that scored positive points.
fn rules(text: &str) -> Vec<String> {
    SCREENER
        .screen(text)
        .findings
        .into_iter()
        .filter(|f| f.points > 0)
        .map(|f| f.rule.to_string())
        .collect()
}

fn counted(text: &str, rule: &str) -> bool {
    // A rule counts when it scored and no context finding cancelled it.
    let s = SCREENER.screen(text);
    s.findings.iter().any(|f| &*f.rule == rule && f.points > 0) && s.score > 0
}

/// Whether a negation or refusal discounted anything in the text.
fn negated(text: &str) -> bool {
    SCREENER
        .screen(text)
        .findings
        .iter()
        .any(|f| &*f.rule == "context.negation")
}

fn alerts(text: &str) -> bool {
    SCREENER.screen(text).alert
}

#[track_caller]
fn has(text: &str, rule: &str) {
    let r = rules(text);
    assert!(
        r.iter().any(|x| x == rule),
        "{rule} not in {r:?} for {text:?}"
    );
}

#[track_caller]
fn lacks(text: &str, rule: &str) {
    let r = rules(text);
    assert!(
        !r.iter().any(|x| x == rule),
        "{rule} unexpectedly in {r:?} for {text:?}"
    );
}

/// Each text alerts, with its rule among the findings that scored.
#[track_caller]
fn alerts_by(cases: &[(&str, &str)]) {
    for &(t, rule) in cases {
        has(t, rule);
        assert!(alerts(t), "{t}");
    }
}

/// None of the texts alerts.
#[track_caller]
fn quiet(texts: &[&str]) {
    for t in texts {
        assert!(!alerts(t), "{t}");
    }
}

#[test]
fn line_in_every_spelling() {
    for t in [
        "LINEで話しましょう",
        "ＬＩＮＥでお願いします",
        "ラインやってますか",
        "ﾗｲﾝ登録してください",
        "L I N Eで送ります",
        "ら・い・んで連絡",
    ] {
        let r = rules(t);
        assert!(
            r.iter().any(|x| x.starts_with("channel.line")),
            "{t:?}: {r:?}"
        );
    }
    has("緑のアプリでお話ししませんか", "channel.line_alias");
    // LINE公式 overlaps the plain LINE rule: one channel finding, not two.
    let r = rules("公式LINEに登録してね");
    assert_eq!(
        r.iter().filter(|x| x.starts_with("channel.line")).count(),
        1,
        "{r:?}"
    );
}

#[test]
fn line_hard_negatives() {
    for t in [
        "オンラインで納品",
        "ガイドラインに沿って",
        "デッドラインは金曜",
        "新商品のラインナップ",
        "アンダーラインを引く",
        "our product line is new",
        "the deadline is near",
        "guidelines attached",
    ] {
        let r = rules(t);
        assert!(
            !r.iter().any(|x| x.starts_with("channel.line")),
            "{t:?}: {r:?}"
        );
    }
}

#[test]
fn other_apps() {
    has("Chatworkでやり取りしています", "channel.chatwork");
    has("チャットワークIDを送ります", "channel.chatwork");
    has("コンタクト申請お願いします", "channel.chatwork");
    has("Tele gram is faster", "channel.telegram");
    has("テレグラムで連絡", "channel.telegram");
    has("message me on WhatsApp", "channel.whatsapp");
    has("ワッツアップで", "channel.whatsapp");
    has("Skypeで話しましょう", "channel.skype");
    has("ディスコードのサーバー", "channel.discord");
    has("WeChat（微信）をご登録ください", "channel.wechat");
    has("カカオトークの方が", "channel.kakaotalk");
    has("Google Chatに招待", "channel.google_chat");
    has("Messengerで送ります", "channel.messenger");
    has("インスタのDMで", "channel.sns_dm");
    has("X（旧Twitter）のDMで", "channel.sns_dm");
    has("ショートメールで送ります", "channel.sms");
    has("Let's talk on Signal", "channel.signal");
    lacks("the signal is weak", "channel.signal");
}

#[test]
fn tools_as_the_topic_are_discounted() {
    for t in [
        "LINE Botの開発をお願いします。",
        "LINEスタンプの制作をお願いしたいです。",
        "Telegram bot that posts our feed.",
        "WhatsApp Business API integration for our shop.",
        "Chatwork APIを使った自動通知スクリプト",
        "Discord bot for our server.",
        "Instagram運用代行の件です。",
    ] {
        let s = SCREENER.screen(t);
        assert!(!s.alert, "{t:?}: {:?}", s.findings);
        assert!(s.score <= 1, "{t:?}: {:?}", s.findings);
    }
}

#[test]
fn phone_numbers() {
    has("090-1234-5678までお電話ください", "contact.phone_jp");
    has("０８０－４４１２－７７３０", "contact.phone_jp");
    has("(090) 6612 4038", "contact.phone_jp");
    has("〇七〇ー五二一八ー九九三六", "contact.phone_jp");
    has(
        "ゼロキュウゼロ イチニーサンヨン ゴーロクナナハチ",
        "contact.phone_jp",
    );
    has("03-1234-5678", "contact.phone_jp");
    has("Text me: +44 7700 900123", "contact.phone_intl");
    has("+1 (415) 555-0137", "contact.phone_intl");
    // Read out in kanji, groups joined with の.
    has("〇八〇の五五五五の一二三四です", "contact.phone_jp");
    has("０８０（５５５５）６７８９", "contact.phone_jp");
    has("03(1234)5678", "contact.phone_jp");
    // North American numbers without +1.
    has("My cell is (415) 555-0132.", "contact.phone_intl");
    has("call me at 212.555.0199 tonight", "contact.phone_intl");
    has("My number is 646-555-0143", "contact.phone_intl");
}

#[test]
fn numbers_that_are_not_phones() {
    for t in [
        "郵便番号は123-4567です",
        "日付は2026-12-05で統一",
        "注文番号 2026120500718",
        "金額は1080000円",
        "PO number 2026-0918-0042",
        "00:09:01〜00:12:45をカット",
        "お仕事ID：10934572",
        "１２０，０００円",
        "Order number is 234-567-8901",
        "Please translate the text, ticket 415-555-0132 attached",
        "二の腕と三の丸の写真",
        "0の0の0",
    ] {
        let r = rules(t);
        assert!(
            !r.iter()
                .any(|x| x.starts_with("contact.phone") || x == "handle.id"),
            "{t:?}: {r:?}"
        );
    }
}

#[test]
fn example_numbers_are_discounted() {
    let s = SCREENER.screen("（例：090-1234-5678 と 09012345678 の両方が通るように）");
    assert!(!s.alert, "{:?}", s.findings);
    assert!(s.findings.iter().any(|f| &*f.rule == "context.example"));
    // The number is part of the design being ordered.
    assert!(!alerts(
        "Business card, front side: Phone (212) 555-0100, Fax (212) 555-0101"
    ));
    assert!(!alerts("名刺の裏面に 電話 03-1234-5678 を入れてください"));
    assert!(!alerts(
        "standardize phone numbers to E.164 format (e.g. +14155550137)"
    ));
}

#[test]
fn email_addresses_in_all_disguises() {
    for t in [
        "hiroshi.works@gmail.com",
        "ｍｉｋａ．ｄｅｓｉｇｎ＠ｙａｈｏｏ．ｃｏ．ｊｐ",
        "sato.pm(at)outlook(dot)jp",
        "hr.dept (at) nexaglobal (dot) com",
        "kenta_office アットマーク gmail ドット com",
        "works.tanaka［at］gmail.com",
    ] {
        has(t, "contact.email_address");
    }
    lacks("support@crowdworks.jp", "contact.email_address");
    lacks("test@example.com", "contact.email_address");
    lacks("meet at noon", "contact.email_address");
}

#[test]
fn messaging_links() {
    for t in [
        "https://lin.ee/Zp4mR1c",
        "line.me/ti/p/~yumi",
        "discord.gg/8hTq2Wc",
        "https://www.chatwork.com/g/ab9xk2lm7q",
        "t.me/someone",
        "wa.me/447700900123",
    ] {
        has(t, "contact.messaging_link");
    }
}

#[test]
fn handles() {
    has("LINE ID：bright_saiyou01", "handle.id");
    has("ＩＤ：ｓｕｚｕｋｉ＿ｐｒｏｊｅｃｔ", "handle.id");
    has("I D は t a k u m i 2 2 4 です", "handle.id");
    has("ID→kk_work77", "handle.id");
    has("Username is @amy_recruits.", "handle.id");
    has("ID「jiyoon.k」を追加", "handle.id");
    has("live:daniel.w.studio", "handle.skype_live");
    lacks("お仕事ID：10934572 の記事", "handle.id");
    lacks("user ID and password", "handle.id");
}

#[test]
fn requests_for_contact_details() {
    has(
        "メールアドレスを教えていただけますか",
        "request.contact_details",
    );
    has(
        "携帯番号を教えていただけますでしょうか",
        "request.contact_details",
    );
    has(
        "お電話番号をお知らせいただけますか",
        "request.contact_details",
    );
    has("what's your whatsapp?", "request.contact_details");
    has("Send me your Teams email", "request.contact_details");
    has(
        "受け取れるメールアドレスはありますか？",
        "request.contact_details",
    );
    has(
        "普段使っている連絡ツールを教えていただけますか",
        "request.contact_details",
    );
    // An order ID is not contact information.
    lacks("注文IDはありますか？", "request.contact_details");
    has(
        "電話番号をメッセージで送ってください",
        "request.contact_details",
    );
    has("お電話番号をご返信ください", "request.contact_details");
    has(
        "普段お使いのアプリを教えてください",
        "request.contact_details",
    );
    lacks(
        "電話番号の表記を修正してください",
        "request.contact_details",
    );
}

#[test]
fn direct_deals() {
    has(
        "直接契約に切り替えられないでしょうか",
        "deal.direct_contract",
    );
    has("個人間取引にしませんか", "deal.direct_contract");
    has("PayPalで直接お支払いします", "deal.direct_contract");
    has("ランサーズを通さずに", "deal.bypass_platform");
    has("クラウドワークス経由ではなく", "deal.bypass_platform");
    has("continue off-platform", "deal.bypass_platform");
    has("can we work outside Fiverr?", "deal.bypass_platform");
    has("手数料がかからない分", "deal.fee_avoidance");
    has("to save fees", "deal.fee_avoidance");
    has("neither of us loses 10% to Upwork", "deal.fee_avoidance");
    // Ordinary senses of 直接 / 手数料.
    lacks("Wordファイルに直接書き込んで", "deal.direct_contract");
    lacks(
        "ランサーズの直接依頼でお送りしました",
        "deal.direct_contract",
    );
    lacks("手数料込みの金額で", "deal.fee_avoidance");
}

#[test]
fn invitations() {
    for t in [
        "詳細はLINEでお話ししませんか",
        "メッセンジャーで繋がりませんか",
        "今後のやり取りはメールの方が助かります",
        "I'm more responsive on Telegram.",
        "Gmailで送っていただけますか",
        "Could you give me a call?",
        "Let's talk by phone instead",
        "テレグラムはお使いですか？",
    ] {
        has(t, "invite.contact_there");
    }
    has("番号は後ほどお送りします", "invite.sends_contact");
    has("I'll send you my WhatsApp number", "invite.sends_contact");
    // Asking about ordinary software is no invitation to move: nothing else adds up.
    assert!(!alerts("Illustratorはお使いですか？"));
    // The platform's own messages being preferred is no invitation.
    lacks(
        "このメッセージの方が確実なので、こちらでお願いします",
        "invite.contact_there",
    );
}

#[test]
fn refusals_are_not_alerts() {
    for t in [
        "当社ではLINEでのやり取りは行っておりません。",
        "ご提案いただいた直接契約の件ですが、規約違反となるためお受けできません。",
        "Please don't send your email or phone number here.",
        "A previous freelancer asked me to pay outside Upwork and I said no.",
        "連絡先の交換はできない決まりなので、このトークルームでお願いします。",
        "外部ツールは使わず、ランサーズのメッセージだけで進めましょう。",
    ] {
        let s = SCREENER.screen(t);
        assert!(!s.alert, "{t:?}: {:?}", s.findings);
    }
    // しませんか is an invitation, not a refusal; so is "why don't we".
    assert!(alerts("申請なしでLINEに移りませんか？"));
    assert!(alerts(
        "Why don't we do the work outside and I'll pay you through PayPal?"
    ));
    // 使わず that names the platform is the proposal itself, not a refusal.
    assert!(alerts(
        "次回からはココナラを使わずに、直接お支払いする形にしませんか？"
    ));
}

#[test]
fn filed_application_discounts_contact() {
    let s = SCREENER.screen(
        "サービス外連絡申請が承認されましたので、ChatworkのIDをお送りします。ID：minato_pr",
    );
    assert!(!s.alert, "{:?}", s.findings);
    assert!(s
        .findings
        .iter()
        .any(|f| &*f.rule == "context.application_filed" && f.points < 0));
    // The same application under another name.
    assert!(!alerts(
        "連絡先交換の申請が承認されましたので、メールアドレスをお伝えします。"
    ));
    // Not filed is not filed.
    assert!(alerts(
        "サービス外連絡申請は出していませんが、LINE ID：abc_123 を追加してください。"
    ));
    // Skipping the application is the opposite.
    let s = SCREENER.screen("サービス外連絡申請は面倒なので、申請なしでLINEに移りませんか");
    assert!(s.alert);
    assert!(counted("申請なしでLINEに", "bypass.application"));
}

#[test]
fn vague_moves() {
    has("外部のツールで連絡を取りたいです", "vague.outside_tool");
    has("別の連絡手段でお伝えしたい", "vague.outside_tool");
    has("ここでは詳細を送れないので", "vague.cannot_here");
    has("同じ名前で検索すると出てきます", "vague.search_me");
    has("プロフィールに連絡先を載せています", "vague.search_me");
    has("外部でやりとりできる方法はありますか", "vague.outside_tool");
    has("外部にてご相談させてください", "vague.outside_tool");
    has("詳しい話は外で話しましょう", "vague.talk_outside");
    lacks("外で撮影した写真を使います", "vague.talk_outside");
    lacks("海外でお話しした件です", "vague.talk_outside");
    has("名前は「山本 健一」で出てきます", "vague.search_me");
    has("私の名前でSNSを検索してください", "vague.search_me");
    has("アドレスはプロフィールに載せています", "vague.search_me");
    has("My handle is the same as my name here.", "vague.search_me");
    has(
        "Install Telegram and search for \"Sarah Recruiter Team\"",
        "vague.search_me",
    );
    has("他の手段で連絡を取り合えませんか", "vague.outside_tool");
    // Work done elsewhere, and refusing to move, are not moves.
    lacks("外部で作成した素材を使ってください", "vague.outside_tool");
    assert!(!alerts(
        "外部でのやり取りは規約違反になりますので、すべてこちらで進めさせてください。"
    ));
}

#[test]
fn solicitation() {
    has("登録料として5,000円", "scam.upfront_fee");
    has("専用マニュアル（29,800円）をご購入", "scam.upfront_fee");
    has("buy the training kit ($85)", "scam.upfront_fee");
    has("権利収入が入る仕組み", "scam.passive_income");
    has("誰でも簡単に稼げる", "scam.easy_money");
    has("無料説明会", "scam.seminar");
    has(
        "キットをご購入いただくと、すぐにお仕事を開始できます",
        "scam.pay_to_work",
    );
    has(
        "You need to buy the software first before you can start working",
        "scam.pay_to_work",
    );
    has("紹介するだけで報酬が入る仕組みです", "scam.passive_income");
    has("毎月安定した収入が入ってきます", "scam.passive_income");
    has("スマホ作業で月10万円可能！", "scam.big_income");
    has("誰でも月20万円稼げるノウハウ", "scam.easy_money");
    has("その後に有料プランをご案内します", "scam.upfront_fee");
    has("無料の個別相談会でご説明します", "scam.seminar");
    has(
        "A deposit of $50 is required to activate your account.",
        "scam.pay_to_work",
    );
    has("紹介者を2人見つけるだけです", "scam.investment");
    has(
        "先に商品を購入していただき、レビュー後に代金を全額返金します",
        "scam.refund_review",
    );
    has(
        "お仕事を始める前に、有料の講座を受講していただく必要があります",
        "scam.pay_to_work",
    );
    has("講座（19,800円）をご案内します", "scam.upfront_fee");
    // An event's free entry is not a fee.
    assert!(!alerts(
        "オンライン説明会の告知バナーを作ってください。参加費無料、定員30名です。"
    ));
    // Paying the worker is not paying to work.
    lacks(
        "お支払い後に次のお仕事をご依頼する予定です",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "スマホ1台で誰でも簡単に稼げます。無料説明会にご参加ください。今だけ特典あり！"
    ));
    // Crypto as the topic of an article is not a pitch.
    assert!(!alerts(
        "仮想通貨の確定申告に関するSEO記事を3本お願いしたいです。"
    ));
}

#[test]
fn excerpts_quote_the_original_text() {
    let s = SCREENER.screen("今後のご連絡はＬＩＮＥでお願いいたします。");
    let f = s
        .findings
        .iter()
        .find(|f| f.rule.starts_with("channel.line"))
        .unwrap();
    assert_eq!(f.excerpt, "ＬＩＮＥ");
}

#[test]
fn severity_bands_follow_config() {
    let s =
        SCREENER.screen("LINE ID：abc_123 を追加してください。090-1234-5678 まで。直接契約で。");
    assert_eq!(s.severity, Severity::High, "{:?}", s.findings);
    let s = SCREENER.screen("納期の件、承知しました。");
    assert_eq!(s.severity, Severity::None);
    assert_eq!(s.score, 0);
}

#[test]
fn screened_text_is_capped() {
    let long = "あ".repeat(100_000) + "LINE ID：abc_123";
    let s = SCREENER.screen(&long);
    assert!(s.truncated);
    assert!(!s.alert, "text past the cap is not screened");
}

#[test]
fn disabled_rules_and_extra_rules() {
    let yaml = crate::config::DEFAULT_YAML
        .replacen("disabled_rules: []", "disabled_rules: [channel.video_call]", 1)
        .replacen(
            "extra_rules: []",
            "extra_rules:\n    - {id: mychat, category: channel, pattern: \"\\\\bmychat\\\\b\", points: 5}",
            1,
        );
    let c = Config::from_yaml(&yaml, std::path::Path::new("t.yaml")).unwrap();
    let s = Screener::new(&c);
    let r = s.screen("Zoomで打ち合わせ、そのあとMyChatで");
    assert!(r
        .findings
        .iter()
        .any(|f| &*f.rule == "user.mychat" && f.points == 5));
    assert!(!r.findings.iter().any(|f| &*f.rule == "channel.video_call"));
    assert!(r.alert);
}

#[test]
fn allow_listed_handles_are_discounted() {
    let yaml =
        crate::config::DEFAULT_YAML.replacen("allow: []", "allow:\n    - handle: minato_pr", 1);
    let c = Config::from_yaml(&yaml, std::path::Path::new("t.yaml")).unwrap();
    let s = Screener::new(&c);
    let r = s.screen("ID：minato_pr");
    assert_eq!(r.score, 0, "{:?}", r.findings);
    assert!(r.findings.iter().any(|f| &*f.rule == "context.allow_list"));
}

#[test]
fn excerpts_are_one_line_and_capped() {
    let text = format!("LINE\n  で {}", "あ".repeat(100));
    let norm = normalize(&text);
    let e = excerpt(&text, &norm, 0..norm.text().len());
    assert!(e.starts_with("LINE で あ"), "{e}");
    assert_eq!(e.chars().count(), 81);
    assert!(e.ends_with('…'));
    let short = "ID:  abc\n123";
    let norm = normalize(short);
    assert_eq!(excerpt(short, &norm, 0..norm.text().len()), "ID: abc 123");
}

#[test]
fn gap_patterns_match_where_their_tail_is_in_reach() {
    // A gap pattern (手数料 … かから): the first 手数料 has no tail within reach, the
    // second has one and is found.
    let text = "手数料についての質問です。\n案件はこちらで。直接なら手数料がかからないので";
    let wrong = SCREENER.prefilter_disagreements(text);
    assert!(wrong.is_empty(), "{wrong:?}");
    assert!(rules(text).contains(&"deal.fee_avoidance".to_string()));
    assert!(!rules("手数料についての質問です。").contains(&"deal.fee_avoidance".to_string()));
}

#[test]
fn class_led_patterns_are_found_from_the_literal_inside_them() {
    // Addresses, handles, counts and prices start with a class: they are tried where the
    // prefix can be read back from their `@`, `名` or `円`, and a window too wide to read
    // back sends the pattern over the whole text. Both must find what a plain search does.
    let long = format!("連絡は {}@mail-box.jp まで", "a".repeat(200));
    let texts = [
        "連絡は taro.yamada@mail-box.jp か tanaka @ gmail.com まで",
        "Telegram: @taro_99, or id: taro.y",
        "先着100名限定、今だけ10万円でお譲りします",
        "my id is taro_55 and mail x@y.jp @ @@ a@",
        long.as_str(),
    ];
    for text in texts {
        let wrong = SCREENER.prefilter_disagreements(text);
        assert!(wrong.is_empty(), "{wrong:?}");
    }
    assert!(rules(&long).contains(&"contact.email_address".to_string()));
    assert!(rules(texts[0]).contains(&"contact.email_address".to_string()));
}

#[test]
fn every_anchored_builtin_pattern_runs_in_the_matcher() {
    // A pattern the matcher refuses still works (on the regex crate), but costs what the
    // matcher exists to save: keep the built-in ones inside it.
    assert_eq!(SCREENER.patterns_outside_matcher(), Vec::<&str>::new());
}

#[test]
fn moves_to_an_app_and_open_chats() {
    has("緑のアイコンのアプリで話しましょう", "channel.line_alias");
    has("オープンチャットに入ってください", "channel.line_alias");
    has(
        "仕事用のチャットアプリへ移行できたら嬉しいです",
        "invite.contact_there",
    );
    has("参加用のリンクをお送りしますね", "invite.add_or_join");
    has("ラインで繋がっておきましょう", "invite.contact_there");
    // An open chat of a forum software, or an app as the work, stays quiet.
    lacks(
        "社内チャットの運用ルールを作ってください",
        "invite.contact_there",
    );
    assert!(!alerts("アプリの画面遷移図を作成してください"));
}

#[test]
fn requests_in_polite_forms() {
    has(
        "ご連絡先を頂戴できますでしょうか",
        "request.contact_details",
    );
    has(
        "メールアドレスをお伺いしてもよろしいですか",
        "request.contact_details",
    );
    has(
        "チャットワークIDをこちらにご記載ください",
        "request.contact_details",
    );
    has(
        "Gmailを新しく作っていただき、お知らせください",
        "request.contact_details",
    );
    // Writing an article ID or address into the deliverable is not a request.
    lacks(
        "記事IDを本文の末尾に記載してください",
        "request.contact_details",
    );
    lacks("住所は記載しなくて大丈夫です", "request.contact_details");
}

#[test]
fn cannot_send_here_with_the_platform_named() {
    has(
        "こちらのメッセージでは添付が送れませんので",
        "vague.cannot_here",
    );
    lacks("こちらのメッセージで送ってください", "vague.cannot_here");
}

#[test]
fn direct_deals_in_other_words() {
    has(
        "契約はサイトではなく弊社と直接結ぶ形にしたいです",
        "deal.direct_contract",
    );
    has("サイトではなく弊社と契約しましょう", "deal.bypass_platform");
    has(
        "I can send it straight to your bank account",
        "deal.direct_contract",
    );
    has(
        "this way you keep 100% of the payment",
        "deal.fee_avoidance",
    );
    has("直接やれば全額お受け取りいただけます", "deal.fee_avoidance");
    has(
        "let's continue privately after this",
        "deal.bypass_platform",
    );
    has(
        "let's close the contract here and continue by email",
        "deal.bypass_platform",
    );
    // The platform named right after "directly" keeps it on the platform.
    assert!(!alerts(
        "I'll pay you directly through Upwork when it's done"
    ));
    lacks("他社ではなく御社にお願いしたいです", "deal.bypass_platform");
}

#[test]
fn fees_courses_and_easy_tasks() {
    has("利用開始には有効化料が必要です", "scam.upfront_fee");
    has("システム利用料金5,000円が必要です", "scam.upfront_fee");
    has(
        "テキスト代3,000円のみご負担いただきます",
        "scam.upfront_fee",
    );
    has("お支払いは分割払いも可能です", "scam.upfront_fee");
    has(
        "スタートパック（49,800円）をご用意しました",
        "scam.upfront_fee",
    );
    has(
        "お仕事をお渡しする前に、研修を受講していただきます",
        "scam.pay_to_work",
    );
    has(
        "教材を導入していただければすぐ案件を受注できます",
        "scam.pay_to_work",
    );
    has("ボタンを押すだけで報酬がもらえます", "scam.easy_money");
    has("無料の勉強会にご招待します", "scam.seminar");
    has("今は会社員時代の3倍の収入です", "scam.big_income");
    // The client paying the worker is no fee.
    lacks("作業料金5,000円をお支払いします", "scam.upfront_fee");
    lacks("報酬は1記事3,000円です", "scam.upfront_fee");
    lacks("社内勉強会の資料を作ってください", "scam.seminar");
}

#[test]
fn negations_about_the_platform_are_reasons_to_move() {
    // "I don't check Fiverr" is why they want WeChat, not a refusal.
    assert!(alerts(
        "Message me on WeChat, my ID is mike_trade7, I don't check Fiverr often"
    ));
    assert!(alerts(
        "ココナラはあまり見ていませんので、LINEで連絡ください。IDはtaro_0101です"
    ));
    // A refusal stays a refusal.
    assert!(!alerts(
        "外部でのやり取りはしない方針です。こちらでお願いします"
    ));
    assert!(!alerts(
        "I don't use WhatsApp for work, let's keep everything on Upwork"
    ));
}

#[test]
fn unnamed_chat_tools_and_two_channels_at_once() {
    has("弊社のチャットツールに招待します", "channel.chat_tool");
    has("Let's use a messaging app instead", "channel.chat_tool");
    has("ラインかインスタ教えてください", "request.contact_details");
    has(
        "メールか電話番号を教えてもらえますか",
        "request.contact_details",
    );
    has("次も個人的にお願いできますか", "deal.direct_contract");
    // A chat tool as the topic, and a fee that is not there in an ordinary sense.
    assert!(!alerts("チャットツールの比較記事を書いてください"));
    lacks("個人的には青が好きです", "deal.direct_contract");
}

#[test]
fn fee_avoidance_is_not_negated_by_its_own_ending() {
    // 手数料がかからないよう: the ない belongs to the proposal, not a refusal.
    assert!(alerts("手数料がかからないよう、個別にお願いできますか"));
    assert!(!alerts(
        "手数料がかからないようにというご提案はお受けできません"
    ));
}

#[test]
fn paid_trainings_before_work() {
    has(
        "オンライン研修（有料・19,800円）があります",
        "scam.upfront_fee",
    );
    has(
        "ご参加には事前に有料の研修を受けていただく必要があります",
        "scam.pay_to_work",
    );
    has(
        "you must purchase the work software first",
        "scam.upfront_fee",
    );
    lacks(
        "研修資料の作成をお願いします。報酬は5万円です",
        "scam.upfront_fee",
    );
}

#[test]
fn english_recruiter_and_income_scams() {
    has(
        "What's the best email to send the contract to?",
        "request.contact_details",
    );
    has("Where else can I reach you?", "request.contact_details");
    has(
        "I cannot share the budget details on this platform",
        "vague.cannot_here",
    );
    has("let's connect somewhere else", "vague.outside_tool");
    has("Upwork flags certain words", "bypass.hide");
    has(
        "we will mail you a check for the supplies",
        "scam.fake_check",
    );
    has("members make $400 a day", "scam.big_income");
    has("it runs on autopilot", "scam.passive_income");
    has("only $49 to join the group", "scam.upfront_fee");
    has(
        "after completing the course you will receive tasks",
        "scam.pay_to_work",
    );
    // Ordinary English around the same words.
    lacks(
        "Where else did you publish this article?",
        "request.contact_details",
    );
    lacks("Can you make the chart bigger?", "scam.big_income");
    lacks("Upwork flags are shown on the dashboard", "bypass.hide");
    lacks(
        "Once you complete the milestone, you'll receive the payment",
        "scam.pay_to_work",
    );
}

#[test]
fn facts_about_fees_and_tools_are_not_moves() {
    // Being charged the platform fee is a fact; complaining about it is the move.
    assert!(!alerts(
        "報酬はシステム利用料が引かれた金額がお振込みされます"
    ));
    has(
        "手数料が引かれてしまうので直接お願いしたいです",
        "deal.fee_avoidance",
    );
    // Another app to make the work with is no other channel.
    assert!(!alerts("別のアプリで作った画像でも大丈夫です"));
    has("別のアプリでやり取りしませんか", "vague.outside_tool");
}

#[test]
fn polite_invitations_and_required_subscriptions() {
    has(
        "Gmailなどでもやり取りできればと思います",
        "invite.contact_there",
    );
    has("ラインでお送りしてもよろしいですか", "invite.contact_there");
    has(
        "いつも使っているツールでご連絡ください",
        "request.contact_details",
    );
    has(
        "採用者には専用ツール（月額3,980円）をご利用いただきます",
        "scam.pay_to_work",
    );
    has(
        "月額2,980円のツールをご利用いただきます",
        "scam.upfront_fee",
    );
    lacks(
        "採用者には報酬として5,000円をお支払いします",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "トークルームだと画像が荒いので、ラ イ ンで送ってもいいですか"
    ));
}

#[test]
fn switching_apps_hand_payments_and_line_words() {
    has("let's switch to Teams, it's easier", "invite.contact_there");
    has("My Teams ID is below", "channel.video_call");
    has("お支払いは手渡しでお願いします", "deal.direct_contract");
    has(
        "個人口座へのお振込みでも大丈夫ですか",
        "deal.direct_contract",
    );
    has("こちらでは詳細をお伝えできかねます", "vague.cannot_here");
    has("外部にてご説明させてください", "vague.outside_tool");
    has("読み取って友達登録をお願いします", "channel.line_alias");
    // Ordinary senses: switching a design, teams of people, an account for the platform.
    lacks("Let's switch to a darker palette", "channel.video_call");
    lacks("Our sales teams will review it", "channel.video_call");
    lacks("書類は手渡しではなく郵送します", "deal.direct_contract");
    lacks(
        "友達登録数を増やすキャンペーンの記事です",
        "channel.line_alias",
    );
}

#[test]
fn display_names_lifestyle_pitches_and_private_talks() {
    has("LINEの表示名は「さくら＠副業」です", "handle.display_name");
    has("人生を変えたいと思いませんか", "scam.lifestyle");
    has("be your own boss and work from anywhere", "scam.lifestyle");
    has("詳しくは個別にお話しします", "vague.cannot_here");
    has("ここでは言えないので", "vague.cannot_here");
    has("ランサーズだとお伝えできない内容です", "vague.cannot_here");
    has("別ルートでお話ししましょう", "vague.outside_tool");
    has("連絡はラインでお願いします", "invite.contact_there");
    has("チャットワークの利用をお願いします", "invite.add_or_join");
    has(
        "Let's end the Upwork contract and I'll keep paying you",
        "deal.bypass_platform",
    );
    // How clients tell applicants they will hear back, on the platform.
    assert!(!alerts("採用の方には個別にご連絡いたします"));
    assert!(!alerts("連絡はこちらのメッセージでお願いします"));
    lacks("表示名は「山田」でお願いします", "handle.display_name");
}

#[test]
fn an_approval_without_the_word_application_counts() {
    assert!(!alerts(
        "運営からサービス外連絡の承認をいただきましたので、ChatworkのIDをお送りします。ID：ops_kato"
    ));
}

#[test]
fn refusals_in_other_words() {
    assert!(!alerts("LINEでのやり取りはNGとさせていただいております"));
    assert!(!alerts("外部ツール（Chatwork等）の利用は避けてください"));
    assert!(!alerts(
        "電話番号の交換は不可となっておりますので、ご質問はトークルームでお送りください"
    ));
    // NG as a word of its own is no refusal.
    assert!(alerts(
        "ここだとNGワードが多いので、別のところでお話しできますか"
    ));
}

#[test]
fn later_applications_and_other_places() {
    has(
        "申請は時間がかかるので先にLINEを交換しましょう",
        "bypass.application",
    );
    has(
        "とりあえずLINEだけ交換しておきましょう",
        "request.contact_details",
    );
    has("一度外でお話しできればと思います", "vague.talk_outside");
    lacks("海外でお話しする機会があれば", "vague.talk_outside");
    lacks("社外でご相談される場合は", "vague.talk_outside");
    has("規約が厳しくて詳細が書けません", "vague.cannot_here");
    has("トークルームだと動画が送れないので", "vague.cannot_here");
    has(
        "続きはここ以外の場所でお話ししましょう",
        "vague.outside_tool",
    );
    has("進行はチャワクで行いましょう", "channel.chatwork");
    has("進行はチャワクで行いましょう", "invite.contact_there");
    has("LINEでもらえますか", "invite.contact_there");
    // The platform's own places and ordinary 以外.
    lacks("平日以外でもご連絡ください", "vague.outside_tool");
    assert!(!alerts("申請は後ほど私から出しますね"));
}

#[test]
fn english_side_agreements_and_texts() {
    has(
        "How about we sign a separate agreement instead?",
        "deal.direct_contract",
    );
    has("Upwork takes 10% from both of us", "deal.fee_avoidance");
    has("same rate, no fees", "deal.fee_avoidance");
    has("I can pay you by wire", "deal.direct_contract");
    has(
        "Reply with your cell number please",
        "request.contact_details",
    );
    has("our recruiter will text you", "channel.sms");
    lacks(
        "Please reply with your questions",
        "request.contact_details",
    );
    lacks("Upwork takes care of the invoices", "deal.fee_avoidance");
}

#[test]
fn salons_product_reviews_and_hard_to_talk_here() {
    has(
        "お仕事の前に、オンラインサロンへのご入会をお願いしております",
        "scam.pay_to_work",
    );
    has("サロン内でお仕事をご紹介しています", "scam.pay_to_work");
    has("We are hiring product reviewers", "scam.easy_money");
    has("こちらではやり取りがしづらいので", "vague.cannot_here");
    has(
        "気軽に連絡を取れる手段でお話ししませんか",
        "vague.outside_tool",
    );
    has("LINEやってたら教えてください", "request.contact_details");
    // How every client ends a message.
    assert!(!alerts("ご不明点があれば教えてください"));
    assert!(!alerts("定期購入のサービスがあれば教えてください"));
    assert!(!alerts("こちらだと見づらいので、PDFにまとめて添付しました"));
}

#[test]
fn messages_about_the_scams_themselves() {
    assert!(!alerts(
        "Write an article on how freelancers can avoid off-platform payment scams."
    ));
    assert!(!alerts(
        "直接契約の詐欺についての注意喚起記事をお願いします"
    ));
    assert!(!alerts(
        "We need a script that validates phone numbers like +1 (212) 555-0123."
    ));
    // The scam itself still alerts.
    assert!(alerts("Let's go off-platform, I'll pay you via PayPal"));
}

#[test]
fn scam_words_count_only_in_the_hits_sentence() {
    // 詐欺 in the next sentence says nothing about the LINE invitation.
    assert!(alerts(
        "LINEで連絡しませんか？ID: kaito_77。最近詐欺が多いので気をつけてください"
    ));
}

#[test]
fn a_channel_as_the_means_with_any_request() {
    has(
        "ラインで資料の続きを送っていただけますか",
        "invite.via_channel",
    );
    has(
        "今後はチャットワークにて進めさせてください",
        "invite.via_channel",
    );
    has(
        "Discordの方でファイルを共有いただけますか",
        "invite.via_channel",
    );
    // Part of a katakana word, a channel as the subject of the work, another sentence.
    lacks("ガイドラインに沿って書いてください", "invite.via_channel");
    lacks("タイムラインで確認してください", "invite.via_channel");
    lacks("Slackの通知文を考えてください", "invite.via_channel");
    lacks("LINEで見ました。修正をお願いします", "invite.via_channel");
}

#[test]
fn sixth_round_requests_and_payments() {
    has(
        "ラインも繋いでおいていただけると助かります",
        "invite.contact_there",
    );
    has(
        "コンタクト追加用のIDをお送りください",
        "request.contact_details",
    );
    has("Could I have your email?", "request.contact_details");
    has(
        "it would be great to get your email and send the specs there",
        "request.contact_details",
    );
    has(
        "Share the email you'd like the invite sent to",
        "request.contact_details",
    );
    has(
        "I'll send payment straight to your Payoneer",
        "deal.direct_contract",
    );
    has("to save us both the fee", "deal.fee_avoidance");
    // A banner that invites people to add an official account is the work.
    assert!(!alerts(
        "LINE公式アカウント向けに、友だち追加を促すバナーを作成してください"
    ));
    lacks(
        "Could I have your opinion on the draft?",
        "request.contact_details",
    );
    assert!(!alerts("配線を繋いでおいてください"));
}

#[test]
fn contact_details_with_any_request() {
    has(
        "連絡先はこちらにご記入のうえご返信ください",
        "request.contact_any_verb",
    );
    has(
        "LINE IDだけこちらへお願いします",
        "request.contact_any_verb",
    );
    // Fields of a form, the platform's settings and refusals in the gap.
    lacks(
        "電話番号は入力欄の下に配置してください",
        "request.contact_any_verb",
    );
    lacks(
        "メールアドレスはクラウドワークスの登録のものをお使いください",
        "request.contact_any_verb",
    );
    lacks(
        "連絡先を書かないようご注意ください",
        "request.contact_any_verb",
    );
}

#[test]
fn english_contact_details_with_any_request() {
    has(
        "Could you put your personal email in the reply?",
        "request.contact_any_verb",
    );
    has(
        "Please write your WhatsApp number below",
        "request.contact_any_verb",
    );
    // A refusal inside the words, the platform's own settings.
    assert!(!alerts("Please don't post your phone number in the chat."));
    lacks(
        "Can you verify your email on Upwork first?",
        "request.contact_any_verb",
    );
}

#[test]
fn two_solicitation_signs_make_a_pitch() {
    // Each alone is a hint; together they are a pitch (and an alert).
    let s = SCREENER.screen("あなたなら今の10倍は稼げます。その方法を特別にお教えします");
    assert!(
        s.findings.iter().any(|f| &*f.rule == "scam.combined"),
        "{s:?}"
    );
    assert!(s.alert);
    // One sign gets no bonus.
    let s = SCREENER.screen("副業についての記事をお願いします");
    assert!(!s.findings.iter().any(|f| &*f.rule == "scam.combined"));
    // It can be switched off like a rule.
    let yaml = crate::config::DEFAULT_YAML.replacen(
        "disabled_rules: []",
        "disabled_rules: [scam.combined]",
        1,
    );
    let c = Config::from_yaml(&yaml, std::path::Path::new("t.yaml")).unwrap();
    let s = Screener::new(&c).screen("あなたなら今の10倍は稼げます。その方法を特別にお教えします");
    assert!(!s.findings.iter().any(|f| &*f.rule == "scam.combined"));
}

#[test]
fn sellers_licences_and_invoices() {
    has("ライセンス購入（39,800円）が必要です", "scam.upfront_fee");
    has("今回は特別に9,800円でお譲りします", "scam.upfront_fee");
    has("参加費は月3,000円です", "scam.upfront_fee");
    lacks("参加費無料、定員30名です", "scam.upfront_fee");
    has("お仕事もメンバー内で回しています", "scam.pay_to_work");
    has("Training is mandatory and costs $45", "scam.upfront_fee");
    has("you need to purchase our $99 package", "scam.upfront_fee");
    has("deducted from your first payout", "scam.reimburse");
    has("I can send you 20+ orders a month", "scam.big_income");
    has(
        "クラウドワークスでの契約は今回で終了とし、次回からは請求書でお願いします",
        "deal.bypass_platform",
    );
    has(
        "次回からは請求書ベースでお取引できれば",
        "deal.bypass_platform",
    );
    has("hire you outside of this site", "deal.bypass_platform");
    has(
        "他のサービスで改めてご相談させてください",
        "vague.outside_tool",
    );
    lacks("I'd like to purchase your $50 package", "scam.upfront_fee");
    lacks("他のサービスも購入したいです", "vague.outside_tool");
}

#[test]
fn casual_and_chat_speak() {
    has("LINE→ taka.0913 追加よろ", "handle.id");
    has("LINE→ taka.0913 追加よろ", "invite.add_or_join");
    has("tg: @fastlogo_buyer", "channel.telegram");
    has("msg me there bro", "invite.contact_there");
    has("次は直接払うね", "deal.direct_contract");
    has("PayPayでいい？", "deal.direct_contract");
    has("スマホだけで1日3万円！", "scam.easy_money");
    has("スマホだけで1日3万円！", "scam.big_income");
    has("興味ある人はDMちょうだい", "channel.sns_dm");
    // Ordinary chat.
    lacks("→ example.com を参照", "handle.id");
    lacks("the TG: 40 mm value", "channel.telegram");
    assert!(!alerts("直で修正入れちゃって大丈夫です！"));
}

#[test]
fn adding_as_a_friend_counts_only_when_asked_for() {
    has("友だち追加お願いします！", "invite.add_or_join");
    has("QRから友達登録してください", "invite.add_or_join");
    lacks("友だち追加直後に届くメッセージです", "invite.add_or_join");
    lacks("友だち追加数を増やしたい", "invite.add_or_join");
    has("Zoomでお話しできますか", "invite.contact_there");
}

#[test]
fn resellers_and_direct_hires_in_english() {
    has("Buy our starter inventory for $199", "scam.upfront_fee");
    has("we'll guarantee you $1,000 in sales", "scam.passive_income");
    has("avoid Upwork's 10% fee", "deal.fee_avoidance");
    has(
        "I'd prefer to contract you directly",
        "deal.direct_contract",
    );
    lacks("We guarantee quality work", "scam.passive_income");
    lacks(
        "I'll pay you when the milestone is approved",
        "deal.direct_contract",
    );
}

#[test]
fn seventh_round_payments_apps_and_packages() {
    has(
        "Our finance team prefers paying contractors directly by ACH",
        "deal.direct_contract",
    );
    has("instead of through Upwork", "deal.direct_contract");
    has("Can you send your banking info?", "deal.direct_contract");
    has("Do you have Zangi or Viber?", "channel.other_messenger");
    has("Do you have Zangi or Viber?", "invite.contact_there");
    has(
        "パッケージをご購入いただき、その後お仕事を割り振っております",
        "scam.pay_to_work",
    );
    has(
        "Please send $30 for the background check",
        "scam.upfront_fee",
    );
    has("連絡はライン中心でもいいですか", "invite.contact_there");
    // LINE WORKS is one finding, and its case study is the work.
    let r = rules("弊社はLINE WORKSを使っています");
    assert_eq!(
        r.iter().filter(|x| x.starts_with("channel.")).count(),
        1,
        "{r:?}"
    );
    assert!(!alerts("LINE WORKSの導入事例記事の執筆をお願いします"));
    lacks("Do you have any questions?", "invite.contact_there");
}

#[test]
fn eighth_round_accounts_splits_and_funnels() {
    has("ラインのQRを貼っておきますね", "invite.add_or_join");
    has(
        "チャットワークのアカウントをご用意いただけますか",
        "invite.add_or_join",
    );
    has(
        "差額は別でお支払いする形でも大丈夫でしょうか",
        "deal.bypass_platform",
    );
    has("ココナラ上では最低料金で購入して", "deal.bypass_platform");
    has("続きは有料講座でご案内しています", "scam.pay_to_work");
    lacks(
        "差額はトークルームからお支払いします",
        "deal.bypass_platform",
    );
    lacks("続きは明日お送りします", "scam.pay_to_work");
}

#[test]
fn outside_forms_and_places_at_urls() {
    has(
        "Please fill out the application form at bit.ly/apply-now",
        "vague.outside_tool",
    );
    has(
        "下記のGoogleフォームにお名前と電話番号をご記入ください",
        "vague.outside_tool",
    );
    // A place given with "at" is no e-mail address.
    lacks(
        "The brief is at docs.google.com/document/d/1",
        "contact.email_address",
    );
    lacks("Visit our shop at www.example.com", "contact.email_address");
    assert!(alerts("Drop me a line at nora.briefs [at] gmail [dot] com"));
    lacks(
        "Googleフォームのアンケート設問を考えてください",
        "vague.outside_tool",
    );
}

#[test]
fn social_accounts_as_the_means_and_which_email() {
    has("Xのほうで連絡してもいいですか", "channel.sns_dm");
    has(
        "Which email should I send it to?",
        "request.contact_details",
    );
    lacks(
        "Which email template should I use?",
        "request.contact_details",
    );
    lacks(
        "X軸のラベルで連絡先の件数を示してください",
        "channel.sns_dm",
    );
}

#[test]
fn the_platforms_own_forms_are_no_outside_form() {
    assert!(!alerts(
        "Please complete the form on Upwork's contract page"
    ));
    assert!(!alerts("Please submit the form here when you are ready"));
    has(
        "Please fill out the form at forms.gle/abc123",
        "vague.outside_tool",
    );
}

#[test]
fn short_forms_of_direct_deals_and_paid_entry_to_work() {
    has(
        "2回目以降は弊社と直で契約していただきたいです",
        "deal.direct_contract",
    );
    has("次回から直契約でお願いできますか", "deal.direct_contract");
    lacks("直に会って打ち合わせましょう", "deal.direct_contract");
    has(
        "今後は個人でのお取引に切り替えさせてください",
        "deal.direct_contract",
    );
    lacks(
        "個人の方でも法人の方でも応募できます",
        "deal.direct_contract",
    );
    has(
        "今後は振込でお支払いさせていただく形でよろしいでしょうか",
        "deal.direct_contract",
    );
    lacks("報酬は毎月15日に振込で受け取れます", "deal.direct_contract");
    has(
        "ここなら経由だと毎回購入の手間があるので",
        "deal.fee_avoidance",
    );
    has(
        "月額3,980円のサロンに入っていただくと、優先的にお仕事をお回しできます",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "月額3,980円のオンラインサロンに入っていただくと、優先的にお仕事をお回しできます。"
    ));
    has(
        "私もはじめは半信半疑でしたが、今では本業以上の収入があります",
        "scam.lifestyle",
    );
}

#[test]
fn numbers_under_other_labels_are_no_phone() {
    assert!(!alerts("ご注文番号は 0801234567 です。"));
    assert!(!alerts(
        "Please use invoice number 0801234567 when you submit."
    ));
    assert!(alerts("担当の携帯は 0801234567 です。"));
}

#[test]
fn comparisons_with_the_platform_do_not_keep_it_there() {
    assert!(alerts(
        "Pls DM me on IG, @studio.kiri — I reply there way faster than on fiverr lol"
    ));
    assert!(!alerts(
        "Please DM me here on Fiverr if anything is unclear."
    ));
    has(
        "I can give you $300, but only if we do it outside of here.",
        "deal.bypass_platform",
    );
    has("Fiverr keeps 20% of everything.", "deal.fee_avoidance");
    has(
        "Is there another way I can reach you?",
        "vague.outside_tool",
    );
    has(
        "I can't share the full brief here due to confidentiality.",
        "vague.cannot_here",
    );
    has(
        "A one-time registration payment of $60 is required.",
        "scam.upfront_fee",
    );
    has(
        "I'll keep paying you weekly through Zelle.",
        "deal.direct_contract",
    );
}

#[test]
fn personal_mail_starred_numbers_and_buying_with_own_money() {
    has("ジーメールで連絡ください", "channel.personal_email");
    has(
        "Please write to my personal email instead",
        "channel.personal_email",
    );
    lacks("メールの件名を考えてください", "channel.personal_email");
    has("お急ぎの場合は 090＊5521＊8804 まで", "contact.phone_jp");
    has("携帯 090.5521.8804", "contact.phone_jp");
    lacks("バージョン 0.10.2345 をお使いください", "contact.phone_jp");
    assert!(alerts(
        "商品をご自身で購入していただき、レビュー投稿後に購入代金＋報酬1,000円をお振込みします。"
    ));
    assert!(!alerts(
        "購入代金はクラウドワークスの仮払いでお支払いします。"
    ));
}

#[test]
fn line_services_company_contracts_and_sns_accounts() {
    lacks("LINEヤフー株式会社のサービス紹介", "channel.line_latin");
    lacks("LINE Payの使い方", "channel.line_latin");
    has("LINE Payで払います", "deal.payment_method");
    has("LINEで連絡します", "channel.line_latin");
    has(
        "継続の場合は弊社と業務委託契約を結んでいただきます",
        "deal.direct_contract",
    );
    lacks(
        "弊社と秘密保持契約を結んでいただきます",
        "deal.direct_contract",
    );
    has("お支払いはPayPayでもいいですか", "deal.direct_contract");
    has(
        "インスタのアカウントでやり取りできたら嬉しいです",
        "channel.sns_dm",
    );
}

#[test]
fn english_fees_deposits_and_payments_outside() {
    has("complete the $49 certification first", "scam.upfront_fee");
    has(
        "New members deposit a starter amount of USDT to activate their trading account",
        "scam.pay_to_work",
    );
    has(
        "the real project will be paid outside, via crypto",
        "deal.direct_contract",
    );
    lacks("we are based outside the US", "deal.direct_contract");
    has(
        "I don't want to go through Fiverr every time.",
        "deal.fee_avoidance",
    );
    has(
        "Can you give me a way to contact you directly?",
        "vague.outside_tool",
    );
    assert!(!alerts(
        "The deliverable is a contract template with a section about direct payments and late fees."
    ));
    has("We can do a direct payment to you", "deal.direct_contract");
}

#[test]
fn plain_crowdworks_phrasings_of_the_sixth_round() {
    has("連絡のつく方法を教えてください", "request.contact_details");
    has(
        "アカウント名を教えていただけますか",
        "request.contact_details",
    );
    has("Googleチャットで共有したい", "channel.google_chat");
    has(
        "作業開始前に、専用サポートへの登録（3,000円）をお願いしています",
        "scam.upfront_fee",
    );
    has("スクショを送るだけの簡単作業です", "scam.easy_money");
    has("在宅で月100万円を稼いでいる者です", "scam.big_income");
    has("本気の方を3名だけ募集しています", "scam.urgency");
    has(
        "値引きしていただけるなら、外で発注したい",
        "vague.talk_outside",
    );
    lacks("海外で発注したい", "vague.talk_outside");
    has(
        "システム料の分を値引きしていただけるなら",
        "deal.fee_avoidance",
    );
    has("ランサーズ経由でない方法で", "deal.bypass_platform");
    assert!(!alerts(
        "Slackの通知をGoogleチャットに転送する設定手順を、スクリーンショット付きで解説してください。"
    ));
}

#[test]
fn misspelt_apps_places_else_and_direct_invoices() {
    has("you have whatsap? plz give me", "channel.whatsapp");
    lacks("whats a possible deadline for this?", "channel.whatsapp");
    has(
        "Is there somewhere else we can chat about the project?",
        "vague.outside_tool",
    );
    has(
        "let's handle future jobs by direct invoice to my company",
        "deal.direct_contract",
    );
    has("to save us both some money", "deal.fee_avoidance");
    has("the starter bundle for $120", "scam.upfront_fee");
    has("アンケートに回答するだけで1回2,000円！", "scam.easy_money");
}

#[test]
fn faster_ways_and_polite_refusals() {
    has(
        "もっと早くやり取りできる方法はありますか？",
        "request.contact_details",
    );
    assert!(!alerts(
        "LINEの交換などは致しかねますので、引き続きランサーズ上でよろしくお願いいたします。"
    ));
    assert!(alerts(
        "ここではお伝えしかねますので、LINEでご連絡いただけますか。ID：abc_123"
    ));
}

#[test]
fn friend_requests_other_forms_and_market_share_topics() {
    has(
        "I sent you a friend request on Facebook, please accept",
        "channel.sns_dm",
    );
    has(
        "違う形でご連絡を取らせていただけますか",
        "vague.outside_tool",
    );
    lacks("違う形で表現してください", "vague.outside_tool");
    has(
        "こちらでは個人情報をお伝えしづらいので",
        "vague.cannot_here",
    );
    assert!(!alerts(
        "WhatsAppとLINEの国別シェアをまとめたインフォグラフィックを作ってください。"
    ));
}

#[test]
fn work_samples_are_no_sample_data() {
    assert!(alerts(
        "Could you email me a sample at d.hughes.media@yahoo.com? I want to see your style."
    ));
    assert!(!alerts(
        "Format phone numbers like (555) 555-0100 in the table. These are sample values."
    ));
    assert!(!alerts(
        "電話 03-0000-0000（架空）を使ったサンプル請求書のテンプレートをお願いします。"
    ));
    has(
        "Going forward can you bill me directly?",
        "deal.direct_contract",
    );
    has("Upwork's 5% marketplace fee adds up.", "deal.fee_avoidance");
    has("Let's skip Fiverr for the next one", "deal.direct_contract");
    has(
        "I'll Zelle you the full amount upfront.",
        "deal.direct_contract",
    );
    has("contact me at my other account", "vague.outside_tool");
    assert!(!alerts(
        "I'd prefer not to use Skype or WhatsApp; Fiverr messages work fine for me."
    ));
}

#[test]
fn rule_ids_are_unique() {
    // Two rules under one id would count as one finding and confuse disabled_rules.
    let mut seen = std::collections::HashSet::new();
    for r in rules::RULES {
        assert!(seen.insert(r.id), "rule id {} is used twice", r.id);
    }
}

#[test]
fn groups_call_times_home_page_forms_and_staying_inside() {
    assert!(alerts(
        "修正指示は音声で伝えたいので、LINE通話できる時間を教えてください。"
    ));
    assert!(alerts(
        "採用者の方には、業務連絡用にLINEグループへ入っていただきます。"
    ));
    has(
        "詳しいお見積もりは私のホームページのフォームからお願いします",
        "vague.outside_tool",
    );
    has("最初に仕入れ代として10万円が必要です", "scam.upfront_fee");
    assert!(!alerts(
        "LINEでやり取りしたいという方もいますが、弊社ではすべてクラウドワークス内で完結させています。"
    ));
    assert!(alerts(
        "クラウドワークス内で完結できないので、LINEでやり取りしましょう。"
    ));
}

#[test]
fn secrets_from_the_platform_and_calls_offered() {
    has("申請とか面倒なので", "bypass.application");
    has("ランサーズには内緒でお願いします", "bypass.hide");
    has("そのまま外で続けちゃいましょう", "vague.talk_outside");
    has("Fiverr can see everything we write.", "bypass.hide");
    has(
        "Let's take it off here and I'll pay cash app.",
        "deal.direct_contract",
    );
    assert!(alerts(
        "今夜20時ごろ、お電話差し上げてもよろしいでしょうか。ご番号をこちらに書いていただければと思います。"
    ));
    assert!(!alerts("注文番号をこちらに書いていただければ確認します。"));
}

#[test]
fn addresses_naming_only_the_service_and_risky_deals() {
    assert!(alerts(
        "Please cc my personal address on deliveries as well — jm.reyes.pm at gmail."
    ));
    lacks("We met at yahoo last year.", "contact.email_address");
    has("tanaka.k55あっとgmailです", "contact.email_address");
    assert!(!alerts(
        "個人間のやり取りはトラブルの元なので、最後までココナラでお願いしますね。"
    ));
    assert!(alerts(
        "報酬とは別に、紹介ボーナスも出ます。お友達を1人紹介するごとに1万円！"
    ));
}

#[test]
fn more_apps_accounts_to_make_and_dms_there() {
    assert!(alerts(
        "Are you on Threads or TikTok? I'd like to DM you some references there."
    ));
    assert!(alerts(
        "ベトナムのチームとはZaloで連絡を取っています。Zaloのアカウントを作っていただけますか？"
    ));
    assert!(!alerts(
        "Design 5 TikTok thumbnails for my cooking channel. Reference images attached here."
    ));
}

#[test]
fn invoices_sent_directly_and_salon_members_work() {
    has(
        "2回目からは請求書を直接お送りいただく形でお願いします",
        "deal.direct_contract",
    );
    lacks("請求書は不要です", "deal.direct_contract");
    assert!(alerts(
        "当サロンでは、月額9,800円でAIを使った副業ノウハウを学べます。受講生限定の案件紹介もあります。"
    ));
}

#[test]
fn the_green_one_contacts_sent_and_website_forms() {
    assert!(alerts(
        "こちらのアプリだと通知が来ないので、緑のほうで連絡もらえますか？"
    ));
    lacks("配色は緑のほうが良いと思います", "channel.line_alias");
    has("コンタクト送っておきますね", "channel.chatwork");
    has(
        "Please reach out to me through my website's contact page so we can continue.",
        "vague.outside_tool",
    );
    has("pay the $25 verification fee", "scam.upfront_fee");
    has(
        "時間とお金に縛られない生き方を始めませんか",
        "scam.lifestyle",
    );
}

#[test]
fn linkedin_calls_for_a_few_minutes_and_direct_transfers() {
    assert!(alerts(
        "Let's connect on LinkedIn and take it from there — send me your profile link."
    ));
    assert!(!alerts(
        "Update our LinkedIn company page banner and write three posts announcing the new product."
    ));
    has(
        "明日お電話で5分だけお時間いただけますか",
        "invite.contact_there",
    );
    has(
        "Could we do milestone 2 via a direct bank transfer?",
        "deal.direct_contract",
    );
    has(
        "The platform fee eats into my budget.",
        "deal.fee_avoidance",
    );
}

#[test]
fn permission_for_outside_tools_and_working_with_us_directly() {
    assert!(!alerts(
        "ランサーズの事務局に確認し、外部ツール利用の許可をいただきました。Backlogの招待をお送りします。"
    ));
    assert!(alerts(
        "I need you to work with us directly for it, not through Upwork. Interested?"
    ));
}

#[test]
fn unified_channels_installs_and_only_there() {
    assert!(alerts(
        "連絡はテレグラムで統一しています。お手数ですがアプリを入れていただけますか。"
    ));
    has(
        "Where else can I send you the reference files?",
        "request.contact_details",
    );
    has(
        "Fiverr deletes my messages when I share links.",
        "bypass.hide",
    );
    assert!(alerts(
        "完全在宅・ノルマなし・初心者歓迎！スマホで月10万円の副収入。詳しくは説明会で！"
    ));
    assert!(!alerts(
        "手渡しでのお支払いはできないので、ココナラの決済でお願いしますね。"
    ));
    assert!(alerts("LINEでしか連絡できないので、IDを教えてください。"));
}

#[test]
fn not_on_this_app_blocked_links_and_handles_after_add_me() {
    assert!(alerts(
        "I'd like to talk more but not on this app. Do you have something else?"
    ));
    assert!(alerts(
        "Sorry for the spam but fiverr keeps blocking my links, add me on disc: pixelqueen_77"
    ));
    assert!(alerts(
        "I'll end the contract now and pay you the remaining $400 directly, saves us both the fee."
    ));
    lacks("Add me on the team page: Sarah", "handle.id");
}

#[test]
fn individual_contracts_on_the_platform_are_no_direct_deal() {
    assert!(!alerts(
        "法人・個人でのご契約どちらでも問題ありません。クラウドワークス上で契約させていただきます。"
    ));
}

#[test]
fn formal_requests_buyers_first_and_other_means() {
    has(
        "お電話番号をご教示いただけますでしょうか",
        "request.contact_details",
    );
    has("購入者には作業を優先的に割り振ります", "scam.pay_to_work");
    assert!(alerts(
        "Just sent you a connection request on LinkedIn — let's continue there, I check it more often."
    ));
    assert!(alerts(
        "Could we avoid Fiverr for this one and I'll pay through Revolut?"
    ));
    assert!(alerts(
        "以降のやりとりはクラウドワークスのメッセージではなく、別の手段でお願いできますでしょうか。"
    ));
    assert!(alerts(
        "Please purchase the company-approved home office kit ($189) from our vendor; you'll be reimbursed on your first payroll."
    ));
}

#[test]
fn chat_speak_u_for_you() {
    assert!(alerts(
        "hey! u on telegram? much easier to send u the files there"
    ));
}

#[test]
fn deposits_paid_programs_and_payments_between_us() {
    has(
        "Is there a better way to stay in touch while we work on this?",
        "vague.outside_tool",
    );
    assert!(alerts(
        "We're looking for people to test our trading bot. A minimum deposit of $250 activates your account and you keep 80% of the profits."
    ));
    assert!(alerts(
        "本案件は、弊社が提供する有料プログラム修了者のみを対象としています。受講料は39,800円です。"
    ));
    assert!(alerts(
        "Any chance we can sort the payment between ourselves? I'd prefer Payoneer to Upwork's escrow."
    ));
    lacks(
        "The split between us and the agency is 50/50",
        "deal.fee_avoidance",
    );
}

#[test]
fn the_rest_paid_separately_numbers_after_a_call_and_how_else() {
    assert!(alerts(
        "ココナラ内でのお支払いは上限があるので、残りの金額は別途振り込ませてください。"
    ));
    lacks(
        "残りの金額は別途おひねりでお支払いします",
        "deal.bypass_platform",
    );
    assert!(alerts(
        "明日の10時に、こちらから携帯にお電話します。念のため番号を返信で送ってください。"
    ));
    lacks("注文番号を返信で送ってください", "request.contact_details");
    assert!(alerts(
        "I want to give you more orders but fiverr is too expensive for me now. How else can we work together?"
    ));
    assert!(!alerts(
        "Fiverr and Upwork are both too expensive for our startup's marketing budget, so this is a one-off logo job."
    ));
}

#[test]
fn do_you_use_line_found_by_name_and_pay_you_there() {
    assert!(alerts(
        "急ぎで確認したいことがあるのですが、LINEって使ってますか？"
    ));
    assert!(!alerts(
        "「LINEって使ってますか」と聞かれても、規約違反になるので答えないでくださいね。"
    ));
    assert!(alerts(
        "フェイスブックで同じ名前で出てくると思うので、メッセージください！"
    ));
    assert!(alerts(
        "【高収入】1件3,000円のかんたんデータ入力！ただし作業用の会員サイトへの登録（月額1,980円）が必要です。"
    ));
    assert!(alerts(
        "Do you have PayPal? I'd like to pay you there for the extra revisions instead of a new order."
    ));
}

#[test]
fn a_quoted_question_does_not_end_the_sentence() {
    assert!(!alerts(
        "LINEって使ってますか？と聞かれても、規約違反になるので答えないでくださいね。"
    ));
}

#[test]
fn review_hard_negatives_of_the_sixth_round() {
    assert!(!alerts(
        "I'm not on Fiverr on weekends, so replies may be slow."
    ));
    lacks(
        "電話でのお問い合わせの際は注文番号をお知らせくださいと書いてください",
        "request.contact_details",
    );
    lacks("ご注文番号を教えてください", "request.contact_details");
    has("番号を教えてください", "request.contact_details");
    has("お電話番号を教えてください", "request.contact_details");
}

#[test]
fn first_and_last_characters_count_characters_not_bytes() {
    assert_eq!(first_chars("ラインで連絡", 3), "ライン");
    assert_eq!(first_chars("ab", 6), "ab");
    assert_eq!(last_chars("ラインで連絡", 2), "連絡");
    assert_eq!(last_chars("ab", 8), "ab");
}

#[test]
fn find_in_agrees_with_str_find() {
    for (hay, needle) in [
        ("LINEで連絡しないでください", "しない"),
        ("できません", "ない"),
        ("しかし", "しか"),
        ("ab", "abc"),
        ("", "x"),
        ("詐欺の被害", "被害"),
        ("check upwork often", "upwork"),
    ] {
        assert_eq!(
            find_in(hay, needle),
            hay.find(needle),
            "{needle:?} in {hay:?}"
        );
    }
    assert_eq!(find_in("abc", ""), None, "an empty needle finds nothing");
}

#[test]
fn work_only_for_those_who_bought_something() {
    has(
        "案件は、作業マニュアル（19,800円）をお持ちの方限定です。",
        "scam.owners_only",
    );
    has(
        "有料講座を受講済みの方のみにお仕事をお渡ししています。",
        "scam.owners_only",
    );
    assert!(alerts(
        "この案件は弊社の教材（29,800円）をお持ちの方限定でお願いしております。"
    ));
    // A skill or an ordinary tool is a requirement, not a purchase.
    lacks(
        "簿記2級の資格をお持ちの方限定の案件です。",
        "scam.owners_only",
    );
    lacks(
        "Photoshopをお持ちの方のみご応募ください。",
        "scam.owners_only",
    );
}

#[test]
fn the_platform_named_with_san_is_still_bypassed() {
    has(
        "クラウドワークスさんを介さない形で進めさせていただければ幸いです。",
        "deal.bypass_platform",
    );
    has(
        "ランサーズを挟まずにお願いできますか",
        "deal.bypass_platform",
    );
    lacks(
        "ランサーズさんを利用して募集しています",
        "deal.bypass_platform",
    );
}

#[test]
fn buying_first_is_a_second_sign() {
    has(
        "You'll need to purchase the software license ($120) from our vendor first.",
        "scam.buy_first",
    );
    assert!(alerts(
        "You'll need to purchase the software license ($120) from our vendor first."
    ));
    lacks(
        "Please read the brief first and tell me the price.",
        "scam.buy_first",
    );
    lacks(
        "Buy the domain first; I'll pay you after.",
        "scam.buy_first",
    );
    lacks("The fee is $50. First, send me a draft.", "scam.buy_first");
}

#[test]
fn money_sent_to_an_account_of_yours() {
    has(
        "Cancel this order and I'll send the full amount to your PayPal.",
        "deal.direct_contract",
    );
    lacks(
        "Fiverr will send the payment to your account after delivery.",
        "deal.direct_contract",
    );
    // Named, but the order page right after it keeps the payment on the platform.
    assert!(!counted(
        "I'll pay the tip directly through the order page once I get the files.",
        "deal.direct_contract",
    ));
}

#[test]
fn where_else_and_a_personal_inbox() {
    has(
        "let me know where else I can reach you",
        "request.contact_details",
    );
    has(
        "Accept the invite I'll send to your personal email.",
        "request.contact_details",
    );
    lacks(
        "I'll send the files to your inbox here.",
        "request.contact_details",
    );
}

#[test]
fn a_call_on_line_and_a_course_sold_cheap() {
    has(
        "LINE通話で15分ほどお時間いただけますか？",
        "invite.via_channel",
    );
    lacks(
        "LINE通話の機能を使ったアプリを開発したいです。",
        "invite.via_channel",
    );
    has("受講後は案件を優先的にお回しします。", "scam.pay_to_work");
    has(
        "在宅ワーク講座を特別価格でご案内できます。",
        "scam.upfront_fee",
    );
    assert!(alerts(
        "今なら在宅ワーク講座を特別価格でご案内できます。受講後は案件を優先的にお回しします。"
    ));
}

#[test]
fn a_private_channel_an_own_portal_a_paid_assessment_and_l1ne() {
    has(
        "Is there a more private channel where we can talk details?",
        "vague.outside_tool",
    );
    lacks(
        "Please create a private channel in our Slack workspace template.",
        "vague.outside_tool",
    );
    has(
        "Then I'll hire you through my agency's own portal for the next phase.",
        "deal.direct_contract",
    );
    has(
        "Complete the paid skills assessment ($39) to move on.",
        "scam.upfront_fee",
    );
    has("L1NEのIDを送りますね。", "channel.line_latin");
    lacks("The l1 cache line is 64 bytes.", "channel.line_latin");
}

#[test]
fn a_phone_number_read_out_in_hiragana() {
    has(
        "ぜろきゅうぜろ、いちにさんよん、ごろくななはち までお電話ください。",
        "contact.phone_jp",
    );
}

#[test]
fn sending_ones_own_id_in_plain_form() {
    has("LINEのIDを送りますね。", "invite.sends_contact");
    has("番号は後で伝えます", "invite.sends_contact");
    lacks("納品物はzipで送ります", "invite.sends_contact");
}

#[test]
fn a_scam_named_just_before_makes_it_the_topic() {
    assert!(!alerts(
        "副業・在宅ワークの詐欺手口（登録料・マニュアル販売など）を解説する記事を執筆してください。"
    ));
    assert!(!alerts(
        "Write a post on common scams: registration fees, starter kits and fake checks."
    ));
    // Denied, it is the pitch itself.
    assert!(alerts(
        "詐欺ではありません、登録料5,000円をお振込みいただければすぐに作業をお送りします。"
    ));
}

#[test]
fn coaching_funnels_and_referral_income() {
    assert!(alerts(
        "私は在宅で月100万円を達成したコーチです。あなたにも同じ方法をお伝えしたいので、まずは無料の個別面談（Zoom）にお申し込みください。"
    ));
    assert!(alerts(
        "お知り合いを1名ご紹介いただくごとに1万円の報酬が発生します。ご紹介者様が増えるほど収入が増える仕組みです。"
    ));
    has("会員が増えるほど収入が増えます", "scam.passive_income");
    lacks(
        "会員が増えるほどサーバー費用が増えます",
        "scam.passive_income",
    );
    lacks("採用面談はZoomで行います。", "scam.seminar");
}

#[test]
fn the_same_username_elsewhere() {
    has(
        "I'm mostly on Telegram these days, same username as here. Find me there.",
        "vague.search_me",
    );
    lacks(
        "Use the same username as on your invoices.",
        "vague.search_me",
    );
}

#[test]
fn refusals_that_mention_there_and_outside_forms() {
    // "there" is not "here": a refusal of two apps stays a refusal.
    assert!(!alerts(
        "We don't use Telegram or WhatsApp for hiring, anyone claiming to be us there is a scammer."
    ));
    assert!(alerts(
        "Message me on WeChat, my ID is mike_trade7, I don't look at the messages here much"
    ));
    has(
        "選考は弊社の採用フォームで行っております。以下のURLからエントリーをお願いします。",
        "vague.outside_tool",
    );
    has(
        "Apply here: https://forms.gle/abc123XYZ",
        "vague.outside_tool",
    );
    lacks(
        "応募フォームの入力項目を見直してください",
        "vague.outside_tool",
    );
    has(
        "Our team uses Slack. What's the email I should invite?",
        "request.contact_details",
    );
    // 連携 with people is no integration work.
    assert!(alerts(
        "台湾のスタッフとも連携するため、LINEではなくWeChatでのご連絡をお願いできますでしょうか。"
    ));
    assert!(!alerts(
        "I need a Skype-style chat UI kit in Figma for our internal messenger app."
    ));
}

#[test]
fn no_middleman_invoices_from_next_time_and_moving_the_contract() {
    assert!(alerts(
        "Once this contract ends, we can keep working together independently, no middleman."
    ));
    assert!(alerts(
        "I'd like to move our contract to Payoneer invoicing from next month, it's cheaper for both of us."
    ));
    assert!(alerts("次の案件からは請求書でお支払いします。"));
    lacks(
        "We work independently on separate modules, then merge.",
        "deal.bypass_platform",
    );
    lacks(
        "請求書の宛名は弊社名でお願いします。",
        "deal.bypass_platform",
    );
}

#[test]
fn permission_obtained_counts_as_filed() {
    assert!(!alerts(
        "外部ツール利用の許可をランサーズから得ましたので、Slackのワークスペースへご招待します。"
    ));
    assert!(!alerts(
        "サービス外連絡申請の承認が下りましたので、LINEでご連絡します。"
    ));
    // Asked for, not obtained.
    assert!(alerts(
        "外部ツール利用の許可は得られないと思うので、Slackに招待しますね。メールアドレスを教えてください。"
    ));
}

#[test]
fn english_pay_to_unlock_rank_guarantees_and_identity() {
    assert!(alerts(
        "You'll earn $5 per rating, paid daily. Register on our portal and top up your account with $50 to unlock premium tasks."
    ));
    assert!(alerts(
        "My team can guarantee your gig reaches page 1. We charge a small setup fee of $25."
    ));
    assert!(alerts(
        "Welcome aboard! To process your first salary, send a copy of your ID and bank login so our finance team can verify you."
    ));
    has("運転免許証の表裏の画像を送ってください", "scam.identity");
    lacks(
        "Please upload the photo of your product, not the ID card template.",
        "scam.identity",
    );
    has(
        "Let's continue this conversation on Zoom chat.",
        "invite.contact_there",
    );
}

#[test]
fn a_phone_number_at_the_end_of_a_sentence() {
    has("My number is 0412 555 019.", "contact.phone_jp");
    has("携帯は090-1234-5678.", "contact.phone_jp");
    lacks("Build 0412 555 019.7 of the firmware", "contact.phone_jp");
}

#[test]
fn numbers_printed_on_posters_are_content() {
    assert!(!alerts(
        "The hotline number on the poster should read 0120-123-456, and the store code is 7788-1200."
    ));
    assert!(!alerts(
        "看板の電話番号は 03-1234-5678 に変更してください。"
    ));
}

#[test]
fn masked_names_and_numbers() {
    has(
        "詳しくはラ○ンで！IDは「mika_0525」です。",
        "channel.line_alias",
    );
    assert!(alerts("詳しくはラ○ンで！IDは「mika_0525」です。"));
    has(
        "おでんわ番号は 〇八〇 の 一二三四 の 五六七八 です。",
        "contact.phone_jp",
    );
    assert!(alerts(
        "お電話の方が早いので、090-XXXX-XXXX（下8桁は別途お送りします）へお願いします。"
    ));
    // The format of a form field is an example.
    assert!(!alerts(
        "電話番号は090-XXXX-XXXXの形式で入力されるようにしてください。"
    ));
    lacks("オフライン○ンライン", "channel.line_alias");
}

#[test]
fn fees_not_deducted_meeting_outside_and_refused_invitations() {
    assert!(alerts(
        "ランサーズの手数料が引かれない方法で報酬をお支払いしたいので、一度お電話でご相談させてください。"
    ));
    assert!(alerts(
        "もしよければ、外でお茶でもしながらお話ししませんか？その方が詳しくお伝えできます。"
    ));
    lacks(
        "海外で暮らしながらお話ししたい内容です",
        "vague.talk_outside",
    );
    // The refusal is the invitation's own verb.
    assert!(!alerts(
        "ラインでのご連絡はお控えください。すべてランサーズ上でやり取りします。"
    ));
}

#[test]
fn more_pitches_in_plain_words() {
    for t in [
        "商品モニターを募集しています。商品代金はいったんご負担いただきますが、レビュー投稿後に全額キャッシュバックします。",
        "資産運用のコミュニティもご紹介できます。月3万円の運用益が出ている方も多いですよ。",
        "まずは研修期間として弊社指定のソフト（月額3,300円）に加入していただきます。",
        "To start the job you must first complete our certification. The exam costs $29 and is refundable after 3 tasks.",
        "Join my VIP mentorship ($199) and I'll send you clients every week.",
        "hey, upwork fees are killin me lol. can i just venmo u for the next ones?",
    ] {
        assert!(alerts(t), "{t}");
    }
    assert!(!alerts(
        "Edit my podcast episode about financial freedom myths and how to avoid MLM traps."
    ));
    assert!(!alerts(
        "投資信託の基礎知識をまとめたコラム記事（3,000字）を執筆してください。"
    ));
    assert!(!alerts(
        "月額3,300円のプランと月額5,500円のプランの比較表を作成してください。"
    ));
}

#[test]
fn japanese_pitches_without_the_usual_words() {
    for t in [
        "このお仕事は、私が使っている自動化ツールを使えば誰でもできます。ツールは通常98,000円のところ、今回は特別に49,800円でお譲りします。",
        "記事作成のご依頼の前に、私が主催する勉強会にご参加いただけませんか？そこで稼げるノウハウをすべてお伝えしています。",
        "お仕事を始めていただく前に、作業用のタブレット（実費負担、後日報酬から相殺）をご購入いただきます。",
        "在宅で働きながら、年収1000万円を目指しませんか？オンライン個別相談で、あなたに合った働き方をご提案します。",
        "あなた自身が稼げる仕組みを作りませんか？今なら無料で動画講座をプレゼントしています。",
    ] {
        assert!(alerts(t), "{t}");
    }
    for t in [
        "勉強会の告知文（Peatix掲載用）を作成してください。テーマはExcel初級です。",
        "交通費は実費でお支払いします。",
        "報酬は1記事2,000円、月10本で20,000円となります。",
    ] {
        assert!(!alerts(t), "{t}");
    }
}

#[test]
fn work_for_buyers_with_a_fee_apart() {
    assert!(alerts(
        "こちらのサービスをご購入の方には、継続案件をお渡しできる提携プログラムもご案内しています（参加費は別途）。"
    ));
    lacks(
        "ご購入の方には、納品後に修正1回を無料でお付けしています。",
        "scam.pay_to_work",
    );
}

#[test]
fn a_number_that_reaches_you_and_numbers_in_a_footer() {
    has(
        "急ぎの修正が出たら電話で伝えたいので、日中つながる番号を一つお願いします。",
        "request.contact_details",
    );
    assert!(!alerts(
        "お問い合わせ窓口の電話番号（0120-000-000）はサイトのフッターに入れてください。"
    ));
}

#[test]
fn platform_as_a_burden_tools_on_offer_cancelled_orders_and_course_fees() {
    // The platform's cut called a burden is fee avoidance; a burden of the work is not.
    has(
        "クラウドワークスを通すと御社の負担も大きいと思うので",
        "deal.fee_avoidance",
    );
    lacks(
        "作業の負担が大きいので納期を延ばしてください",
        "deal.fee_avoidance",
    );
    // A tool for talking on offer is a move; a tool for the work is not.
    has(
        "もっとスムーズに連絡が取れるツールがあるので、そちらに移りませんか？",
        "vague.outside_tool",
    );
    lacks(
        "画像を圧縮できる便利なツールがあるので、そちらを使ってください",
        "vague.outside_tool",
    );
    // Cancelling the order to pay another way.
    has(
        "I'll cancel the order and send the money to your PayPal instead",
        "deal.bypass_platform",
    );
    lacks(
        "Please don't cancel the order, I'll extend the deadline",
        "deal.bypass_platform",
    );
    // A course's fee and work promised after it.
    has("The course fee is $199.", "scam.upfront_fee");
    has(
        "after completion we guarantee you orders",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "Our company offers a training program for new freelancers. The course fee is $199, and after completion we guarantee you orders."
    ));
    // A course that is the topic of the work: its fee alone is no pitch.
    assert!(!alerts(
        "Please write the sales page for our Python course. The course fee is $199 and students get lifetime access."
    ));
    // The worker asked to deposit, or to pay to activate an account.
    has("you need to deposit 50 USDT first", "scam.upfront_fee");
    has(
        "To activate your account you need to deposit 50 USDT first",
        "scam.pay_to_work",
    );
    lacks(
        "I will deposit the funds into escrow today",
        "scam.upfront_fee",
    );
}

#[test]
fn without_the_platform_places_to_talk_pasting_and_tags() {
    has(
        "次からはランサーズ抜きでお願いしたいと考えています",
        "deal.bypass_platform",
    );
    lacks("わさび抜きでお願いします", "deal.bypass_platform");
    has(
        "もう少し自由にやり取りできる場所に移動しましょう",
        "vague.outside_tool",
    );
    has("ここではURLが貼れないようなので", "vague.cannot_here");
    lacks(
        "画像が貼れない場合はZIPで添付してください",
        "vague.cannot_here",
    );
    has("別の手段で参考資料をお渡ししたいです", "vague.outside_tool");
    // Discord's user tags, and handles named as such.
    has("my tag is pixelwolf#2231", "handle.id");
    has("add kaito.dev#0042 when you can", "handle.id");
    lacks("see issue #2231 in the tracker", "handle.id");
}

#[test]
fn dummy_phone_numbers_and_not_only() {
    // Numbers no one answers: 00… dials abroad, eight equal digits are a placeholder.
    lacks("000-0000-0000", "contact.phone_jp");
    lacks("090-0000-0000 のように表示", "contact.phone_jp");
    lacks("090-1111-1111", "contact.phone_jp");
    has("090-8876-1123", "contact.phone_jp");
    has("0120-345-678", "contact.phone_jp");
    // ではなく refuses what comes before it; だけではなく adds to it.
    assert!(!alerts(
        "直接契約ではなく、引き続きランサーズで契約させていただきます。"
    ));
    let t = "LINEだけではなく電話でも連絡が取れますので、IDを追加してください。";
    assert!(alerts(t));
    assert!(!negated(t), "だけではなく taken for a refusal");
}

#[test]
fn referral_income_somewhere_else_and_templates() {
    has("紹介した方にも報酬が入ります", "scam.passive_income");
    lacks("ご紹介した記事に追記をお願いします", "scam.passive_income");
    has("あなたに合った稼ぎ方をご提案します", "scam.easy_money");
    has("別で連絡取れるところありますか？", "vague.outside_tool");
    has(
        "そちらでのご連絡をお願いしてもよろしいでしょうか",
        "invite.contact_there",
    );
    // A message template for an app is the work, not a move to it.
    assert!(!alerts(
        "WhatsAppで使う定型メッセージ（英語）を10本作っていただけますか？"
    ));
    assert!(alerts(
        "WhatsAppでやり取りしたいので、番号を教えていただけますか？"
    ));
}

#[test]
fn paid_circles_and_payroll_rather_than_the_platform() {
    has(
        "月1万円の会費で、毎週の勉強会があります",
        "scam.upfront_fee",
    );
    has(
        "案件紹介が受けられるオンラインサロンをやっています",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "月1万円の会費で、毎週の勉強会と案件紹介が受けられるオンラインサロンをやっています。興味ありませんか？"
    ));
    lacks(
        "1万円の予算で、会費の案内ページを作ってください",
        "scam.upfront_fee",
    );
    has(
        "a contractor paid through our payroll system rather than Upwork",
        "deal.direct_contract",
    );
    lacks(
        "I found your profile on Fiverr rather than Upwork",
        "deal.direct_contract",
    );
}

#[test]
fn leave_to_use_an_app_funds_to_start_and_past_troubles() {
    has(
        "ココナラのトークルームだと長文が送りにくいので",
        "vague.cannot_here",
    );
    has("ラインでもいいですか？", "invite.contact_there");
    lacks("納期は来週でもいいですか？", "invite.contact_there");
    has(
        "add funds to your account to start receiving orders",
        "scam.upfront_fee",
    );
    has(
        "You'll need to register on our platform first",
        "vague.outside_tool",
    );
    lacks(
        "complete your profile to start receiving orders",
        "scam.upfront_fee",
    );
    // A past bad experience told as a reason to stay on the platform.
    assert!(!alerts(
        "過去に直接契約を持ちかけられて困ったことがあるので、当方は必ずクラウドワークス経由でお願いしています。"
    ));
}

#[test]
fn english_without_the_platform_prepaid_tasks_private_channels_and_paid_levels() {
    has(
        "a bigger budget if we do this one without Fiverr.",
        "deal.bypass_platform",
    );
    lacks(
        "I can't approve it without Fiverr's resolution center",
        "deal.bypass_platform",
    );
    has(
        "you must first complete a prepaid task of $50",
        "scam.upfront_fee",
    );
    has("Earn $200-$500 daily", "scam.big_income");
    has(
        "Shoot me a message on Insta, @luna.creates",
        "channel.sns_dm",
    );
    has("Shoot me a message on Insta", "invite.contact_there");
    has(
        "I'd like to continue this on a more private channel.",
        "vague.outside_tool",
    );
    has("Do you have any messenger app?", "invite.contact_there");
    has("the VIP level ($99) unlocks more tasks", "scam.upfront_fee");
    has("unlocks higher-paying tasks", "scam.pay_to_work");
    lacks(
        "Premium level members see an ad-free page",
        "scam.upfront_fee",
    );
    has("refunded after 30 days", "scam.reimburse");
    has(
        "We onboard all freelancers via Skype.",
        "invite.via_channel",
    );
    // The tool as the topic of the work is no invitation to it.
    assert!(!alerts(
        "We handle support tickets via Slack today and need a bot that files them in Jira."
    ));
}

#[test]
fn english_other_ways_blocked_messages_and_cannot_leave() {
    has(
        "Is there another way I can send you the files and talk freely?",
        "vague.outside_tool",
    );
    has("Can I reach you some other way?", "vague.outside_tool");
    has(
        "I'm not comfortable discussing the budget on Upwork.",
        "vague.cannot_here",
    );
    has(
        "My messages keep getting blocked here.",
        "vague.cannot_here",
    );
    has(
        "purchase the onboarding kit from our partner store",
        "scam.upfront_fee",
    );
    has(
        "To confirm your position, purchase the kit",
        "scam.pay_to_work",
    );
    // "can't" refuses only what it says it cannot leave for.
    assert!(!alerts(
        "Per Fiverr rules I can't take this outside the platform, so let's continue here."
    ));
    assert!(alerts(
        "I can't do this offer on Fiverr, can we continue outside Fiverr? Zelle works for me."
    ));
    let t = "I can't talk about rates here, let's continue on WhatsApp.";
    assert!(!negated(t), "a reason to move taken for a refusal");
}

#[test]
fn contracts_not_used_unreadable_messages_courses_and_yields() {
    has(
        "次回からは、クラウドワークスの契約を使わずにお願いできればと思っています。",
        "deal.bypass_platform",
    );
    has(
        "会社のメールアドレス宛にご連絡いただけますと幸いです",
        "channel.personal_email",
    );
    has(
        "ランサーズのメッセージは社内で閲覧できない決まりになっております",
        "vague.cannot_here",
    );
    has("修了後すぐに案件をお渡しします", "scam.pay_to_work");
    has(
        "最初に商品を1セット（39,800円）ご購入いただく必要があります",
        "scam.upfront_fee",
    );
    has(
        "最初に商品を1セット（39,800円）ご購入いただく必要があります",
        "scam.pay_to_work",
    );
    lacks("お見積り（39,800円）で発注いたします", "scam.upfront_fee");
    has(
        "別のプラットフォームでも募集をしているので、そちらでやり取りを一本化させてください",
        "vague.outside_tool",
    );
    has("月5%の利回りが期待でき", "scam.passive_income");
    lacks("コンバージョン率が月5%改善しました", "scam.passive_income");
    has("Zoomで30分ほどお話をお聞きいただけませんか", "scam.seminar");
}

#[test]
fn a_printed_piece_makes_its_numbers_content_in_every_sentence() {
    // The piece is named in one sentence, the number printed on it in the next.
    assert!(!alerts(
        "名刺のデザインをお願いします。\n氏名：山本 太郎、電話：03-1234-5678、メール：yamamoto@minato.jp"
    ));
    assert!(!alerts(
        "Please design our new flyer. Phone: (207) 555-0198, email hello@bakery-rose.com"
    ));
    // 名刺交換 is an exchange of contacts, not a piece to design.
    assert!(alerts(
        "名刺交換させてください。\n私の携帯は090-8876-1123です。"
    ));
}

#[test]
fn mail_services_asked_for_group_invitations_and_paid_debuts() {
    has(
        "個人のGmailかYahooメールを教えていただけますでしょうか",
        "request.contact_details",
    );
    lacks(
        "Gmailの迷惑メール設定を解説する記事です",
        "request.contact_details",
    );
    has(
        "チャットワークのグループへお誘いしてもよろしいでしょうか",
        "invite.add_or_join",
    );
    has(
        "動画教材で基礎を学んでいただき、その後お仕事をご案内します",
        "scam.pay_to_work",
    );
    has(
        "デビュー前に当社の認定講座（有料）を受けていただく必要があります",
        "scam.pay_to_work",
    );
    // Coupons handed out on LINE are what the work is about.
    assert!(!alerts(
        "LINEで配布するクーポン画像を5種類作っていただけますか？"
    ));
}

#[test]
fn fees_in_brackets_assets_multiplied_mail_requests_and_not_asking() {
    has(
        "お仕事開始時に、専用ソフトのライセンス料（12,000円）のみご負担いただきます。",
        "scam.upfront_fee",
    );
    has(
        "お仕事開始時に、専用ソフトのライセンス料（12,000円）のみご負担いただきます。",
        "scam.pay_to_work",
    );
    has("半年で資産が3倍になりました", "scam.big_income");
    has("無料で勉強会のURLをお送りします", "scam.seminar");
    has(
        "このお仕事に応募いただいた方には、まずオンライン講座をご案内しております",
        "scam.pay_to_work",
    );
    has(
        "お手数ですがメールでもご連絡ください",
        "channel.personal_email",
    );
    lacks(
        "クラウドワークスからメールでお知らせが届きます",
        "channel.personal_email",
    );
    // Saying what one does not ask for is no request.
    assert!(!alerts(
        "個人情報保護の観点から、電話番号やメールアドレスはお伺いしておりません。"
    ));
    has(
        "メールアドレスをお伺いしてもよろしいでしょうか",
        "request.contact_details",
    );
}

#[test]
fn memberships_referral_shares_team_earnings_and_ways_not_through() {
    has("Membership is $49/month", "scam.upfront_fee");
    has(
        "you get a share of every sale you refer",
        "scam.passive_income",
    );
    assert!(alerts(
        "You're invited to our paid affiliate team. Membership is $49/month and you get a share of every sale you refer."
    ));
    assert!(!alerts(
        "Please write our pricing page copy. Membership is $49/month with a free trial."
    ));
    has("私たちのチームで稼いだ方が効率的です", "scam.easy_money");
    has(
        "Is there a way to contact you that isn't through Fiverr?",
        "vague.outside_tool",
    );
    has(
        "案件に入る前に、有料のスキルアップ講座を受講していただいています",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "ご応募ありがとうございます。案件に入る前に、有料のスキルアップ講座を受講していただいています。"
    ));
    lacks(
        "案件に入る前に、マニュアルをご一読ください",
        "scam.pay_to_work",
    );
}

#[test]
fn id_searches_paid_members_off_the_platform_and_software_prices() {
    has(
        "ID検索で「maeda_webteam」を探して申請お願いします",
        "handle.id",
    );
    lacks("ID検索機能の使い方を教えてください", "handle.id");
    has("今後はチャワークでやり取りしたいです", "channel.chatwork");
    has(
        "会員登録がお済みの方にのみ案件をお渡ししています",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "このお仕事は会員様限定です。会員登録（入会金9,800円）がお済みの方にのみ案件をお渡ししています。"
    ));
    // Verified identity is the platform's own condition, not a payment.
    assert!(!alerts(
        "本人確認がお済みの方にのみお仕事をお願いしています。"
    ));
    has(
        "we prefer to handle payments off the platform through our payroll",
        "deal.bypass_platform",
    );
    has("Fiverr's fees on my side are crazy", "deal.fee_avoidance");
    has(
        "Could we do future orders over PayPal friends & family?",
        "deal.direct_contract",
    );
    has(
        "To start, you will need to purchase our onboarding package ($149).",
        "scam.pay_to_work",
    );
    lacks(
        "To start, you will need to read the brief and the style guide.",
        "scam.pay_to_work",
    );
    assert!(alerts(
        "今回のお仕事は、専用ソフト（19,800円）を使って行っていただきます。ソフト代は初回報酬ですぐ取り戻せます。"
    ));
    assert!(!alerts(
        "作業にはPhotoshopを使います。お持ちでない方はご相談ください。"
    ));
    has(
        "can we continue this conversation somewhere else?",
        "vague.outside_tool",
    );
    has(
        "ZaloかViberを使っています。どちらかインストールしていただけますか？",
        "invite.contact_there",
    );
    assert!(alerts(
        "仕事の連絡用にZaloかViberを使っています。どちらかインストールしていただけますか？"
    ));
    // Installing an app is the work itself here: no channel, no alert.
    assert!(!alerts(
        "検証用のアプリをインストールしていただけますか？動作確認をお願いします。"
    ));
    assert!(negated(
        "外部での連絡をお願いすることはありませんのでご安心ください。"
    ));
    has(
        "Download the app from the link and register with my referral code.",
        "scam.passive_income",
    );
    has(
        "招待コードを入力して登録してください",
        "scam.passive_income",
    );
    lacks(
        "Enter the promo code WINTER at checkout on the landing page.",
        "scam.passive_income",
    );
    has(
        "you like and review products on our app and earn $50 per day",
        "scam.easy_money",
    );
    assert!(alerts(
        "This is a simple remote task: you like and review products on our app and earn $50-$300 per day. Download the app and register with my referral code."
    ));
    has(
        "I'll close the contract on Upwork after this milestone, and we can continue with invoicing through my company.",
        "deal.bypass_platform",
    );
    has(
        "we can continue with invoicing through my company",
        "deal.direct_contract",
    );
    lacks(
        "Invoicing through Upwork is fine for my company.",
        "deal.direct_contract",
    );
    assert!(!alerts(
        "外部での連絡をお願いすることはありませんのでご安心ください。"
    ));
}

#[test]
fn tools_as_a_document_contracting_directly_and_ids_on_their_way() {
    // How a team uses two tools, as a document to make, is the work's topic.
    assert!(!alerts(
        "社内のSlackとChatworkの使い分けルールをまとめた資料（PowerPoint 10枚）を作ってください。"
    ));
    assert!(alerts(
        "社内の連絡はSlackとChatworkで行っています。どちらかに招待するのでメールアドレスを教えてください。"
    ));
    has(
        "Our company policy is to contract freelancers directly.",
        "deal.direct_contract",
    );
    has(
        "Please send your W-9 and banking details to our accountant.",
        "deal.direct_contract",
    );
    lacks(
        "Upwork pays freelancers through its own system.",
        "deal.direct_contract",
    );
    has("IDお送りしますね", "invite.contact_there");
    assert!(alerts(
        "ウィーチャットで中国の担当者と話していただきたいです。IDお送りしますね。"
    ));
    // A login for the work itself, with no app to talk on.
    assert!(!alerts(
        "WordPressの管理画面のIDをお送りします。記事の入稿をお願いします。"
    ));
}

#[test]
fn remote_access_crypto_pay_own_sites_identity_checks_and_plain_at() {
    has(
        "Please install AnyDesk so our IT person can set it up",
        "channel.remote_access",
    );
    assert!(alerts(
        "Please install AnyDesk so our IT person can set up the software on your computer."
    ));
    // Remote support as the work, asked for on the platform's own terms.
    assert!(!alerts(
        "My PC won't boot. I can share the error screen here; no remote access needed."
    ));
    has(
        "We will pay you in USDT every Friday",
        "deal.direct_contract",
    );
    has(
        "no need to involve Upwork for the weekly payments",
        "deal.bypass_platform",
    );
    assert!(alerts(
        "We will pay you in USDT every Friday, no need to involve Upwork for the weekly payments."
    ));
    // The platform named after a refused app, in the next clause, is no neglect of it.
    assert!(!alerts(
        "I'd prefer not to use Skype or WhatsApp; Fiverr messages work fine for me."
    ));
    has(
        "弊社の採用サイトから改めてエントリーしてください",
        "vague.outside_tool",
    );
    lacks(
        "弊社のサイトから素材画像をダウンロードしてご利用ください",
        "vague.outside_tool",
    );
    has(
        "Please apply again on our careers page.",
        "vague.outside_tool",
    );
    assert!(alerts(
        "ご本人様確認のため、運転免許証の写真を表裏お送りください。確認後にお仕事をご案内します。"
    ));
    assert!(!alerts("検収の確認後に、次のお仕事をご案内します。"));
    assert!(alerts(
        "このまま契約すると手数料がかかってしまうので、一度この契約はキャンセルしていただいて、改めて個別にお支払いさせてください。"
    ));
    assert!(!alerts(
        "日程が合わなくなったため、この契約はキャンセルさせてください。お手数をおかけします。"
    ));
    assert!(alerts(
        "弊社のツールを使えば毎日5,000円の報酬が得られます。ツールは月額2,980円です。"
    ));
    has("robert_k_1958 at yahoo", "contact.email_address");
    lacks(
        "Have a look at yahoo finance for the figures.",
        "contact.email_address",
    );
    has(
        "can you send the draft to my yahoo?",
        "invite.contact_there",
    );
    // A blog post about channels is the topic.
    assert!(!alerts(
        "Write a blog post about the best Telegram channels for crypto news in 2027, 1,500 words."
    ));
}

#[test]
fn business_cards_deals_outside_no_escrow_and_printed_numbers() {
    has(
        "詳細は添付の名刺に記載の連絡先までお願いします",
        "vague.outside_tool",
    );
    lacks(
        "名刺に記載の連絡先は最新のものに差し替えてください",
        "vague.outside_tool",
    );
    has(
        "実際のお取引は外でさせていただけると助かります",
        "deal.bypass_platform",
    );
    lacks("海外でのお取引実績はありますか？", "deal.bypass_platform");
    has(
        "仮払いはなしで、納品後に振り込みます",
        "deal.bypass_platform",
    );
    assert!(!alerts("仮払いなしでの作業開始はお控えください。"));
    assert!(alerts(
        "ご応募いただいた皆様には、まず弊社の「在宅ワーク準備講座」（3日間・無料）を受けていただいています。講座の最終日に、上級プラン（198,000円）のご案内があります。"
    ));
    has(
        "プロフィールのURLから私のサイトに飛べますので、そちらのお問い合わせからご連絡ください",
        "vague.outside_tool",
    );
    has("今後は直接やりましょう", "deal.direct_contract");
    // A footer with the shop's LINE button and number is the piece to make.
    assert!(!alerts(
        "不動産会社のHPに、LINEでのお問い合わせボタンと電話番号を載せたフッターを作ってください。"
    ));
    assert!(alerts(
        "お電話番号を教えていただけますか？詳しくは電話でご説明します。"
    ));
}

#[test]
fn not_written_in_these_messages_and_personally_direct() {
    has(
        "作業内容の詳細はこちらのメッセージには書けない決まりになっているので、別途ご案内させてください。",
        "vague.cannot_here",
    );
    lacks(
        "こちらのメッセージには画像も添付できます。",
        "vague.cannot_here",
    );
    has(
        "2回目からは個人で直接お願いできればと思っています",
        "deal.bypass_platform",
    );
    // The platforms' own direct request (直接依頼) is no bypass.
    assert!(!alerts(
        "プロフィールを拝見し、直接依頼でお仕事をお送りしました。"
    ));
}

#[test]
fn quoted_mailboxes_shoot_me_your_email_and_own_websites() {
    has(
        "送り先は「tanaka.k.office」のgmailです",
        "contact.email_address",
    );
    lacks(
        "件名は「invoice.2026」のままで結構です",
        "contact.email_address",
    );
    has(
        "Shoot me your email and I'll add you to the workspace today.",
        "request.contact_any_verb",
    );
    has("I'll add you to the workspace today", "invite.add_or_join");
    assert!(alerts(
        "Our team is on Slack. Shoot me your email and I'll add you to the workspace today."
    ));
    // Building the Slack workspace's bot is the work.
    assert!(!alerts(
        "We need a Slack bot that posts our build status to the team channel."
    ));
    has(
        "A one-time $45 registration fee is required to receive your login.",
        "scam.pay_to_work",
    );
    has(
        "I'd prefer to work with you through my own website where I post jobs.",
        "deal.direct_contract",
    );
    lacks(
        "I'd prefer to work with you through Upwork's messages.",
        "deal.direct_contract",
    );
}

#[test]
fn spoken_english_numbers_kana_ids_and_platform_only_chats() {
    has(
        "call me: four one five, five five five, zero one nine two",
        "contact.phone_intl",
    );
    assert!(alerts(
        "call me: four one five, five five five, zero one nine two"
    ));
    assert!(!alerts(
        "I need one or two revisions, three to five days each."
    ));
    has(
        "らいんでおねがいします。あいでぃーは hikari_8 です",
        "handle.id",
    );
    assert!(!alerts(
        "「らいん」「ライン」「LINE」の表記ゆれをチェックするExcelマクロを作ってください。"
    ));
    assert!(!alerts(
        "no whatsapp or telegram please, fiverr chat only. thanks!"
    ));
    assert!(alerts(
        "whatsapp or telegram please, fiverr chat is too slow. +1 212 555 0133"
    ));
}

#[test]
fn invoices_starter_kits_phone_and_slot_requests_and_contracts_for_show() {
    has(
        "2件目以降は請求書でのお取引をお願いしております",
        "deal.bypass_platform",
    );
    lacks("請求書の発行をお願いします", "deal.bypass_platform");
    assert!(alerts(
        "ご自宅で商品の梱包をしていただくだけで、1件500円の報酬です。開始時にスターターキット（12,000円）をご購入いただきます。"
    ));
    has(
        "つながりやすい電話番号と時間帯をご返信ください",
        "request.contact_any_verb",
    );
    // A flyer that carries the number is the piece, not a request.
    lacks(
        "電話番号と住所を記載したチラシを作ってください",
        "request.contact_any_verb",
    );
    has(
        "buy the MacBook from our certified vendor using the check we will mail you",
        "scam.fake_check",
    );
    has(
        "今回の購入は取り消しにして、同じ内容をPayPayで直接お願いできたら嬉しいです",
        "deal.bypass_platform",
    );
    has(
        "ランサーズでの契約は形式上のもので、実際の報酬は別でお支払いします",
        "deal.bypass_platform",
    );
    has(
        "実際の報酬はLINE Payで別途お支払いします",
        "deal.direct_contract",
    );
    // Not having a balance on the platform is a reason to move, not a refusal.
    assert!(alerts(
        "hey i dont have fiverr balance, can i just send you money to your paypal and you start?"
    ));
    assert!(!alerts(
        "LINEアイコンの線（ライン）を細くして、オンライン上でも見やすいように調整してください。"
    ));
    assert!(!alerts(
        "お電話番号は、プロフィールに登録していただく必要はありません。クラウドワークス上のやり取りで十分です。"
    ));
}

#[test]
fn integrations_refusals_that_close_an_invitation_and_applications_through() {
    assert!(!alerts(
        "Our app integrates with Slack, Teams and Google Chat. We need documentation for each integration."
    ));
    // ご遠慮ください closes the invitation's own words: it refuses them.
    assert!(!alerts(
        "Chatworkでのご連絡はご遠慮ください。クラウドワークス上でのみ対応いたします。"
    ));
    assert!(negated("LINEでのご連絡はご遠慮ください。"));
    // A refusal of one app on the way to another refuses only the first.
    assert!(alerts(
        "台湾のスタッフとも連携するため、LINEではなくWeChatでのご連絡をお願いできますでしょうか。"
    ));
    assert!(!alerts(
        "外部連絡の申請が通ったとココナラから連絡がありましたので、Zoomのリンクをお送りします。"
    ));
}

#[test]
fn english_pay_first_deals_outside_and_lists_of_refusals() {
    has(
        "After you pay the $250 enrollment, you get lifetime access to our job board.",
        "scam.pay_to_work",
    );
    // "no need for another order" is a reason to leave the platform, not a refusal.
    assert!(alerts(
        "Next time just message me on Instagram and I'll pay you there directly, no need for another order."
    ));
    assert!(!alerts(
        "No need to reply on Instagram, I'll follow up here on Fiverr."
    ));
    has("join our team workspace on Lark", "channel.other_messenger");
    has(
        "I can guarantee 50 orders per week if you buy my promotion package",
        "scam.big_income",
    );
    has(
        "How about we settle the remaining milestones outside with PayPal?",
        "deal.direct_contract",
    );
    has(
        "Complete a $30 verification payment to activate your tasks.",
        "scam.pay_to_work",
    );
    has(
        "I'll tip you $50 if we do the next one privately, without the Fiverr order.",
        "deal.bypass_platform",
    );
    assert!(!alerts(
        "The bottle label needs the batch number 2026-12-0045 and the hotline 0800 123 4567 printed on the back."
    ));
    // "no" heads each refused item of a list.
    assert!(!alerts(
        "Our policy: no personal emails, no phone numbers, no payments off Upwork. Looking forward to working together."
    ));
    assert!(alerts(
        "No problem! Please send your personal email and phone number so HR can call you."
    ));
}

#[test]
fn english_other_accounts_payroll_portals_and_course_sales() {
    has(
        "Ping me on matrix.org, my handle is there",
        "channel.other_messenger",
    );
    assert!(alerts(
        "I'll message you from my personal account so we can talk more freely."
    ));
    assert!(alerts(
        "Check your Instagram requests, I sent you a message there with the details."
    ));
    has(
        "We'd like to onboard you as a contractor through Deel instead.",
        "deal.direct_contract",
    );
    has(
        "Let me know your Telegram so I can send the brief.",
        "request.contact_details",
    );
    has(
        "Please call our office line at 1-800-555-0199 tomorrow.",
        "contact.phone_intl",
    );
    // The work's topic does not excuse asking for the worker's own address.
    assert!(alerts(
        "Drop your gmail in the chat and I'll share the Figma file with edit access."
    ));
    assert!(!alerts(
        "I'll share the Figma file here once the contract starts."
    ));
    assert!(alerts(
        "I run a course that teaches sellers to hit level 2 in a month. $199, and I'll send you buyers afterwards."
    ));
    // A client selling a course who wants work done on it is no scam by itself.
    assert!(!alerts(
        "We run an online course for nurses ($199) and need a new landing page for it."
    ));
    lacks(
        "Reference 1-800-555-0199 is the order batch.",
        "contact.phone_intl",
    );
}

#[test]
fn japanese_contact_requests_in_chatwork_words_and_income_called_certain() {
    assert!(alerts(
        "今後の進行管理はチャットワークで一括しております。お手数ですがアカウント作成後、こちらのIDへコンタクトをお願いします：tanaka_pro77"
    ));
    has(
        "チャットワークでコンタクトをお願いします",
        "invite.add_or_join",
    );
    lacks(
        "コンタクトレンズの商品説明を3本お願いします",
        "invite.add_or_join",
    );
    has("あなたのスキルなら月30万円は固いです。", "scam.big_income");
    lacks(
        "月5万円は予算オーバーなので、内容を絞ります。",
        "scam.big_income",
    );
    assert!(alerts(
        "あなたのスキルなら月30万円は固いです。ただ、その前に弊社のコンサル（初回のみ98,000円）を受けていただく必要があります。"
    ));
}

#[test]
fn ids_led_by_their_literal_keep_their_sense() {
    has("らいんの LINE_ID: kaori_22 です", "handle.id");
    has("IDはkaori_22です", "handle.id");
    has("discord: kenji.dev#4821", "handle.id");
    // The word before the ID is read from where "ID" starts, not one character earlier.
    lacks("会員IDは「CW20261203」です", "handle.id");
    lacks("I paid: 30 dollars", "handle.id");
}

#[test]
fn paid_reviews_own_order_systems_and_platform_filters() {
    assert!(alerts(
        "We pay $35 per five-star review you leave for our partner apps. Reviews are done from your own phone, no experience needed."
    ));
    has("口コミ1件につき500円お支払いします", "scam.paid_reviews");
    // A client promising a review, or paying for written reviews as content, is no scam.
    lacks(
        "Great work! I'll leave you a five-star review once the order is done.",
        "scam.paid_reviews",
    );
    assert!(!alerts(
        "Write 10 product reviews for our blog; we pay $20 per review."
    ));
    assert!(alerts(
        "長くお付き合いしたいので、次回からは弊社の発注システムから直接ご依頼させてください。クラウドワークスより単価を上げられます。"
    ));
    lacks(
        "クラウドワークスの直接依頼機能でご依頼します",
        "deal.direct_contract",
    );
    assert!(alerts(
        "当社の案件を受けるには、まずスキルアップ講座（49,800円）の修了が条件となります。修了者には月20件以上の案件を優先的にお渡ししています。"
    ));
    assert!(alerts(
        "I can't share my contact here because of Fiverr's filter, but if you google my studio name \"Brightline Motion\" you'll find my details."
    ));
    // Refusing to share, for the platform's rules, stays clean.
    assert!(!alerts(
        "Sorry, I can't share my email here - Fiverr's rules. Let's continue in the order chat."
    ));
    lacks(
        "Please set up our Google My Business page and add the opening hours.",
        "vague.search_me",
    );
}

#[test]
fn an_address_given_as_its_local_part() {
    has("アドレスは tanaka.office です", "handle.id");
    assert!(alerts(
        "資料はＧメールで送ります。アドレスは tanaka.office ＋ じーめーるどっとこむ です。"
    ));
    // A web address is no handle.
    lacks("サイトのアドレスは www.shop-hanako.jp です", "handle.id");
    lacks("アドレスは後ほど契約画面でご確認ください", "handle.id");
    assert!(alerts(
        "お急ぎの場合はこちらまで。ぜろきゅうぜろ の いちにさんよん の ごーろくななはち"
    ));
}

#[test]
fn english_like_and_share_tasks_sessions_to_pay_for_and_colleagues_elsewhere() {
    assert!(alerts(
        "Earn up to $800 weekly by liking and sharing posts. Training takes 10 minutes, starter deposit is just $30."
    ));
    assert!(alerts(
        "My email is in my profile picture, please write me there so we can sign the NDA."
    ));
    // A number printed on the work is its content.
    assert!(!alerts(
        "Our phone number is on the banner, please make it bigger."
    ));
    assert!(alerts(
        "Let's set up a WeChat group with my team in Shenzhen, please scan the code I'll send you."
    ));
    lacks(
        "Scan the barcode on the label to check the batch.",
        "invite.add_or_join",
    );
    assert!(alerts(
        "Our crypto trading mentor helped me make $3k a month. I can introduce you, the first session costs $150."
    ));
    lacks("I made $3k last month from this gig.", "scam.big_income");
    assert!(alerts(
        "My colleague will reach out on LinkedIn to finalize everything, please accept her request."
    ));
    assert!(!alerts(
        "Please accept the contract offer I sent on Upwork."
    ));
}

#[test]
fn addresses_to_use_messengers_asked_for_and_rates_kept_off_the_platform() {
    assert!(alerts(
        "I'd like to send you a detailed brief with reference videos, but Fiverr compresses them. Could you give me an email address I can use? A personal one is fine."
    ));
    assert!(alerts(
        "Thanks for applying. For privacy reasons we don't discuss rates on Upwork. Let me know which messenger you use and I'll reach out with the numbers."
    ));
    assert!(!alerts("Which app do you use for invoicing? We use Xero."));
    assert!(alerts(
        "出品者様の収益を3倍にする方法をお伝えしています。ご興味があれば、まずは無料の動画講座をご覧ください。最後に特別価格の個別コンサルのご案内があります。"
    ));
    assert!(!alerts("売上を2倍にするためのLPを作ってほしいです。"));
}

#[test]
fn spoken_numbers_after_directly_zelle_instead_and_an_unsafe_platform_chat() {
    has(
        "Best to call me directly: five five five, two one two, nine eight seven six.",
        "contact.phone_intl",
    );
    lacks(
        "Call the hotline directly for the 555 212 9876 ticket? No, use the form.",
        "contact.phone_intl",
    );
    assert!(alerts(
        "Fiverr holds my payments for two weeks. Can you accept Zelle instead? I'll pay the same rate."
    ));
    assert!(alerts(
        "Upwork's chat isn't secure enough for our client's data. Do you have an encrypted app we could use instead?"
    ));
    assert!(!alerts(
        "Our app's chat isn't secure enough yet; we need you to add end-to-end encryption."
    ));
}

#[test]
fn buffers_kept_between_messages_change_no_result() {
    // Screening reuses one set of buffers per thread: a long message, one that spells out
    // an address (normalisation rebuilds its text), an empty one and plain ones, in turn,
    // must each come out as with buffers of their own.
    let long = format!(
        "{}LINEのIDは aoi_0721 です。",
        "ご相談の件、承知しました。".repeat(400)
    );
    let messages = [
        long.as_str(),
        "ご興味あれば、緑のアプリでお話ししませんか？IDは aoi_0721 です",
        "進捗は sato.pm アットマーク gmail ドット com までお願いします",
        "",
        "納期の件、承知しました。1日延長で問題ありません。",
        "Let's continue on WhatsApp: +1 415 555 0137",
        long.as_str(),
        "ID：minato_pr",
    ];
    for round in 0..2 {
        for m in messages {
            let fresh = SCREENER.screen_with(m, &mut Work::default());
            assert_eq!(SCREENER.screen(m), fresh, "round {round}: {m:.40}");
        }
    }
    // A long message's buffers are given back, not kept: what is left is empty.
    SCREENER.screen(&long);
    WORK.with(|w| assert_eq!(w.borrow().norm.text(), ""));
    SCREENER.screen("ID：minato_pr");
    WORK.with(|w| assert_eq!(w.borrow().norm.text(), "id:minato_pr"));
}

#[test]
fn purpose_and_condition_clauses_refuse_nothing() {
    // "so we don't lose time", "if you don't mind": why or when, not a refusal.
    for t in [
        "Ping me on Telegram @mark_hollis_dev so we don't lose time.",
        "If you don't mind, add me on WhatsApp: +1 415 555 0137",
        "Text me on Telegram so I won't miss your questions.",
    ] {
        assert!(alerts(t), "{t}");
        assert!(!negated(t), "{t}");
    }
    // Refusals still refuse, with or without such a clause.
    quiet(&[
        "We don't use Skype, so please stay on Upwork.",
        "I'd rather you didn't add me on WhatsApp, so we don't get in trouble.",
        "Please don't send your phone number here, so we don't break the rules.",
    ]);
}

#[test]
fn fees_for_a_kit_or_a_registration_and_referral_commissions() {
    for t in [
        "Before onboarding, every contractor buys our $89 starter toolkit. It's refunded after your first three tasks.",
        "You've been selected for our ambassador program! Just pay the $49 registration and you'll earn commission on every referral.",
    ] {
        assert!(alerts(t), "{t}");
    }
    has(
        "Just pay the $49 registration to begin.",
        "scam.upfront_fee",
    );
    has(
        "Earn a bonus from every referral you bring.",
        "scam.passive_income",
    );
    // The client paying, or the worker's product priced: no fee asked of the worker.
    lacks(
        "I'll pay the $300 milestone once the registration page is live.",
        "scam.upfront_fee",
    );
    quiet(&[
        "I'll pay the $300 milestone once the registration page is live.",
        "Our customers buy our $89 starter toolkit on the website; please write its product page.",
        "The referral page should say that members earn rewards for every referral.",
    ]);
}

#[test]
fn a_direct_line_leaving_a_number_and_an_address_in_a_footer() {
    alerts_by(&[
        (
            "For faster coordination, reach me on my direct line, 347.555.0174, anytime after 9am.",
            "contact.phone_intl",
        ),
        (
            "Can we talk on the phone? Just leave your number and I'll call you tonight.",
            "request.contact_details",
        ),
        (
            "Can we talk on the phone? Leave me your number, I'll call you tonight.",
            "request.contact_details",
        ),
        (
            "Could you drop me a line at the address in my company website's footer?",
            "vague.search_me",
        ),
        (
            "もう少し気軽に話せる場所に移動しませんか？",
            "vague.search_me",
        ),
    ]);
    quiet(&[
        "Please leave your email field optional on the signup form.",
        "Leave your number field empty if the user skips it.",
        "Put the address in our website's footer, next to the phone icon.",
        "The hotel's phone is listed in the brochure as 555-0148; please keep it as is.",
        "打ち合わせは、落ち着いて話せる場所としてZoomのブレイクアウトを使います。",
    ]);
}

#[test]
fn rating_apps_for_money_and_a_fee_to_activate_an_account() {
    let t = "You rate apps on the Play Store and get $5 for each one, but first you need to activate your worker account with a $30 fee.";
    has(t, "scam.paid_reviews");
    has(t, "scam.pay_to_work");
    assert!(alerts(t));
    quiet(&[
        "We need someone to review products for our tech blog, $40 per post.",
        "Users can upgrade their account for $9 a month; please design the pricing page.",
    ]);
}

#[test]
fn spoken_digits_after_a_number_run_and_before_the_copula() {
    use super::normalize::normalize;
    let n = |s: &str| normalize(s).text().to_string();
    // A katakana or ASCII run counts towards the ten digits a hiragana series needs.
    assert_eq!(
        n("ゼロキュウゼロの、いちにさんよんの、ごろくななはち です"),
        "090の、1234の、5678 です"
    );
    assert_eq!(
        n("携帯は090の、いちにさんよんの、ごろくななはちです。"),
        "携帯は090の、1234の、5678です。"
    );
    // Particles and short runs stay words, a number before them or not.
    assert_eq!(
        n("3人のにさんにちの予定です。"),
        "3人のにさんにちの予定です。"
    );
    assert_eq!(n("品番12345678の、にし"), "品番12345678の、にし");
    assert_eq!(n("にのみや"), "にのみや");
    has(
        "お急ぎの場合はこちらの携帯まで。ゼロキュウゼロの、いちにさんよんの、ごろくななはち です。",
        "contact.phone_jp",
    );
}

#[test]
fn english_fees_and_moves_of_the_sixteenth_round() {
    alerts_by(&[
        (
            "まずは当社の認定ライター講座（受講料39,800円）を修了していただき、その後に案件を優先的にお回しします。",
            "scam.pay_to_work",
        ),
        (
            "I'd rather not discuss the budget in this chat. Is there a better channel where we can talk freely?",
            "vague.search_me",
        ),
        (
            "Fiverr holds the money for 14 days. Can we settle future jobs via Venmo?",
            "deal.direct_contract",
        ),
        (
            "Membership is $25/month and gives you access to exclusive high-paying clients.",
            "scam.pay_to_work",
        ),
        (
            "Give me a ring when you get a chance: 0044 7700 900123, that's my UK mobile.",
            "contact.phone_intl",
        ),
        (
            "Congratulations, you qualify for our data-entry program! Send the $60 equipment fee by Zelle to reserve your spot.",
            "scam.upfront_fee",
        ),
    ]);
    quiet(&[
        "We need a better app where we can chat with our customers in real time; please build the MVP.",
        "The shipping fee is $12 and the reservation deposit page needs a new layout.",
        "Our course gives students access to exclusive job boards; write the sales page.",
        "Order 0012 3456 7890 shipped on Monday.",
    ]);
    // A price is quoted whole, not up to the pattern's first digit.
    let s = SCREENER
        .screen("Membership is $25/month and gives you access to exclusive high-paying clients.");
    assert!(
        s.findings.iter().any(|f| f.excerpt == "Membership is $25"),
        "{:?}",
        s.findings
    );
    let s = SCREENER.screen("You must activate your worker account with a $30.50 fee.");
    assert!(
        s.findings.iter().any(|f| f.excerpt.ends_with("$30.50")),
        "{:?}",
        s.findings
    );
}

#[test]
fn mind_if_we_continue_there_tips_on_paypal_and_a_handle_to_search() {
    alerts_by(&[
        (
            "Mind if we continue on Signal? It's the only app that works for me.",
            "invite.contact_there",
        ),
        ("Let's continue this on Signal.", "invite.contact_there"),
        ("Mind if we switch to WhatsApp?", "invite.contact_there"),
        (
            "Cancel the order and I'll tip you the full amount on PayPal instead.",
            "deal.direct_contract",
        ),
        (
            "I only use Kik these days. Search for my name, daniel_ko, and send a hello.",
            "vague.search_me",
        ),
        (
            "We pay $300 per week for liking and reviewing hotel listings.",
            "scam.paid_reviews",
        ),
    ]);
    // "we chat" is two words unless the app's ID or name follows.
    lacks("Can we chat tomorrow about the scope?", "channel.wechat");
    lacks(
        "Ok if we chat on the platform's video call tomorrow?",
        "channel.wechat",
    );
    has("My we chat id is lin8812", "channel.wechat");
    has("Add me on we-chat please", "channel.wechat");
    quiet(&[
        "Ok if we chat on the platform's video call tomorrow?",
        "We pay $40 per week for reviewing products on our blog.",
        "Users can search for my_handle.2 in the app.",
    ]);
}

#[test]
fn invited_into_their_workspace_mailed_files_and_small_prices_as_the_way_in() {
    alerts_by(&[
        (
            "社内ではLINE WORKSを使っているので、そちらにゲストとして招待してもよろしいですか？",
            "invite.contact_there",
        ),
        (
            "専用アプリのダウンロード料2,000円だけで、すぐに始められます。",
            "scam.easy_money",
        ),
        (
            "Before I place the order, you'll need to buy our brand's sample kit for $45.",
            "scam.pay_to_work",
        ),
        (
            "元データをメールに送ってください。アドレスは取引後にお伝えします。",
            "channel.personal_email",
        ),
        (
            "Join my trading mentorship and I'll show you how my students make $2,000 a week.",
            "scam.investment",
        ),
        (
            "外部経由の発注ができません。直接の業務委託契約に切り替えさせてください。",
            "deal.direct_contract",
        ),
    ]);
    quiet(&[
        "お仕事に招待させていただきました。ご確認ください。",
        "Write a landing page for our trading course; the spots are limited to 20 students.",
        "アプリのダウンロードページのデザインをお願いします。",
        "正社員として直接雇用された方の体験談を記事にしてください。",
        "Before we start the project, you need to buy a Figma license.",
    ]);
}

#[test]
fn recruiting_commissions_franchise_owners_and_a_deposit_returned_later() {
    alerts_by(&[
        (
            "Our partners earn a 30% commission by signing up new freelancers. The sign-up kit costs only $79.",
            "scam.passive_income",
        ),
        (
            "あなたもオーナーになれます。加盟金30万円で、仕組みはすべてこちらでご用意します。",
            "scam.investment",
        ),
        (
            "To join our team you first deposit $150 into our escrow wallet; it's returned with your first payout.",
            "scam.upfront_fee",
        ),
    ]);
    quiet(&[
        "The app pays sellers a 10% commission for referring new users; design the referral screen.",
        "Your deposit is returned within 5 days if the rental car comes back clean; please translate this notice.",
        "フランチャイズのオーナー募集ページのデザインをお願いします。",
        "The draft came back returned with comments; the course page costs $50 to host.",
    ]);
}

#[test]
fn a_condition_on_the_fee_counts_beside_the_fee() {
    // The condition (最初に, before work starts) shares the fee's words but says more.
    alerts_by(&[
        (
            "ただし最初に専用ソフトの購入（34,800円）が必要になります。",
            "scam.pay_to_work",
        ),
        (
            "業務開始の前に、研修費として12,000円をお支払いいただく必要がございます。",
            "scam.pay_to_work",
        ),
        (
            "You need to pay a one-time $60 verification fee to unlock the dashboard.",
            "scam.pay_to_work",
        ),
    ]);
    quiet(&[
        "研修費は弊社が負担しますので、ご安心ください。",
        "ソフトの購入費用（34,800円）は経費として精算します。",
        "The dashboard shows the verification fee Stripe charges us.",
        "Before we start the project, you need to buy a Figma license.",
    ]);
}

#[test]
fn own_paperwork_no_platform_between_and_engagement_tasks() {
    alerts_by(&[
        (
            "I'll set you up as a contractor with our company directly, no platform in between.",
            "deal.direct_contract",
        ),
        (
            "Our legal team prefers to sign freelancers on our own paperwork rather than through Upwork.",
            "deal.direct_contract",
        ),
        (
            "We pay $5 for every YouTube video you like and subscribe to. Contact our coordinator to start earning today.",
            "scam.paid_reviews",
        ),
        (
            "投資の勉強会を主催しております。少額からでも資産を増やせる方法をお伝えしています。",
            "scam.seminar",
        ),
        (
            "Hit me up on Discord, username is pixelpete#4421, we have a channel for the whole team there.",
            "invite.contact_there",
        ),
    ]);
    quiet(&[
        "We'd like to hire you as a contractor for our company through Upwork.",
        "Our legal team will review the NDA; we sign it here on Upwork.",
        "Write a script for a video that asks viewers to like and subscribe to our channel.",
        "資産運用の勉強会を主催している団体の紹介記事を書いてください。",
        "Please write 20 Telegram channel post ideas for our news brand.",
        "I need a landing page with a Telegram channel link in the footer.",
    ]);
}

#[test]
fn a_particle_that_starts_a_katakana_word_is_no_particle() {
    // DMデザイン is direct-mail design, not "by DM".
    quiet(&["会員番号 0901234 のお客様向けのDMデザインです。"]);
    alerts_by(&[("DMで送ってください。", "channel.sns_dm")]);
}

#[test]
fn fees_too_big_a_first_assignment_that_costs_and_seats_running_out() {
    alerts_by(&[
        (
            "ココナラさんの手数料が思ったより大きいので、2回目からは銀行振込でのお取引に変えていただくことは可能ですか？",
            "deal.direct_contract",
        ),
        (
            "Before your first assignment, you must complete our certification, which costs $89. Most of our writers make it back in a week.",
            "scam.pay_to_work",
        ),
        (
            "I left my contact in my bio, please reach me there for the full brief.",
            "vague.search_me",
        ),
        (
            "I run a team that earns $300/day liking hotel listings. Training is free, you only buy the starter credits.",
            "scam.paid_reviews",
        ),
        (
            "We use Microsoft Teams for everything internal. Send over your personal Outlook and I'll get you added.",
            "request.contact_details",
        ),
        (
            "We're a crypto startup looking for ambassadors. Stake at least 500 USDT to qualify for the weekly rewards.",
            "scam.pay_to_work",
        ),
        (
            "私の元で学べば3ヶ月で独立できます。個別コンサルの枠が残り2名なので、早めにご決断ください。",
            "scam.urgency",
        ),
        (
            "モニター価格で受講できるのは今月末までです。受講料は通常198,000円のところ98,000円になります。",
            "scam.urgency",
        ),
    ]);
    quiet(&[
        "手数料が大きいのは承知していますので、クラウドワークスの仮払いでお願いします。",
        "請求書での支払いに変更になった経緯を社内向けに説明する文書を作ってください。",
        "Before your first assignment, please read our style guide; it costs nothing and takes 10 minutes.",
        "You'll make it back in the next sprint, no worries about the delay.",
        "I put my portfolio links in my profile; the client can check them there.",
        "The app lets users earn points by rating restaurants; design the rewards screen.",
        "I'll get you added to the project as a second freelancer on Upwork.",
        "セミナーの席は残り5席です、という告知文を作成してください。",
        "通常価格5,000円のところ3,000円で提供するキャンペーンのバナーをお願いします。",
        "早めにご判断いただけると助かります。納期が迫っておりますので。",
    ]);
}

#[test]
fn lookalike_sites_forms_for_show_and_engagement_jobs() {
    alerts_by(&[
        (
            "Your account will be suspended unless you verify your identity at upwork-verify-center.com within 24 hours.",
            "contact.lookalike_site",
        ),
        (
            "Our client will mail you a check for $2,800. Keep $300 as your fee and send the rest to our equipment vendor.",
            "scam.pay_first",
        ),
        (
            "The contract here is just a formality. The real payments will go through my company's portal.",
            "deal.bypass_platform",
        ),
        (
            "Work from your phone, 1 hour a day, $150 daily. Message me for the link to our training group.",
            "scam.easy_money",
        ),
        (
            "I've sent you a connection request on Skype under Robert Hale, please accept so we can talk.",
            "invite.add_or_join",
        ),
        (
            "Add me where we can chat without the message limit, you know what I mean.",
            "vague.search_me",
        ),
        (
            "You'll need to open an account with our partner bank and deposit $100 to verify it.",
            "scam.upfront_fee",
        ),
        (
            "I'll pay 30% upfront via crypto and the rest when you deliver, no need to go through milestones.",
            "deal.direct_contract",
        ),
        (
            "Hello dear, you have been picked for a part-time role rating movies online, earn $200–$800 weekly.",
            "scam.big_income",
        ),
    ]);
    quiet(&[
        "Please update the links on support.upwork.com and www.fiverr.com in the guide.",
        "Use upwork-login.example as the sample domain in the slides.",
        "フィッシングサイト（crowdworks-login.com など）の見分け方を解説する記事をお願いします。",
        "The NDA is just a formality, you can start right away.",
        "I can pay $150 a day for this, roughly 5 days of work.",
        "Our payments go through Upwork as usual.",
        "I need about one hour a day of VA support, paid hourly here.",
        "I'll pay 30% upfront through Upwork milestones.",
    ]);
}

#[test]
fn counselling_then_a_course_a_paid_aptitude_test_and_rules_as_the_excuse() {
    alerts_by(&[
        (
            "当社は在宅ワーカーを育成する会社です。まずは無料カウンセリングを受けていただき、その後コースをお選びいただきます。",
            "scam.pay_to_work",
        ),
        (
            "添付がうまくいかないので、ヤフーのメアドに送っていただけますか？",
            "channel.personal_email",
        ),
        (
            "詳しい条件は、こちらの規約上お伝えできないので、外で改めてご説明させてください。",
            "vague.talk_outside",
        ),
        (
            "次回以降は業務委託という形でこちらと直接お仕事をしていただけたら嬉しいです。",
            "deal.direct_contract",
        ),
        (
            "応募者全員に、まずは5,500円の適性検査を受けていただいております。",
            "scam.pay_to_work",
        ),
    ]);
    quiet(&[
        "無料カウンセリングを受けていただけるサロンの紹介記事をお願いします。",
        "その後、プランをお選びいただける料金ページのデザインをお願いします。",
        "Yahooのメールに届いた問い合わせを整理してください。",
        "規約上お伝えできない部分は伏せ字にしてください。",
        "規約上、外部の連絡先はお伝えできませんので、すべてランサーズのメッセージでお願いいたします。",
        "手数料の件もありますので、見積もりは税込でお願いします。",
        "3,000円の講座を受講した方向けのアンケートを作成してください。",
        "応募者全員に、1,000円の謝礼をお支払いします。",
    ]);
}

#[test]
fn a_purchase_order_instead_paid_certifications_and_money_passed_on() {
    alerts_by(&[
        (
            "ご提案金額で問題ありません。ただ、ランサーズの契約ではなく、弊社の発注書でお願いできればと思います。",
            "deal.bypass_platform",
        ),
        (
            "All my freelancers are on our Telegram group. Want in? Reply with your @.",
            "request.contact_details",
        ),
        (
            "We only work with writers who hold our $49 content certification. Once certified, you'll get steady orders.",
            "scam.pay_to_work",
        ),
        (
            "The messages here get delayed a lot. Is there a quicker way we could talk?",
            "vague.outside_tool",
        ),
        (
            "You'll be trained as a remote payment processor. Receive funds into your account and forward them to our suppliers, keeping 10%.",
            "scam.fake_check",
        ),
        (
            "ご自身の口座に振り込まれたお金を、指定の口座へ送金してください。",
            "scam.fake_check",
        ),
    ]);
    quiet(&[
        "LINE公式アカウントの友だち追加特典を考えるお仕事です。アイデアを10個ください。",
        "Once you're verified on Upwork, you'll get access to more job invites.",
        "Write landing copy for our $49 course on photography basics.",
        "Is there an easier way to export the report from the dashboard?",
        "Stripe is our payment processor; you'll receive payouts through Upwork.",
        "口座に振り込まれたお金を確認したら、送金完了のメールが届きます。この文面を英訳してください。",
        "ランサーズの契約ではなく、別の案件として改めてランサーズでご依頼します。",
    ]);
}

#[test]
fn placement_guarantees_personal_inboxes_and_paid_circles() {
    alerts_by(&[
        (
            "Earn while you learn! Our 6-week program ($299) guarantees job placement with our partner clients.",
            "scam.pay_to_work",
        ),
        (
            "Please reach me at my personal inbox, it's on my website under contact.",
            "channel.personal_email",
        ),
        (
            "オンラインサロンの会員になると、お仕事を優先的に紹介してもらえます。月会費は5,000円です。",
            "scam.pay_to_work",
        ),
    ]);
    quiet(&[
        "Our hosting plan guarantees 99.9% uptime; write the FAQ for it.",
        "The report goes to my personal inbox on Fridays, no action needed from you.",
        "サロンの月会費は5,000円です、とLPに記載してください。",
        "会員になると割引が受けられる仕組みのページを作ってください。",
    ]);
}

#[test]
fn private_chats_proceeding_by_buying_and_returns_by_the_week() {
    alerts_by(&[
        (
            "I'd prefer to keep our chats somewhere more private, if that's alright with you.",
            "vague.outside_tool",
        ),
        (
            "We're hiring remote data-entry assistants at $45/hour. To proceed, buy the required software license from our vendor.",
            "scam.pay_to_work",
        ),
        (
            "Need a quick voice chat before I order. What's a number I can call you on?",
            "request.contact_details",
        ),
        (
            "Want to make extra cash? We pay freelancers to post 5-star reviews on Google Maps for local businesses.",
            "scam.paid_reviews",
        ),
        (
            "Join our investment club for freelancers — we pool earnings into crypto and you get weekly returns.",
            "scam.passive_income",
        ),
        (
            "I'd like to talk with you off the record about a much larger project.",
            "vague.outside_tool",
        ),
        (
            "I'm on Line too if you use it, my ID is mikey_fr.",
            "invite.contact_there",
        ),
    ]);
    quiet(&[
        "To proceed, please approve the milestone and I'll start right away.",
        "We pay writers to write product reviews for our blog; 1,500 words each.",
        "Write an FAQ for our fund: what are weekly returns and how are they calculated?",
        "Keep the chat history somewhere safe, we may need it for the dispute.",
        "Please check the \"off the record\" quotes in the interview transcript.",
    ]);
}

#[test]
fn the_clients_own_channel_a_kit_paid_in_and_stickers_as_the_work() {
    alerts_by(&[
        (
            "弊社はMicrosoft Teamsで業務連絡をしていますので、アカウントを作成していただけますか？",
            "invite.contact_there",
        ),
        (
            "ご自宅で簡単にできる内職です。最初にキット代として8,800円をお振り込みいただければ、材料をお送りします。",
            "scam.upfront_fee",
        ),
        (
            "ワッツアップのアカウントがあれば、そちらで連絡を取りたいです。",
            "invite.contact_there",
        ),
    ]);
    quiet(&[
        "LINEで使える挨拶スタンプを8種類描いていただけますか？",
        "Figmaのアカウントを作成していただけますか？招待は本サイトのメッセージでお送りします。",
        "弊社はクラウドワークスのメッセージで業務連絡をしています。",
        "送料として800円をお振り込みいただく形の通販サイトの文章をお願いします。",
    ]);
}

#[test]
fn invoices_by_email_a_community_of_ones_own_and_fees_to_join() {
    alerts_by(&[
        (
            "My accountant prefers we don't use Upwork for ongoing work. Could you send invoices to our finance team by email instead?",
            "deal.bypass_platform",
        ),
        (
            "あなたのスキルなら、月収50万円も夢ではありません。私が主宰するコミュニティで一緒に学びませんか？",
            "scam.seminar",
        ),
        (
            "Before I can send the project files, you'll need to install our time-tracking app and pay the $20 license.",
            "scam.upfront_fee",
        ),
        (
            "Let's take this somewhere we can share files freely. What do you use besides Fiverr?",
            "vague.outside_tool",
        ),
        (
            "入会金3万円で、毎月安定してお仕事をご紹介できます。",
            "scam.pay_to_work",
        ),
        (
            "We're an agency and we resell your gigs. To join, pay our $99 membership and get 10x more orders.",
            "scam.big_income",
        ),
    ]);
    quiet(&[
        "Please don't use Upwork for personal messages, keep it about the project.",
        "Send your invoices through Upwork; we don't accept them by email.",
        "この手法なら、全国展開も夢ではありません、というコピーをお願いします。",
        "Please pay the $12 hosting fee from the client budget we agreed on Upwork.",
        "入会金で運営されている団体の紹介記事をお願いします。",
        "The new landing page brought 3x more orders last month.",
    ]);
}

#[test]
fn an_apps_id_asked_for_gig_ranks_bought_and_channels_that_are_not_the_platform() {
    alerts_by(&[
        (
            "Our team uses WeChat and DingTalk. Please share your WeChat ID so we can add you.",
            "request.contact_details",
        ),
        (
            "I can make your gig rank #1 in 48 hours. Just send $50 to my PayPal and I'll do the rest.",
            "scam.upfront_fee",
        ),
        (
            "I'll send the details through a channel that isn't Upwork. Which one do you prefer?",
            "vague.search_me",
        ),
        (
            "Are you on any other platforms where we could talk more freely?",
            "vague.search_me",
        ),
        (
            "私たちのコミュニティに入れば、あなたも毎月10万円の不労所得が得られます。",
            "scam.easy_money",
        ),
    ]);
    quiet(&[
        "Design an Instagram post; share your Instagram portfolio link in the proposal here.",
        "Please share your WeChat mini-program experience in the proposal.",
        "I'll send $50 to your Upwork contract as a bonus.",
        "Which app that isn't too heavy would you recommend for our landing page animations?",
        "私たちのチームで作った収入管理アプリのLPをお願いします。",
    ]);
}

#[test]
fn a_second_claim_of_one_solicitation_rule_in_another_sentence() {
    // Two sentences, two claims of scam.upfront_fee: a pitch.
    assert!(alerts(
        "副業スクールの受講料（128,000円）をご案内しています。分割払いもできます。"
    ));
    // A list in one sentence is one thing said, and here it is denied.
    quiet(&[
        "弊社では登録料や教材費などを頂戴することは一切ございません。安心してご応募ください。",
        "入会金と月会費の比較表を作ってください。",
    ]);
}

#[test]
fn mules_credentials_prizes_and_fees_before_earnings() {
    alerts_by(&[
        (
            "The role is simple: accept parcels at your address, repackage them and ship them to our buyers overseas.",
            "scam.mule",
        ),
        (
            "自宅で荷物を受け取って、指定の住所に転送するだけの簡単なお仕事です。",
            "scam.mule",
        ),
        (
            "Payments from our customers will land in your account; transfer them to our supplier and keep 10%.",
            "scam.mule",
        ),
        (
            "Before your first payout, please send a photo of your passport and your PayPal password for verification.",
            "scam.credentials",
        ),
        (
            "To receive your salary we use a crypto wallet. Send me the 12-word recovery phrase once it's set up.",
            "scam.credentials",
        ),
        (
            "当選おめでとうございます！賞金を受け取るには、事務手数料3,000円のお振込みが必要です。",
            "scam.pay_to_work",
        ),
        (
            "To release your earnings, a one-time clearance fee of $60 has to be paid first.",
            "scam.pay_to_work",
        ),
        (
            "お仕事を始めるには、クレジットカードの表裏の画像を提出していただく必要があります。",
            "scam.credentials",
        ),
        (
            "Every tester must buy a $40 device license before they get assignments.",
            "scam.pay_to_work",
        ),
        (
            "You need to purchase the tablet from our approved store; the cost is refunded via payroll.",
            "scam.pay_to_work",
        ),
        (
            "Your profile was selected for our partner program. Pay $45 to our onboarding team to activate it.",
            "scam.upfront_fee",
        ),
        (
            "Congrats, you were chosen for the writers' club. Membership for just $59 gives you access to clients.",
            "scam.upfront_fee",
        ),
        (
            "作業用の専用ソフトを12,000円でご案内しています。ご購入いただく必要がありますのでご了承ください。",
            "scam.upfront_fee",
        ),
        (
            "教材費（19,800円）を先にお支払いいただければ、すぐにお仕事をお渡しします。",
            "scam.upfront_fee",
        ),
        (
            "Laptops will be purchased by you and reimbursed by our accounts team.",
            "scam.reimburse",
        ),
    ]);
    quiet(&[
        "Write a blog post on reshipping scams and how freelancers can avoid them.",
        "We keep 10% of the budget as a contingency; the rest goes to milestones.",
        "Your payment will be deposited into your account once I approve the milestone.",
        "Please send them to our clients abroad once the translations are approved.",
        "Please design a mock-up of a bank card for our fintech app's onboarding screen.",
        "通帳アプリの画面デザインを3パターンお願いします。",
        "報酬の受け取りには、クラウドワークスの本人確認が必要です。",
        "お仕事を受けるには、ポートフォリオの提出が必要です。",
        "To process your payment faster, please submit the milestone today.",
        "Our premium plan for $29 a month includes analytics; please add that to the pricing page.",
        "Equipment will be provided by us and shipped to you before the shoot.",
    ]);
}

#[test]
fn secrecy_another_contact_and_what_the_platform_forbids() {
    alerts_by(&[
        (
            "Let's do the next one directly between us, Upwork never needs to know.",
            "bypass.hide",
        ),
        (
            "Got another contact? I have a file Upwork doesn't allow here.",
            "vague.outside_tool",
        ),
        (
            "Do you use any chat apps? Upwork's chat is clunky.",
            "invite.contact_there",
        ),
        (
            "What's a good number to reach you on?",
            "request.contact_details",
        ),
        (
            "I need a number to call you on before Friday.",
            "request.contact_details",
        ),
        (
            "Let's move this elsewhere, I don't like discussing rates on this site.",
            "vague.outside_tool",
        ),
        (
            "企画の詳細はオープンチャットで流しています。招待リンクをお送りしますね。",
            "channel.line_alias",
        ),
        (
            "最新情報は公式アカウントで配信しています。QRコードを読み取って登録してください。",
            "channel.line_alias",
        ),
    ]);
    quiet(&[
        "You never need to know SQL for this task; the dashboard does it.",
        "The client will know the results by Friday.",
        "Fiverr doesn't let us share emails yet, so post the drafts in this thread.",
        "LINEオープンチャットの運営ルールをまとめた資料を作成してください。",
        "店頭POPに載せるQRコードを読み取って登録する流れのチラシ文面を考えてください。",
        "手数料がかからない送金方法についての記事を書いてほしいです。",
        "個人間の直接取引に関する注意喚起のコラムをお願いします。",
    ]);
}

#[test]
fn fees_denied_in_their_own_clause_ask_for_nothing() {
    quiet(&[
        "セミナーへの参加や教材の購入は一切必要ありません。",
        "研修費や登録料はいただいておりません。報酬はクラウドワークス経由です。",
        "The certification course is not required; your portfolio is enough.",
    ]);
    // The denial of something else, after a comma, leaves the fee standing; "free" is bait.
    assert!(alerts(
        "登録料5,000円のみで、経験は不要です。すぐに始められます。"
    ));
    assert!(alerts(
        "副業で月30万円稼ぐ方法を無料で公開中です。下記URLから登録してください。"
    ));
}

#[test]
fn cheaper_elsewhere_individual_contracts_and_profile_sites() {
    alerts_by(&[
        (
            "次回からは公式LINEからご予約いただけます。そちらのほうが割安です。",
            "deal.fee_avoidance",
        ),
        (
            "今後は直接のほうがお安くできますので、ご検討ください。",
            "deal.fee_avoidance",
        ),
        (
            "この案件が終わったら、業務委託契約を個別に締結させてください。",
            "deal.direct_contract",
        ),
        (
            "ココナラでの取引は今回で最後にして、次回からは振込でお願いします。",
            "deal.bypass_platform",
        ),
        (
            "ご依頼はプロフィールに載せているホームページからお問い合わせください。",
            "vague.search_me",
        ),
        (
            "こちらのサイト上では細かい条件が決めにくいので、別の方法でご相談させてください。",
            "vague.outside_tool",
        ),
        (
            "ご連絡用に、携帯番号のご記入をお願いいたします。",
            "request.contact_details",
        ),
    ]);
    quiet(&[
        "クラウドワークスでの契約は今回で終了となります。ありがとうございました。",
        "直接の取引先向けの挨拶文を、丁寧な敬語で作成してください。",
        "こちらのプランのほうがお安くなっていますので、ご検討ください。",
        "プロフィールに載せているポートフォリオサイトも拝見しました。",
        "LINEで配信するクーポン画像を、サイズ違いで2枚作ってください。",
    ]);
}

#[test]
fn english_tiers_mentors_recruits_and_private_talk() {
    alerts_by(&[
        (
            "Is there a better way for me to reach you? Upwork chat is slow.",
            "vague.outside_tool",
        ),
        (
            "Let's discuss this privately, not on Fiverr. Where can I message you?",
            "vague.outside_tool",
        ),
        (
            "The coaching program normally costs $499, but it pays for itself in a month.",
            "scam.upfront_fee",
        ),
        (
            "Access to premium clients requires our Silver Seller tier for $49.",
            "scam.upfront_fee",
        ),
        (
            "Recruit five friends to the network and earn 15% of everything they make.",
            "scam.passive_income",
        ),
        (
            "I use Kik and Viber, which one do you use?",
            "invite.contact_there",
        ),
        (
            "All testers pay for the device upfront ($220); it's refunded after the trial.",
            "scam.upfront_fee",
        ),
        (
            "Your background screening through our vendor, which costs $40, comes first. Payment instructions will follow.",
            "scam.upfront_fee",
        ),
        (
            "My messages on Fiverr keep getting truncated. Is there a messenger you prefer?",
            "request.contact_details",
        ),
        (
            "You were selected as an ambassador. Buy the welcome box ($59) to start earning commissions.",
            "scam.upfront_fee",
        ),
    ]);
    quiet(&[
        "We're building a chatbot for WhatsApp; experience with the Cloud API is a plus.",
        "Figma or Sketch, which one works for you?",
        "The workshop costs us $300 per seat, so please keep the slides tight.",
        "Our recruiters recruit engineers mostly; this job is about the careers page copy.",
        "Where can I send you the invoice? Here in the Upwork chat is fine.",
    ]);
}

#[test]
fn digits_for_letters_exam_fees_and_profile_pictures() {
    alerts_by(&[
        (
            "Let's move the chat to te1egram, I'm @lena_pm there.",
            "channel.telegram",
        ),
        ("Wh@tsApp me when you're free, thanks.", "channel.whatsapp"),
        (
            "お仕事をお渡しする前に、当社の認定テスト（検定料8,800円）を受けていただきます。",
            "scam.upfront_fee",
        ),
        (
            "LINEで詳細を送ります。検索はmei_0412でお願いします。",
            "handle.id",
        ),
        (
            "メアドはプロフィール欄に書いてあるので、そちらにご連絡ください。",
            "vague.search_me",
        ),
        (
            "ご返信はこちらではなく、別途お送りするアドレス宛にお願いします。",
            "vague.outside_tool",
        ),
        (
            "What number should my manager use to reach you?",
            "request.contact_details",
        ),
        (
            "I want to keep ordering, but directly. Can I pay through your own website?",
            "deal.direct_contract",
        ),
        (
            "Upwork feels limiting. Is there another place to talk about the project?",
            "vague.outside_tool",
        ),
        (
            "Free for a quick call on Telegram later?",
            "invite.via_channel",
        ),
        (
            "Onboarding is required and it's paid: $45 for the certification module, which you get back after your first month.",
            "scam.upfront_fee",
        ),
        (
            "No need for contracts or milestones, I'll Zelle you when you finish.",
            "deal.direct_contract",
        ),
        (
            "The attachment failed, could you email it to me personally?",
            "channel.personal_email",
        ),
        (
            "I don't trust the system here yet. Could we communicate some other way?",
            "vague.outside_tool",
        ),
        (
            "To become a certified reviewer, buy the $30 badge from our store.",
            "scam.pay_to_work",
        ),
    ]);
    quiet(&[
        "Create a landing page with a \"Chat on WhatsApp\" button.",
        "Telegram stickers: 12 designs, please include a te1egram-style pun in one.",
        "受験料の支払い方法を案内するページの文章を作ってください。",
        "検索はGoogleで上位表示されるよう、SEOを意識してください。",
        "Please put the logo in another place on the flyer.",
        "Please email it to the client portal, not to me personally; Upwork is where we talk.",
    ]);
}

#[test]
fn small_orders_with_the_rest_outside_activations_and_referral_fees() {
    alerts_by(&[
        (
            "Let's do a small order on Fiverr and I'll send you the balance privately.",
            "deal.direct_contract",
        ),
        (
            "Please send an email address where we can reach you with the offer.",
            "request.contact_details",
        ),
        (
            "We can talk money once we're off here.",
            "deal.bypass_platform",
        ),
        (
            "Unlock the dashboard with a one-time $19 payment to start receiving tasks.",
            "scam.upfront_fee",
        ),
        (
            "All new writers must purchase our style guide for $49 before the first article.",
            "scam.pay_to_work",
        ),
        (
            "After acceptance I'll add you to our private portal where we handle all communication.",
            "vague.outside_tool",
        ),
        (
            "Message my gmail instead of here, please.",
            "vague.outside_tool",
        ),
        (
            "Text YES to 646-555-0142 and my assistant will reply.",
            "contact.phone_intl",
        ),
        (
            "Welcome aboard! First comes a paid induction ($35), after which you'll receive your first tasks.",
            "scam.pay_to_work",
        ),
        (
            "当社の副業案件は、年会費12,000円のプランにご入会いただいた方限定でご紹介しております。",
            "scam.owners_only",
        ),
        (
            "未経験から月30万円を目指せる講座をご案内しております。受講後には案件をご紹介します。",
            "scam.pay_to_work",
        ),
    ]);
    has(
        "お知り合いをご紹介いただければ、紹介報酬として1名あたり2万円をお渡しします。",
        "scam.passive_income",
    );
    quiet(&[
        "A small order first is fine; the rest of the milestones we'll add here on Upwork.",
        "We'll make a one-time payment of $500 through Upwork when the site goes live.",
        "Each new member of our team is required to read the style guide first.",
        "I'll add you to our internal Jira once the contract starts here.",
        "When the campaign ends, text STOP to 555-0142 is the opt-out line for the SMS copy.",
        "未経験からでも分かるように、専門用語を避けて書いてください。",
        "紹介料の相場についての記事（3,000字）をお願いします。",
    ]);
}

#[test]
fn products_sold_to_the_worker_loans_memberships_and_fees_before_hiring() {
    alerts_by(&[
        (
            "このお仕事は、当社が提供している専用素材パック（6,800円）を使って作業していただきます。",
            "scam.upfront_fee",
        ),
        (
            "研修費は提携先のローン会社でお申し込みいただく形になります。",
            "scam.pay_to_work",
        ),
        (
            "お仕事はすべて会員ページ上で配布しています。年会費8,000円の会員登録をお願いします。",
            "scam.pay_to_work",
        ),
        (
            "Telegramはお持ちですか？資料はいつもそちらで送っています。",
            "request.contact_details",
        ),
        (
            "打ち合わせはランサーズの外でできればと思います。",
            "vague.outside_tool",
        ),
        (
            "We charge a $30 monthly membership for access to our clients.",
            "scam.upfront_fee",
        ),
        (
            "To start earning you have to make a top-up of $50 first.",
            "scam.upfront_fee",
        ),
        (
            "The skills test costs $35 and must be paid before being onboarded.",
            "scam.pay_to_work",
        ),
        (
            "Let's keep collaborating, but not on this platform. Can you send me another contact?",
            "vague.outside_tool",
        ),
        (
            "Make $200 a day just by answering questions. Signup is $15.",
            "scam.upfront_fee",
        ),
        (
            "Your profile was approved! Send the $25 account verification fee to proceed.",
            "scam.pay_to_work",
        ),
        (
            "Can we take the conversation to a messaging app?",
            "invite.contact_there",
        ),
        (
            "I'd rather not pay Fiverr's commission, so let's cancel the order and settle directly.",
            "deal.fee_avoidance",
        ),
    ]);
    quiet(&[
        "弊社はLINEやメールでの個別連絡は一切行っておりませんのでご了承ください。",
        "手数料が高いと感じる方向けに、各サービスの料金を比較して解説する記事をお願いします。",
        "住宅ローンで悩む方向けのコラムを書いてください。",
        "We charge clients a flat fee; please update the pricing page copy.",
        "Please pay the invoice to proceed with the next milestone on Upwork.",
        "Let's move this to next week, I'm traveling.",
    ]);
}

#[test]
fn marketplaces_cards_verification_payments_and_budgets_paid_separately() {
    alerts_by(&[
        (
            "継続分のお支払いはAmazonギフト券でお送りしてもよろしいですか？",
            "deal.direct_contract",
        ),
        (
            "お仕事をご依頼する方には、弊社指定のクレジットカードをお申し込みいただいています。",
            "scam.upfront_fee",
        ),
        (
            "Verify your account by depositing $2 to our billing team; it's refunded immediately.",
            "scam.upfront_fee",
        ),
        (
            "A small order stays on Fiverr for the reviews, and the rest of the budget will be paid separately.",
            "deal.direct_contract",
        ),
        (
            "Let's wrap up the details away from Fiverr. Send me a way to reach you.",
            "deal.bypass_platform",
        ),
        (
            "Congratulations, you've won a featured spot! Just pay the $15 handling fee.",
            "scam.easy_money",
        ),
        (
            "Can you send a PayPal invoice instead? I want to avoid the Upwork payment system.",
            "deal.direct_contract",
        ),
        (
            "Customers will pay into your Venmo and you forward 85% to our vendor.",
            "scam.mule",
        ),
    ]);
    quiet(&[
        "メルカリ経由で購入された商品の発送代行マニュアルを作ってください。",
        "Please add a Stripe payment link component to our checkout page.",
        "Verify your account by clicking the link Upwork sent you.",
        "We won a design award; please add it to the about page.",
        "Forward 20% of the leads to the sales team in the CRM report.",
        "直接の取引先向けの挨拶文を、丁寧な敬語で作成してください。",
        "まずはクラウドワークスで本人確認の登録をしていただく必要があります。",
    ]);
}
