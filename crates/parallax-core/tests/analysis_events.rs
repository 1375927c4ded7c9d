//! The engine on small hand-made events: a second story with other outlets (generality), and
//! one behaviour per test (speakers, split quotes, credits, common names).

use std::collections::BTreeSet;

use parallax_core::analysis::{analyse, EventAnalysis, QuoteFamily, SourceKind};
use parallax_core::model::{Article, Block, Embed, Event, Sentence};

mod builders;

fn article(outlet: &str, paragraphs: &[&[&str]]) -> Article {
    builders::article_in_paragraphs(outlet, &outlet.replace('-', " "), None, paragraphs)
}

fn event(articles: Vec<Article>) -> Event {
    builders::event_of("test-event", articles)
}

fn family_with<'a>(analysis: &'a EventAnalysis, phrase: &str) -> &'a QuoteFamily {
    let families: Vec<&QuoteFamily> =
        analysis.quotes.iter().filter(|f| f.variants.iter().any(|v| v.text.contains(phrase))).collect();
    assert_eq!(families.len(), 1, "{phrase:?} in {families:#?}");
    families[0]
}

fn cyclone() -> Event {
    event(vec![
        article(
            "coast-herald",
            &[
                &[
                    "Cyclone Lina made landfall near the port city of Mareva on Tuesday, killing at least 14 people and forcing 30,000 residents from their homes.",
                    "Wind speeds reached 190 kilometres per hour as the storm crossed the coast, the national weather agency said.",
                ],
                &[
                    "Mayor Ana Duarte said the city had never seen such damage.",
                    "\"We have lost roads, bridges and power lines. We will rebuild, but we need help now,\" Duarte told reporters at the harbour.",
                ],
                &["The government has declared a state of emergency in three coastal provinces, according to Reuters."],
                &["Local fishermen said their boats had been smashed against the harbour wall."],
            ],
        ),
        article(
            "global-wire",
            &[
                &["At least 14 people were killed and about 30,000 were evacuated after Cyclone Lina struck Mareva on Tuesday, officials said."],
                &["“We have lost roads, bridges and power lines,” Mayor Ana Duarte said, “and we need help now.”"],
                &["Winds of up to 190 kilometres per hour tore roofs off houses across the coast."],
                &["The storm is expected to weaken as it moves inland on Wednesday, forecasters told AFP."],
            ],
        ),
        article(
            "metro-daily",
            &[
                &["A powerful cyclone slammed into Mareva on Tuesday, leaving 14 people dead and 30,000 displaced."],
                &["Duarte, the city's mayor, said the damage was unprecedented.", "She added that the city \"will rebuild\"."],
                &["Emergency spokesperson Luis Romero said rescue teams were searching collapsed buildings in the old town."],
                &["Xinhua reported that neighbouring countries had offered rescue teams and supplies."],
            ],
        ),
        article(
            "pacific-radio",
            &[
                &["Cyclone Lina killed at least 14 people in Mareva, authorities said on Tuesday."],
                &["Ana Duarte, Mareva's mayor, said: \"We need help now.\""],
                &["The storm also flooded the main hospital, whose patients were moved to a school."],
            ],
        ),
    ])
}

#[test]
fn a_second_story_gets_sensible_claims() {
    let analysis = analyse(&cyclone());
    let toll = analysis
        .claims
        .iter()
        .find(|c| c.sentences.contains(&"pacific-radio-1".to_string()))
        .expect("the death toll sentence is in a claim");
    assert!(toll.outlets.len() >= 3, "the death toll is widely shared: {toll:#?}");
    let hospital =
        analysis.claims.iter().find(|c| c.sentences.contains(&"pacific-radio-3".to_string())).expect("claim");
    assert_eq!(hospital.outlets, ["pacific-radio"]);
    let fishermen =
        analysis.claims.iter().find(|c| c.sentences.contains(&"coast-herald-6".to_string())).expect("claim");
    assert_eq!(fishermen.outlets, ["coast-herald"]);
    let winds =
        analysis.claims.iter().find(|c| c.sentences.contains(&"global-wire-3".to_string())).expect("claim");
    assert!(winds.sentences.contains(&"coast-herald-2".to_string()), "{winds:#?}");
}

#[test]
fn a_second_story_gets_sensible_quotes_and_speakers() {
    let analysis = analyse(&cyclone());
    let family = family_with(&analysis, "need help now");
    let outlets: BTreeSet<&str> = family.variants.iter().map(|v| v.outlet.as_str()).collect();
    assert_eq!(outlets, BTreeSet::from(["coast-herald", "global-wire", "metro-daily", "pacific-radio"]));
    assert_eq!(family.speaker.as_deref(), Some("Ana Duarte"));
    // The split quote is one variant with both halves.
    let wire = family.variants.iter().find(|v| v.outlet == "global-wire").expect("wire variant");
    assert!(wire.text.contains("power lines") && wire.text.ends_with("need help now."), "{wire:?}");
    assert!(!wire.partial);
    // A pronoun stands for the last named person ("She added that the city "will rebuild""):
    // the fragment is partial, and joins the remark of hers that contains it.
    let rebuild = family.variants.iter().find(|v| v.text == "will rebuild").expect("the fragment joins");
    assert_eq!(rebuild.outlet, "metro-daily");
    assert!(rebuild.partial);
    assert_eq!(family_with(&analysis, "will rebuild").id, family.id);
}

