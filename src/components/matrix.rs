//! What the coverage and sources matrices share: the scrolling box, the table, its columns (one
//! per outlet, or groups of outlets when there are many) and their heads, written as [`Markup`].

use parallax_core::view::EventIndex;

use crate::components::markup::Markup;

/// Past this many columns the heads are written upwards, to keep the columns narrow.
const UPRIGHT_HEADS_FROM: usize = 7;

/// A column of a matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// One outlet (its position in the event).
    Outlet(u32),
    /// A group of outlets (positions), by number; open groups are followed by their outlets.
    Group {
        /// Its number, for `data-group` and the button's `value`.
        number: usize,
        /// Its outlets.
        outlets: Vec<u32>,
        /// Whether its outlets' own columns follow it.
        open: bool,
        /// Its label: where it starts and ends as guide words ("Ab–Cd": the first and last
        /// outlets' names cut to what tells them from the groups around), or its origin.
        label: String,
        /// Whether it is an origin (outlets that carry one text) rather than a stretch of names.
        origin: bool,
    },
}

/// The columns of a matrix of `index`'s event: one per outlet in article order, or, past
/// [`parallax_core::view::GROUPED_FROM`] outlets, groups in name order, the group `open` followed
/// by its outlets. `by_origin`: first one group per origin (its outlets side by side, the source
/// first), then the outlets in no origin as above.
pub fn columns(index: &EventIndex, open: Option<usize>, by_origin: bool) -> Vec<Column> {
    if !by_origin {
        let all: Vec<u32> = (0..index.outlets().len() as u32).collect();
        return by_name(index, &all, open, 0);
    }
    let (origins, alone) = index.origin_groups();
    let mut columns = Vec::with_capacity(origins.len() + alone.len());
    for (number, (origin, outlets)) in origins.iter().enumerate() {
        let open = open == Some(number);
        columns.push(Column::Group {
            number,
            outlets: outlets.clone(),
            open,
            label: index.origin_label(*origin),
            origin: true,
        });
        if open {
            columns.extend(outlets.iter().copied().map(Column::Outlet));
        }
    }
    columns.extend(by_name(index, &alone, open, origins.len()));
    columns
}

/// Columns for the outlets `outlets` (positions, in article order): one each, or past
/// [`parallax_core::view::GROUPED_FROM`] of them, groups in name order numbered from `first`.
fn by_name(index: &EventIndex, outlets: &[u32], open: Option<usize>, first: usize) -> Vec<Column> {
    if outlets.len() < parallax_core::view::GROUPED_FROM {
        return outlets.iter().copied().map(Column::Outlet).collect();
    }
    let groups = index.column_groups_of(outlets.len());
    let mut kept = vec![false; index.outlets().len()];
    for &outlet in outlets {
        if let Some(slot) = kept.get_mut(outlet as usize) {
            *slot = true;
        }
    }
    let by_name: Vec<u32> = index
        .outlets_by_name()
        .into_iter()
        .filter(|&o| kept.get(o as usize).copied().unwrap_or(false))
        .collect();
    let first_number = first;
    let name = |at: Option<usize>| {
        let outlet = at.and_then(|at| by_name.get(at)).copied();
        outlet
            .and_then(|outlet| index.event().articles.get(outlet as usize))
            .map_or("", |a| a.outlet.name.as_str())
    };
    let mut columns = Vec::with_capacity(groups.len() + 25);
    for (number, range) in groups.into_iter().enumerate() {
        // Each end told from the next group's (or, at either end of the list, from its own other end).
        let (start, end) = (name(Some(range.start)), name(range.end.checked_sub(1)));
        let before = range.start.checked_sub(1).map_or(end, |at| name(Some(at)));
        let after = if range.end < by_name.len() { name(Some(range.end)) } else { start };
        let first = guide_word(before, start);
        let last = guide_word(after, end);
        let outlets = by_name.get(range).unwrap_or(&[]).to_vec();
        let number = first_number + number;
        let open = open == Some(number);
        let members = if open { outlets.clone() } else { Vec::new() };
        columns.push(Column::Group {
            number,
            outlets,
            open,
            label: format!("{first}–{last}"),
            origin: false,
        });
        columns.extend(members.into_iter().map(Column::Outlet));
    }
    columns
}

/// As much of `name` as tells it from `neighbour` (one character past what they share, ignoring
/// case), at least two characters: a dictionary's guide word.
fn guide_word<'n>(neighbour: &str, name: &'n str) -> &'n str {
    let shared = name
        .chars()
        .zip(neighbour.chars())
        .take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
        .count();
    let end = name.char_indices().nth(shared.max(1) + 1).map_or(name.len(), |(at, _)| at);
    name.get(..end).unwrap_or(name).trim_end()
}

