import { describe, expect, it } from "vitest";
import { findDateMentions, type DateContext } from "../../../../src/core/dates/find-date-mentions.ts";

const MONDAY = "2020-09-14"; // a Monday
const WEDNESDAY = "2020-09-02"; // a Wednesday

/** The mentions of a whole text, without spans and anchors, for compact expectations. */
function dates(text: string, context: DateContext = {}) {
  return findDateMentions(text, { start: 0, end: text.length }, context).map(({ raw, date, precision, role }) =>
    date === undefined ? { raw, precision, role } : { raw, date, precision, role },
  );
}

function only(text: string, context: DateContext = {}) {
  const found = dates(text, context);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("findDateMentions: calendar dates", () => {
  it("'on October 5' includes the 'on' and takes the article's year", () => {
    expect(only("The talks resumed on October 5 in Geneva.", { articleDate: "2021-10-07" })).toEqual({
      raw: "on October 5",
      date: "2021-10-05",
      precision: "day",
      role: "adverbial",
    });
  });
  it("reads an abbreviated month with a dot", () => {
    expect(only("Voting closed Aug. 23 without incident.", { articleDate: "2021-09-01" }).date).toBe("2021-08-23");
  });
  it("reads an abbreviated month without a dot", () => {
    expect(only("Filed Nov 4 with the court.", { articleDate: "2021-11-20" }).date).toBe("2021-11-04");
  });
  it("reads 'Sept.' with a day and a year", () => {
    expect(only("The ruling of Sept. 30, 2019, stands.", { articleDate: "2021-01-01" })).toMatchObject({
      raw: "Sept. 30, 2019",
      date: "2019-09-30",
    });
  });
  it("reads a British day-month-year", () => {
    expect(only("The treaty was signed 14 July 2015 in Vienna.").date).toBe("2015-07-14");
  });
  it("reads 'on 3 March' against the article year", () => {
    expect(only("Parliament dissolved itself on 3 March.", { articleDate: "2022-03-10" })).toMatchObject({
      raw: "on 3 March",
      date: "2022-03-03",
    });
  });
  it("reads 'the 12th of June'", () => {
    expect(only("Ballots were counted on the 12th of June.", { articleDate: "2022-06-20" }).date).toBe("2022-06-12");
  });
  it("reads an ordinal suffix after the month", () => {
    expect(only("It opened on April 1st.", { articleDate: "2022-04-05" }).date).toBe("2022-04-01");
  });
  it("reads an ISO date", () => {
    expect(only("Last updated 2019-11-03.")).toMatchObject({ raw: "2019-11-03", date: "2019-11-03", precision: "day" });
  });
  it("ignores an ISO-shaped string that is not a real day", () => {
    expect(dates("Reference 2019-02-30 is invalid.")).toEqual([]);
  });
  it("'Dec. 30' in an article of 2021-01-02 is 2020-12-30", () => {
    expect(only("Crowds gathered Dec. 30 in the square.", { articleDate: "2021-01-02" }).date).toBe("2020-12-30");
  });
  it("'Jan. 4' in an article of 2020-12-28 is 2021-01-04", () => {
    expect(only("Schools reopen Jan. 4.", { articleDate: "2020-12-28" }).date).toBe("2021-01-04");
  });
  it("leaves a yearless date unresolved when the article has no date", () => {
    expect(only("The vote on June 20 was close.")).toEqual({ raw: "on June 20", precision: "day", role: "adverbial" });
  });
  it("takes the explicit year even without an article date", () => {
    expect(only("On June 20, 2018, the vote was close.").date).toBe("2018-06-20");
  });
  it("makes one mention of a weekday followed by its date, dated by the explicit part", () => {
    expect(only("Riot police in Tbilisi, Georgia, Sunday, March 5, 2023.")).toEqual({
      raw: "Sunday, March 5, 2023",
      date: "2023-03-05",
      precision: "day",
      role: "adverbial",
    });
  });
  it("makes one mention of 'on Friday 3 June'", () => {
    expect(only("They marched on Friday 3 June.", { articleDate: "2022-06-06" })).toMatchObject({
      raw: "on Friday 3 June",
      date: "2022-06-03",
    });
  });
  it("does not read 'May' the verb as a month", () => {
    expect(dates("Officials may resign if the audit finds fraud.", { articleDate: MONDAY })).toEqual([]);
  });
  it("does not read a sentence-opening 'May' without a day as a month", () => {
    expect(dates("May officials attend? Nobody knows.", { articleDate: MONDAY })).toEqual([]);
  });
  it("reads 'May 9' as a date", () => {
    expect(only("Veterans paraded May 9 in the capital.", { articleDate: "2021-05-12" }).date).toBe("2021-05-09");
  });
  it("does not read 'march' the noun as a month", () => {
    expect(dates("The march 5 kilometres long ended peacefully.")).toEqual([]);
  });
  it("does not read a capitalised 'March' without a day or cue as a month", () => {
    expect(dates("March organisers counted heads.")).toEqual([]);
  });
  it("does not take a day number out of a larger number", () => {
    expect(dates("Some 128 September arrests were reviewed.").map((d) => d.raw)).not.toContain("28 September");
  });
  it("does not read a thousand-separated count as a year", () => {
    expect(only("Aug. 9, 2,000 people voted early.", { articleDate: "2021-08-10" }).raw).toBe("Aug. 9");
  });
  it("does not read 'Aug. 93' as a date", () => {
    expect(dates("Form Aug. 93 was filed.")).toEqual([]);
  });
  it("returns nothing for an impossible day such as 31 June", () => {
    expect(dates("Dated June 31, 2020.").filter((d) => d.precision === "day" && d.date !== undefined)).toEqual([]);
  });
});

describe("findDateMentions: relative days", () => {
  it.each([
    ["Thousands rallied the previous day.", "the previous day", "2020-09-01"],
    ["Thousands had rallied the day before.", "the day before", "2020-09-01"],
    ["Thousands rallied yesterday.", "yesterday", "2020-09-01"],
    ["Thousands rally today.", "today", "2020-09-02"],
    ["Thousands will rally tomorrow.", "tomorrow", "2020-09-03"],
    ["Thousands rallied the next day.", "the next day", "2020-09-03"],
    ["Thousands rallied the following day.", "the following day", "2020-09-03"],
    ["The strike ended two days earlier.", "two days earlier", "2020-08-31"],
    ["The strike ended three days later.", "three days later", "2020-09-05"],
    ["The strike ended a week ago.", "a week ago", "2020-08-26"],
    ["The strike ended 10 days ago.", "10 days ago", "2020-08-23"],
    ["The strike ended two weeks ago.", "two weeks ago", "2020-08-19"],
    ["The strike ended a day earlier.", "a day earlier", "2020-09-01"],
    ["The talks collapsed last night.", "last night", "2020-09-01"],
    ["Talks collapsed the day before yesterday.", "the day before yesterday", "2020-08-31"],
    ["Talks collapsed the same day.", "the same day", "2020-09-02"],
    // No digit and no other date word in the sentence: the pre-check must still let these in.
    ["This morning police detained protesters.", "This morning", "2020-09-02"],
    ["Police detained protesters this evening.", "this evening", "2020-09-02"],
    ["Police detained protesters the following morning.", "the following morning", "2020-09-03"],
  ])("%j: %j in an article of Wednesday 2020-09-02 is %s", (text, raw, date) => {
    expect(only(text, { articleDate: WEDNESDAY })).toEqual({ raw, date, precision: "day", role: "adverbial" });
  });

  it("counts 'the previous day' from the reference date the caller gives", () => {
    const text = "Police held 40 people the previous day, the ministry said on Tuesday.";
    const found = findDateMentions(text, { start: 0, end: text.length }, {
      articleDate: "2020-09-04",
      referenceDate: "2020-09-01",
    });
    expect(found[0]).toMatchObject({ raw: "the previous day", date: "2020-08-31" });
  });

  it("still takes a yearless date's year from the article when a reference is given", () => {
    const found = dates("Crowds gathered Dec. 30.", { articleDate: "2021-01-02", referenceDate: "2021-01-01" });
    expect(found[0]!.date).toBe("2020-12-30");
  });

  it("leaves 'the previous day' unresolved without any date", () => {
    expect(only("Police held 40 people the previous day.")).toEqual({
      raw: "the previous day",
      precision: "day",
      role: "adverbial",
    });
  });

  it("does not take 'a day after' linking a clause as a date", () => {
    expect(dates("Crowds returned, a day after police dispersed them.", { articleDate: WEDNESDAY })).toEqual([]);
  });

  it("does not take 'the day before the vote' as a relative to the article", () => {
    expect(dates("Crowds formed the day before the vote.", { articleDate: WEDNESDAY })).toEqual([]);
  });

  it("takes 'two days later' before a preposition as a date", () => {
    expect(only("He was freed two days after in Minsk.", { articleDate: WEDNESDAY }).date).toBe("2020-09-04");
  });

  it("marks 'months ago' and 'a year earlier' vague", () => {
    expect(dates("It began months ago and a year earlier had seemed impossible.")).toEqual([
      { raw: "months ago", precision: "vague", role: "adverbial" },
      { raw: "a year earlier", precision: "vague", role: "adverbial" },
    ]);
  });

  it("does not take 'a day' inside another word", () => {
    expect(dates("The data days ago showed it.").map((d) => d.raw)).toEqual(["days ago"]);
  });
});

describe("findDateMentions: weekdays", () => {
  it("'Saturday' in an article of Monday 2020-09-14 means 2020-09-12", () => {
    expect(only("The minister met Saturday with farmers.", { articleDate: MONDAY })).toEqual({
      raw: "Saturday",
      date: "2020-09-12",
      precision: "day",
      role: "adverbial",
    });
  });
  it("'on Monday' in an article dated Monday is the article's day", () => {
    expect(only("The minister is meeting farmers on Monday.", { articleDate: MONDAY, tense: "present" })).toMatchObject({
      raw: "on Monday",
      date: MONDAY,
    });
  });
  it("'on Monday' in a past clause of a Monday article is still that day", () => {
    expect(only("The minister met farmers on Monday.", { articleDate: MONDAY, tense: "past" }).date).toBe(MONDAY);
  });
  it("'Thursday' in a future clause of a Monday article is the coming Thursday", () => {
    expect(only("The minister will meet farmers Thursday.", { articleDate: MONDAY, tense: "future" }).date).toBe("2020-09-17");
  });
  it("'Thursday' in a present-progressive clause looks forward", () => {
    expect(only("The minister is meeting farmers Thursday.", { articleDate: MONDAY, tense: "present" }).date).toBe("2020-09-17");
  });
  it("'Thursday' defaults to the past, as news mostly reports it", () => {
    expect(only("Farmers protested Thursday.", { articleDate: MONDAY }).date).toBe("2020-09-10");
  });
  it("'last Friday' is past even in a future clause", () => {
    expect(only("The rule adopted last Friday will apply.", { articleDate: MONDAY, tense: "future" })).toMatchObject({
      raw: "last Friday",
      date: "2020-09-11",
    });
  });
  it("'next Tuesday' is future even in a past clause", () => {
    expect(only("The board said it would vote next Tuesday.", { articleDate: MONDAY, tense: "past" })).toMatchObject({
      raw: "next Tuesday",
      date: "2020-09-15",
    });
  });
  it("'this Wednesday' follows the tense", () => {
    expect(only("The court sits this Wednesday.", { articleDate: MONDAY, tense: "future" }).date).toBe("2020-09-16");
  });
  it("counts a weekday from the reference date when one is given", () => {
    expect(only("Guards fired on Sunday.", { articleDate: "2020-09-16", referenceDate: "2020-09-08" }).date).toBe("2020-09-06");
  });
  it("includes a following time of day", () => {
    expect(only("Shots rang out Friday night in the city.", { articleDate: MONDAY })).toMatchObject({
      raw: "Friday night",
      date: "2020-09-11",
      role: "adverbial",
    });
  });
  it("leaves a weekday unresolved without an article date", () => {
    expect(only("Shots rang out Friday.")).toEqual({ raw: "Friday", precision: "day", role: "adverbial" });
  });
  it("does not take a plural 'Saturdays' as one day", () => {
    expect(dates("Markets open on Saturdays.", { articleDate: MONDAY })).toEqual([]);
  });
  it("treats a weekday before a plural noun as a habit, not a day", () => {
    expect(only("Friday marches have drawn thousands.", { articleDate: MONDAY })).toEqual({
      raw: "Friday",
      precision: "vague",
      role: "modifier",
    });
  });
});

describe("findDateMentions: role", () => {
  it.each([
    ["Voters rejected a May 22 referendum on the charter.", "May 22"],
    ["Observers criticised the Oct. 11 ballot.", "Oct. 11"],
    ["Turnout in the 4 June poll was low.", "4 June"],
    ["Organisers cancelled Tuesday's march.", "Tuesday"],
    ["Nobody forgot Sunday's clashes.", "Sunday"],
    ["Delegates reviewed yesterday's vote.", "yesterday"],
    ["The previous day's arrests angered students.", "The previous day"],
    ["Police broke up a Friday rally in the park.", "Friday"],
    ["The 2019 constitution is in force.", "2019"],
    ["This year's harvest was poor.", "This year"],
  ])("%j: %j modifies a noun", (text, raw) => {
    const mention = dates(text, { articleDate: MONDAY }).find((d) => d.raw === raw);
    expect(mention?.role).toBe("modifier");
  });

  it.each([
    ["The minister met Saturday with farmers.", "Saturday"],
    ["Strikes began Oct. 11 after the ballot.", "Oct. 11"],
    ["It rained on May 22, a day after the vote.", "on May 22"],
    ["Talks resumed Thursday in Geneva.", "Thursday"],
    ["Police Thursday detained four activists.", "Thursday"],
    ["He resigned the previous day.", "the previous day"],
    ["Students walked out on Tuesday.", "on Tuesday"],
    ["Prices rose in 2019 and fell later.", "in 2019"],
  ])("%j: %j qualifies the clause", (text, raw) => {
    const mention = dates(text, { articleDate: MONDAY }).find((d) => d.raw === raw);
    expect(mention?.role).toBe("adverbial");
  });
});

describe("findDateMentions: vague", () => {
  it.each(["Days later", "Weeks ago", "Months later", "Years ago"])("finds a capitalised %j with no other date word in the sentence", (phrase) => {
    expect(only(`${phrase}, the strike ended.`)).toMatchObject({ raw: phrase, precision: "vague" });
  });

  it.each([
    ["Prices rose last week.", "last week"],
    ["Prices rose last month.", "last month"],
    ["Prices rose sharply this year.", "this year"],
    ["Prices will rise next year.", "next year"],
    ["Prices rose earlier this month.", "earlier this month"],
    ["Prices rose last weekend.", "last weekend"],
    ["Prices have risen recently.", "recently"],
    ["Prices rose in recent weeks.", "in recent weeks"],
    ["Prices rose over the past few days.", "over the past few days"],
    ["Prices fell in the weeks after the devaluation, traders said.", "in the weeks after the devaluation"],
    ["Prices fell in the days following the disputed vote.", "in the days following the disputed vote"],
    ["Prices fell in July.", "in July"],
    ["Prices fell in mid-July.", "in mid-July"],
    ["Prices have fallen since July.", "July"],
    ["Prices fell in July 2019.", "in July 2019"],
    ["Prices fell in 2019.", "in 2019"],
    ["Prices have fallen since 2019.", "2019"],
    ["The figures for Feb. 2021 were revised.", "Feb. 2021"],
    ["Prices fell a few days ago.", "a few days ago"],
    ["Prices fell last May.", "last May"],
  ])("%j: %j is vague and unresolved", (text, raw) => {
    expect(only(text, { articleDate: MONDAY })).toMatchObject({ raw, precision: "vague" });
    expect(only(text, { articleDate: MONDAY }).date).toBeUndefined();
  });

  it("does not take a count that looks like a year after 'after'", () => {
    expect(dates("Queues formed after 2000 people arrived.")).toEqual([]);
  });

  it("does not take a decade as a year", () => {
    expect(dates("Wages stagnated in 1990s Russia and in the 1980s.")).toEqual([]);
  });

  it("does not take a year count of people after 'in'", () => {
    expect(dates("Seats rose in 2000 villages.")).toEqual([]);
  });

  it("does not take 'April' as a first name after 'and'", () => {
    expect(dates("Tom and April Jones left.")).toEqual([]);
  });

  it("does not take 'in May' before a day number as a vague month", () => {
    expect(only("Elections held in May 16 districts were annulled.", { articleDate: "2021-05-20" }).precision).toBe("day");
  });
});

describe("findDateMentions: ranges and order", () => {
  it("gives absolute spans inside the range only", () => {
    const text = "Intro on June 1. Then on June 2 they met. Finally on June 3.";
    const start = text.indexOf("Then");
    const end = text.indexOf(" Finally");
    const found = findDateMentions(text, { start, end }, { articleDate: "2021-06-10" });
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.span.start, found[0]!.span.end)).toBe("on June 2");
    expect(found[0]!.date).toBe("2021-06-02");
  });

  it("returns mentions in text order", () => {
    const found = dates("On Tuesday, a week ago, and on June 2 they met.", { articleDate: "2021-06-10" });
    expect(found.map((d) => d.raw)).toEqual(["On Tuesday", "a week ago", "on June 2"]);
  });

  it("keeps a date on one line, not across a paragraph break", () => {
    expect(dates("They met Saturday,\n\n12 people said.", { articleDate: MONDAY }).map((d) => d.raw)).toEqual(["Saturday"]);
  });

  it("finds nothing in text without dates", () => {
    expect(dates("Nobody answered the phone at the ministry.")).toEqual([]);
  });

  it("is unaffected by a previous call that stopped midway", () => {
    const first = dates("On June 2 and June 3.", { articleDate: "2021-06-10" });
    const second = dates("On June 2 and June 3.", { articleDate: "2021-06-10" });
    expect(second).toEqual(first);
  });
});
