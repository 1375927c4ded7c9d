//! The compare view's Align layout: one row per claim, one column per shown outlet.

use parallax_core::link::{EventView, Layout};
use parallax_core::model::Article;
use parallax_core::view::{Columns, EventIndex, Matches};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::components::markup::Markup;
use crate::components::sentence::claim_class;
use crate::hooks::use_event_view::view_href;

/// `table[data-view="align"]` inside a focusable wrapper that scrolls on its own (sideways on
/// phones, with a sticky header row). Rows (`tr[data-claim]`) come from [`EventIndex::align`]
/// for the view's sort and filter; each row head has the claim's number (in its colour when two
/// shown outlets carry it), how many shown outlets carry it, and a link to the Read layout focused
/// on it. A cell (`td[data-outlet]`) holds the outlet's sentences, or an explicit "Not reported"
/// (`[data-missing]`). The focused sentence gets `.is-focused` (and its row is styled by it).
///
/// The table has no event handlers, so it is written as one string of [`Markup`] (cheaper in code
/// and to render than a virtual DOM of every cell). It is written for the search alone
/// (`searched`: its rows, dimming and marks); the chosen topics are then applied in place by
/// [`apply_topics`], so that a topic chip hides rows and dims sentences instead of writing the
/// whole table again (replacing a large table costs the browser more than the table's layout).
pub fn align_table(
    index: &EventIndex<'static>,
    shown: &Columns,
    articles: &[&'static Article],
    view: &EventView,
    matches: &Matches<'static>,
    searched: &Matches<'static>,
) -> Html {
    if index.align(shown, view.sort, matches).rows.is_empty() {
        let text = if matches.is_active() { "No claim matches the filter." } else { "No claims to align." };
        return html! { <p class="empty">{ text }</p> };
    }
    let table = index.align(shown, view.sort, searched);
    let matches = searched;
    let mut untopical = view.clone();
    untopical.filter.topics.clear();
    let event_id = index.event().id.as_str();
    let shown_ids: Vec<&str> = articles.iter().map(|article| article.outlet.id.as_str()).collect();
    let mut html = Markup::with_capacity(600 + table.rows.len() * (400 + articles.len() * 300));
    let wrap = html.open("div").attr("class", "align-wrap").attr("tabindex", "0").attr("role", "region");
    wrap.attr("aria-label", "Claims aligned by outlet").end();
    // The column count sizes the table's fixed layout in CSS.
    let table_tag = html.open("table").attr("data-view", "align");
    table_tag.value("style").text("--columns:").number(articles.len()).end().end();
    html.open("caption").attr("class", "visually-hidden").end();
    html.text(
        "Each row is a claim; each column an outlet. “Not reported” marks an outlet that left the claim out.",
    );
    html.close("caption").open("thead").end().open("tr").end();
    html.open("th").attr("scope", "col").attr("class", "claim-head").end().text("Claim").close("th");
    for article in articles {
        html.open("th").attr("scope", "col").end().text(&article.outlet.name).close("th");
    }
    html.close("tr").close("thead").open("tbody").end();
    for (row, header) in table.rows.iter().enumerate() {
        let number = header.claim + 1;
        let mut tr = html.open("tr").attr("data-claim", header.claim_id);
        if let Some(colour) = header.colour {
            tr = tr.attr("class", claim_class(colour));
        }
        tr.end().open("th").attr("scope", "row").attr("class", "claim-head").end();
        let class = if header.colour.is_none() { "claim-no claim-no-plain" } else { "claim-no" };
        html.open("span").attr("class", class).end().hidden("Claim ").number(number).close("span");
        html.open("span").attr("class", "carried").end().number(header.carried).text(" of ");
        html.number(articles.len()).close("span");
        differs_note(&mut html, index, header.claim, &shown_ids);
        if let Some(first) = table.grid.row(row).find_map(|cell| cell.first().copied()) {
            // Without the topics, which `apply_topics` adds: the table stays the same for them.
            let link = html.open("a").attr("class", "read-link").attr("data-focus", first);
            link.attr("href", &read_href(event_id, &untopical, first)).end().text("Read");
            html.open("span").attr("class", "visually-hidden").end().text(" claim ").number(number);
            html.text(" in context").close("span").close("a");
        }
        html.close("th");
        for (cell, article) in table.grid.row(row).zip(articles) {
            align_cell(&mut html, index, cell, article, view.focus.as_deref(), matches);
        }
        html.close("tr");
    }
    html.close("tbody").close("table").close("div");
    html.into_html()
}

/// Under a row's claim number, the details that the shown outlets give differently on it
/// (`span.differs`): a "≠" mark and what differs ("≠ killed"), the values being marked in the
/// row's cells and, in words ("killed: 77 in 2 outlets, 272 in 1"), the mark's title and its
/// text for screen readers; so the difference does not rest on colour.
fn differs_note(html: &mut Markup, index: &EventIndex, claim: usize, shown: &[&str]) {
    for difference in index.differences_of_claim(claim) {
        if index.value_groups(difference, Some(shown)).len() < 2 {
            continue;
        }
        // What differs, in a word or two: the row's cells mark the values themselves
        // (`b.detail`), and the whole line is the mark's title and, for screen readers, its text.
        let line = index.difference_line(difference, Some(shown));
        let (about, values) = line.split_once(": ").unwrap_or(("", line.as_str()));
        let about = if about.is_empty() {
            index.analysis().differences.get(difference).map_or("", |d| d.kind.label())
        } else {
            about
        };
        let mark = html.open("span").attr("class", "differs").number("data-difference", difference);
        mark.attr("title", &line).end().unspoken("≠ ").hidden("Differs, ").text(about);
        html.open("span").attr("class", "visually-hidden").end().text(": ").text(values);
        html.close("span").close("span");
    }
}

/// The `href` of a row's "Read" link: the view in Read, focused on the row's first sentence.
fn read_href(event_id: &str, view: &EventView, first: &str) -> AttrValue {
    view_href(event_id, &EventView { layout: Layout::Read, focus: Some(first.to_string()), ..view.clone() })
}

/// Applies the chosen topics of `view` to a table written by [`align_table`] under `root`: the
/// rows that `matches` drops get `hidden`, the sentences it does not keep `.is-dimmed`, and the
/// rows' "Read" links the topics; all of this is undone where they match again.
pub fn apply_topics(root: &Element, index: &EventIndex<'static>, view: &EventView, matches: &Matches) {
    let shown = index.columns(&view.compare.outlets);
    let kept = index.align(&shown, view.sort, matches);
    let kept: Vec<&str> = kept.rows.iter().map(|row| row.claim_id).collect();
    each(root, "table[data-view=align] tr[data-claim]", |row| {
        let keep = row.get_attribute("data-claim").is_some_and(|id| kept.contains(&id.as_str()));
        row.toggle_attribute_with_force("hidden", !keep).ok();
    });
    let event_id = index.event().id.as_str();
    each(root, "table[data-view=align] a.read-link", |link| {
        let first = link.get_attribute("data-focus").unwrap_or_default();
        link.set_attribute("href", &read_href(event_id, view, &first)).ok();
    });
    each(root, "table[data-view=align] [data-sentence]", |sentence| {
        let id = sentence.get_attribute("data-sentence").unwrap_or_default();
        let dim = matches.is_active() && !matches.contains(&id);
        sentence.class_list().toggle_with_force("is-dimmed", dim).ok();
    });
}

/// Writes a sentence's text with the values that differ between outlets in `<b class="detail">`.
fn write_details(html: &mut Markup, index: &EventIndex, id: &str, outlet: &str, text: &str) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for difference in index.differences_of_sentence(id) {
        let Some(difference) = index.analysis().differences.get(difference) else { continue };
        for value in difference.values.iter().filter(|v| v.sentence == id && v.outlet == outlet) {
            if let Some(at) = text.find(value.text.as_str()).filter(|_| !value.text.is_empty()) {
                // In order of their start (a few spans: no sort routine needed in the web app).
                let place = spans.iter().position(|&(start, _)| start > at).unwrap_or(spans.len());
                spans.insert(place, (at, at + value.text.len()));
            }
        }
    }
    let mut done = 0;
    for (start, end) in spans {
        if start < done {
            continue;
        }
        html.text(text.get(done..start).unwrap_or(""));
        html.open("b").attr("class", "detail").end().text(text.get(start..end).unwrap_or("")).close("b");
        done = end;
    }
    html.text(text.get(done..).unwrap_or(""));
}

