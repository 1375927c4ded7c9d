//! Word lists for the synthetic corpus: kinds of event, people, places, sources and boilerplate.
//!
//! Places and most organisations are invented, so that synthetic events never read as real news.

/// A kind of news event and the vocabulary its facts draw on.
#[derive(Debug)]
pub struct EventKind {
    /// Used in event ids.
    pub slug: &'static str,
    /// The title; `{X}` is a city, `{C}` and `{C2}` countries.
    pub title: &'static str,
    /// Things the story is about (singular nouns).
    pub things: &'static [&'static str],
    /// Groups of people involved (plural nouns).
    pub groups: &'static [&'static str],
    /// Organisations involved; `{X}` is the city.
    pub orgs: &'static [&'static str],
    /// Past-tense verbs that take a thing as object.
    pub verbs: &'static [&'static str],
}

/// The kinds of event.
pub const EVENT_KINDS: &[EventKind] = &[
    EventKind {
        slug: "port-strike",
        title: "Dock strike shuts the port of {X}",
        things: &[
            "wage offer",
            "container backlog",
            "night shift",
            "cargo terminal",
            "labour contract",
            "overtime rule",
            "shipping schedule",
            "strike fund",
            "pension plan",
        ],
        groups: &[
            "dock workers",
            "union members",
            "shipping firms",
            "truck drivers",
            "port staff",
            "crane operators",
        ],
        orgs: &["{X} Port Authority", "Dockers' Union", "Maritime Ministry", "Harbour Employers' Council"],
        verbs: &["rejected", "suspended", "extended", "criticised", "approved", "renegotiated"],
    },
    EventKind {
        slug: "floods",
        title: "Floods hit {X} after record rainfall",
        things: &[
            "flood barrier",
            "evacuation order",
            "relief fund",
            "river level",
            "rescue operation",
            "power outage",
            "dam inspection",
            "drainage plan",
            "storm warning",
        ],
        groups: &["residents", "rescue workers", "farmers", "volunteers", "families", "firefighters"],
        orgs: &["Civil Protection Agency", "{X} City Council", "Red Cross", "Weather Service"],
        verbs: &["ordered", "extended", "announced", "inspected", "expanded", "lifted"],
    },
    EventKind {
        slug: "snap-election",
        title: "{C} votes in a snap election",
        things: &[
            "vote count",
            "coalition deal",
            "turnout figure",
            "runoff",
            "campaign budget",
            "ballot recount",
            "exit poll",
            "party list",
            "election law",
        ],
        groups: &[
            "voters",
            "party members",
            "election observers",
            "opposition supporters",
            "students",
            "pensioners",
        ],
        orgs: &["Electoral Commission", "Supreme Court", "Unity Party", "Civic Forum"],
        verbs: &["disputed", "confirmed", "challenged", "welcomed", "published", "questioned"],
    },
    EventKind {
        slug: "trade-pact",
        title: "{C} and {C2} sign a trade pact",
        things: &[
            "tariff cut",
            "export quota",
            "steel levy",
            "customs rule",
            "investment fund",
            "grain deal",
            "border checkpoint",
            "subsidy scheme",
            "shipping corridor",
        ],
        groups: &["exporters", "farmers", "steel makers", "small businesses", "consumers", "car makers"],
        orgs: &["Trade Ministry", "Chamber of Commerce", "Customs Office", "Exporters' Association"],
        verbs: &["signed", "delayed", "praised", "revised", "announced", "blocked"],
    },
    EventKind {
        slug: "wildfire",
        title: "Wildfire forces evacuations near {X}",
        things: &[
            "fire line",
            "water bombing",
            "evacuation route",
            "burn ban",
            "air quality alert",
            "emergency shelter",
            "firebreak",
            "aid package",
            "road closure",
        ],
        groups: &["firefighters", "residents", "pilots", "soldiers", "hikers", "farm owners"],
        orgs: &["Forestry Service", "{X} Fire Brigade", "Environment Ministry", "Regional Council"],
        verbs: &["imposed", "cleared", "reinforced", "extended", "approved", "cancelled"],
    },
    EventKind {
        slug: "merger",
        title: "{C} regulators weigh a bank merger",
        things: &[
            "takeover bid",
            "share offer",
            "branch closure",
            "capital buffer",
            "job cut",
            "dividend",
            "antitrust review",
            "bonus pool",
            "credit line",
        ],
        groups: &["shareholders", "bank employees", "regulators", "customers", "analysts", "bondholders"],
        orgs: &["Meridian Bank", "Northgate Financial", "Competition Authority", "Central Bank"],
        verbs: &["raised", "cleared", "opposed", "sweetened", "withdrew", "scrutinised"],
    },
    EventKind {
        slug: "ceasefire-talks",
        title: "Ceasefire talks resume in {X}",
        things: &[
            "ceasefire",
            "prisoner exchange",
            "aid corridor",
            "peace plan",
            "buffer zone",
            "troop withdrawal",
            "monitoring mission",
            "sanctions package",
            "draft accord",
        ],
        groups: &["negotiators", "civilians", "refugees", "observers", "aid workers", "soldiers"],
        orgs: &["Foreign Ministry", "Security Council", "Mediation Office", "Defence Ministry"],
        verbs: &["proposed", "rejected", "violated", "endorsed", "postponed", "drafted"],
    },
    EventKind {
        slug: "data-breach",
        title: "Data breach at a {C} health insurer",
        things: &[
            "patient database",
            "ransom demand",
            "security patch",
            "password reset",
            "audit",
            "class action",
            "backup system",
            "breach notice",
            "encryption key",
        ],
        groups: &["patients", "hackers", "security researchers", "customers", "staff", "investigators"],
        orgs: &["Vireo Health", "Data Protection Office", "Cyber Security Centre", "Health Ministry"],
        verbs: &["exposed", "disclosed", "investigated", "restored", "encrypted", "reported"],
    },
];

