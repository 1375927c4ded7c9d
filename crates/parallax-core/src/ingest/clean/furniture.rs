//! Page furniture around the article text: photo credits and captions, bylines and timestamps,
//! datelines standing alone, browser and paywall notices, and the bullet summary above an
//! article. Each is recognised by its form (a credit's `Name/Agency`, a line of nothing but a
//! date and publishing words, a place name in capitals) rather than by any one site's wording.
//!
//! A unit judged here is removed whole, with its reason. The rules hold anywhere in an article,
//! because each form is unmistakable where a reader would meet it; only the bullet summary is
//! limited to the head, where such summaries stand.

use super::text::{fold, prefix_end_any};
use super::Region;
use crate::calendar::{is_calendar_word, month_named, WEEKDAYS};
use crate::model::RemovalReason;

/// Openings of a photo credit or of a caption that carries one.
const CREDIT_OPENINGS: &[&str] = &[
    "photo:",
    "photo by",
    "photo /",
    "photos:",
    "photos by",
    "photograph:",
    "photograph by",
    "photo credit",
    "pic:",
    "pic by",
    "picture:",
    "picture by",
    "image:",
    "image by",
    "image credit",
    "image copyright",
    "image caption",
    "images:",
    "main image credit",
    "main image:",
    "credit:",
    "credits:",
    "file photo",
    "video /",
    "video:",
    "photo :",
    "video :",
    "(photo",
    "(image",
    "(picture",
    "(file photo",
    "(credit",
];

/// Markers inside a caption that introduce its credit ("… in Cupertino. Pic: Name/Agency").
const CREDIT_MARKERS: &[&str] =
    &["pic:", "photo:", "picture:", "image:", "credit:", "photo /", "photograph:"];

/// Picture libraries and words that only a photo credit has.
const PICTURE_WORDS: &[&str] = &[
    "getty",
    "images",
    "shutterstock",
    "alamy",
    "photo",
    "photos",
    "foto",
    "pic",
    "epa",
    "efe",
    "epa-efe",
    "zuma",
    "sipa",
    "abaca",
    "imago",
    "handout",
    "file",
    "aap",
];

/// Social networks a picture is credited to with its poster's handle ("Instagram @name").
const SOCIAL_PLATFORMS: &[&str] = &["instagram", "twitter", "x", "facebook", "tiktok", "youtube", "telegram"];

/// News agencies, which photo credits name too (alone they are an agency's credit line, kept).
const NEWS_AGENCIES: &[&str] = &[
    "ap",
    "afp",
    "ani",
    "pti",
    "reuters",
    "xinhua",
    "bloomberg",
    "anadolu",
    "pa",
    "dpa",
    "kyodo",
    "yonhap",
    "tass",
    "ians",
    "bernama",
    "jiji",
];

/// Openings of browser, paywall, reading-time, newsletter, "developing story", video-player and
/// ad-blocker notices.
const NOTICES: &[&str] = &[
    "ie 11 is not supported",
    "internet explorer is not supported",
    "for an optimal experience visit our site",
    "your browser does not support",
    "this browser does not support",
    "please enable javascript",
    "javascript is disabled",
    "you need to enable javascript",
    "reading time:",
    "estimated reading time",
    "listen to this article",
    "listen to article",
    "chevron icon",
    "an icon of",
    "subscribe to continue reading",
    "subscribe to read",
    "this article is for subscribers",
    "this content is for subscribers",
    "already a subscriber",
    "you have reached your limit",
    "you've reached your limit",
    "to continue reading",
    "more to follow",
    "more details to follow",
    "more to come",
    "this is a developing story",
    "this story is developing",
    "this story will be updated",
    "this story has been updated",
    "check back for updates",
    "this video is unavailable",
    "this video is not available",
    "this video has been removed",
    "video unavailable",
    "video player is loading",
    "the video player is loading",
    "if you are using ad-blocking software",
    "if you are using an ad blocker",
    "if you are using an ad-blocker",
    "please disable your ad blocker",
    "please disable your ad-blocker",
    "please turn off your ad blocker",
    "it looks like you're using an ad blocker",
    "we noticed you're using an ad blocker",
    "unblock notifications",
    "this is developing news",
    "this is a breaking news story",
    "please check back for updates",
];

