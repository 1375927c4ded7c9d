//! Property tests: no text makes any analysis step panic, and the results stay consistent.

use std::collections::BTreeSet;

use parallax_core::analysis::analyse;
use parallax_core::analysis::document::Document;
use parallax_core::analysis::text::tokenize;
use parallax_core::model::{
    Article, Block, Embed, Event, Outlet, Piece, Removal, RemovalReason, Sentence, TopicDef,
};
use proptest::prelude::*;

/// Text built from the characters that matter to the engine: quotes of every style,
/// apostrophes, capitals, digits, punctuation, accents, combining marks and emoji.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just(" said ".to_string()),
        Just(", he said, ".to_string()),
        Just(" according to ".to_string()),
        Just(" the US leader ".to_string()),
        Just("RT".to_string()),
        Just("U.S.".to_string()),
        Just("Reuters reported".to_string()),
        Just("President Ana Duarte".to_string()),
        Just(" on X ".to_string()),
        Just("MOSCOW (AP) — ".to_string()),
        Just("By:BLOOMBERG".to_string()),
        Just("(AP Photo/".to_string()),
        Just(", who ".to_string()),
        Just(" told ".to_string()),
        Just(" a spokesman for the ".to_string()),
        Just(" Samuel A. Alito Jr. ".to_string()),
        Just("’s ".to_string()),
        Just("50,000".to_string()),
        Just("sixth".to_string()),
        Just("é\u{301}".to_string()),
        Just("🙂".to_string()),
        "[A-Za-z]{1,9}",
        "[ .,:;!?—–-]{1,3}",
        "[0-9]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|parts| parts.concat())
}

fn block(outlet: usize, n: &mut usize) -> impl Strategy<Value = Block> {
    let _ = (outlet, n);
    prop_oneof![
        4 => prop::collection::vec(text(), 1..4).prop_map(|texts| Block::Paragraph(
            texts.into_iter().map(|text| Piece::Sentence(Sentence { id: String::new(), text })).collect()
        )),
        1 => text().prop_map(|text| Block::Heading(Sentence { id: String::new(), text })),
        1 => (text(), proptest::option::of("[A-Za-z ]{0,12}"), proptest::option::of("[a-z]{0,8}")).prop_map(
            |(text, author, handle)| Block::Embed(Embed {
                sentences: vec![Sentence { id: String::new(), text }],
                author,
                handle,
                ..Embed::default()
            })
        ),
        1 => text().prop_map(|text| Block::Removed(Removal { text, reason: RemovalReason::Promo })),
    ]
}

/// Gives every sentence a unique id `<outlet>-<n>` in reading order.
fn number(article: &mut Article) {
    let outlet = article.outlet.id.clone();
    let mut n = 0;
    let mut next = || {
        n += 1;
        format!("{outlet}-{n}")
    };
    for block in &mut article.blocks {
        match block {
            Block::Heading(sentence) => sentence.id = next(),
            Block::Paragraph(pieces) => {
                for piece in pieces {
                    if let Piece::Sentence(sentence) = piece {
                        sentence.id = next();
                    }
                }
            }
            Block::Embed(embed) => {
                for sentence in &mut embed.sentences {
                    sentence.id = next();
                }
            }
            Block::Removed(_) => {}
        }
    }
}

