import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../../src/core/quantities/find-quantities.ts";
import { parseNumberWords, parseOrdinal } from "../../../../src/core/quantities/number-words.ts";

function only(text: string) {
  const found = findQuantities(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const { span, ...rest } = found[0]!;
  expect(text.slice(span.start, span.end)).toBe(rest.raw);
  return rest;
}

describe("digits, money and percentages", () => {
  it.each([
    ["Police detained 128 people.", { raw: "128", value: 128, qualifier: "exact", counted: "people" }],
    ["Over 7,000 protesters were held.", { raw: "Over 7,000", value: 7000, qualifier: "more-than", counted: "protesters" }],
    ["Turnout reached 100,000 voters.", { value: 100000, counted: "voters" }],
    ["The party won 80% support.", { raw: "80%", value: 80, unit: "percent", counted: "support" }],
    ["Inflation hit 3.5 per cent.", { raw: "3.5 per cent", value: 3.5, unit: "percent" }],
    ["Prices rose 2.1 percent in May.", { value: 2.1, unit: "percent" }],
    ["The deal is worth $3.2bn.", { raw: "$3.2bn", value: 3.2e9, unit: "USD" }],
    ["It cost £1.5 million to build.", { value: 1.5e6, unit: "GBP" }],
    ["Fines of €20m were imposed.", { value: 2e7, unit: "EUR" }],
    ["The club has 1.2m followers.", { value: 1.2e6, counted: "followers" }],
    ["They raised 40 million dollars.", { value: 4e7, unit: "USD" }],
  ])("%s", (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe("words, ordinals and vague amounts", () => {
  it.each([
    ["six of their colleagues were held", { value: 6, counted: "colleagues" }],
    ["At least eight participants were detained", { raw: "At least eight", value: 8, qualifier: "at-least", counted: "participants" }],
    ["twenty-one students signed", { value: 21, counted: "students" }],
    ["a dozen eggs", { value: 12, counted: "eggs" }],
    ["half of the voters stayed home", { value: 0.5, unit: "fraction", counted: "voters" }],
    ["three million people live there", { value: 3e6, counted: "people" }],
    ["gave him a sixth term in office", { raw: "sixth", value: 6, ordinal: true, counted: "term" }],
    ["her 21st title of the season", { value: 21, ordinal: true, counted: "title" }],
    ["several dozen journalists gathered", { qualifier: "vague", low: 24, high: 100, counted: "journalists" }],
    ["dozens of houses burned", { qualifier: "vague", low: 24, high: 99, counted: "houses" }],
    ["Hundreds of thousands of citizens marched", { qualifier: "vague", low: 200000, high: 999999, counted: "citizens" }],
    ["tens of thousands of fans sang", { qualifier: "vague", low: 20000, high: 99999, counted: "fans" }],
    ["a handful of senators objected", { qualifier: "vague", low: 3, high: 5, counted: "senators" }],
  ])("%s", (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe("qualifiers", () => {
  it.each([
    ["some 200 extremists", "approximately"],
    ["about 45 patients", "approximately"],
    ["nearly 3,000 homes", "approximately"],
    ["roughly 60 boats", "approximately"],
    ["an estimated 400 people", "approximately"],
    ["more than 120 people", "more-than"],
    ["upwards of 90 flights", "more-than"],
    ["no fewer than 12 ministers", "at-least"],
    ["fewer than 50 households", "fewer-than"],
    ["less than 5 percent of voters", "fewer-than"],
    ["up to 70 vessels", "at-most"],
    ["no more than 30 guests", "at-most"],
    ["a total of 95 people", "exact"],
  ])("%s is %s", (text, qualifier) => {
    expect(only(text).qualifier).toBe(qualifier);
  });
});

describe("ranges, ages and durations", () => {
  it.each([
    ["between 10 and 20 people", { qualifier: "range", low: 10, high: 20, counted: "people" }],
    ["10-20 people", { qualifier: "range", low: 10, high: 20 }],
    ["10 to 20 people", { qualifier: "range", low: 10, high: 20 }],
    ["from 5% to 7%", { qualifier: "range", low: 5, high: 7, unit: "percent" }],
    ["the 66-year-old leader", { raw: "66-year-old", value: 66, counted: "years", unit: "age" }],
    ["a woman aged 81", { value: 81, counted: "years", unit: "age" }],
    ["his 26 years in power", { value: 26, counted: "years", unit: "years" }],
    ["after 48 hours of talks", { value: 48, counted: "hours", unit: "hours" }],
    ["crowds of more than 100,000.", { value: 100000, qualifier: "more-than", counted: "crowds" }],
  ])("%s", (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it("keeps a figure rising to another of another kind apart: 3.5 per cent to $3.2bn", () => {
    expect(findQuantities("Revenue rose 3.5 per cent to $3.2bn.").map((q) => q.raw)).toEqual(["3.5 per cent", "$3.2bn"]);
  });

  it("does not read a score as a range", () => {
    expect(findQuantities("United won 3-1 at home.")).toEqual([]);
  });
});

describe("what is not a figure", () => {
  it.each([
    "Voting took place on September 2.",
    "The rally on Aug. 9 was large.",
    "It happened on Sept. 12, 2020.",
    "The talks on 12 September failed.",
    "The law changed in 2020.",
    "The meeting starts at 10:30 am.",
    "The flight left at 5 pm.",
    "The Group of 20 met in Rome.",
    "COVID-19 spread fast.",
    "The G20 summit ended.",
    "A Boeing 737 landed.",
    "No. 10 said nothing.",
    "Article 23 was invoked.",
    "One of them was released.",
    "No one was hurt.",
    "It was their first face-to-face meeting.",
    "It was the last match.",
  ])("%s", (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it("counts 'one' when it counts a person", () => {
    expect(only("One person was killed.")).toMatchObject({ value: 1, counted: "person" });
  });

  it("counts a year-like number when people are counted", () => {
    expect(only("About 2000 people marched.")).toMatchObject({ value: 2000, counted: "people" });
  });
});

describe("offsets", () => {
  it("reports absolute spans inside a range of a longer text", () => {
    const text = "Intro sentence. Police held 40 people.";
    const [found] = findQuantities(text, { start: 16, end: text.length });
    expect(found).toMatchObject({ raw: "40", span: { start: 28, end: 30 } });
  });
});

describe("number words", () => {
  it.each([
    ["six", 6],
    ["twenty-one", 21],
    ["two hundred and five", 205],
    ["three million", 3e6],
    ["eleven", 11],
  ])("%s -> %d", (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each([
    ["sixth", 6],
    ["twenty-first", 21],
    ["21st", 21],
    ["second", 2],
  ])("ordinal %s -> %d", (word, value) => {
    expect(parseOrdinal(word)).toBe(value);
  });
});
