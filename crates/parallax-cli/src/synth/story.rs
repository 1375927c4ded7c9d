//! One synthetic event's story: its people and places, the pool of facts and quotes the outlets
//! draw on, and an embedded social post.

use super::rng::Rng;
use super::vocab::{
    EventKind, ADJECTIVES, AGENCIES, CITY_HEADS, CITY_TAILS, COUNTRIES, EVENT_KINDS, FIRST_NAMES_HE,
    FIRST_NAMES_SHE, MONTHS, ROLES, SURNAMES, WEEKDAYS,
};

/// A person in the story.
#[derive(Debug, Clone)]
pub struct Person {
    /// First name.
    pub first: &'static str,
    /// Family name.
    pub last: &'static str,
    /// What they do ("foreign minister").
    pub role: &'static str,
    /// "he" or "she".
    pub pronoun: &'static str,
}

impl Person {
    /// "Elena Novak".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// A fact of the story, before an outlet words it.
#[derive(Debug, Clone)]
pub struct Fact {
    /// The main clause, without final punctuation.
    pub core: String,
    /// When it happened ("on Tuesday"), which outlets put first or last, or leave out.
    pub when: Option<String>,
    /// The agency that first reported it, which some outlets credit.
    pub credit: Option<&'static str>,
}

/// A quotation and who said it.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Index into [`Story::people`].
    pub speaker: usize,
    /// The quoted sentences, each with its final punctuation.
    pub sentences: Vec<String>,
    /// The fact after which outlets tend to place it.
    pub anchor: usize,
}

/// A social-media post that some outlets embed.
#[derive(Debug, Clone)]
pub struct Post {
    /// Index into [`Story::people`].
    pub author: usize,
    /// The handle, without `@`.
    pub handle: String,
    /// The post's text.
    pub text: String,
    /// The date as the embed shows it ("March 4, 2025").
    pub date: String,
}

