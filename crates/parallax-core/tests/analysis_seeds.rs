//! The engine on the seed event, against the facts checked by hand in shared/seeds/SOURCES.md.

use std::collections::BTreeSet;
use std::path::Path;

use parallax_core::analysis::{analyse, Claim, DiffOp, EventAnalysis, QuoteFamily, SourceKind};
use parallax_core::model::Event;
use parallax_core::{load_corpus, Limits};

const EVENT: &str = "putin-trump-call-2025-07-03";

fn seed_event() -> Event {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/corpus"));
    let ingested = load_corpus(dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "seed corpus errors: {:?}", ingested.errors);
    ingested.corpus.event(EVENT).cloned().expect("the seed event is in the corpus")
}

fn seed() -> (Event, EventAnalysis) {
    let event = seed_event();
    let analysis = analyse(&event);
    (event, analysis)
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Apostrophes straightened, for matching text.
fn plain(text: &str) -> String {
    text.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// The one family that holds a variant containing `phrase`; fails if several do.
fn family_with<'a>(analysis: &'a EventAnalysis, phrase: &str) -> &'a QuoteFamily {
    let families: Vec<&QuoteFamily> = analysis
        .quotes
        .iter()
        .filter(|f| f.variants.iter().any(|v| plain(&v.text).contains(phrase)))
        .collect();
    assert_eq!(families.len(), 1, "wordings with {phrase:?} should be one family, got {families:#?}");
    families[0]
}

fn outlets_of(family: &QuoteFamily) -> BTreeSet<String> {
    family.variants.iter().map(|v| v.outlet.clone()).collect()
}

fn sentence_text<'a>(event: &'a Event, id: &str) -> &'a str {
    event.articles.iter().flat_map(|a| a.own_sentences()).find(|s| s.id == id).map_or("", |s| s.text.as_str())
}

/// The claims holding a sentence whose text contains `phrase`.
fn claims_with<'a>(event: &Event, analysis: &'a EventAnalysis, phrase: &str) -> Vec<&'a Claim> {
    let claims: Vec<&Claim> = analysis
        .claims
        .iter()
        .filter(|c| c.sentences.iter().any(|id| plain(sentence_text(event, id)).contains(phrase)))
        .collect();
    assert!(!claims.is_empty(), "no sentence contains {phrase:?}");
    claims
}

#[test]
fn putin_offended_quote_is_one_family_with_a_partial_translation() {
    let (_, analysis) = seed();
    let family = family_with(&analysis, "could get offended");
    assert_eq!(outlets_of(family), set(&["india-tv-news", "business-standard", "zee-news"]));
    // Zee News quotes two fragments of it in reported speech: "awkward" and "might get offended".
    let zee: Vec<&str> =
        family.variants.iter().filter(|v| v.outlet == "zee-news").map(|v| v.text.as_str()).collect();
    assert_eq!(zee, ["awkward", "might get offended"]);
    let might = family.variants.iter().find(|v| v.text == "might get offended").expect("zee-news variant");
    assert!(might.diff.contains(&DiffOp::Inserted("might".into())), "diff: {:?}", might.diff);
    assert_eq!(family.speaker.as_deref(), Some("Vladimir Putin"));
    for variant in &family.variants {
        assert_eq!(variant.partial, variant.outlet == "zee-news", "{variant:?}");
    }
    // The one-word fragment joins because Putin says it and Putin's remark contains it; the
    // same two words quoted without a speaker, or from another speaker's remark, do not.
    assert_eq!(family_with(&analysis, "awkward").id, family.id);
    let root_causes: Vec<&QuoteFamily> =
        analysis.quotes.iter().filter(|f| f.variants.iter().any(|v| v.text == "root causes")).collect();
    assert_eq!(root_causes.len(), 2, "{root_causes:#?}");
    assert!(root_causes.iter().all(|f| f.variants.len() == 1));
}

#[test]
fn ushakov_goals_quote_is_one_family() {
    let (_, analysis) = seed();
    let family = family_with(&analysis, "back down from these goals");
    assert_eq!(outlets_of(family), set(&["business-standard", "rt", "zee-news"]));
    assert_eq!(family_with(&analysis, "retreat from these goals").id, family.id);
    assert_eq!(family.speaker.as_deref(), Some("Yuri Ushakov"));
}

#[test]
fn iran_translations_are_one_family() {
    let (_, analysis) = seed();
    let family = family_with(&analysis, "political and diplomatic means");
    assert_eq!(outlets_of(family), set(&["business-standard", "zee-news"]));
    assert_eq!(family.speaker.as_deref(), Some("Yuri Ushakov"));
    for variant in &family.variants {
        assert!(!variant.partial, "{variant:?}");
    }
}