#[test]
fn a_second_story_gets_credits_and_automatic_topics() {
    let analysis = analyse(&cyclone());
    let credits: BTreeSet<(&str, &str, SourceKind)> =
        analysis.attributions.iter().map(|a| (a.outlet.as_str(), a.source.as_str(), a.kind)).collect();
    assert!(credits.contains(&("coast-herald", "Reuters", SourceKind::Agency)));
    assert!(credits.contains(&("global-wire", "AFP", SourceKind::Agency)));
    assert!(credits.contains(&("metro-daily", "Xinhua", SourceKind::Agency)));
    assert!(credits.contains(&("metro-daily", "Luis Romero", SourceKind::Person)));

    let total = analysis.coverage.iter().map(|c| c.sentences).sum::<u32>() as usize;
    assert!((2..=8).contains(&analysis.topics.len()), "{:#?}", analysis.topics);
    for topic in &analysis.topics {
        assert!(topic.automatic && !topic.label.is_empty() && !topic.id.is_empty());
        let outlets: BTreeSet<&str> =
            topic.sentences.iter().filter_map(|id| id.rsplit_once('-').map(|(o, _)| o)).collect();
        assert!(outlets.len() >= 2, "{topic:#?}");
        assert!(topic.sentences.len() * 10 <= total * 4, "a topic is part of the story: {topic:#?}");
    }
    let labels: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(labels.iter().any(|l| l.contains("Duarte") || l.contains("Cyclone")), "{labels:?}");
    for row in &analysis.coverage {
        assert_eq!(row.topic_share.len(), analysis.topics.len());
    }
}

#[test]
fn sentences_sharing_only_common_names_stay_apart() {
    let e = event(vec![
        article(
            "a",
            &[&[
                "Putin and Trump discussed tariffs on steel imports.",
                "Putin told Trump about the grain harvest in Siberia.",
                "Trump praised Putin for the prisoner release.",
            ]],
        ),
        article(
            "b",
            &[&[
                "Putin and Trump met reporters after a tense exchange over sanctions.",
                "Trump said Putin wanted a summit in Budapest before winter.",
                "Putin warned Trump about missiles in Europe.",
            ]],
        ),
    ]);
    let analysis = analyse(&e);
    assert_eq!(analysis.claims.len(), 6, "{:#?}", analysis.claims);
    assert!(analysis.claims.iter().all(|c| c.outlets.len() == 1));
}

#[test]
fn paraphrases_and_number_words_match() {
    let e = event(vec![
        article(
            "a",
            &[&["The ministry confirmed that six soldiers were killed in the attack on the border post."]],
        ),
        article("b", &[&["Six soldiers died when the border post was attacked, the ministry confirmed."]]),
        article("c", &[&["A new bridge over the river opened to traffic."]]),
    ]);
    let analysis = analyse(&e);
    let claim = analysis.claims.iter().find(|c| c.sentences.contains(&"a-1".to_string())).expect("claim");
    assert_eq!(claim.outlets, ["a", "b"]);
    assert_eq!(claim.missing(&e).collect::<Vec<_>>(), ["c"]);
}

#[test]
fn speakers_from_descriptors_pronouns_and_variants_of_names() {
    let e = event(vec![
        article(
            "a",
            &[
                &["Foreign Minister Ivan Petrov arrived in Geneva on Monday."],
                &["\"We are ready to sign,\" the foreign minister said."],
                &["Petrov then met Yury Sokolov."],
                &["He said: \"Nothing is agreed until everything is agreed.\""],
                &["\"It is over,\" a source said."],
            ],
        ),
        article(
            "b",
            &[&["Kremlin aide Yuri Sokolov said the talks were \"constructive and frank\" on Monday."]],
        ),
        article("c", &[&["\"We are ready to sign the deal,\" Petrov told journalists in Geneva."]]),
    ]);
    let analysis = analyse(&e);
    assert_eq!(family_with(&analysis, "ready to sign").speaker.as_deref(), Some("Ivan Petrov"));
    // "He" refers back to the last named person, Sokolov, whose two spellings are one name.
    assert_eq!(family_with(&analysis, "Nothing is agreed").speaker.as_deref(), Some("Yuri Sokolov"));
    assert_eq!(family_with(&analysis, "It is over").speaker, None);
    let credits: Vec<(&str, &str)> = analysis
        .attributions
        .iter()
        .filter(|a| a.kind == SourceKind::Person)
        .map(|a| (a.outlet.as_str(), a.source.as_str()))
        .collect();
    assert!(credits.contains(&("b", "Yuri Sokolov")), "{credits:?}");
}

