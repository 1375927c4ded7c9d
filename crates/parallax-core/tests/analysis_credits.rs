//! Whom an outlet credits, one kind of text per test: datelines and credit lines, people by name
//! or by role, bodies, outlets addressed, documents; and what is never a credit (photo credits,
//! bylines, people merely mentioned, the outlet itself). Articles go through the whole ingest, as
//! a corpus folder would.

use std::collections::BTreeSet;

use parallax_core::analysis::{analyse, SourceKind};
use parallax_core::source::{CorpusSource, EventSource, SourceFile};
use parallax_core::{ingest, Limits};

/// Whom each outlet credits, as (outlet id, source, kind), when the event's articles are these
/// `(outlet id, text)` pairs.
fn credits(articles: &[(&str, &str)]) -> BTreeSet<(String, String, SourceKind)> {
    let files = articles
        .iter()
        .map(|(outlet, text)| {
            let name = format!("{outlet}.txt");
            SourceFile::in_memory(&name, &format!("corpus/event/{name}"), text.as_bytes())
        })
        .collect();
    let source = CorpusSource {
        root: "corpus".into(),
        events: vec![EventSource { id: "event".into(), path: "corpus/event".into(), files }],
        ..CorpusSource::default()
    };
    let ingested = ingest(&source, &Limits::default());
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let event = ingested.corpus.events.first().expect("one event");
    analyse(event).attributions.into_iter().map(|a| (a.outlet, a.source, a.kind)).collect()
}

/// The sources one outlet credits, by name.
fn sources_of(credits: &BTreeSet<(String, String, SourceKind)>, outlet: &str) -> BTreeSet<String> {
    credits.iter().filter(|(o, _, _)| o == outlet).map(|(_, s, _)| s.clone()).collect()
}

fn has(
    credits: &BTreeSet<(String, String, SourceKind)>,
    outlet: &str,
    source: &str,
    kind: SourceKind,
) -> bool {
    credits.contains(&(outlet.to_string(), source.to_string(), kind))
}

#[test]
fn a_dateline_credits_its_agency() {
    let found = credits(&[
        ("daily", "MOSCOW (Reuters) - Russia will keep up its offensive, the Kremlin said on Monday.\n"),
        (
            "gleaner",
            "CUPERTINO, Calif. (AP) – Apple today unveiled a headset that it says will change computing.\n",
        ),
        ("herald", "NARA, Japan, July 8 (Reuters) – A former prime minister was shot during a speech.\n"),
    ]);
    assert!(has(&found, "daily", "Reuters", SourceKind::Agency), "{found:#?}");
    assert!(has(&found, "gleaner", "AP", SourceKind::Agency), "{found:#?}");
    assert!(has(&found, "herald", "Reuters", SourceKind::Agency), "{found:#?}");
    assert!(has(&found, "daily", "Kremlin", SourceKind::Institution), "{found:#?}");
}

#[test]
fn a_credit_line_credits_its_agency_but_a_byline_credits_nobody() {
    let found = credits(&[
        ("times", "Apple unveiled its long-awaited headset on Monday.\n\nBy:BLOOMBERG\n\nThe device was introduced at a conference in California.\n"),
        ("post", "By Jane Smith\n\nApple unveiled its long-awaited headset on Monday.\n"),
    ]);
    assert!(has(&found, "times", "Bloomberg", SourceKind::Agency), "{found:#?}");
    assert!(sources_of(&found, "post").is_empty(), "{found:#?}");
}

#[test]
fn a_photo_credit_is_no_credit() {
    let found = credits(&[(
        "daily",
        "The Supreme Court, Friday, June 24, 2022, in Washington. (AP Photo/Steve Helber)\n\n\
         Rescue workers stand behind rubble after an earthquake in Portoviejo, Ecuador. Source: AAP\n\n\
         The prime minister reacts at a press conference in Tokyo. (Photo by AFP)\n\n\
         Protesters gather outside the court. (Erin Schaff/The New York Times via AP, Pool, File)\n\n\
         The building collapsed on Saturday evening.\n",
    )]);
    assert!(sources_of(&found, "daily").is_empty(), "{found:#?}");
}

