//! What both report formats look up in one event: the core's [`view::EventIndex`] (sentences,
//! claims, topics, places), plus outlet display names by id.
//!
//! The report walks an article's sentences with [`parallax_core::model::Article::placed_sentences`],
//! the core's one walk; nothing here indexes the event again.

use std::collections::HashMap;

use parallax_core::analysis::EventAnalysis;
use parallax_core::model::Event;
use parallax_core::view;

/// One event of a report: the core's index of it and its outlets' display names.
pub struct ReportEvent<'a> {
    /// The core's index of the event and its analysis.
    pub view: view::EventIndex<'a>,
    outlet_names: HashMap<&'a str, &'a str>,
}

impl<'a> ReportEvent<'a> {
    /// Indexes an event and its analysis.
    pub fn new(event: &'a Event, analysis: &'a EventAnalysis) -> ReportEvent<'a> {
        let outlet_names = event
            .articles
            .iter()
            .map(|article| (article.outlet.id.as_str(), article.outlet.name.as_str()))
            .collect();
        ReportEvent { view: view::EventIndex::new(event, analysis), outlet_names }
    }

    /// The event.
    pub fn event(&self) -> &'a Event {
        self.view.event()
    }

    /// The engine's findings.
    pub fn analysis(&self) -> &'a EventAnalysis {
        self.view.analysis()
    }

    /// The text of the sentence with this id, or a marker when the id is unknown.
    pub fn sentence_text(&self, id: &str) -> &'a str {
        self.view.sentence(id).map_or("(unknown sentence)", |sentence| sentence.text)
    }

    /// The display name of an outlet id, or the id itself when the event does not know it.
    pub fn outlet_name<'b>(&self, id: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.outlet_names.get(id).copied().unwrap_or(id)
    }

    /// The outlet ids of the event, in article order.
    pub fn outlet_ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.view.outlets().iter().copied()
    }
}
