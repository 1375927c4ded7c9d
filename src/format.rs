//! Plain-text formatting for display: dates, counts and labels. Pure, so it is tested on the host.

use parallax_core::analysis::EventAnalysis;
use parallax_core::calendar::MONTHS;
use parallax_core::link::{EventView, Layout, Page, Sort};
use parallax_core::model::Embed;

/// A `YYYY-MM-DD` date written out for readers ("3 July 2025"); anything else is returned as is.
pub fn date(iso: &str) -> String {
    let mut parts = iso.trim().splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let all_digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(year, 4) && all_digits(month, 2) && all_digits(day, 2)) {
        return iso.to_string();
    }
    let month_name = month.parse::<usize>().ok().and_then(|m| m.checked_sub(1)).and_then(|m| MONTHS.get(m));
    match (day.parse::<u8>(), month_name) {
        (Ok(day @ 1..=31), Some(month_name)) => format!("{day} {month_name} {year}"),
        _ => iso.to_string(),
    }
}

/// A count with its noun, thousands grouped: "1 outlet", "1,204 words" (the core's, which the
/// link notices use too).
pub use parallax_core::count::count;

/// The label over an embedded post: "Embedded post by Name (@handle)", with whatever is known.
pub fn embed_label(embed: &Embed) -> String {
    let author = embed.author.as_deref().map(str::trim).filter(|name| !name.is_empty());
    let handle = embed.handle.as_deref().map(|h| h.trim().trim_start_matches('@')).filter(|h| !h.is_empty());
    match (author, handle) {
        (Some(author), Some(handle)) => format!("Embedded post by {author} (@{handle})"),
        (Some(author), None) => format!("Embedded post by {author}"),
        (None, Some(handle)) => format!("Embedded post by @{handle}"),
        (None, None) => "Embedded post".to_string(),
    }
}

/// What a view has in force, in one line, for the folded controls of phones: on the compare
/// page the layout, its order, the outlets and the removed text; on every page the topics (by
/// label) and the search, with how many sentences `matching` match, or "No filter".
pub fn view_summary(view: &EventView, analysis: &EventAnalysis, matching: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    if view.page == Page::Compare {
        let layout = if view.layout == Layout::Align { "Align" } else { "Read" };
        parts.push(format!("{layout}, {}", count(view.compare.outlets.len(), "outlet", "outlets")));
        if view.layout == Layout::Align && view.sort == Sort::Unique {
            parts.push("one-outlet claims first".into());
        }
        if view.compare.show_removed {
            parts.push("removed text shown".into());
        }
    }
    let labels: Vec<&str> = analysis
        .topics
        .iter()
        .filter(|topic| view.filter.has_topic(&topic.id))
        .map(|topic| topic.label.as_str())
        .collect();
    if !labels.is_empty() {
        parts.push(labels.join(", "));
    }
    if !view.filter.text.is_empty() {
        parts.push(format!("“{}”", view.filter.text));
    }
    if view.filter.is_empty() {
        parts.push("No filter".into());
    } else {
        parts.push(format!("{} match", count(matching, "sentence", "sentences")));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_and_odd_ones_kept() {
        assert_eq!(date("2025-07-03"), "3 July 2025");
        assert_eq!(date("1999-12-31"), "31 December 1999");
        for odd in [
            "",
            "2025",
            "2025-13-01",
            "2025-00-10",
            "2025-07-00",
            "2025-07-32",
            "25-07-03",
            "2025-07-3",
            "२०२५-07-03",
        ] {
            assert_eq!(date(odd), odd);
        }
    }

    #[test]
    fn the_summary_names_what_is_in_force() {
        use parallax_core::analysis::Topic;
        use parallax_core::link::{CompareView, Filter};
        let topic = |id: &str, label: &str| Topic { id: id.into(), label: label.into(), ..Topic::default() };
        let analysis = EventAnalysis {
            topics: vec![topic("iran", "Iran"), topic("war", "Ukraine war")],
            ..EventAnalysis::default()
        };
        let overview = EventView::default();
        assert_eq!(view_summary(&overview, &analysis, 10), "No filter");
        let filtered = EventView {
            filter: Filter { topics: vec!["war".into(), "iran".into()], text: "ceasefire".into() },
            ..EventView::default()
        };
        assert_eq!(
            view_summary(&filtered, &analysis, 1),
            "Iran, Ukraine war · “ceasefire” · 1 sentence match"
        );
        let compare = EventView {
            page: Page::Compare,
            compare: CompareView { outlets: vec!["a".into(), "b".into()], show_removed: true },
            layout: Layout::Align,
            sort: Sort::Unique,
            ..EventView::default()
        };
        assert_eq!(
            view_summary(&compare, &analysis, 5),
            "Align, 2 outlets · one-outlet claims first · removed text shown · No filter"
        );
    }

    #[test]
    fn embed_labels_say_what_is_known() {
        let embed = |author: Option<&str>, handle: Option<&str>| Embed {
            author: author.map(String::from),
            handle: handle.map(String::from),
            ..Embed::default()
        };
        assert_eq!(embed_label(&embed(Some("Jane Doe"), Some("jdoe"))), "Embedded post by Jane Doe (@jdoe)");
        assert_eq!(embed_label(&embed(Some("Jane Doe"), Some("@jdoe"))), "Embedded post by Jane Doe (@jdoe)");
        assert_eq!(embed_label(&embed(Some("Jane Doe"), None)), "Embedded post by Jane Doe");
        assert_eq!(embed_label(&embed(None, Some("jdoe"))), "Embedded post by @jdoe");
        assert_eq!(embed_label(&embed(Some(" "), Some(""))), "Embedded post");
    }
}
