//! Origins: which articles of an event carry one source text, so that forty outlets printing one
//! agency story count as one origin, not forty confirmations.
//!
//! **Copy evidence is the outlet's own words.** Outlets that report one speech print the same
//! quotes word for word whether or not they copy each other, so quoted words are not evidence:
//! each sentence is compared on its words outside quote marks. A sentence that is mostly a quote
//! (fewer than [`MIN_OWN_WORDS`] content words outside quotes) is compared as a whole, but only
//! counts when at most two outlets print that wording: one translation of a foreign-language
//! interview in two outlets is a copy, the English words of a press conference in ten are not.
//!
//! **Sentences.** Two sentences match when they share most of their word pairs (at least
//! [`SAME_PAIRS`] of the smaller one's: a copy, a few words swapped), or a fair part of their
//! word pairs and most of their content words ([`REWORDED_PAIRS`] and [`REWORDED_WORDS`]: a
//! rewrite that keeps the sentence's frame, "One man died from severe burns" / "one guy died
//! from severe burns"). Words are compared by their synonym keys, so a synonym-spun copy keeps
//! its pairs.
//!
//! **Articles.** Article `a` copies article `b` when the matched sentences (each of `a`'s with its
//! best match in `b`, the later of two that weigh the same), taken in an order both articles keep
//! (the longest run in the same order), are at least [`MIN_MATCHED`] and at least [`MIN_SHARED`]
//! of the smaller article's countable sentences. Two independent reports of one event share
//! facts, often in the same order, but rarely their wording sentence after sentence; a rewrite
//! that keeps the other's order of facts keeps enough of it.
//!
//! **Rewrites.** A rewrite that splits, merges or rewords most sentences matches few of them one
//! by one, but keeps the other's rarer words and word pairs in the same order (the `wording`
//! step). An ordered rare wording of [`WORDING_LINK`] links two articles as a copy does; a lower
//! one, down to `WORDING_KEPT`, still counts towards a group's average. A heavy rewrite may show
//! both signs, each too weak alone: a few matched sentences and some ordered rare wording. Then
//! their sum, discounted, is the link (`BOTH_PARTIAL`).
//!
//! **Quote blocks.** An unbroken run of at least six sentences printed word for word and one after
//! another in both articles (the `runs` step), quotes included, counts as that share of each
//! article's sentences come back in the other: a translated interview copied as one block, which
//! the quote rule above leaves out because several outlets print some of its sentences.
//!
//! **Groups.** Articles are grouped by average link over these shares (a missing pair counts as
//! 0), merging while the average reaches [`MIN_SHARED`]: an article joins a group only if it
//! copies, on average, every member; one shared sentence with a later version of a story does
//! not make the first version a copy of everything that follows.
//!
//! **Cost.** Sentences are compared once per distinct text (`texts`): a wire sentence printed by
//! `k` articles is one text, whose matches are spread back over the articles one article at a
//! time (`pairs`), so no table of sentence pairs, or of every pair of articles, is kept. Grouping
//! (`grouping`) costs in proportion to the links, not to the groups times the links.
//!
//! **What a group is.** It is a *wire* origin when an article of it credits a news agency in a
//! dateline or credit line ("QUITO, Ecuador (AP) —", "By:BLOOMBERG", "— AFP"), with that
//! agency as its source (or the agency's own article, if the event has it); otherwise a *copy*,
//! or a *rewrite* when most of its articles reword the sentences they share. Which article the
//! others copy is said only where the text shows it: an article that credits another member, the
//! republished article of a `via`, the one published first, or the one well-known outlet among
//! unknown sites; otherwise the source is left open.

use super::attribution::{line_credits, names::Outlets};
use super::document::Document;
use super::hashing::FastMap;
use super::speakers::People;
use super::text::Token;
use crate::analysis::{Origin, OriginKind, OriginMember, SourceKind};
use crate::model::{Block, Piece};
use grouping::average_link;
use pairs::{Carrier, Reading};
use texts::TextGroups;

/// Fewest content words outside quotes for a sentence to be compared on its own words.
pub const MIN_OWN_WORDS: usize = 4;

/// Share of the smaller sentence's word pairs that two sentences share to be the same wording.
pub const SAME_PAIRS: f32 = 0.5;

