import { describe, expect, it } from "vitest";
import { checkworthiness } from "../../../../src/core/claims/score-claim.ts";

const score = (text: string) => checkworthiness({ text, quantities: [], attribution: null, isCaption: false, names: 0 });

describe("checkworthiness", () => {
  const plain = score("The mill closed its doors in March");

  it.each(["The mill may close its doors in March", "The mill could close its doors in March", "The mill reportedly closed its doors in March", "It seems the mill closed its doors"])(
    "marks down a hedge: %j",
    (hedged) => {
      expect(score(hedged)).toBeLessThan(plain);
    },
  );

  it.each(["The mill should close its doors in March", "Closing the mill in March was shameful", "I think the mill closed its doors"])("marks down an opinion: %j", (opinion) => {
    expect(score(opinion)).toBeLessThan(plain);
  });

  it("marks down an opinion more than a hedge, and both together most", () => {
    const hedge = score("The mill may close its doors in March");
    const opinion = score("The mill must close its doors in March");
    expect(opinion).toBeLessThan(hedge);
    expect(score("The mill must close its doors and may do so in March")).toBeLessThan(opinion);
  });
});
