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

    /// Whether a whole unit is only the outlet's name.
    pub(crate) fn holds(&self, text: &str) -> bool {
        let squashed = squash(text);
        !squashed.is_empty() && self.names.contains(&squashed)
    }
}

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
    }

    #[test]
    fn short_names_and_unknown_outlets_take_nothing() {
        let ap = Masthead::new(&outlet("ap", "AP"), None);
        assert!(!ap.holds("AP"));
        assert!(!Masthead::default().holds("The Hindu"));
    }
}
