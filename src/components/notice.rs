//! Notices: plain messages about what was wrong with a link.

use parallax_core::link::Notice;
use yew::Html;

use crate::components::markup::Markup;

/// One status message per notice (`data-notice="<code>"`), announced politely to screen readers.
pub fn notice_list(notices: &[Notice]) -> Html {
    let mut html = Markup::default();
    write_notices(&mut html, notices);
    html.into_html()
}

/// Writes [`notice_list`]'s markup (nothing when there are no notices).
pub fn write_notices(html: &mut Markup, notices: &[Notice]) {
    if notices.is_empty() {
        return;
    }
    html.open("div").attr("class", "notices").end();
    for notice in notices {
        html.open("p")
            .attr("class", "notice")
            .attr("role", "status")
            .attr("data-notice", notice.code())
            .end();
        html.text(&notice.to_string()).close("p");
    }
    html.close("div");
}