#[test]
fn a_place_is_never_a_speaker_through_a_title_beside_it() {
    let e = event(vec![
        article(
            "a",
            &[
                &["US President Mark Daley spoke to Chancellor Anna Vogel on Friday."],
                &["Vogel was open to talks on ending the war with Norland, a government aide was quoted as saying."],
                &["But Vogel wants a settlement with Norland that addresses what she called the \"deeper grievances\" of the region."],
                &["\"We talked about the border and the grain deal at length,\" added the US leader."],
                &["Prime Minister Mark Daley also met the press.", "\"The deal is done,\" the two-term PM said."],
            ],
        ),
        article("b", &[&["Daley said the call went well and that the grain deal was discussed."]]),
    ]);
    let analysis = analyse(&e);
    // "the US leader" is a descriptor for Daley, not the country "US".
    assert_eq!(family_with(&analysis, "grain deal at length").speaker.as_deref(), Some("Mark Daley"));
    assert_eq!(family_with(&analysis, "deal is done").speaker.as_deref(), Some("Mark Daley"));
    // "Norland, a government aide was quoted": the aide is the verb's subject, so Norland is no
    // person, and "she" goes back to Vogel.
    assert_eq!(family_with(&analysis, "deeper grievances").speaker.as_deref(), Some("Anna Vogel"));
}

#[test]
fn quotes_spanning_sentences_map_to_where_they_open() {
    let e = event(vec![article(
        "a",
        &[&[
            "The envoy spoke briefly.",
            "She said, “We had a long call.",
            "It was useful.”",
            "Then she left.",
        ]],
    )]);
    let analysis = analyse(&e);
    let family = family_with(&analysis, "long call");
    assert_eq!(family.variants[0].text, "We had a long call. It was useful.");
    assert_eq!(family.variants[0].sentence, "a-2");
}

#[test]
fn media_names_match_whole_words_with_their_case() {
    let e = event(vec![
        article(
            "a",
            &[&[
                "The art fair said the rt prize and the RTL show were cancelled.",
                "Shares in Reutersville fell, the Art Council reported.",
                "RT reported that the fair would reopen.",
            ]],
        ),
        article("b", &[&["A spokesman told The Associated Press that the fair would reopen."]]),
    ]);
    let analysis = analyse(&e);
    let media: Vec<(&str, &str, &str)> = analysis
        .attributions
        .iter()
        .filter(|a| matches!(a.kind, SourceKind::Agency | SourceKind::Media))
        .map(|a| (a.outlet.as_str(), a.source.as_str(), a.sentence.as_str()))
        .collect();
    assert_eq!(media, [("a", "RT", "a-3"), ("b", "AP", "b-1")]);
}

#[test]
fn embedded_posts_are_credited() {
    let mut e = event(vec![article("a", &[&["The video went viral."]])]);
    e.articles[0].blocks.push(Block::Embed(Embed {
        sentences: vec![Sentence { id: "a-2".into(), text: "What a day.".into() }],
        author: Some("Jane Roe".into()),
        handle: Some("janeroe".into()),
        ..Embed::default()
    }));
    e.articles[0].blocks.push(Block::Embed(Embed {
        sentences: vec![Sentence { id: "a-3".into(), text: "Indeed.".into() }],
        author: None,
        handle: Some("anon".into()),
        ..Embed::default()
    }));
    let analysis = analyse(&e);
    let posts: Vec<(&str, &str)> = analysis
        .attributions
        .iter()
        .filter(|a| a.kind == SourceKind::SocialPost)
        .map(|a| (a.source.as_str(), a.sentence.as_str()))
        .collect();
    assert_eq!(posts, [("Jane Roe", "a-2"), ("@anon", "a-3")]);
    // Embeds are someone else's words: they are in no claim.
    assert!(analysis.claims.iter().all(|c| c.sentences == ["a-1"]));
}

#[test]
fn empty_events_and_articles() {
    let analysis = analyse(&Event::default());
    assert!(analysis.claims.is_empty() && analysis.quotes.is_empty() && analysis.topics.is_empty());
    let analysis = analyse(&event(vec![article("a", &[]), article("b", &[&[""]])]));
    assert_eq!(analysis.coverage.len(), 2);
    assert_eq!(analysis.coverage[0].claim_share, 0.0);
}

/// A rail strike told by four outlets whose articles, like real ones, name the two main actors
/// in most paragraphs. Sentence ids are `<outlet>-<n>`.
fn rail_strike() -> Event {
    event(vec![
        article(
            "north-star",
            &[
                &["Transport Minister Elena Varga revealed the details of her talks with union leader Marko Bilic on Monday."],
                &["Varga said the strike had cost the economy 40 million euros a day."],
                &["Bilic repeated that the union wanted wages to rise by 8 percent."],
                &["Varga added that the union's recent suspension of overtime on freight lines was not discussed during the meeting."],
                &["Bilic said the drivers would not return until Varga made a written offer."],
                &["Commuters in the capital queued for buses for a second week."],
            ],
        ),
        article(
            "daily-east",
            &[
                &["Union leader Marko Bilic walked out of a union congress in Brno on Monday to attend talks with Transport Minister Elena Varga."],
                &["Bilic apologised to the delegates and promised to return before the evening vote."],
                &["Varga told reporters the strike was costing 40 million euros every day."],
                &["These talks come shortly after the union unexpectedly halted overtime on freight lines, including the port routes and the northern corridor."],
                &["Varga and Bilic are due to meet again on Thursday."],
            ],
        ),
        article(
            "capital-news",
            &[
                &["Marko Bilic left the union congress in Brno early on Monday for talks with Elena Varga."],
                &["The recent union move to temporarily suspend overtime was not mentioned, a development closely watched by exporters."],
                &["Varga called the talks constructive, while Bilic said no agreement had been reached."],
                &["The 8 percent pay demand remains the main obstacle, Bilic told reporters."],
                &["Varga said she would not negotiate through the media."],
            ],
        ),
        article(
            "west-wire",
            &[
                &["Varga and Bilic held talks on Monday as the strike entered its second week."],
                &["Trains across the country stood idle, and Varga said the stoppage was costing the economy 40 million euros each day."],
                &["Bilic has led the union since 2019."],
                &["Varga's ministry said emergency bus services would be extended."],
            ],
        ),
    ])
}

