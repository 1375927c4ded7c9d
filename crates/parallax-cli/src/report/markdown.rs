//! The Markdown report: a readable account of each event for people.
//!
//! Per event: the outlets with their coverage figures, where each outlet's text comes from
//! (origins) and what it led with, the claims two or more outlets share (who omits them, how
//! many independent origins carry them, where each outlet put them), the details that outlets
//! report differently, each outlet's unique claims, quote families with every outlet's wording
//! marked against the most common one, whom each outlet credits, topics with each outlet's
//! share, and what cleaning removed.

pub mod text;

use std::collections::BTreeMap;
use std::fmt::Write;

use parallax_core::analysis::{Claim, QuoteFamily};
use parallax_core::model::RemovalReason;
use parallax_core::view::{place_words, EventIndex as ViewIndex};

use self::text::{code, escape, percent, table};
use super::index::ReportEvent;

/// Renders the report for the given events.
pub fn render(events: &[ReportEvent<'_>]) -> String {
    let mut out = String::from("# Parallax report\n\n");
    if events.is_empty() {
        out.push_str("The corpus has no events.\n");
        return out;
    }
    if events.len() > 1 {
        for index in events {
            let _ = writeln!(out, "- {} ({})", escape(&index.event().title), code(&index.event().id));
        }
        out.push('\n');
    }
    for index in events {
        render_event(&mut out, index);
    }
    out
}

fn render_event(out: &mut String, index: &ReportEvent<'_>) {
    let event = index.event();
    let analysis = index.analysis();
    let _ = writeln!(out, "## {}\n", escape(&event.title));
    let sentences: usize = event.articles.iter().map(|article| article.own_sentences().count()).sum();
    let shared = analysis.claims.iter().filter(|claim| is_shared(claim)).count();
    let mut facts = vec![code(&event.id)];
    facts.extend(event.date.as_deref().map(escape));
    facts.push(count(event.articles.len(), "outlet"));
    facts.push(count(sentences, "sentence"));
    facts.push(format!("{} ({shared} shared)", count(analysis.claims.len(), "claim")));
    facts.push(count(analysis.quotes.len(), "quote family"));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if let Some(summary) = &event.summary {
        let _ = writeln!(out, "> {}\n", escape(summary));
    }
    let view = &index.view;
    outlets_section(out, index);
    origins_section(out, index, view);
    shared_claims_section(out, index, view);
    differences_section(out, index, view);
    unique_claims_section(out, index);
    quotes_section(out, index);
    attributions_section(out, index);
    topics_section(out, index);
    removed_section(out, index);
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else if let Some(stem) = noun.strip_suffix('y') {
        format!("{n} {stem}ies")
    } else {
        format!("{n} {noun}s")
    }
}

fn is_shared(claim: &Claim) -> bool {
    claim.outlets.len() >= 2
}

fn outlets_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Outlets\n\n");
    let header: Vec<String> = [
        "Outlet",
        "Headline",
        "Published",
        "Sentences",
        "Words",
        "Quotes",
        "Shared claims",
        "Unique claims",
        "Claims covered",
    ]
    .map(String::from)
    .to_vec();
    let right = [false, false, false, true, true, true, true, true, true];
    let rows: Vec<Vec<String>> = index
        .event()
        .articles
        .iter()
        .map(|article| {
            let coverage =
                index.analysis().coverage.iter().find(|coverage| coverage.outlet == article.outlet.id);
            let mut name = format!("{} ({})", escape(&article.outlet.name), code(&article.outlet.id));
            if let Some(via) = &article.via {
                let _ = write!(name, ", via {}", escape(via));
            }
            let mut row = vec![
                name,
                article.headline.as_deref().map_or("–".to_string(), escape),
                article.published.as_deref().map_or("–".to_string(), escape),
            ];
            match coverage {
                Some(coverage) => row.extend([
                    coverage.sentences.to_string(),
                    coverage.words.to_string(),
                    coverage.quotes.to_string(),
                    coverage.shared_claims.to_string(),
                    coverage.unique_claims.to_string(),
                    percent(coverage.claim_share),
                ]),
                None => {
                    row.push(article.own_sentences().count().to_string());
                    row.push(article.word_count.to_string());
                    row.extend(std::iter::repeat_n("–".to_string(), 4));
                }
            }
            row
        })
        .collect();
    out.push_str(&table(&header, &right, &rows));
    out.push('\n');
}

