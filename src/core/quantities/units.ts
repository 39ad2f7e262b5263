/**
 * What a figure is measured in: currencies (symbols, ISO codes, names), multipliers
 * ("bn", "m", "million"), percentages and units of time. Currencies are ISO 4217 codes so
 * that "$3.2bn" and "3.2 billion dollars" compare as the same unit.
 */

/** Marks written before a figure. "$" is taken as US dollars and "¥" as yen: news in English mostly means those. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["₽", "RUB"], ["₴", "UAH"], ["₩", "KRW"],
]);

/** Letters glued before "$": "US$5", "HK$2bn". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["us", "USD"], ["a", "AUD"], ["au", "AUD"], ["c", "CAD"], ["ca", "CAD"], ["hk", "HKD"], ["nz", "NZD"], ["s", "SGD"],
  ["r", "BRL"],
]);

/** ISO codes written in capitals before or after a figure ("USD 5", "5 million EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "AUD", "CAD", "UAH", "BYN", "PLN", "SEK", "NOK", "HKD",
  "KRW", "BRL", "ZAR", "NGN", "KES", "TRY", "MXN", "SGD", "NZD",
]);

/** Currency names after a figure: "40 million dollars", "300 roubles". "pounds" is taken as sterling, not weight. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"], ["dollar", "USD"], ["euros", "EUR"], ["euro", "EUR"], ["pounds", "GBP"], ["sterling", "GBP"],
  ["yen", "JPY"], ["yuan", "CNY"], ["renminbi", "CNY"], ["roubles", "RUB"], ["rubles", "RUB"], ["rupees", "INR"],
  ["hryvnias", "UAH"], ["hryvnia", "UAH"], ["francs", "CHF"], ["zlotys", "PLN"], ["zloty", "PLN"],
]);

/** Multipliers written as a word after the figure, spaced or glued ("2 billion", "3.2bn", "1.5 trn"). */
export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3], ["million", 1e6], ["mn", 1e6], ["mln", 1e6], ["billion", 1e9], ["bn", 1e9], ["bln", 1e9],
  ["trillion", 1e12], ["tn", 1e12], ["trn", 1e12], ["lakh", 1e5], ["lakhs", 1e5], ["crore", 1e7], ["crores", 1e7],
]);

/** Multipliers that only count when glued to the digits: "20m", "50k", "$3b". A spaced "m" is metres. */
export const GLUED_MAGNITUDES: ReadonlyMap<string, number> = new Map([["k", 1e3], ["m", 1e6], ["b", 1e9]]);

/** Races and events named by a distance in metres: "the 100m final" is not a hundred million. */
export const METRE_EVENTS: ReadonlySet<string> = new Set([
  "sprint", "hurdles", "relay", "freestyle", "butterfly", "breaststroke", "backstroke", "medley", "final", "finals",
  "race", "dash", "title", "record", "heat", "heats", "event", "gold", "silver", "bronze", "champion",
]);

/** Units of time, singular and plural, to the plural used as the unit. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ["second", "seconds"], ["seconds", "seconds"], ["minute", "minutes"], ["minutes", "minutes"],
  ["hour", "hours"], ["hours", "hours"], ["day", "days"], ["days", "days"], ["week", "weeks"], ["weeks", "weeks"],
  ["fortnight", "fortnights"], ["fortnights", "fortnights"], ["month", "months"], ["months", "months"],
  ["year", "years"], ["years", "years"], ["decade", "decades"], ["decades", "decades"],
  ["century", "centuries"], ["centuries", "centuries"],
]);

/** Units of measure glued to the digits ("100km", "5kg"); each maps to its usual symbol. */
export const GLUED_MEASURES: ReadonlyMap<string, string> = new Map([
  ["km", "km"], ["kg", "kg"], ["cm", "cm"], ["mm", "mm"], ["mph", "mph"], ["kph", "km/h"], ["ft", "ft"],
  ["lb", "lb"], ["lbs", "lb"], ["mw", "MW"], ["gw", "GW"], ["kw", "kW"], ["kwh", "kWh"], ["ha", "ha"],
  ["gb", "GB"], ["tb", "TB"], ["mb", "MB"], ["t", "t"],
]);
