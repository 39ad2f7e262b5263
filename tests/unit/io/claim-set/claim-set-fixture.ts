/**
 * A valid claim set made the way the command line makes one — extractClaimSet over two
 * invented articles — and JSON helpers for breaking it one field at a time.
 */
import type { ClaimSet } from "../../../../claim-schemas/claim-set.ts";
import { extractClaimSet } from "../../../../src/core/extract/extract-claim-set.ts";

const HARBOUR_STORY = `date 2024-03-05
Storm floods harbour town

More than 120 people were moved from their homes in Port Ellis on Monday after the sea wall failed, the county council said.
"We have never seen water this high," said harbour master Ines Okafor, 58.
Repairs will cost about $4.5 million, according to the regional transport office.`;

const SCHOOL_STORY = `date 2024-03-06
Teachers strike over pay

About 3,000 teachers walked out across Linden County on Tuesday, the union said.
The strike closed 41 schools, district officials said. Talks resume on Friday.`;

export function validClaimSet(): ClaimSet {
  return extractClaimSet(
    [
      { raw: HARBOUR_STORY, fileName: "harbour.txt" },
      { raw: SCHOOL_STORY, fileName: "schools.txt" },
    ],
    { exportedAt: "2024-03-07T09:00:00.000Z" },
  );
}

/** The claim set as plain JSON data, free to break. */
export function validJson(): Record<string, unknown> & { articles: Record<string, unknown>[]; claims: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(validClaimSet())) as ReturnType<typeof validJson>;
}
