/**
 * Word lists behind the sentence splitter's repair pass. Keys are lower case and carry no
 * final dot ("gen", "e.g", "sept"); next-word lists are as written ("President", "Sen.").
 */
import { MONTHS } from "../dates/calendar-words.ts";

/** Titles, ranks and Latin abbreviations that are never the last word of a sentence. */
export const ALWAYS_CONTINUE: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "rev", "fr", "hon", "pres",
  "gov", "govs", "sen", "sens", "rep", "reps", "atty", "amb", "supt", "insp", "det",
  "gen", "gens", "lt", "col", "maj", "capt", "cmdr", "cdr", "sgt", "cpl", "pvt", "adm", "brig", "cmdt",
  "mt", "vs", "approx", "e.g", "i.e", "cf", "viz", "incl", "esp",
]);

/** Abbreviations that continue only before a number: "Aug. 9", "No. 10", "p. 4". */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  ...[...MONTHS.keys()].filter((name) => name.length <= 4 && name !== "june" && name !== "july" && name !== "may"),
  "no", "nos", "p", "pp", "art", "arts", "sec", "fig", "figs", "vol", "vols", "ch", "para", "est", "ca", "op", "tel", "ext", "rs",
]);

/**
 * "St." and "Co." are a saint or a county before a name ("St. Paul's", "in Co. Antrim") but a
 * street or a company after one ("Downing St.", "Acme Co."), where they can end a sentence.
 */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(["st", "co", "ste"]);

/** Dotted country and bloc abbreviations that often end a sentence: "…in the U.S." */
export const GEO_ACRONYMS: ReadonlySet<string> = new Set([
  "u.s", "u.s.a", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "u.a.e", "u.s.s.r", "n.j", "s.c", "n.c", "p.r",
]);

/**
 * Words that, after "U.S." or "U.N.", continue the noun phrase rather than start a sentence:
 * "U.S. President Donald Trump", "U.N. Security Council", "U.S. Sen. Ted Cruz".
 */
export const TITLE_CONTINUATIONS: ReadonlySet<string> = new Set([
  "President", "Vice", "Secretary", "Secretary-General", "Senator", "Senate", "Sen.", "Rep.", "Gov.", "Gen.", "Adm.",
  "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Amb.", "Atty.", "Dr.", "Representative", "Congress", "Congressman",
  "Congresswoman", "House", "Army", "Navy", "Air", "Marine", "Marines", "Coast", "Space", "Forces", "Embassy",
  "Ambassador", "Envoy", "Consulate", "Mission", "Attorney", "Justice", "Department", "State", "Treasury", "Treasuries",
  "Defense", "Defence", "Supreme", "Court", "District", "Federal", "Central", "Census", "Government", "Prime",
  "Foreign", "Home", "Interior", "Minister", "Ministry", "Parliament", "Security", "General", "High", "Human",
  "Special", "Capitol", "Postal", "Chamber", "Food", "Centers", "Commerce", "Trade", "Energy", "Homeland", "Labor",
  "Labour", "Agriculture", "Border", "Customs", "Immigration", "Intelligence", "Command", "Geological", "National",
  "Open", "Olympic", "Soccer", "Masters", "Amateur", "Steel", "Bancorp", "Bank", "Dollar", "Stock", "Stocks",
  "Economy", "Commission", "Commissioner", "Agency", "Bureau", "Office",
  "Peacekeeping", "Charter", "Assembly", "Council",
  "Refugee", "Children's", "Health", "Development", "Environment", "Climate",
]);

/** Capitalised words that begin sentences without naming anyone: not the rest of a name. */
export const COMMON_SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
  "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "By", "For", "From", "To", "With", "Without", "As",
  "After", "Before", "During", "When", "While", "Where", "Why", "How", "What", "Who", "Which", "This", "That",
  "These", "Those", "There", "Here", "Some", "Many", "Most", "Few", "All", "Both", "Each", "Every", "No", "Not",
  "None", "One", "Two", "Three", "If", "Since", "Although", "Though", "Because", "Until", "Unless", "However",
  "Meanwhile", "Still", "Also", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Earlier",
  "Later", "According", "Officials", "Police", "Authorities", "Critics", "Analysts", "Experts", "Protesters",
  "Such", "Other", "Another", "More", "Less", "Under", "Over", "Despite", "Amid", "Among", "Against", "Instead",
  "Indeed", "Yes", "Asked", "Separately",
]);

/** Capitalised words after which a single capital letter is a label, not an initial: "Plan B." */
export const NOT_INITIAL_AFTER: ReadonlySet<string> = new Set([
  "plan", "group", "class", "type", "category", "grade", "section", "article", "appendix", "exhibit", "schedule",
  "annex", "option", "team", "pool", "division", "tier", "level", "part", "chapter", "figure", "table", "block",
  "wing", "line", "route", "gate", "terminal", "building", "stage", "phase", "model", "series", "row", "box",
  "zone", "area", "sector", "room", "unit", "platform", "vitamin", "hepatitis", "covid", "generation", "gen",
  "size", "league", "pier", "hall", "floor", "question", "item", "point", "step", "rule", "paragraph", "clause",
]);

/** What may follow "a.m." / "p.m." inside the same sentence: "at 5 p.m. ET". */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  "ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST", "GMT", "BST", "UTC", "CET",
  "CEST", "EET", "EEST", "MSK", "IST", "JST", "AEST", "AEDT", "Eastern", "Central", "Mountain", "Pacific",
]);
