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
        html.tag("<section class=\"speaker\" data-speaker=\"").text(group.speaker.unwrap_or_default());
        html.tag("\"><h2>").text(group.speaker.unwrap_or("Unattributed quotes"));
        html.tag("<span class=\"heading-count\"> · ");
        html.text(&format::count(group.families.len(), "quote", "quotes")).tag("</span></h2>");
        for family in group.families.iter().copied().take(left) {
            quote_family(&mut html, index, family, view, expanded.contains(&family.id));
        }
        left = left.saturating_sub(group.families.len());
        html.tag("</section>");
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
    html.tag("<article class=\"quote-family\" data-quote-family=\"").text(&family.id);
    html.tag("\"><p class=\"family-meta\"><span class=\"family-label\">");
    html.tag(if count > 1 { "Most common wording" } else { "The wording" }).tag("</span><span>");
    html.text(&format::count(count, "wording", "wordings")).tag(", ");
    html.text(&format::count(outlets.len(), "outlet", "outlets")).tag("</span></p>");
    html.tag("<blockquote class=\"canonical\">").text(&family.canonical).tag("</blockquote>");
    html.tag("<ol class=\"variants\" aria-label=\"Each outlet’s wording\">");
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
    html.tag("</ol>");
    if items.len() > shown {
        let rest: usize = items.iter().skip(shown).map(Vec::len).sum();
        html.tag(
            "<p><button type=\"button\" class=\"button button-small\" data-action=\"more-wordings\" value=\"",
        );
        html.text(&family.id).tag("\">Show ").text(&format::count(
            items.len() - shown,
            "other wording",
            "other wordings",
        ));
        html.tag(" (").text(&format::count(rest, "outlet", "outlets")).tag(")</button></p>");
    }
    html.tag("</article>");
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
    match variants {
        [_] => html.tag("<li class=\"variant\" data-variant-outlet=\"").text(outlet),
        _ => html.tag("<li class=\"variant\" data-wording-outlets=\"").number(variants.len()),
    };
    html.tag("\"><div class=\"variant-head\"><span class=\"variant-outlet\">");
    for (n, variant) in variants.iter().take(NAMES_SHOWN).enumerate() {
        html.tag(if n > 0 { ", " } else { "" }).text(name(variant));
    }
    if variants.len() > NAMES_SHOWN {
        html.tag(" and ").number(variants.len() - NAMES_SHOWN).tag(" more");
    }
    html.tag("</span>");
    if variant.partial {
        html.tag("<span class=\"badge\" title=\"A fragment quoted inside reported speech\">partial</span>");
    }
    if variant.diff.iter().all(|op| matches!(op, DiffOp::Same(_))) {
        html.tag("<span class=\"badge badge-quiet\">same words</span>");
    }
    html.tag("<a class=\"context-link\" data-action=\"open-quote\" href=\"").text(&context);
    html.tag("\">In context<span class=\"visually-hidden\">: ").text(name(variant)).tag("</span></a></div>");
    if with_text {
        html.tag("<blockquote class=\"variant-text\">");
        word_diff(html, &variant.diff, variant.partial);
        html.tag("</blockquote>");
    }
    if variants.len() > NAMES_SHOWN {
        html.tag("<details class=\"wording-outlets\"><summary>All ")
            .number(variants.len())
            .tag(" outlets</summary><p>");
        for (n, variant) in variants.iter().enumerate() {
            html.tag(if n > 0 { ", " } else { "" }).text(name(variant));
        }
        html.tag("</p></details>");
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
