//! Site chrome: menu lines (login, market and section links) and widget lines (sharing,
//! comments, ad labels), recognised by their vocabulary rather than by any one site's wording.
//!
//! A line is chrome when every item on it (items are separated by runs of spaces, `|`, `•`, `/`,
//! `>`, `,` or a full stop) is made of known chrome words, with numbers allowed between them
//! ("12 comments", "Sensex 80,000"). At the head or tail of an article any such line goes; in the
//! middle only lines that are unmistakable do (see [`classify`]). Widget sentences ("Your email
//! address will not be published") are matched by their opening words.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::text::{key, prefix_end_any};
use super::Region;
use crate::model::RemovalReason;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chrome {
    /// Account and site actions: login, subscribe, search, menu.
    Account,
    /// Market data links: currencies, stocks, indices.
    Market,
    /// Section links: world, politics, sports.
    Section,
    /// Sharing buttons and social networks.
    Share,
    /// Comment widgets.
    Comment,
    /// Ad labels.
    Ad,
}

const VOCABULARY: &[(Chrome, &[&str])] = &[
    (
        Chrome::Account,
        &[
            "login",
            "log in",
            "log-in",
            "sign in",
            "sign-in",
            "sign up",
            "signup",
            "register",
            "subscribe",
            "subscribe now",
            "subscribed",
            "my account",
            "account",
            "log out",
            "logout",
            "sign out",
            "menu",
            "main menu",
            "open menu",
            "close menu",
            "search",
            "close",
            "skip to content",
            "skip to main content",
            "skip to navigation",
            "toggle navigation",
            "navigation",
            "e-paper",
            "epaper",
            "e paper",
            "newsletter",
            "newsletters",
            "get app",
            "get the app",
            "download app",
            "app",
            "notifications",
            "settings",
            "profile",
            "premium",
            "sections",
            "dark mode",
            "light mode",
            "language",
            "edition",
            "english",
        ],
    ),
    (
        Chrome::Market,
        &[
            "currencies",
            "currency",
            "stocks",
            "stock",
            "markets",
            "market",
            "commodities",
            "commodity",
            "crypto",
            "cryptocurrency",
            "cryptocurrencies",
            "mutual funds",
            "mutual fund",
            "ipo",
            "ipos",
            "sensex",
            "nifty",
            "forex",
            "bonds",
            "gold",
            "silver",
            "oil",
            "crude",
            "futures",
            "indices",
            "dow",
            "dow jones",
            "nasdaq",
            "s&p",
            "s&p 500",
            "ftse",
            "nikkei",
            "portfolio",
            "watchlist",
            "quotes",
            "personal finance",
            "etf",
            "etfs",
            "bitcoin",
            "rates",
            "market data",
        ],
    ),
    (
        Chrome::Section,
        &[
            "home",
            "news",
            "headlines",
            "top headlines",
            "article",
            "world",
            "business",
            "politics",
            "sports",
            "sport",
            "opinion",
            "opinions",
            "tech",
            "technology",
            "science",
            "health",
            "entertainment",
            "lifestyle",
            "culture",
            "travel",
            "video",
            "videos",
            "photos",
            "photo",
            "gallery",
            "live tv",
            "live",
            "latest",
            "latest news",
            "trending",
            "top stories",
            "india",
            "us",
            "uk",
            "europe",
            "asia",
            "africa",
            "middle east",
            "americas",
            "podcasts",
            "podcast",
            "weather",
            "education",
            "auto",
            "cricket",
            "movies",
            "more",
            "about",
            "about us",
            "contact",
            "contact us",
            "privacy",
            "privacy policy",
            "terms",
            "terms of use",
            "careers",
            "advertise",
            "economy",
            "national",
            "international",
            "local",
            "features",
            "analysis",
            "explainers",
            "web stories",
            "shows",
            "games",
            "puzzles",
            "elections",
            "city",
            "states",
        ],
    ),
    (
        Chrome::Share,
        &[
            "share",
            "shares",
            "share this",
            "share this article",
            "share this story",
            "share on",
            "share via",
            "facebook",
            "twitter",
            "x",
            "whatsapp",
            "telegram",
            "linkedin",
            "reddit",
            "pinterest",
            "email",
            "email this link",
            "e-mail",
            "mail",
            "print",
            "copy link",
            "copy url",
            "link copied",
            "copy",
            "tweet",
            "follow",
            "follow us",
            "follow us on",
            "like",
            "save",
            "bookmark",
            "flipboard",
            "google news",
            "messenger",
            "sms",
            "threads",
            "bluesky",
            "instagram",
            "youtube",
            "koo",
        ],
    ),
    (
        Chrome::Comment,
        &[
            "leave a reply",
            "leave a comment",
            "post a comment",
            "add a comment",
            "add comment",
            "comments",
            "comment",
            "view comments",
            "show comments",
            "hide comments",
            "cancel reply",
            "reply",
            "be the first to comment",
            "join the conversation",
            "no comments",
            "no comments yet",
        ],
    ),
    (
        Chrome::Ad,
        &[
            "advertisement",
            "advertisements",
            "sponsored",
            "sponsored content",
            "ad",
            "ads",
            "promoted",
            "paid content",
            "partner content",
            "story continues below advertisement",
            "article continues below advertisement",
            "continue reading below",
            "scroll to continue",
            "scroll to continue with content",
            "article continues below this ad",
            "ad feedback",
            "up next",
            "watch next",
            "watch more",
            "related gallery",
            "related video",
            "related videos",
        ],
    ),
];

