//! The tab list that switches between outlets on narrow screens.

use parallax_core::model::Article;
use yew::prelude::*;

/// The `id` of the tab for the column at `index`.
pub fn tab_id(index: usize) -> AttrValue {
    AttrValue::from(format!("outlet-tab-{index}"))
}

/// The `id` of the column (tab panel) at `index`.
pub fn panel_id(index: usize) -> AttrValue {
    AttrValue::from(format!("outlet-panel-{index}"))
}

/// An ARIA tab list with one tab `[data-tab="<id>"]` per outlet. Left and Right move between
/// tabs (wrapping round), Home and End go to the first and last, and only the selected tab is in
/// the Tab order. `onselect` gets the index of the tab to show.
pub fn outlet_tabs(articles: &[&'static Article], active: usize, onselect: &Callback<usize>) -> Html {
    let count = articles.len();
    let onkeydown = {
        let onselect = onselect.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(next) = key_target(&event.key(), active, count) else { return };
            event.prevent_default();
            crate::focus::focus_id(&tab_id(next), false);
            onselect.emit(next);
        })
    };
    html! {
        <div class="outlet-tabs" role="tablist" aria-label="Outlets" {onkeydown}>
            for (index, article) in articles.iter().copied().enumerate() {
                <button
                    type="button"
                    role="tab"
                    id={tab_id(index)}
                    data-tab={article.outlet.id.as_str()}
                    aria-selected={if index == active { "true" } else { "false" }}
                    aria-controls={panel_id(index)}
                    tabindex={if index == active { "0" } else { "-1" }}
                    onclick={onselect.reform(move |_: MouseEvent| index)}
                >
                    { article.outlet.name.as_str() }
                </button>
            }
        </div>
    }
}

/// The tab a key moves to from `active`, if the key is one the tab list handles.
fn key_target(key: &str, active: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if active >= last { 0 } else { active + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if active == 0 { last } else { active - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::key_target;

    #[test]
    fn arrow_keys_wrap_and_home_end_jump() {
        assert_eq!(key_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(key_target("ArrowRight", 2, 3), Some(0));
        assert_eq!(key_target("ArrowLeft", 0, 3), Some(2));
        assert_eq!(key_target("ArrowUp", 2, 3), Some(1));
        assert_eq!(key_target("Home", 2, 3), Some(0));
        assert_eq!(key_target("End", 0, 3), Some(2));
        assert_eq!(key_target("a", 0, 3), None);
        assert_eq!(key_target("ArrowRight", 0, 0), None);
    }
}