/// The claim holding a sentence id.
fn claim_of<'a>(analysis: &'a EventAnalysis, sentence: &str) -> &'a parallax_core::analysis::Claim {
    analysis
        .claims
        .iter()
        .find(|c| c.sentences.iter().any(|s| s == sentence))
        .expect("every sentence has a claim")
}

#[test]
fn a_fact_inside_a_longer_sentence_matches_its_shorter_wording() {
    let analysis = analyse(&rail_strike());
    // "suspension of overtime on freight lines was not discussed" against "halted overtime on
    // freight lines, including the port routes and the northern corridor".
    let overtime = claim_of(&analysis, "north-star-4");
    assert!(overtime.sentences.contains(&"daily-east-4".to_string()), "{overtime:#?}");
    assert!(overtime.outlets.iter().all(|o| o != "west-wire"), "{overtime:#?}");
}

#[test]
fn a_figure_inside_a_longer_sentence_matches_its_short_statement() {
    let analysis = analyse(&rail_strike());
    let cost = claim_of(&analysis, "north-star-2");
    assert_eq!(cost.outlets, ["north-star", "daily-east", "west-wire"], "{cost:#?}");
}

#[test]
fn a_lead_sharing_only_the_main_names_day_and_talks_stays_apart() {
    let analysis = analyse(&rail_strike());
    let lead = claim_of(&analysis, "north-star-1");
    assert!(!lead.sentences.contains(&"daily-east-1".to_string()), "{lead:#?}");
    assert!(!lead.sentences.contains(&"capital-news-1".to_string()), "{lead:#?}");
    // Leaving the congress for the talks is one fact in two outlets.
    let walkout = claim_of(&analysis, "daily-east-1");
    assert!(walkout.sentences.contains(&"capital-news-1".to_string()), "{walkout:#?}");
    // Different facts about the same people stay apart.
    for unique in ["north-star-6", "daily-east-2", "west-wire-3", "west-wire-4", "capital-news-5"] {
        assert_eq!(claim_of(&analysis, unique).sentences, [unique], "{unique}");
    }
}

/// The families holding a variant whose text is exactly `text`.
fn families_with_text<'a>(analysis: &'a EventAnalysis, text: &str) -> Vec<&'a QuoteFamily> {
    analysis.quotes.iter().filter(|f| f.variants.iter().any(|v| v.text == text)).collect()
}

fn bridge_closure() -> Event {
    event(vec![
        article(
            "river-post",
            &[
                &["The Ostbrook bridge was closed on Monday after engineers found cracks in two of its piers."],
                &["\"We were extremely worried about the north pier, so we closed it straight away,\" chief engineer Hana Berg said."],
                &["Transport minister Iker Sola said: \"Repairs will take at least three months and will be very costly.\""],
            ],
        ),
        article(
            "valley-news",
            &[
                &["Engineers closed the Ostbrook bridge on Monday after finding cracks in two piers."],
                &["Chief engineer Hana Berg told reporters: \"We were extremely worried about the north pier, so we closed it straight away.\""],
                &["Berg said the team had been \"extremely worried\" for several days."],
                &["Speaking after the closure, Sola said that the repairs would be \"very costly\" in the end."],
                &["Commuter Ada Lind said the detour already felt like \"three months\" of misery."],
            ],
        ),
        article(
            "metro-wire",
            &[
                &["Cracks in two piers forced the closure of the Ostbrook bridge on Monday."],
                &["Residents described the closure as \"extremely worried\" talk from the council."],
                &["Iker Sola promised that repairs would be quick."],
            ],
        ),
    ])
}

#[test]
fn a_fragment_joins_the_remark_of_its_speaker_that_contains_it() {
    let analysis = analyse(&bridge_closure());
    let berg = family_with(&analysis, "north pier");
    assert_eq!(berg.speaker.as_deref(), Some("Hana Berg"));
    // Valley News quotes two words of Berg's remark, attributed to her: one family.
    let fragment =
        berg.variants.iter().find(|v| v.text == "extremely worried").expect("Berg's fragment joins");
    assert_eq!(fragment.outlet, "valley-news");
    assert!(fragment.partial);
    // Sola's two words join Sola's remark, not Berg's.
    let sola = family_with(&analysis, "Repairs will take");
    assert_eq!(sola.speaker.as_deref(), Some("Iker Sola"));
    assert!(sola.variants.iter().any(|v| v.text == "very costly" && v.partial), "{sola:#?}");
    assert_ne!(sola.id, berg.id);
}

#[test]
fn a_fragment_with_another_speaker_or_none_stays_alone() {
    let analysis = analyse(&bridge_closure());
    // The same two words, quoted from nobody in particular: no family is guessed.
    let unattributed = families_with_text(&analysis, "extremely worried");
    assert_eq!(unattributed.len(), 2, "{unattributed:#?}");
    let alone = unattributed.iter().find(|f| f.variants.len() == 1).expect("the unattributed fragment");
    assert_eq!(alone.variants[0].outlet, "metro-wire");
    // Words of Sola's remark that someone else says do not join Sola's remark.
    let lind = families_with_text(&analysis, "three months");
    assert_eq!(lind.len(), 1);
    assert_eq!(lind[0].speaker.as_deref(), Some("Ada Lind"));
    assert_eq!(lind[0].variants.len(), 1, "{lind:#?}");
}