fn event() -> impl Strategy<Value = Event> {
    let article = prop::collection::vec(block(0, &mut 0), 0..6);
    let topics = prop::collection::vec(
        ("[a-z]{1,6}", text(), prop::collection::vec(text(), 0..3))
            .prop_map(|(id, label, keywords)| TopicDef { id, label, keywords }),
        0..3,
    );
    (prop::collection::vec(article, 0..5), topics).prop_map(|(articles, topics)| Event {
        id: "random".into(),
        articles: articles
            .into_iter()
            .enumerate()
            .map(|(i, blocks)| {
                let mut article = Article {
                    outlet: Outlet { id: format!("o{i}"), name: format!("Outlet {i}") },
                    blocks,
                    ..Article::default()
                };
                number(&mut article);
                article
            })
            .collect(),
        topics,
        ..Event::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_text_makes_the_engine_panic(event in event()) {
        let analysis = analyse(&event);
        // Every own sentence is in a claim (a sentence that states several facts may be in
        // several), a claim holds a sentence once, no claim holds another, and every id the
        // analysis gives exists.
        let own: BTreeSet<String> =
            event.articles.iter().flat_map(|a| a.own_sentences()).map(|s| s.id.clone()).collect();
        let in_claims: BTreeSet<String> = analysis.claims.iter().flat_map(|c| c.sentences.clone()).collect();
        prop_assert_eq!(&in_claims, &own);
        let sets: Vec<BTreeSet<&String>> = analysis.claims.iter().map(|c| c.sentences.iter().collect()).collect();
        for (i, claim) in analysis.claims.iter().enumerate() {
            prop_assert_eq!(sets[i].len(), claim.sentences.len());
            for (j, other) in sets.iter().enumerate() {
                prop_assert!(i == j || !sets[i].is_subset(other), "{:?} holds {:?}", other, sets[i]);
            }
        }
        for family in &analysis.quotes {
            prop_assert!(!family.variants.is_empty());
            for variant in &family.variants {
                prop_assert!(own.contains(&variant.sentence));
            }
        }
        for topic in &analysis.topics {
            for id in &topic.sentences {
                prop_assert!(own.contains(id));
            }
        }
        let all: BTreeSet<String> =
            event.articles.iter().flat_map(|a| a.sentences()).map(|(s, _)| s.id.clone()).collect();
        for credit in &analysis.attributions {
            prop_assert!(all.contains(&credit.sentence) && !credit.source.trim().is_empty(), "{:?}", credit);
        }
        // Origins name each outlet of the event once; differences and placements name claims,
        // outlets and sentences of the event.
        let outlets: BTreeSet<&str> = event.articles.iter().map(|a| a.outlet.id.as_str()).collect();
        let mut grouped = BTreeSet::new();
        for origin in &analysis.origins {
            prop_assert!(origin.articles.len() >= 2);
            for outlet in &origin.articles {
                prop_assert!(outlets.contains(outlet.as_str()) && grouped.insert(outlet.clone()));
            }
            prop_assert!((0.0..=1.0).contains(&origin.shared));
        }
        let claims: BTreeSet<&str> = analysis.claims.iter().map(|c| c.id.as_str()).collect();
        for difference in &analysis.differences {
            prop_assert!(claims.contains(difference.claim.as_str()));
            prop_assert!(difference.values.len() >= 2);
            for value in &difference.values {
                prop_assert!(own.contains(&value.sentence) && outlets.contains(value.outlet.as_str()));
            }
        }
        prop_assert_eq!(analysis.placements.len(), analysis.claims.len());
        for (places, claim) in analysis.placements.iter().zip(&analysis.claims) {
            prop_assert_eq!(places.len(), claim.outlets.len());
        }
        prop_assert_eq!(analysis.coverage.len(), event.articles.len());
        for row in &analysis.coverage {
            prop_assert!((0.0..=1.0).contains(&row.claim_share));
            for (_, share) in &row.topic_share {
                prop_assert!((0.0..=1.0).contains(share));
            }
        }
    }

    #[test]
    fn quote_marks_never_split_a_character(text in text()) {
        for span in parallax_core::analysis::quotes::marks::find_spans(&text) {
            prop_assert!(text.get(span.inner.clone()).is_some());
            prop_assert!(span.open < span.inner.start || span.inner.is_empty());
        }
        for token in parallax_core::analysis::text::tokenize(&text) {
            prop_assert!(text.get(token.span.clone()).is_some());
        }
    }

    /// A passage's tokens, put together from its sentences' tokens, are what reading its text
    /// gives (spans, sentence starts and all).
    #[test]
    fn passage_tokens_are_the_tokens_of_the_passage_text(event in event()) {
        let doc = Document::new(&event);
        for passage in &doc.passages {
            prop_assert_eq!(doc.passage_tokens(passage), tokenize(&passage.text), "{:?}", passage.text);
        }
    }

    /// Sentences that read the same share their tokens, which are those of their text.
    #[test]
    fn repeated_sentences_share_their_tokens(event in event()) {
        let doc = Document::new(&event);
        for (index, unit) in doc.units.iter().enumerate() {
            prop_assert!(unit.wording <= index);
            let first = &doc.units[unit.wording];
            prop_assert_eq!(&first.sentence.text, &unit.sentence.text);
            prop_assert_eq!(&unit.tokens[..], &tokenize(&unit.sentence.text)[..]);
        }
    }
}