#[test]
fn a_role_without_a_name_is_credited_by_its_role() {
    let found = credits(&[(
        "courier",
        "The blaze spread to three warehouses overnight, the fire chief said.\n\n\
         Ships were diverted to other berths, a spokesman for the port authority told reporters.\n\n\
         \"We are scared,\" said one worker digging through the rubble.\n",
    )]);
    assert!(has(&found, "courier", "the fire chief", SourceKind::Person), "{found:#?}");
    assert!(has(&found, "courier", "a spokesman for the port authority", SourceKind::Person), "{found:#?}");
    assert!(has(&found, "courier", "one worker", SourceKind::Person), "{found:#?}");
    assert!(!sources_of(&found, "courier").contains("reporters"), "{found:#?}");
}

#[test]
fn bodies_that_speak_as_one_are_credited() {
    let found = credits(&[(
        "wire",
        "Police said the gun was homemade.\n\n\
         The Home Ministry said five helicopters were sent to the area.\n\n\
         The US Geological Survey (USGS) said the quake struck at a shallow depth.\n",
    )]);
    let sources = sources_of(&found, "wire");
    assert!(has(&found, "wire", "police", SourceKind::Institution), "{found:#?}");
    assert!(sources.contains("Home Ministry") && sources.contains("US Geological Survey"), "{sources:?}");
}

#[test]
fn a_person_told_reporters_or_an_outlet() {
    let found = credits(&[(
        "globe",
        "Kremlin aide Yuri Ushakov spoke after the call.\n\n\
         The talks were frank, Ushakov told reporters.\n\n\
         \"I wanted it very much,\" Argentina captain Lionel Messi told TyC Sports.\n",
    )]);
    assert!(has(&found, "globe", "Yuri Ushakov", SourceKind::Person), "{found:#?}");
    assert!(has(&found, "globe", "Lionel Messi", SourceKind::Person), "{found:#?}");
    assert!(has(&found, "globe", "TyC Sports", SourceKind::Media), "{found:#?}");
}

#[test]
fn according_to_credits_a_body_an_outlet_or_a_person() {
    let found = credits(&[(
        "times",
        "Half of the states will ban abortion, according to the Guttmacher Institute, a think tank.\n\n\
         The deal is close, according to a Reuters report.\n\n\
         Sales will reach 8.8 million units, according to market research firm IDC.\n",
    )]);
    let sources = sources_of(&found, "times");
    for source in ["Guttmacher Institute", "Reuters", "IDC"] {
        assert!(sources.contains(source), "{source}: {sources:?}");
    }
}

#[test]
fn a_person_merely_mentioned_is_not_credited() {
    let found = credits(&[(
        "daily",
        "Former Prime Minister Shinzo Abe was shot in Nara on Friday.\n\n\
         Argentina coach Lionel Scaloni has told Lionel Messi that he can stay.\n",
    )]);
    let sources = sources_of(&found, "daily");
    assert!(sources.contains("Lionel Scaloni"), "{sources:?}");
    assert!(
        !sources.iter().any(|s| s.contains("Abe") || s.contains("Messi") || s.contains("Nara")),
        "{sources:?}"
    );
}

#[test]
fn he_said_credits_the_person_the_sentence_before_is_about() {
    let found = credits(&[(
        "news",
        "Earlier, as Abe lay in hospital, Prime Minister Fumio Kishida struggled to keep his emotions in check.\n\n\
         \"This attack is unforgivable,\" he said.\n",
    )]);
    assert!(has(&found, "news", "Fumio Kishida", SourceKind::Person), "{found:#?}");
    assert!(!sources_of(&found, "news").iter().any(|s| s.contains("Abe")), "{found:#?}");
}

#[test]
fn the_subject_is_found_past_an_apposition_but_never_after_a_preposition() {
    let found = credits(&[(
        "inquirer",
        "\"We have seen what we thought was unseeable,\" Professor Sheperd Doeleman, a Harvard astronomer and \
         project director, said on Wednesday.\n\n\
         The telescope spans the globe, said Daniel Marrone, associate professor of astronomy at the \
         University of Arizona said the collaboration.\n",
    )]);
    let sources = sources_of(&found, "inquirer");
    assert!(sources.contains("Sheperd Doeleman") && sources.contains("Daniel Marrone"), "{sources:?}");
    assert!(!sources.iter().any(|s| s.contains("Arizona")), "{sources:?}");
}

