//! The built-in detectors: one table of rules, each a few regular expressions over the
//! normalised text (lower-case, half-width, katakana folded to hiragana) plus an optional
//! check that needs the original text (was it katakana? upper-case?).
//!
//! Rules are written for the *kind* of thing said, not for particular messages: the channel
//! names, the shape of a phone number or ID, the verbs of moving a conversation, the
//! phrasing of fee avoidance and of paid-manual scams.

use super::Category;

/// How a rule's points relate to its category weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// One third of the weight (at least 1): a hint that needs company.
    Weak,
    Normal,
    /// Double the weight: on its own enough for an alert in that category.
    Strong,
}

/// Checks that need more than a regex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    None,
    /// らいん must not be part of a katakana word (オンライン, ラインナップ).
    KanaLine,
    /// `line` is the app only when written LINE or followed by Japanese / id / app.
    LatinLine,
    /// Group 1 is an ID: must contain a letter and not be an order or job number.
    Handle,
    /// A Japanese phone number: 10–11 digits starting with 0.
    PhoneJp,
    /// A mobile number with some digits hidden (090-XXXX-XXXX): discounted like a
    /// number when it is an example or a format.
    PhoneMasked,
    /// An international number: `+` and 8–15 digits.
    PhoneIntl,
    /// An e-mail address that is not the platform's own.
    Email,
    /// `signal` is the app only when written with a capital S.
    Capitalised,
    /// The first character is a word of its own, not the end of a common kanji compound
    /// (一度外で話す, but not 海外で話す).
    NotInCompound,
    /// A bare 番号 is not the end of a compound (注文番号, 会員番号): those are the order's
    /// or the account's number, not the worker's phone.
    OwnNumber,
    /// Something paid for is named just before: in Japanese a price, 有料, a manual or a
    /// course (教材（29,800円）をお持ちの方限定, not 資格をお持ちの方); in English a purchase
    /// and a price or fee earlier in the sentence (buy the kit ($85) first).
    PaidBefore,
    /// The words are not about a form, a field or the platform's own settings
    /// (電話番号の入力欄を…ください, メールアドレスはクラウドワークスの…).
    NotAboutFields,
}

pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub scale: Scale,
    pub check: Check,
    /// Short name used in notification summaries (LINE, 電話番号…), if any.
    pub label: Option<&'static str>,
    pub patterns: &'static [&'static str],
    pub ja: &'static str,
    pub en: &'static str,
}

use Category::*;
use Check as K;
use Scale::*;

macro_rules! rule {
    ($id:literal, $cat:expr, $scale:expr, $check:expr, $label:expr, [$($p:literal),+ $(,)?], $ja:literal, $en:literal) => {
        Rule { id: $id, category: $cat, scale: $scale, check: $check, label: $label,
               patterns: &[$($p),+], ja: $ja, en: $en }
    };
}

