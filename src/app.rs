//! Routes and the top-level component. PLACEHOLDER until the app is built.

use yew::prelude::*;

/// The whole app.
#[component]
pub fn App() -> Html {
    let events = crate::data::bundle().corpus.events.len();
    html! { <p>{ format!("{events} events") }</p> }
}