/// Share of word pairs that a reworded sentence keeps, with [`REWORDED_WORDS`].
pub const REWORDED_PAIRS: f32 = 0.3;

/// Share of the smaller sentence's content words that a reworded sentence keeps.
pub const REWORDED_WORDS: f32 = 0.6;

/// Fewest matched sentences, in the same order, for one article to copy another.
pub const MIN_MATCHED: usize = 3;

/// Share of the smaller article's countable sentences that must come back in the other.
pub const MIN_SHARED: f32 = 0.4;

/// Ordered rare wording (the `wording` step) at which a pair of articles is linked as strongly
/// as a copy with [`MIN_SHARED`] of its sentences: a rewrite that keeps the other's order of
/// facts.
pub const WORDING_LINK: f32 = 0.15;

/// Least ordered rare wording kept as a (weaker) link, which counts towards a group's average.
const WORDING_KEPT: f32 = 0.7 * WORDING_LINK;

/// Fewest matched sentences, in the same order, for a pair's sentence share to count as partial
/// evidence of one text.
const MIN_PARTIAL_MATCHED: usize = 2;

/// How much of the sum of two partial signs of one text (a share of sentences under
/// [`MIN_SHARED`], an ordered rare wording under [`WORDING_LINK`]) makes a pair's link. A heavy
/// rewrite keeps a few sentences close enough to match and some of the other's rarer wording in
/// order, each short of a link alone; two independent reports of one event rarely keep both.
const BOTH_PARTIAL: f32 = 0.7;

/// A mostly quoted sentence counts as evidence only when at most this many articles print it.
const RARE_QUOTE_ARTICLES: usize = 2;

/// Word pairs shared for a mostly quoted sentence to be the same wording as another.
const SAME_QUOTE_PAIRS: f32 = 0.8;

/// Below this mean share of shared word pairs, an article's matched sentences are reworded.
const VERBATIM_PAIRS: f32 = 0.6;

/// The words of a sentence, or of its part outside quotes, for comparing.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
struct Features {
    /// Hashes of its content keys, sorted, without repeats.
    words: Vec<u64>,
    /// Hashes of its consecutive word pairs, sorted, without repeats.
    pairs: Vec<u64>,
}

/// The features of one sentence: its own words (outside quotes) and all of them.
#[derive(Debug, Default, Clone)]
struct Copytext {
    /// Its words outside quotes.
    own: Features,
    /// All its words.
    full: Features,
    /// Whether it is mostly a quote (fewer than [`MIN_OWN_WORDS`] content words of its own).
    quoted: bool,
    /// Hashes of its own content keys (outside quotes), in reading order.
    keys: Vec<u64>,
}

impl Copytext {
    /// What sentences are compared on: units equal in it are one text.
    fn compared(&self) -> (&Features, &Features, bool) {
        (&self.own, &self.full, self.quoted)
    }
}

/// A match of a sentence of one article with one of another.
#[derive(Debug, Clone, Copy)]
struct Match {
    /// Sentence positions in the two articles.
    at: (usize, usize),
    /// Share of word pairs shared.
    pairs: f32,
    /// How much it says that one copies the other, 0 to 1: more for more shared word pairs, less
    /// when a quote is involved.
    weight: f32,
}

/// How two texts match: [`Match`] without the positions.
#[derive(Debug, Clone, Copy)]
struct Similarity {
    /// Share of word pairs shared.
    pairs: f32,
    /// How much it says that one copies the other (see [`Match::weight`]).
    weight: f32,
}

/// Weight of a match that involves a mostly quoted sentence, relative to one of the outlets'
/// own words.
const QUOTE_WEIGHT: f32 = 0.6;

/// How one article carries another's sentences.
#[derive(Debug, Clone, Copy, Default)]
struct Carried {
    /// Matched sentences in the same order.
    matched: usize,
    /// Their share of the article's countable sentences.
    share: f32,
    /// The mean share of word pairs over them.
    verbatim: f32,
}

/// Which origin each outlet belongs to, to count a claim's independent origins.
#[derive(Debug, Clone, Default)]
pub struct OriginIndex<'a> {
    group_of: FastMap<&'a str, usize>,
}