/// Roles of the people in a story.
pub const ROLES: &[&str] = &[
    "foreign minister",
    "prime minister",
    "president",
    "spokesperson",
    "mayor",
    "union leader",
    "chief executive",
    "interior minister",
    "finance minister",
    "party leader",
    "governor",
    "police chief",
    "senior adviser",
    "opposition leader",
    "health minister",
    "envoy",
];

/// First names read with "he".
pub const FIRST_NAMES_HE: &[&str] = &[
    "Adrian", "Bogdan", "Carlos", "Dmitri", "Emeka", "Farid", "Goran", "Hiroshi", "Ivan", "Jonas", "Kwame",
    "Luca", "Mateo", "Nikolai", "Omar", "Pavel", "Rafael", "Sanjay", "Tomas", "Viktor",
];

/// First names read with "she".
pub const FIRST_NAMES_SHE: &[&str] = &[
    "Amara", "Beatriz", "Chiara", "Daria", "Elena", "Fatima", "Greta", "Hana", "Ingrid", "Julia", "Katarina",
    "Leila", "Marta", "Nadia", "Olga", "Priya", "Rosa", "Sofia", "Tereza", "Yara",
];

/// Family names.
pub const SURNAMES: &[&str] = &[
    "Adeyemi",
    "Barros",
    "Castellano",
    "Dragomir",
    "Eriksen",
    "Farkas",
    "Grieve",
    "Halvorsen",
    "Ibarra",
    "Jankowski",
    "Kovac",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quintero",
    "Rasmussen",
    "Sato",
    "Toivonen",
    "Umarov",
    "Vasquez",
    "Wieland",
    "Yilmaz",
    "Zamora",
    "Achebe",
    "Brandt",
    "Costa",
    "Delacroix",
    "Esposito",
    "Fischer",
    "Gallo",
    "Horvat",
    "Ishikawa",
    "Jensen",
    "Keller",
    "Lazarev",
    "Mendes",
    "Nakamura",
    "Oyelaran",
    "Popescu",
    "Reyes",
    "Stavros",
    "Tanaka",
];

/// Countries, invented.
pub const COUNTRIES: &[&str] = &[
    "Arvenia",
    "Belmora",
    "Corvania",
    "Dalmeria",
    "Estravia",
    "Feronia",
    "Galdor",
    "Helvane",
    "Istria Nova",
    "Jarvland",
    "Kestovia",
    "Lorvany",
    "Marovia",
    "Norland",
    "Ostrava Union",
    "Pellaria",
    "Quessia",
    "Ruthenmark",
    "Sarvonia",
    "Tavoria",
];

/// Syllables that start invented city names.
pub const CITY_HEADS: &[&str] = &[
    "Val", "Kar", "Bren", "Tor", "Mel", "Ost", "Lin", "Sar", "Dor", "Ard", "Cal", "Fen", "Mar", "Nov", "Pel",
    "Ros", "Tam", "Ver", "Zel", "Hal",
];