#[test]
fn documents_credit_whoever_issued_them() {
    let found = credits(&[(
        "star",
        "Dramatic video from broadcaster NHK showed the former leader standing on a stage.\n\n\
         US President Joe Biden said in a statement that he was stunned.\n\n\
         Six studies have been published in the Astrophysical Journal Letters.\n\n\
         A report said the toll could rise.\n",
    )]);
    let sources = sources_of(&found, "star");
    assert!(has(&found, "star", "NHK", SourceKind::Media), "{found:#?}");
    assert!(has(&found, "star", "Joe Biden", SourceKind::Document), "{found:#?}");
    assert!(has(&found, "star", "Astrophysical Journal Letters", SourceKind::Document), "{found:#?}");
    assert!(!sources.iter().any(|s| s.contains("report")), "{sources:?}");
}

#[test]
fn a_court_is_credited_with_its_ruling() {
    let found = credits(&[(
        "record",
        "The Supreme Court on Friday overturned Roe v. Wade.\n\nProtesters overturned a car outside.\n",
    )]);
    assert!(has(&found, "record", "Supreme Court", SourceKind::Institution), "{found:#?}");
    assert!(
        !sources_of(&found, "record").iter().any(|s| s.to_lowercase().contains("protester")),
        "{found:#?}"
    );
}

#[test]
fn a_passive_a_platform_and_the_outlet_itself_credit_nobody() {
    let found = credits(&[(
        "reuters",
        "PEDERNALES, Ecuador (Reuters) - The new toll was announced on Sunday.\n\n\
         Many residents were communicating only via WhatsApp.\n",
    )]);
    assert!(sources_of(&found, "reuters").is_empty(), "{found:#?}");
}

#[test]
fn names_hold_initials_titles_written_short_and_organisations_words() {
    let found = credits(&[(
        "times",
        "Justice Samuel A. Alito Jr. said the ruling was long overdue.\n\n\
         \"It is moving fast,\" said Capt. Maria Lopez of the county fire department.\n\n\
         The Institute for the Study of War, a think tank, said the front had barely moved.\n\n\
         The minister wrote on X. His counterpart, Sergei Lavrov, accused the West of lying.\n\n\
         Associated Press writer John Smith contributed to this report.\n",
    )]);
    let sources = sources_of(&found, "times");
    for source in
        ["Samuel A. Alito Jr", "Maria Lopez", "Institute for the Study of War", "Sergei Lavrov", "AP"]
    {
        assert!(sources.contains(source), "{source}: {sources:?}");
    }
    assert!(!sources.iter().any(|s| s == "X" || s.contains("Smith")), "{sources:?}");
}

#[test]
fn a_name_that_opens_its_sentence_is_a_subject_and_a_refusal_credits_nobody() {
    let found = credits(&[(
        "wire",
        "Trump, speaking at a rally in Iowa, said he would win.\n\n\
         Biden and Harris said they were confident.\n\n\
         Critics said the plan would fail.\n\n\
         The company has not commented, and the ministry declined to comment.\n",
    )]);
    let sources = sources_of(&found, "wire");
    for source in ["Trump", "Biden", "Harris"] {
        assert!(sources.contains(source), "{source}: {sources:?}");
    }
    assert!(
        !sources.iter().any(|s| s.contains("Critics") || s.contains("company") || s.contains("ministry")),
        "{sources:?}"
    );
}

#[test]
fn a_subject_after_its_verb_and_a_comma_wins_over_the_words_before() {
    let found = credits(&[(
        "post",
        "Heavy rain, which eroded the dome atop the 1,700-metre Kelud, triggered the collapse, said Rina \
         Putri, who heads the survey centre.\n\n\
         The agency downgraded the alert on Friday, the WHO's highest level, reports Xinhua.\n",
    )]);
    let sources = sources_of(&found, "post");
    assert!(sources.contains("Rina Putri") && sources.contains("Xinhua"), "{sources:?}");
    assert!(!sources.iter().any(|s| s.contains("Kelud") || s.contains("WHO")), "{sources:?}");
}

#[test]
fn a_role_names_the_person_it_stands_for() {
    let found = credits(&[(
        "daily",
        "Finnish Prime Minister, Anna Virtanen, announced her resignation on Monday.\n\n\
         PM Anna Virtanen spoke at the party retreat in Tampere saying she was spent.\n\n\
         The two-term PM said she had thought about it over the summer.\n\n\
         Director-General Omar Haddad opened the meeting in Geneva.\n\n\
         The director-general said the committee had advised an end to the emergency.\n",
    )]);
    let sources = sources_of(&found, "daily");
    assert!(sources.contains("Anna Virtanen") && sources.contains("Omar Haddad"), "{sources:?}");
    assert!(
        !sources.iter().any(|s| s.contains("Minister") || s.contains("Tampere") || s.contains("PM")),
        "{sources:?}"
    );
    assert!(!sources.iter().any(|s| s == "general" || s.contains("director")), "{sources:?}");
}