impl<'a> OriginIndex<'a> {
    /// Indexes an event's origins.
    pub fn new(origins: &'a [Origin]) -> OriginIndex<'a> {
        let mut group_of = FastMap::default();
        for (index, origin) in origins.iter().enumerate() {
            for outlet in &origin.articles {
                group_of.insert(outlet.as_str(), index);
            }
        }
        OriginIndex { group_of }
    }

    /// How many independent origins these outlets stand for: one per copy group among them, and
    /// one per outlet in no group.
    pub fn independent<'o>(&self, outlets: impl IntoIterator<Item = &'o str>) -> usize {
        let mut groups: Vec<usize> = Vec::new();
        let mut alone = 0;
        for outlet in outlets {
            match self.group_of.get(outlet) {
                Some(&group) if !groups.contains(&group) => groups.push(group),
                Some(_) => {}
                None => alone += 1,
            }
        }
        groups.len() + alone
    }

    /// The index of an outlet's origin, if it is in a copy group.
    pub fn origin_of(&self, outlet: &str) -> Option<usize> {
        self.group_of.get(outlet).copied()
    }
}

/// Finds the event's copy groups.
pub fn find(doc: &Document, people: &People) -> Vec<Origin> {
    let articles = doc.event.articles.len();
    if articles < 2 {
        return Vec::new();
    }
    let texts = copytexts(doc, people);
    let same = TextGroups::new(texts.iter().map(Copytext::compared));
    let mut carrier = Carrier::new(reading(doc, &texts, &same));
    let items: Vec<Vec<u64>> = carrier
        .reading()
        .units_of
        .iter()
        .map(|units| wording::items(units.iter().map(|&u| texts[u].keys.as_slice())))
        .collect();
    let wordings = wording::scores(&items, WORDING_KEPT);
    let mut links = copy_links(&mut carrier, &wordings);
    // A pair linked both ways keeps the stronger link.
    let mut worded: FastMap<(u32, u32), f32> = wordings
        .into_iter()
        .map(|((a, b), score)| ((a as u32, b as u32), wording_link(score, None)))
        .collect();
    for (pair, link) in &mut links {
        if let Some(other) = worded.remove(pair) {
            *link = link.max(other);
        }
    }
    links.extend(worded);
    let groups =
        average_link(articles, links.into_iter().map(|((a, b), link)| ((a as usize, b as usize), link)));
    let credits = agency_credits(doc);
    let mut origins: Vec<Origin> = groups
        .into_iter()
        .filter(|group| group.len() >= 2)
        .map(|group| origin_of(doc, &group, &closest_members(&mut carrier, &group), &credits))
        .collect();
    for (number, origin) in origins.iter_mut().enumerate() {
        origin.id = format!("o{}", number + 1);
    }
    origins
}

/// What the copy pass reads: each article's units and their positions, each text's matches, and
/// which units count as evidence.
fn reading<'r>(doc: &Document, texts: &[Copytext], same: &'r TextGroups) -> Reading<'r> {
    let articles = doc.event.articles.len();
    // Each article's units, in reading order, and each unit's position in its article.
    let mut units_of: Vec<Vec<usize>> = vec![Vec::new(); articles];
    let mut position = vec![0usize; doc.units.len()];
    for (index, unit) in doc.units.iter().enumerate() {
        if let Some(list) = units_of.get_mut(unit.article) {
            position[index] = list.len();
            list.push(index);
        }
    }
    let matches = sentence_matches(doc, texts, same);
    let counts = countable_units(doc, texts, same, &matches);
    let countable: Vec<usize> =
        units_of.iter().map(|units| units.iter().filter(|&&u| counts[u]).count()).collect();
    let mut sentences = vec![0usize; articles];
    for (unit, text) in doc.units.iter().zip(texts) {
        if !text.full.pairs.is_empty() {
            sentences[unit.article] += 1;
        }
    }
    Reading {
        article: doc.units.iter().map(|unit| unit.article).collect(),
        position,
        text: &same.of_unit,
        counts,
        units_of_text: &same.units,
        matches,
        units_of,
        countable,
        sentences,
    }
}

