import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "../../../../src/core/sentences/split-sentences.ts";

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((range) => text.slice(range.start, range.end));
}

describe("splitSentences keeps abbreviations inside one sentence", () => {
  it.each([
    ["'Aug. 9'", "The strike began Aug. 9 after talks failed. Unions said it would last."],
    ["'Sept. 12, 2020'", "Voters queued on Saturday, Sept. 12, 2020, in the rain. Turnout was high."],
    ["'U.S. officials'", "U.S. officials denied the report on Tuesday. The embassy declined to comment."],
    ["'Maj. Gen.'", "Defence Minister Maj. Gen. Viktar Khrenin flew to Moscow. He met his counterpart."],
    ["'Mr.' and 'Mrs.'", "Mr. and Mrs. Patel sold the shop in 2019. They retired to Leeds."],
    ["'Ms.'", "The bill was drafted by Ms. Okafor last spring. It passed easily."],
    ["'Dr.'", "Dr. Chen published the trial results in March. The vaccine was 91% effective."],
    ["'St.' before a name", "The service was held at St. Paul's Cathedral. Thousands attended."],
    ["'Gov.'", "Gov. Newsom signed the budget on Friday. It totals $300 billion."],
    ["'Sen.' after 'U.S.'", "U.S. Sen. Maria Lopez voted against it. The measure failed."],
    ["'Rep.'", "Rep. Alan Brooks introduced the amendment. Colleagues objected."],
    ["'Lt. Col.'", "Lt. Col. Sarah Hughes led the battalion. It returned in May."],
    ["'Gen.'", "Gen. Mark Milley testified for three hours. Senators pressed him."],
    ["'Capt.' and 'Sgt.'", "Capt. Ruiz and Sgt. Obi were decorated. Both served in Helmand."],
    ["'Prof.'", "Prof. Ingrid Holm led the study of 4,000 patients. Results are due in June."],
    ["'Rev.'", "Rev. Martin Ellis spoke at the vigil. Hundreds lit candles."],
    ["'Jr.' before lower case", "Harold Finch Jr. said the deal was fair. Shareholders disagreed."],
    ["'Sr.' before lower case", "Tom Baxter Sr. founded the firm in 1971. His son runs it now."],
    ["'Inc.' before lower case", "Acme Inc. reported a loss of $12 million. Its shares fell."],
    ["'Corp.' before lower case", "Globex Corp. said sales rose 8%. Analysts expected 6%."],
    ["'Co.' before lower case", "The Ford Motor Co. plant will close in 2025. About 900 jobs go."],
    ["'Ltd.' before lower case", "Northwind Ltd. has appealed the fine. A ruling is expected soon."],
    ["'J.P. Morgan'", "J.P. Morgan raised its forecast to 3.1%. Rivals followed."],
    ["'vs.'", "The Senate voted 52 vs. 48 to confirm her. Democrats objected."],
    ["'No. 10'", "A spokesman for No. 10 Downing Street declined to comment. Talks resume Monday."],
    ["'approx.'", "The site covers approx. 40 hectares. Building starts next year."],
    ["'e.g.'", "Some sports, e.g. Rugby and cricket, lost fans. Football gained."],
    ["'i.e.'", "The deadline is final, i.e. No extensions will be granted. Firms must comply."],
    ["'a.m.' before lower case", "The polls opened at 7 a.m. and closed at 10 p.m. on Thursday. Counting began at once."],
    ["'p.m.' before a time zone", "The launch is set for 4 p.m. ET on Friday. NASA confirmed it."],
    ["an initial", "John F. Kennedy was elected in 1960. He was 43."],
    ["several initials", "The novel by J. R. R. Tolkien sold 150 million copies. It was filmed twice."],
    ["dotted initials", "Shares of P.F. Chang's rose 4%. The chain expanded."],
    ["a decimal", "Inflation rose to 3.5 percent in May. The bank held rates at 0.25%."],
    ["an ellipsis before lower case", "He paused... and then resigned. The party was stunned."],
    ["a Unicode ellipsis before lower case", "The figure was 2, 4, 6… and rising. Doctors warned."],
    ["'Roe v. Wade'", "The court overturned Roe v. Wade in 2022. Protests followed."],
    ["'Mt.'", "Climbers reached Mt. Everest's summit on May 2. Two turned back."],
    ["'Co.' as a county", "Flooding hit parts of Co. Kerry overnight. Roads were closed."],
    ["a quoted question followed by its speaker", '"Why should we pay?" asked Ms. Diaz. Nobody answered.'],
    ["a quoted exclamation followed by its speaker", '"We will win!" Maria Kolesnikova said. The crowd cheered.'],
    ["a question followed by a lower-case word", "\"Is this fair?\" she asked reporters. Few replied."],
  ])("keeps %s inside one sentence", (_label, text) => {
    expect(sentencesOf(text)).toHaveLength(2);
  });
});

