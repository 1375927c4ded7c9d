//! A timing check, not a timed test: run it with
//! `cargo test -p parallax-core --release --lib view::tests::timing -- --ignored --nocapture`.
//! It prints the median time of each view step on the seed event and on a synthetic event of
//! 40 outlets and 2,000 sentences (or on the first event of the corpus folder named by
//! `PARALLAX_VIEWS_CORPUS`, analysed by the engine, such as one made by `parallax synth`).
//! The workspace's release profile is `opt-level = "z"`, as for the web app, so these are
//! figures for size-optimised code on the host, not for the browser.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::analysis::{
    analyse, Attribution, Claim, EventAnalysis, QuoteFamily, QuoteVariant, SourceKind, Topic,
};
use crate::link::{EventView, Filter, Page, Sort};
use crate::model::{Article, Block, Event, Outlet, Piece, Sentence};
use crate::view::{CoverageOrder, EventIndex, Step};
use crate::{load_corpus, Limits};

const WORDS: [&str; 24] = [
    "ceasefire",
    "negotiations",
    "kremlin",
    "weapons",
    "pause",
    "sanctions",
    "café",
    "ministre",
    "zelenskyy",
    "telephone",
    "conversation",
    "president",
    "envoy",
    "summit",
    "pipeline",
    "tariffs",
    "istanbul",
    "drones",
    "shipments",
    "pentagon",
    "élysée",
    "reporters",
    "statement",
    "officials",
];

/// A deterministic pseudo-random sequence (xorshift64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// `outlets` × `per_outlet` sentences; about half of them report one of a pool of facts, which
/// become the claims; eight topics; quote families and credits.
fn synthetic(outlets: usize, per_outlet: usize) -> (Event, EventAnalysis) {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let facts = per_outlet * 3;
    let mut claims: Vec<Vec<String>> = vec![Vec::new(); facts];
    let mut own_claims = Vec::new();
    let mut articles = Vec::new();
    let mut topics: Vec<Vec<String>> = vec![Vec::new(); 8];
    let mut attributions = Vec::new();
    for outlet in 0..outlets {
        let outlet_id = format!("outlet-{outlet}");
        let mut pieces = Vec::new();
        for n in 1..=per_outlet {
            let id = format!("{outlet_id}-{n}");
            let words: Vec<&str> = (0..18).map(|_| WORDS[rng.below(WORDS.len())]).collect();
            let text = format!("The {} said on Thursday, according to {}.", words.join(" "), outlet_id);
            if rng.below(2) == 0 {
                claims[rng.below(facts)].push(id.clone());
            } else {
                own_claims.push(vec![id.clone()]);
            }
            for topic in topics.iter_mut() {
                if rng.below(6) == 0 {
                    topic.push(id.clone());
                }
            }
            if rng.below(7) == 0 {
                let source = ["Reuters", "AP", "TASS", "AFP", "Kremlin", "Pentagon"][rng.below(6)];
                attributions.push(Attribution {
                    outlet: outlet_id.clone(),
                    source: source.into(),
                    kind: SourceKind::Media,
                    sentence: id.clone(),
                });
            }
            pieces.push(Piece::Sentence(Sentence { id, text }));
        }
        articles.push(Article {
            outlet: Outlet { id: outlet_id.clone(), name: outlet_id },
            blocks: vec![Block::Paragraph(pieces)],
            ..Article::default()
        });
    }
    let quotes = claims
        .iter()
        .take(60)
        .enumerate()
        .map(|(n, members)| QuoteFamily {
            id: format!("q{n}"),
            speaker: (n % 5 != 0).then(|| format!("Speaker {}", n % 7)),
            canonical: "words".into(),
            variants: members
                .iter()
                .map(|id| QuoteVariant {
                    sentence: id.clone(),
                    text: "words".into(),
                    ..QuoteVariant::default()
                })
                .collect(),
        })
        .collect();
    let claims = claims
        .into_iter()
        .filter(|members| !members.is_empty())
        .chain(own_claims)
        .enumerate()
        .map(|(n, sentences)| Claim { id: format!("c{n}"), sentences, ..Claim::default() })
        .collect();
    let topics = topics
        .into_iter()
        .enumerate()
        .map(|(n, sentences)| Topic {
            id: format!("topic-{n}"),
            label: format!("Topic {n}"),
            automatic: false,
            sentences,
        })
        .collect();
    let event = Event { id: "synthetic".into(), articles, ..Event::default() };
    (
        event,
        EventAnalysis {
            event_id: "synthetic".into(),
            claims,
            quotes,
            attributions,
            topics,
            ..EventAnalysis::default()
        },
    )
}

/// The median time of `f` over `runs` runs.
fn median(runs: usize, mut f: impl FnMut() -> usize) -> Duration {
    let mut sink = 0;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            sink += f();
            start.elapsed()
        })
        .collect();
    assert!(sink > 0 || runs == 0);
    times.sort();
    times[runs / 2]
}