/// Where each outlet's text comes from, and what it led with.
fn origins_section(out: &mut String, index: &ReportEvent<'_>, view: &ViewIndex<'_>) {
    out.push_str("### Origins and leads\n\n");
    let origins = &index.analysis().origins;
    if origins.is_empty() {
        out.push_str("No article copies another: every outlet is an independent origin.\n\n");
    } else {
        let copying: usize = origins.iter().map(|o| o.articles.len()).sum();
        let independent = index.event().articles.len().saturating_sub(copying);
        let _ = writeln!(
            out,
            "{} of {} carry a text that another outlet here carries too, in {}; {}.\n",
            copying,
            count(index.event().articles.len(), "outlet"),
            count(origins.len(), "group"),
            match independent {
                0 => "none is independent".to_string(),
                1 => "the other one is independent".to_string(),
                n => format!("the other {n} are independent"),
            }
        );
    }
    let header = ["Outlet", "Origin", "Led with"].map(String::from).to_vec();
    let rows: Vec<Vec<String>> = index
        .event()
        .articles
        .iter()
        .enumerate()
        .map(|(position, article)| {
            let led = view.led_with_sentence(position).map_or("–".to_string(), |(id, text, place)| {
                format!("{} ({}) {}", code(id), place.code(), escape(text))
            });
            vec![escape(&article.outlet.name), escape(&view.origin_line(position).text), led]
        })
        .collect();
    out.push_str(&table(&header, &[], &rows));
    out.push('\n');
}

/// The details that outlets report differently.
fn differences_section(out: &mut String, index: &ReportEvent<'_>, view: &ViewIndex<'_>) {
    out.push_str("### Differences\n\n");
    if index.analysis().differences.is_empty() {
        out.push_str("No detail differs between outlets.\n\n");
        return;
    }
    out.push_str(
        "Details that outlets give differently: figures, dates, times, names, attribution verbs.\n\n",
    );
    for (number, difference) in index.analysis().differences.iter().enumerate() {
        let _ = writeln!(
            out,
            "- **{}** ({}) {}",
            escape(&difference.claim),
            difference.kind.label(),
            escape(&view.difference_line(number, None))
        );
        for value in &difference.values {
            let _ = writeln!(
                out,
                "  - *{}* ({}): {}",
                escape(index.outlet_name(&value.outlet)),
                code(&value.sentence),
                escape(&value.text)
            );
        }
    }
    out.push('\n');
}

fn shared_claims_section(out: &mut String, index: &ReportEvent<'_>, view: &ViewIndex<'_>) {
    out.push_str("### Shared claims\n\n");
    let mut shared: Vec<&Claim> = index.analysis().claims.iter().filter(|claim| is_shared(claim)).collect();
    if shared.is_empty() {
        out.push_str("No claim is carried by two outlets or more.\n\n");
        return;
    }
    // Most widely carried first; the engine's story order breaks ties (the sort is stable).
    shared.sort_by_key(|claim| std::cmp::Reverse(claim.outlets.len()));
    out.push_str("Facts that two outlets or more report, most widely carried first.\n\n");
    let outlet_total = index.event().articles.len();
    for claim in shared {
        let missing: Vec<String> = claim.missing(index.event()).map(str::to_string).collect();
        let omitted = if missing.is_empty() {
            "carried by every outlet".to_string()
        } else {
            format!("omitted by {}", outlet_list(index, &missing))
        };
        let number = view.claim_number(&claim.id);
        let origins = number.map_or(claim.outlets.len(), |n| view.independent_origins(n));
        let _ = writeln!(
            out,
            "- **{}** · {} of {} outlets · {} · {}",
            escape(&claim.id),
            claim.outlets.len(),
            outlet_total,
            count(origins, "independent origin"),
            omitted
        );
        let places = number.map_or(&[][..], |n| view.claim_places(n));
        for sentence in &claim.sentences {
            let outlet_id = view.sentence(sentence).map(|found| found.outlet);
            let outlet = outlet_id.map_or("?", |id| index.outlet_name(id));
            let place = outlet_id
                .and_then(|id| claim.outlets.iter().position(|outlet| outlet == id))
                .and_then(|k| places.get(k))
                .map_or(String::new(), |&place| format!(", {}", place_words(place)));
            let _ = writeln!(
                out,
                "  - *{}* ({}{}): {}",
                escape(outlet),
                code(sentence),
                place,
                escape(index.sentence_text(sentence))
            );
        }
    }
    out.push('\n');
}

