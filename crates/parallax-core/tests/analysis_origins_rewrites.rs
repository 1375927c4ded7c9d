//! Origins on small hand-made events: a rewrite that keeps another article's order of facts and
//! its rarer words, though hardly one of its sentences survives whole, is a copy; reports of the
//! same event written apart are not.

use parallax_core::analysis::{analyse, EventAnalysis};
use parallax_core::model::{Article, Block, Event, Outlet, Piece, Sentence};

/// An article of one-sentence paragraphs; ids are `<outlet>-<n>`.
fn article(outlet: &str, sentences: &[&str]) -> Article {
    let blocks = sentences
        .iter()
        .enumerate()
        .map(|(n, text)| {
            Block::Paragraph(vec![Piece::Sentence(Sentence {
                id: format!("{outlet}-{n}"),
                text: text.to_string(),
            })])
        })
        .collect();
    Article {
        file: format!("{outlet}.txt"),
        outlet: Outlet { id: outlet.into(), name: outlet.into() },
        blocks,
        ..Article::default()
    }
}

/// A report of a warehouse fire.
const FIRST: &[&str] = &[
    "A fire tore through a textile warehouse in the port city of Maridon on Sunday night, and firefighters battled the blaze for nine hours before bringing it under control.",
    "The warehouse stored bales of cotton and polyester that fed the flames, according to the regional fire brigade.",
    "Investigators suspect a faulty electrical panel near the loading bay, though the cause has not been confirmed.",
    "Smoke drifted across the harbour and the authorities told residents of the Vell quarter to keep their windows shut.",
    "The owner, the Castellan trading group, said the building was insured and that its night guard escaped unhurt.",
    "Customs officials estimated the stock lost at close to 40 million in local currency.",
];

/// The same report rewritten: sentences split and joined, most small words and many verbs
/// changed, the order of facts and the rarer words kept.
const REWRITE: &[&str] = &[
    "Firefighters spent nine hours on Sunday night taming flames that ripped through a Maridon textile warehouse in the port city.",
    "Cotton bales and polyester stored inside fed the fire, the brigade of the region reports, while a faulty panel (electrical) near the bay used for loading is what investigators suspect.",
    "Nothing has confirmed that cause yet.",
    "As smoke from the blaze drifted across the harbour, authorities asked the Vell quarter's residents to shut windows.",
    "Insured, says the building's owner, Castellan trading group, whose guard on night duty escaped unhurt.",
    "Losses of stock came close to 40 million in local currency, by the estimate of customs officials.",
];

/// Reports of the same fire written apart, with the event's common words.
const OTHERS: &[&[&str]] = &[
    &[
        "A huge fire destroyed a warehouse in Maridon on Sunday, sending black smoke over the city.",
        "No one was hurt, the mayor told reporters on Monday morning.",
        "Videos posted online showed flames leaping from the roof as crowds gathered on the quay.",
        "The city council will meet on Tuesday to discuss safety checks at older industrial sites.",
    ],
    &[
        "Maridon's fire service said on Monday that the warehouse fire had been put out after a long night.",
        "Dozens of fire engines and a fireboat were sent to the docks, a spokesman said.",
        "It was the third large fire in the port area this year, after blazes at a timber yard and a fish market.",
        "Police have opened an inquiry and closed the coastal road until further notice.",
    ],
    &[
        "Firefighters in Maridon fought a warehouse fire through Sunday night.",
        "Neighbours said the smell of burning plastic reached streets far from the harbour.",
        "The fire brigade asked people to stay away from the docks while crews cooled the ruins.",
        "Trade unions called for better fire alarms in the port's warehouses.",
    ],
];

fn fire() -> EventAnalysis {
    let mut articles = vec![article("harbour-news", FIRST), article("daily-wire", REWRITE)];
    for (n, sentences) in OTHERS.iter().enumerate() {
        articles.push(article(&format!("outlet-{n}"), sentences));
    }
    analyse(&Event { id: "fire".into(), title: "Fire".into(), articles, ..Event::default() })
}

#[test]
fn a_rewrite_that_keeps_the_order_of_facts_and_its_rarer_words_is_a_copy() {
    let analysis = fire();
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    let mut articles = analysis.origins[0].articles.clone();
    articles.sort();
    assert_eq!(articles, ["daily-wire", "harbour-news"]);
}

#[test]
fn reports_written_apart_stay_independent() {
    let analysis = fire();
    for origin in &analysis.origins {
        assert!(origin.articles.iter().all(|a| !a.starts_with("outlet-")), "{origin:?}");
    }
}
