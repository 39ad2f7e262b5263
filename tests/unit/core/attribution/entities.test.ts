import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EntityIndex,
  lastWordOf,
  lowerCaseTitlesBefore,
  roleOf,
  standsMidSentence,
  withoutArticle,
} from "../../../../src/core/attribution/entities.ts";
import { ROLE_ALIASES, TITLE_WORDS } from "../../../../src/core/attribution/cues.ts";

function resolve(text: string, source: string, occurrence = -1): string | undefined {
  const at = occurrence === -1 ? text.lastIndexOf(source) : occurrence;
  return new EntityIndex(text).resolve(source, at);
}

describe("resolving a speaker to the fullest mention", () => {
  it("resolves 'the ministry' to the ministry named earlier", () => {
    const text = "The Finance Ministry announced new taxes. Revenue will rise by 2%, the ministry said.";
    expect(resolve(text, "the ministry")).toBe("Finance Ministry");
  });

  it("resolves 'he' to the last person named before it", () => {
    const text = "Prime Minister Anna Berg met union leaders on Monday. Later he said talks would continue.";
    // "he" after a female PM is still resolved to the nearest person: grammar gender is not inferred.
    expect(resolve(text, "he")).toBe("Anna Berg");
  });

  it("resolves a surname to the full name given earlier", () => {
    const text = "Foreign Minister Sergio Alvarez flew to Rome. Alvarez said the visit went well.";
    expect(resolve(text, "Alvarez")).toBe("Sergio Alvarez");
  });

  it("resolves a phrase the same whichever of its occurrences is asked first", () => {
    // "the chief executive" twice with no mention between: the first stands too far before the
    // name to reach it, the second close enough. A cached answer must not carry from one to the other.
    const filler = "the board met again and nothing was decided about the plan. ".repeat(12);
    const text = `It will cut jobs, the chief executive said. ${filler}It will cut pay, the chief executive said. Lumen CEO Omar Haddad then left.`;
    const far = text.indexOf("the chief executive");
    const near = text.lastIndexOf("the chief executive");
    const index = new EntityIndex(text);
    expect(index.resolve("the chief executive", far)).toBeUndefined();
    expect(index.resolve("the chief executive", near)).toBe("Omar Haddad");
    const reversed = new EntityIndex(text);
    expect(reversed.resolve("the chief executive", near)).toBe("Omar Haddad");
    expect(reversed.resolve("the chief executive", far)).toBeUndefined();
  });

  it("answers from its cache what a fresh index would answer, in any order of asking", () => {
    const word = fc.constantFrom("The", "Minister", "Ana", "Lee", "said", "Interior", "Ministry", "Haddad's", "CEO", "chief", "executive", "he", "Omar", "Haddad", "Lumen", "company", "WHO", "World", "Health", "Organization", "x".repeat(300));
    const space = fc.constantFrom(" ", "  ", "\t", ". ", ", ");
    const text = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 30 }).map((parts) => parts.flat().join(""));
    const phrases = ["he", "the chief executive", "the ministry", "the company", "WHO", "Haddad", "the Lumen chief executive", "dad"];
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (article, seed) => {
        const asks = phrases.flatMap((phrase) => Array.from({ length: article.length }, (_, at) => [phrase, at] as const));
        const order = fc.sample(fc.shuffledSubarray(asks, { minLength: asks.length }), { numRuns: 1, seed })[0]!;
        const index = new EntityIndex(article);
        for (const [phrase, at] of order) expect(index.resolve(phrase, at)).toBe(new EntityIndex(article).resolve(phrase, at));
      }),
      { numRuns: 40 },
    );
  });

  it("resolves a phrase that starts inside a name apart from the same phrase after it", () => {
    const text = "Omar Haddad, dad of two, spoke.";
    const inside = text.indexOf("dad");
    const after = text.indexOf("dad", inside + 1);
    const index = new EntityIndex(text);
    expect(index.resolve("dad", inside)).toBe("Omar Haddad");
    expect(index.resolve("dad", after)).toBeUndefined();
    const reversed = new EntityIndex(text);
    expect(reversed.resolve("dad", after)).toBeUndefined();
    expect(reversed.resolve("dad", inside)).toBe("Omar Haddad");
  });

  it("resolves a role to the person the article gave that role, even one sentence later", () => {
    const text =
      "Tax inspectors searched the offices of Lumen in a move the company's chief executive called harassment. Lumen CEO Omar Haddad said the firm had paid every tax.";
    expect(resolve(text, "the company's chief executive")).toBe("Omar Haddad");
  });

  it("leaves plural groups unresolved", () => {
    const text = "Officials from the Treasury spoke. Analysts say the plan will fail.";
    expect(resolve(text, "Analysts")).toBeUndefined();
  });

  it("strips titles from a named speaker", () => {
    const text = "Health Secretary Maya Singh said 300 new clinics would open.";
    expect(resolve(text, "Health Secretary Maya Singh", 0)).toBe("Maya Singh");
  });

  it("does not take a place after a preposition for a person", () => {
    const text = "Protesters marched in Lisbon. Then he spoke. Mayor Rui Costa had left.";
    const index = new EntityIndex(text);
    expect(index.mentions.find((mention) => mention.name === "Lisbon")?.kind).toBe("other");
  });
});

