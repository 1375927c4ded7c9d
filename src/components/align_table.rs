//! The compare view's Align layout: one row per claim, one column per shown outlet.

use parallax_core::link::{EventView, Layout};
use parallax_core::model::Article;
use parallax_core::view::{Columns, EventIndex, Matches};
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
/// The table has no event handlers and changes as a whole with the view, so it is written as one
/// string of [`Markup`] (cheaper in code and to render than a virtual DOM of every cell).
pub fn align_table(
    index: &EventIndex<'static>,
    shown: &Columns,
    articles: &[&'static Article],
    view: &EventView,
    matches: &Matches<'static>,
) -> Html {
    let table = index.align(shown, view.sort, matches);
    if table.rows.is_empty() {
        let text = if matches.is_active() { "No claim matches the filter." } else { "No claims to align." };
        return html! { <p class="empty">{ text }</p> };
    }
    let event_id = index.event().id.as_str();
    let mut html = Markup::with_capacity(600 + table.rows.len() * (400 + articles.len() * 300));
    html.tag(
        "<div class=\"align-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Claims aligned by outlet\">",
    );
    // The column count sizes the table's fixed layout in CSS.
    html.tag("<table data-view=\"align\" style=\"--columns:").number(articles.len());
    html.tag(
        "\"><caption class=\"visually-hidden\">Each row is a claim; each column an outlet. \
         “Not reported” marks an outlet that left the claim out.</caption>",
    );
    html.tag("<thead><tr><th scope=\"col\" class=\"claim-head\">Claim</th>");
    for article in articles {
        html.tag("<th scope=\"col\">").text(&article.outlet.name).tag("</th>");
    }
    html.tag("</tr></thead><tbody>");
    for (row, header) in table.rows.iter().enumerate() {
        let number = header.claim + 1;
        html.tag("<tr data-claim=\"").text(header.claim_id);
        if let Some(colour) = header.colour {
            html.tag("\" class=\"").tag(claim_class(colour));
        }
        html.tag("\"><th scope=\"row\" class=\"claim-head\"><span class=\"claim-no");
        if header.colour.is_none() {
            html.tag(" claim-no-plain");
        }
        html.tag("\"><span class=\"visually-hidden\">Claim </span>").number(number).tag("</span>");
        html.tag("<span class=\"carried\">").number(header.carried).tag(" of ").number(articles.len());
        html.tag("</span>");
        if let Some(first) = table.grid.row(row).find_map(|cell| cell.first().copied()) {
            let read = EventView { layout: Layout::Read, focus: Some(first.to_string()), ..view.clone() };
            html.tag("<a class=\"read-link\" href=\"").text(&view_href(event_id, &read));
            html.tag("\">Read<span class=\"visually-hidden\"> claim ").number(number);
            html.tag(" in context</span></a>");
        }
        html.tag("</th>");
        for (cell, article) in table.grid.row(row).zip(articles) {
            align_cell(&mut html, index, cell, article, view.focus.as_deref(), matches);
        }
        html.tag("</tr>");
    }
    html.tag("</tbody></table></div>");
    html.into_html()
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
    html.tag("<td data-outlet=\"").text(&article.outlet.id);
    if cell.is_empty() {
        html.tag("\" data-missing=\"\"><span aria-hidden=\"true\">— </span>Not reported</td>");
        return;
    }
    html.tag("\">");
    for id in cell.iter().copied() {
        let matching = !matches.is_active() || matches.contains(id);
        html.tag("<p class=\"sentence");
        if focus == Some(id) {
            html.tag(" is-focused");
        }
        if !matching {
            html.tag(" is-dimmed");
        }
        html.tag("\" data-sentence=\"").text(id).tag("\">");
        let text = index.sentence(id).map_or("", |info| info.text);
        if matching && matches.has_search() {
            html.marked(matches, text);
        } else {
            html.text(text);
        }
        html.tag("</p>");
    }
    html.tag("</td>");
}
