//! What the coverage and sources matrices share: the scrolling box, the table and its row of
//! outlet heads, written as [`Markup`].

use parallax_core::model::Event;

use crate::components::context_link::outlet_name;
use crate::components::markup::Markup;

/// Past this many outlets the column heads are written upwards, to keep the columns narrow.
const UPRIGHT_HEADS_FROM: usize = 7;

/// Opens a matrix: a focusable region labelled `label` that scrolls sideways, a
/// `table.matrix.<view>[data-view="<view>"]`, and its head row: `corner` over the row heads,
/// then one `th[data-outlet]` per outlet (written upwards when there are many, with the full
/// name in a tooltip). Close it with [`close_matrix`] after the body rows.
pub fn open_matrix(
    html: &mut Markup,
    event: &Event,
    outlets: &[&str],
    view: &str,
    label: &str,
    corner: &str,
) {
    html.tag("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").tag(label);
    html.tag(" (scrolls sideways)\"><table class=\"matrix ").tag(view);
    if outlets.len() >= UPRIGHT_HEADS_FROM {
        html.tag(" upright");
    }
    // The column count sizes a fixed-layout table in CSS (cheaper to lay out than an auto one).
    html.tag("\" style=\"--outlets:").number(outlets.len());
    html.tag("\" data-view=\"").tag(view).tag("\"><thead><tr><th scope=\"col\" class=\"corner\">");
    html.tag(corner).tag("</th>");
    for outlet in outlets.iter().copied() {
        let name = outlet_name(event, outlet);
        html.tag("<th scope=\"col\" data-outlet=\"").text(outlet).tag("\"><span title=\"").text(name);
        html.tag("\">").text(name).tag("</span></th>");
    }
    html.tag("</tr></thead><tbody>");
}

/// Closes a matrix opened with [`open_matrix`].
pub fn close_matrix(html: &mut Markup) {
    html.tag("</tbody></table></div>");
}
