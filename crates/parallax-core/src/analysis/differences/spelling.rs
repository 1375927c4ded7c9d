//! Names that outlets spell differently, and statements they attribute with verbs of different
//! stance.

use super::words::STANCES;
use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;
use crate::analysis::{Claim, DetailKind, DetailValue, Difference};

/// One name as written in one sentence.
#[derive(Debug, Clone)]
struct Written {
    unit: usize,
    text: String,
    /// Its words as written, lowercase, possessive dropped, accents folded, joined by spaces.
    spaced: String,
    /// The same without spaces.
    squashed: String,
}

/// Names of the event spelled in two ways by different outlets: the same letters but for a space
/// ("EyeSight" / "Eye Sight") or at most two letters, not the first, in a name of at least
/// `min_chars` letters ("Curah Kobokan" / "Curah Kerobokan"). A plural or a possessive is no
/// other spelling, and an outlet that writes both spellings gives no difference.
pub fn names(doc: &Document, min_chars: usize) -> Vec<(Vec<usize>, Difference)> {
    let mut written: Vec<Written> = Vec::new();
    for (index, unit) in doc.units.iter().enumerate() {
        let tokens = &unit.tokens;
        let mut k = 0;
        while k < tokens.len() {
            if !doc.is_name_token(&tokens[k]) {
                k += 1;
                continue;
            }
            let mut start = k;
            while k + 1 < tokens.len() && doc.is_name_token(&tokens[k + 1]) {
                let gap = unit.sentence.text.get(tokens[k].span.end..tokens[k + 1].span.start).unwrap_or("");
                if gap != " " && gap != "-" {
                    break;
                }
                k += 1;
            }
            // Titles are no part of the name: "Justices Sonia Sotomayor", "Vice President …".
            while start < k && is_title(&tokens[start].norm) {
                start += 1;
            }
            let name = &tokens[start..=k];
            let span = tokens[start].span.start..tokens[k].span.end;
            let text = unit.sentence.text.get(span).unwrap_or("");
            let text =
                text.strip_suffix("'s").or_else(|| text.strip_suffix("’s")).unwrap_or(text).to_string();
            // Words as written, possessive dropped (not their normal forms: a name is not
            // respelled, "Okafour" is not "Okafor").
            let mut folded = String::new();
            let mut previous_end = None;
            for token in name {
                // The words' own separator: "Yamato-Saidaiji" keeps its hyphen.
                let gap = previous_end.and_then(|end| unit.sentence.text.get(end..token.span.start));
                folded.push(if gap == Some("-") { '-' } else { ' ' });
                previous_end = Some(token.span.end);
                let surface = token.surface.strip_suffix("'s").unwrap_or(&token.surface);
                crate::view::fold::fold_into(surface, &mut folded);
            }
            // Its words: runs of letters and digits, one space apart ("u s" for "U.S.").
            let spaced = folded
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .map(|w| w.trim_matches('-'))
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let squashed: String = spaced.chars().filter(|c| c.is_alphanumeric()).collect();
            let initial_only = name.len() == 1 && name[0].sentence_initial;
            if squashed.chars().count() >= min_chars
                && !squashed.chars().any(|c| c.is_ascii_digit())
                && !initial_only
            {
                written.push(Written { unit: index, text, spaced, squashed });
            }
            k += 1;
        }
    }
    // Each spelling's outlets.
    let mut spellings: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut forms_of: FastMap<&str, (&str, &str)> = FastMap::default();
    for item in &written {
        let article = doc.units.get(item.unit).map_or(usize::MAX, |u| u.article);
        let list = spellings.entry(item.text.as_str()).or_default();
        if !list.contains(&article) {
            list.push(article);
        }
        forms_of.insert(item.text.as_str(), (item.spaced.as_str(), item.squashed.as_str()));
    }
    let mut texts: Vec<&str> = spellings.keys().copied().collect();
    texts.sort_unstable();
    // Spellings of one name join up (union-find over the pairs of variants).
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (n, &a) in texts.iter().enumerate() {
        for (m, &b) in texts.iter().enumerate().skip(n + 1) {
            let (Some(&fa), Some(&fb)) = (forms_of.get(a), forms_of.get(b)) else { continue };
            if variants(fa, fb) {
                let (ra, rb) = (root(&mut parent, n), root(&mut parent, m));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut groups: FastMap<usize, Vec<&str>> = FastMap::default();
    for (n, &text) in texts.iter().enumerate() {
        let r = root(&mut parent, n);
        groups.entry(r).or_default().push(text);
    }
    let mut groups: Vec<Vec<&str>> = groups.into_values().filter(|g| g.len() >= 2).collect();
    groups.sort();
    let mut found = Vec::new();
    for group in groups {
        // Each outlet's spellings; an outlet that writes two of them gives no value.
        let mut by_outlet: FastMap<usize, Vec<&str>> = FastMap::default();
        for &text in &group {
            for &article in &spellings[text] {
                by_outlet.entry(article).or_default().push(text);
            }
        }
        let single: Vec<(usize, &str)> = by_outlet
            .iter()
            .filter(|(_, texts)| texts.len() == 1)
            .map(|(&article, texts)| (article, texts[0]))
            .collect();
        let mut distinct: Vec<&str> = single.iter().map(|(_, text)| *text).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 {
            continue;
        }
        let mut values: Vec<(usize, DetailValue)> = Vec::new();
        for item in &written {
            let Some(unit) = doc.units.get(item.unit) else { continue };
            if !single.contains(&(unit.article, item.text.as_str())) {
                continue;
            }
            let outlet = doc.outlet_id(unit.article).to_string();
            if values.iter().any(|(_, v)| v.outlet == outlet) {
                continue;
            }
            values.push((
                item.unit,
                DetailValue { outlet, sentence: unit.sentence.id.clone(), text: item.text.clone() },
            ));
        }
        values.sort_by_key(|(unit, _)| *unit);
        // What it is about: the spelling most outlets use.
        let count = |text: &str| single.iter().filter(|(_, t)| *t == text).count();
        let about =
            distinct.iter().copied().max_by(|x, y| count(x).cmp(&count(y)).then(y.cmp(x))).unwrap_or("");
        let units = values.iter().map(|(unit, _)| *unit).collect();
        let difference = Difference {
            claim: String::new(),
            kind: DetailKind::Name,
            about: about.to_string(),
            values: values.into_iter().map(|(_, v)| v).collect(),
        };
        found.push((units, difference));
    }
    found
}

/// Whether two names, as (spaced, squashed) normal forms, are two forms of one name that a
/// reader would call a differing detail: the same letters but for a space inside a compound
/// ("eyesight" / "eye sight"), or a syllable, one run of two or three letters, added or dropped
/// inside the name ("Curah Kobokan" / "Curah Kerobokan"). Not differences: a dropped hyphen
/// ("Yamato-Saidaiji" / "Yamatosaidaiji"), the dots of initials ("U.S." / "US"), British and
/// American spelling ("Labour" / "Labor", "Organisation"), letters respelled ("Tehreek" /
/// "Tehrik", "Coney" / "Connie") and misspellings, one letter or letters here and there
/// ("Kavanagh", "Sotamayor", "Alcvar"). Nor is a plural, a possessive
/// or "Indonesian" for "Indonesia": another word, not another spelling.
fn variants((spaced_a, squashed_a): (&str, &str), (spaced_b, squashed_b): (&str, &str)) -> bool {
    if squashed_a == squashed_b {
        // A space between words of two letters or more, and nothing else.
        let words = |spaced: &str| spaced.split(' ').all(|w| w.chars().count() >= 2);
        let unspaced = |spaced: &str| spaced.replace(' ', "");
        return spaced_a != spaced_b
            && unspaced(spaced_a) == unspaced(spaced_b)
            && words(spaced_a)
            && words(spaced_b);
    }
    if american(spaced_a) == american(spaced_b) {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (squashed_a.chars().collect(), squashed_b.chars().collect());
    let shorter = a.len().min(b.len());
    let first_difference = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(shorter);
    let last_difference = a.iter().rev().zip(b.iter().rev()).position(|(x, y)| x != y).unwrap_or(shorter);
    if first_difference == 0 || last_difference == 0 {
        return false;
    }
    if spaced_a.split(' ').count() != spaced_b.split(' ').count() {
        return false;
    }
    let distance = edit_distance(squashed_a, squashed_b);
    // A syllable more or less, in one place: the length changes by the whole run.
    let added = a.len().abs_diff(b.len());
    (2..=3).contains(&distance)
        && distance * 5 <= shorter
        && differing_run(&a, &b) == distance
        && added == distance
}

/// How many letters differ between two spellings once their common start and end are set
/// aside: the edit distance when the change is one run of letters, more when it is scattered.
fn differing_run(a: &[char], b: &[char]) -> usize {
    let shorter = a.len().min(b.len());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix =
        a.iter().rev().zip(b.iter().rev()).take(shorter - prefix).take_while(|(x, y)| x == y).count();
    (a.len() - prefix - suffix).max(b.len() - prefix - suffix)
}

/// British spellings of a name's words made American ("labour" → "labor", "organisation" →
/// "organization", "centre" → "center", "travelled" → "traveled"): one name either way.
fn american(spaced: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("ising", "izing"),
        ("yse", "yze"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ogue", "og"),
        ("ence", "ense"),
        ("lled", "led"),
        ("lling", "ling"),
    ];
    let word = |w: &str| -> String {
        ENDINGS
            .iter()
            .find_map(|(british, us)| w.strip_suffix(british).map(|stem| format!("{stem}{us}")))
            .unwrap_or_else(|| w.to_string())
    };
    spaced.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Whether a word is a title ("President", "Justices").
fn is_title(norm: &str) -> bool {
    let word = norm.to_lowercase();
    crate::analysis::text::is_title_word(&word)
        || word.strip_suffix('s').is_some_and(crate::analysis::text::is_title_word)
}

/// Levenshtein distance, for short names.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == cb { previous } else { 1 + previous.min(row[j]).min(row[j + 1]) };
            previous = current;
        }
    }
    row[b.len()]
}

/// Statements of one claim that two outlets attribute to the same speaker with verbs of
/// different stance, one of them not neutral: "Putin said" / "Putin insisted". The speaker is
/// the name right before the verb ("Putin said", "Putin has said") or right after it ("said
/// Putin").
pub fn verbs(doc: &Document, claims: &[Claim]) -> Vec<(Vec<usize>, Difference)> {
    let unit_of: FastMap<&str, usize> =
        doc.units.iter().enumerate().map(|(index, unit)| (unit.sentence.id.as_str(), index)).collect();
    let mut found = Vec::new();
    for claim in claims.iter().filter(|c| c.outlets.len() >= 2) {
        // (unit, speaker key, speaker as written, stance, verb as written)
        let mut said: Vec<(usize, String, String, &str, String)> = Vec::new();
        for sentence in &claim.sentences {
            let Some(&index) = unit_of.get(sentence.as_str()) else { continue };
            let Some(unit) = doc.units.get(index) else { continue };
            for (k, token) in unit.tokens.iter().enumerate() {
                let word = token.surface.to_lowercase();
                let Some(&(_, stance)) = STANCES.iter().find(|(verb, _)| *verb == word) else { continue };
                // "Putin said", "Putin has said", "said Putin": the name next to the verb.
                let name_at = |j: usize| unit.tokens.get(j).filter(|t| doc.is_name_token(t) && !t.acronym);
                let speaker = k
                    .checked_sub(1)
                    .and_then(name_at)
                    .or_else(|| {
                        k.checked_sub(2).and_then(name_at).filter(|_| {
                            unit.tokens
                                .get(k - 1)
                                .is_some_and(|t| matches!(t.norm.as_str(), "has" | "had" | "have"))
                        })
                    })
                    .or_else(|| name_at(k + 1));
                if let Some(speaker) = speaker {
                    said.push((
                        index,
                        speaker.key.to_string(),
                        speaker.surface.to_string(),
                        stance,
                        token.surface.to_string(),
                    ));
                }
            }
        }
        let mut speakers: Vec<&str> = said.iter().map(|s| s.1.as_str()).collect();
        speakers.sort_unstable();
        speakers.dedup();
        for speaker in speakers {
            let of: Vec<&(usize, String, String, &str, String)> =
                said.iter().filter(|s| s.1 == speaker).collect();
            let article = |unit: usize| doc.units.get(unit).map_or(usize::MAX, |u| u.article);
            let differs = of.iter().enumerate().any(|(n, x)| {
                of[n + 1..]
                    .iter()
                    .any(|y| article(x.0) != article(y.0) && x.3 != y.3 && (x.3 != "said" || y.3 != "said"))
            });
            if !differs {
                continue;
            }
            let mut values: Vec<(usize, DetailValue)> = Vec::new();
            for (unit, _, _, _, verb) in &of {
                let Some(u) = doc.units.get(*unit) else { continue };
                let outlet = doc.outlet_id(u.article).to_string();
                if values.iter().any(|(_, v)| v.outlet == outlet) {
                    continue;
                }
                values.push((
                    *unit,
                    DetailValue { outlet, sentence: u.sentence.id.clone(), text: verb.clone() },
                ));
            }
            values.sort_by_key(|(unit, _)| *unit);
            let units = values.iter().map(|(unit, _)| *unit).collect();
            let about = of.first().map_or(String::new(), |s| s.2.clone());
            found.push((
                units,
                Difference {
                    claim: claim.id.clone(),
                    kind: DetailKind::Verb,
                    about,
                    values: values.into_iter().map(|(_, v)| v).collect(),
                },
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name() {
        let check = |a: &str, b: &str| {
            let (a, b) = (a.to_lowercase(), b.to_lowercase());
            let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
            variants((&a, &squash(&a)), (&b, &squash(&b)))
        };
        assert!(check("EyeSight", "Eye Sight"));
        assert!(check("Curah Kobokan", "Curah Kerobokan"));
        assert!(!check("Sotomayor", "Sotamayor"), "one letter is a misspelling");
        assert!(!check("Sonia Sotomayor", "Sonia Stomayer"), "letters here and there too");
        assert!(!check("Gabriel Alcivar", "Gabriel Alcvar"));
        assert!(!check("Brett Kavanaugh", "Brett Cavanaugh"));
        assert!(!check("Yamato-Saidaiji Station", "Yamatosaidaiji Station"), "a dropped hyphen");
        assert!(!check("Labour MPs", "Labor MPs"), "British and American spelling");
        assert!(!check("World Health Organisation", "World Health Organization"));
        assert!(!check("Traumatised Ecuadorians", "Traumatized Ecuadoreans"));
        assert!(!check("Pakistan Tehreek", "Pakistan Tehrik"), "letters respelled");
        assert!(!check("Amy Coney Barrett", "Amy Connie Barrett"));
        assert!(!check("Ecuador", "Ecuadorian"));
        assert!(!check("Argentina", "Argentinian"));
        assert!(!check("Putin", "Putin"));
        assert!(!check("Kishida", "Kishino"));
        assert!(!check("Jorge Glas", "Jorge"));
        assert!(!check("GENEVA", "Geneva"));
        assert!(!check("u s geological survey", "us geological survey"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
