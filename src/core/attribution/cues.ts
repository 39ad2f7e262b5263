/**
 * The attribution lexicon: the verbs and phrases that mark reported speech ("said",
 * "according to", "made a claim that", "accused"), and the words with which an article frames
 * what it reports ("unsubstantiated", "without evidence", "what he described as").
 * Kept in one place so the rules in find-attribution.ts read as grammar, not word lists.
 */

/** Speech verbs in every form news uses, mapped to nothing: the form as written is the cue. */
const SPEECH_VERBS = [
  "said", "says", "say", "saying",
  "told", "tells", "tell",
  "added", "adds", "adding",
  "stated", "states",
  "claimed", "claims", "claim",
  "announced", "announces",
  "reported", "reports",
  "estimated", "estimates", "estimate",
  "denied", "denies", "deny",
  "insisted", "insists", "insist",
  "argued", "argues", "argue",
  "warned", "warns", "warn",
  "alleged", "alleges", "allege",
  "confirmed", "confirms", "confirm",
  "noted", "notes",
  "wrote", "writes",
  "explained", "explains",
  "acknowledged", "acknowledges",
  "admitted", "admits", "admit",
  "asserted", "asserts",
  "declared", "declares",
  "maintained", "maintains",
  "predicted", "predicts",
  "suggested", "suggests",
  "believe", "believes", "believed",
  "stressed", "stresses",
  "emphasised", "emphasized",
  "revealed", "reveals",
  "disclosed",
  "tweeted", "posted",
  "testified",
  "contended", "contends",
  "conceded", "concedes",
  "complained", "complains",
  "promised",
  "countered",
  "replied",
  "responded",
  "expressed concerns",
  "expressed concern",
  "voiced concerns",
  "voiced concern",
] as const;

export const SPEECH_VERB_PATTERN = `(?:${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|")})`;

/** Auxiliaries and adverbs that may stand between a speaker and the cue: "has repeatedly said". */
export const CUE_PREFIX_PATTERN =
  "(?:(?:has|have|had|also|previously|later|earlier|repeatedly|again|publicly|separately|then|further|once|often|long|would|will|did|does|do|had|falsely|wrongly|baselessly|without evidence,?)\\s+){0,3}";

/** Nouns of assertion: "made an unsubstantiated claim that". */
export const ASSERTION_NOUN_PATTERN =
  "(?:claim|claims|allegation|allegations|assertion|assertions|accusation|accusations|statement|statements|suggestion|insistence|charge|charges)";

/** Adjectives and phrases by which an article distances itself from what it reports. */
export const FRAMING_ADJECTIVES = [
  "unsubstantiated",
  "unfounded",
  "baseless",
  "false",
  "unproven",
  "unverified",
  "dubious",
  "misleading",
  "disputed",
  "debunked",
  "discredited",
  "spurious",
  "controversial",
  "questionable",
  "evidence-free",
  "groundless",
  "inaccurate",
  "untrue",
] as const;

export const FRAMING_ADJECTIVE_PATTERN = `(?:${FRAMING_ADJECTIVES.join("|")})`;

/** Adverbial framings anywhere in an attributed sentence. */
export const FRAMING_PHRASE_PATTERN =
  "\\b(?:without (?:providing |offering |citing |giving )?(?:any )?evidence|falsely|wrongly|baselessly|without proof|with no evidence)\\b";

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORGANISATION_HEADS = new Set(
  [
    "ministry", "center", "centre", "university", "organization", "organisation", "group", "party",
    "company", "council", "agency", "office", "department", "committee", "commission", "court",
    "bank", "union", "service", "police", "army", "government", "parliament", "inc", "corp",
    "ltd", "association", "institute", "foundation", "news", "times", "post", "network",
    "federation", "states", "nations", "kingdom", "republic", "league", "club", "board",
    "authority", "administration", "assembly", "senate", "congress", "house", "church",
    "hospital", "school", "college", "museum", "press", "television", "radio", "agency",
    "interfax", "reuters", "ap", "afp", "dpa", "bbc", "cnn", "tass", "ria", "fund", "trust",
    "coalition", "alliance", "movement", "front", "forces", "guard", "navy", "command",
  ].map((word) => word.toLowerCase()),
);

/** Titles and roles that precede a person's name ("Foreign Minister Sergei Lavrov"). */
export const TITLE_WORDS = new Set(
  [
    "president", "minister", "ceo", "chief", "executive", "leader", "general", "gen", "maj",
    "major", "colonel", "col", "lt", "lieutenant", "captain", "capt", "sgt", "sergeant",
    "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
    "gov", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "director",
    "chairman", "chairwoman", "chair", "secretary", "prime", "foreign", "defense", "defence",
    "interior", "finance", "health", "justice", "deputy", "vice", "premier", "chancellor",
    "king", "queen", "prince", "princess", "pope", "judge", "justice", "ambassador", "envoy",
    "commissioner", "coach", "manager", "striker", "founder", "head", "official", "officer",
    "analyst", "economist", "lawyer", "attorney", "opposition", "activist", "candidate",
    "speaker", "sir", "dame", "lord", "lady", "st", "rev", "father", "sheikh", "emir",
  ].map((word) => word.toLowerCase()),
);

/** Role nouns that can name a person already introduced: "the company's chief executive". */
export const ROLE_ALIASES: ReadonlyArray<readonly string[]> = [
  ["chief executive", "chief executive officer", "ceo"],
  ["chief financial officer", "cfo"],
  ["prime minister", "premier", "pm"],
  ["foreign minister", "foreign secretary"],
  ["defense minister", "defence minister", "defence secretary", "defense secretary"],
  ["interior minister", "home secretary"],
  ["president"],
  ["spokesman", "spokeswoman", "spokesperson"],
  ["chairman", "chairwoman", "chair"],
  ["director"],
  ["governor"],
  ["mayor"],
  ["coach", "manager"],
  ["founder"],
];