/// Openings of widget sentences that are chrome anywhere in an article.
const WIDGET_SENTENCES: &[&str] = &[
    "your email address will not be published",
    "you must be logged in to post a comment",
    "click to share on",
    "click to email",
    "click to print",
    "story continues below",
    "article continues below",
    "continue reading below",
    "scroll down to continue",
    "this story continues below",
];

/// Openings of widget sentences that are chrome only at an article's head or tail.
const EDGE_WIDGET_SENTENCES: &[&str] = &[
    "follow us on",
    "join our",
    "subscribe to our",
    "sign up for our",
    "download the app",
    "download our app",
    "get the latest",
    "for the latest",
    "also follow",
    "stay updated",
    "stay informed",
    "click here to subscribe",
    "share this",
    "email:",
    "e-mail:",
    "submit your stories",
    "submit your story",
    "send us your stories",
    "send us your story",
    "categories:",
    "category:",
    "tags:",
    "filed under:",
];

/// Most words of the short question or cry that may lead a call to action ("Eyewitness?",
/// "Got a news tip?").
const MAX_HOOK_WORDS: usize = 4;

/// A widget's call to action without the hook that may lead it: "Eyewitness? Submit your stories
/// now" → "Submit your stories now". Text without such a hook is returned whole.
fn after_hook(text: &str) -> &str {
    let Some(end) = text.find(['?', '!']) else { return text };
    let (hook, rest) = text.split_at(end + 1);
    let short = (1..=MAX_HOOK_WORDS).contains(&hook.split_whitespace().count());
    let rest = rest.trim_start();
    if short && rest.starts_with(char::is_uppercase) {
        rest
    } else {
        text
    }
}

/// The longest phrase in [`VOCABULARY`], in words.
const LONGEST_PHRASE: usize = 7;

fn vocabulary() -> &'static HashMap<&'static str, Chrome> {
    static VOCABULARY_MAP: OnceLock<HashMap<&'static str, Chrome>> = OnceLock::new();
    VOCABULARY_MAP.get_or_init(|| {
        VOCABULARY
            .iter()
            .flat_map(|(kind, phrases)| phrases.iter().map(move |phrase| (*phrase, *kind)))
            .collect()
    })
}

/// Whether a whole unit is chrome, and of which kind.
pub(crate) fn classify(text: &str, region: Region) -> Option<RemovalReason> {
    let word_total = text.split_whitespace().count();
    if word_total == 0 || word_total > 40 {
        return None;
    }
    if word_total <= 30 {
        let edge = region != Region::Middle;
        let call = after_hook(text);
        if prefix_end_any(call, WIDGET_SENTENCES).is_some()
            || (edge && prefix_end_any(call, EDGE_WIDGET_SENTENCES).is_some())
            || is_newsletter_sign_up(text)
        {
            return Some(RemovalReason::Widget);
        }
    }
    let items = items(text);
    let mut kinds = Vec::new();
    for item in &items {
        kinds.extend(item_kinds(item)?);
    }
    if kinds.is_empty() {
        return None;
    }
    let widget_only = kinds.iter().all(|kind| matches!(kind, Chrome::Share | Chrome::Comment | Chrome::Ad));
    let reason = if widget_only { RemovalReason::Widget } else { RemovalReason::SiteMenu };
    let unmistakable = widget_only
        || kinds.contains(&Chrome::Account)
        || (kinds.contains(&Chrome::Market) && kinds.len() >= 2)
        || kinds.len() >= 3;
    (region != Region::Middle || (unmistakable && word_total <= 12)).then_some(reason)
}

/// Whether a line asks the reader to sign up for a newsletter or emails, wherever the sign-up
/// stands in it ("The Daily Gazette Sign up for daily emails to get the latest news."): "sign
/// up for" or "subscribe to" with the newsletter, the emails or "our" within three words after
/// it. A sentence that tells of a sign-up ("customers who sign up for the service receive
/// emails") is no widget.
fn is_newsletter_sign_up(text: &str) -> bool {
    const LEADS: &[&[&str]] = &[&["sign", "up", "for"], &["sign", "up", "to"], &["subscribe", "to"]];
    const WHAT: &[&str] = &["newsletter", "newsletters", "emails", "email", "our"];
    let line = key(text);
    // "… get the best of the site delivered directly to your inbox."
    if ["delivered to your inbox", "delivered directly to your inbox", "delivered straight to your inbox"]
        .iter()
        .any(|phrase| line.contains(phrase))
    {
        return true;
    }
    let words: Vec<&str> = line.split(' ').collect();
    (0..words.len()).any(|at| {
        LEADS.iter().any(|lead| {
            let end = at + lead.len();
            words.get(at..end) == Some(lead) && words.iter().skip(end).take(3).any(|w| WHAT.contains(w))
        })
    })
}

