//! One outlet's article about a story: which facts and quotes it carries, in its own words, laid
//! out in paragraphs, with the chrome a scraper picks up around it.

use super::outlet::{Marks, Outlet, Style};
use super::reword::{after_lead_in, drop_words, small_numbers_as_words, swap_phrases};
use super::rng::Rng;
use super::story::{capitalise, Fact, Quote, Story};
use super::vocab::{SYNONYMS, TRANSLATIONS};

/// An article as written to disk, with the metadata the manifest gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    /// The headline.
    pub headline: String,
    /// `YYYY-MM-DD`.
    pub published: String,
    /// The scraped page text.
    pub text: String,
}

/// What an article is made of, before layout.
enum Item {
    /// A shared fact, by index.
    Fact(usize),
    /// A shared quote, by index.
    Quote(usize),
    /// A fact only this outlet has.
    Unique(Fact),
}

/// Writes `outlet`'s article about `story`, aiming at about `target` sentences.
pub fn write(story: &Story, outlet: &Outlet, rng: &mut Rng, target: usize) -> ArticleText {
    let target = target.max(2) as f64 * (0.6 + rng.unit() * 0.8);
    let scale = target / expected_shared_sentences(story);
    let mut items: Vec<(f64, Item)> = Vec::new();
    let fact_count = story.facts.len();
    for index in 0..fact_count {
        if rng.chance((fact_probability(index, fact_count) * scale * 0.6).min(0.98)) {
            let key = if index == 0 { -1.0 } else { index as f64 + (rng.unit() - 0.5) * 3.0 };
            items.push((key, Item::Fact(index)));
        }
    }
    for (index, quote) in story.quotes.iter().enumerate() {
        if rng.chance((quote_probability(index, story.quotes.len()) * scale * 0.6).min(0.95)) {
            items.push((quote.anchor as f64 + 0.5 + rng.unit(), Item::Quote(index)));
        }
    }
    let unique = (target * 0.15).round() as usize;
    for _ in 0..unique {
        items.push((1.0 + rng.unit() * fact_count as f64, Item::Unique(story.fact(rng))));
    }
    if items.is_empty() {
        items.push((0.0, Item::Fact(0)));
    }
    items.sort_by(|a, b| a.0.total_cmp(&b.0));

    let mut units: Vec<Vec<String>> = Vec::new();
    for (_, item) in &items {
        let unit = match item {
            Item::Fact(index) => story.facts.get(*index).map(|fact| vec![fact_sentence(fact, outlet, rng)]),
            Item::Quote(index) => {
                story.quotes.get(*index).map(|quote| quote_sentences(quote, story, outlet, rng))
            }
            Item::Unique(fact) => Some(vec![fact_sentence(fact, outlet, rng)]),
        };
        units.extend(unit);
    }
    let headline = headline(story, outlet, rng);
    let published = if rng.chance(0.2) { story.next_date.clone() } else { story.date.clone() };
    let text = layout(story, outlet, rng, units, &Front { headline: &headline, published: &published });
    ArticleText { headline, published, text }
}

/// How likely an outlet is to carry the n-th fact: the lead almost always, the tail rarely.
fn fact_probability(index: usize, count: usize) -> f64 {
    0.95 - 0.8 * index as f64 / count.saturating_sub(1).max(1) as f64
}

fn quote_probability(index: usize, count: usize) -> f64 {
    0.8 - 0.6 * index as f64 / count.saturating_sub(1).max(1) as f64
}

/// Sentences an average outlet would carry from the shared pools at scale 1, so that the
/// probabilities can be scaled to each article's length.
fn expected_shared_sentences(story: &Story) -> f64 {
    let facts: f64 = (0..story.facts.len()).map(|i| fact_probability(i, story.facts.len())).sum();
    let quotes: f64 = (0..story.quotes.len()).map(|i| quote_probability(i, story.quotes.len())).sum();
    ((facts + quotes * 1.3) * 0.6 / 0.85).max(1.0)
}

/// The outlet's wording of a fact: wire copy verbatim, others reworded.
fn fact_sentence(fact: &Fact, outlet: &Outlet, rng: &mut Rng) -> String {
    let verbatim = match outlet.style {
        Style::Wire => rng.chance(0.7),
        Style::Paraphrase => rng.chance(0.15),
        Style::Translation => rng.chance(0.05),
    };
    let credit = fact.credit.filter(|_| verbatim || rng.chance(outlet.credit_rate));
    if verbatim {
        let mut sentence = fact.core.clone();
        if let Some(when) = &fact.when {
            sentence = format!("{sentence} {when}");
        }
        if let Some(agency) = credit {
            sentence = format!("{sentence}, {agency} reported");
        }
        return format!("{sentence}.");
    }
    let core = reword(&fact.core, outlet, rng);
    let mut sentence = match &fact.when {
        Some(when) if rng.chance(0.5) => after_lead_in(&capitalise(when), &core),
        Some(_) if rng.chance(0.2) => core,
        Some(when) => format!("{core} {when}"),
        None => core,
    };
    if let Some(agency) = credit {
        sentence = if rng.chance(0.5) {
            format!("{sentence}, {agency} reported")
        } else {
            after_lead_in(&format!("According to {agency}"), &sentence)
        };
    }
    format!("{sentence}.")
}

