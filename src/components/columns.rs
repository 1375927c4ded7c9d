//! `Columns`: the compare view's outlets side by side, or as tabs on narrow screens.

use parallax_core::model::{Article, Event};
use yew::prelude::*;

use crate::components::outlet_column::{outlet_column, TabPanel};
use crate::components::outlet_tabs::{outlet_tabs, panel_id, tab_id};
use crate::data::Static;

/// Props for [`Columns`].
#[derive(Properties, PartialEq)]
pub struct ColumnsProps {
    /// The event.
    pub event: Static<Event>,
    /// The outlet ids to show, in column order; ids the event lacks are skipped.
    pub outlets: Vec<String>,
    /// Whether removed boilerplate is shown in place.
    pub show_removed: bool,
    /// Whether to show one outlet at a time behind a tab list.
    pub narrow: bool,
}

/// One column per outlet. Wide: side by side, each scrolling on its own. Narrow: a tab list and
/// the selected outlet's column; the other columns stay in the page, hidden.
#[component]
pub fn Columns(props: &ColumnsProps) -> Html {
    let event: &'static Event = props.event.0;
    let articles: Vec<&'static Article> = props.outlets.iter().filter_map(|id| event.article(id)).collect();
    // The selected tab is kept by outlet id, so that it survives a change of the outlet list.
    let selected = use_state(|| None::<&'static str>);
    let active =
        selected.and_then(|id| articles.iter().position(|article| article.outlet.id == id)).unwrap_or(0);
    let onselect = {
        let ids: Vec<&'static str> = articles.iter().map(|article| article.outlet.id.as_str()).collect();
        Callback::from(move |index: usize| selected.set(ids.get(index).copied()))
    };

    let tabs = props.narrow && articles.len() > 1;
    let columns = articles.iter().enumerate().map(|(index, article)| {
        let panel = tabs.then(|| TabPanel {
            tab_id: tab_id(index),
            panel_id: panel_id(index),
            active: index == active,
        });
        outlet_column(article, props.show_removed, panel)
    });
    html! {
        <div class="columns" data-layout={if tabs { "tabs" } else { "columns" }}>
            if tabs {
                { outlet_tabs(&articles, active, &onselect) }
            }
            <div class="column-grid" style={format!("--columns: {}", articles.len().max(1))}>
                { for columns }
            </div>
        </div>
    }
}
