//! One outlet on the event page: name, headline, facts, and a checkbox to pick it.

use parallax_core::model::Article;
use yew::prelude::*;

use crate::components::markup::Markup;
use crate::components::outlet_column::{web_url, write_facts, write_original_link};

/// A card `[data-outlet-card="<id>"]` whose checkbox (`name="outlet"`, labelled by the outlet's
/// name) picks the outlet; `ontoggle` gets the outlet id and whether it is now picked.
pub fn outlet_card(
    article: &'static Article,
    index: usize,
    checked: bool,
    ontoggle: &Callback<(String, bool)>,
) -> Html {
    let id = article.outlet.id.as_str();
    let input_id = AttrValue::from(format!("pick-{index}"));
    let onchange = ontoggle.reform(move |event: Event| {
        let checked =
            event.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|input| input.checked());
        (id.to_string(), checked)
    });
    let mut details = Markup::with_capacity(600);
    if let Some(headline) = article.headline.as_deref() {
        details.tag("<p class=\"headline\">").text(headline).tag("</p>");
    }
    details.tag("<p class=\"meta\">");
    write_facts(&mut details, article, false);
    details.tag("</p>");
    if let Some(url) = web_url(article) {
        details.tag("<p class=\"card-link\">");
        write_original_link(&mut details, url, &article.outlet.name);
        details.tag("</p>");
    }
    html! {
        <li key={id} class="card" data-outlet-card={id} data-picked={if checked { "true" } else { "false" }}>
            <div class="card-top">
                <input type="checkbox" id={input_id.clone()} name="outlet" value={id} {checked} {onchange} />
                <h2 class="outlet-name"><label for={input_id}>{ article.outlet.name.as_str() }</label></h2>
            </div>
            { details.into_html() }
        </li>
    }
}