/// Which units count as evidence: every unit with word pairs, except a mostly quoted sentence
/// that articles other than its own print (word for word, or as a weaker match) in
/// [`RARE_QUOTE_ARTICLES`] or more.
fn countable_units(
    doc: &Document,
    texts: &[Copytext],
    same: &TextGroups,
    matches: &[Vec<(usize, Similarity)>],
) -> Vec<bool> {
    // Per text, the articles that print a text it matches: at most one more than can be left
    // out (the unit's own article) and still leave fewer than the rare limit.
    let most = RARE_QUOTE_ARTICLES + 1;
    let mut printers: Vec<Vec<usize>> = vec![Vec::new(); same.units.len()];
    for (text, list) in printers.iter_mut().enumerate() {
        if !texts[same.first(text)].quoted {
            continue;
        }
        let printing = matches[text].iter().filter(|(_, m)| m.pairs >= SAME_QUOTE_PAIRS || m.weight < 1.0);
        for &v in printing.flat_map(|&(other, _)| &same.units[other]) {
            if list.len() >= most {
                break;
            }
            let article = doc.units[v].article;
            if !list.contains(&article) {
                list.push(article);
            }
        }
    }
    (0..doc.units.len())
        .map(|u| {
            let text = &texts[u];
            let others = printers[same.of_unit[u]].iter().filter(|&&a| a != doc.units[u].article).count();
            !text.full.pairs.is_empty() && (!text.quoted || others < RARE_QUOTE_ARTICLES)
        })
        .collect()
}

/// The link an ordered rare wording of `score` gives a pair of articles, with the share of
/// sentences it carries when that is partial evidence too (see [`BOTH_PARTIAL`]).
fn wording_link(score: f32, partial_share: Option<f32>) -> f32 {
    let link = (score / WORDING_LINK * MIN_SHARED).min(1.0);
    let both = partial_share.map_or(0.0, |share| (BOTH_PARTIAL * (share + link)).min(1.0));
    link.max(both)
}

/// Links of pairs of articles where one copies the other: the share of the article with fewer
/// countable sentences (the first on a tie), if it carries at least [`MIN_MATCHED`] and
/// [`MIN_SHARED`] of the other's sentences. A pair that carries fewer, but at least
/// [`MIN_PARTIAL_MATCHED`] sentences in order, and whose ordered rare wording scored (in
/// `wordings`), has two partial signs of one text (see [`BOTH_PARTIAL`]). Each pair comes once,
/// as `(lower, higher)` article indexes; a list, not a map, as there are as many links as pairs
/// of wire copies.
fn copy_links(carrier: &mut Carrier, wordings: &FastMap<(usize, usize), f32>) -> Vec<((u32, u32), f32)> {
    let mut links: Vec<((u32, u32), f32)> = Vec::new();
    for a in 0..carrier.reading().units_of.len() {
        // Only the pair's smaller article is read: the other one's share is not its link.
        carrier.each_later(a, |b, c| {
            let pair = (a.min(b), a.max(b));
            if c.matched >= MIN_MATCHED && c.share >= MIN_SHARED {
                links.push(((pair.0 as u32, pair.1 as u32), c.share));
            } else if c.matched >= MIN_PARTIAL_MATCHED {
                if let Some(&score) = wordings.get(&pair) {
                    links.push(((pair.0 as u32, pair.1 as u32), wording_link(score, Some(c.share))));
                }
            }
        });
    }
    links
}

/// For each member of a group, in order: the other member whose sentences it carries most (the
/// first on a tie; itself if alone) and how it carries them.
fn closest_members(carrier: &mut Carrier, group: &[usize]) -> Vec<(usize, Carried)> {
    let mut member = vec![false; carrier.reading().units_of.len()];
    for &a in group {
        member[a] = true;
    }
    group
        .iter()
        .map(|&a| match carrier.closest(a, |b| member[b]) {
            Some(found) if found.1.share > 0.0 => found,
            // Carrying nothing of any: the first other member.
            _ => (group.iter().copied().find(|&b| b != a).unwrap_or(a), Carried::default()),
        })
        .collect()
}

