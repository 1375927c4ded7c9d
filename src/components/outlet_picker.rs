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
    html.open("div").attr("class", "picked").end();
    html.open("ul").attr("class", "picked-list").attr("aria-label", "Picked outlets").end();
    for id in picked {
        let name = event.article(id).map_or(id.as_str(), |article| article.outlet.name.as_str());
        let chip = html.open("li").end().open("button").attr("type", "button").attr("class", "chip");
        let chip = chip.attr("data-action", "unpick").attr("value", id);
        chip.value("aria-label").text("Remove ").text(name).end().end();
        html.text(name).text(" ").unspoken("×").close("button").close("li");
    }
    let button =
        html.close("ul").open("button").attr("type", "button").attr("class", "button button-primary");
    let button = button.attr("data-action", "compare");
    let button = if ready { button } else { button.flag("disabled") };
    button.end();
    html.text("Compare ").text(&format::count(count, "outlet", "outlets")).close("button");
    html.open("p").attr("class", "hint").attr("role", "status").end();
    if count > MAX_OUTLETS {
        html.number(count).text(" picked: at most ").number(MAX_OUTLETS).text(" fit side by side.");
    } else if count < fewest {
        html.number(count).text(" picked: pick at least ").number(fewest).text(".");
    } else {
        html.number(count).text(" picked.");
    }
    html.close("p").close("div");
    html.into_html()
}

/// The list's search box (`data-action="find-outlet"`) and order (`data-action="sort-outlets"`).
/// Static: the browser keeps what the reader typed and chose.
pub fn picker_controls() -> Html {
    let mut html = Markup::with_capacity(500);
    html.open("div")
        .attr("class", "filter-row picker-controls")
        .end()
        .open("label")
        .attr("class", "search")
        .end();
    html.open("span").attr("class", "search-label").end().text("Find").close("span");
    let input = html.open("input").attr("type", "search").attr("data-action", "find-outlet");
    let input = input.attr("autocomplete", "off").attr("spellcheck", "false");
    input.attr("placeholder", "Outlet name").end().close("label");
    html.open("label").attr("class", "sort").end();
    html.open("span").attr("class", "search-label").end().text("Order").close("span");
    html.open("select").attr("data-action", "sort-outlets").end();
    for (_, code, name) in OutletOrder::ALL {
        html.open("option").attr("value", code).end().text(name).close("option");
    }
    html.close("select").close("label").close("div");
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
    html.open("ul").attr("class", "outlet-list").end();
    for row in rows.iter().take(shown) {
        html.open("li").attr("data-outlet-card", row.id).end().open("label").end();
        let input = html.open("input").attr("type", "checkbox").attr("name", "outlet");
        input.attr("data-action", "pick").attr("value", row.id).end();
        html.open("span").attr("class", "outlet-name").end().text(row.name).close("span");
        if let Some(headline) =
            event.articles.get(row.position).and_then(|article| article.headline.as_deref())
        {
            html.open("span").attr("class", "headline").end().text(headline).close("span");
        }
        html.open("span").attr("class", "facts").end().text(&format::count(row.claims, "claim", "claims"));
        html.text(" · ").number(row.unique).text(" only here").close("span").close("label");
        let origin = index.origin_line(row.position);
        let mut p = html.open("p").attr("class", "origin");
        if let Some(id) = origin.origin.and_then(|o| index.analysis().origins.get(o)) {
            p = p.attr("data-origin", &id.id);
        }
        p.end().text(&origin.text).close("p");
        if let Some((_, text, place)) = index.led_with_sentence(row.position) {
            let (text, cut) = summarise(text);
            html.open("p").attr("class", "led-with").attr("data-place", place.code()).end();
            html.open("span").attr("class", "led-label").end().text("Led with (").text(place_words(place));
            html.text("):").close("span").text(" ").text(text).text(if cut { "…" } else { "" }).close("p");
        }
        html.close("li");
    }
    html.close("ul").open("p").attr("class", "table-status").attr("role", "status").end();
    if rows.is_empty() {
        html.text("No outlet matches.");
    } else if shown < rows.len() {
        html.text("The first ").number(shown).text(" of ").number(rows.len());
        html.text(" matches; type to narrow the list.");
    } else if rows.len() < total {
        html.number(rows.len()).text(" of ").text(&format::count(total, "outlet", "outlets")).text(".");
    }
    html.close("p");
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