#[test]
fn names_of_bodies_hold_of_for_and_and() {
    let found = credits(&[(
        "herald",
        "No serious injuries were reported, the Port of Halifax Fire Department said.\n\n\
         Flu was the fifth cause of death in 2022, the Centers for Disease Control and Prevention reported.\n\n\
         The Chilean Meteorology and Seismology Agency said the alert level was raised.\n\n\
         The quake destroyed a bridge, a local official told TV One.\n",
    )]);
    assert!(has(&found, "herald", "Port of Halifax Fire Department", SourceKind::Institution), "{found:#?}");
    assert!(
        has(&found, "herald", "Centers for Disease Control and Prevention", SourceKind::Institution),
        "{found:#?}"
    );
    assert!(
        has(&found, "herald", "Chilean Meteorology and Seismology Agency", SourceKind::Institution),
        "{found:#?}"
    );
    assert!(has(&found, "herald", "TV One", SourceKind::Media), "{found:#?}");
    let sources = sources_of(&found, "herald");
    assert!(!sources.iter().any(|s| s == "Port" || s == "Prevention" || s == "TV"), "{sources:?}");
}

#[test]
fn documents_credit_the_name_before_them_and_labels_credit_nobody() {
    let found = credits(&[(
        "gazette",
        "The jet was delivered two months ago, according to online FAA records.\n\n\
         The plume rose 12 km, based on data from the Kelud Volcano Observation Post.\n\n\
         Editor’s note: This article has been updated with additional details throughout.\n",
    )]);
    let sources = sources_of(&found, "gazette");
    assert!(sources.contains("FAA") && sources.contains("Kelud Volcano Observation Post"), "{sources:?}");
    assert!(!sources.iter().any(|s| s.to_lowercase().contains("editor")), "{sources:?}");
}

#[test]
fn a_closing_dash_or_a_name_on_its_own_line_credits_an_agency() {
    let found = credits(&[
        ("star", "\"I am leaving because it is time,\" she said. - AFP\n"),
        ("mail", "Kyodo News\n\nThe airline grounded its fleet on Saturday.\n"),
        ("sun", "Xinhua | Updated: 2024-01-06 13:50\n\nThe airline grounded its fleet on Saturday.\n"),
        ("post", "AP Photo/Jane Doe\n\nThe airline grounded its fleet. The bridge fell - Pronojiwo\n"),
    ]);
    assert!(has(&found, "star", "AFP", SourceKind::Agency), "{found:#?}");
    assert!(has(&found, "mail", "Kyodo", SourceKind::Agency), "{found:#?}");
    assert!(has(&found, "sun", "Xinhua", SourceKind::Agency), "{found:#?}");
    assert!(sources_of(&found, "post").is_empty(), "{found:#?}");
}

#[test]
fn names_with_hyphened_particles_routes_and_caption_credits() {
    let found = credits(&[(
        "wire",
        "Khan's party, Pakistan Tehreek-e-Insaf (PTI) said in a statement it would appeal.\n\n\
         He was driven to Attock via Motorway and jailed there.\n\n\
         \"We will appeal,\" the lawyer said (via PakTalk).\n\n\
         Police leave Khan's home after his arrest on Saturday – Arif Ali/AFP via Getty Images\n",
    )]);
    let sources = sources_of(&found, "wire");
    assert!(sources.iter().any(|s| s.contains("Pakistan Tehreek-e-Insaf")), "{sources:?}");
    assert!(sources.contains("PakTalk"), "{sources:?}");
    assert!(!sources.iter().any(|s| s == "Insaf" || s == "Motorway" || s.contains("Getty")), "{sources:?}");
}

#[test]
fn he_said_after_a_name_with_a_role_in_apposition_credits_that_person() {
    let found = credits(&[(
        "times",
        "But Chinese regulators said risks could be contained.\n\n\
         Fergus Saurin, a lawyer representing a group of creditors, was not surprised.\n\n\
         \"The company has failed to engage with us,\" he said.\n",
    )]);
    let sources = sources_of(&found, "times");
    assert!(sources.iter().any(|s| s.ends_with("Saurin")), "{sources:?}");
    assert!(!sources.contains("Chinese"), "{sources:?}");
}