/// Each unit's features: its own words outside quotes, or, for a mostly quoted sentence, all of
/// its words.
fn copytexts(doc: &Document, people: &People) -> Vec<Copytext> {
    let mut own: Vec<Vec<&Token>> = vec![Vec::new(); doc.units.len()];
    let mut all: Vec<Vec<&Token>> = vec![Vec::new(); doc.units.len()];
    for (index, passage) in doc.passages.iter().enumerate() {
        let (Some(tokens), Some(spans)) = (people.tokens.get(index), people.spans.get(index)) else {
            continue;
        };
        for token in tokens.iter() {
            let Some(unit) = passage.unit_at(token.span.start) else { continue };
            let quoted = spans.iter().any(|span| span.inner.contains(&token.span.start));
            if let Some(list) = all.get_mut(unit) {
                list.push(token);
            }
            if !quoted {
                if let Some(list) = own.get_mut(unit) {
                    list.push(token);
                }
            }
        }
    }
    own.iter()
        .zip(&all)
        .map(|(own, all)| Copytext {
            own: features(own),
            full: features(all),
            quoted: own.iter().filter(|t| t.is_content()).count() < MIN_OWN_WORDS,
            keys: own.iter().filter(|t| t.is_content()).map(|t| hash(&t.key)).collect(),
        })
        .collect()
}

fn features(tokens: &[&Token]) -> Features {
    let form = |t: &Token| if t.is_content() { hash(&t.key) } else { hash(&t.norm) };
    let mut words: Vec<u64> = tokens.iter().filter(|t| t.is_content()).map(|t| hash(&t.key)).collect();
    words.sort_unstable();
    words.dedup();
    let mut pairs: Vec<u64> = tokens
        .windows(2)
        .map(|pair| form(pair[0]).rotate_left(17) ^ form(pair[1]).wrapping_mul(0x9e37_79b9))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    Features { words, pairs }
}

/// A stable FNV-1a hash of a word.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// Every pair of matching texts, as each text's list of the texts it matches (itself included,
/// when two of its copies would match). Pairs are found through an inverted index of word pairs:
/// only texts that share at least two word pairs, each printed by at most a few sentences per
/// article, are compared. Two texts of the outlets' own words are compared on those; a pair with
/// a mostly quoted text, on all words, for less weight. Matches are per text: every pair of its
/// sentences in different articles matches the same way.
fn sentence_matches(doc: &Document, texts: &[Copytext], same: &TextGroups) -> Vec<Vec<(usize, Similarity)>> {
    let cap = 4 * doc.event.articles.len().max(4);
    // Per word pair, the sentences that print it and their texts (in id order).
    let mut postings: FastMap<u64, (usize, Vec<usize>)> = FastMap::default();
    for (id, units) in same.units.iter().enumerate() {
        for &pair in &texts[same.first(id)].full.pairs {
            let (printed, list) = postings.entry(pair).or_default();
            *printed += units.len();
            list.push(id);
        }
    }
    let lists: Vec<Vec<usize>> =
        postings.into_values().filter(|(printed, _)| *printed <= cap).map(|(_, list)| list).collect();
    // Per text, its indexed word pairs.
    let mut indexed: Vec<Vec<usize>> = vec![Vec::new(); same.units.len()];
    for (posting, list) in lists.iter().enumerate() {
        for &x in list {
            indexed[x].push(posting);
        }
    }
    let similar =
        |x: usize, y: usize, count: u32| similarity(&texts[same.first(x)], &texts[same.first(y)], count);
    let mut found: Vec<Vec<(usize, Similarity)>> = vec![Vec::new(); same.units.len()];
    // Word pairs shared with each later text, counted one text at a time.
    let mut shared = vec![0u32; same.units.len()];
    let mut touched: Vec<usize> = Vec::new();
    for x in 0..same.units.len() {
        for &posting in &indexed[x] {
            let list = &lists[posting];
            for &y in &list[list.partition_point(|&y| y <= x)..] {
                if shared[y] == 0 {
                    touched.push(y);
                }
                shared[y] += 1;
            }
        }
        for &y in &touched {
            if let Some(m) = similar(x, y, shared[y]) {
                found[x].push((y, m));
                found[y].push((x, m));
            }
            shared[y] = 0;
        }
        touched.clear();
        if same.units[x].len() >= 2 {
            if let Some(m) = similar(x, x, indexed[x].len() as u32) {
                found[x].push((x, m));
            }
        }
    }
    found
}