/// Everything outlets can report about one event.
#[derive(Debug, Clone)]
pub struct Story {
    /// The event id: kind, city and date.
    pub id: String,
    /// The display title.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The day after, for late articles.
    pub next_date: String,
    /// A one-sentence summary.
    pub summary: String,
    /// The main city.
    pub city: String,
    /// People, the protagonist first.
    pub people: Vec<Person>,
    /// Facts, most widely reported first.
    pub facts: Vec<Fact>,
    /// Quotes.
    pub quotes: Vec<Quote>,
    /// The embedded post.
    pub post: Post,
    kind: &'static EventKind,
    countries: [&'static str; 2],
    other_cities: Vec<String>,
}

/// Fact templates: `{P}`/`{P2}` people, `{R}` a role, `{G}` a group, `{T}`/`{T2}` things, `{O}` an
/// organisation, `{N}` a head count, `{D}`/`{D2}` a small number, `{PCT}` a percentage, `{MIL}`
/// millions, `{MIN}` minutes, `{H}` hours, `{X}` a city, `{C}`/`{C2}` countries, `{V}` a verb,
/// `{A}` an adjective, `{M}` a month, `{Y}` a year, `{ORD}` an ordinal, `{WD}` a weekday.
const FACT_TEMPLATES: &[&str] = &[
    "{P}, the {R}, {V} the {T} after a {A} meeting with {G}",
    "At least {N} {G} gathered outside the offices of the {O} in {X}",
    "The {O} said it would review the {T} within {D} days",
    "{G} in {X} reported {A} delays linked to the {T}",
    "Officials estimated the cost of the {T} at {MIL} million euros",
    "{P} is due to travel to {X} to discuss the {T} with {G}",
    "The {T} is the {ORD} of its kind since {Y}",
    "{C} offered to mediate between the {O} and {G}",
    "About {PCT} percent of {G} backed the {T} in a vote",
    "The {O} had warned in {M} that the {T} could affect {N} {G}",
    "{P} spoke by phone with {P2} for about {MIN} minutes",
    "Analysts said the {T} would weigh on the {T2} for months",
    "A second round of talks on the {T} is planned for {M} in {X}",
    "The {O} denied any role in the {T}",
    "{G} blocked the main road to {X} for {H} hours",
    "Demand for the {T2} in {X} rose by {PCT} percent over the week",
    "{P} called the {T} a {A} step and urged {G} to stay calm",
    "Police detained {N} people near the {O} offices in {X}",
    "The {T} follows months of {A} tension between {C} and {C2}",
    "{P} and {P2} last met in {X} in {M}",
    "Shares in the {O} fell {PCT} percent after the announcement on the {T}",
    "As many as {N} {G} were moved out of {X} as a precaution",
    "The {O} {V} the {T} by a vote of {D} to {D2}",
    "{P} said the {T} had been discussed with {C} at length",
    "It was the {ORD} such call between {P} and {P2} this year",
    "The {T} was first proposed by the {O} in {Y}",
    "Representatives of {G} will meet the {R} on {WD}",
    "The {O} has set aside {MIL} million euros for the {T}",
    "{C} has not commented publicly on the {T}",
    "Satellite images showed {A} damage to the {T2} near {X}",
    "The {T} covers {N} {G} across {D} regions",
    "{P} resigned from the board of the {O} over the {T}",
];

/// Quote templates, in the speaker's own words.
const QUOTE_TEMPLATES: &[&str] = &[
    "We will not accept any {T} that ignores the interests of {G}.",
    "This is an important day for {X} and for everyone who worked on the {T}.",
    "We had a long conversation. We talked about a lot of things, including the {T}.",
    "Nobody wants a repeat of what happened in {M}. We need a solution now.",
    "The {O} has done everything it could, and we will keep doing so.",
    "I did not make any progress with them today, and I am not happy about it.",
    "Our position on the {T} has not changed, and it will not change.",
    "We are ready to resume talks at any moment, but only on fair terms.",
    "It is too early to say how long the {T} will last.",
    "The {G} deserve better than this, and they will get it.",
    "There is no problem that cannot be solved by dialogue. We only need the will to solve it.",
    "I understand that people are angry, but the {T} could not wait any longer.",
    "We are asking {G} to be patient for a few more days.",
    "The numbers speak for themselves: {N} {G} are affected, and that is only the start.",
    "Please do not be offended. It would be awkward to keep them waiting, they could get offended.",
    "We will achieve the goals we have set, and we will not back down from these goals.",
];

const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh"];

/// The parameters of one story.
#[derive(Debug, Clone, Copy)]
pub struct StoryShape {
    /// The event's position in the corpus, which sets its date.
    pub index: u32,
    /// How many facts outlets share.
    pub facts: usize,
    /// How many quotes.
    pub quotes: usize,
}

impl Story {
    /// Generates a story.
    pub fn generate(rng: &mut Rng, shape: StoryShape) -> Story {
        let kind = rng.pick(EVENT_KINDS).unwrap_or(&EVENT_KINDS[0]);
        let city = city_name(rng);
        let first_country = rng.below(COUNTRIES.len());
        let second_country = (first_country + 1 + rng.below(COUNTRIES.len() - 1)) % COUNTRIES.len();
        let countries = [COUNTRIES[first_country], COUNTRIES[second_country]];
        let other_cities = (0..4).map(|_| city_name(rng)).collect();
        let people_count = rng.between(3, 6);
        let people = people(rng, people_count);
        let date = date_after_start(shape.index);
        let next_date = date_after_start(shape.index + 1);
        let title =
            kind.title.replace("{X}", &city).replace("{C2}", countries[1]).replace("{C}", countries[0]);
        let id = format!("{}-{}-{}", kind.slug, city.to_lowercase(), date);
        let mut story = Story {
            id,
            title,
            date,
            next_date,
            summary: String::new(),
            city,
            people,
            facts: Vec::new(),
            quotes: Vec::new(),
            post: Post { author: 0, handle: String::new(), text: String::new(), date: String::new() },
            kind,
            countries,
            other_cities,
        };
        story.facts = (0..shape.facts.max(1)).map(|_| story.fact(rng)).collect();
        story.quotes = (0..shape.quotes.max(1))
            .map(|_| {
                let speaker = rng.below(story.people.len());
                let count = if rng.chance(0.35) { 2 } else { 1 };
                let sentences = (0..count)
                    .map(|_| {
                        let template = rng.word(QUOTE_TEMPLATES);
                        story.fill(rng, template)
                    })
                    .collect();
                Quote { speaker, sentences, anchor: rng.below(story.facts.len()) }
            })
            .collect();
        story.summary = match story.facts.first() {
            Some(lead) => {
                format!("{} {}.", capitalise(&lead.core), lead.when.as_deref().unwrap_or("this week"))
            }
            None => story.title.clone(),
        };
        story.post = story.make_post(rng, shape.index);
        story
    }

