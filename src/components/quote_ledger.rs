//! The quote ledger: each speaker's quote families, the most common wording, and every outlet's
//! wording as a word-level diff against it, with a link to the sentence in context.

use parallax_core::analysis::{DiffOp, QuoteFamily, QuoteVariant};
use parallax_core::link::EventView;
use parallax_core::view::{wordings, EventIndex, SpeakerQuotes};
use yew::Html;

use crate::components::context_link::{in_context_href, outlet_name};
use crate::components::markup::Markup;
use crate::components::word_diff::word_diff;
use crate::format;

/// A family with more variants than this shows each wording once, with its outlets.
pub const PER_OUTLET_UP_TO: usize = 8;

/// How many wordings such a family shows until the reader asks for the rest.
pub const WORDINGS_SHOWN: usize = 5;

/// The families grouped under their speakers, the first `limit` families in all: a
/// `section[data-speaker]` with a heading per speaker (the unattributed group last, with an
/// empty `data-speaker`), each family an `article[data-quote-family]` with the most common
/// wording and each outlet's wording `li[data-variant-outlet]`; a family of many outlets shows
/// each wording once (`li[data-wording-outlets]`), the first [`WORDINGS_SHOWN`] unless it is in
/// `expanded`, with a button for the rest (`data-action="more-wordings"`).
pub fn quote_ledger<'a>(
    index: &EventIndex<'a>,
    groups: &[SpeakerQuotes<'a>],
    view: &EventView,
    limit: usize,
    expanded: &[String],
) -> Html {
    let mut html = Markup::with_capacity(4096);
    let mut left = limit;
    for group in groups {
        if left == 0 {
            break;
        }
        let section = html.open("section").attr("class", "speaker");
        section.attr("data-speaker", group.speaker.unwrap_or_default()).end();
        html.open("h2").end().text(group.speaker.unwrap_or("Unattributed quotes"));
        html.open("span").attr("class", "heading-count").end().text(" · ");
        html.text(&format::count(group.families.len(), "quote", "quotes")).close("span").close("h2");
        for family in group.families.iter().copied().take(left) {
            quote_family(&mut html, index, family, view, expanded.contains(&family.id));
        }
        left = left.saturating_sub(group.families.len());
        html.close("section");
    }
    html.into_html()
}

/// One quote family: the most common wording, then each outlet's (or each wording, when it has
/// many outlets). When every outlet has the same words, the wording is shown once and the items
/// are just the outlets with their links.
fn quote_family<'a>(
    html: &mut Markup,
    index: &EventIndex<'a>,
    family: &'a QuoteFamily,
    view: &EventView,
    expanded: bool,
) {
    let outlets = distinct(family.variants.iter().map(|variant| variant.outlet.as_str()));
    let grouped = wordings(family);
    let count = grouped.len();
    html.open("article").attr("class", "quote-family").attr("data-quote-family", &family.id).end();
    html.open("p").attr("class", "family-meta").end().open("span").attr("class", "family-label").end();
    html.text(if count > 1 { "Most common wording" } else { "The wording" }).close("span");
    html.open("span").end().text(&format::count(count, "wording", "wordings")).text(", ");
    html.text(&format::count(outlets.len(), "outlet", "outlets")).close("span").close("p");
    html.open("blockquote").attr("class", "canonical").end().text(&family.canonical).close("blockquote");
    html.open("ol").attr("class", "variants").attr("aria-label", "Each outlet’s wording").end();
    let by_wording = family.variants.len() > PER_OUTLET_UP_TO;
    let items: Vec<Vec<&QuoteVariant>> = if by_wording {
        grouped.into_iter().map(|wording| wording.variants).collect()
    } else {
        family.variants.iter().map(|variant| vec![variant]).collect()
    };
    let shown = if by_wording && !expanded { WORDINGS_SHOWN } else { items.len() };
    for item in items.iter().take(shown) {
        quote_variant(html, index, item, &outlets, view, count > 1);
    }
    html.close("ol");
    if items.len() > shown {
        let rest: usize = items.iter().skip(shown).map(Vec::len).sum();
        let button = html.open("p").end().open("button").attr("type", "button");
        let button = button.attr("class", "button button-small").attr("data-action", "more-wordings");
        button.attr("value", &family.id).end().text("Show ");
        html.text(&format::count(items.len() - shown, "other wording", "other wordings"));
        html.text(" (").text(&format::count(rest, "outlet", "outlets")).text(")").close("button").close("p");
    }
    html.close("article");
}

/// How many outlet names a wording lists before "and N more".
const NAMES_SHOWN: usize = 3;

/// One wording and the outlets that print it (`variants`, one for a family of few outlets): the
/// outlets, badges, the link to the first one's sentence in context beside the family's other
/// outlets, (`with_text`) the diff, and the full list of outlets when it is long.
fn quote_variant<'a>(
    html: &mut Markup,
    index: &EventIndex<'a>,
    variants: &[&'a QuoteVariant],
    outlets: &[&str],
    view: &EventView,
    with_text: bool,
) {
    let Some(variant) = variants.first() else { return };
    let outlet = variant.outlet.as_str();
    let context = in_context_href(index, view, outlet, outlets.iter().copied(), &variant.sentence);
    let event = index.event();
    let name = |variant: &'a QuoteVariant| outlet_name(event, &variant.outlet);
    let li = html.open("li").attr("class", "variant");
    let li = match variants {
        [_] => li.attr("data-variant-outlet", outlet),
        _ => li.number("data-wording-outlets", variants.len()),
    };
    li.end();
    html.open("div").attr("class", "variant-head").end().open("span").attr("class", "variant-outlet").end();
    for (n, variant) in variants.iter().take(NAMES_SHOWN).enumerate() {
        html.text(if n > 0 { ", " } else { "" }).text(name(variant));
    }
    if variants.len() > NAMES_SHOWN {
        html.text(" and ").number(variants.len() - NAMES_SHOWN).text(" more");
    }
    html.close("span");
    if variant.partial {
        let badge = html.open("span").attr("class", "badge");
        badge.attr("title", "A fragment quoted inside reported speech").end().text("partial").close("span");
    }
    if variant.diff.iter().all(|op| matches!(op, DiffOp::Same(_))) {
        html.open("span").attr("class", "badge badge-quiet").end().text("same words").close("span");
    }
    let link = html.open("a").attr("class", "context-link").attr("data-action", "open-quote");
    link.attr("href", &context).end().text("In context");
    html.open("span").attr("class", "visually-hidden").end().text(": ").text(name(variant));
    html.close("span").close("a").close("div");
    if with_text {
        html.open("blockquote").attr("class", "variant-text").end();
        word_diff(html, &variant.diff, variant.partial);
        html.close("blockquote");
    }
    if variants.len() > NAMES_SHOWN {
        html.open("details").attr("class", "wording-outlets").end().open("summary").end().text("All ");
        html.number(variants.len()).text(" outlets").close("summary").open("p").end();
        for (n, variant) in variants.iter().enumerate() {
            html.text(if n > 0 { ", " } else { "" }).text(name(variant));
        }
        html.close("p").close("details");
    }
    html.close("li");
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
