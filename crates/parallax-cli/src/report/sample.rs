//! A small hand-built event and analysis for the report builders' unit tests: fixed, so that
//! the tests check the builders and not the engine.

use parallax_core::analysis::{
    Attribution, Claim, DetailKind, DetailValue, DiffOp, Difference, EventAnalysis, Origin, OriginKind,
    OriginMember, OutletCoverage, Place, QuoteFamily, QuoteVariant, SourceKind, Topic,
};
use parallax_core::model::{Article, Block, Embed, Event, Outlet, Piece, Removal, RemovalReason, Sentence};

fn sentence(id: &str, text: &str) -> Sentence {
    Sentence { id: id.to_string(), text: text.to_string() }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

/// Two outlets, one shared claim, one unique claim each, a quote in two wordings, a credit, an
/// embed, a topic and some removed boilerplate.
pub fn event() -> Event {
    let north = Article {
        file: "north.txt".into(),
        outlet: Outlet { id: "north".into(), name: "North | Post".into() },
        headline: Some("Bridge *closed* after crash".into()),
        published: Some("2025-05-01".into()),
        blocks: vec![
            Block::Removed(Removal { text: " date 2025-05-01".into(), reason: RemovalReason::DateLine }),
            Block::Paragraph(vec![
                Piece::Sentence(sentence(
                    "north-1",
                    "The river bridge was closed on Monday after a crash, Reuters reported.",
                )),
                Piece::Removed(Removal {
                    text: "ALSO READ: Other news".into(),
                    reason: RemovalReason::Promo,
                }),
                Piece::Sentence(sentence("north-2", "\"We will reopen it by Friday,\" the mayor said.")),
            ]),
            Block::Heading(sentence("north-3", "Traffic diverted")),
            Block::Embed(Embed {
                sentences: vec![sentence("north-4", "Bridge closed, use the ferry.")],
                author: Some("City Hall".into()),
                handle: Some("cityhall".into()),
                date: Some("May 1, 2025".into()),
                signature: Some("pic.twitter.com/abc — City Hall (@cityhall) May 1, 2025".into()),
            }),
        ],
        word_count: 17,
        ..Article::default()
    };
    let south = Article {
        file: "south.txt".into(),
        outlet: Outlet { id: "south".into(), name: "South Times".into() },
        via: Some("NewsPile".into()),
        blocks: vec![Block::Paragraph(vec![
            Piece::Sentence(sentence("south-1", "A crash closed the river bridge on Monday.")),
            Piece::Sentence(sentence("south-2", "The mayor said: \"We will reopen it by the weekend.\"")),
        ])],
        word_count: 15,
        ..Article::default()
    };
    Event {
        id: "bridge-crash".into(),
        title: "Bridge crash".into(),
        date: Some("2025-05-01".into()),
        summary: Some("A crash closed the river bridge.".into()),
        articles: vec![north, south],
        topics: Vec::new(),
    }
}

/// The analysis that goes with [`event`].
pub fn analysis() -> EventAnalysis {
    EventAnalysis {
        event_id: "bridge-crash".into(),
        claims: vec![
            Claim {
                id: "c1".into(),
                sentences: strings(&["north-1", "south-1"]),
                outlets: strings(&["north", "south"]),
            },
            Claim { id: "c2".into(), sentences: strings(&["north-3"]), outlets: strings(&["north"]) },
            Claim { id: "c3".into(), sentences: strings(&["south-2"]), outlets: strings(&["south"]) },
        ],
        quotes: vec![QuoteFamily {
            id: "q1".into(),
            speaker: Some("the mayor".into()),
            canonical: "We will reopen it by Friday.".into(),
            variants: vec![
                QuoteVariant {
                    outlet: "north".into(),
                    sentence: "north-2".into(),
                    text: "We will reopen it by Friday,".into(),
                    partial: false,
                    diff: vec![DiffOp::Same("We will reopen it by Friday,".into())],
                },
                QuoteVariant {
                    outlet: "south".into(),
                    sentence: "south-2".into(),
                    text: "We will reopen it by the weekend.".into(),
                    partial: true,
                    diff: vec![
                        DiffOp::Same("We will reopen it by".into()),
                        DiffOp::Removed("Friday,".into()),
                        DiffOp::Inserted("the weekend.".into()),
                    ],
                },
            ],
        }],
        attributions: vec![
            Attribution {
                outlet: "north".into(),
                source: "Reuters".into(),
                kind: SourceKind::Agency,
                sentence: "north-1".into(),
            },
            Attribution {
                outlet: "north".into(),
                source: "City Hall".into(),
                kind: SourceKind::SocialPost,
                sentence: "north-4".into(),
            },
        ],
        topics: vec![Topic {
            id: "traffic".into(),
            label: "Traffic".into(),
            automatic: true,
            sentences: strings(&["north-1", "north-3", "south-1"]),
        }],
        coverage: vec![
            OutletCoverage {
                outlet: "north".into(),
                sentences: 3,
                words: 17,
                quotes: 1,
                shared_claims: 1,
                unique_claims: 1,
                claim_share: 2.0 / 3.0,
                topic_share: vec![("traffic".into(), 2.0 / 3.0)],
            },
            OutletCoverage {
                outlet: "south".into(),
                sentences: 2,
                words: 15,
                quotes: 1,
                shared_claims: 1,
                unique_claims: 1,
                claim_share: f32::NAN,
                topic_share: vec![("traffic".into(), 0.5)],
            },
        ],
        origins: vec![Origin {
            id: "o1".into(),
            articles: strings(&["north", "south"]),
            source: Some("Reuters".into()),
            kind: OriginKind::Wire,
            shared: 0.5,
            members: vec![
                OriginMember {
                    outlet: "north".into(),
                    closest: "south".into(),
                    shared: 0.4,
                    reworded: false,
                },
                OriginMember { outlet: "south".into(), closest: "north".into(), shared: 0.5, reworded: true },
            ],
        }],
        differences: vec![Difference {
            claim: "c1".into(),
            kind: DetailKind::Date,
            about: "closed".into(),
            values: vec![
                DetailValue { outlet: "north".into(), sentence: "north-1".into(), text: "Monday".into() },
                DetailValue { outlet: "south".into(), sentence: "south-1".into(), text: "Sunday".into() },
            ],
        }],
        placements: vec![vec![Place::Headline, Place::Lead], vec![Place::End], vec![Place::Body]],
    }
}