    /// A new fact about this story; also used for sentences only one outlet carries.
    pub fn fact(&self, rng: &mut Rng) -> Fact {
        let template = rng.word(FACT_TEMPLATES);
        let core = self.fill(rng, template);
        let when = rng.chance(0.45).then(|| match rng.below(3) {
            0 => format!("on {}", rng.word(WEEKDAYS)),
            1 => "earlier this week".to_string(),
            _ => format!("late on {}", rng.word(WEEKDAYS)),
        });
        let credit = rng.chance(0.2).then(|| rng.word(AGENCIES));
        Fact { core, when, credit }
    }

    /// A headline of another, unrelated story, for promos and related-link lists.
    pub fn other_headline(rng: &mut Rng) -> String {
        let kind = rng.pick(EVENT_KINDS).unwrap_or(&EVENT_KINDS[0]);
        kind.title
            .replace("{X}", &city_name(rng))
            .replace("{C2}", rng.word(COUNTRIES))
            .replace("{C}", rng.word(COUNTRIES))
    }

    /// The organisation list of this story's kind, with the city filled in.
    pub fn org(&self, rng: &mut Rng) -> String {
        rng.word(self.kind.orgs).replace("{X}", &self.city)
    }

    /// A thing this story is about.
    pub fn thing(&self, rng: &mut Rng) -> &'static str {
        rng.word(self.kind.things)
    }

