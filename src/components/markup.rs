//! Markup written as a string, for the large read-only tables and lists of the event pages (the
//! coverage and sources matrices, the quote ledger, the Align table).
//!
//! Each element built with `html!` costs the wasm a few hundred bytes of code and the browser a
//! virtual-DOM node to diff; these views have thousands of cells, no event handlers, and change
//! as a whole when the filter does. Written as one string and handed to Yew as raw HTML, they
//! cost a fraction of the code and render in one `innerHTML`. Every piece of text that comes
//! from data goes through [`Markup::text`], which escapes it for element content and quoted
//! attribute values alike.

use std::fmt::Write;

use parallax_core::view::Matches;
use yew::{AttrValue, Html};

/// A string of HTML being written.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    /// An empty string with room for about `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Markup {
        Markup(String::with_capacity(capacity))
    }

    /// Appends markup written in this crate (tags, attribute names, literal text) as it is.
    pub fn tag(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// Appends text from data, escaped: safe as element content and inside a double- or
    /// single-quoted attribute value.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        let mut rest = text;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            let (before, after) = rest.split_at(at);
            self.0.push_str(before);
            let mut chars = after.chars();
            self.0.push_str(match chars.next() {
                Some('&') => "&amp;",
                Some('<') => "&lt;",
                Some('>') => "&gt;",
                Some('"') => "&quot;",
                _ => "&#39;",
            });
            rest = chars.as_str();
        }
        self.0.push_str(rest);
        self
    }

    /// Appends a number.
    pub fn number(&mut self, n: usize) -> &mut Markup {
        // Writing to a String cannot fail.
        let _ = write!(self.0, "{n}");
        self
    }

    /// Appends a `YYYY-MM-DD` date as a `<time>` element, written out for readers.
    pub fn date(&mut self, iso: &str) -> &mut Markup {
        self.tag("<time datetime=\"").text(iso).tag("\">").text(&crate::format::date(iso)).tag("</time>")
    }

    /// Appends text from data, escaped, with the search words of `matches` in `<mark>`.
    pub fn marked(&mut self, matches: &Matches, text: &str) -> &mut Markup {
        for (piece, found) in matches.segments(text) {
            if found {
                self.tag("<mark>").text(piece).tag("</mark>");
            } else {
                self.text(piece);
            }
        }
        self
    }

    /// The markup written so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup as a node for `html!`.
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_is_escaped_and_tags_are_not() {
        let mut markup = Markup::default();
        markup.tag("<p title=\"").text("a \"b\" & 'c'").tag("\">").text("<script>x</script> é ✓").tag("</p>");
        assert_eq!(
            markup.as_str(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;script&gt;x&lt;/script&gt; é ✓</p>"
        );
        let mut plain = Markup::with_capacity(4);
        plain.text("").text("plain").number(0).number(1204);
        assert_eq!(plain.as_str(), "plain01204");
    }
}