#[test]
fn trump_quotes_are_families_of_rt_and_newsweek() {
    let (_, analysis) = seed();
    let call = family_with(&analysis, "including Iran");
    assert_eq!(outlets_of(call), set(&["rt", "newsweek"]));
    assert_eq!(call.speaker.as_deref(), Some("Donald Trump"));
    let progress = family_with(&analysis, "I didn't make any progress");
    assert_eq!(outlets_of(progress), set(&["rt", "newsweek"]));
    assert_eq!(progress.speaker.as_deref(), Some("Donald Trump"));
    assert_eq!(plain(&progress.canonical), "No, I didn't make any progress with him today");
    let rt = progress.variants.iter().find(|v| v.outlet == "rt").expect("rt variant");
    assert_eq!(rt.diff.last(), Some(&DiffOp::Removed("with him today".into())));
}

#[test]
fn sixth_call_is_shared_by_all_five() {
    let (event, analysis) = seed();
    let claims = claims_with(&event, &analysis, "sixth publicly known discussion");
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].outlets.len(), 5, "{:#?}", claims[0]);
    assert_eq!(claims[0].missing(&event).count(), 0);
}

#[test]
fn weapons_pause_is_carried_by_zee_business_standard_and_newsweek_only() {
    let (event, analysis) = seed();
    let mut carried = BTreeSet::new();
    for phrase in
        ["temporarily suspend some military assistance", "paused shipments", "pause in U.S. military"]
    {
        for claim in claims_with(&event, &analysis, phrase) {
            assert!(
                !claim.outlets.iter().any(|o| o == "india-tv-news" || o == "rt"),
                "the pause is not in india-tv-news or rt: {claim:#?}"
            );
            assert!(claim.outlets.len() >= 2, "the pause is a shared fact: {claim:#?}");
            carried.extend(claim.outlets.iter().cloned());
        }
    }
    assert_eq!(carried, set(&["zee-news", "business-standard", "newsweek"]));
}

/// What SOURCES.md asks for: ONE claim with exactly these three outlets. The three outlets word
/// the pause very differently; the claim joins up through Newsweek's sentence, which is close to
/// each of the other two (a paraphrase chain).
#[test]
fn weapons_pause_is_one_claim() {
    let (event, analysis) = seed();
    let claims = claims_with(&event, &analysis, "paused shipments");
    assert_eq!(claims.len(), 1);
    assert_eq!(
        claims[0].outlets.iter().cloned().collect::<BTreeSet<_>>(),
        set(&["zee-news", "business-standard", "newsweek"])
    );
    for phrase in ["temporarily suspend some military assistance", "pause in U.S. military"] {
        assert_eq!(claims_with(&event, &analysis, phrase), claims, "{phrase}");
    }
}

/// Newsweek's lead ("Trump revealed the details of his conversation with Putin on Thursday")
/// shares only the story's names, its weekday and "conversation" with the sentences on Putin
/// leaving the forum to take the call: it reports something else.
#[test]
fn a_lead_sharing_only_names_and_the_day_stays_apart_from_the_forum_exit() {
    let (event, analysis) = seed();
    let lead = claims_with(&event, &analysis, "revealed the details of his conversation");
    assert_eq!(lead.len(), 1);
    for phrase in ["quick exit from the plenary session", "stopped short of a public speech"] {
        let exit = claims_with(&event, &analysis, phrase);
        assert_ne!(exit[0].id, lead[0].id, "{phrase}: {:#?}", lead[0]);
    }
}

#[test]
fn single_outlet_facts_are_unique() {
    let (event, analysis) = seed();
    for (phrase, outlet) in [
        ("Zelenskyy on Friday", "business-standard"),
        ("Macron", "newsweek"),
        ("traditional values through films", "zee-news"),
        ("Sumy", "newsweek"),
        ("Donetsk", "newsweek"),
    ] {
        for claim in claims_with(&event, &analysis, phrase) {
            assert_eq!(claim.outlets, vec![outlet.to_string()], "{phrase}: {claim:#?}");
            assert_eq!(claim.missing(&event).count(), 4);
        }
    }
}