/// Words a byline or timestamp line may hold besides dates, times and names.
const PUBLISHING_WORDS: &[&str] = &[
    "by",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "first",
    "read",
    "reading",
    "time",
    "min",
    "mins",
    "minute",
    "minutes",
    "ist",
    "gmt",
    "utc",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "pst",
    "pdt",
    "jst",
    "aest",
    "am",
    "pm",
    "a.m",
    "p.m",
    "and",
    "the",
    "of",
    "with",
    "us",
    "|",
    "-",
    "–",
    "—",
    "•",
];

/// Most words a credit line (without a caption) has.
const MAX_CREDIT_WORDS: usize = 8;
/// Most words a credit in brackets has: agencies spell out whose picture it is and how it came
/// ("(Erin Schaff/The New York Times via AP, Pool, File)").
const MAX_BRACKETED_CREDIT_WORDS: usize = 12;

/// Most words a credit written so may have: more in brackets, which set it off from any caption.
fn credit_word_limit(credit: &str) -> usize {
    let trimmed = credit.trim();
    if trimmed.starts_with(['(', '[']) && trimmed.ends_with([')', ']']) {
        MAX_BRACKETED_CREDIT_WORDS
    } else {
        MAX_CREDIT_WORDS
    }
}

/// Most words a caption that carries its credit has.
const MAX_CAPTION_WORDS: usize = 45;
/// Most words a photo agency's caption has when it ends with the agency and the photographer.
const MAX_AGENCY_CAPTION_WORDS: usize = 160;
/// Most words a byline or timestamp line has.
const MAX_STAMP_WORDS: usize = 14;

/// What the furniture rules say about a whole unit.
pub(crate) fn classify(text: &str, region: Region) -> Option<RemovalReason> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    if prefix_end_any(text, NOTICES).is_some() && words.len() <= 30
        || is_size_widget(&words)
        || is_player_label(&words)
    {
        return Some(RemovalReason::Notice);
    }
    if is_photo_credit(text, &words)
        || is_captioned_credit(text, &words)
        || ends_with_credit(text, &words)
        || super::caption::is_caption(text)
    {
        return Some(RemovalReason::PhotoCredit);
    }
    if is_byline(&words) || is_timestamp(&words) || is_lone_dateline(text, &words) {
        return Some(RemovalReason::Byline);
    }
    if region == Region::Head && is_bullet(text) {
        return Some(RemovalReason::Summary);
    }
    None
}

/// Whether a unit is a photo credit: `Photo: Name/Agency`, `Brandon Bell/Getty Images`,
/// `EPA-EFE`, or a caption that opens with a credit word (`Image copyright …`).
pub(crate) fn is_photo_credit(text: &str, words: &[&str]) -> bool {
    if prefix_end_any(text, CREDIT_OPENINGS).is_some() && words.len() <= MAX_CAPTION_WORDS {
        return true;
    }
    if words.len() > credit_word_limit(text) || text.ends_with(['.', '!', '?']) && !text.contains('/') {
        return false;
    }
    let parts = credit_parts(words);
    let pictures = parts.iter().any(|part| PICTURE_WORDS.contains(&part.as_str()));
    let agencies = parts.iter().any(|part| NEWS_AGENCIES.contains(&part.as_str()));
    let slash_credit = words.iter().any(|word| {
        let mut sides = word.split('/');
        matches!((sides.next(), sides.next()), (Some(a), Some(b))
            if a.chars().any(char::is_alphabetic) && b.starts_with(char::is_uppercase))
    });
    // "(Instagram @handle/via Reuters)", "Twitter/@handle": a picture taken from a post.
    let handle_credit = words.iter().any(|word| word.trim_start_matches(['(', '[']).starts_with('@'))
        && parts.iter().any(|part| {
            SOCIAL_PLATFORMS.contains(&part.as_str())
                || NEWS_AGENCIES.contains(&part.as_str())
                || PICTURE_WORDS.contains(&part.as_str())
        });
    if handle_credit {
        return true;
    }
    let only_sources = parts
        .iter()
        .all(|part| PICTURE_WORDS.contains(&part.as_str()) || NEWS_AGENCIES.contains(&part.as_str()));
    (slash_credit && (pictures || agencies)) || (only_sources && pictures)
}