/// Separators people put inside a word to dodge filters (Tele gram, what-s-app).
/// Brand names below use `[\s._\-]?` between letters.
pub static RULES: &[Rule] = &[
    // ---- channels ---------------------------------------------------------------------
    rule!(
        "channel.line",
        Channel,
        Normal,
        K::KanaLine,
        Some("LINE"),
        [r"らいん"],
        "LINE（外部のメッセージアプリ）への言及",
        "mentions LINE (an outside messaging app)"
    ),
    rule!(
        "channel.line_latin",
        Channel,
        Normal,
        K::LatinLine,
        Some("LINE"),
        // L1NE, LlNE: a digit or another stroke for the I.
        [r"\bl[\s.]?[i1l|][\s.]?n[\s.]?e\b"],
        "LINE（外部のメッセージアプリ）への言及",
        "mentions LINE (an outside messaging app)"
    ),
    rule!(
        "channel.line_alias",
        Channel,
        Normal,
        K::None,
        Some("LINE"),
        [
            r"緑の(?:あぷり|やつ|sns|ちゃっと|あいこん|めっせーじ|めっせんじゃー)|緑の(?:ほう|方)(?:で|に|から)(?:ご?連絡|やり取り|やりとり|お?話|めっせーじ|追加)",
            r"(?:line|らいん)の?\s*おーぷんちゃっと|おーぷんちゃっと(?:に|へ|で|から|を|の(?:りんく|url|招待|url))",
            // Scanning a QR code to add or register: how a LINE contact is added.
            r"qr\s?(?:こーど)?(?:を|から)?[^\n。]{0,8}(?:読み取|読み込|よみと|すきゃん)[^\n。]{0,10}(?:追加|登録)",
            r"(?:line|らいん)\s*@",
            // A letter hidden behind a mark (ラ○ン, L●NE) to slip past the platform's filter.
            r"ら[○●〇◯0□■*×✕]ん|\bl[○●〇◯0□■*×✕]ne\b|\bli[○●〇◯0□■*×✕]e\b",
            r"(?:line|らいん)\s*公式",
            // 友だち追加 is LINE's own word for adding a contact.
            r"(?:友だち|友達|ともだち)\s*(?:追加|登録)(?:を)?(?:して|お願い|ください|いただ|のうえ|の上|後)",
            r"公式\s*(?:line|らいん)"
        ],
        "LINEの言い換え・公式アカウント",
        "LINE under another name or an official account"
    ),
    rule!(
        "channel.chatwork",
        Channel,
        Normal,
        K::None,
        Some("Chatwork"),
        [
            r"c[\s._\-]?h[\s._\-]?a[\s._\-]?t[\s._\-]?w[\s._\-]?o[\s._\-]?r[\s._\-]?k",
            r"ちゃっとわーく|ちゃわー?く",
            // Chatwork's own word for adding someone.
            r"こんたくと(?:申請|追加|承認|を?お?送)"
        ],
        "Chatworkへの言及",
        "mentions Chatwork"
    ),
    rule!(
        "channel.telegram",
        Channel,
        Normal,
        K::None,
        Some("Telegram"),
        [
            // T3legram, te1egram: a digit for a letter, to slip past the filter.
            r"t[\s._\-]?[e3][\s._\-]?[l1][\s._\-]?[e3][\s._\-]?g[\s._\-]?r[\s._\-]?[a4@][\s._\-]?m",
            r"てれぐらむ?",
            r"\btg\s*[:：]\s*@?[a-z_][a-z0-9_]{3,}"
        ],
        "Telegramへの言及",
        "mentions Telegram"
    ),
    rule!(
        "channel.whatsapp",
        Channel,
        Normal,
        K::None,
        Some("WhatsApp"),
        [
            // The last p is often dropped (whatsap).
            r"w[\s._\-]?h[\s._\-]?[a4@][\s._\-]?t[\s._\-]?s?[\s._\-']?[\s._\-]?[a4@][\s._\-]?p[\s._\-]?p|wh[a4@]tsap",
            r"わっつあっぷ"
        ],
        "WhatsAppへの言及",
        "mentions WhatsApp"
    ),
    rule!(
        "channel.signal",
        Channel,
        Normal,
        K::Capitalised,
        Some("Signal"),
        [r"\bsignal\b", r"しぐなる"],
        "Signalへの言及",
        "mentions Signal"
    ),
    rule!(
        "channel.skype",
        Channel,
        Normal,
        K::None,
        Some("Skype"),
        [r"s[\s._\-]?k[\s._\-]?y[\s._\-]?p[\s._\-]?e", r"すかいぷ"],
        "Skypeへの言及",
        "mentions Skype"
    ),
    rule!(
        "channel.discord",
        Channel,
        Normal,
        K::None,
        Some("Discord"),
        [
            r"d[\s._\-]?i[\s._\-]?s[\s._\-]?c[\s._\-]?o[\s._\-]?r[\s._\-]?d",
            r"でぃすこーど",
            r"でぃすこ"
        ],
        "Discordへの言及",
        "mentions Discord"
    ),
    rule!(
        "channel.slack",
        Channel,
        Normal,
        K::None,
        Some("Slack"),
        [r"\bslack\b", r"すらっく"],
        "Slackへの言及",
        "mentions Slack"
    ),
    rule!(
        "channel.wechat",
        Channel,
        Normal,
        K::None,
        Some("WeChat"),
        [
            // Not "can we chat on Zoom": the two words apart are the app only with its ID
            // or app after them, or spelled letter by letter.
            r"wechat|we[._\-]chat|w[\s._\-]e[\s._\-]c[\s._\-]?h[\s._\-]?a[\s._\-]?t|\bwe\s+chat\s+(?:id|app|account|qr)\b",
            r"微信",
            r"うぃーちゃっと"
        ],
        "WeChatへの言及",
        "mentions WeChat"
    ),
    rule!(
        "channel.kakaotalk",
        Channel,
        Normal,
        K::None,
        Some("KakaoTalk"),
        [r"kakao\s?talk", r"かかお\s?とーく", r"\bkakao\b"],
        "カカオトークへの言及",
        "mentions KakaoTalk"
    ),
    rule!(
        "channel.other_messenger",
        Channel,
        Normal,
        K::None,
        Some("外部アプリ"),
        [
            r"\bsnap\s?chat\b|\bon\s+snap\b|\bsnap\s*(?:id\b|:)|すなっぷちゃっと|\bviber\b|ばいばー|\bzalo\b|\bkik\b|\bthreema\b|\bline\s?works\b|\bzangi\b|\bimo\s+app\b|\blinked\s?in\b|りんくといん|\blark\b|\bfeishu\b|飛書|\bmatrix\.(?:org|to)\b|\belement\s*\(matrix\)|\bmatrix\s+(?:chat|account|id|room|server)\b"
        ],
        "その他の外部メッセージアプリへの言及",
        "mentions another outside messaging app"
    ),
    rule!(
        "channel.remote_access",
        Channel,
        Normal,
        K::None,
        Some("遠隔操作"),
        [
            r"\bany\s?desk\b|あにーですく|\bteam\s?viewer\b|ちーむびゅーあー|\bultra\s?viewer\b|\brust\s?desk\b|\bchrome\s+remote\s+desktop\b|遠隔操作(?:あぷり|そふと|つーる)"
        ],
        "遠隔操作アプリへの言及（パソコンを乗っ取られるおそれ）",
        "mentions a remote-access app (it can take over your computer)"
    ),
    rule!(
        "channel.chat_tool",
        Channel,
        Normal,
        K::None,
        Some("外部アプリ"),
        [
            r"ちゃっと(?:つーる|あぷり)|めっせーじ(?:あぷり|つーる)|びじねすちゃっと|連絡(?:用の?)?(?:つーる|あぷり)|\b(?:chat|messaging|messenger)\s+(?:app|tool|platform)s?\b"
        ],
        "チャットツール・メッセージアプリ（名前を伏せた外部アプリ）への言及",
        "mentions a chat tool or messaging app without naming it"
    ),
    rule!(
        "channel.google_chat",
        Channel,
        Normal,
        K::None,
        Some("Google Chat"),
        [
            r"google\s?(?:chat|ちゃっと)",
            r"ぐーぐる\s?ちゃっと",
            r"hangouts"
        ],
        "Google Chatへの言及",
        "mentions Google Chat"
    ),
    rule!(
        "channel.messenger",
        Channel,
        Normal,
        K::None,
        Some("Messenger"),
        [r"\bmessenger\b", r"めっせんじゃー"],
        "Facebook Messengerへの言及",
        "mentions Facebook Messenger"
    ),
    rule!(
        "channel.sns_dm",
        Channel,
        Normal,
        K::None,
        Some("SNS DM"),
        [
            r"(?:instagram|\binsta\b|いんすた|twitter|ついったー|\bx\b|facebook|ふぇいすぶっく|\bfb\b|tiktok|ちっくとっく)[^\n]{0,20}?(?:\bdms?\b|でぃーえむ|ふぉろ|\bfollow|友達申請|友だち申請|検索|\b(?:message\s+)?requests?\b|\binbox\b)",
            r"\bdms?\b\s*(?:me\b|に|で|を|ください|から|ちょうだい|して|くれ|待って|まって)",
            r"\b(?:message|dm|text|write|ping|shoot|hit|reach)\b[^.\n]{0,20}\b(?:on|via|over|at)\s+(?:instagram|insta|twitter|x|facebook|fb|tiktok|snapchat|threads)\b",
            r"\bfriend\s+request\b[^\n.]{0,20}\b(?:facebook|fb|instagram|messenger)\b|\b(?:facebook|fb)\s+friend\s+request",
            r"(?:\bx\b|ついったー|twitter|いんすた|instagram|facebook|ふぇいすぶっく|tiktok|ちっくとっく)(?:の(?:ほう|方|あかうんと|dm))?(?:で|に|から)(?:の)?(?:ご?連絡|やり取り|やりとり|お?話|めっせーじ)",
            r"\bsns\s*(?:で|から|に|の\s*dm)\s*(?:ご)?(?:連絡|めっせーじ|dm|やり取り)"
        ],
        "SNSのDM・フォローへの誘導",
        "asks to move to social-media DMs"
    ),
    rule!(
        "channel.sms",
        Channel,
        Normal,
        K::None,
        Some("SMS"),
        [
            r"\bsms\b",
            r"しょーとめ(?:ーる|っせーじ)",
            r"\bimessage\b",
            r"\btext me\b",
            r"\b(?:will|'ll|can|to)\s+text\s+you\b"
        ],
        "SMS・ショートメールへの言及",
        "mentions SMS / text messages"
    ),
    rule!(
        "channel.personal_email",
        Channel,
        Normal,
        K::None,
        Some("個人メール"),
        [
            r"\b(?:e-?mail|mail)\s+(?:them|it|this|that|the\s+\w+)\s+to\s+(?:me|us)\s+(?:personally|privately)\b|\bg-?mail\b|yahoo\s?(?:mail|めーる)|\bhotmail\b|\boutlook\.com\b|\bicloud\b|個人(?:の)?(?:めーる|あどれす)|\b(?:personal|private)\s+e-?mail",
            r"めーる(?:で|にて)も?(?:ご?連絡|お?送り|ご?返信)(?:ください|下さい|いただけ|頂け|お願い|もらえ)",
            // 元データをメールに送ってください: sent to a mailbox, not through the platform.
            r"めーる(?:に|へ|宛てに|あてに)[^\n。]{0,2}(?:送って|お送り|添付して)(?:ください|下さい|いただけ|頂け|もらえ)",
            r"(?:会社|個人|私|弊社|当社|自分|担当者?)の?(?:めーるあどれす|めーる|あどれす)(?:宛|あて)(?:に|へ|で)?(?:ご?連絡|お?送り|送って|ご?返信|めーる)",
            r"やふーめーる|\boutlook\.jp\b|\bproton\s?mail\b|ふりーめーる|私用の?めーる|じーめーる|ぷらいべーと(?:の|用の?)?(?:めーる|あどれす)|\b(?:private|personal)\s+(?:inbox|address|mailbox)",
            r"(?:gmail|じーめーる|yahoo|やふー|icloud|outlook|hotmail|ほっとめーる)の?(?:めあど|あどれす|めーるあどれす)(?:に|へ|まで|宛て?に?|あてに)"
        ],
        "個人のメールへの誘導",
        "mentions a personal e-mail service"
    ),
    rule!(
        "channel.phone_call",
        Channel,
        Weak,
        K::None,
        Some("電話"),
        [
            r"電話|でんわ",
            r"\bphone\b",
            r"\bcall\b",
            r"通話",
            r"\bgive\s+(?:me|us)\s+a\s+(?:ring|buzz)\b"
        ],
        "電話への言及",
        "mentions a phone call"
    ),
    rule!(
        "channel.video_call",
        Channel,
        Weak,
        K::None,
        Some("Zoom"),
        [
            r"\bzoom\b",
            r"ずーむ",
            r"google\s?(?:meet|みーと)",
            r"microsoft\s+teams|\bms\s+teams\b|ちーむず|\bteams\s+(?:id|account|chat|call|meeting|link|handle)\b"
        ],
        "ビデオ通話ツールへの言及",
        "mentions a video-call tool"
    ),
    // ---- contact details in the text ----------------------------------------------------
    rule!(
        "contact.email_address",
        ContactInfo,
        Normal,
        K::Email,
        Some("メールアドレス"),
        [
            r"[a-z0-9][a-z0-9._%+\-]*\s?@\s?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}",
            r"[a-z0-9][a-z0-9._%+\-]*\s?[★☆●○◆◇■□▲△*#]\s?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|jp|info|biz|me|io)\b",
            r"[★☆●○◆◇■□▲△*#]\s*(?:を|は)\s*@\s*に",
            // A spelled-out address that names only the mail service (name at gmail).
            r"[a-z0-9][a-z0-9._%+\-]*\s?@\s?(?:gmail|yahoo|hotmail|outlook|icloud|proton(?:mail)?|gmx|aol)\b",
            // robert_k_1958 at yahoo: a plain "at", so the name must look like a mailbox.
            // ([a-z%+\-]* up to its first digit, dot or underscore: the same names as
            // [a-z0-9._%+\-]* there, without the matcher backtracking over each of them.)
            r"[a-z0-9][a-z%+\-]*[0-9_.][a-z0-9._%+\-]*\s+at\s+(?:gmail|yahoo|hotmail|outlook|icloud|proton(?:mail)?|gmx|aol)\b",
            // 「tanaka.k.office」のgmail: the mailbox quoted, the service named after it.
            r"[「『“\x22][a-z0-9][a-z0-9._%+\-]{2,}[」』”\x22]\s?(?:の|@|at)\s?(?:gmail|yahoo|hotmail|outlook|icloud|じーめーる|やふー)"
        ],
        "メールアドレスが書かれている",
        "contains an e-mail address"
    ),
    rule!(
        "contact.phone_jp",
        ContactInfo,
        Normal,
        K::PhoneJp,
        Some("電話番号"),
        [
            r"\(?0[0-9]{1,4}\)?(?:\s?(?:の、|[\-、・の*.])\s?|\s)?\(?[0-9]{1,4}\)?(?:\s?(?:の、|[\-、・の*.])\s?|\s)?[0-9]{3,4}"
        ],
        "電話番号が書かれている",
        "contains a phone number"
    ),
    rule!(
        "contact.phone_masked",
        ContactInfo,
        Normal,
        K::PhoneMasked,
        Some("電話番号"),
        [
            r"\b0[5789]0[\s\-]?(?:x{4}|\*{4}|×{4}|[0-9]{4})[\s\-]?(?:x{4}|\*{4}|×{4})(?:\b|[^a-z0-9])"
        ],
        "一部を伏せた携帯番号（残りは別途送る、という誘導）",
        "a mobile number with digits hidden (the rest to follow elsewhere)"
    ),
    rule!(
        "contact.phone_intl",
        ContactInfo,
        Normal,
        K::PhoneIntl,
        Some("電話番号"),
        [
            r"\+\s?[1-9][0-9\s\-()]{6,18}[0-9]",
            // 0044 7700 900123: the international prefix dialled as 00, before a country
            // code in use (not any 00 of a reference number).
            r"\b00\s?(?:1|7|20|27|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1-9][0-9]|35[0-9]|37[0-9]|38[0-9]|42[0-9]|85[0-9]|88[0-9]|96[0-9]|97[0-9])[\s\-][0-9]{2,5}[\s\-]?[0-9]{3,8}\b",
            r"\([2-9][0-9]{2}\)\s?[2-9][0-9]{2}[\s.\-]?[0-9]{4}",
            // Without brackets 415-555-0132 looks like any reference number: only right
            // after a word that says phone (call me at…, my cell is…). `at` may already
            // be `@` here (normalised as a spelled-out address).
            r"\btext\s+(?:[\x22“'][^\x22”'\n]{1,20}[\x22”']|[a-z]+)\s+to\s+(?:1[\-. ])?([2-9][0-9]{2}[\-. ][2-9][0-9]{2}[\-. ][0-9]{4})\b",
            r"\b(?:phone|cell|mobile|call|text|sms|whatsapp|reach|contact|my\s+number)\b(?:\s+(?:our|my|the)\s+(?:\w+\s+)?(?:line|number|phone|cell))?(?:\s*(?:me|us|is|at|on|number|no\.?|:|,|@|directly|now|anytime|today|tonight|tomorrow|(?:our|my|the)\s+(?:direct\s+|office\s+|work\s+|personal\s+|private\s+)?(?:line|number|phone|cell)))*\s*(?:1[\-. ])?([2-9][0-9]{2}[\-. ][2-9][0-9]{2}[\-. ][0-9]{4})\b"
        ],
        "国際電話番号（北米の番号を含む）が書かれている",
        "contains an international (or North American) phone number"
    ),
    rule!(
        "contact.messaging_link",
        ContactInfo,
        Normal,
        K::None,
        Some("招待リンク"),
        [
            r"\b(?:line\.me|lin\.ee|liny\.link)/",
            r"\bdiscord(?:app)?\.(?:gg|com/invite)/",
            r"\bchatwork\.com/",
            r"\b(?:t|telegram)\.me/",
            r"\bwa\.me/",
            r"chat\.whatsapp\.com/",
            r"\bm\.me/",
            r"join\.skype\.com/",
            r"(?:open|qr)\.kakao\.com/",
            r"\bu\.wechat\.com/",
            r"\bsignal\.(?:me|group)/",
            r"\bjoin\.slack\.com/",
            r"\binstagram\.com/"
        ],
        "外部アプリの招待・友だち追加リンク",
        "link that adds you on an outside app"
    ),
    rule!(
        "contact.lookalike_site",
        ContactInfo,
        Normal,
        // As for addresses: not a placeholder (upwork-login.example), not a platform's own.
        K::Email,
        Some("偽サイト"),
        [
            // upwork-verify-center.com, secure-fiverr.net: the platform's name in someone
            // else's domain (the platforms' own are upwork.com, crowdworks.jp…).
            r"\b(?:[a-z0-9]+-)+(?:upwork|fiverr|crowdworks|lancers|coconala)(?:-[a-z0-9]+)*\.[a-z]{2,}\b|\b(?:upwork|fiverr|crowdworks|lancers|coconala)(?:-[a-z0-9]+)+\.[a-z]{2,}\b|\b(?:upwork|fiverr|crowdworks|lancers|coconala)[0-9]+\.[a-z]{2,}\b"
        ],
        "プラットフォームを装った外部サイトのアドレス",
        "address of a site posing as the platform"
    ),
    // ---- IDs and user names -------------------------------------------------------------
    rule!(
        "handle.id",
        Handle,
        Normal,
        K::Handle,
        Some("ID"),
        [
            // Led by literals (not by "start or a non-letter"), so that the prefilter
            // names its starts: line_id counts, paid: does not.
            r"(?:\bid|_id|あいでぃー?)\s*(?:[:=→>]|は|です|\bis\b|検索(?:で|から|して|は|:)?)[^a-z0-9\n]{0,15}?@?([a-z0-9][a-z0-9._\-]{1,30}[a-z0-9_])",
            r"(?:^|[^a-z0-9])id\s+[「『“\x22'(]?@?([a-z]*[0-9_.\-][a-z0-9._\-]*[a-z0-9])",
            r"(?:→|->|⇒|👉)\s*@?([a-z][a-z0-9._\-]*[0-9_\-][a-z0-9._\-]*[a-z0-9_])",
            r"(?:ゆーざー名|user\s?name|表示名|あかうんと名|すかいぷ名|ちゃっとわーくid)\s*(?:は|:|is|=)?\s*@?([a-z0-9][a-z0-9._\-]{1,30}[a-z0-9_])",
            // アドレスは tanaka.office (and the domain spelled some other way).
            r"(?:あどれす|めあど)(?:は|:)\s*([a-z0-9]+(?:[._\-][a-z0-9]+)+)",
            // 検索はhiro_0908で: the ID to look up.
            r"検索(?:は|:|→)\s*[「『“\x22]?@?([a-z0-9][a-z0-9._\-]*[0-9_.][a-z0-9._\-]*[a-z0-9])",
            r"[「『“\x22]@?([a-z][a-z0-9._\-]{1,30}[a-z0-9_])[」』”\x22]\s*(?:を|で)?\s*(?:追加|検索|登録|申請|探|さが)",
            r"(?:^|[^a-z0-9._\-])@([a-z0-9_][a-z0-9._]{1,29}[a-z0-9_])",
            r"\b(?:add|find|message|dm|text)\s+me\s+(?:on|at)\s+[a-z]+\s*:\s*@?([a-z0-9][a-z0-9._\-]{1,30}[a-z0-9_])",
            // my tag is name#1234: Discord's user tags, and handles named as such.
            r"\b(?:my|our)\s+(?:tag|handle)\s*(?:is|:|=)\s*@?([a-z0-9][a-z0-9._\-]{1,30}[a-z0-9_](?:#[0-9]{4})?)",
            // No group: the whole match is the handle, and a window can read back from #.
            r"\b[a-z][a-z0-9_.]{1,31}#[0-9]{4}\b"
        ],
        "ID・ユーザー名が書かれている",
        "gives an ID or user name"
    ),
    rule!(
        "handle.display_name",
        Handle,
        Normal,
        K::None,
        Some("ID"),
        [
            r"(?:line|らいん|ちゃっとわーく|chatwork|discord|でぃすこーど|telegram|てれぐらむ|いんすた|instagram|すかいぷ|skype)\s?の?(?:名|ねーむ|名前|表示名|あかうんと名|ゆーざー名)\s*(?:は|:|→|=)?\s*[「『“\x22][^」』”\x22\n]{1,30}[」』”\x22]"
        ],
        "外部アプリでの表示名が書かれている",
        "gives their display name on an outside app"
    ),
    rule!(
        "handle.skype_live",
        Handle,
        Normal,
        K::None,
        Some("Skype ID"),
        [r"\blive:[a-z0-9._:\-]{3,}"],
        "SkypeのIDが書かれている",
        "gives a Skype ID"
    ),
    // ---- asking for the worker's contact details ----------------------------------------
    rule!(
        "request.contact_details",
        ContactRequest,
        Normal,
        K::OwnNumber,
        None,
        [
            r"(?:ご?連絡先|めーるあどれす|めあど|あどれす|電話番号|でんわ(?:ばんごう|番号)|携帯(?:番号)?|番号|ばんごう|\bid\b|あかうんと名?|すかいぷ名|ゆーざー名|らいん|line)\s*(?:[(（][^)）\n]{0,20}[)）])?\s*(?:を|は|が|の方|も|の|だけ)?\s*(?:お?教え|ご?教示|おしえ|ください|下さい|頂け|いただけ|交換|お送りいただ|お?送り(?:ください|下さい)|送って(?:いただ|くだ|もらえ)|伺え|伺っ|お伺い(?:しても|してよろし|しております|したい|でき(?:ますか|ませんか|れば|たら|ると)|させ)|頂戴(?:でき|したい|して)|お?知らせ(?:ください|いただ|て)|お?聞かせ|共有(?:して|いただ|ください)|ご?返信(?:ください|いただ|をお願い))",
            r"(?:電話番号|でんわ番号|携帯番号|めーるあどれす|連絡先|あどれす)を[^\n。]{0,10}(?:で|に)(?:お?送り|送って|お?知らせ|お?教え)",
            r"(?:電話番号|でんわ番号|携帯番号|めーるあどれす|めあど|ご?連絡先)の(?:ご?記載|ご?記入|ご?入力|ご?共有|お知らせ|ご?提示|ご?送付)を?(?:お願い|ください|いただけ|頂け)",
            // A mail service named as what to give (個人のGmailかYahooメールを教えて).
            r"(?:gmail|じーめーる|yahoo\s?めーる|やふーめーる|icloud|outlook|ふりーめーる|(?:個人|私用|ぷらいべーと)の?めーる)(?:の(?:あどれす|あかうんと))?\s*(?:を|は|だけ)?\s*(?:お?教え|おしえ|お知らせ|ください|伺|頂け|いただけ)",
            // 番号 alone, after a phone was named (携帯にお電話します。念のため番号を…).
            r"(?:携帯|電話)[^\n]{0,40}?[^\p{Han}\n]番号を[^\n。]{0,10}(?:お?送り|送って|お?知らせ|お?教え|ご?記入|書いて)",
            r"(?:普段|いつも)(?:お?使い|使って(?:い|おり)?る|使われて(?:い)?る|ご利用)の?[^\n。]{0,6}(?:あぷり|つーる|sns|ちゃっと|連絡手段|めっせんじゃー)",
            r"(?:めーるあどれす|めあど|あどれす|連絡先|電話番号|携帯(?:番号)?|らいん|line|wechat|whatsapp|telegram|てれぐらむ|skype|すかいぷ|discord|でぃすこーど|いんすた|instagram|ちゃっとわーく|chatwork|slack|すらっく|kakao|かかお|signal|viber)(?:は|を|って)?[^\n。]{0,2}(?:あります|お持ち)(?:か|です|でしょう)",
            r"(?:らいん|\bline\b|いんすた|instagram|てれぐらむ|telegram|whatsapp|wechat|かかお|discord|でぃすこーど|すかいぷ|skype|ちゃっとわーく|chatwork)(?:は|を|って)?\s?(?:使って(?:い)?(?:ます|る)|やって(?:い)?(?:ます|る)|お使い(?:です|になって)|ご?利用(?:されて|して)(?:い)?(?:ます|る))(?:か|\?|？)",
            r"(?:ふりーめーる|捨てあど|gmail|じーめーる|めーるあどれす|めあど|あどれす|あかうんと)[^\n。]{0,8}(?:を|は)?(?:作って|作成して|取得して|ご?用意して)[^\n。]{0,10}(?:お?教え|おしえ|お知らせ|送って|ご?連絡)",
            r"(?:らいん|line|いんすた|めあど|めーる|連絡先|電話番号|番号|\bsns\b|ついったー)(?:か|や|と|または)(?:らいん|line|いんすた(?:ぐらむ)?|めあど|めーる(?:あどれす)?|連絡先|電話番号|番号|\bsns\b|ついったー|discord|でぃすこーど)[^\n。]{0,4}(?:を|は)?(?:お?教え|おしえ|ください|交換|お?知らせ|伺え)",
            // Only about a channel: ご不明点があれば教えてください is how every client writes.
            r"(?:line|らいん|めーる|めあど|あどれす|連絡先|電話|番号|\bid\b|あかうんと|\bsns\b|いんすた|ちゃっとわーく|chatwork|discord|でぃすこーど|telegram|てれぐらむ|skype|すかいぷ|whatsapp)[^\n。]{0,8}(?:やってたら|やっていたら|お持ちでしたら|お持ちなら|あれば)[^\n。]{0,4}(?:教えて|お知らせ|おしえて)",
            r"(?:電話番号|でんわ番号|携帯番号|ご番号|めーるあどれす|連絡先|あどれす|(?:ちゃっとわーく|chatwork|line|らいん|すかいぷ|skype|discord|でぃすこーど|telegram|てれぐらむ|slack|すらっく)\s?(?:id|あかうんと|ゆーざー名))(?:を|も)[^\n。]{0,8}(?:ご?記入|ご?記載|書いて|書き込んで|入力して|お?知らせ|お?教え)",
            r"(?:やり取り|やりとり|連絡|ご連絡)(?:が|の)?(?:でき(?:る|ます)|つく|つきやすい|とれる|取れる|取りやすい)(?:方法|手段|連絡先|あかうんと)[^\n。]{0,6}(?:お?教え|おしえ|ください|いただけ)",
            r"(?:やり取り|やりとり|連絡|ご連絡|お?話)(?:が|の)?(?:でき|取れ|とれ|つく|つけ)[^\n。]{0,4}(?:方法|手段|あぷり|つーる|連絡先)(?:は|って|が|など)?(?:あります|ありません|ございます|ございません|お持ち)",
            r"\b(?:another|other|different|better) way\s+to\s+(?:reach|contact|talk to)\s+you\b",
            r"(?:what'?s|what is|send me|give me|let me know|tell me|share|(?:can|could|may) i (?:get|have|ask for)|(?:to|and) (?:get|have|grab)|drop|need|provide|send|send\s+over|pass\s+along)\s+(?:me\s+)?(?:your|ur)\s+(?:[a-z]+\s+)?(?:whatsapp|telegram|skype|e-?mail|g-?mail|phone|number|contact|cell|mobile|personal|line|discord|outlook|icloud|yahoo|hotmail|proton(?:mail)?)",
            // Not "share your Instagram portfolio": the app's ID or handle is what is asked.
            r"\b(?:share|send|give|tell|drop|what'?s|what\s+is)\s+(?:me\s+|us\s+)?(?:your|ur)\s+(?:wechat|signal|viber|kakao(?:talk)?|instagram|insta|snapchat|zalo|line|telegram|skype|discord|imessage)\s+(?:id|handle|username|user\s?name|account|number|@)",
            // Leave your number and I'll call you (not "leave your email field optional").
            r"\bleave\s+(?:me\s+)?(?:your|ur)\s+(?:phone\s+|cell\s+|mobile\s+|whatsapp\s+)?(?:number|digits|contact\s+(?:info|details))(?:\s*(?:and|so|here|below|with|for)\b|\s*,)",
            r"\b(?:best|good|easiest) (?:number|email|e-mail|way)\s+to\s+(?:reach|contact|call|text)\s+you\b|\b(?:give|send|tell)\s+me\s+(?:a|another|some)\s+way\s+to\s+(?:reach|contact|call|text)\s+you\b",
            r"\b(?:need|want|get|have|take|grab)\s+(?:a|your|the)\s+(?:phone\s+|cell\s+|mobile\s+|contact\s+|good\s+)?number\s+(?:to|i\s+can|we\s+can|where\s+i\s+can)\s+(?:reach|call|text|contact)\s+(?:you|u)\b",
            r"\b(?:share|send|give|tell)\s+(?:me\s+|us\s+)?(?:the|an?)\s+(?:e-?mail(?:\s+address)?|address|(?:phone\s+)?number)\s+(?:you|that|where|to)\b",
            r"\b(?:share|send|give|tell)\s+(?:me\s+|us\s+)?(?:an?|the|your)\s+(?:personal\s+|private\s+)?(?:e-?mail\s+address|e-?mail|phone\s+number|number)\s+(?:i|we)\s+(?:can|could)\s+(?:use|reach|write|send|contact|call|text)\b",
            r"\b(?:which|what)\s+(?:messenger|messaging\s+apps?|chat\s+apps?)\s+(?:do\s+)?(?:you|u)\s+(?:use|prefer|have|are\s+on)\b",
            r"\b(?:reply|respond|write back|get back to me)\s+(?:to\s+me\s+|to\s+us\s+)?with\s+(?:your|ur)\s+(?:[a-z]+\s+)?(?:number|phone|e-?mail|contact|whatsapp|telegram|address|handle|username|user\s?name|id\b|@)",
            r"\b(?:what'?s|what is|which is)\s+(?:the\s+|your\s+)?(?:best|preferred|right)\s+(?:e-?mail|number|phone|contact|address)\b",
            r"\b(?:which|what) (?:e-?mail|address|number)\s+(?:should|can|do|shall|would)\s+(?:i|we|she|he|they|my\s+\w+)\b",
            r"\bwhat'?s\s+(?:the|your|a)\s+(?:best\s+|good\s+)?(?:e-?mail|address|number|handle|username)\s+(?:i|we)\s+(?:should|can|could|shall)\b",
            r"(?:つながる|繋がる|連絡の?つく|連絡が?取れる|かけられる|掛けられる)(?:電話)?番号(?:を|は|も)[^\n。?？]{0,10}?(?:ください|お願い|教え|お知らせ|いただけ)",
            r"\bwhere\s+else\s+(?:(?:can|could|may|should)\s+(?:i|we)|(?:i|we)\s+(?:can|could|may|should))\s+(?:(?:reach|contact|message|talk\s+to|find)\s+you\b|send\b)",
            r"\bwhere\s+(?:can|could|should|do|may)\s+(?:i|we)\s+(?:send\s+you\s+(?:a\s+)?(?:message|text|dm|note)|reach\s+you|message\s+you|contact\s+you|text\s+you|call\s+you)\b",
            r"\b(?:is\s+there\s+an?|do\s+you\s+have\s+an?)\s+(?:\w+\s+)?(?:app|messenger|platform|chat)\s+(?:(?:that\s+)?(?:you|u))\s+(?:prefer|use|like)\b",
            // Something will go to an address of yours they do not have yet.
            r"\b(?:send|sent|mail|forward|email)\w*\s+(?:\w+\s+){0,3}to\s+your\s+(?:personal|private|own|other)\s+(?:e-?mail|inbox|address|gmail)",
        ],
        "あなたの連絡先を聞いている",
        "asks for your contact details"
    ),
    rule!(
        "request.contact_any_verb",
        ContactRequest,
        Normal,
        K::NotAboutFields,
        None,
        [
            // A contact detail and a request in the same sentence, whatever the verb:
            // 連絡先はこちらにご記入のうえご返信ください, IDをこちらへお願いします.
            r"(?:ご?連絡先|めーるあどれす|めあど|電話番号|でんわばんごう|携帯(?:の)?番号|(?:line|らいん|ちゃっとわーく|chatwork|すかいぷ|skype|discord|でぃすこーど|telegram|てれぐらむ|whatsapp)\s?(?:id|あかうんと))(?:を|は|も|だけ|の方|と)[^\n。?？]{0,14}?(?:ください|下さい|いただけ(?:ますか|ませんか|ると|れば)|頂け(?:ますか|ませんか|ると|れば)|もらえ(?:ますか|ませんか|ると|れば)|願います|お願い(?:します|いたします|できますか|できませんか)|よろしいでしょうか)",
            r"\b(?:please|pls|kindly|can|could|would|will|may)\b[^.\n?!]{0,40}?\byour\s+(?:personal\s+|private\s+|own\s+|best\s+)?(?:e-?mail(?:\s+address)?|gmail|phone(?:\s+number)?|cell(?:\s+number)?|mobile(?:\s+number)?|whatsapp(?:\s+number)?|telegram(?:\s+handle)?|skype(?:\s+id)?|contact\s+(?:info|details|number))\b",
            r"\b(?:shoot|send|drop|give|share|dm|text|pm)\s+(?:me|us)\s+your\s+(?:personal\s+|private\s+|best\s+)?(?:e-?mail|gmail|phone|number|cell|mobile|whatsapp|telegram|skype|contact)"
        ],
        "あなたの連絡先を聞いている",
        "asks for your contact details"
    ),
    // ---- invitations to move ------------------------------------------------------------
    rule!(
        "invite.sends_contact",
        Invitation,
        Normal,
        K::None,
        None,
        [
            r"(?:line|らいん|\bid\b|連絡先|あかうんと|ちゃっとわーく|番号|電話番号|あどれす|qr\s?(?:こーど)?)(?:を|は)[^\n。]{0,6}(?:(?:お送り|送り|お伝え|お知らせ)(?:します|いたします)|送ります|伝えます)",
            r"\bi(?:'ll|\s+will)\s+(?:send|give|share|text)\s+(?:you\s+)?my\s+(?:number|phone|e-?mail|contact|whatsapp|telegram|id|handle)"
        ],
        "自分の連絡先（番号・ID・QR）を送ると言っている",
        "offers to send you their own contact details"
    ),
    rule!(
        "invite.add_or_join",
        Invitation,
        Normal,
        K::None,
        None,
        [
            r"(?:ぐるーぷ|わーくすぺーす|さーばー|とーくるーむ|るーむ)(?:へ|に)(?:お誘い|ご?招待|追加)(?:して|させて|しても|いたし|します|しま)",
            // Asked for, not named as a thing (友だち追加直後に届く, 友だち追加数).
            r"(?:友だち|友達|ともだち)\s*(?:追加|登録|申請)(?:を)?\s*(?:して|お願い|ください|いただ|のうえ|の上|よろ|頼|で|から|し(?:て|ま)|[!！。\n]|$)",
            r"(?:追加|登録|ふぉろー|こんたくと申請|友だち申請|友達申請)\s*(?:して|のうえ|の上|後|いただ|お願い|ください|を?お願い|を?お?送って|を?送信|よろ|頼|たの)",
            // IDへコンタクトをお願いします: Chatwork's word for a contact request.
            r"(?:\bid\b|あかうんと)(?:へ|に|宛に?)[^\n。]{0,4}こんたくと|こんたくと(?:りくえすと)?(?:を)?\s*(?:お願い|ください|下さい|お?送り|送って|して(?:ください|いただ|もらえ))",
            r"検索(?:して|すると|してください|できます|で出て|すれば)",
            r"招待(?:りんく|url|を?お送り|します|を送)",
            r"(?:参加|友だち追加|友達追加|追加)(?:用の?)?(?:りんく|url|qr)(?:を|は)?[^\n。]{0,6}(?:お送り|送り|送って|貼|載せ|お伝え)",
            r"参加(?:して|ください|希望)",
            r"(?:あぷり|つーる)(?:を|の)?(?:いんすとーる|だうんろーど|入れて|導入)(?:して)?(?:いただ|ください|お願い|もらえ)",
            r"(?:あかうんと|\bid\b)(?:を|の)(?:ご?作成|作成して|作って|取得して|ご?用意)(?:いただけ|ください|もらえ|頂け)",
            r"(?:ぐるーぷ|るーむ|さーばー|おーぷんちゃっと)(?:へ|に)[^\n。]{0,4}(?:入って|ご?参加|ご?招待|追加)",
            // Asks for a time to call (LINE通話できる時間を教えてください).
            r"(?:通話|電話|お?話し?)(?:が|の)?でき(?:る|ます)(?:時間|日時|時間帯|たいみんぐ|日)(?:を|は|帯)?[^\n。]{0,6}(?:お?教え|お知らせ|ください|いただ)",
            r"(?:ちゃっとわーく|chatwork|\bline\b|らいん|slack|すらっく|discord|でぃすこーど|telegram|てれぐらむ|skype|すかいぷ|whatsapp|zalo|viber|signal|wechat|kakao|かかお|teams|ちーむず|いんすた|instagram|facebook|messenger)\s?の?(?:あかうんと|\bid\b)(?:を|の)?(?:ご?用意|ご?作成|作成|取得|作って|ご?登録)",
            r"\b(?:dm|message|text|e-?mail|call|contact|ping|send|sent|dropped)\s+(?:you|u)\b[^.\n]{0,30}\bthere\b|\b(?:let'?s|we\s+can|can\s+we|we\s+could)\s+(?:continue|talk|chat|move|keep\s+talking)\s+(?:there|over\s+there)\b",
            r"の(?:ご?利用|ご?使用|ご?登録|ご?導入)(?:を)?(?:お願い|ください|いただけ|して(?:ください|いただけ))",
            r"qr\s?(?:こーど)?(?:を|から|で)?[^\n。]{0,16}(?:読み取|読み込|よみと|送|お送|追加|登録|すきゃん|貼|載せ|添付)|\bscan\s+(?:the|my|this|our|that)\s+(?:qr\b|code\b)",
            r"友だちに(?:なって|なりましょう|なりませんか)|友達に(?:なって|なりましょう|なりませんか)",
            r"(?:の(?:ほう|方)が|だと)[^\n。]{0,8}(?:早|速|楽|便利|すむーず|確実|見やすい)",
            r"\b(?:add|join)\s+(?:me|us|here|our|my|the\s+(?:group|server|chat))\b",
            r"\baccept\s+(?:my|our|his|her|their|the)\s+(?:friend\s+|connection\s+|contact\s+)?(?:request|invite|invitation)\b|\b(?:sent|send|sending)\s+you\s+(?:a\s+)?(?:connection|friend|contact|follow)\s+request\b",
            r"\badd\s+you\s+(?:to|on|in)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:workspace|group|channel|server|chat|team)\b|\bget\s+you\s+added\b|\bso\s+(?:i|we)\s+can\s+add\s+you\b",
            r"\b(?:add|follow|contact|message)\s+@"
        ],
        "追加・登録・参加を求めている",
        "asks you to add, follow or join"
    ),
    rule!(
        "invite.contact_there",
        Invitation,
        Normal,
        K::None,
        None,
        [
            // Split in two so that each has specific first words (でお話し, で詳細を) for
            // the prefilter, not a bare で or に.
            r"(?:で|に|にて|から)も?(?:お?話し?|やり取り|やりとり|連絡|ご連絡|お送り|送って|ご案内|お伝え|説明|ご説明)(?:しませんか|しましょう|したい|させて|をお願い|お願い|したほう|の方が|ください|いただ|します|できれば|できたら|できると|できますか|できませんか|もらえ(?:ますか|ませんか|ると|れば)|(?:して|し)?(?:も|いただいても)(?:いい|よい|よろし|大丈夫|かまいません))",
            r"(?:で|に|にて|から)も?(?:詳細を|詳しく|ご?案内を|お?話を|資料を)(?:お?話し?|やり取り|やりとり|連絡|ご連絡|お送り|送って|ご案内|お伝え|説明|ご説明)(?:しませんか|しましょう|したい|させて|をお願い|お願い|したほう|の方が|ください|いただ|します|できれば|できたら|できると|できますか|できませんか|もらえ(?:ますか|ませんか|ると|れば)|(?:して|し)?(?:も|いただいても)(?:いい|よい|よろし|大丈夫|かまいません))",
            r"(?:めっせーじ|めーる|連絡|ご連絡|\bdm)\s*(?:を)?\s*(?:ください|して(?:ください|もらえ|いただけ)|を?お?送って|いただけ)",
            r"(?:お?電話)\s*(?:ください|いただけ|(?:で|にて)(?:お話|ご説明|説明|お伝え|ご?相談)|(?:で|にて)[^\n。]{0,8}お?時間(?:を)?(?:いただ|頂|ください|もらえ)|(?:を)?差し上げ(?:ても|たい|ます|させ))|かけて(?:もらえ|ください|いただけ)|折り返し(?:お?電話|ご連絡)",
            r"(?:移り|移行し|移動し|切り替え)(?:ませんか|ましょう)",
            // Teamsで業務連絡をしています: the client's own channel, named as the way it works.
            r"(?:で|にて)(?:業務|日々の|普段の|社内の?|すべての|全ての)?(?:連絡|ご連絡|やり取り|やりとり)(?:を|は)(?:して(?:い|おり)ます|行って(?:い|おり)ます|取って(?:い|おり)ます)",
            r"(?:連絡|ご連絡|やり取り|やりとり|お?話|打ち合わせ|ご?相談|進行|進捗(?:報告)?)(?:は|を)[^\n。]{1,12}(?:で|にて)(?:お願い|させて|しましょう|しませんか|いたしましょう|行います|行いましょう|統一して|統一させ|行っております|行っています|しております|しています|取っています|取っております|も?(?:いい|よい|よろしい|大丈夫|構いません)(?:ですか|でしょうか|か))",
            r"(?:あぷり|つーる|ちゃっと|めっせんじゃー|\bsns\b)(?:の方|のほう)?(?:に|へ)(?:移|移行|移動|切り替|乗り換)",
            r"(?:繋が|つなが)(?:り|って(?:おき|い)?|れ)(?:ませんか|ましょう|たい|ください|たら)",
            r"(?:繋|つな)いで(?:おいて|おき|いただ|もらえ|ください|くれ)",
            // そちらにゲストとして招待しても: into the client's own workspace or group.
            r"(?:そちら|ぐるーぷ|るーむ|ちゃんねる|さーばー|わーくすぺーす)(?:に|へ)[^\n。]{0,10}ご?招待(?:して|させて|いたし|します|しても|しますね)",
            r"(?:は|って)(?:お?使い|ご利用)(?:ですか|でしょうか|になって(?:い|おり)ますか|されて(?:い|おり)ますか)",
            r"(?:めーる|\bline\b|らいん|電話|でんわ|ちゃっとわーく|chatwork|\bsns\b|\bdm\b|てれぐらむ|telegram|whatsapp|ずーむ|\bzoom\b|通話)の(?:方|ほう)が(?:助か|便利|早|速|楽|確実|やりやす|いい|良い)",
            r"\b(?:i'?m|i am)\s+(?:more|much\s+more)\s+(?:responsive|active|available|reachable)\s+(?:on|via|over)\b",
            r"\b(?:i'?m|i\s+am)\s+(?:also\s+)?on\s+(?:whatsapp|telegram|signal|line|viber|wechat|kakao(?:talk)?|skype|discord|snapchat)\s+(?:too|as\s+well|also)\b",
            r"\bwhich\s+(?:one|app|of\s+(?:them|these|those|the\s+two))\s+(?:works|is\s+(?:easier|better|best))\s+(?:for|with)\s+(?:you|u)\b|\bwhich\s+(?:one|app)\s+do\s+(?:you|u)\s+(?:use|prefer|have)\b",
            r"\b(?:will|'ll|going\s+to|can)\s+(?:reach\s+out(?:\s+to\s+you)?|contact\s+you|message\s+you|text\s+you|call\s+you|add\s+you|connect\s+with\s+you)\s+(?:on|via|through|over)\s+(?:linkedin|telegram|whatsapp|signal|skype|discord|wechat|viber|instagram|facebook|messenger|line|slack|teams|e-?mail|gmail)\b",
            // Check your Instagram requests: pointed at a message waiting in another app.
            r"\bcheck\s+(?:your|ur)\s+(?:instagram|insta|whatsapp|telegram|facebook|fb|messenger|twitter|tiktok|snapchat|line|discord|signal|skype|wechat|viber|gmail)\s*(?:dms?|requests?|message\s+requests?|inbox|messages?|chat)?\b",
            r"\b(?:(?:do\s+)?(?:you|u)\s+(?:have|use|got)|(?:are\s+)?(?:you|u)\s+on)\s+(?:a\s+|an\s+|any\s+)?(?:whatsapp?|threads|tiktok|telegram|skype|discord|signal|viber|zangi|wechat|line|kakao|instagram|snapchat|imessage|messenger|slack|teams|zoom|gmail|personal\s+e-?mail|(?:other\s+)?messaging\s+apps?|(?:other\s+)?chat\s+apps?|messengers)\b",
            r"そちら(?:で|に|から)[^\n。]{0,12}(?:しましょう|しませんか|お願いします|お願いしたい|お願いして(?:も|いただ)|お願いでき|ください|送ります|お送りします|いただけ|(?:連絡|ご連絡|やり取り|やりとり)を(?:取りたい|取らせて|したい|させて))",
            r"やって(?:ますか|いますか|いたら|たら|る方)|\bdmで",
            r"(?:line|らいん|めーる|\bdm\b|ちゃっとわーく|てれぐらむ|telegram|whatsapp|discord|でぃすこーど|いんすた|便)(?:で|にて)(?:もらえ|いただけ|頂け)(?:ますか|ませんか|ると|たら)",
            r"直接(?:ご)?連絡",
            // IDお送りしますね: the contact is on its way, on whatever app was named.
            r"(?:\bid\b|あかうんと名?|ゆーざー名|連絡先|qrこーど)(?:を|は)?(?:後ほど|のちほど|あとで|別途)?(?:お送り|送り|お伝え|お教え|教え|貼り|載せ)(?:します|いたします|ますね|ておきます)",
            // どちらかインストールしていただけますか: asked to install an app to be reached.
            r"(?:いんすとーる|だうんろーど)(?:して|を)?(?:いただけ|いただき|ください|下さい|もらえ|お願い)",
            r"\b(?:please|kindly|(?:you\s+)?(?:need|have)\s+to|can\s+you|could\s+you)\s+(?:first\s+)?(?:install|download)\b",
            // LINEでもいいですか: asking leave to use an app.
            r"(?:\bline\b|らいん|ちゃっとわーく|chatwork|てれぐらむ|telegram|whatsapp|わっつあっぷ|discord|でぃすこーど|いんすた|instagram|\bdm\b|すかいぷ|skype|slack|すらっく|めっせんじゃー|messenger)(?:で|に|のほう(?:で|に)|の方(?:で|に))も?(?:いい|よい|よろしい|大丈夫|構いません|かまいません)(?:です)?(?:か|でしょうか)",
            r"\b(?:message|msg|text|contact|reach|e-?mail|call|ping|whatsapp|wh[4@]ts\s?[a4@]pp|telegram|dm|hmu)\s+(?:me|us|her|him|them)\b|\bhmu\b|\bhit\s+(?:me|us)\s+up\b",
            r"\bwrite\s+(?:to\s+)?(?:me|us)\s+(?:there|over\s+there|on|at|via)\b",
            r"\b(?:e-?mail|mail|send|text)\s+(?:them|it|this|that|the\s+\w+)\s+to\s+(?:me|us)\s+(?:personally|privately|directly)\b",
            r"\bgive (?:me|us)\s+a\s+(?:call|ring|buzz|text)\b|\b(?:shoot|drop)\s+(?:me|us)\s+(?:a|an)\s+(?:message|text|email|e-mail|dm|line|note)\b",
            r"\bsend (?:your|a|me\s+a)\s+(?:resume|cv|message|dm|text)\s+to\b",
            r"\bsend\b[^\n.]{0,30}\bto\s+(?:my|our)\s+(?:personal|private|own|gmail|yahoo|hotmail|outlook|icloud|proton(?:mail)?|e-?mail|address|whatsapp|telegram|inbox)",
            r"\b(?:let'?s|can we|could we|shall we|(?:mind|ok|okay|alright|fine)\s+if\s+we|how about we|why don'?t we|we should|maybe we (?:can|could|should))\s+(?:talk|chat|continue|move|connect|discuss|communicate)\s+(?:(?:this|the|our)\s+(?:conversation|chat|discussion|talk)\s+|this\s+|it\s+)?(?:on|via|over|outside|through|by)\b",
            r"\b(?:let'?s|can we|could we|shall we|we can|we could|i'?d like to|(?:mind|ok|okay|alright|fine)\s+if\s+we|how about we|why don'?t we|we should|maybe we (?:can|could|should))\s+(?:switch|move|go|hop|jump|migrate|take\s+(?:this|it|the\s+(?:chat|conversation)))\s+(?:over\s+)?(?:to|onto)\b",
            r"\b(?:move|take|switch|shift)\s+(?:this|it|the\s+(?:chat|conversation|discussion))\s+(?:over\s+)?to\s+(?:a|an|my|our)\s+(?:\w+\s+)?(?:app|chat|messenger|platform|channel|server|group)\b"
        ],
        "外部での連絡・やり取りに誘っている",
        "invites you to talk elsewhere"
    ),
    rule!(
        "invite.via_channel",
        Invitation,
        Normal,
        K::KanaLine,
        None,
        [
            // A channel named as the means (…で, …に, …から) and a request or proposal in
            // the same sentence, whatever the verb: ラインで繋がっておきませんか, LINEにて
            // ご案内いたしますので登録をお願いします.
            r"(?:\bline\b|らいん|ちゃっとわーく|chatwork|ちゃわく|telegram|てれぐらむ|whatsapp|わっつあっぷ|signal|skype|すかいぷ|discord|でぃすこーど|slack|すらっく|wechat|kakao|かかお|messenger|めっせんじゃー|いんすた|instagram|facebook|ふぇいすぶっく|gmail|じーめーる|\bsms\b|しょーとめーる|ちゃっとつーる|\bdm\b)(?:の(?:ほう|方|あかうんと)|\s?(?:通話|電話|びでお通話|とーく|ぐるーぷ))?(?:で|にて|に|へ|から|も)(?:も|は)?[^\n。?？!！]{0,20}?(?:ませんか|ましょう|ください|下さい|お願い(?:します|いたします|でき|したい)|いただけ(?:ますか|ませんか|ると|れば)|頂け(?:ますか|ませんか|ると|れば)|もらえ(?:ますか|ませんか|ると|れば)|したいです|させてください|希望します|(?:お?申し?込み?|ご?予約|ご?相談|ご?連絡|ご?依頼)いただけます)",
            // We onboard all freelancers via Skype: the client's channel named as the means.
            r"\b(?:a\s+)?(?:quick\s+)?(?:call|chat|talk|video\s+call|voice\s+call)\s+(?:on|via|over)\s+(?:whatsapp|telegram|signal|skype|discord|viber|wechat|line|messenger|facetime|imo|zalo)\b",
            r"\b(?:we|i)\s+(?:onboard|interview|handle|do|conduct|communicate|hire|work|talk|chat|coordinate|meet)\b[^.\n]{0,30}\b(?:via|on|through|over)\s+(?:skype|telegram|whatsapp|signal|discord|slack|wechat|viber|teams|messenger|google\s+chat|kakao(?:talk)?)\b"
        ],
        "外部アプリでの連絡・やり取りを求めている",
        "asks to continue on an outside app"
    ),
    // ---- direct contracts and fee avoidance ---------------------------------------------
    rule!(
        "deal.direct_contract",
        DirectDeal,
        Normal,
        K::None,
        Some("直接契約"),
        [
            r"直接(?:やり(?:ましょう|ませんか|たい)|やろう)|直接(?:の)?(?:業務委託|委託|請負)契約|直接(?:の)?(?:ご?契約|お?取引|お?取り引き|お?支払|お?振込|お?振り込|払[いうえお]|やり取り|やりとり|ご?発注|ご?請求|送金)",
            // 直で / 直に / 直契約: the colloquial short form of 直接.
            r"(?:業務委託|個人契約|直契約|個別契約)(?:という|の)(?:形|かたち)(?:で|にて)[^\n。]{0,12}直接|(?:弊社|当社|こちら|私|僕)と(?:は)?直接(?:お?取引|お?取り引き|ご?契約|お仕事|やり取り|やりとり)",
            r"直(?:で|に)(?:の)?(?:ご?契約|お?取引|お?取り引き|お?支払|お?振込|やり取り|やりとり|ご?発注|ご?依頼|お願い)|直(?:契約|取引|案件|請け|受注)",
            r"(?:お?支払い?|報酬|代金|お?振込)[^\n。]{0,10}(?:手渡し|個人(?:名義)?の?口座)|(?:手渡し|個人(?:名義)?の?口座)[^\n。]{0,6}(?:お?支払|お?振込|送金)",
            r"個人間|個人的に(?:お願い|ご?依頼|ご?発注|お仕事|ご?契約|お?取引)|個人(?:での|的な)(?:お?取引|お?取り引き|ご?契約)(?:に|へ|で|を)(?:切り替|移|変更|お願い|させて|したい|し(?:ませんか|ましょう)|希望)|個人(?:契約|取引)(?:に|で|へ|を)",
            r"(?:契約|取引)(?:を|は)?[^\n。]{0,20}直接(?:結|交わ|締結|お願い|させて|いただ)",
            r"(?:業務委託|委託|雇用|請負)契約を?[^\n。]{0,4}(?:個別に|別途|別に)(?:結|締結|交わ)|(?:個別に|別途)(?:業務委託|委託|雇用)?契約を?(?:結|締結|交わ)",
            r"請求書(?:を|は)?(?:直接|個別に|別途|めーるで)(?:お?送り|ご?送付|ご?発行|送って|いただ|ください)",
            // A contract of the company's own (not an NDA, which the platforms allow).
            r"(?:弊社|当社)と(?:直接|別途|個別に?)?の?(?:業務委託|雇用|継続|年間|長期)?契約(?:を)?(?:結|締結|交わ|させ)",
            // Orders through the client's own system (弊社の発注しすてむから直接ご依頼).
            r"(?:弊社|当社|自社|私|うち)の(?:受発注|発注|業務|案件|契約|支払い?)?(?:しすてむ|さいと|ぷらっとふぉーむ|ぽーたる|つーる|管理画面)(?:から|で|経由で?|を通じて|を通して)[^\n。]{0,12}(?:ご?依頼|ご?発注|ご?契約|お支払|お?振込|お仕事)",
            // Singular: "direct payments" is mostly a topic (a contract template's section).
            r"\b(?:directly|direct)\s+(?:payment\b|contract|deal|hire|invoic|billing|(?:bank\s+)?transfer|wire)",
            r"\b(?:work|deal|contract)\s+with\s+(?:us|me|my\s+company|our\s+company)\s+directly\b|\bnot\s+(?:through|via)\s+(?:upwork|fiverr)\b|\b(?:contract|hire|pay|invoice)\s+(?:you|freelancers|contractors|them)\s+directly\b|\b(?:bill|invoice|charge)\s+(?:me|us|my\s+company)\s+directly\b|\b(?:zelle|venmo|paypal|cash\s?app|wise)\s+(?:you|u)\b",
            r"\bpay(?:s|ing)?\s+(?:you\s+)?(?:[\w$€£¥,.]+\s+){0,3}directly\b",
            r"\b(?:invoic(?:e|es|ing)|billing|payments?)\s+(?:through|via)\s+(?:my|our)\s+(?:own\s+)?(?:company|business|firm|agency)\b",
            r"\binstead\s+of\s+(?:through|via|on|using)\s+(?:upwork|fiverr|the\s+(?:platform|site|app))\b",
            r"\b(?:send|email|e-mail|submit|forward)\s+(?:your\s+|the\s+|my\s+)?invoices?\s+(?:\w+\s+){0,5}(?:by|via|through|over)\s+e-?mail\b",
            r"\b(?:paid|pay|paying|payment|invoiced?|billed|contract(?:ed)?|hire|hired|sign|signs|signing|signed|onboard|onboarding|engage|engaging)\b[^.\n]{0,40}\b(?:rather\s+than|instead\s+of)\s+(?:through\s+|via\s+|on\s+|using\s+)?(?:upwork|fiverr)\b",
            r"\b(?:send|share|give|provide)\s+(?:me\s+|us\s+)?your\s+(?:bank(?:ing)?|account|paypal|routing)\s+(?:info|information|details|number)",
            r"\b(?:send|share|give|provide|forward)\s+(?:me\s+|us\s+)?your\b[^.\n]{0,20}\band\s+(?:your\s+)?(?:bank(?:ing)?|routing)\s+(?:info|information|details|number)",
            r"\b(?:do|handle|work on|continue)\s+(?:the\s+)?(?:next\s+|future\s+|remaining\s+)?(?:projects?|orders?|jobs?|work|tasks?)\s+directly\b",
            r"\b(?:invoice|bill|charge|order|pay|hire|book)\b[^.\n]{0,30}\b(?:through|via|on|from)\s+your\s+(?:own\s+)?(?:website|site|shop|store|portal|company)\b|\b(?:order|buy|book|hire|work)\s+(?:\w+\s+){0,3}but\s+directly\b",
            r"\b(?:i|we)(?:'ll|'d|\s+will|\s+can|\s+could|\s+would)?\s+(?:\w+\s+){0,2}(?:send|transfer|wire|pay|deposit)\s+(?:\w+\s+){0,4}(?:to|into)\s+your\s+(?:paypal|bank|venmo|zelle|wise|payoneer|cash\s?app|revolut|skrill|crypto|wallet|usdt|btc)\b",
            r"\b(?:send|transfer|wire)\s+(?:you\s+)?(?:the\s+)?(?:payment|money|funds)\s+directly\b|\b(?:directly|straight)\s+(?:to|into)\s+your\s+(?:bank|account|paypal|wallet|payoneer|wise|venmo|zelle|crypto)",
            r"\b(?:hire|pay|onboard|contract|invoice|engage)\s+you\s+(?:as\s+an?\s+\w+\s+)?(?:through|via|on|with)\s+(?:deel|remote\.com|gusto|rippling|oyster|papaya|our\s+payroll|our\s+(?:hr|payroll)\s+(?:system|platform))\b",
            r"\b(?:hire|pay|contract|onboard|invoice|work\s+with)\s+you\s+(?:through|via|on|in|with)\s+(?:my|our)\s+(?:\w+(?:'s)?\s+)?(?:own\s+)?(?:portal|site|website|platform|system|payroll)\b",
            r"\bpayments?\s+(?:will\s+|would\s+|can\s+)?(?:go|goes|run|runs|come|be\s+(?:made|sent|handled|processed))\s+(?:through|via)\s+(?:my|our)\s+(?:\w+(?:'s)?\s+)?(?:own\s+)?(?:portal|site|website|platform|system|payroll|bank)\b",
            r"\b(?:pay|send|transfer)\s+(?:you\s+)?the\s+(?:rest|remainder|balance|difference)\s+(?:to\s+you\s+)?(?:separately|directly|outside|privately|on\s+the\s+side|off\s+the\s+platform)\b",
            r"\bskip\s+(?:the\s+(?:contract|platform|milestones?)|upwork|fiverr)\b|\bavoid\s+(?:upwork|fiverr|the\s+platform)\s+(?:for|this|next|altogether|entirely|completely|and)\b|\btake\s+(?:it|this|things|the\s+chat)\s+off\s+(?:here|upwork|fiverr|the\s+(?:platform|site|app))\b",
            r"\bpaypal\s+(?:f\s?&\s?f|friends\s*(?:&|and)\s*family)\b",
            r"\b(?:the\s+)?(?:real|rest|remaining|actual|full|main)\s+(?:of\s+the\s+)?(?:budget|amount|payment|balance|price)\s+(?:will\s+be|is|gets?)\s+(?:paid|sent|handled|settled)\s+(?:separately|directly|outside|privately|off\s+(?:the\s+)?platform)\b",
            r"\bpayment\s+link\s+(?:from|via|through|on)\s+(?:stripe|paypal|square|wise|payoneer)\b|\b(?:stripe|paypal|square|wise)\s+(?:payment\s+)?(?:link|invoice)\s+instead\b",
            r"\bset\s+up\s+(?:direct|private|outside)\s+(?:payments?|billing|invoicing)\b|\b(?:end|close|cancel|terminate)\s+(?:this|the)\s+(?:upwork\s+|fiverr\s+)?(?:contract|order)\s+and\s+(?:\w+\s+){0,3}(?:direct|outside|privately|separately|my\s+company|paypal|bank)",
            r"\b(?:accept|take|get\s+paid\s+(?:by|via|with|through)|be\s+paid\s+(?:by|via|with|through)|receive)\s+(?:payment\s+(?:by|via|with|through)\s+)?(?:zelle|venmo|paypal|cash\s?app|wise|payoneer|revolut|skrill|crypto|usdt|btc|bitcoin|bank\s+transfer|wire\s+transfer)\s+instead\b",
            r"\bpay\s+(?:you\s+)?(?:in\s+|with\s+)?(?:paypal|zelle|venmo|cash\s?app|wise|crypto|usdt|bitcoin|btc|eth)\b|\bpay\s+you\s+(?:there|that\s+way|on\s+it)\b|\binstead\s+of\s+(?:a\s+new\s+order|(?:an?\s+)?(?:upwork|fiverr)\s+(?:order|contract|milestone))",
            r"\b(?:paid|pay|payment|payments|handled|settled|continued?)\s+outside\s*(?:[,.;!]|$|via\b|through\b|by\b|with\b)",
            r"\b(?:pay|settle|handle|do|continue|finish|complete)\s+(?:the\s+|our\s+|your\s+)?(?:\w+\s+){0,2}outside\s+(?:via|through|by|with|on|using)\b",
            r"\b(?:sign|make|do|set\s+up)\s+(?:a\s+)?(?:separate|private|side|direct|our\s+own)\s+(?:agreement|contract|deal)\b",
            // Taken on as the client's own contractor (set you up as a contractor with our
            // company directly): "hire you as a contractor" alone is how Upwork hires too.
            r"\b(?:contractor|freelancer|employee|vendor|consultant)\s+(?:with|for|of|at|in)\s+(?:our|my)\s+(?:company|firm|agency|business)\s+directly\b|\b(?:sign|onboard|engage|hire|contract)\s+(?:you|freelancers|contractors)\s+(?:on|under|with)\s+(?:our|my)\s+own\s+(?:paperwork|contracts?|agreements?|terms)\b",
            r"\b(?:pay|pays|paid|paying|payment|send|transfer|wire|settle|settling|invoice|invoicing|tip|tipping)\s+(?:you\s+)?(?:[\w$%€£,.]+\s+){0,4}(?:via|through|by|with|on|over)\s+(?:paypal|wise|zelle|venmo|crypto|bank|cash\s?app|western union|payoneer|usdt|bitcoin|wire|check|cheque|revolut|skrill|alipay|remitly)",
            r"(?:paypal|ぺいぱる|paypay|ぺいぺい|\bline\s?pay|銀行振込|wise)\s*(?:で|にて)\s*(?:も|の)?(?:直接|別途|お?支払|お?振込|お?振り込|送金|払|お?送り|いい|よろしい|大丈夫|ok)",
            // The fee paid through another marketplace or a gift card (メルカリ経由でお支払い).
            r"(?:めるかり|らくま|楽天ぺい|あまぞんぎふと|amazonぎふと|ぎふと券|ぎふとかーど|現金書留)(?:経由|で|にて)[^\n。]{0,4}(?:お支払|お?振込|送金|お?送り)",
            r"(?:お?振込|お?振り込み|現金)\s*(?:で|にて)\s*(?:の)?(?:お?支払い?(?:させ|いたし|します|する|を)|お?払い(?:します|する)|送金)",
            // 銀行振込でのお取引に変えていただく: the way of paying moved off the platform.
            r"(?:paypal|ぺいぱる|paypay|ぺいぺい|wise|銀行振込|お?振込|口座振込|請求書|現金)(?:で|にて)の(?:お?取引|お?取り引き|お?支払い?|ご?契約|ご?精算)(?:に|へ)(?:変え|切り替え|切替|変更|移行)(?:て(?:いただ|もら|くださ|頂)|させ|しませんか|ませんか|ましょう|したい|たい|できれば|できませんか|は可能|可能)"
        ],
        "直接契約・直接取引の提案",
        "proposes a direct contract or direct payment"
    ),
    rule!(
        "deal.bypass_platform",
        DirectDeal,
        Normal,
        K::None,
        Some("直接契約"),
        [
            r"(?:通さ|とおさ)(?:ず|ない)",
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと)(?:で|上で|経由で?)の?(?:契約|取引|お?支払い?)(?:は|も)?(?:不要|なし|無し|しない|せず|いりません)",
            r"(?:くらうどわーくす|らんさーず|ここなら|upwork|fiverr|さいと|ぷらっとふぉーむ)(?:さん|様|さま)?(?:の(?:契約|仮払い|決済|しすてむ|機能|お支払い))?(?:を|は)?(?:使わ|利用せ|利用し|介さ|挟ま|はさま)(?:ず|ない)",
            r"経由(?:せず|しない|ではなく|じゃなく|でなく|でない|じゃない|なし)",
            r"(?:さいと|さーびす|ぷらっとふぉーむ|くらうどわーくす|らんさーず|ここなら)(?:上|経由)?(?:の(?:契約|決済|お?支払い?|仮払い|しすてむ))?(?:で|を通して|を通じて)?(?:は)?なく[、,]?\s*(?:当社|弊社|私|僕|直接|個人)",
            r"(?:さいと|さーびす|ぷらっとふぉーむ|くらうどわーくす|らんさーず|ここなら)外(?:で|の)",
            r"(?:お?取引|お?取り引き|ご?契約|お?支払い?|ご?依頼)(?:は|を|も)?(?:外|そと)(?:で|にて)",
            r"個人(?:で|と|として)(?:の)?直接",
            r"仮払い(?:は|を|も)?(?:なし|無し|せず|しない|不要|抜き|なく)",
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと|ぷらっとふぉーむ|運営)(?:さん|様)?(?:を)?抜き(?:で|に|の)",
            r"\baway\s+from\s+(?:upwork|fiverr|the\s+platform|this\s+(?:site|platform|app))\b|\bavoid\s+(?:the\s+)?(?:upwork|fiverr)(?:'s)?\s+(?:checkout|payment\s+system|system|order\s+system)\b",
            r"\boff[\s\-]?(?:the\s+)?(?:platform|site|upwork|fiverr)\b|\b(?:we'?re|we\s+are|we\s+get|get|move|go|take\s+(?:this|it))\s+off\s+here\b",
            r"\boutside\s+(?:of\s+)?(?:upwork|fiverr|(?:the|this)\s+(?:platform|site|app|website|chat))",
            r"\b(?:do|take|move|finish|handle|continue|keep)\s+(?:it|this|that|things|the\s+(?:rest|project|job|work|order))\s+(?:\w+\s+)?outside\s+(?:of\s+)?(?:here|this)\b",
            // Not "…での契約は今回で終了となります。ありがとうございました": only when the
            // next words move on (今回で終了とし、次回からは…).
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと)(?:で|上で|経由で?)?の?(?:契約|取引|お?取り引き)(?:は|も)?(?:今回で|これで)?(?:終了|最後|おしまい|打ち切)(?:に|と)?(?:して|し|させて|させ)[、,]?[^\n。]{0,12}(?:今後|以降|次回|これから|次から|この先)",
            r"(?:差額|残り(?:の(?:金額|分))?|残額|残金)(?:は|を)?[^\n。]{0,6}(?:別で|別途|直接|個別に)[^\n。で]{0,4}(?:お?支払|お?振込|お?振り込|送金)|最低(?:限の)?(?:料金|金額|価格)で(?:ご?購入|ご?契約|契約|発注)",
            r"(?:契約|ご?購入|ご?注文|お?取引)(?:は|を)?[^\n。]{0,8}(?:きゃんせる|取り消し|取消)[^\n。]{0,24}(?:個別に|別途|直接|別で)[^\n。]{0,4}(?:お?支払|お?振込|お?振り込|送金|お願い|お?取引)",
            // 契約は形式上のもので: the platform's contract is for show.
            r"(?:契約|お?取引|ご?発注)(?:は|も)?[^\n。]{0,6}(?:形式上|形だけ|名目上|建前|表向き)",
            r"請求書での(?:お?取引|お?取り引き|ご?契約)",
            r"請求書(?:べーす|払い|での?お?支払い?)(?:で|にて)?(?:の)?(?:お?取引|お?取り引き|ご?契約|ご?依頼|お願い)",
            r"(?:次回|次の(?:案件|お仕事|ご依頼)|今後|以降|来月)(?:から|以降)?(?:は|も)?[^\n。]{0,6}請求書(?:で|にて|を発行して|べーすで)[^\n。]{0,4}(?:お?支払|お?振込|お?振り込|ご?精算)",
            r"\b(?:bypass|circumvent)\b",
            // "without Fiverr", not "without Fiverr's approval".
            r"\b(?:without|minus)\s+(?:going\s+through\s+|using\s+|involving\s+)?(?:upwork|fiverr|the\s+platform)(?:[\s.,!?;)]|$)",
            r"\b(?:don'?t|do\s+not|not)\s+use\s+(?:upwork|fiverr|the\s+platform)\s+(?:for\s+(?:ongoing|future|the\s+(?:rest|next)|next|payments?|invoicing|billing|this\s+(?:one|project|job)|our\s+(?:work|projects?))|anymore|any\s+more|going\s+forward|from\s+now)\b",
            r"\bno\s+need\s+(?:to|for)\s+(?:involve|involving|use|using|go\s+through|going\s+through)\s+(?:upwork|fiverr|the\s+platform|(?:the\s+)?(?:upwork\s+|fiverr\s+)?(?:milestones?|escrow))\b",
            r"\bwithout\s+(?:a|an|the)\s+(?:new\s+)?(?:upwork\s+|fiverr\s+)?(?:order|contract|milestone)\b",
            // The platform's contract is for show (the contract here is just a formality).
            r"\b(?:contract|order|milestone|offer)\s+(?:here|on\s+(?:upwork|fiverr)|on\s+the\s+(?:platform|site))\s+(?:is|will\s+be)\s+(?:just|only|merely)\s+(?:a\s+)?(?:formality|for\s+show|placeholder)\b",
            r"\bno\s+(?:platform|site|upwork|fiverr|third[\s-]party|middle\s?m[ae]n)\s+in\s+(?:between|the\s+middle)\b",
            r"\b(?:no|without\s+(?:a\s+|the\s+|any\s+)?)(?:middle\s?m[ae]n|intermediar(?:y|ies))\b|\b(?:work|working|continue|deal)\s+together\s+independently\b|\b(?:keep|continue)\s+(?:working|to\s+work)\s+independently\b",
            r"\b(?:once|when|after)\s+(?:this|the|our)\s+(?:upwork\s+|fiverr\s+)?(?:contract|order|project|milestone)\s+(?:ends|is\s+(?:over|done|closed|finished|complete))\b[^.\n]{0,30}\b(?:keep|continue|work)",
            r"\b(?:move|switch|transfer|take)\s+(?:our|the|this|future)\s+(?:contract|payments?|billing|invoicing|work|collaboration)\s+(?:to|onto|over\s+to)\s+(?:paypal|payoneer|wise|zelle|venmo|direct|invoic|bank|crypto|our\s+own|my\s+own)",
            r"\b(?:continue|work|deal|do|handle|take|talk|communicate)\s+(?:\w+\s+){0,3}(?:privately|in\s+private)\b",
            r"\b(?:close|end|cancel)\s+(?:the|this|our)\s+(?:upwork\s+|fiverr\s+)?contract\b[^.\n]{0,40}?\band\s+(?:i'?ll\s+|we'?ll\s+|we\s+can\s+|we\s+could\s+)?(?:continue|work|keep)",
            r"\b(?:close|end|cancel|refund)\s+(?:the|this|my|our|your)\s+(?:upwork\s+|fiverr\s+)?(?:order|contract|milestone)\s+and\s+(?:i'?ll\s+|we'?ll\s+|i\s+will\s+|we\s+will\s+|i\s+can\s+|just\s+)?(?:pay|send|transfer|wire)\b"
        ],
        "プラットフォームを通さない取引の提案",
        "proposes dealing outside the platform"
    ),
    rule!(
        "deal.fee_avoidance",
        DirectDeal,
        Normal,
        K::None,
        Some("手数料回避"),
        [
            r"(?:利用料|手数料)[^\n。]{0,12}(?:かから|もったいな|高い|たかい|(?:思ったより|予想より|予想以上に|かなり|結構|けっこう|意外と)(?:大きい|おおきい)|大きすぎ|痛い|いたい|ばかにならな|馬鹿にならな|節約|浮|払いたくな|なし|無し|ぜろ|0円|抜き|省)(?:ない|ず)?",
            // Being charged is a fact (利用料が引かれた金額); complaining about it is not.
            r"(?:利用料|手数料)[^\n。]{0,12}(?:引かれ|ひかれ|取られ)(?:てしま|ちゃ|る(?:ので|から|のが)|過ぎ|すぎ|たくな)",
            r"(?:利用料|手数料)[^\n。]{0,12}(?:引かれ|ひかれ|取られ|かから)(?:ない|ず)(?:方法|形|やり方|ように|で)",
            r"(?:経由|通す)(?:だと|と)[^\n。]{0,10}(?:割高|高く|手間|面倒|めんどう|負担)",
            r"(?:利用料|手数料|しすてむ料|さーびす料)の?(?:分|ぶん)(?:を|は|だけ)?[^\n。]{0,8}(?:値引|割引|引いて|安く|上乗せ|還元|お得)",
            r"\b(?:save|saves|saving|avoid|avoiding|skip|cut)\s+(?:us\s+(?:both\s+)?|you\s+|both\s+of\s+us\s+)?(?:the\s+|on\s+)?(?:(?:upwork|fiverr)(?:'s)?\s+|platform\s+|service\s+)?(?:\d+\s?%\s+)?(?:service\s+)?(?:fees?|commission)",
            r"\b(?:fees?|commission)\s+(?:here\s+|(?:on|for)\s+(?:upwork|fiverr|my\s+(?:side|end)|our\s+(?:side|end)|me|us)\s+)?(?:are|is)\s+(?:\w+\s+)?(?:crazy|too high|high|insane|ridiculous|killing|killin'?|eating|expensive|steep|too\s+much)",
            r"\b(?:payment|pay|paying|deal|invoice|invoicing)\b[^.\n]{0,20}\bbetween\s+(?:ourselves|us|the\s+two\s+of\s+us)\b|\bprefer\s+(?:paypal|payoneer|wise|zelle|venmo|crypto|bank\s+transfers?|cash)\s+(?:to|over)\s+(?:upwork|fiverr)|\bdirectly\s+between\s+us\b|\bbetween\s+(?:us|ourselves|the\s+two\s+of\s+us)\s+directly\b",
            r"\bcheaper\s+for\s+(?:both\s+of\s+us|us\s+both|the\s+two\s+of\s+us|both\s+sides|everyone)\b",
            r"\b(?:fees?|commission)\s+(?:eats?|cuts?)\s+into\b|\b(?:upwork|fiverr)(?:'s\s+fees?)?\s+(?:is|are)\s+(?:too|so|really|very)\s+(?:expensive|costly|pricey)\b|\blos(?:e|es|ing)\s+\d+\s?%\s+to\b|\bsave\s+(?:us\s+both|both\s+of\s+us|each\s+other)\s+(?:some\s+)?(?:money|cash)\b",
            r"\b(?:upwork|fiverr)\s+(?:takes|keeps|charges|eats|grabs)\s+(?:\d+\s?%|a\s+(?:big|huge|large)\s+cut|too\s+much|a\s+lot)|\bno\s+(?:upwork\s+|fiverr\s+|platform\s+)?(?:fees?|commission)\s+for\s+(?:either|both)|\bsame\s+(?:rate|price|pay)[,\s]+(?:but\s+)?no\s+(?:fees?|commission)\b",
            r"\b(?:rather not|don'?t want to|do not want to|avoid|without)\s+(?:pay(?:ing)?\s+)?(?:the\s+)?(?:upwork|fiverr|platform|service)(?:'s)?\s+(?:service\s+)?(?:fees?|commission|cut)",
            r"\b(?:upwork|fiverr)\s+(?:doesn'?t|does not|won'?t|will not)\s+take\b",
            r"\b(?:upwork|fiverr)(?:'s)?\s+(?:\d+\s?%\s+)?(?:marketplace\s+|service\s+|platform\s+)?(?:fees?|commission|cut)\s+(?:adds?\s+up|is\s+too|are\s+too|hurts?|kills?)",
            // The negation is part of the words, so it is no refusal of what follows.
            r"\b(?:don'?t|do not|rather not|not)\s+(?:want\s+to\s+|wish\s+to\s+|like\s+to\s+)?(?:go|going|pay|paying|work|working)\s+through\s+(?:upwork|fiverr|the\s+(?:platform|site|app))\s+(?:every\s+time|each\s+time|anymore|again|for)",
            r"\b(?:you|you'?ll|you\s+will|you\s+can)\s+(?:get|keep|receive)\s+(?:all\s+|the\s+full\s+)?100\s?%|\bkeep\s+(?:the\s+)?(?:full|whole|entire)\s+(?:amount|payment)\b",
            r"(?:全額|満額|100\s?%)[^\n。]{0,6}(?:受け取れ|お受け取り(?:いただけ|できます)|手元に残)",
            // More than the platform pays (くらうどわーくすより単価を上げられます).
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと|ぷらっとふぉーむ)(?:より|よりも|経由より|の時より)[^\n。]{0,6}(?:単価|報酬|金額|お支払い?額?|料金)(?:を|が|も)?(?:上げ|高く|多く|上乗せ|増や|上が|あが)",
            // そちらの方がお安くご案内できます: cheaper where the platform takes no fee.
            r"(?:そちら|そっち|あちら|直接|外部|個人)(?:の方|のほう|で|から)?(?:が|だと|なら|の方が|のほうが)[^\n。]{0,6}(?:お?安く|安い|安め|割安|お得)",
        ],
        "手数料を避けるための提案",
        "wants to avoid the platform fee"
    ),
    rule!(
        "deal.payment_method",
        Payment,
        Normal,
        K::None,
        None,
        [
            r"paypal|ぺいぱる|paypay|ぺいぺい|\bline\s?pay\b|\bwise\b|zelle|revolut|skrill|alipay|remitly|venmo|cash\s?app|western union|payoneer|bank transfer|wire transfer|bank account|銀行振込|口座|振込先|\busdt\b|bitcoin|びっとこいん"
        ],
        "外部の支払い手段への言及",
        "mentions an outside payment method"
    ),
    // ---- vague moves --------------------------------------------------------------------
    rule!(
        "vague.outside_tool",
        VagueMove,
        Normal,
        K::None,
        Some("外部ツール"),
        [
            r"外部の?(?:つーる|あぷり|さーびす|ちゃっと|sns|連絡)",
            r"外部(?:で|にて)の?(?:やり取り|やりとり|ご?連絡|お?話|ご?相談|お?取引|打ち合わせ|ご?説明|お?伝え|ご?案内)",
            r"(?:別|他|ほか)の(?:連絡手段|連絡方法|方法でご?連絡)",
            r"(?:別|他|ほか)の?(?:るーと|経路|窓口)(?:で|から|にて)",
            r"(?:別|他|ほか)の(?:さーびす|さいと|ぷらっとふぉーむ)(?:で|に|にて)も?[^\n。]{0,8}(?:ご?相談|ご?連絡|やり取り|やりとり|お?話|ご?依頼|ご?契約|お?取引|ご?登録)",
            r"(?:そちら|そっち|あちら)(?:で|に)[^\n。]{0,8}(?:一本化|統一|まとめさせ|集約)",
            r"(?:連絡|やり取り|やりとり)(?:を|が|の)?(?:取れる|取りやすい|しやすい|できる)(?:手段|方法|つーる|あぷり|場所|ところ)(?:で|に|へ)",
            // 連絡が取りやすいツールがあるので、そちらに: a tool for talking is offered.
            r"(?:連絡|やり取り|やりとり|お?話|めっせーじ)(?:が|を|の)?[^\n。]{0,10}(?:つーる|あぷり)(?:が|も)(?:ある|あり)",
            r"(?:ここ|こちら|さいと|くらうどわーくす|らんさーず|ここなら)以外(?:の)?(?:場所|ところ|所|さーびす|つーる|あぷり|方法)?(?:で|にて|から)",
            r"(?:別|他|ほか)の(?:あぷり|つーる)[^\n。]{0,6}(?:連絡|やり取り|やりとり|話|移|つなが|繋が|送|めっせーじ|ちゃっと)",
            // 別で連絡取れるところありますか: somewhere else to be reached.
            r"別(?:で|に|途)(?:ご?連絡|やり取り|やりとり)(?:を|が)?(?:取れる|とれる|取り合える|できる)|(?:連絡|やり取り|やりとり)(?:を|が)?(?:取れる|とれる|できる)(?:ところ|場所|所)(?:は|って|が)?(?:あり|ある)",
            r"(?:別|他|ほか)の(?:手段|方法|つーる|あぷり)で(?:の)?[^\n。]{0,6}(?:連絡|やり取り|やりとり|お?話|取り合|お願い|お?渡し|お?送り|共有|ご?相談)",
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと|こちら)の(?:めっせーじ|ちゃっと|とーくるーむ)(?:で)?は?なく[、,]?\s*(?:別|他|ほか|外部|直接|line|らいん|めーる|電話)",
            r"(?:私|弊社|当社|僕|わたし|自分)の(?:ほーむぺーじ|\bhp\b|さいと|うぇぶさいと|ぶろぐ|ぽーとふぉりおさいと)(?:の|から|に|にある)[^\n。]{0,14}(?:ふぉーむ|お?問い?合わ?せ|ご?連絡|ご?依頼|お?申し?込)",
            r"(?:違う|別の|他の|ほかの)(?:形|かたち|やり方|ところ|場所|手段|方法)で[^\n。]{0,6}(?:ご?連絡|やり取り|やりとり|お?話|取り合|つなが|繋が)",
            // The client's own form for applying or registering (選考は弊社の採用フォームで).
            r"(?:弊社|当社|私|自社)?の?(?:採用|応募|えんとりー|登録|申し?込み?)(?:用の?)?ふぉーむ(?:で|から|より|にて|に|へ)",
            r"(?:名刺|署名|添付(?:の|した)?(?:資料|ふぁいる|画像)?)(?:に|の)?(?:記載|書い|載せ|掲載|ある|あります)[^\n。]{0,6}(?:連絡先|めーる|番号|あどれす)(?:まで|に|へ|から|の方)",
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと|ぷらっとふぉーむ)の(?:外|そと)(?:で|の|に|が|へ)",
            r"\bforms\.gle/|docs\.google\.com/forms|\btypeform\.com|\bjotform\.com|(?:url|りんく)(?:先)?の?ふぉーむ(?:で|から|より|にて)",
            // 連絡はこちらではなく…: the platform's messages set aside.
            r"(?:連絡|ご連絡|やり取り|やりとり|お?返事|ご?返信|ご?応募)(?:は|を)(?:こちら|ここ|くらうどわーくす|らんさーず|ここなら)(?:で|から)?(?:は)?なく",
            // 弊社の採用サイトからエントリー: applying again, on the client's own site.
            r"(?:弊社|当社|私|自社)の?(?:採用|応募|公式|専用|会員)?(?:さいと|ほーむぺーじ|\bhp\b|ぺーじ|あぷり)(?:から|で|より|にて|上で)[^\n。]{0,6}(?:えんとりー|ご?応募|ご?登録|お?申し?込|選考)",
            r"\b(?:apply|re-?apply|register|sign\s+up)\s+(?:again\s+)?(?:on|at|through|via)\s+(?:our|my)\s+(?:own\s+)?(?:careers?\s+(?:page|site|portal)|website|site|portal|hiring\s+page)\b",
            r"\b(?:another|other|different)\s+(?:app|platform|channel|messenger|site|website)\b|\bmy\s+other\s+account\b|\binstead\s+of\s+(?:here|this\s+(?:chat|site|app|platform))\b",
            r"\b(?:our|my)\s+(?:own\s+|internal\s+|private\s+|company\s+)(?:workspace|platform|portal|system|chat|server)\s+where\s+(?:we|i)\s+(?:handle|do|discuss|manage|communicate|talk\s+about)\s+(?:everything|the\s+rest|all\s+(?:the\s+)?(?:communication|details|payments|work))",
            r"\b(?:have|got|is\s+there)\s+(?:an?\s+)?(?:another|other|alternative|different|second|backup|outside)\s+(?:contact|contacts|means\s+of\s+contact|way\s+of\s+contact)\b",
            r"\b(?:register|sign\s+up|create\s+an\s+account|open\s+an\s+account)\s+(?:on|at|with|in)\s+(?:our|my)\s+(?:own\s+)?(?:platform|site|website|app|portal|system)\b",
            r"\b(?:my|our)\s+(?:own\s+)?(?:website|site|homepage|portfolio|blog)(?:'s)?\s+(?:contact\s+(?:page|form)|form|booking\s+page)",
            r"\b(?:another|other|a\s+different|some\s+other|a\s+better|a\s+faster|a\s+quicker|an\s+easier|a\s+more\s+direct)\s+way\s+(?:to|for\s+(?:us|me)\s+to|i\s+can|we\s+can|that\s+i\s+can|we\s+could|i\s+could)\s+(?:reach|contact|talk|chat|get\s+in\s+touch|communicate|stay\s+in\s+touch|keep\s+in\s+touch|send|share|get|give)",
            r"\b(?:reach|contact|message|call|text)\s+(?:you|u)\s+(?:some\s+other\s+way|another\s+way|elsewhere|outside\s+(?:of\s+)?(?:here|this))\b",
            r"\b(?:message|contact|reach|e-?mail|text|write\s+to)\s+(?:you|u)\s+(?:from|on|via|through|with)\s+my\s+(?:personal|private|other|own|second)\s+(?:account|e-?mail|number|phone|profile)\b",
            r"\b(?:a\s+)?(?:way|means)\s+to\s+(?:contact|reach|message|talk\s+to|call)\s+you\s+(?:directly\b|that\s+(?:isn'?t|is\s+not)\b|not\s+(?:through|on|via)\b|other\s+than\b|outside\b|besides\b)|\bhow\s+else\s+(?:can|could)\s+(?:we|i)\s+(?:work|reach|contact|talk|connect|stay)",
            r"\b(?:connect|talk|chat|continue|move|communicate|keep|take|have)\s+(?:(?:this|the|our)\s+(?:conversations?|chats?|discussions?|talks?)\s+)?(?:somewhere|someplace|elsewhere)\b",
            r"\b(?:talk|speak|chat|discuss|tell\s+you|explain)\b[^.\n]{0,20}\boff\s+the\s+record\b",
            r"\bprivately\s*,?\s+(?:and\s+)?not\s+(?:here|on\s+(?:upwork|fiverr|this\s+(?:site|platform|app)))\b|\bnot\s+(?:here|on\s+(?:upwork|fiverr))\s*,?\s+(?:but\s+)?(?:privately|elsewhere|in\s+private)\b",
            r"\b(?:take|move)\s+(?:this|it)\s+(?:somewhere|someplace|elsewhere)\b|\bwhat\s+(?:else\s+)?(?:do\s+you|apps?\s+do\s+you)\s+use\s+(?:besides|other\s+than|apart\s+from|outside(?:\s+of)?)\s+(?:upwork|fiverr|this)\b",
            r"\b(?:is\s+there|do\s+you\s+have|(?:can|could|shall)\s+we\s+(?:use|find|move\s+to|switch\s+to))\s+(?:a|an|another|some)\s+(?:more\s+)?(?:private|secure|direct|personal|discreet|encrypted|safer)\s+(?:channel|chat|app|messenger|platform|way|place)\b",
            r"\b(?:continue|talk|chat|move|take\s+(?:this|it))\b[^.\n]{0,20}\b(?:on|to|via|over|in)\s+(?:a|an|some)\s+(?:more\s+)?(?:private|secure|personal|discreet)\s+(?:channel|chat|app|messenger|platform)\b",
            r"\b(?:somewhere|someplace|anywhere|place)\s+else\s+(?:where\s+)?(?:we|i)\s+(?:can|could)\s+(?:chat|talk|connect|communicate|discuss|continue|reach)",
            r"\b(?:another|other|a\s+different|some\s+other|a\s+better|a\s+more\s+private)\s+(?:place|spot|channel)\s+(?:to|for\s+(?:us|me)\s+to)\s+(?:chat|talk|discuss|communicate|continue|connect|meet)\b|\b(?:work|talk|deal|do\s+(?:this|it|business)|continue|proceed|communicate)\s+(?:in\s+)?(?:some\s+other|another|a\s+different)\s+way\b",
            r"\b(?:talk|chat|continue|discuss|work|working|collaborat\w*)\b[^.\n]{0,30}\bbut\s+not\s+(?:on|in|through|via)\s+(?:this|the)\s+(?:app|site|platform|chat)\b|\b(?:do\s+you\s+(?:have|use)|is\s+there)\s+(?:something|anything|somewhere)\s+else\b",
            // An outside form that collects the worker's details.
            r"\b(?:fill\s+(?:out|in)|complete|submit)\s+(?:our|the|this|an?)\s+(?:\w+\s+)?form\s+(?:at|on|via)\s+(?:https?://|www\.|bit\.ly|forms\.gle|tinyurl|docs\.google|[a-z0-9\-]+\.(?:com|net|org|io|ly|me|gl|co)\b)|(?:ぐーぐる|google)\s?ふぉーむ[^\n。]{0,24}(?:ご?記入|ご?回答|入力|送信|ご?登録)"
        ],
        "外部のツール・別の連絡手段への誘導",
        "wants to move to another tool or channel"
    ),
    rule!(
        "vague.talk_outside",
        VagueMove,
        Normal,
        K::NotInCompound,
        Some("外部ツール"),
        [
            r"(?:外|よそ)(?:で|にて)(?:お?話|やり取り|やりとり|ご?連絡|ご?相談|ご?発注|ご?依頼|ご?契約|お?取引|お?支払|続け)",
            r"(?:外|よそ)(?:で|にて)[^\n。]{1,12}?(?:お?話し(?:し)?(?:ませんか|ましょう|たい)|お?話(?:を)?させて|ご?説明(?:させて|します|いたします|したい)|お会い(?:し|でき)|会い(?:ませんか|ましょう|たい))"
        ],
        "外で話そうとしている",
        "wants to talk outside (the platform)"
    ),
    rule!(
        "vague.cannot_here",
        VagueMove,
        Normal,
        K::None,
        Some("外部連絡"),
        [
            r"(?:ここ|こちら|(?:この|こちらの)(?:さいと|さーびす|めっせーじ|とーくるーむ)|くらうどわーくす|らんさーず|ここなら)(?:で|から|上)?(?:は|だと|では|には)[^\n。]{0,15}(?:送れ|伝えられ|話せ|書け|言え|書き込め|載せられ|貼れ|貼り付けられ|添付でき|(?:お?送り|お?伝え|お?話し|ご?案内|共有|記載|書き)(?:でき|しきれ|きれ))(?:ない|ません)|(?:ここ|こちら)(?:で|から)?(?:は|だと|では)[^\n。]{0,15}(?:お?伝え|お?送り|ご?案内|ご?説明|お?話し|共有)(?:いたし|し)?(?:できかね|かね)",
            r"\b(?:upwork|fiverr)\s+(?:doesn'?t|does not|won'?t|will not)\s+(?:allow|let)\s+(?:me|us)",
            // Not 個別にご連絡いたします: that is how clients tell the hired ones, on the platform.
            r"個別に(?:ご)?(?:連絡|お?話し?|ご?説明|ご?案内)(?:させて|を取らせて|を?取りたい|しませんか|しましょう|したい)|詳しく(?:は|の話は)[^\n。]{0,4}個別に(?:お?話|ご?説明)",
            r"個人的に(?:ご)?(?:やり取り|やりとり|連絡|ご連絡|お話)",
            r"(?:ここ|こちら|くらうどわーくす|らんさーず|ここなら)(?:で|上)?(?:は|だと|では)[^\n。]{0,10}(?:やり取り|やりとり|連絡|お?話|ご?相談|お?伝え|お?送り|共有|詰め|決め|まとめ)(?:が|し)?(?:しづらい|しにくい|づらい|にくい)",
            r"規約(?:が|で|上|の関係で)[^\n。]{0,12}(?:書け|送れ|言え|伝えられ|載せられ|話せ)(?:ない|ません)",
            // The client's side cannot read the platform's messages (社内で閲覧できない決まり).
            r"(?:くらうどわーくす|らんさーず|ここなら|さいと)の(?:めっせーじ|ちゃっと|とーくるーむ)(?:は|が)[^\n。]{0,12}(?:閲覧でき|見られ|見れ|使え|開け|確認でき)(?:ない|ません)",
            r"(?:とーくるーむ|めっせーじ(?:機能)?)(?:で|から|上)?(?:は|だと|では)[^\n。]{0,10}(?:送れ|添付でき|送信でき|載せられ)(?:ない|ません)",
            r"(?:とーくるーむ|めっせーじ(?:機能)?)(?:で|から|上)?(?:は|だと|では)[^\n。]{0,10}(?:送り|送信し|添付し|やり取りし|やりとりし|伝え)(?:にくい|づらい)",
            r"\bcan'?t\s+(?:discuss|share|send|talk about|explain)\s+(?:this|the\s+details|details|it|more)\s+(?:here|on\s+(?:upwork|fiverr))",
            r"\bcan(?:'?t|not)\s+(?:discuss|share|send|talk\s+about|explain|give|post)\s+(?:the\s+)?(?:full|whole|complete|real|all\s+the)\s+(?:brief|details|information|info|specs?|job\s+description)\s+here\b",
            r"\bcan(?:'?t|not)\s+(?:discuss|share|send|talk\s+about|explain|give|post)\b[^.\n]{0,30}\b(?:on|in)\s+(?:upwork|fiverr|this\s+(?:platform|site|app|chat))\b",
            r"\bnot\s+comfortable\s+(?:discussing|sharing|talking\s+about|sending)\b[^.\n]{0,30}\b(?:on|in|here|through)\b",
            r"\bmy\s+messages?\s+(?:here\s+|on\s+(?:upwork|fiverr)\s+)?(?:keep|keeps)\s+(?:getting\s+|being\s+)?(?:blocked|flagged|deleted|removed|censored|cut\s+off|truncated|hidden|lost)\b",
            r"\b(?:upwork|fiverr)(?:'s)?\s+(?:chat|messages?|messaging|inbox|messenger)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:\w+\s+)?(?:secure|safe|private|reliable|encrypted)",
            // The negation is the claim (we don't discuss rates on Upwork), not a refusal.
            r"\b(?:we|i)\s+(?:don'?t|do\s+not|never|can'?t|cannot)\s+(?:discuss|talk\s+about|share|negotiate)\s+(?:\w+\s+){0,2}(?:on|via|through|in)\s+(?:upwork|fiverr|the\s+platform)\b",
            r"\b(?:because\s+of|due\s+to|past|around|avoid|get\s+past)\s+(?:the\s+)?(?:fiverr|upwork|platform)(?:'s)?\s+(?:filters?|censors?|censorship|bots?|moderation)\b"
        ],
        "「ここでは送れない」と外部連絡を求めている",
        "says it cannot be discussed here"
    ),
    rule!(
        "vague.search_me",
        VagueMove,
        Normal,
        K::None,
        Some("外部連絡"),
        [
            r"同じ(?:名前|なまえ|あかうんと名|ゆーざー名|id)で(?:検索|探)",
            r"(?:名前|なまえ|あかうんと名|ゆーざー名)[^\n。]{0,14}で(?:出てき|出てく|出ます|出る|ひっかか|見つか)",
            r"(?:私|わたし|僕|弊社|当社)の(?:名前|なまえ|氏名|社名|会社名|屋号)で[^\n。]{0,8}(?:検索|探)(?:して|お願い|ください)",
            r"(?:あどれす|めあど|めーる|連絡先|\bid\b|あかうんと|番号|らいん|\bline\b)は?[^\n。]{0,6}(?:ぷろふぃーる|ぷろふ)(?:の)?(?:画像|写真|欄|あいこん|文)?(?:に|へ|で)",
            r"\b(?:handle|username|user\s?name|id|account)\s+is\s+the\s+same\s+as\s+(?:my\s+name|here|on\s+(?:upwork|fiverr))",
            r"\bsame\s+(?:handle|username|user\s?name|name|id)\s+as\s+(?:here|on\s+(?:upwork|fiverr)|(?:this|my)\s+(?:one|account|profile))\b|\bfind\s+me\s+(?:there|on\s+(?:telegram|whatsapp|discord|instagram|skype|signal|wechat|line|facebook|linkedin|x|twitter))\b",
            r"別の(?:ところ|場所|所)で",
            r"で検索(?:して|すると|してください|できます|で出て|すれば)",
            r"(?:ぷろふぃーる|profile)[^\n。]{0,12}(?:連絡先|contact|\bsns\b|あかうんと|りんく)",
            r"(?:ぷろふぃーる|ぷろふ)(?:に|へ|の)[^\n。]{0,8}(?:さいと|url|ほーむぺーじ|\bhp\b|ぶろぐ|りんく)(?:から|で|に|へ)[^\n。]{0,6}(?:お?問い?合わ?せ|ご?連絡|お?申し?込|ご?相談|めっせーじ)",
            r"(?:私の|弊社の|こちらの|僕の|\bmy\s+)[^\n。]{0,6}(?:ぷろふぃーる|ぷろふ|profile|bio)[^\n。]{0,10}(?:書いて|載せて|記載|のせて|\bhas\b|\blisted\b)",
            r"(?:あどれす|\bid\b|あかうんと|めーる)[^\n。]{0,14}(?:名前|なまえ|表示名|ゆーざー名)と同じ",
            r"\b(?:search|look)\s+(?:for\s+)?(?:me|my\s+name)\s+on\b",
            // Search for my name, daniel_ko: a handle to look up, wherever.
            r"\b(?:search|look)\s+(?:for\s+|up\s+)?(?:me|my\s+(?:name|handle|username|user\s?name|id))\s*[,:(]?\s*[\x22“'@]?[a-z0-9][a-z\-]*[0-9_.][a-z0-9._\-]*[a-z0-9]",
            // Is there a better channel where we can talk freely?
            r"\b(?:better|another|other|different|private|more\s+private|more\s+direct)\s+(?:channel|place|app|platform|way|method|spot)\s+(?:where|that)\s+we\s+(?:can|could)\s+(?:talk|chat|discuss\s+(?:it|this|things|details)|communicate|speak)(?:\s+(?:more\s+)?(?:freely|privately|openly|directly))?\s*(?:[?.!\n]|$)",
            r"\b(?:channel|app|platform|way|place|site)\s+(?:that|which)\s+(?:isn'?t|is\s+not)\s+(?:upwork|fiverr|this\s+(?:one|site|platform|app))\b|\b(?:are\s+you|r\s+u)\s+on\s+(?:any\s+)?(?:other|another)\s+(?:platforms?|apps?|sites?|messengers?|networks?)\b",
            r"\bwhere\s+we\s+(?:can|could)\s+(?:talk|chat|speak|communicate|message)\s+(?:freely\s+)?(?:without|with\s+no)\s+(?:the\s+|any\s+)?(?:\w+\s+)?(?:limits?|restrictions?|filters?|monitoring|rules)\b",
            // Drop me a line at the address in my website's footer.
            r"\b(?:drop\s+me\s+a\s+line|e-?mail\s+me|write\s+(?:to\s+)?me|reach\s+(?:out\s+to\s+)?me|contact\s+me|message\s+me|get\s+in\s+touch|ping\s+me)\s+(?:at|via|through|on|using)\s+the\s+(?:e-?mail\s+)?(?:address|e-?mail|number|contact\s+(?:info|details))\s+(?:in|on|from|listed\s+(?:in|on))\s+(?:my|our)\b",
            // もう少し気軽に話せる場所に移動しませんか.
            r"(?:話せる|お?話しできる|やり取りできる|やりとりできる|連絡を?取れる|連絡できる)(?:場所|ところ|所|環境|つーる|あぷり)(?:に|へ)(?:移動|移|うつ|変え|切り替え)",
            r"\b(?:my|our)\s+(?:e-?mail|number|phone|contacts?|contact\s+info|whatsapp|telegram|handle)\s+(?:is|are)\s+(?:in|on)\s+(?:my|our|the)\s+(?:profile|bio|avatar)",
            r"\b(?:left|put|added|listed|dropped|placed)\s+(?:my|our)\s+(?:e-?mail|number|phone|contacts?|contact\s+(?:info|details)|whatsapp|telegram|handle|socials)\s+(?:in|on)\s+(?:my|our|the)\s+(?:profile|bio|avatar|about\s+(?:section|me)|description)\b",
            r"\bsearch\s+(?:for\s+)?[\x22“'][^\x22”'\n]{2,40}[\x22”']",
            // If you google my studio name, you'll find my details.
            r"\b(?:google|search\s+(?:for\s+)?|look\s+up)\s+(?:my|our)\s+(?:\w+\s+)?name\b|\byou(?:'ll|\s+will|\s+can|\s+should)\s+find\s+(?:my|our)\s+(?:contact\s+)?(?:details|info|number|e-?mail|whatsapp|telegram|contacts?)\b"
        ],
        "名前で検索させる・プロフィールの連絡先へ誘導",
        "points you to search for them or their profile's contacts"
    ),
    // ---- bypassing the rules ------------------------------------------------------------
    rule!(
        "bypass.application",
        Bypass,
        Normal,
        K::None,
        Some("申請回避"),
        [
            r"申請(?:は|とか|など|なんて|なんか)?(?:なし|せず|しない|不要|いらない|面倒|めんどう|は?手続きが面倒)",
            r"申請(?:は|を)?[^\n。]{0,6}(?:時間がかかる|待たず|待てない|後回し|(?:後で|あとで)(?:いい|良い|大丈夫|構わ)|してから(?:だと|では)遅)"
        ],
        "サービス外連絡申請をしないよう求めている",
        "wants to skip the off-platform contact application"
    ),
    rule!(
        "bypass.hide",
        Bypass,
        Normal,
        K::None,
        Some("規約回避"),
        [
            r"運営[^\n。]{0,10}(?:見られ|ばれ|知られ)",
            r"監視(?:が|されて|されてい|の目)",
            r"ばれない|(?:運営|くらうどわーくす|らんさーず|ここなら)(?:さん)?(?:には|に)?(?:内緒|秘密|黙って)",
            r"(?:規約|るーる)[^\n。]{0,6}(?:気にしな|関係な)",
            r"\b(?:upwork|fiverr)\s+(?:won'?t|doesn'?t|will not|does not)\s+(?:know|see|notice)",
            r"\b(?:nobody|no\s?one|no-one)\s+(?:will|would|needs?\s+to|has\s+to|is\s+going\s+to)\s+(?:ever\s+)?(?:know|find\s+out|notice)\b|\b(?:upwork|fiverr|the\s+platform|the\s+site|the\s+client)\s+(?:will\s+)?never\s+(?:needs?\s+to\s+|has\s+to\s+|have\s+to\s+|gets?\s+to\s+)?(?:know|find\s+out|notice)\b|\b(?:upwork|fiverr|the\s+platform)\s+(?:doesn'?t|does\s+not|don'?t)\s+(?:need|have)\s+to\s+(?:know|find\s+out)\b",
            r"\bsomething\s+(?:upwork|fiverr|the\s+platform|this\s+site)\s+(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+(?:allow|let|permit)\b",
            r"without\s+(?:upwork|fiverr)\s+knowing|\b(?:upwork|fiverr)\s+(?:can|could|will)\s+(?:see|read)\s+(?:everything|all|what)\b",
            r"\b(?:upwork|fiverr)\s+(?:keeps\s+|is\s+|always\s+)(?:blocking|deleting|flagging|removing|censoring|hiding)\b",
            r"\b(?:upwork|fiverr)\s+(?:flags|monitors|reads|scans|blocks|censors|deletes|removes|hides)\s+(?:certain|some|my|our|the|these|keywords|words|messages)\b"
        ],
        "運営に隠れてのやり取りを求めている",
        "wants to hide the deal from the platform"
    ),
    // ---- solicitation, MLM, paid manuals ------------------------------------------------
    rule!(
        "scam.upfront_fee",
        Solicitation,
        Strong,
        K::None,
        Some("費用請求"),
        [
            r"参加費(?:は|として|が)?\s?(?:月|年)?\s?[\d,]+万?円|参加費(?:は|が)?(?:別途|必要|かかり|有料)|登録料|受験料|受検料|検定料|審査料|認定料|試験料|だうんろーど(?:料|代)|あぷり(?:代|料金|利用料)|初期費用|入会金|保証金|教材費|研修費|加盟金|事務手数料|受講(?:料|費)|さぽーと費用?|こんさる(?:料|費)|申し?込み?金|有効化(?:料|費|手数料)|分割(?:払い|でのお支払い|決済)(?:も|が)?(?:可能|できます|ok)",
            // Not 送料 (the shop's shipping, a topic of the work).
            r"(?:(?:^|[^送])料金?|費用?|代)(?:として|は|が)?\s?[(（]?\s?[\d,]+万?円(?:\s?[(（]税込[)）])?[)）]?(?:のみ)?(?:の(?:お支払い|ご?入金|お?振込み?|ご負担))?(?:が|を|は)?(?:必要|かかります|ご負担|お支払いいただ|お支払い(?:ください|下さい)|お振り?込|ご入金)",
            r"(?:こんさる|講座|塾|すくーる|さろん|こみゅにてぃ|めんばーしっぷ|教材|きっと|ぷろぐらむ|ぱっく|ぱっけーじ|まにゅある|のうはう|研修|せみなー|れっすん|登録|入会|会員|さぽーと|そふと|つーる|あぷり|しすてむ|ぷらん|こーす)[^\n。]{0,4}[(（][^)）\n]{0,6}[\d,]+万?円",
            r"\b(?:buy|purchase)\b[^.\n]{0,40}\bwith\s+your\s+own\s+(?:money|funds|card)\b",
            r"(?:のうはう|教材|まにゅある|方法|つーる|そふと)[^\n。]{0,12}[\d,]+万?円で(?:お教え|教え|ご提供|お譲り|販売|ご?用意|ご?案内|お分け)",
            r"(?:会員|めんばー)[^\n。]{0,10}(?:月額|年会費|会費|[\d,]+円)",
            r"[\d,]+万?円の(?:月?会費|年会費|受講料|参加費|入会金|月謝)",
            r"(?:月会費|年会費|会費|月謝|受講料)(?:は|が)\s?(?:月額\s?)?[\d,]+万?円(?:です|となります|になります|かかります|のみ)",
            r"[\d,]+万?円の(?:適性検査|検査|試験|審査|てすと|研修|講習|講座|ていくてすと)(?:を)?(?:受けて|お受け|受講して|ご?購入|お?申し?込み?)(?:いただ|ください|下さい|頂)",
            r"(?:月額|年額|年会費|会費)\s?[\d,]+円で[^\n。]{0,20}(?:学べ|受講|ご?参加いただけ|参加でき|ご?利用いただけ|ご?入会)",
            r"(?:月額|年額|年会費|会費)[^\n。]{0,4}[\d,]+円[^\n。]{0,20}(?:必要|お支払|かかり|ご?利用いただ|ご?負担いただ|ご?加入いただ|入って(?:いただ|ください|もら)|ご?参加いただ|ご?入会|ご?登録いただ|ご?登録を?お願い)",
            r"(?:まにゅある|教材|つーる|そふと|ぱっけーじ|きっと|らいせんす|しすてむ)[^\n。]{0,14}(?:ご?購入|買って|お支払|(?:に|へ)ご?加入(?:して|いただ|ください|が必要))",
            r"仕入れ(?:費用|代金?|金|値)|在庫(?:の)?(?:ご?購入|買い取り)",
            r"(?:つーる|そふと|教材|まにゅある|講座|さろん|あぷり|しすてむ)(?:は|が|の利用料は|代は)\s?(?:月額|年額|初回|一括)?\s?[\d,]+万?円",
            r"[(（]\s?[\d,]+万?円(?:\s?[(（]?税込[)）]?)?\s?[)）]\s?(?:を|の)?\s?(?:先に|事前に|まず|最初に|前もって)?\s?(?:ご?購入(?:いただ|して|ください|が必要)|お支払い(?:いただ|ください)|お?振込)",
            r"(?:ご?入金|お?振込み?|お支払い|ご?購入|保証金|預り金|預かり金|でぽじっと|ご?登録|ご?入会|ご?加入)\s?[(（][^)）\n]{0,6}[\d,]+万?円[^)）\n]{0,4}[)）](?:が|を|の)?(?:必要|ご?負担|お願い|いただ|頂)",
            // The client selling something to the worker.
            r"(?:弊社|当社|私|僕)が?(?:販売|提供|ご用意)(?:している|しております|する)[^\n。]{0,12}[(（]\s?[\d,]+万?円",
            r"(?:提携|指定)の?(?:くれじっとかーど|かーど|ろーん)(?:を)?(?:作って|作成|お申し?込|ご?契約|ご?発行)",
            r"\b(?:verify|confirm|validate)\s+(?:your\s+)?(?:bank|account|identity|card|paypal)\s+by\s+(?:sending|paying|depositing|transferring)\b",
            r"(?:ろーん|分割ろーん|きゃっしんぐ|消費者金融|借り入れ|借入)(?:を)?(?:組んで|組んでいただ|組む形|契約して|のお申し?込み)",
            r"[\d,]+万?円で(?:お譲り|販売|ご提供)(?:します|いたします|しております|できます)|特別に[^\n。]{0,6}[\d,]+万?円",
            r"(?:あぷり|つーる|まにゅある|教材|そふと|研修|講座|せみなー)[^\n。]{0,4}[(（]?有料[)）・]?",
            // Selling it to the worker (講座を特別価格でご案内できます).
            r"(?:まにゅある|教材|講座|こーす|さろん|のうはう|ぷろぐらむ|せみなー|こんさる)(?:を|が|も)?[^\n。]{0,4}(?:特別価格|特別料金|割引価格|もにたー価格|優待価格)",
            r"有料(?:ぷらん|こーす|会員|版)(?:を|に|へ|の)?(?:ご?案内|ご?購入|お?申し?込|ご?加入|ご?登録)",
            r"有料の?[^\n。]{0,8}(?:講座|研修|こーす|せみなー|教材|れっすん)(?:を|の)?(?:受講|ご?購入|お?申し?込|受けて)",
            r"(?:特別価格|特価|割引価格|限定価格|会員価格)(?:で|の)[^\n。]{0,6}(?:こんさる|講座|こーちんぐ|せみなー|教材|さぽーと|ぷろぐらむ|こーす|塾)",
            r"\b(?:training|starter|onboarding|welcome)\s+(?:kit|pack|package|materials|bundle|credits|tokens|balance)",
            r"\b(?:i|we)\s+(?:run|sell|offer|have)\s+(?:a|an|my|our)\s+(?:paid\s+|online\s+)?(?:course|program|programme|coaching|mentorship|masterclass|bootcamp)\b[^\n]{0,70}(?:\$|usd\s?|€|£)\s?\d",
            r"\bpay\s+(?:the|a|our)\s+(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:license|licence|fee|membership|subscription|registration|deposit)\b",
            // The worker pays the client (send $50 to my PayPal and I'll do the rest).
            r"\bsend\s+(?:me\s+)?(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:to|via|through|on)\s+(?:my|our)\s+(?:paypal|cash\s?app|venmo|zelle|wise|account|wallet|bank|payoneer|usdt|btc)\b",
            r"\bdeposit\s+(?:a\s+small\s+|a\s+one-time\s+)?(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:to|for)\s+(?:verify|activate|unlock|open|confirm|validate)\b",
            r"\b(?:hold|buy|purchase|take|complete|get)\s+(?:our|the|a)\s+(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:certification|certificate|course|training|program|programme|membership|license|licence|test|exam|assessment)\b",
            r"\b(?:starter|starting|initial|first|small|refundable|security|activation)\s+deposit\s+(?:is|of)\s+(?:only\s+|just\s+)?(?:\$|usd\s?|€|£)?\s?\d",
            r"\b(?:first|initial|intro(?:ductory)?|trial|onboarding)\s+(?:session|call|lesson|class|consultation|meeting)\s+(?:costs?|is|fee\s+is)\s+(?:only\s+|just\s+)?(?:\$|usd\s?|€|£)\s?\d",
            r"\b(?:registration|activation|membership|onboarding|training|shipping|handling|processing|application|administration|admin|verification|setup|set-up|equipment|starter|reservation)\s+(?:fee|payment|charge|deposit)",
            r"\b(?:course|program|programme|tuition|enrollment|enrolment|certification|exam|mentorship|coaching)\s+fees?\s+(?:is|are|of)\s+(?:only\s+|just\s+)?(?:\$|usd\s?|€|£)?\s?\d",
            r"\b(?:you\s+(?:need|have|must)\s+to|you\s+must|required\s+to|please)\s+(?:first\s+)?deposit\b",
            r"\byou\s+(?:first\s+)?(?:deposit|transfer|send|pay)\s+(?:(?:\$|usd\s?|€|£)\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|usdt|dollars))\s+(?:into|to)\s+(?:our|the|my|an?)\s+(?:\w+\s+)?(?:escrow|wallet|account|balance)\b",
            r"\bpaid\s+(?:\w+\s+)?(?:certification|course|training|test|assessment|membership|program|orientation|onboarding|induction|workshop|module|class)\b|\$\s?\d[\d,.]*\s+(?:certification|course|training|test|assessment|membership|program|starter\s+(?:tool)?kit|toolkit|deposit)\b",
            r"\$\s?\d[\d,.]*[^.\n]{0,40}\bto\s+(?:get|start|secure|unlock)\s+(?:the|this|your)\s+(?:job|position|work|role)\b",
            r"\b(?:send|pay)\s+\$\s?\d[\d,.]*[^.\n]{0,20}\bfor\s+(?:the\s+|a\s+|your\s+)?(?:background\s+check|training|onboarding|registration|verification|equipment|kit|certification|software)|\bbackground\s+(?:check|screening)\s+fee|\b(?:pay|send)\s+(?:the|a|an|our|my)\s+\$\s?\d[\d,.]*\s+(?:\w+\s+)?(?:registration|sign-?up|activation|membership|joining|entry|onboarding|verification|application)\b",
            r"\$\s?\d[\d,.]*\s+to\s+(?:join|enroll|register|sign\s+up|get\s+started)\b|\b(?:joining|entry|enrollment|enrolment)\s+fee\b|\bstarter\s+amount\b|\bminimum\s+deposit\b|\bdeposit\s+of\s+\$\s?\d",
            r"\b(?:training|course|kit|certification|onboarding|program|membership|exam|test|assessment|mentorship|coaching|masterclass|bootcamp|academy|class|workshop|check|screening)\s+(?:is\s+(?:mandatory|required)\s+and\s+)?(?:[\w,]+\s+){0,4}costs?\s+(?:only\s+|just\s+)?\$\s?\d",
            r"\b(?:you|agents|freelancers|workers|candidates|applicants|testers)\s+(?:will\s+|must\s+|need\s+to\s+|have\s+to\s+)?pay\s+(?:for\s+)?(?:\w+\s+){0,2}(?:up\s?front|in\s+advance|beforehand)\b",
            r"\b(?:mentorship|coaching|course|program|academy|masterclass|bootcamp|membership|community)\s*\(\s*\$\s?\d",
            r"\b(?:need|have|required)\s+to\s+(?:buy|purchase|pay\s+for)\s+(?:our|my)\b|\b(?:buy|buys|buying|purchase|purchases|purchasing)\s+(?:our|my)\s+(?:[\w']+\s+){0,3}(?:for\s+)?\$\s?\d",
            r"\b(?:buy|purchase)\b[^\n.]{0,40}\bfrom\s+(?:our|my|the|a)\s+(?:approved\s+|designated\s+|certified\s+|preferred\s+|partner\s+)?(?:vendor|supplier)\b|\b(?:kit|package|bundle|equipment|laptop|software|pack|box|set|bag)\s*\(\s*\$\s?\d",
            r"\b(?:top[\s-]?up|recharge|refill|fund)\s+(?:your|the)\s+(?:\w+\s+)?(?:account|balance|wallet)\s+with\s+\$\s?\d|\b(?:top[\s-]?up|recharge)\s+(?:of\s+)?\$\s?\d",
            r"\bprepaid\s+(?:task|order|assignment|deposit|fee|package)\b",
            r"\$\s?\d[\d,.]*\s+(?:monthly\s+|annual\s+|yearly\s+|weekly\s+|one-time\s+)?(?:membership|subscription|joining\s+fee|access\s+fee)\b|\b(?:i|we)\s+charge\s+(?:you\s+|freelancers\s+|members\s+)?(?:a|an)?\s*(?:\$|usd\s?|€|£)\s?\d",
            r"\b(?:buy|purchase)\s+(?:our|the|a|an|this)\s+(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:badge|package|plan|pack|kit|license|licence|certificate|membership|pass|upgrade|bundle|account)\b",
            r"\$\s?\d[\d,.]*\s+for\s+(?:the\s+|our\s+|your\s+)?(?:onboarding|training|starter|certification|registration|verification|activation|compliance)\b|\b(?:training|course|onboarding|certification|program)\b[^.\n]{0,20}\b(?:it'?s|it\s+is|which\s+is)\s+paid\b",
            // A plan or program sold for a price (join our premium seller program for $199).
            r"\b(?:program|programme|membership|course|toolkit|mentorship|coaching)\s+(?:for|at)\s+(?:only\s+|just\s+)?(?:\$|usd\s?|€|£)\s?\d",
            r"\b(?:pay|send|transfer|wire)(?:ing)?\s+(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+to\s+(?:our|my|the)\s+(?:\w+\s+)?(?:team|department|agent|manager|company|agency|coordinator|partner)\b",
            r"\b(?:equipment|software|laptops?|licen[cs]es?|kits?|materials|tools|devices?|phones?|tablets?)\s+(?:will|must|is\s+to|are\s+to|should|has\s+to|have\s+to)\s+be\s+(?:purchased|bought|paid\s+for)\s+by\s+you\b",
            r"\b(?:membership|subscription|enrollment|enrolment|entry|joining|registration|activation|sign-?up|access)\s+(?:fee\s+)?(?:is|costs?|of)\s+(?:only\s+|just\s+)?\$\s?\d",
            r"\b(?:vip|premium|gold|silver|platinum|higher|upgraded?)\s+(?:\w+\s+)?(?:level|tier|membership|account|status)\s*\(?\s*(?:costs?\s+|is\s+|for\s+)?\$\s?\d",
            r"\b(?:add|deposit|load)\s+(?:some\s+)?(?:funds|money|balance|credit|usdt|crypto)\s+(?:to|into|in)\s+(?:your|the)\s+(?:\w+\s+)?(?:account|wallet|balance)\b",
            r"\bgift\s?cards?\b|\b(?:small|one-time|one-off|refundable|security)\s+(?:\w+\s+){0,2}(?:fee|deposit)\b|\b(?:one-off|one-time|small)\s+(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:payment|fee|charge|deposit)\b|\b(?:buy|purchase)\s+(?:the\s+|your\s+own\s+|a\s+)?(?:\w+\s+)?(?:equipment|software|laptop|license|licence)\b"
        ],
        "作業前に費用の支払いを求めている",
        "asks you to pay before working"
    ),
    rule!(
        "scam.owners_only",
        Solicitation,
        Normal,
        K::PaidBefore,
        Some("費用請求"),
        [
            r"(?:お持ち|ご?購入済み|ご?購入いただいた|ご?購入された|ご?受講済み|ご?受講された|ご?加入(?:いただいた|された|済み)|ご?入会(?:いただいた|された|済み))の?(?:方|人)(?:限定|のみ|だけ|に限)"
        ],
        "有料の教材などを持っている人だけに仕事を出す、という条件",
        "work only for those who bought something paid"
    ),
    rule!(
        "scam.buy_first",
        Solicitation,
        Normal,
        K::PaidBefore,
        Some("費用請求"),
        [r"\b(?:first|beforehand|in\s+advance|up\s?front)\b"],
        "買う・払うのが先、という条件",
        "you are to buy or pay first"
    ),
    rule!(
        "scam.identity",
        Solicitation,
        Strong,
        K::None,
        Some("個人情報"),
        [
            r"\b(?:copy|photo|scan|picture|image)\s+of\s+your\s+(?:id|passport|driver'?s\s+licen[cs]e|ssn|social\s+security|national\s+id)\b",
            r"(?:運転免許証|まいなんばー|ぱすぽーと|身分証|保険証)(?:の)?(?:こぴー|写真|画像|表裏)"
        ],
        "身分証のコピーを求めている",
        "asks for copies of your ID"
    ),
    rule!(
        "scam.credentials",
        Solicitation,
        Strong,
        K::None,
        Some("個人情報"),
        [
            r"\b(?:bank|online\s+banking|paypal|card)\s+(?:login|log-in|password|pin|credentials)\b",
            r"(?:ねっとばんきんぐ|銀行|口座|かーど)の?(?:ぱすわーど|暗証番号|ろぐいん(?:情報|id)?)|(?:きゃっしゅかーど|通帳|くれじっとかーど)(?:の)?(?:写真|画像|こぴー|表裏|暗証番号)",
            // A crypto wallet's recovery words are the wallet itself.
            r"\b(?:seed|recovery|secret|backup)\s+(?:phrase|words)\b|\bprivate\s+keys?\b|(?:しーど|りかばりー|復元|ばっくあっぷ)(?:ふれーず|わーど)|秘密鍵"
        ],
        "口座のログイン情報・カード・暗号資産の秘密鍵を求めている",
        "asks for banking logins, cards or a wallet's secret words"
    ),
    rule!(
        "scam.refund_review",
        Solicitation,
        Strong,
        K::None,
        Some("費用請求"),
        [
            r"(?:購入|買って|買い)[^\n。]{0,30}(?:全額|代金)[^\n。]{0,16}(?:返金|お返し|お戻し|還元|ばっく|お?振込|お?振り込)",
            r"(?:商品)?(?:代金|費用|料金)(?:は|を)?[^\n。]{0,10}(?:ご?負担|立て替え|立替|お支払い|お支払)[^\n。]{0,30}(?:返金|きゃっしゅばっく|お返し|お戻し|還元)",
            r"\b(?:buy|purchase)\b[^.\n]{0,60}\b(?:full(?:y)?\s+)?refund(?:ed)?\b"
        ],
        "先に商品を買わせて後で返金するという案件（レビュー・返金詐欺）",
        "buy first, get refunded later (review and refund scam)"
    ),
    rule!(
        "scam.paid_reviews",
        Solicitation,
        Strong,
        K::None,
        Some("勧誘"),
        [
            // Paid by the review (やらせレビュー): not "I'll leave you a five-star review".
            r"\b(?:pay|pays|paid|earn|get|receive)\b[^.\n]{0,30}\b(?:per|for\s+each|for\s+every|a)\s+(?:[\w-]+\s+)?(?:review|rating)s?\b",
            r"\b(?:pay|pays|paid|paying)\s+(?:you|freelancers|people|workers|writers|users|members)\s+to\s+(?:post|write|leave|give|submit)\s+(?:(?:5|five)[\s-]star\s+)?(?:reviews?|ratings?)\s+(?:on|for)\s+(?:google|amazon|yelp|trustpilot|tripadvisor|the\s+app\s+store|app\s+store|play\s+store)|\b(?:post|write|leave)\s+(?:fake\s+)?(?:5|five)[\s-]star\s+reviews\b",
            // Paid by the video liked or the page followed: the engagement task scam.
            r"\b(?:pay|pays|paid|earn|get|receive|make)\b[^.\n]{0,20}(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:for|per)\s+(?:each\s+|every\s+)?(?:[\w-]+\s+){0,2}(?:videos?|posts?|pages?|channels?|accounts?|apps?|products?|songs?|tracks?|reels?)\s+(?:that\s+)?(?:you\s+)?(?:like|follow|subscribe|rate|review|upvote|share|watch|stream)",
            r"\b(?:earn|earns|earning|make|makes|making|paid|pay|pays)\s+(?:you\s+)?(?:(?:up\s+to\s+)?(?:\$|usd\s?|€|£)\s?\d[\d,.]*k?(?:\s?/\s?\w+|\s+(?:a|per|each)\s+\w+)?|money|cash|good\s+money|extra\s+(?:money|cash|income))\s+(?:\w+\s+)?(?:by\s+|from\s+|for\s+|just\s+)?(?:liking|rating|reviewing|upvoting|subscribing\s+to)\s+(?:\w+\s+)?(?:hotels?|products?|apps?|restaurants?|videos?|movies?|songs?|listings|posts|pages|accounts)\b",
            // Paid by the week for liking or rating: the task scam.
            r"\b(?:pay|pays|paid|earn|get|make)\s+(?:you\s+)?(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:per|a|each|every)\s+(?:day|week|month|task)\s+(?:for|to|by|just\s+for)\s+(?:lik|rat|follow|subscrib|upvot)\w*",
            // Rating apps or products for so much each: the task scam's fake ratings.
            r"\b(?:rate|rating|like|liking)\s+(?:\w+\s+)?(?:apps|products|hotels|restaurants|videos|listings)\b[^.\n]{0,40}(?:\$|usd\s?|€|£)\s?\d[\d,.]*\s+(?:for\s+each|for\s+every|per|each|a)\b",
            r"(?:れびゅー|口こみ|くちこみ|評価)(?:の)?(?:投稿|書き込み|記入)?(?:1件|一件|1回|一回)(?:につき|あたり|で)[\d,]+円|(?:れびゅー|口こみ|くちこみ)(?:を)?(?:投稿|書き込|書く)(?:む|いて|く)?だけで[^\n。]{0,6}[\d,]+円"
        ],
        "お金を払ってレビュー・評価を書かせる（やらせレビュー）",
        "pays per review or rating (fake reviews)"
    ),
    rule!(
        "scam.pay_to_work",
        Solicitation,
        Normal,
        K::None,
        Some("費用請求"),
        [
            // Work that starts only once something has been bought or paid for.
            r"\bbefore\s+(?:i|we)\s+(?:can\s+)?(?:place|send|start|assign|confirm|open)\s+(?:the|an|your|this|any)?\s*(?:order|contract|job|work|project|tasks?)\b[^.\n]{0,40}\b(?:(?:buy|purchase)\s+(?:our|my)|pay\s+(?:for\s+)?(?:our|my)|pay\s+the\s+(?:\$|usd\s?|€|£)\s?\d)\b",
            r"(?:ご?購入|ご?導入|受講|ご?入会|ご?加入|お?支払い?|お?振(?:り)?込み?|ご?入金)(?:して)?(?:いただ(?:く|き|いた|け)|頂|後|の上|の確認後)[^\n。]{0,14}(?:お仕事|作業|業務|案件|お?仕事)(?:を|が|の)?[^\n。]{0,6}?(?:開始|始め|すたーと|ご紹介|ご?案内|お渡し|受け|受注|獲得|取れ|割り振|振り分け|お回し)",
            r"(?:お仕事|作業|業務|案件)を(?:始め|開始|ご?紹介|お渡し|お任せ)[^\n。]{0,8}(?:前に|までに)[^\n。]{0,30}(?:ご?購入|お?支払|受講|ご?入金|お?振込|有料|[\d,]+万?円)",
            r"(?:先に|事前に|まず|最初に|はじめに|初めに)[^\n。]{0,8}(?:ご?購入|お?支払|立て替え|立替)|(?:ご?購入|だうんろーど|いんすとーる|ご?入会|ご?加入|ご?登録)(?:して)?いただく必要が(?:あり|ござい)",
            // Money is due before earnings can be received (報酬の受け取りには…費用が必要).
            r"(?:報酬|賞金|当選金|給料|給与|売上|お金|配当|謝礼)(?:を|の)?(?:お?受け取り|受け取る|受取|引き出し|引き出す|出金|お振込み)(?:の)?(?:ため)?(?:には|に(?:は)?|の際(?:には|は)?)[、,]?[^\n。]{0,30}(?:費用|手数料|料金|[\d,]+万?円|お支払|ご?入金|お?振込|口座(?:の)?開設)",
            r"(?:お仕事|案件|作業|業務)を(?:受ける|始める|開始する|受注する|お受けする|お受けいただく)(?:ため)?には[、,]?[^\n。]{0,30}(?:費用|料金|[\d,]+万?円|お支払|ご?購入|ご?入金|お?振込|写真|こぴー|画像)",
            r"(?:ご?登録|ご?入会|ご?購入|ご?加入)(?:後|いただいた後|すると|いただくと|いただければ)[、,]?[^\n。]{0,10}(?:たすく|お仕事|案件|作業)(?:が|を)?[^\n。]{0,4}(?:配信|届|もらえ|受け取れ|お送り|ご?紹介)",
            r"[(（]\s?[\d,]+万?円[)）]を(?:使って|使用して|利用して|ご?購入の上)[^\n。]{0,6}(?:作業|お仕事|業務)",
            r"(?:お仕事|案件)(?:は|を|も)?[^\n。]{0,6}(?:会員|めんばー)(?:さいと|ぺーじ|専用ぺーじ|限定ぺーじ)(?:上|内)?(?:で|にて|から)",
            r"(?:提携先|提携の?(?:会社|金融機関|ろーん会社)|指定の(?:会社|金融機関))(?:の[^\n。]{0,8})?(?:で|から|にて)[^\n。]{0,10}(?:ろーん|借り入れ|お申し?込み?|ご?契約|ご?購入)",
            r"(?:弊社|当社)指定の(?:そふと|つーる|教材|まにゅある|講座|ぱそこん|機材|さーびす|口座|銀行|取引所|ういれっと|あぷり)",
            // The worker buys the goods with their own money (monitor and review schemes).
            r"(?:ご?自身で|ご?自分で|個人で)[^\n。]{0,10}(?:ご?購入|買って|お買い求め)(?:いただ|ください|して)",
            r"(?:お仕事|作業|業務)(?:の)?開始(?:時|前|の際)に[、,]?[^\n。]{0,24}(?:ご?負担(?:いただ|ください|頂)|ご?購入(?:いただ|ください)|お支払い(?:いただ|ください)|お?振込(?:み)?(?:いただ|ください)|ご?入金)",
            r"(?:お仕事|作業|業務|案件)の?(?:前に|開始前に|開始の前に|を始める前に|ご紹介前に|に入る前に|に入って(?:いただく)?前に|に取り掛かる前に|に着手する前に)[、,]?[^\n。]{0,30}?(?:ご?購入|お?支払|受講|ご?入金|お?振込|有料|ご?入会|ご?加入|月額)",
            r"(?:さろん|講座|こみゅにてぃ|会員|めんばー)(?:内|限定|の中)(?:で|にて)[^\n。]{0,6}(?:お仕事|案件)を?(?:ご紹介|お渡し|配布|お回し)",
            r"(?:ご?購入者|受講者|受講生|修了者|修了生|購入された方|修了された方|受講された方|ご?購入いただいた方|ご?購入の方)(?:様)?(?:には|は|に)[^\n。]{0,10}(?:お仕事|作業|業務|案件)",
            r"有料[^\n。]{0,10}(?:修了者|受講者|受講生|会員|参加者)(?:の方)?(?:のみ|限定|だけ)",
            r"(?:お仕事|案件)(?:も|は|を)?[^\n。]{0,4}(?:さろん|こみゅにてぃ|会員|めんばー)(?:内|限定|の中)(?:で|にて)",
            r"(?:受講生|会員|めんばー|参加者|塾生)(?:様)?(?:限定|だけ|のみ)の?[^\n。]{0,6}(?:案件|お仕事)",
            // Every applicant pays for a test first (応募者全員に、まずは5,500円の適性検査を…).
            r"(?:応募者|ご?応募(?:いただいた|された)(?:方|皆様|皆さま))(?:全員|の皆様|の方)?(?:に|には)[、,]?[^\n。]{0,12}(?:[\d,]+万?円|有料)[^\n。]{0,10}(?:受けて|お受け|ご?購入|お支払いいただ|ご?負担いただ|受講)",
            // その後コースをお選びいただきます: the counselling leads to a course to buy.
            r"(?:その後|そのあと|次に|そこで)[、,]?[^\n。]{0,6}(?:こーす|ぷらん|講座|ぷろぐらむ)(?:を|から)(?:お選び|選んで|ご選択|ご?契約|お?申し?込)",
            r"(?:ご?本人|身分|書類|写真)?(?:確認|審査)(?:後|でき次第|が取れ次第|が済み次第|完了後)に?[、,]?[^\n。]{0,6}(?:お仕事|案件|作業)(?:を|の)?(?:ご?案内|ご?紹介|お渡し|お送り|開始)",
            r"(?:お済み|済み|済ませた|完了した|完了された)の?(?:方|人)(?:様)?(?:に|へ)?(?:のみ|だけ|限り|限定)[^\n。]{0,10}(?:案件|お仕事|作業)",
            r"ご?応募(?:いただいた|された|頂いた)(?:方|皆様|皆さま)(?:には|へは|に)[、,]?[^\n。]{0,16}(?:講座|研修|教材|せみなー|こーす|まにゅある)",
            r"(?:学んで|学習して|受講して|身につけて)(?:いただき|いただいた後|もらい|から)[、,]?\s?(?:その後|そのあと)?[、,]?\s?(?:お仕事|案件)(?:を|が)?[^\n。]{0,4}(?:ご?案内|ご?紹介|お渡し|お任せ|お回し)",
            r"(?:研修|講座|受講|こーす)(?:の)?(?:修了|終了|完了)?後(?:は|に)?[、,]?[^\n。]{0,6}(?:案件|お仕事)(?:を|が)?[^\n。]{0,4}(?:お渡し|ご?紹介|お任せ|お回し|お願い|ご?案内|保証)|修了後[、,]?[^\n。]{0,6}(?:案件|お仕事)(?:を|が)",
            r"(?:修了|受講|ご?購入|ご?入会)(?:して|し)(?:いただ(?:き|いて|いた後|いたら|ければ)|もらい|から)[、,]?[^\n。]{0,10}(?:案件|お仕事)(?:を|が)?[^\n。]{0,6}(?:お渡し|ご?紹介|お任せ|お回し|回し|ご?案内)",
            // Work handed out as a perk of a paid circle (案件紹介が受けられるオンラインサロン).
            r"(?:案件|お仕事)の?(?:ご?紹介|お渡し)(?:が|を|も)?(?:受けられる|もらえる|あり|ある)[^\n。]{0,8}(?:さろん|こみゅにてぃ|会員|ぷらん|塾|すくーる|めんばーしっぷ)",
            // Paying in is the condition for being given work (…に入っていただくと、お仕事をお回しできます).
            r"(?:入って|ご?参加|ご?入会|ご?加入|ご?購入|ご?登録)(?:いただ(?:く|け)|して(?:いただ(?:く|け))?|す)(?:と|ば|たら|れば)[、,]?[^\n。]{0,10}(?:お仕事|案件)(?:を|が)?[^\n。]{0,4}(?:お回し|回し|回せ|ご?紹介|お渡し|お任せ)",
            r"続き(?:は|を|から)[^\n。]{0,8}?(?:有料|月額|ご?購入|[\d,]+円)",
            r"(?:入会金|会費|登録料|参加費|月額)[^\n。]{0,10}で[、,]?[^\n。]{0,10}(?:お仕事|案件)(?:を|が)?[^\n。]{0,4}(?:ご?紹介|お渡し|お回し)",
            r"(?:会員|めんばー|受講生|塾生)に(?:なると|なれば|なっていただくと|なっていただければ|なった方は)[、,]?[^\n。]{0,10}(?:お仕事|案件)",
            r"(?:採用者|合格者|参加者|採用された方|合格された方)(?:には|は|の方には)[^\n。]{0,20}?(?:月額|年会費|有料|[\d,]+円[^\n。]{0,6}(?:ご?負担|お支払いいただ|ご?購入|ご?利用いただ))",
            r"(?:ご?参加|お仕事|案件|ご?依頼|ご?採用|でびゅー|活動|稼働|勤務|作業開始)[^\n。]{0,8}(?:には|前に)[^\n。]{0,24}(?:有料|受講|研修|講座)[^\n。]{0,20}必要",
            r"\bbefore\s+(?:you\s+)?(?:start|begin)(?:ing)?\b[^.\n]{0,40}\b(?:pay|purchase|buy)\b",
            r"\bbefore\s+(?:your|the|any)\s+first\s+(?:paid\s+)?(?:assignment|task|order|job|project|gig|payout)\b[^.\n]{0,60}(?:\bpay\b|\bpurchase\b|\bbuy\b|\bfee\b|(?:\$|usd\s?|€|£)\s?\d)",
            r"\bto\s+(?:start|begin|get\s+started|join|qualify)\b[^.\n]{0,20}\b(?:need|have|must|required)\s+to\s+(?:first\s+)?(?:purchase|buy|pay\s+for)\b",
            r"\bto\s+(?:proceed|continue|move\s+forward|join|sign\s+up|enrol+)\s*,?\s+(?:please\s+|kindly\s+|you\s+(?:must|need\s+to|have\s+to|should)\s+)?(?:first\s+)?(?:buy|purchase|pay\s+for)\b",
            r"\b(?:once|after|when)\s+(?:you(?:'re|\s+are|\s+get|'ve\s+been|\s+have\s+been)\s+)?(?:certified|enrolled|registered|trained)\b[^.\n]{0,30}\b(?:you\s+will|you'?ll|you)\s+(?:receive|get|start|gain|be\s+(?:given|assigned|sent))\b",
            r"\b(?:after|once)\s+(?:you\s+)?(?:(?:complete|completing|finish|finishing)\s+(?:the|our|a|this)\s+(?:[\w$]+\s+){0,3}(?:course|training|certification|program)|pay|paying|purchase|purchasing|buy|buying)\b[^.\n]{0,40}\b(?:you\s+will|you'?ll|you)\s+(?:receive|get|start|gain)\b",
            r"\b(?:access|get\s+access)\s+to\s+(?:our\s+)?(?:exclusive|premium|vip|high-paying|top-paying|private|better-paying)\s+(?:[\w-]+\s+)?(?:clients|jobs|projects|gigs|orders|leads|buyers)\b|\bto\s+(?:reserve|secure|hold|lock\s+in)\s+your\s+(?:spot|place|seat|slot)\b",
            r"\b(?:activate|unlock|verify|open|upgrade)\s+(?:your|the)\s+(?:\w+\s+)?(?:account|profile|membership|wallet)\s+(?:with|for|by\s+paying)\s+(?:a|an|the)?\s*(?:small\s+|one-time\s+)?(?:\$|usd\s?|€|£)\s?\d[\d,.]*",
            r"\b(?:required|needed|pay|paid|payments?|deposits?|send|top\s+up)\b[^.\n]{0,40}\bto\s+(?:activate|unlock|open|verify|receive|get|access)\s+(?:your|the|their|an?)\s+(?:\w+\s+)?(?:account|tasks?|jobs?|orders?|levels?|work|assignments?|features?|login|credentials|materials|kit|dashboard|portal|panel|withdrawals?)\b",
            r"\b(?:stake|deposit|invest|pay|send|top\s+up|lock)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|only\s+|just\s+)?(?:\$|usd\s?|€|£)?\s?\d[\d,.]*\s*(?:usdt|usdc|usd|btc|eth|dollars|euros)?\s+(?:first\s+)?to\s+(?:qualify|unlock|activate|join|start|participate|be\s+eligible|get\s+started)\b",
            r"\bopen\s+an?\s+(?:\w+\s+)?account\s+(?:with|at)\s+(?:our|my|the|a)\s+(?:partner|preferred|affiliated|designated|recommended)\s+(?:bank|exchange|platform|broker|wallet|app)\b",
            // Bought from the client's own partner (the equipment and vendor scams).
            r"\b(?:buy|purchase|order)\b[^\n.]{0,40}\bfrom\s+(?:our|my)\s+(?:own\s+)?(?:partner|vendor|supplier|approved|designated|preferred|recommended|certified|affiliated|official|website|site|store|shop)\b",
            r"\bto\s+(?:become|get|be)\s+(?:a\s+|an\s+)?(?:verified|certified|approved|official|registered|active|licensed)\b[^.\n]{0,30}\b(?:purchase|buy|pay)\b",
            r"\b(?:pay|paid|purchase|buy|complete|finish|take)\b[^.\n]{0,60}\bbefore\s+(?:you|they|he|she)\s+(?:can\s+)?(?:receive|get|start|begin|are\s+(?:given|assigned|sent))\s+(?:any\s+|the\s+|their\s+|your\s+)?(?:tasks?|work|jobs?|orders?|projects?|assignments?)\b",
            // Money due before earnings can be had (to process your first payment, a fee…).
            r"\bto\s+(?:process|release|receive|withdraw|claim|unlock|collect)\s+(?:your|the)\s+(?:first\s+)?(?:payments?|payouts?|earnings|salary|funds|winnings|prize|commissions?|withdrawals?)\b[^.\n]{0,60}\b(?:fee|pay|paid|deposit|send|charge)\b",
            r"\bto\s+(?:be\s+eligible|qualify|get\s+access)\s+(?:for|to)\s+(?:the\s+)?(?:higher[\s-]paying|better[\s-]paying|premium|more|bigger|vip|top)\s+(?:projects|jobs|tasks|orders|clients|gigs|work)\b",
            r"\b(?:activate|unlock|access|open)\s+(?:it|them|(?:your|the)\s+(?:\w+\s+)?(?:account|app|training|course|profile|membership|dashboard|access))\s+(?:with|for|by\s+paying|after)\s+(?:a|an|the)?\s*(?:small\s+|one-time\s+|one-off\s+)?(?:\$|usd\s?|€|£)\s?\d",
            r"\b(?:every|each|all)\s+(?:new\s+)?(?:members?|freelancers?|agents?|hires?|recruits?|applicants?|candidates?|workers?|testers?|writers?)\s+(?:is|are|must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:required\s+to\s+)?(?:buy|purchase|pay)\b",
            r"\bafter\s+which\s+(?:you'?ll|you\s+will)\s+(?:get|receive|be\s+(?:given|assigned|sent))\s+(?:your\s+)?(?:first\s+)?(?:projects?|tasks?|assignments?|jobs?|orders?|clients?)\b",
            r"\bfor\s+access\s+to\s+(?:the|our|my)\s+(?:job\s+board|jobs|clients|projects|leads|tasks|work|orders)\b|\bto\s+(?:start|begin)\s+earning\b[^.\n]{0,40}\b(?:need|have|must)\s+to\b",
            r"\b(?:costs?|fee|pay|paid|purchase|buy)\b[^.\n]{0,40}\bbefore\s+(?:being|getting|you(?:'re|\s+are)|they(?:'re|\s+are))\s+(?:hired|onboarded|accepted|assigned|placed)\b",
            r"\b(?:pay|send|deposit|purchase|buy)\b[^.\n]{0,50}\bto\s+(?:proceed|continue|move\s+forward|be\s+(?:hired|onboarded|considered))\b",
            r"\bbefore\s+(?:i|we)\s+(?:can\s+)?(?:send|share|sign|start|issue)\s+(?:the|your|a)\s+(?:contract|offer|agreement)\b[^.\n]{0,40}\b(?:need|must|have)\s+to\b",
            r"(?:お仕事|案件)を(?:お願い|ご?依頼|お任せ)する(?:方|皆様|皆さま)(?:には|に)[、,]?[^\n。]{0,20}(?:作って|ご?購入|お支払|ご?登録|ご?入会|ご?加入|ご?契約|お?申し?込み?)(?:いただ|して)",
            r"\bunlocks?\s+(?:higher[\s-]paying|better[\s-]paying|better|more|premium|vip)\s+(?:tasks|orders|jobs|work|assignments|gigs)\b",
            r"\bto\s+(?:confirm|secure|reserve|hold|lock\s+in)\s+(?:your|the|this)\s+(?:position|spot|place|role|job|seat|offer)\b[^.\n]{0,30}\b(?:pay|purchase|buy|deposit|send)\b",
            r"\bto\s+(?:activate|unlock|verify)\s+(?:your|the)\s+(?:\w+\s+)?(?:account|tasks?|jobs?|orders?|levels?|work|assignments?)\b[^.\n]{0,30}\b(?:deposit|pay|send|top\s+up|purchase|buy)\b",
            // The work is promised once a course is done (after completion we guarantee you orders).
            r"\bguarantee(?:s|d)?\s+(?:you\s+)?(?:job\s+placement|a\s+job|placement|paid\s+work|work|clients|orders|a\s+position|employment)\b",
            r"\b(?:after|upon|on)\s+(?:completion|graduation|finishing)\b[^.\n]{0,20}\b(?:guarantee|promise|give|send|assign)\s+(?:you\s+)?(?:orders|work|jobs|clients|projects|tasks)\b",
            r"\b(?:pay|purchase|buy)\b[^.\n]{0,40}\b(?:before|then|to)\s+(?:you\s+(?:can|will)\s+)?(?:start|begin|receive)\s+(?:working|the\s+(?:job|work|tasks?)|tasks?|orders?)\b"
        ],
        "支払い・購入をしないと仕事が始まらない、という条件",
        "work starts only after you pay or buy something"
    ),
    rule!(
        "scam.fake_check",
        Solicitation,
        Strong,
        K::None,
        Some("費用請求"),
        [
            r"\b(?:deposit|cash)\s+(?:a|the|this)\s+(?:check|cheque)\b|\b(?:mail|send|post)\s+you\s+a\s+(?:check|cheque)\b|\b(?:check|cheque)\s+(?:that\s+)?(?:we|i)\s+(?:will|'ll|are\s+going\s+to)\s+(?:mail|send|post)\b|\bequipment\s+(?:supplier|vendor)\b",
            r"小切手|差額を(?:送金|お?振込|返金)",
            r"\b(?:land|arrive|come\s+in|be\s+(?:deposited|credited|paid|sent))\s+(?:in|into|to)\s+your\s+(?:own\s+|personal\s+)?(?:bank\s+)?account\b[^.\n]{0,40}\b(?:forward|transfer|send|wire|pass)\b",
            // Money passed through the worker's account (a money mule).
            r"\b(?:receive|accept|collect)\s+(?:\w+\s+)?(?:funds|payments?|money|transfers?)\s+(?:into|in|on|to|through)\s+your\s+(?:own\s+|personal\s+)?(?:bank\s+)?(?:account|paypal|wallet|venmo|cash\s?app|zelle)\b[^.\n]{0,40}\b(?:forward|transfer|send|wire|pass)\b|\b(?:remote|local|regional)\s+(?:payment|financial|transfer)\s+(?:processor|agent|representative|coordinator)\b",
            r"(?:ご?自身の|あなたの|個人の|お持ちの)口座(?:で|に)[^\n。]{0,10}(?:受け取|入金され|振り込まれ)[^\n。]{0,20}(?:送金|お?振込|お?振り込|転送)(?:して|し)(?:ください|下さい|いただ|もらい|頂)"
        ],
        "小切手を換金させ差額を送らせる手口",
        "fake-cheque scheme: deposit a cheque, send on the balance"
    ),
    rule!(
        "scam.mule",
        Solicitation,
        Strong,
        K::None,
        Some("運び屋"),
        [
            // Goods received at home and sent on (reshipping), a cut kept of money passed on.
            r"\breship(?:ping|per|ment)?\b|\brepackag(?:e|es|ed|ing)\b|\b(?:receive|accept|collect)\s+(?:\w+\s+)?(?:packages|parcels|shipments|deliveries|goods)\s+(?:at|to)\s+(?:your\s+)?(?:home|house|address|place)\b",
            r"(?:荷物|商品|小包)(?:を|の)?(?:ご?自宅で)?(?:受け取|受取)[^\n。]{0,20}(?:転送|再発送|発送し直|送り直|詰め替え|別の住所)|荷受け代行|転送(?:の)?(?:お仕事|業務|作業|案件)",
            r"\bkeep(?:ing)?\s+(?:\d+(?:\.\d+)?\s?%|\$\s?\d[\d,.]*)\s*(?:as\s+(?:your|a)\s+(?:fee|commission|payment|pay|reward|cut))?(?:\s+(?:and|,)\s+(?:send|forward|transfer|wire)\b|\s*(?:[.,;]|$)|\s+(?:for\s+yourself|of\s+(?:it|each|every)))|\bpayment\s+processing\s+(?:agent|representative|coordinator|assistant|officer)\b|\b(?:forward|send|transfer|wire)\s+\d+\s?%\s+(?:of\s+(?:it|them|the\s+(?:money|funds|payments?|amount|deposits?))\s+)?to\b",
            r"[\d,]+\s?%(?:を)?(?:手数料|報酬|お礼)として(?:差し引|お受け取り|受け取|残し)[^\n。]{0,20}(?:送金|お?振込|お?振り込|転送)"
        ],
        "荷物や送金を中継させる（運び屋・マネーミュール）",
        "asks you to pass goods or money on (a mule)"
    ),
    rule!(
        "scam.passive_income",
        Solicitation,
        Strong,
        K::None,
        Some("勧誘"),
        [
            r"権利収入|不労所得|元本保証|月利|日利|配当金?|(?:月|年|週|日)\s?\d+(?:\.\d+)?\s?%の?(?:利回り|りたーん|運用益|配当)",
            r"(?:報酬|収入|お金)が(?:自動的に|自動で|勝手に|毎月)?入(?:る|ってくる)仕組み",
            r"毎月[^\n。]{0,10}(?:収入|報酬|お金|所得|利益|配当)が入(?:る|って|り)",
            // Income that grows with the people one brings in: the MLM's own description.
            r"(?:ご?紹介者|紹介した(?:方|人)|会員|ちーむ|ぐるーぷ|下の(?:方|人)|だうん|仲間)(?:様)?(?:が|を|の数が)?増え(?:る|れば)(?:ほど|と|だけ|につれ|ば)[^\n。]{0,8}(?:収入|報酬|お金|ぼーなす|利益)",
            r"(?:ご?紹介|招待)(?:した|して(?:いただいた|くれた|もらった))(?:方|人|相手)(?:にも|から|の分も?)?[^\n。]{0,6}(?:報酬|収入|ぼーなす|お金|紹介料)(?:が|も)?(?:入|もらえ|得られ|発生|受け取れ)",
            r"紹介(?:料|報酬|ぼーなす|手当)(?:として|は)?[^\n。]{0,8}(?:1人|一人|1名|一名|1件|一件)(?:につき|あたり)|(?:1人|一人|1名|一名)(?:紹介|につき|あたり)[^\n。]{0,4}[\d,]+万?円",
            r"\bpassive income\b|\bon\s+autopilot\b|\b(?:daily|weekly|monthly)\s+(?:returns|profits|dividends)\b",
            // Signing up with the recruiter's code: they earn from the worker joining.
            r"\breferral\s+code\b|\b(?:my|our)\s+(?:invite|invitation)\s+code\b|(?:紹介(?:こーど|ころーど|id|url|りんく)|招待(?:こーど|ころーど))(?:を|で|から|は)",
            r"\bcommissions?\s+(?:by|for|from)\s+(?:signing\s+up|recruiting|referring|bringing\s+in|inviting|enrolling|onboarding)\s+(?:new\s+|more\s+|other\s+)?(?:freelancers|members|people|friends|sellers|agents|users|workers)\b",
            r"\b(?:share|cut|commission|percentage|bonus)\s+(?:of|on|for)\s+(?:every|each)\s+(?:sale|signup|sign-up|member|person|friend)\s+(?:you|that\s+you)\s+(?:refer|bring|recruit|invite)|\b(?:earn|get|receive|make)\s+(?:a\s+)?(?:commissions?|bonus(?:es)?|rewards?)\s+(?:on|from|for)\s+(?:every|each|your|all)\s+referrals?\b",
            r"\b(?:earn|get|receive|make|keep)\s+(?:\d+\s?%|a\s+(?:cut|share|percentage))\s+(?:of|from|on)\s+(?:everything|all|whatever|what)\s+(?:they|your\s+(?:recruits|team|referrals|downline))\s+(?:make|earn|sell)|\bdownline\b",
            r"\bguaranteed\s+(?:income|profit|returns?)|\bguarantee(?:d|s)?\s+(?:you\s+)?\$\s?\d"
        ],
        "権利収入・元本保証など投資/MLMの勧誘",
        "investment or MLM pitch (passive income, guaranteed returns)"
    ),
    rule!(
        "scam.lifestyle",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            r"本業(?:以上|より)[^\n。]{0,6}(?:の収入|稼|収入|の稼ぎ)|(?:最初|はじめ|初め)は半信半疑|(?:稼ぎ方|稼ぐ方法|のうはう)を(?:お?教え|伝授)|(?:方法|のうはう|秘訣|やり方|こつ)を(?:特別に|こっそり|無料で|あなただけに)(?:お?教え|伝授|公開|お伝え)|(?:同じ|その)(?:方法|やり方|のうはう|稼ぎ方)を(?:あなたにも)?(?:お?教え|伝授|お伝え|学べ)|好きなことで稼|(?:も|は)夢(?:では|じゃ)(?:ありません|ない)|(?:学べば|学ぶだけで|真似(?:を)?するだけで|まねするだけで)[^\n。]{0,10}(?:独立|稼|月収|収入|脱サラ)|稼ぐ(?:ための|方法|秘訣)|自由な(?:生活|時間|暮らし|人生)を?(?:手に入れ|送って|実現|手にし)|人生を変え|経済的(?:な)?自由|(?:時間|場所|お金)(?:と|や)?(?:時間|場所|お金)?に(?:縛られ|とらわれ)|\bfinancial\s+freedom\b|\bbe\s+your\s+own\s+boss\b|\bchange\s+your\s+life\b"
        ],
        "自由な生活・人生を変える、といった勧誘の決まり文句",
        "lifestyle pitch (financial freedom, change your life)"
    ),
    rule!(
        "scam.easy_money",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            // ダウンロード料2,000円だけで、すぐに始められます: a small price as the way in.
            r"[\d,]+円(?:だけ|のみ)で[、,]?[^\n。]{0,6}(?:始め|はじめ|すたーと|参加|稼|ご?利用いただけ)",
            r"(?:する|こなす|押す|見る|入力する|登録する|たっぷする|いいねする|ふぉろーする|いただく|もらう)だけで[^\n。]{0,14}(?:報酬|収入|所得|利益|稼|お金|1(?:回|件)\s?[\d,]+円)|(?:を|さえ)使えば[^\n。]{0,14}(?:報酬|収入|所得|利益|稼|お金)|だけの(?:簡単|かんたん)な?(?:作業|お仕事|たすく)|(?:簡単|かんたん)(?:作業|でーた入力|入力作業)|誰でも(?:簡単に)?(?:稼|でき(?:る|ます))|誰でも[^\n。]{0,10}稼|簡単に稼|簡単な(?:すまほ|ぱそこん|在宅)?(?:作業|お仕事)で|もっと稼げ|稼げる(?:お仕事|案件|仕事|方法|のうはう|こつ|秘訣|仕組み|しくみ)|稼ぎ方|稼ぐ(?:方法|のうはう|こつ|秘訣|仕組み)|(?:私たち|私|僕|弊社|当社|うち)の(?:ちーむ|ぐるーぷ|こみゅにてぃ|さろん|組織)(?:で|に入って|に入れば|に参加すれば|に参加して)[^\n。]{0,16}(?:稼|収入|所得|報酬)|在宅(?:わーかー|わーく|ちーむ)?(?:を|の)?(?:育成|養成)|すまほ\s?1台|すまほ(?:だけ|のみ|ひとつ)で|未経験(?:の方)?でも|未経験から[^\n。]{0,12}(?:なれる|稼|目指せ|独立)|のるま(?:なし|無し)|(?:紹介|招待)(?:する|して(?:いただく|もらう)|いただく|いただける)?(?:ごとに|たびに|につき|1人につき)[^\n。]{0,6}[\d,]+万?円|(?:すきる|経験)[^\n。]{0,4}(?:不要|なし)|1日\s?\d+分|(?:商品|さーびす)?もにたー(?:様)?を?(?:募集|大募集|探して)|(?:あんばさだー|もにたー|当選者|対象者|特別会員|代表)に(?:選ばれ|選出され|当選)|当選(?:おめでとう|しました|されました|いたしました)",
            r"\bguarantee\w*\s+(?:that\s+)?(?:your\s+)?(?:gig|profile|listing|shop|store)\s+(?:\w+\s+){0,2}(?:page\s+(?:1|one)|first\s+page|top|rank|orders|sales)|\beasy money\b|\bmake\s+your\s+(?:gig|profile|listing|shop|store)\s+rank\b|\b(?:want|looking)\s+to\s+(?:make|earn)\s+(?:some\s+)?extra\s+(?:cash|money|income)\b|\bwork\s+from\s+(?:your|ur)\s+(?:phone|smartphone|mobile)\b|\bstart\s+earning\s+(?:today|now|immediately|instantly|right\s+away|from\s+home|from\s+day\s+one|commissions?|money|income|cash|rewards)\b|\bno experience (?:needed|required)\b|\bproduct\s+(?:testers?|reviewers?)\b|\b(?:lik(?:e|ing)|rat(?:e|ing)|review(?:ing)?|shar(?:e|ing)|follow(?:ing)?|subscrib(?:e|ing)|comment(?:ing)?)\s+(?:and|&)\s+(?:lik(?:e|ing)|rat(?:e|ing)|review(?:ing)?|shar(?:e|ing)|follow(?:ing)?|subscrib(?:e|ing)|comment(?:ing)?)\s+(?:\w+\s+)?(?:products|videos|hotels|apps|items|posts|pages|accounts|reels|listings|restaurants|places|properties|shops|stores)\b|\bkeep\s+the\s+products?\b|\b(?:you(?:\x27ve| have) been|you are|you\x27re|you\s+were|your\s+(?:gig|profile|account|listing|shop|store|application)\s+(?:has|was)(?:\s+been)?)\s+(?:shortlisted|selected|hired|picked|chosen|handpicked|approved|accepted)\b|\bjust\s+by\s+(?:completing|doing|taking|filling\s+(?:in|out)|watching|liking|clicking|answering)\b|\bsimple\s+(?:surveys|clicks|online\s+tasks)\b|\byou\s+(?:qualify|qualified|are\s+eligible)\s+for\s+(?:our|a|the|this)\b|\byou(?:'ve|\s+have)\s+won\b|\$\s?\d+\s+(?:commission\s+)?(?:per|for each|for every|a)\s+(?:[\w-]+\s+)?(?:review|task|like|rating|order|item|product)\b"
        ],
        "「誰でも簡単に稼げる」型の勧誘",
        "\"anyone can earn easily\" pitch"
    ),
    rule!(
        "scam.big_income",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            r"高収入|月収\s?\d+万|年収\s?\d+万|月\s?\d+万円?(?:〜|~|以上|も|を目指|可能|を?稼|保証|を?達成|の副収入|の収入|の運用益|の利益|の配当|は(?:固い|堅い|かたい|確実|余裕|軽い|狙え|見込め|いけ(?:ます|る)))|日給\s?\d|1日\s?\d+万円?|(?:毎日|1日|一日)\s?[\d,]+円(?:以上)?(?:の|を|も|が)?(?:報酬|収入|稼)",
            r"(?:\d+|の)倍の(?:収入|収益|稼ぎ)|(?:収入|収益|売上|売り上げ|資産|利益|貯金|稼ぎ)(?:が|を)(?:\d+)?倍|\d+倍(?:は|も|以上)?稼",
            r"\bsend\s+you\s+\d+\+?\s+(?:orders|clients|jobs|projects|customers)\b|\bsend\s+you\s+(?:new\s+)?(?:orders|clients|jobs|projects|customers)\s+(?:every|each)\s+(?:day|week|month)\b",
            r"高単価(?:案件|のお仕事|のお?仕事)?を?(?:優先的に)?(?:ご?紹介|お渡し|お回し)",
            r"\b\d+\s?x\s+more\s+(?:orders|sales|clients|customers|income|money|earnings)\b",
            r"\bguarantee\w*\s+(?:you\s+)?\d+\+?\s+(?:new\s+)?(?:orders|sales|clients|customers|buyers|reviews)\b",
            r"\b(?:send|bring|give|refer)\s+(?:you\s+)?(?:\w+\s+)?(?:buyers|clients|customers|orders)\s+(?:afterwards|after\s+(?:that|you|it)|once\s+you|when\s+you\s+(?:finish|complete))",
            r"(?:\$|usd\s?)\s?\d[\d,.]*k?\s+daily\b|\bdaily\s+(?:income|earnings|profits?)\s+of\b",
            r"\b(?:earn|earns|earning|make|makes|making|made)\s+(?:up\s+to\s+)?\$\s?\d[\d,.]*k?(?:\s?(?:-|–|—|to)\s?\$?\s?\d[\d,.]*k?)?\s*(?:weekly|per week|a week|daily|per day|a day|monthly|per month|a month|/\s?(?:week|day|month))"
        ],
        "高収入をうたっている",
        "promises high income"
    ),
    rule!(
        "scam.seminar",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            r"(?:私|わたし|弊社|当社)が?(?:主催|主宰|運営)(?:する|している|しております)(?:勉強会|せみなー|講座|こみゅにてぃ|さろん|説明会|塾)",
            r"(?:勉強会|せみなー|講座|こみゅにてぃ|さろん|説明会|交流会)を(?:主催|運営)(?:しており|しています|いたしており|いたしています)",
            r"(?:無料|特別に)[^\n。]{0,6}(?:講座|動画|教材|のうはう|まにゅある|電子書籍)を?(?:ぷれぜんと|差し上げ|お渡し|配布|お送り)",
            r"(?:おんらいん|無料の?)?個別(?:相談|面談)(?:会)?(?:で|に|を|へ)",
            r"(?:すくーる|講座|塾|こーす|さろん|おんらいん講座)(?:を|の)(?:ご?紹介|ご?案内)(?:して|しており|いたして|いたしており|させて)",
            r"説明会|せみなー|\bwebinar\b|(?:個別|無料)(?:相談会|面談会)|無料(?:の|で)?(?:勉強会|交流会|お茶会|座談会|体験会)|(?:お?話|ご?説明)だけでも(?:聞いて|聞きに|お聞き|いかが)|(?:お?話|ご?説明)を(?:お)?聞(?:いて|き)(?:いただけ|ください|もらえ)",
            // The coaching funnel: a free one-to-one session to sign up for.
            r"無料の?(?:個別|おんらいん)?(?:面談|相談|かうんせりんぐ|こんさる|せっしょん)(?:会)?[^\n。]{0,10}(?:お?申し?込|ご?予約|ご?参加|お?待ちして)|無料の?(?:個別|おんらいん)?(?:かうんせりんぐ|こんさる|こーちんぐ|せっしょん)(?:を|に)?(?:受けて|お受け|受講)"
        ],
        "説明会・セミナーへの誘い",
        "invites you to a briefing or seminar"
    ),
    rule!(
        "scam.investment",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            r"仮想通貨|暗号資産|自動売買|\bfx\b|副業|投資|資産運用|運用益|利回り|代理店(?:として|になって|募集)|\bcrypto|情報商材|ねっと\s?びじねす|ねっとわーくびじねす|\bmlm\b|あふぃりえいと|せどり|ばいなりー|\bforex\b|network marketing|investment\s+(?:club|pool|group)|\bpool\s+(?:our|your|the)\s+(?:earnings|money|funds|savings)|investment opportunit|\barbitrage\b|\btrading\s+(?:bot|signals?|account|mentor|coach|group)\b|\brecruit\s+(?:\w+\s+){0,3}(?:freelancers|people|members|friends|others|agents|sellers)\b|\b(?:trading|forex|crypto|investing|investment)\s+(?:mentorship|academy|masterclass|bootcamp)\b",
            r"(?:資産|お金|貯金|貯蓄)を(?:増や|倍に|育て|殖や)|少額から(?:でも)?[^\n。]{0,10}(?:資産|運用|投資|増や|始められ)|一緒にびじねす|おーなーになれ|おーなー(?:募集|制度)|仕組み(?:は|を|も)?(?:すべて|全て)?(?:こちら|弊社|当社)で(?:ご?用意|ご?提供|準備)|びじねす\s?ぱーとなー(?:に|を募集)|紹介するだけ|紹介者を?[^\n。]{0,6}(?:見つけ|集め)|\d人(?:紹介|見つけ|集め)"
        ],
        "副業・投資・紹介ビジネスの話題",
        "side-business, investment or referral scheme"
    ),
    rule!(
        "scam.urgency",
        Solicitation,
        Normal,
        K::None,
        Some("勧誘"),
        [
            r"今だけ|今なら|特別価格|もにたー価格|本日[^\n。]{0,10}まで|特典|先着\d|\d+名(?:だけ|限定|のみ)(?:を|で|の)?(?:募集|ご案内|受付)",
            r"枠(?:が|は|も)?(?:残り|あと)\s?(?:\d+|わずか|僅か)|残り\s?\d+\s?(?:名|枠)(?:様)?(?:です|のみ|だけ|となり|なので|ですので|限り)|(?:お?早めに|今すぐ|すぐに)(?:ご決断|ご決心|お?申し?込)|通常[^\n。]{0,6}[\d,]+万?円(?:のところ|が|→)",
            r"\b(?:today only|limited spots?)\b|\b(?:suspended|closed|banned|terminated|locked|deactivated|deleted)\s+unless\s+you\b"
        ],
        "期限や特典で急がせている",
        "pushes with a deadline or bonus"
    ),
    rule!(
        "scam.bait_switch",
        Solicitation,
        Strong,
        K::None,
        Some("別案件への誘導"),
        [
            r"(?:締め切|埋まって|終了し|決まって|決定し)[\s\S]{0,80}?(?:別|他|ほか)(?:で|に|の)[^\n。]{0,20}(?:お仕事|案件|仕事)",
            r"\b(?:already been|has been|is)\s+filled\b[\s\S]{0,80}\b(?:another|other|different)\s+(?:remote\s+)?(?:role|position|job|opportunity)"
        ],
        "募集終了を理由に別の案件へ誘導している",
        "says the job is gone and offers another one elsewhere"
    ),
    rule!(
        "scam.pay_first",
        Solicitation,
        Normal,
        K::None,
        Some("費用請求"),
        [
            r"(?:ご)?入金(?:の)?確認(?:後|でき次第|が取れ)|(?:お?振込|お?振り込)み?(?:いただ|ください|をお願い)|\b(?:once|after)\s+(?:the\s+)?payment\s+is\s+(?:done|made|complete)|\bpayment\s+(?:instructions|details)\s+(?:will\s+follow|to\s+follow|are\s+attached|below)\b|\bsend\s+(?:the\s+)?(?:balance|remaining\s+amount|rest|remainder|difference|leftover)\s+(?:back\s+)?(?:to|on)\b|\bforward\s+(?:them|it|the\s+(?:funds|money|rest|balance|payments?))\s+to\b|\b(?:ship|send|mail|forward)(?:ing)?\s+(?:them|it|the\s+(?:packages?|parcels?|items?|goods|products))\s+(?:on\s+)?to\s+(?:[\w']+\s+){0,3}(?:abroad|overseas)\b"
        ],
        "先にお金を振り込ませようとしている",
        "wants your money first"
    ),
    rule!(
        "scam.reimburse",
        Solicitation,
        Normal,
        K::None,
        Some("費用請求"),
        [
            r"\breimburs(?:ed|es|ement|ing|e)?|\brefund\s+you\b|\b(?:refunded|reimbursed|repaid)\s+(?:after|with|once|within|in\s+your|through|by|via|from)\b|\b(?:returned|paid\s+back|given\s+back)\s+(?:to\s+you\s+)?(?:with|after|in|from)\s+your\s+first\b|\bdeducted\s+from\s+your\s+(?:first\s+)?(?:payout|pay|salary|paycheck|earnings)",
            r"\bfirst\s+(?:paycheck|salary|wage)\b|\brefundable\b|\bpays\s+for\s+itself\b|\brefunded\s+(?:instantly|immediately|right\s+away|at\s+once)\b|\b(?:get|getting)\s+(?:it\s+|them\s+|this\s+|that\s+)?back\s+(?:after|with|from|once|within|in)\s+(?:your|the)\s+first\b|\b(?:make|earn|get|win)\s+(?:it|that|the\s+(?:money|fee|cost))\s+back\s+(?:(?:in|within)\s+(?:a|one|two|three|\d+|your\s+first|the\s+first)\s+(?:days?|weeks?|months?|orders?|tasks?|jobs?)|(?:from|with)\s+(?:your|the)\s+first)\b",
            r"後で返金|返金します|元が取れ|元を取|回収(?:可能|できます|できる)|(?:すぐ|簡単に|必ず|確実に)?(?:取り戻せ|取り返せ)|報酬から(?:相殺|差し引|天引)|実費(?:ご?負担)"
        ],
        "立て替え・後で返金すると言っている",
        "promises to reimburse what you pay"
    ),
];

