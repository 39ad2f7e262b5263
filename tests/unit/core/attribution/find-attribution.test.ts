import { describe, expect, it } from "vitest";
import { findSentenceFrame } from "../../../../src/core/attribution/find-attribution.ts";

function frame(sentence: string) {
  const found = findSentenceFrame(sentence, { start: 0, end: sentence.length });
  if (!found) return undefined;
  return {
    source: found.frame.source,
    cue: found.frame.cue,
    framing: found.frame.framing,
    content: sentence.slice(found.content.start, found.content.end),
    added: found.added ? sentence.slice(found.added.content.start, found.added.content.end) : undefined,
    sourceAtSpan: sentence.slice(found.frame.sourceSpan.start, found.frame.sourceSpan.end),
  };
}

describe("speech frames after the content", () => {
  it("finds 'the ministry said' with a date after the cue", () => {
    const f = frame("Sales of electric cars rose 40% in March, the transport ministry said on Tuesday.");
    expect(f).toMatchObject({ source: "the transport ministry", cue: "said", content: "Sales of electric cars rose 40% in March" });
    expect(f?.sourceAtSpan).toBe("the transport ministry");
  });

  it("splits off a statement added by the same speaker", () => {
    const f = frame("Unemployment fell to 4.1% in May, the statistics office said, adding that 12,000 jobs were created.");
    expect(f).toMatchObject({ source: "the statistics office", cue: "said", content: "Unemployment fell to 4.1% in May" });
    expect(f?.added).toBe("12,000 jobs were created");
  });

  it("reads a quote closed before the speaker", () => {
    const f = frame('"We will not raise taxes this year," the chancellor told reporters.');
    expect(f).toMatchObject({ source: "the chancellor", cue: "told" });
    expect(f?.content).toContain("We will not raise taxes this year");
  });

  it("reads an inverted cue with the speaker after it", () => {
    const f = frame("The merger will cut 900 jobs, said Maria Lopez, a union official.");
    expect(f).toMatchObject({ source: "Maria Lopez", cue: "said", content: "The merger will cut 900 jobs" });
  });

  it("reads every inverted cue, after a closing quote mark too", () => {
    expect(frame("“The merger will cut 900 jobs,”  wrote Ana Lima.")).toMatchObject({ source: "Ana Lima", cue: "wrote" });
    expect(frame("Fares will rise by 5%, added Tom Reyes.")).toMatchObject({ source: "Tom Reyes", cue: "added" });
    expect(frame("Fares will rise by 5%, adds Tom Reyes.")).toMatchObject({ source: "Tom Reyes", cue: "adds" });
    expect(frame("Fares will rise by 5%, writes Tom Reyes.")).toMatchObject({ source: "Tom Reyes", cue: "writes" });
    expect(frame("Fares will rise by 5%, says Tom Reyes.")).toMatchObject({ source: "Tom Reyes", cue: "says" });
  });

  it("reads 'according to' at the end", () => {
    const f = frame("At least 14 people were injured, according to the regional health authority.");
    expect(f).toMatchObject({ source: "the regional health authority", cue: "according to", content: "At least 14 people were injured" });
  });

  it("keeps a British-style statement with 'claimed' and a plural speaker", () => {
    const f = frame("The scheme saved the NHS £1.5 million, hospital managers claimed.");
    expect(f).toMatchObject({ source: "hospital managers", cue: "claimed" });
  });

  it("notes the article's framing 'without evidence'", () => {
    const f = frame("The election was stolen, the senator said without evidence.");
    expect(f).toMatchObject({ source: "the senator", framing: "without evidence" });
  });

  it("does not take a clause before a comma for a speaker", () => {
    expect(frame("The team won the league, and fans celebrated until dawn.")).toBeUndefined();
  });
});

describe("speech frames before the content", () => {
  it("reads 'X said that ...' past an appositive about the speaker", () => {
    const f = frame("Acme CEO Jane Park, who founded the firm in 2009, said that revenue had doubled since 2019.");
    expect(f).toMatchObject({ source: "Acme CEO Jane Park", cue: "said", content: "revenue had doubled since 2019." });
  });

  it("reads 'has said' followed directly by the content", () => {
    const f = frame("The coach has said he will rest six players on Saturday.");
    expect(f).toMatchObject({ source: "The coach", cue: "said", content: "he will rest six players on Saturday." });
  });

  it("reads plural speakers joined by 'and'", () => {
    const f = frame("Opponents and some economists say the budget figures were inflated.");
    expect(f).toMatchObject({ source: "Opponents and some economists", cue: "say", content: "the budget figures were inflated." });
  });

  it.each([
    ["The minister told parliamentarians that 300 jobs would go.", "300 jobs would go."],
    ["The minister told parliament that 300 jobs would go.", "300 jobs would go."],
    ["The minister told them that 300 jobs would go.", "300 jobs would go."],
    ["The minister told supporters: 300 jobs will go.", "300 jobs will go."],
    ["The minister told local media that 300 jobs would go.", "300 jobs would go."],
    ["The minister told supporters at a rally that 300 jobs would go.", "300 jobs would go."],
    ["The minister told the court on Tuesday that 300 jobs would go.", "300 jobs would go."],
    ["The minister told Sky News on Monday that 300 jobs would go.", "300 jobs would go."],
    // Not an audience: a clause ("the ministry had said"), or a relative "that" before a verb.
    ["The minister told reporters the ministry had said that 300 jobs would go.", "the ministry had said that 300 jobs would go."],
    ["The minister told a story that moved 300 people.", "a story that moved 300 people."],
  ])("starts the content of %j after the whole of whom the speaker told", (sentence, content) => {
    expect(frame(sentence)).toMatchObject({ source: "The minister", cue: "told", content });
  });

  it("reads 'told Reuters that'", () => {
    const f = frame("A company spokesman told Reuters that the plant would close in June.");
    expect(f).toMatchObject({ source: "A company spokesman", cue: "told", content: "the plant would close in June." });
  });

  it("reads 'According to X,' at the start", () => {
    const f = frame("According to the World Health Organization, 1.2 million people died of the disease.");
    expect(f).toMatchObject({ source: "the World Health Organization", cue: "according to", content: "1.2 million people died of the disease." });
  });

  it("does not treat an ordinary event sentence as speech", () => {
    expect(frame("The protests began in May after the government raised fuel prices.")).toBeUndefined();
    expect(frame("Police detained 40 people in the capital on Sunday.")).toBeUndefined();
  });
});