fn stadium_vote() -> Event {
    event(vec![
        article(
            "city-times",
            &[
                &["The council of Marlow voted on Thursday to build a new football stadium near the river, officials said."],
                &["Mayor Lotte Vance said the stadium would open in 2028, Reuters reported."],
                &["The stadium will cost 300 million euros, according to a council statement."],
                &["Residents reported concerns about traffic near the river last week."],
            ],
        ),
        article(
            "north-herald",
            &[
                &["Marlow's council approved a new stadium on Thursday, the city said in a statement."],
                &["Lotte Vance, the mayor, said the stadium project would create 2,000 jobs, according to Reuters."],
                &["Traffic on the river road worried residents, local media reported on Wednesday."],
                &["The vote was reported late on Thursday."],
            ],
        ),
        article(
            "daily-wire",
            &[
                &["Councillors in Marlow reportedly backed the stadium plan on Thursday."],
                &["The stadium, officials said, will have 40,000 seats."],
                &["Lotte Vance told reporters the river site was chosen for its transport links."],
                &["Critics said the stadium would hurt traffic, the City Times reported."],
            ],
        ),
    ])
}

#[test]
fn automatic_topics_are_never_reporting_time_or_function_words() {
    let analysis = analyse(&stadium_vote());
    let labels: Vec<String> = analysis.topics.iter().map(|t| t.label.to_lowercase()).collect();
    assert!(!labels.is_empty(), "{:#?}", analysis.topics);
    for junk in [
        "reported",
        "report",
        "said",
        "according",
        "statement",
        "officials",
        "official",
        "thursday",
        "week",
        "late",
        "reuters",
        "reportedly",
        "mayor",
        "told",
        "city times",
        "media",
    ] {
        assert!(!labels.iter().any(|l| l == junk), "{junk:?} is no topic: {labels:?}");
    }
    // Names and content nouns carried by two outlets or more are.
    assert!(labels.iter().any(|l| l == "lotte vance"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "traffic" || l == "river"), "{labels:?}");
}

#[test]
fn automatic_topics_prefer_a_name_to_a_common_noun_of_the_same_reach() {
    let analysis = analyse(&stadium_vote());
    let labels: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
    // "Lotte Vance" is in three sentences of three outlets, as "traffic" is.
    let (Some(name), Some(noun)) =
        (labels.iter().position(|l| *l == "Lotte Vance"), labels.iter().position(|l| *l == "Traffic"))
    else {
        panic!("both are topics: {labels:?}");
    };
    assert!(name < noun, "{labels:?}");
}

#[test]
fn a_quote_goes_on_in_the_voice_of_the_quote_before_it() {
    let e = event(vec![article(
        "a",
        &[
            &["\"Here it is,\" astronomer Mara Keller said at a briefing in Geneva. \"This is the clearest picture we have ever had.\""],
            &["\"It is like seeing a ghost,\" Keller added."],
            &["\"We waited ten years for this day.\""],
            &["\"It is over,\" a source said."],
            &["Critics call such \"lucky breaks\" rare."],
        ],
    )]);
    let analysis = analyse(&e);
    let speaker = |phrase: &str| family_with(&analysis, phrase).speaker.clone();
    // The same paragraph: a place named between the quotes is no other speaker.
    assert_eq!(speaker("clearest picture").as_deref(), Some("Mara Keller"));
    // A paragraph that opens with a quote goes on in the voice the paragraph before it ended in.
    assert_eq!(speaker("ten years").as_deref(), Some("Mara Keller"));
    // A quote credited to someone unnamed, and a fragment in the outlet's own words, are not.
    assert_eq!(speaker("It is over"), None);
    assert_eq!(speaker("lucky breaks"), None);
}

#[test]
fn weekdays_and_appositives_in_attributions() {
    let e = event(vec![article(
        "a",
        &[
            &["\"We will not stop,\" said Thursday's winner, coach Ali Demir."],
            &["\"The dam held,\" she said Thursday."],
            &["\"Nobody expected this,\" Rui Costa, a senior engineer at the port authority who led the inspection, said on Monday."],
        ],
    )]);
    let analysis = analyse(&e);
    assert_ne!(family_with(&analysis, "The dam held").speaker.as_deref(), Some("Thursday"));
    assert_eq!(family_with(&analysis, "Nobody expected").speaker.as_deref(), Some("Rui Costa"));
}

#[test]
fn a_long_interview_answer_is_quoted_remark_by_remark() {
    let answer: &[&str] = &[
        "\"The first thing I felt was relief, because the whole team had suffered so much this season.",
        "Then I thought of my family, who were in the stands tonight with my two children.",
        "Now I want to rest for a few weeks before we start again in the new year,\" she said.",
    ];
    let e = event(vec![
        article("a", &[answer]),
        article("b", &[&["\"Now I want to rest for a few weeks before we start again in the new year,\" the captain said."]]),
    ]);
    let analysis = analyse(&e);
    let rest = family_with(&analysis, "rest for a few weeks");
    assert_eq!(rest.variants.len(), 2, "{rest:#?}");
    assert!(rest.variants.iter().all(|v| !v.text.contains("relief")), "{rest:#?}");
}