/// Sentence-level cues that a mention is negated or refused.
pub const NEGATION: &[&str] = &[
    r"ておりません|ていません|(?:は|を)?(?:しません|いたしません|行いません)|できません|使わず|使いません|しないで|ないよう|ないで(?:ください|くださ|ね)|(?:では|じゃ)なく|ことは(?:一切|決して)?(?:ありません|ございません|ない(?:ので|です|。))|必要(?:は|が)?(?:ありません|ございません)",
    r"(?:し|行わ|使わ|受け付け|いたさ|致さ)ない(?:方針|こと(?:に|と)して|決まり|るーる)|(?:は|を)(?:しない|行わない|使わない|受け付けない)(?:ので|ため|こと|です|。|、)",
    r"(?:いたし|致し|し|でき|対応し|お受けし)かね(?:ます|る)|できない(?:ので|ため|ことに|決まり|規約|です|。)|とらぶる(?:の(?:元|もと)|になり|に(?:つなが|繋が))|危険(?:です|なので|ですので|が)|禁止|規約違反|違反|お断り|\bng\b(?:です|とさせて|となって|とし|なので|ですので|でお願い)|不可|避けて(?:ください|いただ|おります)|控え(?:て|ます|ください)|できない決まり|決まり(?:なので|です)|ご?遠慮|誘導されて困|(?:持ちかけられ|誘われ|言われ|求められ|頼まれ)(?:て|た(?:こと|経験|ので|ため))[^\n。]{0,4}(?:困|迷惑|嫌|怖)|(?:内|上)だけで|のみで(?:やり取り|進め)",
    // "no personal emails, no payments off Upwork": the cue is the "no" alone (group 1).
    r"\b(no)\s+(?:personal\s+|private\s+|outside\s+|direct\s+)?(?:e-?mails?|phone\s+(?:numbers?|calls?)|numbers|calls|payments?|contact\s+(?:info|details)|whatsapp|telegram|skype|signal|discord|off-platform|external)\b",
    r"\b(?:don'?t|do not|never|won'?t|will not|not allowed|no need|said no|prefer not|rather not|rather\s+(?:you|we)\s+(?:didn'?t|did\s+not)|refuse[ds]?|against (?:the )?(?:terms|tos|rules|policy)|flags? that)\b",
    // Only as a refusal to leave (I can't take this outside the platform): see `refuses_to_leave`.
    r"\b(?:can'?t|cannot|can\s+not)\s+(?:take|move|do|continue|work|deal|pay|talk|communicate)\b",
    r"\bonly\s+(?:pay|work|communicate|talk)\b|\bkeep\s+(?:everything|all|it|things|communication|payments?)\s+(?:on|in|here|within)\b|\bstay\s+on\s+(?:upwork|fiverr)\b",
];