fn outlet_list(index: &ReportEvent<'_>, ids: &[String]) -> String {
    ids.iter().map(|id| escape(index.outlet_name(id))).collect::<Vec<_>>().join(", ")
}

fn unique_claims_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Unique claims\n\n");
    let mut any = false;
    for outlet in index.outlet_ids() {
        let unique: Vec<&Claim> = index
            .analysis()
            .claims
            .iter()
            .filter(|claim| claim.outlets.len() == 1 && claim.outlets.iter().any(|id| id == outlet))
            .collect();
        if unique.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(out, "#### {} ({})\n", escape(index.outlet_name(outlet)), unique.len());
        for claim in unique {
            let texts: Vec<String> = claim
                .sentences
                .iter()
                .map(|sentence| format!("{} {}", code(sentence), escape(index.sentence_text(sentence))))
                .collect();
            let _ = writeln!(out, "- **{}**: {}", escape(&claim.id), texts.join(" / "));
        }
        out.push('\n');
    }
    if !any {
        out.push_str("No outlet carries a claim of its own.\n\n");
    }
}

fn quotes_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Quotes\n\n");
    if index.analysis().quotes.is_empty() {
        out.push_str("No quotations found.\n\n");
        return;
    }
    out.push_str(
        "Each outlet's wording is marked against the most common one: `{+words+}` only this \
         outlet has, `[-words-]` it leaves out; `…` marks where a partial quote starts or stops.\n\n",
    );
    for family in &index.analysis().quotes {
        quote_family(out, index, family);
    }
}

fn quote_family(out: &mut String, index: &ReportEvent<'_>, family: &QuoteFamily) {
    let speaker = family.speaker.as_deref().map_or("speaker not named".to_string(), escape);
    let mut outlets: Vec<&str> = family.variants.iter().map(|variant| variant.outlet.as_str()).collect();
    outlets.dedup();
    let _ = writeln!(out, "#### {} · {} · {}\n", escape(&family.id), speaker, count(outlets.len(), "outlet"));
    let _ = writeln!(out, "> {}\n", escape(&family.canonical));
    for variant in &family.variants {
        let partial = if variant.partial { ", partial" } else { "" };
        let wording = if variant.diff.is_empty() {
            escape(&variant.text)
        } else if variant.partial {
            // A fragment: show how its own words differ, not the whole quote it leaves out.
            let (inner, cut_start, cut_end) = text::inner_steps(&variant.diff);
            let lead = if cut_start { "… " } else { "" };
            let tail = if cut_end { " …" } else { "" };
            format!("{lead}{}{tail}", text::diff(inner))
        } else {
            text::diff(&variant.diff)
        };
        let _ = writeln!(
            out,
            "- *{}* ({}{}): “{}”",
            escape(index.outlet_name(&variant.outlet)),
            code(&variant.sentence),
            partial,
            wording
        );
    }
    out.push('\n');
}

