//! Snapshot tests of the seed corpus (`assets/corpus`): each article's cleaned structure, plus
//! hand-written checks that the named boilerplate is gone and the body text is kept.
//!
//! Refresh the snapshots with `UPDATE_EXPECT=1 cargo test -p parallax-core --test ingest_seeds`
//! and read the diff before committing it.

use std::path::PathBuf;

use expect_test::expect_file;
use parallax_core::ingest::outline;
use parallax_core::model::{Article, Block, Event, RemovalReason};
use parallax_core::{load_corpus, Limits};

const EVENT: &str = "putin-trump-call-2025-07-03";

fn seed_event() -> Event {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus");
    let ingested = load_corpus(&dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "seed corpus errors: {:?}", ingested.errors);
    ingested.corpus.event(EVENT).cloned().expect("the seed event")
}

fn article<'a>(event: &'a Event, outlet: &str) -> &'a Article {
    event.article(outlet).unwrap_or_else(|| panic!("no article for {outlet}"))
}

fn own_text(article: &Article) -> String {
    article.own_sentences().map(|sentence| sentence.text.as_str()).collect::<Vec<_>>().join("\n")
}

fn removed(article: &Article, reason: RemovalReason) -> Vec<String> {
    article
        .removals()
        .filter(|removal| removal.reason == reason)
        .map(|removal| removal.text.clone())
        .collect()
}

#[test]
fn seed_snapshots() {
    let event = seed_event();
    let ids: Vec<&str> = event.articles.iter().map(|article| article.outlet.id.as_str()).collect();
    assert_eq!(ids, ["india-tv-news", "zee-news", "business-standard", "rt", "newsweek"]);
    for article in &event.articles {
        expect_file![format!("snapshots/ingest_seed_{}.txt", article.outlet.id)].assert_eq(&outline(article));
    }
}

#[test]
fn india_tv_news_loses_its_date_line_and_run_in_headline() {
    let event = seed_event();
    let article = article(&event, "india-tv-news");
    assert_eq!(article.published.as_deref(), Some("2025-07-03"));
    assert_eq!(removed(article, RemovalReason::DateLine), ["date 2025-07-03"]);
    assert_eq!(
        removed(article, RemovalReason::Headline),
        ["Putin rushes out of conclave to attend Trump's phone call: 'He could get offended' | VIDEO"]
    );
    let first = article.own_sentences().next().expect("a first sentence");
    assert!(first.text.starts_with("In his sixth phone conversation with Trump"), "{}", first.text);
    assert!(own_text(article).contains("he could get offended.\""));
}

#[test]
fn zee_news_marks_the_tweet_as_an_embed() {
    let event = seed_event();
    let article = article(&event, "zee-news");
    let embeds: Vec<_> = article
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Embed(embed) => Some(embed),
            _ => None,
        })
        .collect();
    assert_eq!(embeds.len(), 1);
    let embed = embeds[0];
    assert_eq!(embed.author.as_deref(), Some("Libs of TikTok"));
    assert_eq!(embed.handle.as_deref(), Some("libsoftiktok"));
    assert_eq!(embed.date.as_deref(), Some("July 3, 2025"));
    let post: Vec<&str> = embed.sentences.iter().map(|sentence| sentence.text.as_str()).collect();
    assert_eq!(post.first().copied(), Some("WOW."));
    assert_eq!(post.last().copied(), Some("The world respects us."));
    let own = own_text(article);
    assert!(!own.contains("pic.twitter.com") && !own.contains("WOW.") && !own.contains("respects us"));
    assert!(own.contains("Friendly Tone, Limited Progress"));
    assert!(own.ends_with("something Russia had vehemently condemned."));
}

#[test]
fn business_standard_loses_its_inline_promos_and_keeps_the_body() {
    let event = seed_event();
    let article = article(&event, "business-standard");
    assert_eq!(
        removed(article, RemovalReason::Promo),
        [
            "ALSO READ: Russia-Ukraine conflict: Eliminate root cause of issue, Putin tells Trump",
            "ALSO READ: No more questions on rare earths now: Trump after 'very good' call with Xi",
        ]
    );
    let own = own_text(article);
    assert!(!own.contains("ALSO READ"));
    for kept in [
        "In a wide-ranging conversation that also covered Iran and West Asia",
        "According to a Bloomberg report quoting sources, Trump may also speak",
        "Pause in weapons supply surprises US allies",
        "at 10:00 a.m.",
        "according to video footage released by Russia Today.",
    ] {
        assert!(own.contains(kept), "lost: {kept}");
    }
}

#[test]
fn rt_loses_the_aggregator_tail_and_the_read_more_promo() {
    let event = seed_event();
    let article = article(&event, "rt");
    assert_eq!(
        removed(article, RemovalReason::Promo),
        [
            "Read more Kremlin discloses content of Putin-Trump conversation (FULL STATEMENT)",
            "Read More Details"
        ]
    );
    assert_eq!(removed(article, RemovalReason::AggregatorFooter).len(), 1);
    let related = removed(article, RemovalReason::RelatedLinks);
    assert_eq!(related.len(), 1);
    assert!(related[0].starts_with("Also on site :") && related[0].ends_with("Chapter 11 Bankruptcy"));
    let own = own_text(article);
    for gone in ["Read more", "Read More", "Finally We wish", "Also on site", "Syria Launches"] {
        assert!(!own.contains(gone), "kept: {gone}");
    }
    assert!(own.contains("The Kremlin confirmed that Trump urged the Russian president"));
    assert!(own.contains("Russia will not back down from these goals,\u{201D} the presidential aide added."));
}

#[test]
fn newsweek_loses_menus_and_widgets() {
    let event = seed_event();
    let article = article(&event, "newsweek");
    assert_eq!(removed(article, RemovalReason::SiteMenu).len(), 2);
    assert_eq!(removed(article, RemovalReason::Promo), ["Read the full article here"]);
    assert_eq!(removed(article, RemovalReason::Widget), ["Share.", "Leave A Reply"]);
    assert_eq!(removed(article, RemovalReason::PageLink), ["Exit mobile version"]);
    let own = own_text(article);
    for gone in ["Login", "Currencies", "Read the full article", "Share.", "Leave A Reply", "Exit mobile"] {
        assert!(!own.contains(gone), "kept: {gone}");
    }
    assert!(own.ends_with("This article includes reporting by The Associated Press."));
}

#[test]
fn every_seed_has_sentences_and_words() {
    let event = seed_event();
    for article in &event.articles {
        assert!(article.own_sentences().count() >= 10, "{} is too short", article.outlet.id);
        assert!(article.word_count > 250, "{} has {} words", article.outlet.id, article.word_count);
    }
}
