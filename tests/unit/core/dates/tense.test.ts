import { describe, expect, it } from "vitest";
import { detectTense } from "../../../../src/core/dates/tense.ts";

describe("detectTense", () => {
  it.each([
    "The prime minister will travel to Kyiv on Thursday",
    "The delegation is to arrive in Riga on Friday",
    "Ministers are to meet in Vilnius next week",
    "The court is set to rule on the appeal on March 3",
    "The verdict is due to be announced on Tuesday",
    "The summit is scheduled to open on Wednesday",
    "The mayor is expected to resign",
    "Turnout is going to be low",
    "The union plans to strike on Monday",
    "The hearing is scheduled for Friday",
    "Officials say they won't comment",
    "She'll speak at noon",
  ])("%j is future", (clause) => {
    expect(detectTense(clause)).toBe("future");
  });

  it.each([
    "The senator met Saturday with union leaders",
    "The agency said on Tuesday that it had no comment",
    "Dozens of students were detained outside the faculty",
    "The strike began on Aug. 3",
    "Farmers blocked the motorway",
    "Several reporters have taken part in the march",
    "The mayor has been questioned twice",
  ])("%j is past", (clause) => {
    expect(detectTense(clause)).toBe("past");
  });

  it.each([
    "The president is meeting his Polish counterpart on Monday",
    "Trains are running late",
    "The river floods every spring",
    "Prices rise",
  ])("%j is present", (clause) => {
    expect(detectTense(clause)).toBe("present");
  });

  it("does not read a present passive participle as the past", () => {
    expect(detectTense("Forty workers are accused of sabotage")).toBe("present");
  });

  it("does not read a future passive participle as the past", () => {
    expect(detectTense("The leaders will be detained")).toBe("future");
  });

  it("does not count 'hundred' or 'need' as past-tense verbs", () => {
    expect(detectTense("A hundred volunteers need shelter")).toBe("present");
  });

  it("does not count the noun 'shed' as a past-tense verb", () => {
    expect(detectTense("The shed stands empty")).toBe("present");
  });

  it("lets the verb nearest the date decide in a mixed clause", () => {
    const clause = "The agency said the two ministers will meet on Friday";
    expect(detectTense(clause, clause.indexOf("on Friday"))).toBe("future");
  });

  it("lets a past verb next to the date win over a later future", () => {
    const clause = "Workers walked out Friday and say they will stay out";
    expect(detectTense(clause, clause.indexOf("Friday"))).toBe("past");
  });

  it("prefers a future anywhere in the clause when no position is given", () => {
    expect(detectTense("The agency said the two ministers will meet")).toBe("future");
  });
});
