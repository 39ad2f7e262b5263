import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datePatternSources, mayHoldDate } from "../../../../src/core/dates/find-date-mentions.ts";

const guarded = new RegExp(datePatternSources.guarded, "y");
const unguarded = new RegExp(datePatternSources.unguarded, "y");

function matchAt(pattern: RegExp, input: string, at: number): string[] | null {
  pattern.lastIndex = at;
  const match = pattern.exec(input);
  return match === null ? null : [...match];
}

function expectSameMatches(input: string): void {
  for (let at = 0; at < input.length; at++) {
    expect(matchAt(guarded, input, at), `${JSON.stringify(input)} at ${at}`).toEqual(matchAt(unguarded, input, at));
  }
}

// Words that open or continue date expressions, in both cases, and near misses ("Sundays",
// "Augusta", "anew").
const words = [
  "on", "On", "in", "In", "over", "Over", "during", "For", "the", "The", "mid", "Mid", "last", "Last", "next", "this",
  "This", "early", "late", "Late", "earlier", "Earlier", "later", "past", "Past", "previous", "following", "coming",
  "yesterday", "Today", "tonight", "Tomorrow", "recent", "Recent", "Recently", "a", "A", "an", "one", "Two", "twelve",
  "few", "couple", "of", "several", "Many", "some", "days", "Days", "day", "weeks", "Weeks", "week", "months", "years",
  "Years", "ago", "since", "until", "Since", "by", "and", "its", "Their", "before", "after", "prior", "same", "night",
  "morning", "Morning", "afternoon", "evening", "weekend", "Hours", "spring", "run-up", "up", "to", "ahead", "hours", "people", "said", "Police",
  "anew", "Sundays", "Augusta", "Marching", "Sept", "Monday", "Saturday", "Sunday", "January", "March", "May", "Aug",
  "Sep", "Dec", "1", "3", "12", "12th", "21st", "31", "32", "2020", "1994", "2000", "2019-11-03", "100",
];
// Mostly one space, as in running text; sometimes other blanks, marks, or nothing at all.
const separators = [" ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", "\r\n", "\u00a0", "\t", ",", ", ", ".", ". ", "-", "’s ", "_", ""];
const text = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(""));

describe("date pattern start guards", () => {
  it.each([
    "on Monday", "On Saturday, Sept. 12, 2020", "Saturday, Sept. 12", "the 12th of September 2020", "3 March", "2019-11-03",
    "last Friday", "Next Tuesday", "this Wednesday", "early Monday", "Late Sunday night", "Yesterday", "today", "Tonight",
    "tomorrow", "last night", "This morning", "The previous day", "the day before yesterday", "A day later", "an hour ago",
    "One week after", "twelve days earlier", "3 days ago", "a few days ago", "A couple of weeks later", "couple of months earlier",
    "few years ago", "Several days later", "many weeks earlier", "Some months ago", "Days later", "weeks ago", "Months later",
    "years earlier", "earlier this week", "Later this month", "Last year", "next spring", "Past week", "previous month",
    "following year", "Coming weekend", "over the past few days", "In the last two weeks", "during the coming months",
    "For the next 10 years", "the past several days", "in recent weeks", "Recent days", "recently", "In the days after the vote",
    "in the run-up to the election", "in August", "Last March", "next January", "This May", "early October", "Late December",
    "mid-August", "Mid March", "in mid-April", "since March 2020", "until May", "of June", "Jan. 2020", "In 2020", "in 1994",
    "since 2001", "until 2010", "mid-1990s", "the 2020 election", "its 2019 report", "2020's", "Augusta", "Sundays",
  ])("keeps every match in %j", (phrase) => {
    expectSameMatches(`Officials said ${phrase} was it.`);
    expectSameMatches(phrase);
  });

  it("never loses a match to the start guards: the same match, or none, at every position", () => {
    fc.assert(fc.property(text, expectSameMatches), { numRuns: 3000 });
  });

  it("never skips a text that holds a date: the pre-check passes wherever the pattern matches", () => {
    const anywhere = new RegExp(datePatternSources.guarded);
    fc.assert(
      fc.property(text, (input) => {
        if (anywhere.test(input)) expect(mayHoldDate(input), JSON.stringify(input)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