/// Opens a matrix: a focusable region labelled `label` that scrolls sideways, a
/// `table.matrix.<view>[data-view="<view>"]`, and its head row: `corner` over the row heads,
/// then a head per column: an outlet's `th[data-outlet]` (written upwards when there are many,
/// with the full name in a tooltip), or a group's `th[data-group]` holding a toggle button
/// (`data-action="open-group"`, `aria-expanded`) named after its first and last outlets. Close
/// it with [`close_matrix`] after the body rows.
pub fn open_matrix(
    html: &mut Markup,
    index: &EventIndex,
    columns: &[Column],
    view: &str,
    label: &str,
    corner: &str,
) {
    let event = index.event();
    let region = html.open("div").attr("class", "table-scroll").attr("tabindex", "0").attr("role", "region");
    region.value("aria-label").text(label).text(" (scrolls sideways)").end().end();
    let mut class = html.open("table").value("class").text("matrix ").text(view);
    if columns.len() >= UPRIGHT_HEADS_FROM {
        class = class.text(" upright");
    }
    // The column count sizes a fixed-layout table in CSS (cheaper to lay out than an auto one).
    let table = class.end().value("style").text("--outlets:").number(columns.len()).end();
    table.attr("data-view", view).end().open("thead").end().open("tr").end();
    html.open("th").attr("scope", "col").attr("class", "corner").end().text(corner).close("th");
    let name =
        |outlet: u32| event.articles.get(outlet as usize).map_or("", |article| article.outlet.name.as_str());
    for column in columns {
        match column {
            Column::Outlet(outlet) => {
                let id = index.outlets().get(*outlet as usize).copied().unwrap_or_default();
                html.open("th").attr("scope", "col").attr("data-outlet", id).end();
                let name = name(*outlet);
                html.open("span").attr("title", name).end().text(name).close("span").close("th");
            }
            Column::Group { number, outlets, open, label, origin } => {
                let (first, last) = (outlets.first().copied(), outlets.last().copied());
                let (first, last) = (first.map_or("", name), last.map_or("", name));
                let mut th =
                    html.open("th").attr("scope", "col").attr("class", "group").number("data-group", *number);
                if *origin {
                    th = th.attr("data-origin", "");
                }
                let button = th.end().open("button").attr("type", "button").attr("class", "group-toggle");
                let button = button.attr("data-action", "open-group").number("value", *number);
                let title = button.attr("aria-expanded", if *open { "true" } else { "false" }).value("title");
                let title = if *origin {
                    let names: Vec<&str> = outlets.iter().map(|&o| name(o)).collect();
                    title.text(&names.join(", "))
                } else {
                    title.text(first).text(" … ").text(last)
                };
                title.end().end().text(label);
                if !*origin {
                    html.text(" ").open("span").attr("class", "group-size").end();
                    html.text("(").number(outlets.len()).text(")").close("span");
                }
                html.close("button").close("th");
            }
        }
    }
    html.close("tr").close("thead").open("tbody").end();
}

/// Writes a group's cell: how many of its outlets `count` says yes to, as a number with a shade
/// (`data-share`, 0 to 4), and the same in words for screen readers.
pub fn group_cell(html: &mut Markup, outlets: &[u32], count: impl Fn(u32) -> bool, what: &str) {
    let yes = outlets.iter().filter(|&&outlet| count(outlet)).count();
    let share = if yes == 0 { 0 } else { 1 + yes * 3 / outlets.len().max(1) };
    let label = html.open("td").attr("class", "group").number("data-share", share).value("aria-label");
    label.number(yes).text(" of ").number(outlets.len()).text(" outlets ").text(what).end().end();
    html.number(yes).close("td");
}

/// Closes a matrix opened with [`open_matrix`].
pub fn close_matrix(html: &mut Markup) {
    html.close("tbody").close("table").close("div");
}

#[cfg(test)]
mod tests {
    use super::guide_word;

    #[test]
    fn guide_words_are_cut_where_neighbours_differ() {
        assert_eq!(guide_word("The Canal Times", "The Capital Herald"), "The Cap");
        assert_eq!(guide_word("", "Reuters"), "Re");
        assert_eq!(guide_word("Zeta", "Alpha Post"), "Al");
        assert_eq!(guide_word("THE MIRROR", "the mirror daily"), "the mirror");
        assert_eq!(guide_word("Ärzte", "Ä"), "Ä");
    }
}
