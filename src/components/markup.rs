//! Markup written as a string, for the large read-only tables and lists of the event pages (the
//! coverage and sources matrices, the quote ledger, the Align table).
//!
//! Each element built with `html!` costs the wasm a few hundred bytes of code and the browser a
//! virtual-DOM node to diff; these views have thousands of cells, no event handlers, and change
//! as a whole when the filter does. Written as one string and handed to Yew as raw HTML, they
//! cost a fraction of the code and render in one `innerHTML`.
//!
//! The writer cannot be misused: tag and attribute names are `&'static str` (written in this
//! crate, never data), and everything else goes in escaped. [`Markup::open`] starts an element
//! and gives a [`StartTag`], on which [`StartTag::attr`] adds one whole attribute (its value
//! escaped) and [`StartTag::end`] ends the start tag; [`Markup::text`] writes escaped text and
//! [`Markup::close`] the end tag. There is no way to write a raw string, so no attribute can be
//! stitched across calls. In debug builds the writer also checks that names are plain names and
//! that elements close in the order they opened.

use std::fmt::Write;

use parallax_core::view::Matches;
use yew::{AttrValue, Html};

/// A string of HTML being written.
#[derive(Debug, Default)]
pub struct Markup {
    html: String,
    /// The elements open, innermost last (debug builds only: checks [`Markup::close`]).
    #[cfg(debug_assertions)]
    open: Vec<&'static str>,
}

impl Markup {
    /// An empty string with room for about `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Markup {
        Markup { html: String::with_capacity(capacity), ..Markup::default() }
    }

    /// Starts the element `tag` (`<tag`): add its attributes to the [`StartTag`], then
    /// [`StartTag::end`] it.
    pub fn open(&mut self, tag: &'static str) -> StartTag<'_> {
        debug_assert!(is_name(tag), "not a tag name: {tag:?}");
        #[cfg(debug_assertions)]
        if !VOID.contains(&tag) {
            self.open.push(tag);
        }
        self.html.push('<');
        self.html.push_str(tag);
        StartTag(self)
    }

    /// Ends the element `tag` (`</tag>`), the innermost one open.
    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        #[cfg(debug_assertions)]
        assert_eq!(self.open.pop(), Some(tag), "closing an element that is not the innermost one open");
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// Appends text, escaped: safe as element content (and, through [`StartTag::attr`], inside
    /// a quoted attribute value).
    pub fn text(&mut self, text: &str) -> &mut Markup {
        let mut rest = text;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            let (before, after) = rest.split_at(at);
            self.html.push_str(before);
            let mut chars = after.chars();
            self.html.push_str(match chars.next() {
                Some('&') => "&amp;",
                Some('<') => "&lt;",
                Some('>') => "&gt;",
                Some('"') => "&quot;",
                _ => "&#39;",
            });
            rest = chars.as_str();
        }
        self.html.push_str(rest);
        self
    }

    /// Appends a number.
    pub fn number(&mut self, n: usize) -> &mut Markup {
        // Writing to a String cannot fail.
        let _ = write!(self.html, "{n}");
        self
    }

    /// Appends a `YYYY-MM-DD` date as a `<time>` element, written out for readers.
    pub fn date(&mut self, iso: &str) -> &mut Markup {
        self.open("time").attr("datetime", iso).end().text(&crate::format::date(iso)).close("time")
    }

    /// Appends text, escaped, with the search words of `matches` in `<mark>`.
    pub fn marked(&mut self, matches: &Matches, text: &str) -> &mut Markup {
        for (piece, found) in matches.segments(text) {
            if found {
                self.open("mark").end().text(piece).close("mark");
            } else {
                self.text(piece);
            }
        }
        self
    }

    /// Appends text for screen readers only (`span.visually-hidden`).
    pub fn hidden(&mut self, text: &str) -> &mut Markup {
        self.open("span").attr("class", "visually-hidden").end().text(text).close("span")
    }

    /// Appends text that screen readers skip (`span[aria-hidden]`): a mark or separator.
    pub fn unspoken(&mut self, text: &str) -> &mut Markup {
        self.open("span").attr("aria-hidden", "true").end().text(text).close("span")
    }

    /// Appends the middle dot between the facts of a byline (`span.sep`, not read out).
    pub fn separator(&mut self) -> &mut Markup {
        self.open("span").attr("class", "sep").attr("aria-hidden", "true").end().text(" · ").close("span")
    }

    /// The markup written so far.
    pub fn as_str(&self) -> &str {
        &self.html
    }

    /// The markup as a node for `html!`.
    pub fn into_html(self) -> Html {
        #[cfg(debug_assertions)]
        assert!(self.open.is_empty(), "elements left open: {:?}", self.open);
        Html::from_html_unchecked(AttrValue::from(self.html))
    }
}