describe("reading names and resolving them", () => {
  it("reads a repeated run of capitalised words as the same name each time", () => {
    const text = "Interior Ministry officials met. The Interior Ministry said talks went well, the ministry said.";
    const index = new EntityIndex(text);
    const ministries = index.mentions.filter((mention) => mention.name === "Interior Ministry");
    expect(ministries.map((mention) => mention.span.start)).toEqual([0, text.indexOf("Interior Ministry", 5)]);
    expect(resolve(text, "the ministry")).toBe("Interior Ministry");
  });

  it("keeps the words of a name apart by tabs or several spaces as single-spaced", () => {
    const text = "Talks with Jana\tNovak ended, said Omar  Haddad. Novak agreed.";
    const mentions = new EntityIndex(text).mentions.map((mention) => [mention.name, mention.span.start]);
    expect(mentions).toEqual([["Talks", 0], ["Jana Novak", 11], ["Omar Haddad", 34], ["Novak", 48]]);
  });

  it("spans a name as written, however its words are spaced", () => {
    const text = "The  Interior Ministry said so. Foreign\tMinister  Sergei \tLavrov's aides agreed, and Mr Lavrov  of  Moscow\tUniversity left.";
    const written = new EntityIndex(text).mentions.map((mention) => text.slice(mention.span.start, mention.span.end));
    expect(written).toEqual(["Interior Ministry", "Sergei \tLavrov", "Lavrov  of  Moscow\tUniversity"]);
  });

  it("spans every name over its own words, with any spacing", () => {
    const word = fc.constantFrom("The", "Minister", "Ana", "Lee", "of", "said", "Interior", "Ministry", "Kyiv's", "Park'", "in", "Monday", "CEO", "van");
    const space = fc.constantFrom(" ", "  ", "\t", " \t", ". ");
    const text = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 12 }).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(text, (article) => {
        for (const mention of new EntityIndex(article).mentions) {
          expect(article.slice(mention.span.start, mention.span.end).replace(/[ \t]+/g, " ")).toBe(mention.name);
        }
      }),
    );
  });

  it("finds a role written before a name in any case or with punctuation", () => {
    const text = "The firm's (SPOKESWOMAN) Rita Vale met staff. Later the spokeswoman said pay would rise.";
    expect(resolve(text, "the spokeswoman")).toBe("Rita Vale");
  });

  it("takes the role whose alias ends the phrase among roles sharing a last word, and the first listed on a tie", () => {
    expect(roleOf("the bank's chief financial officer")).toContain(" cfo ");
    expect(roleOf("its chief executive officer")).toContain(" ceo ");
    expect(roleOf("the officer")).toBeUndefined();
    expect(roleOf("vice-president")).toContain(" president ");
    expect(roleOf("copresident")).toBeUndefined();
  });
});

