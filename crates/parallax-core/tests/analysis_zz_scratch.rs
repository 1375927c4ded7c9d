//! Scratch: prints the seed claims and scores (deleted before hand-off).
use std::path::Path;
use parallax_core::analysis::{analyse, claims, document::Document};
use parallax_core::{load_corpus, Limits};

#[test]
#[ignore]
fn dump() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/corpus"));
    let ingested = load_corpus(dir, &Limits::default());
    let event = ingested.corpus.event("putin-trump-call-2025-07-03").cloned().unwrap();
    let analysis = analyse(&event);
    let text = |id: &str| event.articles.iter().flat_map(|a| a.own_sentences()).find(|s| s.id == id).map(|s| s.text.clone()).unwrap_or_default();
    println!("CLAIMS {} shared {}", analysis.claims.len(), analysis.claims.iter().filter(|c| c.outlets.len() > 1).count());
    for c in analysis.claims.iter().filter(|c| c.outlets.len() > 1) {
        println!("{} {:?}", c.id, c.outlets);
        for s in &c.sentences { println!("    {s}: {}", text(s)); }
    }
    let doc = Document::new(&event);
    let pairs = claims::scored_pairs(&doc, &claims::Params::default());
    if std::env::var("PAIRS").is_ok() {
        for (score, a, b) in pairs.iter().filter(|p| p.0 >= 0.12) {
            println!("{score:.3} {} | {} || {} | {}", doc.units[*a].sentence.id, doc.units[*a].sentence.text, doc.units[*b].sentence.id, doc.units[*b].sentence.text);
        }
    }
    if std::env::var("ALL").is_ok() {
        for u in &doc.units { println!("{}: {}", u.sentence.id, u.sentence.text); }
    }
}