/// Whether a credit names the page's main picture (`Main image credit: …`), which stands at the
/// top of the page whatever line the credit follows.
pub(crate) fn credits_the_main_image(text: &str) -> bool {
    prefix_end_any(
        text,
        &["main image", "top image", "lead image", "header image", "featured image", "(main image"],
    )
    .is_some()
}

/// Whether a unit is a caption that ends with its credit: `… in Cupertino. Pic: Name/Agency`, or
/// `… April 17, 2016. (Photo by Name/AP)`.
fn is_captioned_credit(text: &str, words: &[&str]) -> bool {
    if words.len() > MAX_CAPTION_WORDS {
        return false;
    }
    let lower: String = text.chars().map(fold).collect();
    let tail_credit = CREDIT_MARKERS.iter().any(|marker| {
        lower.rfind(marker).is_some_and(|at| {
            let after = &text[at..];
            at > 0 && after.split_whitespace().count() <= MAX_CREDIT_WORDS && after.contains(['/', ':'])
        })
    });
    let parenthesised = lower.trim_end().ends_with(')')
        && ["(photo", "(image", "(picture", "(file photo", "(credit"].iter().any(|m| lower.contains(m));
    tail_credit || parenthesised
}

/// Whether a unit is a caption that ends with its picture's credit, set off by a full stop, a
/// dash or brackets: "… in Washington, DC. Brandon Bell/Getty Images", "… (AP Photo/Steve
/// Helber)", "… [Costfoto/NurPhoto/Getty Images]", "… – Arif Ali/AFP via Getty Images",
/// "… tank'. Video / Mark Mitchell". The credit must be one by [`is_photo_credit`]: a slash
/// credit naming a picture library or an agency, or a credit opening ("Video:", "Photo /").
fn ends_with_credit(text: &str, words: &[&str]) -> bool {
    if is_labelled_caption(words) {
        return true;
    }
    if words.len() > MAX_AGENCY_CAPTION_WORDS || text.contains(['"', '\u{201C}', '\u{201D}']) {
        return false;
    }
    let trimmed = text.trim_end();
    let mut tails: Vec<&str> = Vec::new();
    for (close, open) in [(')', '('), (']', '[')] {
        if let Some(inner) = trimmed.strip_suffix(close) {
            tails.extend(inner.rfind(open).and_then(|at| trimmed.get(at..)));
        }
    }
    for separator in [". ", " – ", " — ", " - "] {
        tails.extend(trimmed.rfind(separator).and_then(|at| trimmed.get(at + separator.len()..)));
    }
    tails.into_iter().any(|tail| {
        let tail_words: Vec<&str> = tail.split_whitespace().collect();
        let credit = !tail_words.is_empty()
            && tail_words.len() <= credit_word_limit(tail)
            && tail_words.len() < words.len()
            && is_photo_credit(tail, &tail_words);
        credit && (words.len() <= MAX_CAPTION_WORDS || names_a_photographer(tail))
    })
}

/// Where a picture's caption glued before the story's text ends: after its bracketed credit,
/// when the unit opens with a caption of at most [`MAX_CAPTION_WORDS`] words that ends with one
/// ("People ride a motorbike on a road covered with ash … (Antara Foto/Hermawan/via Reuters)
/// JAKARTA—The Semeru volcano …") and the story's text goes on after it. `None` otherwise.
pub(crate) fn leading_caption_end(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = text.get(from..)?.find(['(', '[']).map(|at| at + from) {
        let close = text.get(open..)?.find([')', ']']).map(|at| at + open)?;
        let inner = text.get(open + 1..close)?;
        let inner_words: Vec<&str> = inner.split_whitespace().collect();
        let before = text.get(..open)?;
        if before.split_whitespace().count() > MAX_CAPTION_WORDS
            || before.contains(['"', '\u{201C}', '\u{201D}'])
        {
            return None;
        }
        let names_a_picture =
            credit_parts(&inner_words).iter().any(|part| PICTURE_WORDS.contains(&part.as_str()));
        if inner.contains('/') && names_a_picture && is_photo_credit(inner, &inner_words) {
            let rest = text.get(close + 1..)?;
            return (rest.split_whitespace().count() >= MIN_STORY_WORDS).then_some(close + 1);
        }
        from = close + 1;
    }
    None
}

