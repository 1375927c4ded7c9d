//! The synthetic outlets: names, house styles and the scraped chrome that comes with their pages.

use parallax_core::ingest::slugify;

use super::rng::Rng;
use super::vocab::{AGGREGATORS, MENUS, OUTLET_HEADS, OUTLET_TAILS, WIDGETS};

/// How an outlet treats copy it shares with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Runs agency copy mostly verbatim.
    Wire,
    /// Rewrites in its own words.
    Paraphrase,
    /// Publishes a translation from another language: different word choices, same facts.
    Translation,
}

/// The quotation marks an outlet uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// "…"
    Straight,
    /// “…”
    Curly,
    /// ‘…’
    Single,
}

impl Marks {
    /// The opening and closing marks.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            Marks::Straight => ("\"", "\""),
            Marks::Curly => ("\u{201c}", "\u{201d}"),
            Marks::Single => ("\u{2018}", "\u{2019}"),
        }
    }
}

/// One outlet's house style, the same for every event it covers.
#[derive(Debug, Clone)]
pub struct Outlet {
    /// The slug, also the article's file stem.
    pub id: String,
    /// The display name.
    pub name: String,
    /// How it treats shared copy.
    pub style: Style,
    /// Its quotation marks.
    pub marks: Marks,
    /// Whether its scraped pages start with a ` date YYYY-MM-DD` line.
    pub date_line: bool,
    /// A site menu scraped at the top of its pages.
    pub menu: Option<&'static str>,
    /// Sharing widgets scraped at the end of its pages.
    pub widgets: Vec<&'static str>,
    /// A line the outlet puts under every article.
    pub signature: Option<String>,
    /// Chance of a promo for another article inside the text.
    pub promo_rate: f64,
    /// Whether it ends pages with an "Also on site :" list.
    pub related_links: bool,
    /// The aggregator its articles were read at, if not at the outlet itself.
    pub via: Option<&'static str>,
    /// Chance that the scrape is cut off mid-sentence.
    pub truncate_rate: f64,
    /// Whether it writes small numbers as words.
    pub numbers_as_words: bool,
    /// Chance that it credits the agency a fact came from.
    pub credit_rate: f64,
}

/// The outlets of a corpus: `count` distinct names, each with a house style.
pub fn roster(rng: &mut Rng, count: usize) -> Vec<Outlet> {
    let mut names: Vec<String> = OUTLET_HEADS
        .iter()
        .flat_map(|head| OUTLET_TAILS.iter().map(move |tail| format!("The {head} {tail}")))
        .collect();
    rng.shuffle(&mut names);
    let combinations = names.len();
    (0..count)
        .map(|n| {
            let base = names.get(n % combinations).cloned().unwrap_or_default();
            let name = if n < combinations { base } else { format!("{base} {}", n / combinations + 1) };
            outlet(rng, name)
        })
        .collect()
}

fn outlet(rng: &mut Rng, name: String) -> Outlet {
    let style = match rng.below(10) {
        0..=2 => Style::Wire,
        3..=7 => Style::Paraphrase,
        _ => Style::Translation,
    };
    let marks = match rng.below(4) {
        0 | 1 => Marks::Straight,
        2 => Marks::Curly,
        _ => Marks::Single,
    };
    let mut widgets: Vec<&'static str> = WIDGETS.iter().copied().filter(|_| rng.chance(0.3)).collect();
    widgets.sort_unstable();
    let signature = rng.chance(0.5).then(|| {
        format!("Follow {} for the latest news, analysis and opinion.", name.trim_start_matches("The "))
    });
    Outlet {
        id: slugify(&name),
        style,
        marks,
        date_line: rng.chance(0.4),
        menu: if rng.chance(0.3) { rng.pick(MENUS).copied() } else { None },
        widgets,
        signature,
        promo_rate: if rng.chance(0.5) { 0.3 } else { 0.0 },
        related_links: rng.chance(0.15),
        via: if rng.chance(0.1) { rng.pick(AGGREGATORS).copied() } else { None },
        truncate_rate: if rng.chance(0.3) { 0.3 } else { 0.02 },
        numbers_as_words: rng.chance(0.3),
        credit_rate: 0.3 + rng.unit() * 0.6,
        name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_ids_survive_the_corpus_loader_unchanged() {
        // The loader makes an outlet's id from its file name (`<id>.txt`) with the same slugify.
        for outlet in roster(&mut Rng::new(5), 60) {
            assert!(!outlet.id.is_empty(), "{}", outlet.name);
            assert_eq!(slugify(&outlet.id), outlet.id, "{}", outlet.name);
        }
    }

    #[test]
    fn outlet_ids_are_unique_even_past_the_name_list() {
        let outlets = roster(&mut Rng::new(5), 600);
        let mut ids: Vec<&str> = outlets.iter().map(|outlet| outlet.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 600);
    }
}