fn attributions_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Attributions\n\n");
    let attributions = &index.analysis().attributions;
    if attributions.is_empty() {
        out.push_str("No outlet credits a source.\n\n");
        return;
    }
    // Sources as columns, most widely credited first, then by name.
    let mut sources: Vec<(&str, &'static str, usize)> = Vec::new();
    for attribution in attributions {
        if !sources.iter().any(|(name, _, _)| *name == attribution.source) {
            let crediting = index
                .outlet_ids()
                .filter(|outlet| {
                    attributions.iter().any(|a| a.source == attribution.source && a.outlet == *outlet)
                })
                .count();
            sources.push((&attribution.source, attribution.kind.code(), crediting));
        }
    }
    sources.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(b.0)));
    out.push_str("Which outlet credits which source, with the sentences that do.\n\n");
    let mut header = vec!["Outlet".to_string()];
    header.extend(sources.iter().map(|(name, kind, _)| format!("{} ({kind})", escape(name))));
    let rows: Vec<Vec<String>> = index
        .outlet_ids()
        .map(|outlet| {
            let mut row = vec![escape(index.outlet_name(outlet))];
            for (source, _, _) in &sources {
                let sentences: Vec<String> = attributions
                    .iter()
                    .filter(|a| a.outlet == outlet && a.source == *source)
                    .map(|a| code(&a.sentence))
                    .collect();
                row.push(if sentences.is_empty() { "–".to_string() } else { sentences.join(", ") });
            }
            row
        })
        .collect();
    out.push_str(&table(&header, &[], &rows));
    out.push('\n');
}

fn topics_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Topics\n\n");
    let topics = &index.analysis().topics;
    if topics.is_empty() {
        out.push_str("No topics.\n\n");
        return;
    }
    for topic in topics {
        let origin = if topic.automatic { "found automatically" } else { "from topics.toml" };
        let _ = writeln!(
            out,
            "- **{}** ({}, {}): {}",
            escape(&topic.label),
            code(&topic.id),
            origin,
            count(topic.sentences.len(), "sentence")
        );
    }
    out.push_str("\nShare of each outlet's sentences per topic:\n\n");
    let mut header = vec!["Outlet".to_string()];
    header.extend(topics.iter().map(|topic| escape(&topic.label)));
    let right: Vec<bool> = std::iter::once(false).chain(topics.iter().map(|_| true)).collect();
    let rows: Vec<Vec<String>> = index
        .outlet_ids()
        .map(|outlet| {
            let coverage = index.analysis().coverage.iter().find(|coverage| coverage.outlet == outlet);
            let mut row = vec![escape(index.outlet_name(outlet))];
            for topic in topics {
                let share = coverage
                    .and_then(|coverage| coverage.topic_share.iter().find(|(id, _)| *id == topic.id))
                    .map_or("–".to_string(), |(_, share)| percent(*share));
                row.push(share);
            }
            row
        })
        .collect();
    out.push_str(&table(&header, &right, &rows));
    out.push('\n');
}

