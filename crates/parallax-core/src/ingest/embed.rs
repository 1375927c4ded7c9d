//! Embedded social posts: a scraped tweet reads as its words, then `pic.twitter.com/…` and/or a
//! signature `— Name (@handle) Month D, YYYY` (also `A post shared by Name (@handle)`). Such a
//! unit is someone else's words, not the outlet's, so it becomes an embed.

use crate::ingest::front::is_dash;
use crate::ingest::words::is_calendar_word;

/// A unit read as an embedded post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EmbedParts {
    /// The post's words.
    pub text: String,
    /// The media link and signature as written, if any.
    pub signature: Option<String>,
    /// The author's display name.
    pub author: Option<String>,
    /// The author's handle, without `@`.
    pub handle: Option<String>,
    /// The post's date as written.
    pub date: Option<String>,
}

/// Media links that mark a scraped post.
const MEDIA_LINKS: &[&str] = &["pic.twitter.com/", "pic.x.com/"];

/// Reads a unit as an embedded post, if it ends with a post's signature or holds a media link.
pub(crate) fn parse(text: &str) -> Option<EmbedParts> {
    let signature = signature(text);
    let link_start = MEDIA_LINKS.iter().filter_map(|link| text.find(link)).min();
    let trailer_start = match (&signature, link_start) {
        (Some(found), Some(link)) => found.start.min(link),
        (Some(found), None) => found.start,
        (None, Some(link)) => link,
        (None, None) => return None,
    };
    let (words, trailer) = (text.get(..trailer_start)?, text.get(trailer_start..)?);
    let (author, handle, date) = match signature {
        Some(found) => (Some(found.author), Some(found.handle), found.date),
        None => (None, None, None),
    };
    Some(EmbedParts {
        text: words.trim().to_string(),
        signature: Some(trailer.trim().to_string()).filter(|trailer| !trailer.is_empty()),
        author,
        handle,
        date,
    })
}

struct Signature {
    start: usize,
    author: String,
    handle: String,
    date: Option<String>,
}

/// `— Name (@handle) Date` or `A post shared by Name (@handle)` at the very end of `text`.
fn signature(text: &str) -> Option<Signature> {
    let open = text.rfind("(@")?;
    let after_at = text.get(open + 2..)?;
    let handle_len =
        after_at.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_')).unwrap_or(after_at.len());
    let handle = after_at.get(..handle_len)?;
    let after_handle = after_at.get(handle_len..)?.strip_prefix(')')?.trim();
    if handle.is_empty() || handle.len() > 30 {
        return None;
    }
    let date = if after_handle.is_empty() {
        None
    } else if is_written_date(after_handle.trim_end_matches('.')) {
        Some(after_handle.to_string())
    } else {
        return None;
    };
    let before = text.get(..open)?;
    let (start, author) = if let Some((start, author)) = after_dash(before) {
        (start, author)
    } else {
        let lower = before.to_lowercase();
        let marker = "a post shared by ";
        let at = lower.rfind(marker)?;
        (at, before.get(at + marker.len()..)?.trim().to_string())
    };
    let words = author.split_whitespace().count();
    if !(1..=8).contains(&words) || (date.is_none() && !before.to_lowercase().contains("a post shared by")) {
        return None;
    }
    Some(Signature { start, author, handle: handle.to_string(), date })
}

/// The author after the last dash (`—`, `–`, `-` or `--`) that follows a space or starts the text.
fn after_dash(before: &str) -> Option<(usize, String)> {
    let mut found = None;
    for (at, ch) in before.char_indices() {
        let head = before.get(..at).unwrap_or_default();
        let tail = before.get(at + ch.len_utf8()..).unwrap_or_default();
        // An em dash may be glued to the text before it; other dashes need a space on each side.
        let opens = head.is_empty() || head.ends_with(char::is_whitespace) || ch == '\u{2014}';
        if is_dash(ch) && opens && tail.starts_with(char::is_whitespace) {
            found = Some(at);
        }
    }
    let at = found?;
    let author = before.get(at..)?.trim_start_matches(is_dash).trim().to_string();
    (!author.is_empty()).then_some((at, author))
}

/// `July 3, 2025`, `Jul 3, 2025` or `3 July 2025`.
fn is_written_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split_whitespace().map(|part| part.trim_end_matches(',')).collect();
    let is_day =
        |part: &str| part.len() <= 2 && !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    let is_year = |part: &str| part.len() == 4 && part.bytes().all(|byte| byte.is_ascii_digit());
    let is_month = |part: &str| is_calendar_word(part) || is_short_month(part);
    match parts.as_slice() {
        [month, day, year] if is_month(month) && is_day(day) && is_year(year) => true,
        [day, month, year] if is_day(day) && is_month(month) && is_year(year) => true,
        _ => false,
    }
}

fn is_short_month(word: &str) -> bool {
    const SHORT: &[&str] =
        &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
    SHORT.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_scraped_tweet() {
        let post = parse("The world respects us.pic.twitter.com/LBzcktAY4G \u{2014} Libs of TikTok (@libsoftiktok) July 3, 2025").unwrap();
        assert_eq!(post.text, "The world respects us.");
        assert_eq!(
            post.signature.as_deref(),
            Some("pic.twitter.com/LBzcktAY4G \u{2014} Libs of TikTok (@libsoftiktok) July 3, 2025")
        );
        assert_eq!(post.author.as_deref(), Some("Libs of TikTok"));
        assert_eq!(post.handle.as_deref(), Some("libsoftiktok"));
        assert_eq!(post.date.as_deref(), Some("July 3, 2025"));
    }

    #[test]
    fn reads_a_signature_without_a_link() {
        let post = parse("We had a great call. \u{2014} Jane Doe (@jdoe) 3 July 2025").unwrap();
        assert_eq!(post.text, "We had a great call.");
        assert_eq!(post.handle.as_deref(), Some("jdoe"));
        let insta = parse("A post shared by Jane Doe (@jdoe)").unwrap();
        assert_eq!(insta.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn leaves_body_text_alone() {
        assert!(parse("The adviser \u{2014} John Doe (@jdoe) \u{2014} said the talks failed.").is_none());
        assert!(parse("Plain text with no post.").is_none());
        assert!(parse("Contact us (@newsroom) for tips.").is_none());
    }
}