/// An element's start tag being written, from [`Markup::open`]: its attributes, then
/// [`StartTag::end`].
#[must_use = "a start tag must be ended with `end`"]
pub struct StartTag<'m>(&'m mut Markup);

impl<'m> StartTag<'m> {
    /// Adds the attribute `name="value"`, its value escaped.
    pub fn attr(self, name: &'static str, value: &str) -> StartTag<'m> {
        self.value(name).text(value).end()
    }

    /// Adds the attribute `name="n"`.
    pub fn number(self, name: &'static str, n: usize) -> StartTag<'m> {
        self.value(name).number(n).end()
    }

    /// Adds the attribute `name` without a value (a boolean attribute such as `disabled`).
    pub fn flag(self, name: &'static str) -> StartTag<'m> {
        debug_assert!(is_name(name), "not an attribute name: {name:?}");
        self.0.html.push(' ');
        self.0.html.push_str(name);
        self
    }

    /// Starts the attribute `name`, for a value written in pieces ([`AttrText`]).
    pub fn value(self, name: &'static str) -> AttrText<'m> {
        let this = self.flag(name);
        this.0.html.push_str("=\"");
        AttrText(this.0)
    }

    /// Ends the start tag (`>`): the element's content follows.
    pub fn end(self) -> &'m mut Markup {
        self.0.html.push('>');
        self.0
    }
}

/// An attribute value being written in pieces, each escaped, from [`StartTag::value`].
#[must_use = "an attribute value must be ended with `end`"]
pub struct AttrText<'m>(&'m mut Markup);

impl<'m> AttrText<'m> {
    /// Appends text to the value, escaped.
    pub fn text(self, text: &str) -> AttrText<'m> {
        self.0.text(text);
        self
    }

    /// Appends a number to the value.
    pub fn number(self, n: usize) -> AttrText<'m> {
        self.0.number(n);
        self
    }

    /// Ends the value (`"`), back to the start tag.
    pub fn end(self) -> StartTag<'m> {
        self.0.html.push('"');
        StartTag(self.0)
    }
}

/// The elements that have no end tag (debug builds check the others close).
#[cfg(debug_assertions)]
const VOID: [&str; 4] = ["input", "br", "img", "wbr"];

/// Whether `name` is a plain tag or attribute name: ASCII letters, digits and hyphens.
fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut markup = Markup::default();
        markup
            .open("p")
            .attr("title", "a \"b\" & 'c'")
            .value("aria-label")
            .text("<x>")
            .number(2)
            .end()
            .flag("hidden")
            .end()
            .text("<script>x</script> é ✓")
            .close("p");
        assert_eq!(
            markup.as_str(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\" aria-label=\"&lt;x&gt;2\" hidden>\
             &lt;script&gt;x&lt;/script&gt; é ✓</p>"
        );
        let mut plain = Markup::with_capacity(4);
        plain.text("").text("plain").number(0).number(1204);
        assert_eq!(plain.as_str(), "plain01204");
    }

    #[test]
    fn elements_nest() {
        let mut markup = Markup::default();
        markup.open("ul").end().open("li").number("value", 3).end();
        markup.open("input").end().close("li").close("ul");
        assert_eq!(markup.as_str(), "<ul><li value=\"3\"><input></li></ul>");
        let _ = markup.into_html();
    }

    #[test]
    #[cfg(debug_assertions)]
    fn a_misplaced_end_tag_is_caught() {
        let result = std::panic::catch_unwind(|| {
            let mut markup = Markup::default();
            markup.open("ul").end().open("li").end().close("ul");
        });
        assert!(result.is_err());
    }
}
