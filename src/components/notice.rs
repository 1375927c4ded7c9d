//! Notices: plain messages about what was wrong with a link.

use parallax_core::link::Notice;
use yew::prelude::*;

/// One status message per notice (`data-notice="<code>"`), announced politely to screen readers.
pub fn notice_list(notices: &[Notice]) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notices">
            for notice in notices {
                <p class="notice" role="status" data-notice={notice.code()}>{ notice.to_string() }</p>
            }
        </div>
    }
}