describe("hand-written word tests agree with the regexes they replaced", () => {
  const unit = fc.constantFrom(
    "the", "The", "a", "An", " ", "  ", "\t", "\u00a0", ",", ".", "(", "'s", "-", "K", "\u212a", "\u0130", "é",
    "ceo", "CEO", "chief", "Executive", "officer", "minister", "Prime", "spokes", "woman", "mr.", "Dr", "president", "x1",
  );
  const phrase = fc.array(unit, { maxLength: 12 }).map((units) => units.join(""));

  it("reads the titles before a name as lower-casing and stripping each word did", () => {
    function oracle(text: string, start: number): string[] {
      const words = text.slice(Math.max(0, start - 40), start).split(/\s+/).filter((word) => word !== "").slice(-3);
      return words.map((word) => word.toLowerCase().replace(/[^a-z-]/g, "")).filter((word) => TITLE_WORDS.has(word));
    }
    fc.assert(
      fc.property(phrase, fc.nat(60), (text, at) => {
        const start = Math.min(at, text.length);
        expect(lowerCaseTitlesBefore(text, start), JSON.stringify([text, start])).toEqual(oracle(text, start));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the role a phrase ends in as trying every alias did", () => {
    const padded = ROLE_ALIASES.map((aliases) => aliases.map((alias) => ` ${alias} `));
    const oracle = (lower: string) =>
      padded[ROLE_ALIASES.findIndex((aliases) => aliases.some((alias) => lower.endsWith(alias) && (lower.length === alias.length || !/\w/.test(lower[lower.length - alias.length - 1]!))))];
    fc.assert(
      fc.property(phrase, (text) => {
        const lower = text.toLowerCase();
        expect(roleOf(lower), JSON.stringify(lower)).toEqual(oracle(lower));
      }),
      { numRuns: 3000 },
    );
  });

  it("drops an article and finds the last word as the regexes did", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        expect(withoutArticle(text)).toBe(text.replace(/^(?:the|a|an)\s+/i, ""));
        expect(lastWordOf(text)).toBe(text.split(/\s+/).at(-1) ?? "");
      }),
      { numRuns: 3000 },
    );
  });
});

describe("standsMidSentence", () => {
  /** The reading it replaced: every capitalised word after "x ", ", " or "; ", counted in one scan. */
  function countedMidSentence(text: string): Map<string, number> {
    const pattern = /[\p{Ll},;] (\p{Lu}[\p{L}\p{M}'’-]*)/gu;
    const counts = new Map<string, number>();
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const word = match[1]!.replace(/['’]s?$/, "");
      counts.set(word, (counts.get(word) ?? 0) + 1);
      const end = match.index + match[0].length;
      pattern.lastIndex = end - (end >= 2 && text.charCodeAt(end - 1) >= 0xdc00 && text.charCodeAt(end - 1) <= 0xdfff ? 2 : 1);
    }
    return counts;
  }

  it("finds a name after a lower-case word, a comma or a semicolon, and only there", () => {
    expect(standsMidSentence("Talks with Belavia, said Ivanov.", "Belavia")).toBe(true);
    expect(standsMidSentence("Belavia cut flights. Talks stalled.", "Belavia")).toBe(false);
    expect(standsMidSentence("Talks stalled; Belavia's fleet waits.", "Belavia")).toBe(true);
    expect(standsMidSentence("Talks with Belaviacorp stalled.", "Belavia")).toBe(false);
    expect(standsMidSentence("Talks with  Belavia stalled.", "Belavia")).toBe(false);
    expect(standsMidSentence("Talks: Belavia stalled.", "Belavia")).toBe(false);
  });

  it("agrees with counting every capitalised word mid-sentence", () => {
    const unit = fc.constantFrom("a", "o", "s", "B", "Bo", "É", " ", " ", ",", ";", ".", "'", "’", "-", "\u0301", "𝐚", "𝐀");
    const text = fc.string({ unit, maxLength: 40 });
    fc.assert(
      fc.property(text, fc.string({ unit, minLength: 1, maxLength: 4 }), (article, other) => {
        const counts = countedMidSentence(article);
        for (const word of [...counts.keys(), other]) {
          expect(standsMidSentence(article, word), JSON.stringify([article, word])).toBe((counts.get(word) ?? 0) > 0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