fn removed_section(out: &mut String, index: &ReportEvent<'_>) {
    out.push_str("### Removed by cleaning\n\n");
    let rows: Vec<Vec<String>> = index
        .event()
        .articles
        .iter()
        .filter_map(|article| {
            let mut by_reason: BTreeMap<usize, usize> = BTreeMap::new();
            for removal in article.removals() {
                let order =
                    RemovalReason::ALL.iter().position(|reason| *reason == removal.reason).unwrap_or(0);
                *by_reason.entry(order).or_default() += 1;
            }
            let total: usize = by_reason.values().sum();
            (total > 0).then(|| {
                let reasons: Vec<String> = by_reason
                    .iter()
                    .filter_map(|(order, n)| {
                        RemovalReason::ALL.get(*order).map(|r| format!("{} {n}", r.code()))
                    })
                    .collect();
                vec![escape(&article.outlet.name), total.to_string(), reasons.join(", ")]
            })
        })
        .collect();
    if rows.is_empty() {
        out.push_str("Nothing was removed.\n\n");
        return;
    }
    let header = ["Outlet", "Removed", "Reasons"].map(String::from).to_vec();
    out.push_str(&table(&header, &[false, true, false], &rows));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::report::sample;

    #[test]
    fn renders_every_section_of_a_known_analysis() {
        let event = sample::event();
        let analysis = sample::analysis();
        let markdown = render(&[ReportEvent::new(&event, &analysis)]);
        expect![[r##"
            # Parallax report

            ## Bridge crash

            `bridge-crash` · 2025-05-01 · 2 outlets · 5 sentences · 3 claims (1 shared) · 1 quote family

            > A crash closed the river bridge.

            ### Outlets

            | Outlet | Headline | Published | Sentences | Words | Quotes | Shared claims | Unique claims | Claims covered |
            | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            | North \| Post (`north`) | Bridge \*closed\* after crash | 2025-05-01 | 3 | 17 | 1 | 1 | 1 | 67% |
            | South Times (`south`), via NewsPile | – | – | 2 | 15 | 1 | 1 | 1 | – |

            ### Origins and leads

            2 of 2 outlets carry a text that another outlet here carries too, in 1 group; none is independent.

            | Outlet | Origin | Led with |
            | --- | --- | --- |
            | North \| Post | Copy of South Times's Reuters story: 40% of sentences the same | `north-1` (headline) The river bridge was closed on Monday after a crash, Reuters reported. |
            | South Times | Rewrite of North \| Post's Reuters story: 50% of sentences reworded | `south-1` (lead) A crash closed the river bridge on Monday. |

            ### Shared claims

            Facts that two outlets or more report, most widely carried first.

            - **c1** · 2 of 2 outlets · 1 independent origin · carried by every outlet
              - *North \| Post* (`north-1`, in the headline): The river bridge was closed on Monday after a crash, Reuters reported.
              - *South Times* (`south-1`, in the lead): A crash closed the river bridge on Monday.

            ### Differences

            Details that outlets give differently: figures, dates, times, names, attribution verbs.

            - **c1** (date) closed: Monday in 1 outlet, Sunday in 1
              - *North \| Post* (`north-1`): Monday
              - *South Times* (`south-1`): Sunday

            ### Unique claims

            #### North \| Post (1)

            - **c2**: `north-3` Traffic diverted

            #### South Times (1)

            - **c3**: `south-2` The mayor said: "We will reopen it by the weekend."

            ### Quotes

            Each outlet's wording is marked against the most common one: `{+words+}` only this outlet has, `[-words-]` it leaves out; `…` marks where a partial quote starts or stops.

            #### q1 · the mayor · 2 outlets

            > We will reopen it by Friday.

            - *North \| Post* (`north-2`): “We will reopen it by Friday,”
            - *South Times* (`south-2`, partial): “We will reopen it by [-Friday,-] {+the weekend.+}”

            ### Attributions

            Which outlet credits which source, with the sentences that do.

            | Outlet | City Hall (social-post) | Reuters (agency) |
            | --- | --- | --- |
            | North \| Post | `north-4` | `north-1` |
            | South Times | – | – |

            ### Topics

            - **Traffic** (`traffic`, found automatically): 3 sentences

            Share of each outlet's sentences per topic:

            | Outlet | Traffic |
            | --- | ---: |
            | North \| Post | 67% |
            | South Times | 50% |

            ### Removed by cleaning

            | Outlet | Removed | Reasons |
            | --- | ---: | --- |
            | North \| Post | 2 | date-line 1, promo 1 |

        "##]].assert_eq(&markdown);
    }

    #[test]
    fn an_empty_corpus_and_an_empty_analysis_still_render() {
        assert_eq!(render(&[]), "# Parallax report\n\nThe corpus has no events.\n");
        let event = sample::event();
        let analysis = parallax_core::analysis::EventAnalysis::default();
        let markdown = render(&[ReportEvent::new(&event, &analysis)]);
        for line in [
            "No claim is carried by two outlets or more.",
            "No outlet carries a claim of its own.",
            "No quotations found.",
            "No outlet credits a source.",
            "No topics.",
        ] {
            assert!(markdown.contains(line), "missing {line:?} in\n{markdown}");
        }
    }
}