    /// A group of people this story involves.
    pub fn group(&self, rng: &mut Rng) -> &'static str {
        rng.word(self.kind.groups)
    }

    /// Fills a template's slots.
    pub fn fill(&self, rng: &mut Rng, template: &str) -> String {
        let first = rng.below(self.people.len());
        let second =
            (first + 1 + rng.below(self.people.len().saturating_sub(1).max(1))) % self.people.len().max(1);
        let mut out = String::with_capacity(template.len() + 40);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let slot = &after[..close];
            let value = match slot {
                "P" => self.people.get(first).map(Person::full_name).unwrap_or_default(),
                "P2" => self.people.get(second).map(Person::full_name).unwrap_or_default(),
                "R" => rng.word(ROLES).to_string(),
                "G" => self.group(rng).to_string(),
                "T" | "T2" => self.thing(rng).to_string(),
                "O" => self.org(rng),
                "N" => number(rng),
                "D" | "D2" => rng.between(2, 60).to_string(),
                "PCT" => rng.between(2, 95).to_string(),
                "MIL" => rng.between(2, 900).to_string(),
                "MIN" => (rng.between(3, 24) * 5).to_string(),
                "H" => rng.between(2, 48).to_string(),
                "X" => {
                    if rng.chance(0.6) {
                        self.city.clone()
                    } else {
                        rng.pick(&self.other_cities).cloned().unwrap_or_else(|| self.city.clone())
                    }
                }
                "C" => self.countries[0].to_string(),
                "C2" => self.countries[1].to_string(),
                "V" => rng.word(self.kind.verbs).to_string(),
                "A" => rng.word(ADJECTIVES).to_string(),
                "M" => rng.word(MONTHS).to_string(),
                "Y" => (2015 + rng.below(10)).to_string(),
                "ORD" => rng.word(ORDINALS).to_string(),
                "WD" => rng.word(WEEKDAYS).to_string(),
                other => format!("{{{other}}}"),
            };
            out.push_str(&value);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        capitalise(&out)
    }

    fn make_post(&self, rng: &mut Rng, index: u32) -> Post {
        let author = rng.below(self.people.len());
        let handle = self
            .people
            .get(author)
            .map(|person| format!("{}{}", person.last.to_lowercase(), rng.between(1, 99)))
            .unwrap_or_default();
        let text = match rng.below(3) {
            0 => format!(
                "Spoke with {} today about the {}. Thank you!",
                self.people_name(rng),
                self.thing(rng)
            ),
            1 => format!("Our thoughts are with the {} of {}. We will help.", self.group(rng), self.city),
            _ => format!("Will be speaking about the {} at 10:00 a.m. today.", self.thing(rng)),
        };
        let month = MONTHS.get(((index / 28) % 12) as usize).copied().unwrap_or("January");
        Post { author, handle, text, date: format!("{month} {}, 2025", index % 28 + 1) }
    }

    fn people_name(&self, rng: &mut Rng) -> String {
        rng.pick(&self.people).map(Person::full_name).unwrap_or_default()
    }
}

fn people(rng: &mut Rng, count: usize) -> Vec<Person> {
    let mut surnames: Vec<&'static str> = SURNAMES.to_vec();
    rng.shuffle(&mut surnames);
    surnames
        .into_iter()
        .take(count)
        .map(|last| {
            let she = rng.chance(0.5);
            let first = if she { rng.word(FIRST_NAMES_SHE) } else { rng.word(FIRST_NAMES_HE) };
            Person { first, last, role: rng.word(ROLES), pronoun: if she { "she" } else { "he" } }
        })
        .collect()
}

fn city_name(rng: &mut Rng) -> String {
    format!("{}{}", rng.word(CITY_HEADS), rng.word(CITY_TAILS))
}

/// A number as news prints it: small, tens, hundreds or thousands with a comma.
fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.between(2, 9).to_string(),
        1 => rng.between(10, 99).to_string(),
        2 => rng.between(100, 999).to_string(),
        _ => {
            let n = rng.between(1_000, 60_000);
            format!("{},{:03}", n / 1000, n % 1000)
        }
    }
}

/// Upper-cases the first letter.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `YYYY-MM-DD` of the n-th day after 2025-01-06, so that every event gets its own date.
pub fn date_after_start(days: u32) -> String {
    // Days from 1970-01-01 to 2025-01-06, then the civil-from-days conversion (H. Hinnant).
    let z = 20_094i64 + i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_from_the_start_day() {
        assert_eq!(date_after_start(0), "2025-01-06");
        assert_eq!(date_after_start(25), "2025-01-31");
        assert_eq!(date_after_start(26), "2025-02-01");
        assert_eq!(date_after_start(360), "2026-01-01");
    }

    #[test]
    fn templates_fill_every_slot() {
        let mut rng = Rng::new(3);
        let story = Story::generate(&mut rng, StoryShape { index: 0, facts: 40, quotes: 10 });
        for template in FACT_TEMPLATES.iter().chain(QUOTE_TEMPLATES) {
            let filled = story.fill(&mut rng, template);
            assert!(!filled.contains('{') && !filled.contains('}'), "{filled}");
        }
        assert_eq!(story.facts.len(), 40);
        assert_eq!(story.quotes.len(), 10);
        assert!(story.id.ends_with("2025-01-06"), "{}", story.id);
    }
}
