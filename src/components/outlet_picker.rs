//! The overview's outlet picker: the outlets picked for comparison as removable chips with the
//! Compare button, and a searchable, sortable list of every outlet with a checkbox, written as
//! [`Markup`]. The page listens for the list's controls (`data-action`) on its root.
//!
//! The list's markup depends only on the search and the order, never on what is ticked, so that
//! ticking a box does not write the list again (which would take the keyboard focus away); the
//! page sets the boxes' `checked` after each render ([`sync_ticks`]).

use parallax_core::link::MAX_OUTLETS;
use parallax_core::model::Event;
use parallax_core::view::{place_words, summarise, EventIndex, OutletOrder, OutletRow};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::Html;

use crate::components::markup::Markup;
use crate::format;

/// The most outlets the list shows at once; a search narrows a longer one.
pub const LISTED: usize = 200;

/// The picked outlets (`button[data-action="unpick"]` each), the Compare button
/// (`data-action="compare"`, disabled unless `fewest` to [`MAX_OUTLETS`] are picked) and a
/// status line that says how many are picked.
pub fn picked_bar(event: &Event, picked: &[String], fewest: usize) -> Html {
    let count = picked.len();
    let ready = (fewest..=MAX_OUTLETS).contains(&count);
    let mut html = Markup::with_capacity(300 + count * 120);
    html.tag("<div class=\"picked\"><ul class=\"picked-list\" aria-label=\"Picked outlets\">");
    for id in picked {
        let name = event.article(id).map_or(id.as_str(), |article| article.outlet.name.as_str());
        html.tag("<li><button type=\"button\" class=\"chip\" data-action=\"unpick\" value=\"").text(id);
        html.tag("\" aria-label=\"Remove ")
            .text(name)
            .tag("\">")
            .text(name)
            .tag(" <span aria-hidden=\"true\">×</span></button></li>");
    }
    html.tag("</ul><button type=\"button\" class=\"button button-primary\" data-action=\"compare\"");
    html.tag(if ready { ">" } else { " disabled>" });
    html.tag("Compare ")
        .text(&format::count(count, "outlet", "outlets"))
        .tag("</button><p class=\"hint\" role=\"status\">");
    if count > MAX_OUTLETS {
        html.number(count).tag(" picked: at most ").number(MAX_OUTLETS).tag(" fit side by side.");
    } else if count < fewest {
        html.number(count).tag(" picked: pick at least ").number(fewest).tag(".");
    } else {
        html.number(count).tag(" picked.");
    }
    html.tag("</p></div>");
    html.into_html()
}

/// The list's search box (`data-action="find-outlet"`) and order (`data-action="sort-outlets"`).
/// Static: the browser keeps what the reader typed and chose.
pub fn picker_controls() -> Html {
    let mut html = Markup::with_capacity(500);
    html.tag("<div class=\"filter-row picker-controls\"><label class=\"search\"><span class=\"search-label\">Find</span>");
    html.tag("<input type=\"search\" data-action=\"find-outlet\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"Outlet name\"></label>");
    html.tag("<label class=\"sort\"><span class=\"search-label\">Order</span><select data-action=\"sort-outlets\">");
    for (_, code, name) in OutletOrder::ALL {
        html.tag("<option value=\"").tag(code).tag("\">").tag(name).tag("</option>");
    }
    html.tag("</select></label></div>");
    html.into_html()
}

/// The outlets `rows` (the first [`LISTED`]) as `li[data-outlet-card]`, each a checkbox
/// (`input[name="outlet"]`, `data-action="pick"`) labelled by the outlet's name, with how many
/// claims it carries and how many only it carries; under it where its text comes from
/// (`.origin`, `data-origin` its origin's id when it is in one) and what it led with
/// (`.led-with`, `data-place` where); then how many are listed.
pub fn picker_list(index: &EventIndex, rows: &[OutletRow], total: usize) -> Html {
    let event = index.event();
    let shown = rows.len().min(LISTED);
    let mut html = Markup::with_capacity(200 + shown * 600);
    html.tag("<ul class=\"outlet-list\">");
    for row in rows.iter().take(shown) {
        html.tag("<li data-outlet-card=\"")
            .text(row.id)
            .tag("\"><label><input type=\"checkbox\" name=\"outlet\" data-action=\"pick\" value=\"");
        html.text(row.id).tag("\"><span class=\"outlet-name\">").text(row.name).tag("</span>");
        if let Some(headline) =
            event.articles.get(row.position).and_then(|article| article.headline.as_deref())
        {
            html.tag("<span class=\"headline\">").text(headline).tag("</span>");
        }
        html.tag("<span class=\"facts\">").text(&format::count(row.claims, "claim", "claims"));
        html.tag(" · ").number(row.unique).tag(" only here</span></label>");
        let origin = index.origin_line(row.position);
        html.tag("<p class=\"origin\"");
        if let Some(id) = origin.origin.and_then(|o| index.analysis().origins.get(o)) {
            html.tag(" data-origin=\"").text(&id.id).tag("\"");
        }
        html.tag(">").text(&origin.text).tag("</p>");
        if let Some((_, text, place)) = index.led_with_sentence(row.position) {
            let (text, cut) = summarise(text);
            html.tag("<p class=\"led-with\" data-place=\"").tag(place.code());
            html.tag("\"><span class=\"led-label\">Led with (").tag(place_words(place)).tag("):</span> ");
            html.text(text).tag(if cut { "…</p>" } else { "</p>" });
        }
        html.tag("</li>");
    }
    html.tag("</ul><p class=\"table-status\" role=\"status\">");
    if rows.is_empty() {
        html.tag("No outlet matches.");
    } else if shown < rows.len() {
        html.tag("The first ")
            .number(shown)
            .tag(" of ")
            .number(rows.len())
            .tag(" matches; type to narrow the list.");
    } else if rows.len() < total {
        html.number(rows.len()).tag(" of ").text(&format::count(total, "outlet", "outlets")).tag(".");
    }
    html.tag("</p>");
    html.into_html()
}

/// Ticks the list's boxes under `root` whose outlets are `picked`, and unticks the others.
pub fn sync_ticks(root: &Element, picked: &[String]) {
    let Ok(boxes) = root.query_selector_all("input[name=outlet]") else { return };
    for n in 0..boxes.length() {
        if let Some(input) = boxes.item(n).and_then(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(picked.iter().any(|id| *id == input.value()));
        }
    }
}
