//! The word lists that details are read with: units and how they convert, qualifiers, vague
//! quantities, the words that name what a figure counts, and attribution verbs by stance. All of
//! them general English news vocabulary.

/// Units of length, mass and duration, and the factor to a base unit of their dimension.
pub const UNITS: &[(&str, &str, f64)] = &[
    ("km", "length", 1000.0),
    ("kms", "length", 1000.0),
    ("kilometre", "length", 1000.0),
    ("kilometres", "length", 1000.0),
    ("kilometer", "length", 1000.0),
    ("kilometers", "length", 1000.0),
    ("mile", "length", 1609.344),
    ("miles", "length", 1609.344),
    ("m", "length", 1.0),
    ("metre", "length", 1.0),
    ("metres", "length", 1.0),
    ("meter", "length", 1.0),
    ("meters", "length", 1.0),
    ("ft", "length", 0.3048),
    ("foot", "length", 0.3048),
    ("feet", "length", 0.3048),
    ("inch", "length", 0.0254),
    ("inches", "length", 0.0254),
    ("cm", "length", 0.01),
    ("centimetre", "length", 0.01),
    ("centimetres", "length", 0.01),
    ("centimeter", "length", 0.01),
    ("centimeters", "length", 0.01),
    ("mm", "length", 0.001),
    ("kg", "mass", 1.0),
    ("kilogram", "mass", 1.0),
    ("kilograms", "mass", 1.0),
    ("tonne", "mass", 1000.0),
    ("tonnes", "mass", 1000.0),
    ("ton", "mass", 1000.0),
    ("tons", "mass", 1000.0),
    ("second", "duration", 1.0),
    ("seconds", "duration", 1.0),
    ("minute", "duration", 60.0),
    ("minutes", "duration", 60.0),
    ("hour", "duration", 3600.0),
    ("hours", "duration", 3600.0),
    ("day", "duration", 86_400.0),
    ("days", "duration", 86_400.0),
    ("week", "duration", 604_800.0),
    ("weeks", "duration", 604_800.0),
    ("month", "duration", 2_629_800.0),
    ("months", "duration", 2_629_800.0),
    ("year", "duration", 31_557_600.0),
    ("years", "duration", 31_557_600.0),
    ("percent", "percent", 1.0),
    ("degrees", "degrees", 1.0),
    ("dollars", "currency:$", 1.0),
    ("euros", "currency:€", 1.0),
    ("pounds", "currency:£", 1.0),
    ("yen", "currency:¥", 1.0),
    ("rupees", "currency:rs", 1.0),
];

/// Currency signs and abbreviations written before a figure.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("$", "currency:$"),
    ("£", "currency:£"),
    ("€", "currency:€"),
    ("¥", "currency:¥"),
    ("rs", "currency:rs"),
];

/// Words that scale the figure before them.
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("bn", 1e9),
];

/// Vague quantities: the word, the least and most it multiplies, and its scale ("dozens": 2 to 9
/// dozen). In "tens of millions" the last word gives only its scale.
pub const VAGUE: &[(&str, f64, f64, f64)] = &[
    ("tens", 2.0, 9.0, 10.0),
    ("dozens", 2.0, 9.0, 12.0),
    ("hundreds", 2.0, 9.0, 100.0),
    ("thousands", 2.0, 9.0, 1e3),
    ("millions", 2.0, 9.0, 1e6),
    ("billions", 2.0, 9.0, 1e9),
];

/// Words before a figure that qualify it ("at least 77"): shown with the value, not compared.
pub const QUALIFIERS: &[&str] = &[
    "at least",
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "up to",
    "fewer than",
    "less than",
    "roughly",
    "approximately",
    "an estimated",
    "just over",
    "just under",
    "close to",
    "as many as",
    "as high as",
    "as much as",
    "as long as",
    "as far as",
    "only",
    "just",
    "just before",
    "shortly before",
    "just after",
    "shortly after",
];