/// Calls `act` on each element under `root` that matches `selector`.
fn each(root: &Element, selector: &str, mut act: impl FnMut(&Element)) {
    let Ok(found) = root.query_selector_all(selector) else { return };
    for n in 0..found.length() {
        if let Some(element) = found.item(n).and_then(|node| node.dyn_into::<Element>().ok()) {
            act(&element);
        }
    }
}

/// One outlet's sentences for a claim (`p.sentence[data-sentence]`, search words marked), or
/// "Not reported".
fn align_cell(
    html: &mut Markup,
    index: &EventIndex<'static>,
    cell: &[&'static str],
    article: &'static Article,
    focus: Option<&str>,
    matches: &Matches,
) {
    let td = html.open("td").attr("data-outlet", &article.outlet.id);
    if cell.is_empty() {
        td.attr("data-missing", "").end().unspoken("— ").text("Not reported").close("td");
        return;
    }
    td.end();
    for id in cell.iter().copied() {
        let matching = !matches.is_active() || matches.contains(id);
        let mut class = html.open("p").value("class").text("sentence");
        if focus == Some(id) {
            class = class.text(" is-focused");
        }
        if !matching {
            class = class.text(" is-dimmed");
        }
        class.end().attr("data-sentence", id).end();
        let text = index.sentence(id).map_or("", |info| info.text);
        if matching && matches.has_search() {
            html.marked(matches, text);
        } else {
            write_details(html, index, id, &article.outlet.id, text);
        }
        html.close("p");
    }
    html.close("td");
}