/// Sentence-level cues that the tool is the topic of the work (bots, stickers, APIs).
pub const TOPIC: &[&str] = &[
    r"\b(?:bot|bots|chatbots?|api|sdk|webhook|landing\s+pages?|buttons?|widgets?|integrat(?:e|es|ed|ing|ion|ions)|gig)\b|ぼっと|(?:line|らいん)\s*すたんぷ|開発|実装|連携(?:する|させる|した|の)?(?:つーる|ぼっと|しすてむ|あぷり|機能|ふぉーむ|さいと|開発|設定|実装)|(?:api|しすてむ|自動|あかうんと)連携|\bfigma\b|\bui\s?kits?\b|\bui\b|\bux\b|\bwireframes?\b|\bmock-?ups?\b|[a-z]-style\b|\bclone\b|自動(?:通知|返信|化|付与)|運用|りっちめにゅー|すたんぷ制作|配信(?:する|代行|用|文|設定|作業|業務|内容|原稿|計画|めっせーじ|記事|動画|の(?:文面|設定|作成|企画|内容|原稿|代行))|(?:めっせーじ|すてっぷ|一斉|定期|めるまが|line|らいん|らいぶ)\s?配信|広告|まーけてぃんぐ|すくりぷと|\bgas\b|\.py\b|javascript|python|すたんぷ(?:を|の)?(?:\d+\s?(?:種類|個|点|枚)|制作|作成|描い|作って|でざいん)|(?:を|の)(?:考える|考案する|企画する)(?:お仕事|作業|案件|業務)|あいであ(?:を|が)?(?:\d+\s?(?:個|案|つ))?(?:ください|ほしい|お願い|募集)|\b(?:telegram|youtube|discord|slack|whatsapp|twitch|tiktok|news|broadcast|brand|company|official)\s+channels?\b|\bchannels?\s+(?:posts?|links?|ideas|content|descriptions?|banners?|art|icons?|names?|structure|setup|roles|list)\b|とーくすくりぷと|ばなー|促す|さむねいる|導入事例|活用事例|事例記事|使い方|機能紹介|こーるせんたー|電話応対|比較|(?:紹介|解説|れびゅー)記事|こーでぃんぐ|\bcoding\b|らんでぃんぐぺーじ|\blp\b|ぼたん(?:を|の)?設置|(?:お?問い?合わ?せ|追加|登録)ぼたん|(?:ふったー|へっだー)(?:を|の)?(?:作|制作|でざいん|作成|修正)|\bcompar(?:e|es|ed|ing|ison)\b|\bbanners?\b|\bcompany\s+page\b|\b(?:write|draft|schedule)\s+(?:\w+\s+){0,2}posts?\b|解説して(?:ください|いただ|ほしい)|解説(?:動画|資料|記事)|設定(?:手順|方法)|手順書|国別|しぇあ率|利用率|利用者数|ゆーざー数|市場(?:調査|規模|しぇあ)|いんふぉぐらふぃっく|\binfographics?\b|\bmarket\s+share\b|定型(?:めっせーじ|文)|配布(?:する|用)|(?:めっせーじ|返信|応答)てんぷれ|使い分け|表記(?:ゆれ|揺れ)|(?:line|らいん)\s?の?あいこん|まくろ|\bmacros?\b|\bvba\b|(?:資料|まにゅある|すらいど|手順書|記事|原稿)(?:\s?[(（][^)）\n]{0,16}[)）])?を?(?:作成|作って|制作|書いて)(?:して)?(?:ください|下さい|いただ|ほしい|お願い)|(?:文面|文言|こぴー|きゃっちこぴー|ちらし|ぽすたー)(?:案)?(?:を|の)?(?:考えて|作成|作って|制作|書いて|でざいん)|(?:説明|解説|紹介)する(?:記事|資料|ぺーじ|動画|文章|こらむ)",
];

