//! One sentence of the compare view's Read layout, written as [`Markup`]: a span addressed by
//! its id, marked with how its claim is shared among the shown outlets and the search words it
//! matches. The highlight classes that follow the pointer and the link (`is-active`,
//! `is-focused`, `is-counterpart`) are not written here: [`set_highlights`] sets them on the
//! rendered spans, so that pointing at a sentence changes three classes, not the page's markup.

use parallax_core::model::Sentence;
use parallax_core::view::{Columns, EventIndex, Matches, Sharing, PALETTE_SLOTS};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::markup::Markup;

/// The CSS classes of the claim colour slots (`assets/css/compare.css`), one per slot.
const CLAIM_CLASSES: [&str; 8] =
    ["claim-0", "claim-1", "claim-2", "claim-3", "claim-4", "claim-5", "claim-6", "claim-7"];
const _: () = assert!(CLAIM_CLASSES.len() == PALETTE_SLOTS as usize, "one class per colour slot");

/// The highlight classes that [`set_highlights`] manages.
const HIGHLIGHT_CLASSES: [&str; 3] = ["is-active", "is-focused", "is-counterpart"];

/// The class of a claim colour slot.
pub fn claim_class(colour: u8) -> &'static str {
    CLAIM_CLASSES.get(usize::from(colour)).copied().unwrap_or(CLAIM_CLASSES[0])
}

/// What the compare view knows about every sentence it writes: how claims stand among the shown
/// outlets, and the filter.
pub struct Marks<'r> {
    /// The event's index.
    pub index: &'r EventIndex<'static>,
    /// The shown outlets.
    pub shown: &'r Columns,
    /// What the filter keeps, and the search words.
    pub matches: &'r Matches<'static>,
}

/// Writes `<span class="sentence" data-sentence="<id>">`, the text always as text. A sentence in
/// a claim also gets `data-claim`, `data-sharing` (`shared`, `elsewhere` or `unique`), a `title`
/// that says so, a place in the Tab order, and when shared, the claim's colour class and number
/// (`data-no`, shown as a badge). It is `is-dimmed` when a filter is on and it does not match;
/// matching search words are in `<mark>`.
pub fn sentence(html: &mut Markup, item: &Sentence, marks: &Marks) {
    let id = item.id.as_str();
    let index = marks.index;
    let mark = index.mark(id, marks.shown);
    let matches = marks.matches;
    let matching = !matches.is_active() || matches.contains(id);
    let mut class = html.open("span").value("class").text("sentence");
    if let Some(Sharing::Shared { colour }) = mark.map(|mark| mark.sharing) {
        class = class.text(" ").text(claim_class(colour));
    }
    if !matching {
        class = class.text(" is-dimmed");
    }
    let mut tag = class.end().attr("data-sentence", id);
    if let Some(mark) = mark {
        let (sharing, title) = match mark.sharing {
            Sharing::Shared { .. } => ("shared", "Claim shared with another shown outlet"),
            Sharing::Elsewhere => ("elsewhere", "Reported by an outlet not shown here"),
            Sharing::Unique => ("unique", "Only this outlet reports this"),
        };
        tag = tag.attr("data-claim", mark.claim).attr("data-sharing", sharing);
        tag = tag.attr("title", title).attr("tabindex", "0");
        if !index.differences_of_sentence(id).is_empty() {
            // A value here differs from another outlet's: marked by CSS, told on pointing at it.
            tag = tag.attr("data-differs", "");
        }
        if sharing == "shared" {
            let number = index.sentence(id).and_then(|info| info.claim).map_or(0, |claim| claim.index + 1);
            tag = tag.number("data-no", number);
        }
    }
    tag.end();
    if matching && matches.has_search() {
        html.marked(matches, &item.text);
    } else {
        html.text(&item.text);
    }
    html.close("span");
}

/// Writes sentences in a row, separated by spaces as in running text.
pub fn sentences<'s>(html: &mut Markup, items: impl IntoIterator<Item = &'s Sentence>, marks: &Marks) {
    for (n, item) in items.into_iter().enumerate() {
        if n > 0 {
            html.text(" ");
        }
        sentence(html, item, marks);
    }
}

/// Sets the highlight classes on the sentences under `root`: `is-active` on `active` (the
/// sentence hovered, focused with the keyboard or tapped, else the focused one), `is-focused` on
/// `focus` (the link's `s=`), and `is-counterpart` on each of `counterparts`; and takes them off
/// every other sentence.
pub fn set_highlights(root: &Element, active: Option<&str>, focus: Option<&str>, counterparts: &[&str]) {
    if let Ok(highlighted) = root.query_selector_all(".is-active, .is-focused, .is-counterpart") {
        for n in 0..highlighted.length() {
            if let Some(element) = highlighted.item(n).and_then(|node| node.dyn_into::<Element>().ok()) {
                for class in HIGHLIGHT_CLASSES {
                    let _ = element.class_list().remove_1(class);
                }
            }
        }
    }
    let wanted = [(active, HIGHLIGHT_CLASSES[0]), (focus, HIGHLIGHT_CLASSES[1])]
        .into_iter()
        .chain(counterparts.iter().map(|id| (Some(*id), HIGHLIGHT_CLASSES[2])));
    for (id, class) in wanted {
        let Some(id) = id else { continue };
        // Sentence ids are outlet ids (slugs) and numbers: safe inside a quoted selector.
        if let Ok(Some(element)) = root.query_selector(&format!("[data-sentence=\"{id}\"]")) {
            let _ = element.class_list().add_1(class);
        }
    }
}
