//! What kind of evidence a finding is. Each category has a weight in config.yaml.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// An off-platform app is named (LINE, Chatwork, Telegram…).
    Channel,
    /// A phone number, e-mail address or messaging link is in the text.
    ContactInfo,
    /// An ID or user name is given (LINE ID：xxx, @handle).
    Handle,
    /// The worker is asked for their own contact details.
    ContactRequest,
    /// Add me / message me / call me / join here phrasing.
    Invitation,
    /// Direct contract, paying outside the platform, avoiding the fee.
    DirectDeal,
    /// An outside payment method (PayPal, bank transfer…).
    Payment,
    /// A move off the platform without naming the channel.
    VagueMove,
    /// Skipping the application or hiding from the platform.
    Bypass,
    /// Paid-manual, MLM, investment and bait-and-switch phrasing.
    Solicitation,
    /// Context that lowers the score (negation, topic, filed application).
    Context,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Channel,
        Category::ContactInfo,
        Category::Handle,
        Category::ContactRequest,
        Category::Invitation,
        Category::DirectDeal,
        Category::Payment,
        Category::VagueMove,
        Category::Bypass,
        Category::Solicitation,
        Category::Context,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Channel => "channel",
            Category::ContactInfo => "contact_info",
            Category::Handle => "handle",
            Category::ContactRequest => "contact_request",
            Category::Invitation => "invitation",
            Category::DirectDeal => "direct_deal",
            Category::Payment => "payment",
            Category::VagueMove => "vague_move",
            Category::Bypass => "bypass",
            Category::Solicitation => "solicitation",
            Category::Context => "context",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Default weight (points per finding) when config.yaml does not set one.
    pub fn default_weight(self) -> i32 {
        match self {
            Category::Channel | Category::Handle => 3,
            Category::ContactInfo
            | Category::ContactRequest
            | Category::DirectDeal
            | Category::VagueMove
            | Category::Bypass => 5,
            Category::Invitation | Category::Payment | Category::Solicitation => 2,
            Category::Context => 0,
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