/// Words that name people as what a figure counts ("77 people", "41 others" is no noun).
pub const PEOPLE_NOUNS: &[&str] =
    &["people", "person", "persons", "individuals", "residents", "villagers", "inhabitants", "citizens"];

/// Groups of words that name the common roles of a figure, date or time in news: casualties,
/// the injured, the evacuated, the missing, passengers, departures and landings, prices, cases,
/// votes. The first word is the group's key. Two figures that share one of these roles count the
/// same thing; other words they share count half as much (see [`super::same_slot`]).
pub const ROLES: &[&[&str]] = &[
    &[
        "kill",
        "killed",
        "killing",
        "kills",
        "die",
        "died",
        "dies",
        "dead",
        "death",
        "deaths",
        "toll",
        "fatalities",
        "lives",
        "perished",
        "casualties",
    ],
    &["injure", "injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt"],
    &["hospitalize", "hospitalized", "hospitalised", "hospital"],
    &[
        "evacuate",
        "evacuated",
        "evacuees",
        "evacuation",
        "fled",
        "flee",
        "displaced",
        "shelters",
        "shelter",
        "refuge",
    ],
    &["missing"],
    &["trapped", "trap"],
    &["rescued", "rescue", "saved"],
    &["arrested", "arrest", "detained"],
    &["passenger", "passengers", "travellers", "travelers"],
    &["crew"],
    &["depart", "departed", "departing", "departure", "takeoff"],
    &["land", "landed", "landing", "touched"],
    &["price", "priced", "cost", "costs", "sell", "sells", "retail", "pay"],
    &["cases", "case", "infections", "infected"],
    &["population"],
    &["share", "shares", "stock"],
    &["vote", "votes", "voted"],
    &["magnitude", "magnitudes"],
    &["long", "length", "longer"],
    &["wide", "width", "wider"],
    &["tall", "height", "taller"],
    &["deep", "depth", "deeper"],
];

/// Attribution verbs, each with its stance: `said` is neutral; the others say what the outlet
/// makes of the statement.
pub const STANCES: &[(&str, &str)] = &[
    ("said", "said"),
    ("says", "said"),
    ("told", "said"),
    ("tells", "said"),
    ("stated", "said"),
    ("added", "said"),
    ("noted", "said"),
    ("explained", "said"),
    ("announced", "said"),
    ("wrote", "said"),
    ("claimed", "claimed"),
    ("claims", "claimed"),
    ("alleged", "claimed"),
    ("asserted", "claimed"),
    ("admitted", "admitted"),
    ("admits", "admitted"),
    ("conceded", "admitted"),
    ("acknowledged", "admitted"),
    ("confessed", "admitted"),
    ("insisted", "insisted"),
    ("insists", "insisted"),
    ("stressed", "insisted"),
    ("emphasised", "insisted"),
    ("emphasized", "insisted"),
    ("denied", "denied"),
    ("denies", "denied"),
    ("warned", "warned"),
    ("warns", "warned"),
    ("boasted", "boasted"),
    ("bragged", "boasted"),
    ("vowed", "vowed"),
    ("pledged", "vowed"),
    ("promised", "vowed"),
    ("threatened", "threatened"),
    ("complained", "complained"),
];

/// Short month names and abbreviations, with the month number.
pub const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Words that end a clause: a figure's role is read within its clause.
pub const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "or", "which", "who", "as", "when", "after",
    "before", "because", "where",
];

/// Words in a figure's clause that say it was superseded ("initial reports of 41 dead", "up
/// from 77 previously"): an earlier figure the outlet itself corrects is no difference between
/// outlets.
pub const SUPERSEDED: &[&str] = &["initial", "initially", "earlier", "previously", "previous", "preliminary"];

/// Words after a figure that make it a threshold, not a value ("magnitude 7.0 or higher").
pub const THRESHOLDS: &[&str] =
    &["higher", "more", "greater", "above", "larger", "less", "lower", "fewer", "below"];
