//! The ingest against generated hostile corpora: folder and file names with newlines, escapes and
//! bidirectional controls, manifests assembled from valid and invalid keys with script, markup,
//! escape and overlong values, and random bytes. Whatever comes in: no panic, every diagnostic
//! prints as one inert line, and a corpus without errors has only slug ids and plain web
//! addresses.

mod support;

use parallax_core::inert::is_invisible;
use parallax_core::source::{CorpusSource, EventSource, SourceFile};
use parallax_core::{ingest, Limits};
use proptest::prelude::*;
use support::toml_string;

/// Values an attacker would put in a manifest or a file name.
fn hostile_text() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "https://example.com/ok",
        "https://example.com/a b",
        "https://",
        "\u{1b}[2J\u{1b}]0;title\u{7}",
        "x\ncargo:rustc-env=EVIL=1\ny",
        "\r\n",
        "\u{202e}gnp.exe",
        "\u{2066}\u{200b}\u{feff}",
        "2025-07-03",
        "daily-planet",
        "Daily Planet",
        "a.txt",
        "",
    ])
    .prop_map(str::to_string);
    prop_oneof![4 => fixed, 1 => any::<String>(), 1 => "[a-z]{300}"]
}

/// An `event.toml` of an `[event]` table and `[[article]]` tables, each key a known or unknown
/// one, each value a hostile string, a number or a date.
fn manifest() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "date",
        "summary",
        "file",
        "outlet",
        "outlet_id",
        "headline",
        "url",
        "published",
        "via",
        "oops",
    ]);
    let value = prop_oneof![
        4 => hostile_text().prop_map(|text| toml_string(&text)),
        1 => Just("2025-07-03".to_string()),
        1 => Just("42".to_string()),
    ];
    let table = prop::collection::vec((key, value), 0..6);
    (table.clone(), prop::collection::vec(table, 0..5)).prop_map(|(event, articles)| {
        let mut text = String::from("[event]\n");
        for (key, value) in event {
            text.push_str(&format!("{key} = {value}\n"));
        }
        for article in articles {
            text.push_str("\n[[article]]\n");
            for (key, value) in article {
                text.push_str(&format!("{key} = {value}\n"));
            }
        }
        text
    })
}

/// The bytes of a corpus file: an article, a manifest, or random bytes.
fn content() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => hostile_text().prop_map(|text| format!("The council met on Monday. {text} It voted.\n").into_bytes()),
        2 => manifest().prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

/// An event folder: a hostile name and files with names that are hostile or usual.
fn event() -> impl Strategy<Value = EventSource> {
    let name = prop_oneof![
        2 => prop::sample::select(vec!["a.txt", "b.txt", "event.toml", "topics.toml", "notes.md"]).prop_map(str::to_string),
        1 => hostile_text().prop_map(|text| format!("{text}.txt")),
        1 => hostile_text(),
    ];
    (hostile_text(), prop::collection::vec((name, content()), 0..5)).prop_map(|(id, files)| {
        let path = format!("corpus/{id}");
        let files = files
            .into_iter()
            .map(|(name, bytes)| SourceFile::in_memory(&name, &format!("{path}/{name}"), bytes))
            .collect();
        EventSource { id, path, files }
    })
}

/// Addresses, half of them fine and half of them not web addresses.
fn address() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => "https?://[a-z]{1,8}\\.[a-z]{2,3}/[a-zA-Z0-9/?=&%#._-]{0,20}",
        1 => hostile_text(),
        1 => (prop::sample::select(vec!["https://", "http://", "javascript:", "data:", "//", ""]), any::<String>())
            .prop_map(|(scheme, rest)| format!("{scheme}{rest}")),
    ]
}

/// An event folder that mostly works: two articles, and a manifest that lists one of them with
/// hostile values for its display fields and address.
fn plausible_event() -> impl Strategy<Value = EventSource> {
    let field = || prop::option::of(hostile_text());
    let fields = (field(), field(), field(), prop::option::of(address()));
    let id = prop_oneof![3 => "[a-z][a-z0-9 ]{0,10}", 1 => hostile_text()];
    (id, fields, hostile_text()).prop_map(|(id, (outlet, headline, via, url), body)| {
        let mut manifest = String::from("[[article]]\nfile = \"a.txt\"\n");
        for (key, value) in [("outlet", outlet), ("headline", headline), ("via", via), ("url", url)] {
            if let Some(value) = value {
                manifest.push_str(&format!("{key} = {}\n", toml_string(&value)));
            }
        }
        let path = format!("corpus/{id}");
        let files = [
            ("a.txt", format!("The council met on Monday. {body} It voted for the budget.\n")),
            ("b.txt", "The budget passed on Monday night after a long debate.\n".to_string()),
            ("event.toml", manifest),
        ];
        let files = files
            .into_iter()
            .map(|(name, text)| SourceFile::in_memory(name, &format!("{path}/{name}"), text))
            .collect();
        EventSource { id, path, files }
    })
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn hostile_corpora_give_inert_diagnostics_slug_ids_and_plain_addresses(
        events in prop::collection::vec(prop_oneof![1 => event(), 3 => plausible_event()], 0..3),
        topics in prop::option::weighted(0.2, content()),
    ) {
        let source = CorpusSource {
            root: "corpus".into(),
            events,
            topics: topics.map(|bytes| SourceFile::in_memory("topics.toml", "corpus/topics.toml", bytes)),
            ..CorpusSource::default()
        };
        let ingested = ingest(&source, &Limits::default());
        for diagnostic in ingested.errors.iter().chain(&ingested.notes) {
            let line = diagnostic.to_string();
            prop_assert!(!line.chars().any(is_invisible), "{line:?}");
            prop_assert!(line.chars().count() < 2_000, "{line:?}");
        }
        // A corpus with errors is never built; one without holds only safe ids and addresses.
        let built = if ingested.errors.is_empty() { ingested.corpus.events.as_slice() } else { &[] };
        for event in built {
            prop_assert!(is_slug(&event.id), "{:?}", event.id);
            for article in &event.articles {
                prop_assert!(is_slug(&article.outlet.id), "{:?}", article.outlet.id);
                if let Some(url) = &article.url {
                    prop_assert!(url.starts_with("https://") || url.starts_with("http://"), "{url:?}");
                    prop_assert!(!url.contains([' ', '"', '`', '<', '>']), "{url:?}");
                }
            }
        }
    }
}