fn report(name: &str, event: &Event, analysis: &EventAnalysis) {
    let sentences: usize = event.articles.iter().map(|a| a.own_sentences().count()).sum();
    eprintln!(
        "\n{name}: {} outlets, {sentences} sentences, {} claims",
        event.articles.len(),
        analysis.claims.len()
    );
    let runs = 51;
    let line = |step: &str, time: Duration| eprintln!("  {step:<44} {:>9.1} µs", time.as_secs_f64() * 1e6);
    line("EventIndex::new", median(runs, || EventIndex::new(event, analysis).sentence_count()));
    let index = EventIndex::new(event, analysis);
    let topic = analysis.topics.first().map(|t| t.id.clone()).unwrap_or_default();
    let shown: Vec<String> = index.outlets().iter().take(5).map(|id| id.to_string()).collect();
    let columns = index.columns(&shown);
    let query = format!("o={}&view=align&t={topic}&q=ceasefire+talks&s=x", shown.join(","));
    line(
        "EventView::parse (all keys)",
        median(runs, || EventView::parse(Page::Compare, &query, event, analysis).notices.len() + 1),
    );
    let toggle = Filter { topics: vec![topic.clone()], text: String::new() };
    line("filter: a topic toggle", median(runs, || index.filter(&toggle).len() + 1));
    let typed =
        ["n", "ne", "neg", "nego", "negot", "negoti", "negotia", "negotiat", "negotiati", "negotiatio"];
    let keystroke =
        |n: usize| Filter { topics: vec![topic.clone()], text: typed[n % typed.len()].to_string() };
    let mut n = 0;
    line(
        "filter: a search keystroke (topic + text)",
        median(runs, || {
            n += 1;
            index.filter(&keystroke(n)).len() + 1
        }),
    );
    let two_words = Filter { topics: Vec::new(), text: "café Ceasefire".into() };
    line("filter: two words, no topic", median(runs, || index.filter(&two_words).len() + 1));
    let matches = index.filter(&toggle);
    let everything = index.filter(&Filter::default());
    line(
        "align (5 columns, filtered)",
        median(runs, || index.align(&columns, Sort::Story, &matches).rows.len() + 1),
    );
    line(
        "align (5 columns, unique first)",
        median(runs, || index.align(&columns, Sort::Unique, &everything).rows.len() + 1),
    );
    line(
        "coverage matrix (all outlets)",
        median(runs, || index.coverage(&everything, CoverageOrder::MostCarried).rows.len() + 1),
    );
    line("quote ledger", median(runs, || index.quote_ledger(&everything).len() + 1));
    line("sources matrix", median(runs, || index.sources(&everything).rows.len() + 1));
    let shown_ids: Vec<&str> = shown.iter().flat_map(|outlet| index.outlet_sentences(outlet)).collect();
    line(
        "mark + contains, every shown sentence",
        median(runs, || {
            shown_ids.iter().filter(|id| index.mark(id, &columns).is_some() && matches.contains(id)).count()
                + 1
        }),
    );
    line(
        "counterparts of every shown sentence",
        median(runs, || shown_ids.iter().map(|id| index.counterparts(id, &columns).len()).sum::<usize>() + 1),
    );
    let search = index.filter(&Filter { topics: Vec::new(), text: "ceasefire the".into() });
    let texts: Vec<&str> =
        shown_ids.iter().filter_map(|id| index.sentence(id)).map(|info| info.text).collect();
    line(
        "highlight segments of every shown sentence",
        median(runs, || texts.iter().map(|text| search.segments(text).len()).sum::<usize>() + 1),
    );
    line(
        "step to the next shared claim",
        median(runs, || {
            index
                .step_shared(&columns, &everything, shown_ids.first().copied(), Step::Next)
                .map_or(1, str::len)
        }),
    );
}

#[test]
#[ignore = "a timing report, not a test; run with --release --ignored --nocapture"]
fn timing() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/corpus"));
    let seeds = load_corpus(dir, &Limits::default()).corpus;
    if let Some(event) = seeds.events.first() {
        report("seed event", event, &analyse(event));
    }
    let (event, analysis) = synthetic(40, 50);
    report("synthetic event (hand-made analysis)", &event, &analysis);
    if let Some(dir) = std::env::var_os("PARALLAX_VIEWS_CORPUS") {
        let corpus = load_corpus(Path::new(&dir), &Limits::default()).corpus;
        if let Some(event) = corpus.events.first() {
            let start = Instant::now();
            let analysis = analyse(event);
            eprintln!("\n(analyse took {:.1} ms)", start.elapsed().as_secs_f64() * 1e3);
            report("corpus event (engine analysis)", event, &analysis);
        }
    }
}