#[test]
fn a_plural_possessive_inside_a_body_s_name_is_kept_and_an_owner_s_role_keeps_its_owner() {
    let found = credits(&[(
        "ledger",
        "Last week, the People's Bank of China announced measures to help property developers.\n\n\
         The company's executive director vowed the decision would not affect its operations.\n\n\
         Apple's Tim Cook said the headset was years in the making.\n",
    )]);
    let sources = sources_of(&found, "ledger");
    assert!(has(&found, "ledger", "People's Bank of China", SourceKind::Institution), "{found:#?}");
    assert!(!sources.contains("Bank of China"), "{sources:?}");
    assert!(sources.contains("the company's executive director"), "{sources:?}");
    assert!(sources.contains("Tim Cook") && !sources.iter().any(|s| s.starts_with("Apple's")), "{sources:?}");
}

#[test]
fn a_court_s_verdict_credits_the_court_and_a_finding_by_anyone_else_does_not() {
    let found = credits(&[(
        "herald",
        "Police arrested the former minister on Saturday after a court sentenced him to three years in prison.\n\n\
         An Islamabad court found him guilty of selling state gifts.\n\n\
         Researchers found the gifts in a warehouse.\n",
    )]);
    let sources = sources_of(&found, "herald");
    assert!(sources.iter().any(|s| s.ends_with("court")), "{sources:?}");
    assert!(sources.contains("an Islamabad court"), "{sources:?}");
    assert!(!sources.iter().any(|s| s.to_lowercase().contains("researchers")), "{sources:?}");
}

#[test]
fn media_addressed_are_credited_when_the_text_says_whose() {
    let found = credits(&[
        ("a", "The minister told French media the bridge would be rebuilt within five years.\n"),
        ("b", "The mayor told local media the road would reopen on Friday after the repairs.\n"),
        ("c", "\"We are devastated,\" the coach told media after the match on Sunday night.\n"),
        ("d", "The agency's spokesman told a press conference that ten people had died.\n"),
    ]);
    assert!(has(&found, "a", "French media", SourceKind::Media), "{found:#?}");
    assert!(has(&found, "b", "local media", SourceKind::Media), "{found:#?}");
    // The press at large, as "told reporters": the teller alone.
    assert!(!sources_of(&found, "c").iter().any(|s| s.contains("media")), "{found:#?}");
    assert!(!sources_of(&found, "d").iter().any(|s| s.contains("press")), "{found:#?}");
}

#[test]
fn a_medium_that_quoted_someone_credits_both() {
    let found = credits(&[(
        "a",
        "Regional media quoted the city fire brigade as saying the blaze was under control by midnight.\n",
    )]);
    assert!(sources_of(&found, "a").iter().any(|s| s.eq_ignore_ascii_case("regional media")), "{found:#?}");
    assert!(sources_of(&found, "a").iter().any(|s| s.contains("fire brigade")), "{found:#?}");
}

#[test]
fn a_surname_that_is_a_month_is_a_name() {
    let found = credits(&[(
        "a",
        "Theresa May tweeted that her thoughts were with the people of the city tonight.\n\nThe fire burned until May 5, officials said on Monday.\n",
    )]);
    assert!(sources_of(&found, "a").contains("Theresa May"), "{found:#?}");
    assert!(!sources_of(&found, "a").contains("Theresa"), "{found:#?}");
}

#[test]
fn a_hyphenated_first_name_and_a_channel_number_stay_in_their_names() {
    let found = credits(&[(
        "a",
        "Fire chief Jean-Luc Marchand told reporters he believes the towers were saved.\n\nLater, Marchand said the roof was lost. Police told Canal 9 television that the fire was an accident.\n",
    )]);
    let sources = sources_of(&found, "a");
    assert!(sources.contains("Jean-Luc Marchand"), "{found:#?}");
    assert!(!sources.contains("Jean") && !sources.contains("Luc Marchand"), "{found:#?}");
    assert!(sources.iter().any(|s| s.starts_with("Canal 9")), "{found:#?}");
}

#[test]
fn a_person_who_elaborated_is_credited() {
    let found = credits(&[(
        "a",
        "Lieutenant Commander Ana Ruiz of the Coast Guard elaborated on the search for the missing workers.\n",
    )]);
    assert!(sources_of(&found, "a").contains("Ana Ruiz"), "{found:#?}");
}