/// How two texts that share `count` indexed word pairs match, if they do.
fn similarity(x: &Copytext, y: &Copytext, count: u32) -> Option<Similarity> {
    if count < 2 {
        return None;
    }
    let quoted = x.quoted || y.quoted;
    let (x, y) = if quoted { (&x.full, &y.full) } else { (&x.own, &y.own) };
    let common = if quoted { count as usize } else { super::sorted::shared_count(&x.pairs, &y.pairs) };
    let pairs = (common as f32 / x.pairs.len().min(y.pairs.len()).max(1) as f32).min(1.0);
    // The shared words are only asked of a pair that may be a rewrite.
    let words = || {
        super::sorted::shared_count(&x.words, &y.words) as f32
            / x.words.len().min(y.words.len()).max(1) as f32
    };
    let same = pairs >= SAME_PAIRS;
    if same || (pairs >= REWORDED_PAIRS && words() >= REWORDED_WORDS) {
        let weight = (0.3 + pairs).min(1.0) * if quoted { QUOTE_WEIGHT } else { 1.0 };
        return Some(Similarity { pairs, weight });
    }
    None
}

/// Buffers for [`longest_in_order`], kept from one pair of articles to the next.
#[derive(Debug, Default)]
struct InOrder {
    tails: Vec<usize>,
    before: Vec<Option<usize>>,
    run: Vec<Match>,
}

/// The longest run of matches in increasing order of both positions (`list` sorted by the
/// first), by patience sorting.
fn longest_in_order<'b>(list: &[Match], buffers: &'b mut InOrder) -> &'b [Match] {
    let InOrder { tails, before, run } = buffers;
    tails.clear();
    before.clear();
    before.resize(list.len(), None);
    for (index, m) in list.iter().enumerate() {
        let at = tails.partition_point(|&t| list[t].at.1 < m.at.1);
        before[index] = at.checked_sub(1).and_then(|p| tails.get(p).copied());
        if at == tails.len() {
            tails.push(index);
        } else {
            tails[at] = index;
        }
    }
    run.clear();
    let mut next = tails.last().copied();
    while let Some(index) = next {
        run.push(list[index]);
        next = before[index];
    }
    run.reverse();
    run
}

/// The agencies each article credits in a dateline or credit line ("QUITO, Ecuador (AP) —",
/// "By:BLOOMBERG", "— AFP"), in its paragraphs or in what cleaning removed.
fn agency_credits(doc: &Document) -> Vec<Vec<String>> {
    let outlets = Outlets::shared();
    let mut found: Vec<Vec<String>> = vec![Vec::new(); doc.event.articles.len()];
    let mut add = |article: usize, text: &str| {
        for (name, kind) in line_credits(outlets, text) {
            if let Some(list) = found.get_mut(article) {
                if kind == SourceKind::Agency && !list.contains(&name) {
                    list.push(name);
                }
            }
        }
    };
    for passage in &doc.passages {
        add(passage.article, &passage.text);
    }
    for (index, article) in doc.event.articles.iter().enumerate() {
        for removal in article.removals() {
            add(index, &removal.text);
        }
    }
    found
}

