//! Mastheads: a line that is only the outlet's own name ("The Hindu", "nationthailand"), which a
//! scraped page prints above or beside the story as the site's banner.

use crate::model::Outlet;

/// The names a page may print its outlet by on a line of its own, squashed (letters and digits
/// only, lower case): the display name, the id, the name without a leading "The", and the
/// domain of its web address without "www." and the suffix ("nationthailand" for
/// `www.nationthailand.com`).
#[derive(Debug, Default)]
pub(crate) struct Masthead {
    names: Vec<String>,
}

/// Fewest letters a squashed name needs: shorter ones ("AP", "BBC" as an id) may be a word of
/// the story.
const MIN_NAME_LETTERS: usize = 4;

impl Masthead {
    /// The mastheads of an outlet read at `url` (if known).
    pub(crate) fn new(outlet: &Outlet, url: Option<&str>) -> Masthead {
        let without_the = outlet.name.strip_prefix("The ").unwrap_or(&outlet.name);
        let domain = url.and_then(domain_label);
        let mut names: Vec<String> =
            [Some(outlet.name.as_str()), Some(outlet.id.as_str()), Some(without_the), domain]
                .into_iter()
                .flatten()
                .map(squash)
                .filter(|name| name.chars().count() >= MIN_NAME_LETTERS)
                .collect();
        names.sort_unstable();
        names.dedup();
        Masthead { names }
    }

    /// Whether a unit calls the reader to the outlet itself: "Subscribe to The Week", "Watch CBS
    /// News", "Sign up for The Week's Free Newsletters" (the name, then at most a few words).
    pub(crate) fn promotes(&self, text: &str) -> bool {
        const CALLS: &[&str] =
            &["subscribe to ", "sign up for ", "sign up to ", "watch ", "follow ", "listen to "];
        let lower = text.trim().to_lowercase();
        let Some(rest) = CALLS.iter().find_map(|call| lower.strip_prefix(call)) else { return false };
        let words: Vec<&str> = rest.split_whitespace().collect();
        (1..=words.len().min(MAX_NAME_WORDS)).any(|taken| {
            let name = squash(&words[..taken].join(" "));
            let name = name.strip_suffix('s').filter(|_| words[taken - 1].ends_with("'s")).unwrap_or(&name);
            self.names.iter().any(|known| known == name) && words.len() - taken <= MAX_WORDS_AFTER_NAME
        })
    }

    /// Whether a whole unit is only the outlet's name.
    pub(crate) fn holds(&self, text: &str) -> bool {
        let squashed = squash(text);
        !squashed.is_empty() && self.names.contains(&squashed)
    }
}

/// Most words an outlet's name may have in a call to it.
const MAX_NAME_WORDS: usize = 5;

/// Most words after the outlet's name in a call to it ("… Free Newsletters").
const MAX_WORDS_AFTER_NAME: usize = 3;

/// Letters and digits only, in lower case.
fn squash(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The main label of a web address's host: `https://www.nationthailand.com/world/…` →
/// `nationthailand`.
fn domain_label(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    host.split('.').next().filter(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::Masthead;
    use crate::model::Outlet;

    fn outlet(id: &str, name: &str) -> Outlet {
        Outlet { id: id.to_string(), name: name.to_string() }
    }

    #[test]
    fn a_line_of_the_outlets_name_or_domain_is_its_masthead() {
        let hindu = Masthead::new(&outlet("the-hindu", "The Hindu"), Some("https://www.thehindu.com/news/x"));
        assert!(hindu.holds("The Hindu"));
        assert!(hindu.holds("THE HINDU"));
        assert!(hindu.holds("Hindu"));
        assert!(!hindu.holds("The Hindu reported the ruling on Monday."));
        let nation = Masthead::new(
            &outlet("nation-thailand", "Nation Thailand"),
            Some("https://www.nationthailand.com/world"),
        );
        assert!(nation.holds("nationthailand"));
        assert!(nation.holds("Nation Thailand"));
        assert!(!nation.holds("Thailand"));
        let week = Masthead::new(&outlet("theweek-uk", "The Week"), Some("https://theweek.com/news/x"));
        assert!(week.promotes("Subscribe to The Week"));
        assert!(week.promotes("Sign up for The Week's Free Newsletters"));
        assert!(!week.promotes("Subscribe to a newspaper, the minister told students this week."));
        assert!(!week.promotes("Watch the fire spread across the roof"));
    }

    #[test]
    fn short_names_and_unknown_outlets_take_nothing() {
        let ap = Masthead::new(&outlet("ap", "AP"), None);
        assert!(!ap.holds("AP"));
        assert!(!Masthead::default().holds("The Hindu"));
    }
}