/// Sentence-level cues that a number or address is an example or data, not contact info.
pub const EXAMPLE: &[&str] = &[
    r"例|\be\.g\.|for example|\bsuch\s+as\b|形式|記載|掲載|\bformat\b|入力|ばりでーしょん|\bvalidat(?:e|es|ed|ing|ion|or|ors)\b|表記|standardi[sz]e|正規化|さんぷる(?:でーた|値|の|です|として|請求書|用|画面|ぺーじ|てんぷれ)|架空|\bfictional\b|\bfake\s+(?:data|numbers?|contacts?)\b|\bsample\s+(?:data|values?|numbers?|address(?:es)?|entries|records|rows|text|contacts?)\b|\b(?:as|are|is)\s+(?:a\s+)?samples?\b|だみー|\bdummy\b|\bcsv\b",
    // Content of the deliverable: the number printed on a card or a flyer.
    r"名刺|ちらし|ぽすたー|看板|ぱんふれっと|ふったー|へっだー|\bfooter\b|\bbusiness\s+cards?\b|\bflyers?\b|\bposters?\b|\bbrochures?\b|\bleaflets?\b|\bletterhead\b|\bsignage\b|\bplaceholder\b|\bmock-?up\b|\blabels?\b|\bpackaging\b|\bprinted\s+(?:on|in)\b|らべる|印刷",
    // A number under a label that is not a phone's (ご注文番号は 0801234567).
    r"(?:注文|会員|受付|管理|伝票|予約|問い?合わ?せ|商品|案件|契約|請求|追跡|お客様|顧客|登録|整理|製造|品|型)番号|品番|型番|\b(?:order|invoice|tracking|reference|ref|customer|account|member|serial|ticket)\s*(?:no\b|number|id\b|#)",
];

