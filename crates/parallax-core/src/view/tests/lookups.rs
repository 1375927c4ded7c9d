//! Sentence, claim and outlet lookups, marks and counterparts on the hand-made event.

use super::{small_analysis, small_event, strings};
use crate::analysis::{Claim, EventAnalysis};
use crate::model::Event;
use crate::view::{ClaimInfo, EventIndex, Mark, Sharing, PALETTE_SLOTS};

#[test]
fn sentences_know_their_outlet_claim_and_topics() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    assert_eq!(index.sentence_count(), 11);
    assert_eq!(index.outlets(), ["alpha", "beta", "gamma"]);

    let info = index.sentence("beta-1").expect("beta-1 is indexed");
    assert_eq!((info.id, info.outlet, info.embed), ("beta-1", "beta", false));
    assert_eq!(info.text, "The presidents spoke for an hour on Thursday.");
    assert_eq!(info.claim, Some(ClaimInfo { index: 1, id: "c2", outlets: 3, colour: Some(0) }));
    assert_eq!(index.topics_of("beta-1").collect::<Vec<_>>(), ["the-call"]);
    assert_eq!(index.topics_of("alpha-3").collect::<Vec<_>>(), ["ukraine-war"]);

    let embed = index.sentence("alpha-5").expect("embedded sentences are indexed");
    assert!(embed.embed);
    assert_eq!(embed.claim, None);
    assert_eq!(index.topics_of("alpha-5").count(), 0);

    assert_eq!(index.sentence("nope-1"), None);
    assert_eq!(index.sentence(""), None);
    assert_eq!(index.topics_of("nope").count(), 0);
}

#[test]
fn shared_claims_get_colour_slots_in_story_order() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let colours: Vec<Option<u8>> = (0..6).map(|n| index.claim(n).and_then(|claim| claim.colour)).collect();
    // c2 and c3 are shared; c6 has two sentences but one outlet.
    assert_eq!(colours, [None, Some(0), Some(1), None, None, None]);
    assert_eq!(index.claim(5).map(|claim| claim.outlets), Some(1));
    assert_eq!(index.claim(6), None);

    // Slots cycle through the palette.
    let event = Event { articles: small_event().articles, ..Event::default() };
    let claims = (0..20).map(|n| Claim {
        id: format!("c{n}"),
        sentences: strings(&["alpha-2", "beta-1"]),
        ..Claim::default()
    });
    let analysis = EventAnalysis { claims: claims.collect(), ..EventAnalysis::default() };
    let index = EventIndex::new(&event, &analysis);
    assert_eq!(index.claim(0).and_then(|claim| claim.colour), Some(0));
    assert_eq!(index.claim(9).and_then(|claim| claim.colour), Some(9 % PALETTE_SLOTS));
    // The sentence belongs to its first claim.
    assert_eq!(index.sentence("beta-1").and_then(|info| info.claim).map(|claim| claim.index), Some(0));
}

#[test]
fn claims_and_outlets_list_their_sentences_in_reading_order() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let members: Vec<(&str, &str)> = index.claim_sentences(1).collect();
    assert_eq!(members, [("alpha", "alpha-2"), ("beta", "beta-1"), ("gamma", "gamma-1")]);
    // The unknown member of c3 is skipped.
    assert_eq!(index.claim_sentences(2).count(), 2);
    assert_eq!(index.claim_sentences(99).count(), 0);
    let ids: Vec<&str> = index.outlet_sentences("alpha").collect();
    assert_eq!(ids, ["alpha-1", "alpha-2", "alpha-3", "alpha-4", "alpha-5"]);
    assert_eq!(index.outlet_sentences("nope").count(), 0);
}

#[test]
fn marks_say_whether_a_claim_is_shared_among_the_shown_outlets() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let columns = index.columns(&strings(&["alpha", "gamma"]));
    let mark = |id| index.mark(id, &columns);
    assert_eq!(mark("alpha-2"), Some(Mark { claim: "c2", sharing: Sharing::Shared { colour: 0 } }));
    // c3 is carried by beta, which is not shown.
    assert_eq!(mark("alpha-3"), Some(Mark { claim: "c3", sharing: Sharing::Elsewhere }));
    assert_eq!(mark("alpha-1"), Some(Mark { claim: "c1", sharing: Sharing::Unique }));
    // Two sentences of one outlet are not "shared".
    assert_eq!(mark("gamma-2"), Some(Mark { claim: "c6", sharing: Sharing::Unique }));
    assert_eq!(mark("alpha-5"), None);
    assert_eq!(mark("nope"), None);

    let columns = index.columns(&strings(&["alpha", "beta"]));
    assert_eq!(
        index.mark("beta-3", &columns),
        Some(Mark { claim: "c3", sharing: Sharing::Shared { colour: 1 } })
    );
}

#[test]
fn counterparts_are_the_claims_sentences_in_the_other_shown_columns() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let columns = index.columns(&strings(&["gamma", "nope", "alpha", "beta", "gamma"]));
    assert_eq!(columns.len(), 3);
    assert_eq!(index.counterparts("alpha-2", &columns), ["gamma-1", "beta-1"]);
    assert_eq!(index.counterparts("beta-3", &columns), ["alpha-3"]);
    assert!(index.counterparts("alpha-1", &columns).is_empty());
    assert!(index.counterparts("alpha-5", &columns).is_empty());
    assert!(index.counterparts("nope", &columns).is_empty());
    let columns = index.columns(&strings(&["alpha"]));
    assert!(index.counterparts("alpha-2", &columns).is_empty());
    assert!(index.columns(&[]).is_empty());
}