describe("splitSentences splits where a sentence ends", () => {
  it("splits plain sentences", () => {
    expect(sentencesOf("Prices rose. Wages fell. Nobody was happy!")).toEqual(["Prices rose.", "Wages fell.", "Nobody was happy!"]);
  });

  it("splits after a period with no space before a capital", () => {
    expect(sentencesOf("Two people were hurt on Sunday.Police said a man was held.")).toEqual([
      "Two people were hurt on Sunday.",
      "Police said a man was held.",
    ]);
  });

  it("splits after a number and a period with no space", () => {
    expect(sentencesOf("Turnout fell to 61% in 2019.Officials blamed the weather.")).toEqual([
      "Turnout fell to 61% in 2019.",
      "Officials blamed the weather.",
    ]);
  });

  it("splits after a closing quote with no space", () => {
    expect(sentencesOf('He said "enough."The talks ended.')).toEqual(['He said "enough."', "The talks ended."]);
  });

  it("splits before a sentence that starts with a year", () => {
    expect(sentencesOf("Profits fell 5% in 2020. 2021 was worse for the group.")).toEqual([
      "Profits fell 5% in 2020.",
      "2021 was worse for the group.",
    ]);
  });

  it("splits before a sentence that starts with a figure", () => {
    expect(sentencesOf("Leeds won 3-1. 40,000 fans watched at Elland Road.")).toEqual([
      "Leeds won 3-1.",
      "40,000 fans watched at Elland Road.",
    ]);
  });

  it("splits before a sentence that starts with an amount of money", () => {
    expect(sentencesOf("Fuel duty rose again. £5 now buys three litres.")).toHaveLength(2);
  });

  it("keeps 'U.S. 10-year' inside one sentence", () => {
    expect(sentencesOf("U.S. 10-year yields rose to 1.7% on Friday.")).toHaveLength(1);
  });

  it("keeps 'No. 1' and 'Fig. 3' inside one sentence", () => {
    expect(sentencesOf("The single reached No. 1 in May, as Fig. 3 shows.")).toHaveLength(1);
  });

  it("does not split 'Mr.Smith' written without a space", () => {
    expect(sentencesOf("The letter was signed by Mr.Smith on Monday.")).toHaveLength(1);
  });

  it("does not split web addresses", () => {
    expect(sentencesOf("Details are at www.example.Org/news today.")).toHaveLength(1);
  });

  it("keeps the closing quote with a quoted sentence", () => {
    expect(sentencesOf('He said: "We will win." The crowd cheered.')).toEqual(['He said: "We will win."', "The crowd cheered."]);
  });

  it("keeps curly closing quotes with their sentence", () => {
    expect(sentencesOf("She wrote: “It is over.” Markets fell.")).toEqual(["She wrote: “It is over.”", "Markets fell."]);
  });

  it("keeps the closing bracket with its sentence", () => {
    expect(sentencesOf("The fund lost money (its first loss since 2009.) Investors left.")).toEqual([
      "The fund lost money (its first loss since 2009.)",
      "Investors left.",
    ]);
  });

  it("splits after 'U.S.' when a new sentence starts", () => {
    expect(sentencesOf("The envoy returned to the U.S. The talks had failed.")).toEqual([
      "The envoy returned to the U.S.",
      "The talks had failed.",
    ]);
  });

  it("keeps 'U.S. President' together", () => {
    expect(sentencesOf("The call was made by U.S. President Joe Biden. It lasted an hour.")).toHaveLength(2);
  });

  it("keeps 'U.K. Treasury' together", () => {
    expect(sentencesOf("Figures from the U.K. Treasury show a deficit. It grew in March.")).toHaveLength(2);
  });

  it("splits after 'p.m.' when a new sentence starts", () => {
    expect(sentencesOf("The fire started at 3 p.m. Firefighters arrived quickly.")).toEqual([
      "The fire started at 3 p.m.",
      "Firefighters arrived quickly.",
    ]);
  });

  it("splits after 'Inc.' when a new sentence starts", () => {
    expect(sentencesOf("The buyer was Initech Inc. The price was not disclosed.")).toHaveLength(2);
  });

  it("splits after a street 'St.'", () => {
    expect(sentencesOf("Protesters gathered on Downing St. Police moved them on.")).toEqual([
      "Protesters gathered on Downing St.",
      "Police moved them on.",
    ]);
  });

  it("splits after a label letter such as 'Plan B.'", () => {
    expect(sentencesOf("Ministers chose Plan B. Schools will close.")).toHaveLength(2);
  });

  it("splits after an ellipsis before a capital", () => {
    expect(sentencesOf("The vote was close... The result was contested. It rose… Then it fell.")).toEqual([
      "The vote was close...",
      "The result was contested.",
      "It rose…",
      "Then it fell.",
    ]);
  });

  it("splits after a quoted question before a new sentence", () => {
    expect(sentencesOf('"Who pays?" The question went unanswered.')).toEqual(['"Who pays?"', "The question went unanswered."]);
  });

  it("ends a sentence at every line break", () => {
    expect(sentencesOf("Markets closed higher\nThe dollar fell")).toEqual(["Markets closed higher", "The dollar fell"]);
  });

  it("ends a sentence at a paragraph break even after an abbreviation", () => {
    expect(sentencesOf("He met Gen.\n\nTalks went well.")).toEqual(["He met Gen.", "Talks went well."]);
  });

  it("handles Windows line endings", () => {
    expect(sentencesOf("First line.\r\n\r\nSecond line.\r\n")).toEqual(["First line.", "Second line."]);
  });
});