/// Syllables that end invented city names.
pub const CITY_TAILS: &[&str] = &[
    "mora", "sel", "dale", "ova", "heim", "port", "grad", "ford", "ana", "ven", "lis", "burg", "ria", "mont",
    "ach",
];

/// News agencies and outlets that articles credit.
pub const AGENCIES: &[&str] = &[
    "Reuters",
    "The Associated Press",
    "AFP",
    "Bloomberg",
    "TASS",
    "Xinhua",
    "Al Jazeera",
    "ANI",
    "PTI",
    "Kyodo",
    "dpa",
    "EFE",
];

pub use parallax_core::calendar::{MONTHS, WEEKDAYS};

/// Adjectives that facts use and rewording may drop.
pub const ADJECTIVES: &[&str] =
    &["serious", "lengthy", "unexpected", "sharp", "broad", "major", "brief", "tense"];

/// Parts of outlet names.
pub const OUTLET_HEADS: &[&str] = &[
    "Daily",
    "Evening",
    "Morning",
    "Global",
    "National",
    "Metro",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Capital",
    "Coastal",
    "Continental",
    "Independent",
    "Weekly",
    "Central",
    "Harbour",
    "Valley",
    "Union",
    "Republic",
    "Atlantic",
    "Pacific",
    "Highland",
    "Lowland",
    "City",
];

/// Parts of outlet names.
pub const OUTLET_TAILS: &[&str] = &[
    "Herald",
    "Courier",
    "Times",
    "Post",
    "Ledger",
    "Tribune",
    "Observer",
    "Gazette",
    "Chronicle",
    "Express",
    "Monitor",
    "Dispatch",
    "Journal",
    "Sentinel",
    "Record",
    "Star",
    "Mirror",
    "Standard",
    "Wire",
    "Review",
];

/// Aggregator sites that republish articles.
pub const AGGREGATORS: &[&str] = &["NewsPile", "FeedBay", "HeadlineHub"];

/// Site menus scraped with the text.
pub const MENUS: &[&str] = &[
    "Login | Register | Markets | Currencies | Stocks",
    "Home World Business Sport Opinion Video",
    "Sign in Subscribe Newsletters Podcasts",
];

/// Sharing widgets and other chrome lines.
pub const WIDGETS: &[&str] =
    &["Share.", "Leave A Reply", "Exit mobile version", "Read the full article here"];

/// Phrases and their rewordings, as a copy editor would change them.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    ("said", &["stated", "noted"]),
    ("about", &["around", "roughly"]),
    ("at least", &["no fewer than"]),
    ("meeting", &["talks"]),
    ("officials", &["authorities"]),
    ("review", &["examine"]),
    ("reported", &["saw"]),
    ("delays", &["disruption"]),
    ("called", &["described"]),
    ("urged", &["asked"]),
    ("rose", &["climbed", "increased"]),
    ("fell", &["dropped", "slid"]),
    ("detained", &["arrested"]),
    ("planned", &["scheduled"]),
    ("estimated", &["put"]),
    ("warned", &["cautioned"]),
    ("discuss", &["talk about"]),
    ("begin", &["start"]),
    ("weeks", &["week-long period"]),
];

/// Phrases and the variants a translation from another language tends to give.
pub const TRANSLATIONS: &[(&str, &[&str])] = &[
    ("we will", &["we shall"]),
    ("We will", &["We shall"]),
    ("important", &["significant"]),
    ("only", &["exclusively", "solely"]),
    ("conversation", &["discussion"]),
    ("long", &["lengthy"]),
    ("ready", &["prepared"]),
    ("resume", &["restart"]),
    ("everything", &["all"]),
    ("keep doing so", &["continue to do so"]),
    ("not happy", &["dissatisfied"]),
    ("deserve", &["merit"]),
    ("problem", &["issue"]),
    ("people", &["citizens"]),
    ("said", &["declared"]),
    ("would", &["will"]),
    ("talks", &["negotiations"]),
    ("offended", &["upset"]),
    ("could", &["might"]),
];

/// Words a sub-editor may cut without changing the meaning.
pub const DROPPABLE: &[&str] =
    &["also", "still", "already", "about", "early", "just", "very", "now", "again"];