#[test]
fn an_empty_or_mismatched_analysis_never_panics() {
    let event = small_event();
    let empty = EventAnalysis::default();
    let index = EventIndex::new(&event, &empty);
    assert_eq!(index.sentence("alpha-2").and_then(|info| info.claim), None);
    let columns = index.columns(&strings(&["alpha", "beta"]));
    assert_eq!(index.mark("alpha-2", &columns), None);
    let matches = index.filter(&crate::link::Filter { topics: strings(&["x"]), text: "leaders".into() });
    assert_eq!(matches.ids(), ["alpha-1", "alpha-2"]);
    assert!(index.align(&columns, crate::link::Sort::Unique, &matches).rows.is_empty());
    assert!(index.quote_ledger(&matches).is_empty());

    let default_event = Event::default();
    let analysis = small_analysis();
    let index = EventIndex::new(&default_event, &analysis);
    assert_eq!(index.sentence_count(), 0);
    let matches = index.filter(&crate::link::Filter::default());
    assert!(index.coverage(&matches, crate::view::CoverageOrder::Story).rows.is_empty());
    assert!(index.sources(&matches).rows.is_empty());
    assert_eq!(matches.topic_counts().iter().map(|t| t.count).sum::<usize>(), 0);
}

#[test]
fn ids_are_found_in_large_and_odd_events() {
    use crate::model::{Article, Block, Outlet, Piece, Sentence};
    let odd = ["", "é", "a-1", "A-1", "x y", "👍-3"];
    let mut ids: Vec<String> = (0..5000).map(|n| format!("outlet-{}-{n}", n % 7)).collect();
    ids.extend(odd.iter().map(|id| id.to_string()));
    ids.push("a-1".into()); // A repeated id keeps its first place.
    let pieces =
        ids.iter().map(|id| Piece::Sentence(Sentence { id: id.clone(), text: id.clone() })).collect();
    let article = Article {
        outlet: Outlet { id: "o".into(), name: "O".into() },
        blocks: vec![Block::Paragraph(pieces)],
        ..Article::default()
    };
    let event = Event { articles: vec![article], ..Event::default() };
    let analysis = EventAnalysis::default();
    let index = EventIndex::new(&event, &analysis);
    for id in &ids {
        assert_eq!(index.sentence(id).map(|info| info.text), Some(id.as_str()));
    }
    for id in ["outlet-0-5000", "a-2", "É", " ", "outlet-2-1"] {
        assert_eq!(index.sentence(id), None, "{id}");
    }
    let all = index.filter(&crate::link::Filter::default());
    assert!(ids.iter().all(|id| all.contains(id)));
    assert_eq!(all.len(), ids.len());
}

#[test]
fn outlets_are_searched_and_sorted_for_the_picker() {
    use crate::view::OutletOrder;
    let (mut event, analysis) = (small_event(), small_analysis());
    event.articles[0].outlet.name = "Zeta Times".into();
    event.articles[2].outlet.name = "Ämber Post".into();
    let index = EventIndex::new(&event, &analysis);
    let ids = |search: &str, order| -> Vec<&str> {
        index.outlet_rows(search, order).iter().map(|row| row.id).collect()
    };
    assert_eq!(ids("", OutletOrder::Event), ["alpha", "beta", "gamma"]);
    assert_eq!(ids("", OutletOrder::Name), ["gamma", "beta", "alpha"], "accents ignored");
    // alpha carries 4 claims (2 its own), beta 3 (1), gamma 2 (1).
    assert_eq!(ids("", OutletOrder::Claims), ["alpha", "beta", "gamma"]);
    assert_eq!(ids("", OutletOrder::Unique), ["alpha", "gamma", "beta"], "ties by name");
    assert_eq!(ids("amber", OutletOrder::Event), ["gamma"]);
    assert_eq!(ids("TIMES zeta", OutletOrder::Name), ["alpha"]);
    assert!(ids("nothing", OutletOrder::Name).is_empty());
    let alpha = index.outlet_rows("zeta", OutletOrder::Event)[0];
    assert_eq!((alpha.position, alpha.name, alpha.claims, alpha.unique), (0, "Zeta Times", 4, 2));
    assert_eq!(index.outlets_by_name(), [2, 1, 0]);
    assert_eq!(OutletOrder::of_code("unique"), OutletOrder::Unique);
    assert_eq!(OutletOrder::of_code("nope"), OutletOrder::Event);
}

#[test]
fn many_outlets_are_grouped_in_name_order_and_claims_know_their_carriers() {
    use crate::view::{GROUPED_FROM, GROUP_SIZE};
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    assert!(index.column_groups().is_empty());
    assert_eq!(index.claim_carriers(1), [(0, "alpha-2"), (1, "beta-1"), (2, "gamma-1")]);
    assert_eq!(index.claim_carriers(5), [(2, "gamma-2")]);
    assert!(index.claim_carriers(99).is_empty());

    let mut big = small_event();
    let template = big.articles[1].clone();
    big.articles = (0..GROUPED_FROM + 9)
        .map(|n| {
            let mut article = template.clone();
            article.outlet.id = format!("o{n}");
            article.outlet.name = format!("Outlet {n:03}");
            article
        })
        .collect();
    let index = EventIndex::new(&big, &analysis);
    let groups = index.column_groups();
    assert_eq!(groups.len(), (GROUPED_FROM + 9).div_ceil(GROUP_SIZE));
    assert_eq!(groups.first().map(|g| g.start), Some(0));
    assert_eq!(groups.last().map(|g| g.end), Some(GROUPED_FROM + 9));
    assert!(groups.windows(2).all(|pair| pair[0].end == pair[1].start && pair[0].len() <= GROUP_SIZE));
}
