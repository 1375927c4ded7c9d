//! Quotes and speakers where the page lost something or is written otherwise: quote marks (a
//! block quote after "X said:", a missing opening mark), a middle initial in a name, one remark
//! put in two mouths by two outlets, two remarks in one quotation, and attributions in Nigerian
//! Pidgin ("…," e tok) after a short title ("Prof").

use parallax_core::analysis::{analyse, EventAnalysis, QuoteFamily};
use parallax_core::model::{Article, Event};

mod builders;

fn article(outlet: &str, paragraphs: &[&[&str]]) -> Article {
    builders::article_in_paragraphs(outlet, &outlet.replace('-', " "), None, paragraphs)
}

fn family_with<'a>(analysis: &'a EventAnalysis, phrase: &str) -> &'a QuoteFamily {
    let families: Vec<&QuoteFamily> =
        analysis.quotes.iter().filter(|f| f.variants.iter().any(|v| v.text.contains(phrase))).collect();
    assert_eq!(families.len(), 1, "{phrase:?} in {families:#?}");
    families[0]
}

fn outlets(family: &QuoteFamily) -> Vec<&str> {
    let mut outlets: Vec<&str> = family.variants.iter().map(|v| v.outlet.as_str()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    outlets
}

fn flood() -> Event {
    builders::event_of(
        "flood",
        vec![
            article(
                "river-post",
                &[
                    &["Floodwater swept through the town of Kellin on Monday, closing four schools."],
                    &["In a statement on Tuesday, Mayor Lena Ortiz said:"],
                    &["We will rebuild every school that the water destroyed before the winter term begins."],
                    &["Engineers are checking the dam upstream."],
                ],
            ),
            article(
                "valley-daily",
                &[
                    &["The mayor of Kellin promised to rebuild the town's schools after Monday's flood."],
                    &["“We will rebuild every school that the water destroyed before the winter term begins,” Mayor Lena Ortiz said."],
                ],
            ),
            article(
                "court-wire",
                &[
                    &["Judge Petra Lang ruled that the dam's operator must pay for the damage."],
                    &["The operator ignored every warning it was given about the spillway,” she wrote. “It cannot now claim surprise.”"],
                ],
            ),
            article(
                "law-journal",
                &[
                    &["Judge Petra Lang ordered the operator to pay."],
                    &["“The operator ignored every warning it was given about the spillway,” Lang wrote."],
                ],
            ),
        ],
    )
}

#[test]
fn a_paragraph_after_said_colon_is_a_quote_of_that_speaker() {
    let analysis = analyse(&flood());
    let family = family_with(&analysis, "rebuild every school");
    assert_eq!(outlets(family), ["river-post", "valley-daily"]);
    assert_eq!(family.speaker.as_deref(), Some("Lena Ortiz"));
}

#[test]
fn a_quote_whose_opening_mark_was_lost_opens_at_its_paragraph() {
    let analysis = analyse(&flood());
    let family = family_with(&analysis, "ignored every warning");
    assert_eq!(outlets(family), ["court-wire", "law-journal"]);
    assert_eq!(family.speaker.as_deref(), Some("Petra Lang"));
}

fn ruling() -> Event {
    builders::event_of(
        "ruling",
        vec![
            article(
                "north-star",
                &[
                    &["Justice Omar Felder wrote the opinion. Justice Ines Marr wrote a dissent of her own."],
                    &["“Courts owe the agency no deference on this question,” he wrote."],
                ],
            ),
            article(
                "capital-news",
                &[
                    &["Justice Omar B. Felder Jr. wrote for the majority, and Justice Ines Marr dissented."],
                    &["“The statute cannot bear the reading the agency gave it,” Felder wrote. “Congress said no such thing.”"],
                    &["“Courts owe the agency no deference on this question,” Felder added."],
                ],
            ),
            article(
                "metro-ledger",
                &[
                    &["Justice Omar B. Felder Jr. delivered the opinion."],
                    &["“The statute cannot bear the reading the agency gave it,” he wrote."],
                    &["“Nothing in the text supports the government's view,” he added."],
                ],
            ),
        ],
    )
}

#[test]
fn a_middle_initial_and_a_suffix_are_no_part_of_a_name() {
    let analysis = analyse(&ruling());
    let family = family_with(&analysis, "cannot bear the reading");
    assert_eq!(outlets(family), ["capital-news", "metro-ledger"]);
    assert_eq!(family.speaker.as_deref(), Some("Omar Felder"));
    // Metro Ledger's own "he" is the full name, not "Omar" or "Felder Jr".
    let own = family_with(&analysis, "Nothing in the text");
    assert_eq!(own.speaker.as_deref(), Some("Omar Felder"));
}

#[test]
fn a_remark_put_in_two_mouths_goes_to_the_events_main_voice() {
    let analysis = analyse(&ruling());
    // North Star (read first) has "he" after Marr; Capital News names Felder, who says more of
    // the event.
    let family = family_with(&analysis, "no deference");
    assert_eq!(outlets(family), ["capital-news", "north-star"]);
    assert_eq!(family.speaker.as_deref(), Some("Omar Felder"));
}

#[test]
fn two_long_quoted_sentences_are_two_remarks() {
    let event = builders::event_of(
        "river",
        vec![
            article(
                "delta-times",
                &[&[
                    "“The river rose faster than any of our models had predicted for this spring.",
                    "We are now moving every family from the lower valley to the school gym,” Mayor Rosa Klein said.",
                ]],
            ),
            article(
                "plains-echo",
                &[&["“We are now moving every family from the lower valley to the school gym,” Mayor Rosa Klein said."]],
            ),
            article(
                "hill-gazette",
                &[&["“The river rose faster than any of our models had predicted for this spring,” Mayor Rosa Klein said."]],
            ),
        ],
    );
    let analysis = analyse(&event);
    assert_eq!(outlets(family_with(&analysis, "lower valley")), ["delta-times", "plains-echo"]);
    assert_eq!(outlets(family_with(&analysis, "river rose faster")), ["delta-times", "hill-gazette"]);
}

#[test]
fn pidgin_attributions_name_the_speaker() {
    let event = builders::event_of(
        "pidgin",
        vec![
            article(
                "naija-news",
                &[
                    &["Prof Ada Okafor, from Lagos University, tell reporters say di bridge go open next month."],
                    &["\"Di new bridge go carry ten thousand cars every day,\" e tok."],
                ],
            ),
            article(
                "city-desk",
                &[
                    &["Engineer Ada Okafor said the bridge would open next month."],
                    &["“We finished the work two weeks early,” Okafor said."],
                ],
            ),
        ],
    );
    let analysis = analyse(&event);
    let family = family_with(&analysis, "Di new bridge");
    assert_eq!(outlets(family), ["naija-news"]);
    assert_eq!(family.speaker.as_deref(), Some("Ada Okafor"));
}

#[test]
fn a_title_in_quote_marks_with_the_sentence_s_stop_is_no_quote() {
    let e = builders::event_of(
        "fire",
        vec![
            article(
                "a",
                &[
                    &["The cathedral inspired Victor Hugo to write \"The Hunchback of Saint Aubin.\""],
                    &["\"Everything is burning,\" the spokesman said on Monday night."],
                    &["\"Here it is,\" the mayor said as the roof fell."],
                ],
            ),
            article(
                "b",
                &[&["The volcano lies on the \"Ring of Fire,\" an arc of faults around the ocean."]],
            ),
        ],
    );
    let analysis = analyse(&e);
    let texts: Vec<&str> =
        analysis.quotes.iter().flat_map(|f| f.variants.iter().map(|v| v.text.as_str())).collect();
    assert!(texts.iter().any(|t| t.contains("Everything is burning")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("Here it is")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Hunchback") || t.contains("Ring of Fire")), "{texts:?}");
}