/// Message-level cues that the work is a printed or displayed piece whose numbers and
/// addresses are its content (名刺のデザイン, design our flyer), in any sentence.
pub const DELIVERABLE: &[&str] = &[
    r"(?:名刺|ちらし|ぽすたー|看板|ぱんふれっと|りーふれっと|しょっぷかーど|封筒|年賀状|はがき|ふったー|会社概要|店舗情報)(?:の|を)?(?:でざいん|制作|作成|印刷|れいあうと|修正|版下|原稿|作り|作って|作る|ぺーじ)",
    r"\b(?:business\s+cards?|flyers?|posters?|brochures?|leaflets?|letterhead|signage|footer|contact\s+page)\s+(?:design|layout|mock-?up|template|artwork)\b|\b(?:design|make|create|print|lay\s+out)\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+)?(?:new\s+)?(?:business\s+cards?|flyers?|posters?|brochures?|leaflets?|letterhead)\b",
];

/// Sentence-level cues that the conversation stays on the platform (its call button…).
pub const ON_PLATFORM: &[&str] = &[
    r"(?:こちら|この|ここ)の?(?:めっせーじ|とーくるーむ|ちゃっと)(?:機能)?(?:で|にて|上で|内で)(?:お願い|やり取り|やりとり|進め|続け|完結|ご?連絡|ご?質問|ご?相談|お?送り)|(?:この|こちらの)とーくるーむ|とーくるーむ(?:で|内|上|から)(?:お願い|続け|やり取り|進め|ご?質問|ご?相談|お?送り|ご?連絡)|めっせーじ(?:機能|上)で|電話相談|(?:ここなら|くらうどわーくす|らんさーず)の(?:(?:電話|通話|めっせーじ)(?:機能)?|機能)(?:で|から|を(?:使|利用|通)|上で|内で)",
    r"(?:くらうどわーくす|らんさーず|ここなら|さいと)(?:内|上)で(?:完結|やり取り|やりとり|進め|お願い|続け)|(?:最後まで|引き続き|すべて|全て)(?:くらうどわーくす|らんさーず|ここなら)(?:で|上で|内で)",
    r"\b(?:in|on|through|via)\s+(?:upwork|fiverr)(?:\s+messages)?\b|\b(?:upwork|fiverr)\s+(?:chat|messages?|inbox|messaging)\s+only\b|\bonly\s+(?:on|in|through|via)\s+(?:upwork|fiverr)\b|call button|here in the chat|\b(?:upload|attach|post|send|share|drop|put)\s+(?:\w+\s+){0,3}(?:to|in|into|on)\s+this\s+(?:chat|thread|conversation)\b|(?:(?:through|via|on|in)\s+(?:the\s+|my\s+)?)?order\s+page",
];

/// Message-level cue that the off-platform contact application was filed or approved.
pub const APPLICATION_FILED: &str = r"(?:さーびす外連絡|連絡先(?:公開|交換)|外部連絡|外部(?:つーる|あぷり|さーびす)の?(?:利用|使用)?)の?(?:申請|承認|許可)[^\n]{0,30}?(?:承認|提出|出し|お送り|送り|済|完了|しました|いたしました|ありがとう|いただき|得(?:ました|られ|て)|もら(?:い|っ)|下り(?:ました|た)|取れ(?:ました|た)|取得|通(?:った|りました|っ(?:て|た)))";