/// Fewest words the story's text must have after a glued caption for the caption to be cut
/// from it; shorter, the whole unit is judged as a caption.
const MIN_STORY_WORDS: usize = 6;

/// Whether a unit is a picture's caption labelled as such by the page: `Caption Remains of a
/// bridge …`, a label word glued to the caption's capitalised first word, as scraped galleries
/// print it.
fn is_labelled_caption(words: &[&str]) -> bool {
    let (Some(label), Some(next)) = (words.first(), words.get(1)) else { return false };
    label.eq_ignore_ascii_case("caption")
        && next.starts_with(char::is_uppercase)
        && words.len() <= MAX_AGENCY_CAPTION_WORDS
}

/// Whether a credit names its photographer after the agency, in capitals or not: `EPA-EFE/STEPHANIE
/// LECOCQ`, `AFP/File`, `Brandon Bell/Getty Images`. Photo agencies write long captions (a
/// hundred words), which end so.
fn names_a_photographer(credit: &str) -> bool {
    credit.split_whitespace().any(|word| {
        let mut sides = word.split('/');
        let (Some(agency), Some(name)) = (sides.next(), sides.next()) else { return false };
        let agency = bare(agency);
        (PICTURE_WORDS.contains(&agency.as_str()) || NEWS_AGENCIES.contains(&agency.as_str()))
            && name.starts_with(char::is_uppercase)
    })
}

/// The pieces of a credit's words split at its slashes, brackets, commas and colons, each
/// [`bare`]: `(AP Photo/Steve Helber)` → `ap`, `photo`, `steve`, `helber`.
fn credit_parts(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .flat_map(|word| word.split(['/', '(', ')', ',', ':']))
        .map(bare)
        .filter(|part| !part.is_empty())
        .collect()
}

/// A word folded to plain lower case, without the punctuation around it (hyphens kept:
/// `EPA-EFE` → `epa-efe`).
fn bare(word: &str) -> String {
    word.chars()
        .map(fold)
        .collect::<String>()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_string()
}

/// `By Name Surname`, `By:AGENCY`: a short line of a name after "By"; or an aggregator's credit
/// of author and poster, `Authored by site.com and submitted by user`, without a full stop.
fn is_byline(words: &[&str]) -> bool {
    let Some(first) = words.first() else { return false };
    let folded: String = first.chars().map(fold).collect();
    let second = words.get(1).map(|w| w.chars().map(fold).collect::<String>());
    let posted = matches!(folded.as_str(), "authored" | "written" | "posted" | "submitted")
        && second.as_deref() == Some("by")
        && words.len() <= 12
        && !words.last().is_some_and(|w| w.ends_with(['.', '!', '?']));
    let opens = folded == "by" || folded.starts_with("by:");
    posted
        || opens
            && words.len() <= 6
            && words.iter().skip(1).all(|word| {
                let lower: String = word.chars().map(fold).collect();
                word.starts_with(char::is_uppercase) || matches!(lower.as_str(), "and" | "|" | "-" | "&")
            })
}

/// A line of nothing but a date or time with publishing words and names: `Published on 12:00 AM,
/// July 09, 2022`, `| Updated on: Jun 06 2023, 11:10 IST`, `- The Washington Times - Friday, June
/// 24, 2022`. It must hold a date or a time, and no word a sentence would have.
fn is_timestamp(words: &[&str]) -> bool {
    if words.len() > MAX_STAMP_WORDS {
        return false;
    }
    let mut dated = false;
    for word in words {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower: String = bare.chars().map(fold).collect();
        if bare.is_empty() || PUBLISHING_WORDS.contains(&lower.as_str()) {
            continue;
        }
        if is_calendar_word(bare) || is_month_abbreviation(bare) || is_date_or_time(&lower) {
            dated = true;
            continue;
        }
        if !bare.starts_with(char::is_uppercase) {
            return false;
        }
    }
    dated
}

/// `CUPERTINO, Calif.`, `TOKYO —`, `WASHINGTON (AP) —`: a place in capitals standing alone, the
/// dateline of the paragraph that follows.
fn is_lone_dateline(text: &str, words: &[&str]) -> bool {
    let Some(first) = words.first() else { return false };
    let place = first.trim_end_matches([',', ':']);
    let capitals =
        place.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !place.chars().any(char::is_lowercase);
    let trimmed = text.trim_end();
    let set_off = first.ends_with(',')
        || text.contains("(AP)")
        || text.contains("(Reuters)")
        || trimmed.ends_with(['—', '–', '-', ':']);
    capitals
        && set_off
        && words.len() <= 5
        && !trimmed.ends_with(['?', '!'])
        && words.iter().all(|word| !word.starts_with(char::is_lowercase))
}