describe("splitSentences offsets", () => {
  it("returns absolute, trimmed offsets", () => {
    const text = "  Rates rose.   Bonds fell.  \n\n  Gold held. ";
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 13 },
      { start: 16, end: 27 },
      { start: 33, end: 43 },
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t\n ")).toEqual([]);
  });

  it("returns a text without punctuation as one sentence", () => {
    expect(sentencesOf("Breaking news from Kyiv")).toEqual(["Breaking news from Kyiv"]);
  });

  it("does not split a surrogate pair in a long run without spaces", () => {
    const text = "😀".repeat(3000);
    const spans = splitSentences(text);
    expect(spans.map((range) => text.slice(range.start, range.end)).join("")).toBe(text);
    for (const range of spans) expect(range.start % 2).toBe(0);
  });
});

describe("splitSentences on long paragraphs", () => {
  const sentence = "Gov. Hale said U.S. exports rose 3.5% on Aug. 9, according to Dr. Ames. ";

  it("splits a long paragraph the same way as its sentences one by one", () => {
    const text = sentence.repeat(200);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(200);
    for (const range of spans) expect(text.slice(range.start, range.end)).toBe(sentence.trim());
  });

  it("bounds a paragraph with no sentence punctuation", () => {
    const text = "word ".repeat(5000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const range of spans) expect(range.end - range.start).toBeLessThan(5000);
  });
});

describe("splitParagraphs", () => {
  it("returns trimmed non-empty lines", () => {
    const text = "  First para.\n\n\n Second para. \nThird\r\n   \n";
    expect(splitParagraphs(text).map((range) => text.slice(range.start, range.end))).toEqual([
      "First para.",
      "Second para.",
      "Third",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitParagraphs("\n \n\t")).toEqual([]);
  });
});

describe("splitSentences on text that is not prose", () => {
  it("bounds a run of abbreviations that would otherwise never end", () => {
    const text = "Mr. ".repeat(3000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const range of spans) expect(range.end - range.start).toBeLessThan(5000);
  });
});