#[test]
fn a_figure_joins_the_outlets_that_print_it_whatever_the_words_around_it() {
    let e = event(vec![
        article("a", &[&["The storm flattened villages along the coast, killing at least 143 people and injuring hundreds."]]),
        article("b", &[&["Rescuers said 143 bodies had been recovered by nightfall."]]),
        article("c", &[&["In 2020 the port was rebuilt.", "The toll is expected to rise."]]),
        article("d", &[&["Schools closed in 2020.", "Schools stayed shut."]]),
    ]);
    let analysis = analyse(&e);
    let holding = |id: &str| -> Vec<&Vec<String>> {
        analysis.claims.iter().map(|c| &c.sentences).filter(|s| s.iter().any(|x| x == id)).collect()
    };
    assert!(holding("a-1").iter().any(|s| s.contains(&"b-1".to_string())), "{:#?}", analysis.claims);
    // A year dates many facts at once: it joins nothing by itself.
    assert!(holding("c-1").iter().all(|s| !s.contains(&"d-1".to_string())), "{:#?}", analysis.claims);
}

/// Whether some claim holds both sentences.
fn in_one_claim(analysis: &EventAnalysis, x: &str, y: &str) -> bool {
    analysis.claims.iter().any(|c| c.sentences.iter().any(|s| s == x) && c.sentences.iter().any(|s| s == y))
}

#[test]
fn a_day_of_a_month_anchors_with_the_same_date_not_with_the_same_count() {
    let e = event(vec![
        article("a", &[&["The ministry said 5 billion doses had been given worldwide."]]),
        article("b", &[&["The bulletin was first published on May 5, before the vote."]]),
        article("c", &[&["Voting closes on 5 May in most regions."]]),
        article("d", &[&["Officials now count 5 billion doses given."]]),
    ]);
    let analysis = analyse(&e);
    let together = |x: &str, y: &str| in_one_claim(&analysis, x, y);
    assert!(together("a-1", "d-1"), "{:#?}", analysis.claims);
    assert!(together("b-1", "c-1"), "{:#?}", analysis.claims);
    for date in ["b-1", "c-1"] {
        assert!(!together("a-1", date) && !together("d-1", date), "{date}: {:#?}", analysis.claims);
    }
}

#[test]
fn a_measure_and_a_count_of_one_number_are_two_figures_and_a_bare_number_joins_both() {
    let e = event(vec![
        article("a", &[&["The headset carries 12 cameras and five microphones."]]),
        article("b", &[&["Engineers fitted 12 cameras into the frame."]]),
        article("c", &[&["Cook has led the firm for 12 years."]]),
        article("d", &[&["After 12 years at the helm, Cook showed his boldest bet."]]),
        article("e", &[&["Its sensors number 12, a record for the category."]]),
    ]);
    let analysis = analyse(&e);
    let together = |x: &str, y: &str| in_one_claim(&analysis, x, y);
    assert!(together("a-1", "b-1") && together("c-1", "d-1"), "{:#?}", analysis.claims);
    assert!(!together("a-1", "c-1") && !together("b-1", "d-1"), "{:#?}", analysis.claims);
    // "number 12," says nothing of what is counted: it may be either figure.
    assert!(together("e-1", "a-1") && together("e-1", "c-1"), "{:#?}", analysis.claims);
}

#[test]
fn automatic_topics_name_sub_stories_not_the_main_people() {
    let e = event(vec![
        article(
            "a",
            &[&[
                "Nora Lind won the city election on Sunday.",
                "Nora Lind thanked voters.",
                "Nora Lind promised new bus lanes.",
                "The death toll from the floods rose to 12.",
                "Turnout was low.",
            ]],
        ),
        article(
            "b",
            &[&[
                "Nora Lind was elected mayor.",
                "Nora Lind spoke to supporters.",
                "Nora Lind will start on Monday.",
                "The death toll stood at 12 by the evening.",
                "Bus lanes are her first plan.",
            ]],
        ),
        article(
            "c",
            &[&[
                "Voters chose Nora Lind.",
                "Nora Lind is 44.",
                "The floods left a death toll of 12 in the valley.",
                "New bus lanes will follow.",
            ]],
        ),
    ]);
    let analysis = analyse(&e);
    let labels: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(labels.contains(&"Death toll") && labels.contains(&"Bus lanes"), "{labels:?}");
    // Named in most sentences, she is the story, not a part of it.
    assert!(!labels.contains(&"Nora Lind"), "{labels:?}");
}

#[test]
fn a_possessive_ends_a_name_and_is_never_the_speaker() {
    let e = event(vec![
        article(
            "a",
            &[
                &["Orvand's VR goggles went on sale on Friday."],
                &["\"It changes everything,\" said Orvand's chief, Mila Brandt, at the launch."],
            ],
        ),
        article(
            "b",
            &[&["The VR goggles cost 900 crowns, Orvand's shop said."], &["Buyers queued for hours."]],
        ),
        article("c", &[&["Orvand's VR set was shown to reporters."], &["VR fans camped outside."]]),
    ]);
    let analysis = analyse(&e);
    let labels: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
    // "Orvand's VR" is two names, a company's and a product's, not one.
    assert!(!labels.iter().any(|l| l.contains("Orvand's")), "{labels:?}");
    // The company in the possessive qualifies the speaker; the person named after it speaks.
    assert_eq!(family_with(&analysis, "changes everything").speaker.as_deref(), Some("Mila Brandt"));
}

