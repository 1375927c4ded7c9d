//! Host tests of the view module: a small hand-made event whose every answer is known, the
//! seed event through the real ingest and engine, and an ignored timing check.

use crate::analysis::{
    Attribution, Claim, DiffOp, EventAnalysis, QuoteFamily, QuoteVariant, SourceKind, Topic,
};
use crate::model::{Article, Block, Embed, Event, Outlet, Piece, Removal, RemovalReason, Sentence};

mod actions;
mod differences;
mod filtering;
mod lookups;
mod seeds;
mod tables;
mod timing;

fn sentence(id: &str, text: &str) -> Sentence {
    Sentence { id: id.to_string(), text: text.to_string() }
}

fn article(outlet: &str, blocks: Vec<Block>) -> Article {
    Article {
        outlet: Outlet { id: outlet.to_string(), name: outlet.to_uppercase() },
        blocks,
        ..Article::default()
    }
}

fn paragraph(sentences: &[(&str, &str)]) -> Block {
    Block::Paragraph(sentences.iter().map(|(id, text)| Piece::Sentence(sentence(id, text))).collect())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

/// Three outlets, nine sentences (one in an embedded post), six claims, three topics.
///
/// | claim | alpha | beta | gamma |
/// | --- | --- | --- | --- |
/// | c1 | alpha-1 | | |
/// | c2 | alpha-2 | beta-1 | gamma-1 |
/// | c3 | alpha-3 | beta-3 | |
/// | c4 | | beta-2 | |
/// | c5 | alpha-4 | | |
/// | c6 | | | gamma-2, gamma-3 |
pub(crate) fn small_event() -> Event {
    let alpha = article(
        "alpha",
        vec![
            Block::Heading(sentence("alpha-1", "Leaders talk by phone")),
            Block::Paragraph(vec![
                Piece::Sentence(sentence("alpha-2", "The two leaders spoke for an hour on Thursday.")),
                Piece::Removed(Removal { text: "READ MORE".into(), reason: RemovalReason::Promo }),
                Piece::Sentence(sentence("alpha-3", "They discussed the ceasefire in Ukraine.")),
            ]),
            paragraph(&[("alpha-4", "Café owners in Kyiv said they were “not consulted”.")]),
            Block::Embed(Embed {
                sentences: vec![sentence("alpha-5", "A post about the CALL.")],
                author: Some("Donald Trump".into()),
                ..Embed::default()
            }),
        ],
    );
    let beta = article(
        "beta",
        vec![
            paragraph(&[
                ("beta-1", "The presidents spoke for an hour on Thursday."),
                ("beta-2", "Weapons shipments were paused."),
                ("beta-3", "The ceasefire in Ukraine was discussed."),
            ]),
            Block::Removed(Removal { text: "Share.".into(), reason: RemovalReason::Widget }),
        ],
    );
    let gamma = article(
        "gamma",
        vec![paragraph(&[
            ("gamma-1", "Presidents talked for one hour."),
            ("gamma-2", "Markets rose."),
            ("gamma-3", "Markets rose again, and traders said the call had calmed nerves across Europe."),
        ])],
    );
    Event { id: "ev".into(), title: "Event".into(), articles: vec![alpha, beta, gamma], ..Event::default() }
}

pub(crate) fn small_analysis() -> EventAnalysis {
    let claim = |n: usize, sentences: &[&str]| Claim {
        id: format!("c{n}"),
        sentences: strings(sentences),
        ..Claim::default()
    };
    let topic = |id: &str, label: &str, sentences: &[&str]| Topic {
        id: id.into(),
        label: label.into(),
        automatic: false,
        sentences: strings(sentences),
    };
    let variant = |outlet: &str, sentence: &str, text: &str, diff: Vec<DiffOp>| QuoteVariant {
        outlet: outlet.into(),
        sentence: sentence.into(),
        text: text.into(),
        partial: false,
        diff,
    };
    let credit = |outlet: &str, source: &str, kind: SourceKind, sentence: &str| Attribution {
        outlet: outlet.into(),
        source: source.into(),
        kind,
        sentence: sentence.into(),
    };
    EventAnalysis {
        event_id: "ev".into(),
        claims: vec![
            claim(1, &["alpha-1"]),
            claim(2, &["gamma-1", "beta-1", "alpha-2"]),
            claim(3, &["beta-3", "alpha-3", "nope-1"]),
            claim(4, &["beta-2"]),
            claim(5, &["alpha-4"]),
            claim(6, &["gamma-3", "gamma-2"]),
        ],
        quotes: vec![
            QuoteFamily {
                id: "q1".into(),
                speaker: Some("Vladimir Putin".into()),
                canonical: "spoke for an hour".into(),
                variants: vec![
                    variant(
                        "alpha",
                        "alpha-2",
                        "spoke for an hour",
                        vec![DiffOp::Same("spoke for an hour".into())],
                    ),
                    variant(
                        "beta",
                        "beta-1",
                        "spoke for one hour",
                        vec![
                            DiffOp::Same("spoke for".into()),
                            DiffOp::Removed("an".into()),
                            DiffOp::Inserted("one".into()),
                            DiffOp::Same("hour".into()),
                        ],
                    ),
                ],
            },
            QuoteFamily {
                id: "q2".into(),
                speaker: None,
                canonical: "not consulted".into(),
                variants: vec![variant("alpha", "alpha-4", "not consulted", Vec::new())],
            },
            QuoteFamily {
                id: "q3".into(),
                speaker: Some("Donald Trump".into()),
                canonical: "paused".into(),
                variants: vec![variant("beta", "beta-2", "paused", Vec::new())],
            },
            QuoteFamily {
                id: "q4".into(),
                speaker: Some("Vladimir Putin".into()),
                canonical: "ceasefire".into(),
                variants: vec![variant("beta", "beta-3", "ceasefire", Vec::new())],
            },
        ],
        attributions: vec![
            credit("alpha", "Reuters", SourceKind::Media, "alpha-2"),
            credit("alpha", "Reuters", SourceKind::Media, "alpha-3"),
            credit("alpha", "Donald Trump", SourceKind::SocialPost, "alpha-5"),
            credit("beta", "TASS", SourceKind::Media, "beta-3"),
            credit("beta", "Reuters", SourceKind::Media, "beta-1"),
            credit("beta", "Reuters", SourceKind::Media, "beta-1"),
            credit("gamma", "Kremlin", SourceKind::Institution, "gamma-1"),
            credit("gamma", "Ghost", SourceKind::Media, "gamma-99"),
        ],
        topics: vec![
            topic("ukraine-war", "Ukraine war", &["alpha-3", "beta-3", "alpha-4"]),
            topic("weapons-pause", "Weapons pause", &["beta-2", "nope-7"]),
            topic("the-call", "The call", &["alpha-1", "alpha-2", "beta-1", "gamma-1", "alpha-1"]),
        ],
        coverage: Vec::new(),
        origins: Vec::new(),
        differences: Vec::new(),
        placements: Vec::new(),
    }
}

/// Asserts that two indexes of the same event agree on everything they hold (one built from
/// scratch, one from shipped tables, say).
pub(crate) fn assert_same_index(a: &super::EventIndex, b: &super::EventIndex) {
    let debug = |value: &dyn std::fmt::Debug| format!("{value:?}");
    assert_eq!(debug(&a.sentences), debug(&b.sentences), "sentences");
    assert_eq!(debug(&a.claims), debug(&b.claims), "claims");
    assert_eq!(a.outlets, b.outlets, "outlets");
    assert_eq!(debug(&a.outlet_facts), debug(&b.outlet_facts), "outlet facts");
    for claim in 0..a.claims.len() {
        assert_eq!(a.members_of(claim), b.members_of(claim), "members of claim {claim}");
    }
    for topic in 0..a.analysis.topics.len().max(b.analysis.topics.len()) {
        assert_eq!(a.topic_members(topic), b.topic_members(topic), "members of topic {topic}");
    }
    for entry in &a.sentences {
        assert_eq!(a.topics_of(entry.id).collect::<Vec<_>>(), b.topics_of(entry.id).collect::<Vec<_>>());
    }
}

#[test]
fn an_index_from_tables_is_the_index_from_scratch() {
    let (event, analysis) = (small_event(), small_analysis());
    let tables = super::IndexTables::new(&event, &analysis);
    let from_tables = super::EventIndex::with_tables(&event, &analysis, &tables);
    assert_same_index(&super::EventIndex::new(&event, &analysis), &from_tables);
    // Tables of another event cost entries, never a panic.
    let other = super::IndexTables { members: vec![999, 3], topic_members: vec![u32::MAX], ..tables };
    let odd = super::EventIndex::with_tables(&event, &analysis, &other);
    assert!(odd.claim(0).is_some());
    let empty = super::EventIndex::with_tables(&event, &analysis, &super::IndexTables::default());
    assert_eq!(empty.claim(0), None);
    assert_eq!(empty.sentence_count(), 11);
}

#[test]
fn outlet_facts_count_claims_and_rank_names() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = super::EventIndex::new(&event, &analysis);
    let facts: Vec<(u32, u32, u32)> =
        index.outlet_facts.iter().map(|facts| (facts.claims, facts.unique, facts.name_rank)).collect();
    // alpha: c1 c2 c3 c5 (c1 and c5 its own); beta: c2 c3 c4 (c4); gamma: c2 c6 (c6).
    assert_eq!(facts, [(4, 2, 0), (3, 1, 1), (2, 1, 2)]);
}
