//! The quote ledger: each speaker's quote families, the most common wording, and every outlet's
//! wording as a word-level diff against it, with a link to the sentence in context.

use parallax_core::analysis::{DiffOp, QuoteFamily, QuoteVariant};
use parallax_core::link::EventView;
use parallax_core::view::{EventIndex, SpeakerQuotes};
use yew::Html;

use crate::components::context_link::{in_context_href, outlet_name};
use crate::components::markup::Markup;
use crate::components::word_diff::word_diff;
use crate::format;

/// The families grouped under their speakers: a `section[data-speaker]` with a heading per
/// speaker (the unattributed group last, with an empty `data-speaker`), each family an
/// `article[data-quote-family]` with the most common wording and the variants
/// `li[data-variant-outlet]`.
pub fn quote_ledger(index: &EventIndex, groups: &[SpeakerQuotes], view: &EventView) -> Html {
    let mut html = Markup::with_capacity(4096);
    for group in groups {
        html.tag("<section class=\"speaker\" data-speaker=\"").text(group.speaker.unwrap_or_default());
        html.tag("\"><h2>").text(group.speaker.unwrap_or("Unattributed quotes"));
        html.tag("<span class=\"heading-count\"> · ");
        html.text(&format::count(group.families.len(), "quote", "quotes")).tag("</span></h2>");
        for family in group.families.iter().copied() {
            quote_family(&mut html, index, family, view);
        }
        html.tag("</section>");
    }
    html.into_html()
}

/// One quote family: the most common wording, then each variant. When every outlet has the same
/// words, the wording is shown once and the variants are just the outlets with their links.
fn quote_family(html: &mut Markup, index: &EventIndex, family: &QuoteFamily, view: &EventView) {
    let outlets = distinct(family.variants.iter().map(|variant| variant.outlet.as_str()));
    let wordings = distinct(family.variants.iter().map(|variant| variant.text.as_str())).len();
    html.tag("<article class=\"quote-family\" data-quote-family=\"").text(&family.id);
    html.tag("\"><p class=\"family-meta\"><span class=\"family-label\">");
    html.tag(if wordings > 1 { "Most common wording" } else { "The wording" }).tag("</span><span>");
    html.text(&format::count(wordings, "wording", "wordings")).tag(", ");
    html.text(&format::count(outlets.len(), "outlet", "outlets")).tag("</span></p>");
    html.tag("<blockquote class=\"canonical\">").text(&family.canonical).tag("</blockquote>");
    html.tag("<ol class=\"variants\" aria-label=\"Each outlet’s wording\">");
    for variant in &family.variants {
        quote_variant(html, index, variant, &outlets, view, wordings > 1);
    }
    html.tag("</ol></article>");
}

/// One outlet's wording: the outlet, badges, the link to the sentence in context beside the
/// family's other outlets, and (`with_text`) the diff.
fn quote_variant(
    html: &mut Markup,
    index: &EventIndex,
    variant: &QuoteVariant,
    outlets: &[&str],
    view: &EventView,
    with_text: bool,
) {
    let outlet = variant.outlet.as_str();
    let context = in_context_href(index, view, outlet, outlets.iter().copied(), &variant.sentence);
    let name = outlet_name(index.event(), outlet);
    html.tag("<li class=\"variant\" data-variant-outlet=\"").text(outlet);
    html.tag("\"><div class=\"variant-head\"><span class=\"variant-outlet\">").text(name).tag("</span>");
    if variant.partial {
        html.tag("<span class=\"badge\" title=\"A fragment quoted inside reported speech\">partial</span>");
    }
    if variant.diff.iter().all(|op| matches!(op, DiffOp::Same(_))) {
        html.tag("<span class=\"badge badge-quiet\">same words</span>");
    }
    html.tag("<a class=\"context-link\" data-action=\"open-quote\" href=\"").text(&context);
    html.tag("\">In context<span class=\"visually-hidden\">: ").text(name).tag("</span></a></div>");
    if with_text {
        html.tag("<blockquote class=\"variant-text\">");
        word_diff(html, &variant.diff, variant.partial);
        html.tag("</blockquote>");
    }
    html.tag("</li>");
}

/// The items, each once, in the order met.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&'a str> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}