#[test]
fn credited_sources() {
    let (_, analysis) = seed();
    let credits: BTreeSet<(String, String, SourceKind)> =
        analysis.attributions.iter().map(|a| (a.outlet.clone(), a.source.clone(), a.kind)).collect();
    let has = |outlet: &str, source: &str, kind: SourceKind| {
        credits.contains(&(outlet.into(), source.into(), kind))
    };
    assert!(has("india-tv-news", "RT", SourceKind::Media));
    assert!(has("business-standard", "RT", SourceKind::Media));
    assert!(has("business-standard", "Reuters", SourceKind::Agency));
    assert!(has("business-standard", "Bloomberg", SourceKind::Agency));
    assert!(has("newsweek", "AP", SourceKind::Agency));
    assert!(has("zee-news", "Libs of TikTok", SourceKind::SocialPost));
    assert!(has("business-standard", "Yuri Ushakov", SourceKind::Person));
    assert!(
        has("india-tv-news", "the Kremlin", SourceKind::Institution)
            || has("india-tv-news", "Kremlin", SourceKind::Institution)
    );
    // Nothing credits an agency or outlet that the articles do not name.
    let media: BTreeSet<(String, String)> = analysis
        .attributions
        .iter()
        .filter(|a| matches!(a.kind, SourceKind::Agency | SourceKind::Media))
        .map(|a| (a.outlet.clone(), a.source.clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("india-tv-news", "RT"),
        ("business-standard", "RT"),
        ("business-standard", "Reuters"),
        ("business-standard", "Bloomberg"),
        ("newsweek", "AP"),
    ]
    .iter()
    .map(|(o, s)| (o.to_string(), s.to_string()))
    .collect();
    assert_eq!(media, expected);
    // People are credited only where the text gives them words: Zelenskyy is only mentioned.
    assert!(
        !analysis.attributions.iter().any(|a| a.source.contains("Zelensk")),
        "{:#?}",
        analysis.attributions
    );
}

#[test]
fn every_sentence_is_in_a_claim_in_story_order() {
    let (event, analysis) = seed();
    let all: Vec<String> =
        event.articles.iter().flat_map(|a| a.own_sentences()).map(|s| s.id.clone()).collect();
    let mut seen: Vec<String> = analysis.claims.iter().flat_map(|c| c.sentences.clone()).collect();
    seen.sort();
    seen.dedup();
    let mut expected = all.clone();
    expected.sort();
    assert_eq!(seen, expected);
    for (n, claim) in analysis.claims.iter().enumerate() {
        assert_eq!(claim.id, format!("c{}", n + 1));
        assert_eq!(claim.outlets.len() + claim.missing(&event).count(), event.articles.len());
    }
    let shared = analysis.claims.iter().filter(|c| c.outlets.len() > 1).count();
    assert!(shared >= 10, "only {shared} shared claims");
    // The first claim is about how the story opens, not how it ends.
    let first_outlets = &analysis.claims[0];
    assert!(first_outlets.sentences.iter().all(|id| !id.ends_with("-20")));
}

#[test]
fn defined_topics_tag_sentences_and_outlet_shares() {
    let (event, analysis) = seed();
    let ids: Vec<&str> = analysis.topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["ukraine-war", "iran-middle-east", "weapons-pause", "negotiations", "us-russia-ties", "the-call"]
    );
    assert!(analysis.topics.iter().all(|t| !t.automatic && !t.sentences.is_empty()));
    let pause = &analysis.topics[2];
    let outlets: BTreeSet<&str> =
        pause.sentences.iter().filter_map(|id| id.rsplit_once('-').map(|(outlet, _)| outlet)).collect();
    assert!(
        outlets.contains("zee-news") && outlets.contains("business-standard") && outlets.contains("newsweek")
    );
    assert_eq!(analysis.coverage.len(), event.articles.len());
    let india = &analysis.coverage[0];
    assert_eq!(india.outlet, "india-tv-news");
    assert_eq!(india.topic_share.len(), 6);
    let india_pause = india.topic_share.iter().find(|(id, _)| id == "weapons-pause").map(|(_, s)| *s);
    assert_eq!(india_pause, Some(0.0), "India TV does not mention the pause");
}

#[test]
fn coverage_figures_add_up() {
    let (event, analysis) = seed();
    let total_claims = analysis.claims.len() as f32;
    for (article, row) in event.articles.iter().zip(&analysis.coverage) {
        assert_eq!(row.outlet, article.outlet.id);
        assert_eq!(row.sentences as usize, article.own_sentences().count());
        assert!(row.words > row.sentences * 3);
        let carried = analysis.claims.iter().filter(|c| c.outlets.contains(&row.outlet)).count() as u32;
        assert_eq!(row.shared_claims + row.unique_claims, carried);
        assert!((row.claim_share - carried as f32 / total_claims).abs() < 1e-6);
        let quotes =
            analysis.quotes.iter().flat_map(|q| &q.variants).filter(|v| v.outlet == row.outlet).count();
        assert_eq!(row.quotes as usize, quotes);
    }
}