/// A text-size widget: `A A A`, `A+ A-`.
/// A video player's label: `Play Brightcove video`, `Watch the video`: two to four words from a
/// verb of playing to the medium.
fn is_player_label(words: &[&str]) -> bool {
    let folded = |word: Option<&&str>| word.map(|w| bare(w)).unwrap_or_default();
    let (first, last) = (folded(words.first()), folded(words.last()));
    (2..=4).contains(&words.len())
        && ["play", "watch", "replay"].contains(&first.as_str())
        && ["video", "clip", "audio"].contains(&last.as_str())
}

fn is_size_widget(words: &[&str]) -> bool {
    words.len() <= 4 && words.iter().all(|word| matches!(*word, "A" | "A+" | "A-" | "A−" | "a" | "+" | "-"))
}

/// A line of a bullet list: `• Key point`, `- Key point`.
fn is_bullet(text: &str) -> bool {
    let trimmed = text.trim_start();
    trimmed.starts_with(['•', '▪', '●', '◦', '‣']) || trimmed.starts_with("- ") || trimmed.starts_with("* ")
}

/// `Jun`, `Sept`: a month's abbreviation.
fn is_month_abbreviation(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    month_named(word).is_some_and(|month| month.len() > word.len())
        && !WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(word))
}

/// `2022`, `09`, `11:10`, `07:05pm`, `12/06/2023`: a piece of a date or a time.
fn is_date_or_time(word: &str) -> bool {
    let digits = word.trim_end_matches("am").trim_end_matches("pm");
    !digits.is_empty()
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(text: &str) -> Option<RemovalReason> {
        classify(text, Region::Middle)
    }

    #[test]
    fn photo_credits_and_captions() {
        for credit in [
            "Brandon Bell/Getty Images",
            "EPA-EFE/STEPHANIE LECOCQ",
            "EPA-EFE",
            "AP Photo/Manu Fernandez",
            "Photo / AP",
            "(Photo: EPA-EFE / JOHN G. MABANGLO)",
            "Main image credit: Jeff Chiu/AP",
            "Pic: Justin Sullivan/Getty Images",
            "Image: Messi lifts the World Cup trophy after Argentina's win",
            "Image copyright EHT Image example The first ever photo of a black hole",
            "Apple Vision Pro at Apple Worldwide Conference Pic: Justin Sullivan/Getty Images",
            "A woman cries next to a destroyed house in Pedernales, Ecuador, April 17, 2016. (Photo by Dolores Ochoa/AP)",
        ] {
            assert_eq!(reason(credit), Some(RemovalReason::PhotoCredit), "{credit}");
        }
    }

    #[test]
    fn bylines_timestamps_and_datelines() {
        for stamp in [
            "By:BLOOMBERG",
            "By Seán Gilmore",
            "Authored by nzherald.co.nz and submitted by harv3st",
            "| Updated on: Jun 06 2023, 11:10 IST",
            "Published on 12:00 AM, July 09, 2022",
            "08 Jul 2022 07:05pm",
            "- The Washington Times - Friday, June 24, 2022",
            "Monday, June 24, 2024 Advertise With Us",
            "CUPERTINO, Calif.",
            "WASHINGTON (AP) —",
        ] {
            assert_eq!(reason(stamp), Some(RemovalReason::Byline), "{stamp}");
        }
    }

    #[test]
    fn notices_widgets_and_summaries() {
        for notice in [
            "IE 11 is not supported.",
            "For an optimal experience visit our site on another browser.",
            "Reading Time: 7 minutes",
            "Chevron icon It indicates an expandable section or menu, or sometimes previous / next navigation options.",
            "A",
            "More to follow.",
            "This is a developing story and will be updated.",
            "This is developing news. Please check back for updates.",
            "This is a breaking news story. More to follow.",
            "This video is unavailable because we were unable to load a message from our sponsors.",
            "If you are using ad-blocking software, please disable it and reload the page. Up Next",
            "Unblock notifications in browser settings.",
            "Play Brightcove video",
            "Watch the video",
        ] {
            assert_eq!(reason(notice), Some(RemovalReason::Notice), "{notice}");
        }
        assert_eq!(reason("Watch the crowd outside the court in this video"), None);
        assert_eq!(
            classify("• World leaders condemn the ruling.", Region::Head),
            Some(RemovalReason::Summary)
        );
        assert_eq!(classify("- Argentina win World Cup", Region::Head), Some(RemovalReason::Summary));
        assert_eq!(classify("• World leaders condemn the ruling.", Region::Middle), None);
    }

    #[test]
    fn captions_that_end_with_their_credit() {
        for caption in [
            "People protest in front of the US Supreme Court on June 24, 2022 in Washington, DC. Brandon Bell/Getty Images",
            "The Supreme Court, Friday, June 24, 2022, in Washington. (AP Photo/Steve Helber)",
            "An Evergrande real estate community in China's Jiangsu province [Costfoto/NurPhoto/Getty Images]",
            "Police leave the house after his arrest on Saturday – Arif Ali/AFP via Getty Images",
            "Ash rises more than 12,000 metres into the sky over Java. Video: Reuters",
            "The leader announces her resignation in Napier. Video / Mark Mitchell",
            "Photo : YONHAP News",
            "(Instagram @act_pasuruan/via Reuters)",
            "A judge at the court in Washington, April 23, 2021. (Jane Doe/The Daily Paper via AP, Pool, File)",
            "Caption A house covered by ash is shown in the district on Saturday after the eruption. The volcano has spewed thick columns of ash. (AP Photo) Credit: Uncredited",
            "Officials attend the unveiling of the first image of a black hole during a press conference at the European Commission in Brussels, Belgium, Apr. 10, 2019, with scientists from the six observatories of the network, who spoke in turn about the years of work behind it and what comes next for the project. EPA-EFE/STEPHANIE LECOCQ",
        ] {
            assert_eq!(reason(caption), Some(RemovalReason::PhotoCredit), "{caption}");
        }
        for sentence in [
            "A Reuters/Ipsos poll published on Tuesday found that 40% of voters approve of the plan.",
            "The minister said prices would rise – AFP",
            "\"We will rebuild,\" the mayor said at the site – Reuters/Ipsos",
            "Officials gave no figure for the damage (see the report).",
            "The figure was revised (the ministry's own count, released late on Friday, gave 412 dead).",
        ] {
            assert_eq!(reason(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_caption_glued_before_the_story_ends_at_its_credit() {
        let glued = "People ride a motorbike on a road covered with ash in Lumajang, December 4, 2021 (Antara Foto/Hermawan/via Reuters) JAKARTA—The Semeru volcano erupted on Saturday, killing one person.";
        let end = leading_caption_end(glued).expect("a glued caption");
        assert!(glued[..end].ends_with("via Reuters)"), "{}", &glued[..end]);
        for story in [
            "The court (AP Photo/Steve Helber) said nothing.",
            "Officials (including the mayor) said the toll would rise to 41 by nightfall on Sunday.",
            "A poll by Reuters/Ipsos (Reuters/Ipsos) found 40% approve of the plan, up from 35% in May.",
        ] {
            assert_eq!(leading_caption_end(story), None, "{story}");
        }
    }

    #[test]
    fn keeps_the_outlets_sentences() {
        for sentence in [
            "By Monday, 77 people had died, officials said.",
            "Written by the court's majority, the opinion runs to 213 pages.",
            "Residents on X shared photos of the ash cloud.",
            "Caption writers at the agency were told to check every name.",
            "The Associated Press reported the toll on Sunday, June 24, 2022.",
            "Police arrested a 41-year-old man at the scene.",
            "WHAT HAPPENED?",
            "WHAT THEY SAID: \"It's crazy that it happened this way.\"",
            "AP reporters saw the damage in Pedernales.",
            "The photo was taken on Wednesday by the Event Horizon Telescope.",
            "Apple Vision Pro",
            "A man was arrested.",
            "Reuters",
            "Image quality has improved since 2017, researchers said.",
            "The decision was 6-3, with Chief Justice John Roberts concurring.",
        ] {
            assert_eq!(reason(sentence), None, "{sentence}");
        }
    }
}