#[test]
fn speakers_are_people_not_places_acronyms_or_the_words_before_them() {
    let e = event(vec![article(
        "a",
        &[
            &["\"Thick smoke covered the villages,\" said Kelud district head Budi Santoso."],
            &["PM Anna Virtanen spoke at a retreat in Tampere saying she had \"nothing left in the tank\"."],
            &["\"It is not over,\" Dr. Jane Smith said."],
            &["Smith said the official MERS toll was still rising."],
            &["\"MERS has changed our world,\" she said."],
        ],
    )]);
    let analysis = analyse(&e);
    assert_eq!(family_with(&analysis, "Thick smoke").speaker.as_deref(), Some("Budi Santoso"));
    assert_eq!(family_with(&analysis, "nothing left").speaker.as_deref(), Some("Anna Virtanen"));
    assert_eq!(family_with(&analysis, "not over").speaker.as_deref(), Some("Jane Smith"));
    assert_eq!(family_with(&analysis, "changed our world").speaker.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_sentence_that_several_outlets_each_match_best_joins_their_claim() {
    let filler: &[&str] = &[
        "Schools in the state stayed closed for a second day.",
        "The governor asked for federal help with the cleanup.",
    ];
    let flood = |d: &str| {
        event(vec![
            article("a", &[&["Floods cut the coastal highway near Porto Alegre on Tuesday."], filler]),
            article("b", &[&["Floods cut the coastal highway near Porto Alegre, officials said."], filler]),
            article("c", &[&["The coastal highway near Porto Alegre was cut by floods on Tuesday."], filler]),
            article("d", &[&[d], &["Rescue teams reached three villages by boat."]]),
        ])
    };
    let claim_of = |e: &Event| {
        let analysis = analyse(e);
        let claim = analysis.claims.iter().find(|c| c.sentences.contains(&"a-1".to_string())).cloned();
        claim.expect("claim")
    };
    let near = flood("Floods closed the coastal road outside Porto Alegre, blocking traffic for hours.");
    let claim = claim_of(&near);
    assert!(claim.sentences.contains(&"d-1".to_string()), "{claim:#?}");
    // A sentence that gives a figure the claim lacks reports something more: it stays apart.
    let more = flood("Floods closed the coastal road outside Porto Alegre, where 12 people drowned.");
    let claim = claim_of(&more);
    assert!(!claim.sentences.contains(&"d-1".to_string()), "{claim:#?}");
}

/// A sentence that states several facts in clauses matches another outlet's sentence on the
/// clause they share, and still stands in its own claim for the rest.
#[test]
fn a_fact_stated_in_a_clause_of_a_longer_sentence_is_matched() {
    let e = event(vec![
        article(
            "a",
            &[&[
                "Governor Elena Voss, who cut short a trade mission to Norway to fly home, toured the flooded valley towns on Monday and promised emergency grants for farmers.",
                "Rescue teams reached the last stranded village by boat.",
            ]],
        ),
        article(
            "b",
            &[&[
                "The governor cut short a trade mission to Norway after the river burst its banks.",
                "Schools across the region stayed closed for a third day.",
            ]],
        ),
        article(
            "c",
            &[&[
                "Voss promised emergency grants for farmers whose harvest was lost.",
                "The regional airport reopened on Tuesday.",
            ]],
        ),
    ]);
    let analysis = analyse(&e);
    let with = |id: &str| -> Vec<Vec<String>> {
        analysis
            .claims
            .iter()
            .filter(|c| c.sentences.iter().any(|s| s == id))
            .map(|c| c.outlets.clone())
            .collect()
    };
    let claims_of_a = with("a-1");
    assert!(claims_of_a.iter().any(|outlets| outlets.contains(&"b".to_string())), "{:#?}", analysis.claims);
    assert!(claims_of_a.iter().any(|outlets| outlets.contains(&"c".to_string())), "{:#?}", analysis.claims);
    assert!(with("a-2").iter().all(|outlets| outlets == &["a"]), "{:#?}", analysis.claims);
}

/// Two clauses in one frame about different people, or with different figures, are two facts.
#[test]
fn clauses_in_one_frame_about_different_people_stay_apart() {
    let e = event(vec![
        article(
            "a",
            &[&["In the final, Moreau converted his second penalty of the night, sending the match to extra time."]],
        ),
        article(
            "b",
            &[&["With the crowd on its feet, Okafor converted his second penalty of the night, sealing the win."]],
        ),
    ]);
    let analysis = analyse(&e);
    assert!(analysis.claims.iter().all(|c| c.outlets.len() == 1), "{:#?}", analysis.claims);
}

fn flood_statements() -> Event {
    event(vec![
        article(
            "harbour-times",
            &[
                &["Floods cut off three villages in the Velmar valley on Sunday."],
                &["\"My thoughts are with every family that lost a home in the valley last night. I cannot imagine the fear you are all feeling right now,\" Governor Rosa Kell said, adding, \"No family should ever have to rebuild alone, and this province will stand with them.\""],
                &["\"We will not,\" Kell said, \"give up on the valley.\""],
            ],
        ),
        article(
            "plains-daily",
            &[
                &["Three Velmar villages were cut off by floods on Sunday."],
                &["\"No family should ever have to rebuild alone, and this province will stand with them,\" Kell wrote on social media."],
            ],
        ),
        article(
            "river-echo",
            &[
                &["Flooding isolated three villages in the Velmar valley."],
                &["\"I cannot imagine the fear you are all feeling right now,\" Governor Rosa Kell said."],
            ],
        ),
    ])
}

#[test]
fn the_halves_of_a_split_quote_that_are_two_sentences_are_two_remarks() {
    let analysis = analyse(&flood_statements());
    // "…right now," she said, adding, "No family …": the later half opens a sentence, so
    // the two remarks are quoted apart and their families stay apart.
    let fear = family_with(&analysis, "cannot imagine the fear");
    let rebuild = family_with(&analysis, "rebuild alone");
    assert_ne!(fear.id, rebuild.id, "{fear:#?} {rebuild:#?}");
    assert!(fear.variants.iter().any(|v| v.outlet == "river-echo"), "{fear:#?}");
    assert!(rebuild.variants.iter().any(|v| v.outlet == "plains-daily"), "{rebuild:#?}");
    // A later half that goes on with the sentence stays one quote with the first.
    let whole = family_with(&analysis, "We will not");
    let joined = |v: &&parallax_core::analysis::QuoteVariant| {
        v.text.starts_with("We will not") && v.text.ends_with("give up on the valley.")
    };
    assert!(whole.variants.iter().any(|v| joined(&v)), "{whole:#?}");
}

fn port_strike() -> Event {
    event(vec![
        article(
            "dock-herald",
            &[
                &["Dockworkers walked off the job at the port of Selby on Monday."],
                &["Union leader Marta Ruiz, Mayor Tom Vale's former adviser, said the strike would go on."],
                &["\"We will not go back without a contract,\" she told reporters."],
                &[
                    "\"The gates are shut,\" Ruiz told Reuters.",
                    "\"We are filing a complaint against the company in court.\"",
                ],
                &["\"Talks are over for now,\" she said, adding she would not hesitate to strike again should the company \"break its word twice.\""],
                &["Professor Lena Ortiz, who studies port labour, has termed it \"the longest stoppage in forty years.\""],
            ],
        ),
        article(
            "bay-courier",
            &[
                &["The strike at Selby's port hit Mayor Tom Vale's city hard."],
                &["\"We are talking to both sides every day,\" he said."],
                &[
                    "\"The port stays shut,\" union leader Marta Ruiz said, but port director Ian Moss disagreed.",
                    "\"We are open for business as usual.\"",
                ],
                &["\"The cranes have stood idle since dawn,\" Port Director Ian Moss, the city's harbour chief, told reporters."],
            ],
        ),
    ])
}

#[test]
fn a_pronoun_passes_over_a_name_in_the_possessive() {
    let analysis = analyse(&port_strike());
    // "Marta Ruiz, Mayor Tom Vale's former adviser, said …" then "she told reporters": Ruiz.
    let contract = family_with(&analysis, "without a contract");
    assert_eq!(contract.speaker.as_deref(), Some("Marta Ruiz"), "{contract:#?}");
    // With no other person in its paragraph, the name in the possessive is the one meant.
    let sides = family_with(&analysis, "both sides every day");
    assert_eq!(sides.speaker.as_deref(), Some("Tom Vale"), "{sides:#?}");
}

#[test]
fn a_quote_after_an_attributed_one_goes_on_in_its_speakers_voice() {
    let analysis = analyse(&port_strike());
    // `"…," Ruiz told Reuters. "…"`: her own name between the quotes is no other person.
    let complaint = family_with(&analysis, "filing a complaint");
    assert_eq!(complaint.speaker.as_deref(), Some("Marta Ruiz"), "{complaint:#?}");
    // Another person named between the quotes: the second quote is not hers.
    let open = family_with(&analysis, "open for business");
    assert_ne!(open.speaker.as_deref(), Some("Marta Ruiz"), "{open:#?}");
}

#[test]
fn a_speaker_named_with_titles_and_a_description_after_the_quote() {
    let analysis = analyse(&port_strike());
    // `"…," Port Director Ian Moss, the city's harbour chief, told reporters.`
    let cranes = family_with(&analysis, "cranes have stood idle");
    assert_eq!(cranes.speaker.as_deref(), Some("Ian Moss"), "{cranes:#?}");
}

#[test]
fn a_speaker_who_terms_something_says_it() {
    let analysis = analyse(&port_strike());
    let stoppage = family_with(&analysis, "longest stoppage");
    assert_eq!(stoppage.speaker.as_deref(), Some("Lena Ortiz"), "{stoppage:#?}");
}

#[test]
fn a_verb_going_on_from_an_attribution_takes_its_subject() {
    let analysis = analyse(&port_strike());
    // `"…," she said, adding she would … "break its word twice."`: the fragment is hers.
    let word = family_with(&analysis, "break its word twice");
    assert_eq!(word.speaker.as_deref(), Some("Marta Ruiz"), "{word:#?}");
}