fn reword(text: &str, outlet: &Outlet, rng: &mut Rng) -> String {
    let text = match outlet.style {
        Style::Wire => swap_phrases(text, SYNONYMS, 0.2, rng),
        Style::Paraphrase => drop_words(&swap_phrases(text, SYNONYMS, 0.5, rng), 0.5, rng),
        Style::Translation => swap_phrases(&swap_phrases(text, TRANSLATIONS, 0.6, rng), SYNONYMS, 0.3, rng),
    };
    if outlet.numbers_as_words {
        small_numbers_as_words(&text)
    } else {
        text
    }
}

/// The outlet's rendering of a quote: one or two sentences with a lead-in.
fn quote_sentences(quote: &Quote, story: &Story, outlet: &Outlet, rng: &mut Rng) -> Vec<String> {
    let Some(speaker) = story.people.get(quote.speaker) else { return Vec::new() };
    let (open, close) = outlet.marks.pair();
    let words: Vec<String> = quote
        .sentences
        .iter()
        .map(|sentence| match outlet.style {
            Style::Wire => sentence.clone(),
            Style::Paraphrase => drop_words(sentence, 0.2, rng),
            Style::Translation => swap_phrases(sentence, TRANSLATIONS, 0.7, rng),
        })
        .collect();
    let name = if rng.chance(0.3) {
        format!("{} {}", title_case(speaker.role), speaker.full_name())
    } else {
        speaker.full_name()
    };
    let whole = words.join(" ");
    let form = rng.below(100);
    if form < 15 {
        let fragment = fragment(&whole, rng);
        let thing = story.thing(rng);
        return vec![match rng.below(3) {
            0 => format!("{name} said the {thing} was {open}{fragment}{close}."),
            1 => format!("{name} described the situation as {open}{fragment}{close}."),
            _ => format!(
                "{name} said {} wanted to {open}{fragment}{close} about the {thing}.",
                speaker.pronoun
            ),
        }];
    }
    if form < 27 {
        return vec![
            format!("{}, the {}, spoke to reporters in {}.", speaker.full_name(), speaker.role, story.city),
            format!("{open}{}{close} {} said.", with_comma(&whole), speaker.pronoun),
        ];
    }
    if form < 40 {
        if let [first, second, ..] = words.as_slice() {
            return vec![
                format!("{open}{}{close} {name} said.", with_comma(first)),
                format!("{open}{second}{close}"),
            ];
        }
    }
    vec![match rng.below(6) {
        0 => format!("{open}{}{close} {name} said.", with_comma(&whole)),
        1 => format!("{name} said: {open}{whole}{close}"),
        2 => format!("{open}{}{close} said {name}.", with_comma(&whole)),
        3 => format!("{open}{}{close} according to {name}.", with_comma(&whole)),
        4 => format!("{name} told reporters: {open}{whole}{close}"),
        _ => format!("{open}{}{close} {name} told reporters.", with_comma(&whole)),
    }]
}

/// A quote whose final full stop becomes a comma, before "he said".
fn with_comma(quote: &str) -> String {
    match quote.strip_suffix('.') {
        Some(stem) => format!("{stem},"),
        None => quote.to_string(),
    }
}

/// Four to seven words from inside a quote, for a partial quotation.
fn fragment(quote: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let length = rng.between(4, 7).min(words.len());
    let start = rng.below(words.len().saturating_sub(length) + 1);
    let piece = words.get(start..start + length).map(|slice| slice.join(" ")).unwrap_or_default();
    piece.trim_matches(|ch: char| !ch.is_alphanumeric()).to_string()
}

fn title_case(text: &str) -> String {
    text.split(' ').map(capitalise).collect::<Vec<_>>().join(" ")
}

/// Words a cut-off headline should not end on.
const HEADLINE_DANGLING: &[&str] =
    &["a", "an", "the", "at", "of", "to", "in", "with", "and", "on", "for", "by", "near", "from"];