/// A line's items: the parts between separators.
fn items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|next| next.is_whitespace());
        let separates =
            matches!(ch, '|' | '\u{2022}' | '\u{B7}' | '/' | '>' | '\u{BB}' | '\u{203A}' | ',' | '\n')
                || (ch == '.' && next_is_space)
                || (ch == ' ' && chars.peek() == Some(&' '));
        if separates {
            if !current.trim().is_empty() {
                items.push(std::mem::take(&mut current));
            }
            current.clear();
        } else {
            current.push(ch);
        }
    }
    if !current.trim().is_empty() {
        items.push(current);
    }
    items
}

/// The chrome kinds an item is made of, or `None` if any word in it is not chrome.
fn item_kinds(item: &str) -> Option<Vec<Chrome>> {
    let words: Vec<String> =
        key(item).split(' ').filter(|word| !word.is_empty()).map(str::to_string).collect();
    let vocabulary = vocabulary();
    let mut kinds = Vec::new();
    let mut at = 0;
    while at < words.len() {
        if words.get(at).is_some_and(|word| is_number(word)) {
            at += 1;
            continue;
        }
        let longest = LONGEST_PHRASE.min(words.len() - at);
        let found = (1..=longest).rev().find_map(|len| {
            let phrase = words.get(at..at + len)?.join(" ");
            vocabulary.get(phrase.as_str()).map(|kind| (len, *kind))
        });
        let (len, kind) = found?;
        kinds.push(kind);
        at += len;
    }
    Some(kinds)
}

fn is_number(word: &str) -> bool {
    word.chars().any(|ch| ch.is_ascii_digit())
        && word.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, ',' | '.' | '%' | '+' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_and_widgets() {
        assert_eq!(classify("Login", Region::Head), Some(RemovalReason::SiteMenu));
        assert_eq!(classify("Login", Region::Middle), Some(RemovalReason::SiteMenu));
        assert_eq!(classify("Currencies    Stocks", Region::Middle), Some(RemovalReason::SiteMenu));
        assert_eq!(classify("Home > World > Europe", Region::Head), Some(RemovalReason::SiteMenu));
        assert_eq!(classify("Share.", Region::Tail), Some(RemovalReason::Widget));
        assert_eq!(classify("Share. Leave A Reply", Region::Middle), Some(RemovalReason::Widget));
        assert_eq!(classify("12 Comments", Region::Middle), Some(RemovalReason::Widget));
        assert_eq!(classify("Related Gallery", Region::Tail), Some(RemovalReason::Widget));
        assert_eq!(classify("Up Next", Region::Middle), Some(RemovalReason::Widget));
        assert_eq!(classify("ADVERTISEMENT", Region::Middle), Some(RemovalReason::Widget));
        assert_eq!(classify("Facebook Twitter WhatsApp Email", Region::Middle), Some(RemovalReason::Widget));
    }

    #[test]
    fn keeps_headings_and_body_in_the_middle() {
        assert_eq!(classify("Politics", Region::Middle), None);
        assert_eq!(classify("Markets", Region::Middle), None);
        assert_eq!(classify("Gold and oil prices rose on Monday.", Region::Middle), None);
        assert_eq!(classify("World news", Region::Middle), None);
        assert_eq!(classify("Follow us on X for updates", Region::Middle), None);
        assert_eq!(classify("Follow us on X for updates", Region::Tail), Some(RemovalReason::Widget));
        assert_eq!(classify("Categories: News", Region::Tail), Some(RemovalReason::Widget));
        assert_eq!(classify("Categories: News", Region::Middle), None);
        assert_eq!(classify("article", Region::Head), Some(RemovalReason::SiteMenu));
        assert_eq!(classify("Headlines", Region::Head), Some(RemovalReason::SiteMenu));
        assert_eq!(
            classify("The Daily Gazette Sign up for daily emails to get the latest news.", Region::Middle),
            Some(RemovalReason::Widget)
        );
        assert_eq!(classify("Email: eyewitness@example.com", Region::Tail), Some(RemovalReason::Widget));
        assert_eq!(
            classify("Submit your stories now via social or:", Region::Tail),
            Some(RemovalReason::Widget)
        );
        assert_eq!(
            classify("Eyewitness? Submit your stories now via social or:", Region::Tail),
            Some(RemovalReason::Widget)
        );
        assert_eq!(
            classify("Residents were told to sign up for text alerts from the county.", Region::Middle),
            None
        );
        assert_eq!(
            classify("From our morning briefing to a weekly digest, get the best of the site delivered directly to your inbox.", Region::Middle),
            Some(RemovalReason::Widget)
        );
        assert_eq!(
            classify("Customers who sign up for the service receive emails each week.", Region::Middle),
            None
        );
        assert_eq!(classify("Subscribe to our newsletter", Region::Middle), Some(RemovalReason::Widget));
    }
}
