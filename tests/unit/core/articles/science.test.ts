/** A science story: a title with a dot before the speaker, an acronym, ages in months, a question. */
import { describe, expect, it } from "vitest";
import { claimWith, expectAnchored, extract } from "./extract.ts";

const STORY = `date 2022-09-28
Trial finds new malaria vaccine cuts infections by three-quarters
A new malaria vaccine reduced infections by 77% among children in a year-long trial in Burkina Faso, researchers reported on Tuesday.
The study, published in The Lancet, followed 450 children aged between five and 17 months.
Dr. Halidou Tinto, who led the trial, said the results were "a major step" towards the World Health Organization's goal of a vaccine with at least 75% efficacy.
Malaria killed an estimated 627,000 people in 2020, most of them young children in Africa, according to the WHO.
Larger trials involving nearly 4,800 children in four countries are already under way, Tinto said.
Is this the breakthrough the world has waited for?`;

describe("a science story", () => {
  const extracted = extract(STORY);
  const { claims } = extracted;

  it("attributes a finding to the researchers who reported it", () => {
    const finding = claimWith(claims, "77%");
    expect(finding.attribution).toMatchObject({ source: "researchers", cue: "reported" });
    expect(finding.quantities).toMatchObject([{ value: 77, unit: "percent" }]);
  });

  it("reads an age range in months as months", () => {
    expect(claimWith(claims, "450 children").quantities).toMatchObject([
      { value: 450, counted: "children" },
      { qualifier: "range", low: 5, high: 17, counted: "months", unit: "age" },
    ]);
  });

  it("finds 'Dr. X, who led the trial, said' and names him without the title", () => {
    const step = claimWith(claims, "a major step");
    expect(step.text.startsWith("The results were")).toBe(true);
    expect(step.attribution).toMatchObject({ source: "Dr. Halidou Tinto", entity: "Halidou Tinto", cue: "said" });
    expect(step.quantities).toMatchObject([{ value: 75, qualifier: "at-least", unit: "percent" }]);
  });

  it("expands an acronym to the organisation named earlier and keeps the year out of the figures", () => {
    const deaths = claimWith(claims, "627,000");
    expect(deaths.attribution).toMatchObject({ source: "the WHO", entity: "World Health Organization" });
    expect(deaths.quantities).toMatchObject([{ value: 627_000, qualifier: "approximately", counted: "people" }]);
  });

  it("resolves a surname after the content", () => {
    const trials = claimWith(claims, "4,800");
    expect(trials.attribution).toMatchObject({ source: "Tinto", entity: "Halidou Tinto", mode: "reported" });
    expect(trials.quantities.map((q) => [q.value, q.qualifier, q.counted])).toEqual([
      [4800, "approximately", "children"],
      [4, "exact", "countries"],
    ]);
  });

  it("ranks a question last", () => {
    const question = claimWith(claims, "breakthrough");
    expect(question.checkworthiness).toBeLessThan(0.2);
    expect(question.kind).toBe("other");
  });

  it("anchors every claim and figure", () => expectAnchored(extracted));
});