fn headline(story: &Story, outlet: &Outlet, rng: &mut Rng) -> String {
    let quote = story.quotes.first().and_then(|quote| Some((quote, story.people.get(quote.speaker)?)));
    if let (true, Some((quote, speaker))) = (rng.chance(0.3), quote) {
        let (open, close) = Marks::Single.pair();
        let text = quote.sentences.first().map(String::as_str).unwrap_or("");
        return format!("{open}{}{close}, says {}", fragment(text, rng), speaker.last);
    }
    let lead = story.facts.first().map(|fact| reword(&fact.core, outlet, rng)).unwrap_or_default();
    let mut words: Vec<&str> = lead.split_whitespace().take(12).collect();
    while words.len() > 3 && words.last().is_some_and(|word| HEADLINE_DANGLING.contains(word)) {
        words.pop();
    }
    words.join(" ").trim_end_matches(',').to_string()
}

/// What the page says about itself: its headline and publication date.
struct Front<'a> {
    headline: &'a str,
    published: &'a str,
}

/// Lays the units out in paragraphs and adds the scraped chrome around them.
fn layout(
    story: &Story,
    outlet: &Outlet,
    rng: &mut Rng,
    units: Vec<Vec<String>>,
    front: &Front<'_>,
) -> String {
    let headline = front.headline;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut size = rng.between(1, 3);
    for unit in units {
        current.extend(unit);
        if current.len() >= size {
            paragraphs.push(current.join(" "));
            current.clear();
            size = rng.between(1, 4);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    if outlet.promo_rate > 0.0 && paragraphs.len() > 2 {
        let at = rng.between(1, paragraphs.len() - 1);
        let promo = Story::other_headline(rng);
        if rng.chance(outlet.promo_rate) {
            if let Some(paragraph) = paragraphs.get_mut(at) {
                *paragraph = format!("ALSO READ: {promo} {paragraph}");
            }
        } else {
            paragraphs.insert(at, format!("Read more: {promo}"));
        }
    }
    if rng.chance(0.25) && paragraphs.len() > 2 {
        let post = &story.post;
        let author = story.people.get(post.author).map(|person| person.full_name()).unwrap_or_default();
        let code: String = (0..10).map(|_| char::from(b'a' + rng.below(26) as u8)).collect();
        let at = rng.between(1, paragraphs.len() - 1);
        paragraphs.insert(
            at,
            format!("{} pic.twitter.com/{code} — {author} (@{}) {}", post.text, post.handle, post.date),
        );
    }
    let truncated = rng.chance(outlet.truncate_rate);
    if truncated {
        if let Some(last) = paragraphs.last_mut() {
            let words: Vec<&str> = last.split(' ').collect();
            let keep = (words.len() * 2 / 3).max(1);
            *last = words.get(..keep).map(|slice| slice.join(" ")).unwrap_or_default();
        }
    } else if rng.chance(0.2) {
        let agency = rng.word(super::vocab::AGENCIES);
        paragraphs.push(format!("This article includes reporting by {agency}."));
    }

    let mut lines: Vec<String> = Vec::new();
    if let Some(menu) = outlet.menu {
        lines.push(menu.to_string());
    }
    if let Some(first) = paragraphs.first_mut() {
        if rng.chance(0.1) {
            *first = format!("{headline} {first}");
        }
        if outlet.date_line {
            if rng.chance(0.5) {
                *first = format!(" date {} {first}", front.published);
            } else {
                lines.insert(0, format!(" date {}", front.published));
            }
        }
    }
    lines.extend(paragraphs);
    if !truncated {
        lines.extend(outlet.widgets.iter().map(|widget| widget.to_string()));
        lines.extend(outlet.signature.clone());
        if let Some(via) = outlet.via {
            lines.push(format!(
                "Finally We wish {via} provided you with enough information of ( {headline} )"
            ));
        }
        if outlet.related_links {
            let mut related = String::from("Also on site :");
            for _ in 0..3 {
                related.push_str(&format!("\n- {}", Story::other_headline(rng)));
            }
            lines.push(related);
        }
    }
    let mut text = lines.join("\n\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_inner_words_without_edge_punctuation() {
        let mut rng = Rng::new(9);
        for _ in 0..50 {
            let piece = fragment("We will not accept any deal, ever.", &mut rng);
            assert!(!piece.is_empty());
            assert!(piece.chars().next().is_some_and(char::is_alphanumeric), "{piece}");
            assert!(piece.chars().last().is_some_and(char::is_alphanumeric), "{piece}");
        }
        assert_eq!(fragment("", &mut rng), "");
    }

    #[test]
    fn quotes_end_in_a_comma_before_the_lead_in() {
        assert_eq!(with_comma("We will win."), "We will win,");
        assert_eq!(with_comma("Will we win?"), "Will we win?");
    }
}
