//! Differences on small invented events: sentences of one frame that give another figure, a
//! source's own figure next to the common one, and names that outlets misspell or really spell
//! two ways.

use parallax_core::analysis::{analyse, DetailKind, Difference, EventAnalysis};
use parallax_core::model::Article;

mod builders;

/// An article of one-sentence paragraphs; ids are `<outlet>-<n>`.
fn article(outlet: &str, sentences: &[&str]) -> Article {
    builders::article_in_sentences(outlet, &outlet.to_uppercase(), sentences)
}

fn analysed(articles: Vec<Article>) -> EventAnalysis {
    analyse(&builders::event_of("test-event", articles))
}

/// The differences of one kind whose values hold all these texts.
fn with<'a>(analysis: &'a EventAnalysis, kind: DetailKind, texts: &[&str]) -> Option<&'a Difference> {
    analysis
        .differences
        .iter()
        .find(|d| d.kind == kind && texts.iter().all(|t| d.values.iter().any(|v| v.text.contains(t))))
}

#[test]
fn sentences_of_one_frame_with_another_figure_differ() {
    let analysis = analysed(vec![
        article(
            "gazette",
            &[
                "A cargo plane made an emergency landing in Harwick on Monday after an engine caught fire.",
                "The plane rose as high as 16,000 feet during the flight and then began descending, according to data on the flight tracking website.",
            ],
        ),
        article(
            "courier",
            &[
                "An engine fire forced a cargo plane to make an emergency landing in Harwick on Monday.",
                "According to flight data published by the flight tracking website, the flight had reached 16,300 feet before descending and landing.",
            ],
        ),
    ]);
    let altitude = with(&analysis, DetailKind::Number, &["16,000", "16,300"]);
    assert!(altitude.is_some(), "{:#?}", analysis.differences);
    assert!(analysis.claims.iter().any(|c| altitude.is_some_and(|d| d.claim == c.id)));
}

#[test]
fn a_source_figure_next_to_the_common_one_still_differs() {
    let analysis = analysed(vec![
        article(
            "wire",
            &[
                "A powerful earthquake struck the coast of Norland on Saturday, flattening buildings in several towns.",
                "The survey said the quake had a magnitude of 7.8.",
                "The minister gave a slightly lower measurement of magnitude 7.6.",
            ],
        ),
        article(
            "daily",
            &[
                "A powerful earthquake flattened buildings along the coast of Norland on Saturday.",
                "The magnitude-7.8 earthquake struck just before 7 p.m. local time.",
            ],
        ),
    ]);
    assert!(with(&analysis, DetailKind::Number, &["7.6", "7.8"]).is_some(), "{:#?}", analysis.differences);
}

#[test]
fn misspellings_are_no_difference_but_two_forms_of_a_name_are() {
    let analysis = analysed(vec![
        article(
            "first",
            &[
                "Justice Sonia Sotomayor wrote the dissent in the water rights case on Monday.",
                "Families took shelter in the badly hit Curah Kerobokan village after the flood.",
            ],
        ),
        article(
            "second",
            &[
                "Justice Sonia Sotamayor wrote the dissent in the water rights case on Monday.",
                "Families took shelter in the badly hit Curah Kobokan village after the flood.",
            ],
        ),
    ]);
    let names = |text: &str| with(&analysis, DetailKind::Name, &[text]).is_some();
    assert!(!names("Sotamayor"), "one letter is a misspelling: {:#?}", analysis.differences);
    assert!(names("Kerobokan") && names("Kobokan"), "{:#?}", analysis.differences);
}

#[test]
fn british_and_american_spelling_is_no_difference() {
    let analysis = analysed(vec![
        article(
            "uk",
            &["The World Health Organisation ended the emergency on Friday, its Labour critics said."],
        ),
        article(
            "us",
            &["The World Health Organization ended the emergency on Friday, its Labor critics said."],
        ),
    ]);
    assert!(analysis.differences.iter().all(|d| d.kind != DetailKind::Name), "{:#?}", analysis.differences);
}
