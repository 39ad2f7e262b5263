import { describe, expect, it } from "vitest";
import { findBoilerplate } from "../../../../src/core/boilerplate/find-boilerplate.ts";
import { splitSentences } from "../../../../src/core/sentences/split-sentences.ts";

function boilerplateOf(text: string): string[] {
  return findBoilerplate(text, splitSentences(text)).map((range) => text.slice(range.start, range.end));
}

describe("findBoilerplate flags photo credits", () => {
  it.each([
    ["a repeated 'Credit: Uncredited'", "Credit: Uncredited Credit: Uncredited"],
    ["a repeated named credit", "Credit: Jane Okoro Credit: Jane Okoro"],
    ["'(AP Photo)'", "(AP Photo)"],
    ["'(AP Photo/Name)'", "(AP Photo/Carlos Mendez)"],
    ["an outlet 'via AP'", "(Kyiv Post via AP)"],
    ["a pool photo via AP", "(Ivan Petrov/TASS Pool Photo via AP)"],
    ["'(Photo: Reuters)'", "(Photo: Reuters)"],
    ["'Photograph: Name/Getty Images'", "Photograph: Tom Hale/Getty Images"],
    ["a bare 'Getty Images'", "Getty Images"],
    ["a bare 'File photo'", "File photo"],
    ["'REUTERS/Name'", "REUTERS/Toby Melville"],
    ["'Name/AFP'", "Ludovic Marin/AFP"],
  ])("flags %s on its own line", (_label, credit) => {
    const text = `Markets rallied on Monday.\n${credit}\nTrading resumed.`;
    expect(boilerplateOf(text)).toEqual([credit]);
  });

  it("flags a credit glued to a caption without taking the caption", () => {
    const text =
      "Nurses march in Leeds, England, Saturday, Oct. 3, 2020. (AP Photo/Jon Super) Credit: Jon Super Credit: Jon Super";
    expect(boilerplateOf(text)).toEqual(["(AP Photo/Jon Super) Credit: Jon Super Credit: Jon Super"]);
  });

  it("flags a credit after a caption with no final period", () => {
    const text = "Fans celebrate outside Anfield in Liverpool, Friday, June 26, 2020 (AP Photo) Credit: Uncredited";
    expect(boilerplateOf(text)).toEqual(["(AP Photo) Credit: Uncredited"]);
  });

  it("flags a 'via AP' credit with a dotted outlet name", () => {
    const text = "Riot police stand guard in Minsk. (Onliner.by via AP) Credit: Uncredited Credit: Uncredited";
    expect(boilerplateOf(text)).toEqual(["(Onliner.by via AP) Credit: Uncredited Credit: Uncredited"]);
  });

  it("flags a trailing 'REUTERS/Name' after a caption", () => {
    const text = "Traders work on the floor of the NYSE in New York, U.S., March 9, 2020. REUTERS/Lucas Jackson";
    expect(boilerplateOf(text)).toEqual(["REUTERS/Lucas Jackson"]);
  });

  it("flags 'Name/Getty Images' after a caption", () => {
    const text = "Boris Johnson leaves No. 10 on Wednesday. Dan Kitwood/Getty Images";
    expect(boilerplateOf(text)).toEqual(["Dan Kitwood/Getty Images"]);
  });
});

describe("findBoilerplate flags credits, bylines and sign-offs", () => {
  it.each([
    ["a 'contributed to this report' line", "Maria Danilova in Kyiv contributed to this report."],
    ["a 'contributed reporting' line", "Ali Khan and Ruth Bell contributed reporting."],
    ["a writers-contributed line", "Associated Press writers Sam Lee and Dana Cole contributed."],
    ["'With reporting by' agencies", "With reporting by Reuters, AP, dpa, AFP, and Interfax"],
    ["a Reuters reporting and editing line", "Reporting by Andrei Makhovsky; Editing by Alison Williams"],
    ["a bracketed Reuters reporting line", "(Reporting by Kate Holton; Writing by Guy Faulconbridge; Editing by Jon Boyle)"],
    ["an 'Additional reporting by' line", "Additional reporting by Priya Nair in Mumbai"],
    ["a byline", "By Jane Smith"],
    ["an upper-case byline with an agency", "By JANE SMITH, Associated Press"],
    ["a byline with two names", "By Tom Reed and Lucy Ward"],
    ["a copyright line", "Copyright 2020 The Associated Press."],
    ["a copyright sign line", "© 2021 Reuters"],
    ["'All rights reserved.'", "All rights reserved."],
    ["'All rights reserved' in capitals", "ALL RIGHTS RESERVED"],
    ["'all rights reserved' in lower case", "all rights reserved."],
    ["the AP redistribution notice", "This material may not be published, broadcast, rewritten or redistributed."],
    ["the redistribution notice in capitals", "THIS MATERIAL MAY NOT BE PUBLISHED, BROADCAST, REWRITTEN OR REDISTRIBUTED."],
    ["a 'Read more:' line", "Read more: Why the pound keeps falling"],
    ["a 'Follow us on' line", "Follow us on Twitter for live updates"],
    ["a 'Sign up for' line", "Sign up for our morning newsletter"],
  ])("flags %s", (_label, line) => {
    const text = `The central bank cut rates by half a point.\n${line}`;
    expect(boilerplateOf(text)).toEqual([line]);
  });
});

describe("findBoilerplate leaves claims alone", () => {
  it.each([
    ["a claim citing Reuters", "Reuters reported that 12 people died in the blast."],
    ["a claim citing AP", "The AP counted 340 ballots that were never delivered."],
    ["a claim with 'according to Reuters'", "Turnout was 58%, according to Reuters."],
    ["a claim about Getty Images the company", "Getty Images said revenue rose 9% last year."],
    ["a claim starting 'By Sunday'", "By Sunday, police had detained 200 people."],
    ["a claim starting 'By contrast'", "By contrast, exports fell 4%."],
    ["a sentence about reporting", "Reporting by the Guardian found that 40 workers had died."],
    ["a sentence using 'contributed to'", "Higher fuel costs contributed to the report of a loss."],
    ["a sentence about copyright", "Copyright law was changed in 2019."],
    ["a call to action in lower case", "read more: the council voted 7-2 to close the library."],
    ["a claim with a parenthesis", "The party (which won 31% in 2019) lost seats."],
    ["a claim mentioning a photo", "The photo was taken in Gdansk in 1980."],
    ["a claim with a credit rating", "Credit ratings agency Moody's cut Italy to Baa3."],
  ])("does not flag %s", (_label, sentence) => {
    expect(boilerplateOf(sentence)).toEqual([]);
  });
});

describe("findBoilerplate spans", () => {
  it("returns spans in text order", () => {
    const text =
      "By Ana Ruiz\nVoters in Madrid queued for hours. (AP Photo/Paul White)\nAna Ruiz contributed to this report.";
    const spans = findBoilerplate(text, splitSentences(text));
    expect(spans.map((range) => text.slice(range.start, range.end))).toEqual([
      "By Ana Ruiz",
      "(AP Photo/Paul White)",
      "Ana Ruiz contributed to this report.",
    ]);
    expect(spans.every((range, i) => i === 0 || spans[i - 1]!.end <= range.start)).toBe(true);
  });

  it("returns nothing when there are no sentences", () => {
    expect(findBoilerplate("", [])).toEqual([]);
  });
});
