//! Footers: an aggregator's sign-off ("Finally We wish `<Site>` provided you with enough
//! information of (…)", "The post … appeared first on …", "originally published on …"),
//! copyright lines, and links to another version of the page ("Exit mobile version").

use super::text::{key, prefix_end_any};
use super::Region;
use crate::model::RemovalReason;

/// Footer openings that are a footer anywhere in an article.
const FOOTER_LEADS: &[&str] = &["finally we wish", "finally, we wish"];

/// Phrases that mark a footer anywhere in a line.
const FOOTER_PHRASES: &[&str] = &[
    "provided you with enough information",
    "provided you with all the information",
    "auto-generated from a syndicated feed",
    "this story has not been edited",
];

/// Footer openings that are a footer only at an article's tail.
const TAIL_FOOTER_LEADS: &[&str] = &[
    "this article was originally published",
    "this story was originally published",
    "this article originally appeared",
    "this story originally appeared",
    "this article first appeared",
    "this story first appeared",
    "originally published on",
    "originally published at",
    "originally published by",
    "source link",
    "copyright",
    "all rights reserved",
    "\u{a9}",
    "we hope you enjoyed",
    "thanks for reading",
    "thank you for reading",
];

/// Whole lines that link to another version of the page.
const PAGE_LINKS: &[&str] = &[
    "exit mobile version",
    "view mobile version",
    "view desktop version",
    "desktop version",
    "mobile version",
    "switch to mobile version",
    "switch to desktop version",
    "switch to mobile site",
    "switch to desktop site",
    "view non-amp version",
    "view non amp version",
    "amp version",
    "view full site",
    "go to mobile site",
];

/// Whether a unit is a footer or a page-version link, and which.
pub(crate) fn classify(text: &str, region: Region) -> Option<RemovalReason> {
    let line_key = key(text);
    if PAGE_LINKS.contains(&line_key.as_str()) {
        return Some(RemovalReason::PageLink);
    }
    let words = text.split_whitespace().count();
    if words > 80 {
        return None;
    }
    let lower = text.to_lowercase();
    let is_post_footer = lower.starts_with("the post ") && lower.contains(" appeared first on ");
    if prefix_end_any(text, FOOTER_LEADS).is_some()
        || FOOTER_PHRASES.iter().any(|phrase| lower.contains(phrase))
        || is_post_footer
        || (region == Region::Tail && words <= 40 && prefix_end_any(text, TAIL_FOOTER_LEADS).is_some())
        || (region == Region::Tail && words <= 40 && text.starts_with('\u{a9}'))
    {
        return Some(RemovalReason::AggregatorFooter);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers() {
        let footer = "Finally We wish PressBee provided you with enough information of ( \u{2018}No progress\u{2019} made )";
        assert_eq!(classify(footer, Region::Middle), Some(RemovalReason::AggregatorFooter));
        assert_eq!(classify("Exit mobile version", Region::Middle), Some(RemovalReason::PageLink));
        assert_eq!(
            classify("The post Putin calls Trump appeared first on Daily News.", Region::Middle),
            Some(RemovalReason::AggregatorFooter)
        );
        assert_eq!(
            classify("This article was originally published on X.", Region::Tail),
            Some(RemovalReason::AggregatorFooter)
        );
        assert_eq!(classify("This article was originally published on X.", Region::Middle), None);
        assert_eq!(classify("This article includes reporting by The Associated Press.", Region::Tail), None);
        assert_eq!(classify("\u{a9} 2025 Daily News", Region::Tail), Some(RemovalReason::AggregatorFooter));
    }
}