/// Describes one group, given each member's closest other member and how it carries it.
fn origin_of(
    doc: &Document,
    group: &[usize],
    closest: &[(usize, Carried)],
    credits: &[Vec<String>],
) -> Origin {
    let articles = &doc.event.articles;
    let outlet = |a: usize| articles.get(a).map_or(String::new(), |article| article.outlet.id.clone());
    let members: Vec<OriginMember> = group
        .iter()
        .zip(closest)
        .map(|(&a, &(closest, c))| OriginMember {
            outlet: outlet(a),
            closest: outlet(closest),
            shared: c.share,
            reworded: c.verbatim < VERBATIM_PAIRS,
        })
        .collect();
    let outlets = Outlets::shared();
    // An agency credited by a member; the agency's own article, if the group has it.
    let agency = group.iter().flat_map(|&a| credits.get(a).into_iter().flatten()).next().cloned();
    let own_article = |name: &str| {
        group.iter().copied().find(|&a| {
            articles.get(a).is_some_and(|article| {
                article.outlet.name.eq_ignore_ascii_case(name)
                    || outlets.same_medium(name, &article.outlet.name)
            })
        })
    };
    // An agency's own article: the outlet's name names an agency ("Reuters (India edition)").
    let agency_article = group.iter().copied().find(|&a| {
        articles.get(a).is_some_and(|article| {
            let tokens = super::text::tokenize(&article.outlet.name);
            let words = super::attribution::names::surfaces(&tokens);
            outlets.medium_in(&words).is_some_and(|(_, kind)| kind == SourceKind::Agency)
        })
    });
    let reworded = members.iter().filter(|m| m.reworded).count() * 2 > members.len();
    let (kind, source_article, source) = match (agency, agency_article) {
        (_, Some(own)) => (OriginKind::Wire, Some(own), Some(outlet(own))),
        (Some(agency), None) => {
            let own = own_article(&agency);
            (OriginKind::Wire, own, Some(own.map_or(agency, outlet)))
        }
        (None, None) => {
            let source = copied_article(doc, group);
            let kind = if reworded { OriginKind::Rewrite } else { OriginKind::Copy };
            (kind, source, source.map(outlet))
        }
    };
    let mut order: Vec<usize> = group.to_vec();
    if let Some(first) = source_article {
        order.retain(|&a| a != first);
        order.insert(0, first);
    }
    let members: Vec<OriginMember> =
        order.iter().filter_map(|&a| members.iter().find(|m| m.outlet == outlet(a)).cloned()).collect();
    let shared = members.iter().map(|m| m.shared).fold(0.0, f32::max);
    Origin {
        id: String::new(),
        articles: order.iter().map(|&a| outlet(a)).collect(),
        source,
        kind,
        shared,
        members,
    }
}

/// The article of a group that the others copy, where the text shows it: one that another
/// member credits by name, the only one not republished through an aggregator (`via`), the only
/// one published first, or the only well-known outlet among unknown sites.
fn copied_article(doc: &Document, group: &[usize]) -> Option<usize> {
    let articles = &doc.event.articles;
    let outlets = Outlets::shared();
    let only = |keep: &dyn Fn(usize) -> bool| {
        let found: Vec<usize> = group.iter().copied().filter(|&a| keep(a)).collect();
        (found.len() == 1 && group.len() > 1).then(|| found[0])
    };
    // Credited by another member in a credit line ("originally published by CBS News").
    for &a in group {
        let Some(article) = articles.get(a) else { continue };
        for block in &article.blocks {
            let text = match block {
                Block::Removed(removal) => removal.text.as_str(),
                Block::Paragraph(pieces) => match pieces.last() {
                    Some(Piece::Sentence(sentence)) => sentence.text.as_str(),
                    Some(Piece::Removed(removal)) => removal.text.as_str(),
                    None => continue,
                },
                _ => continue,
            };
            for (name, _) in line_credits(outlets, text) {
                let credited = group.iter().copied().find(|&b| {
                    b != a
                        && articles.get(b).is_some_and(|other| {
                            other.outlet.name.eq_ignore_ascii_case(&name)
                                || outlets.same_medium(&name, &other.outlet.name)
                        })
                });
                if credited.is_some() {
                    return credited;
                }
            }
        }
    }
    if let Some(first) = only(&|a| articles.get(a).is_some_and(|article| article.via.is_none())) {
        return Some(first);
    }
    let dates: Vec<Option<&str>> =
        group.iter().map(|&a| articles.get(a).and_then(|x| x.published.as_deref())).collect();
    if dates.iter().all(Option::is_some) {
        let earliest = dates.iter().flatten().min().copied();
        if let Some(first) = only(&|a| articles.get(a).and_then(|x| x.published.as_deref()) == earliest) {
            return Some(first);
        }
    }
    only(&|a| {
        articles.get(a).is_some_and(|article| {
            let tokens = super::text::tokenize(&article.outlet.name);
            outlets.medium_in(&super::attribution::names::surfaces(&tokens)).is_some()
        })
    })
}

mod grouping;
mod pairs;
mod runs;
mod texts;
mod wording;

#[cfg(test)]
mod tests;
