//! One outlet on the event page: name, headline, facts, and a checkbox to pick it.

use parallax_core::model::Article;
use yew::prelude::*;

use crate::components::outlet_column::{facts, original_link, web_url};

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
    html! {
        <li key={id} class="card" data-outlet-card={id} data-picked={if checked { "true" } else { "false" }}>
            <div class="card-top">
                <input type="checkbox" id={input_id.clone()} name="outlet" value={id} {checked} {onchange} />
                <h2 class="outlet-name"><label for={input_id}>{ article.outlet.name.as_str() }</label></h2>
            </div>
            if let Some(headline) = article.headline.as_deref() {
                <p class="headline">{ headline }</p>
            }
            <p class="meta">{ facts(article, false) }</p>
            if let Some(url) = web_url(article) {
                <p class="card-link">{ original_link(url, article.outlet.name.as_str()) }</p>
            }
        </li>
    }
}
