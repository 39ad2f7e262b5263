/**
 * The claim-set contract as zod schemas: the one definition of every record that crosses a
 * boundary (command-line output, exports, imports, worker messages, stored rows).
 * Field names are fixed by DESIGN.md so that other tools can read them; new fields must be
 * optional. Objects are "loose": fields this version does not know pass through untouched,
 * so a file written by a newer claimbench still loads.
 *
 * The JSON Schema files in claim-schemas/json/ are generated from here (`npm run schemas`);
 * a test fails when they are stale.
 */
import { z } from "zod";
import {
  ATTRIBUTION_MODES,
  CLAIM_KINDS,
  CLAIM_SET_FORMAT,
  CLAIM_SET_VERSION,
  QUALIFIERS,
  REPORTING,
  STATUSES,
  VERDICTS,
} from "./vocabulary.ts";

const offset = z.int().nonnegative();

export const IsoDate = z.iso.date().meta({ description: "A calendar day, YYYY-MM-DD." });

export const Span = z
  .looseObject({
    start: offset.meta({ description: "Offset of the first UTF-16 code unit in Article.text." }),
    end: offset.meta({ description: "Offset just past the last code unit (exclusive)." }),
  })
  .refine((span) => span.end >= span.start, { message: "span end is before its start" })
  .meta({ id: "Span", description: "A range of Article.text; end is exclusive." });
export type Span = z.infer<typeof Span>;

export const Article = z
  .looseObject({
    id: z.string().min(1),
    title: z.string().optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    date: IsoDate.optional(),
    fileName: z.string().optional(),
    text: z.string(),
    sentences: z.array(Span).meta({ description: "Sentence boundaries in text." }),
    boilerplate: z
      .array(Span)
      .optional()
      .meta({ description: "Parts of text that are not claims: photo credits, bylines, 'contributed to this report'." }),
  })
  .meta({ id: "Article" });
export type Article = z.infer<typeof Article>;

export const Quantity = z
  .looseObject({
    raw: z.string().meta({ description: "The figure as written, with its qualifier: 'more than 120'." }),
    span: Span,
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    qualifier: z.enum(QUALIFIERS),
    counted: z.string().optional().meta({ description: "What is counted: 'people', 'students'." }),
    unit: z.string().optional().meta({ description: "percent, age, years, days, or an ISO 4217 currency code." }),
    ordinal: z.boolean().optional(),
  })
  .meta({ id: "Quantity" });
export type Quantity = z.infer<typeof Quantity>;

export const Attribution = z
  .looseObject({
    source: z.string().min(1).meta({ description: "The speaker as written: 'the ministry'." }),
    entity: z.string().optional().meta({ description: "The speaker resolved to its fullest mention: 'Interior Ministry'." }),
    sourceSpan: Span.optional(),
    cue: z.string().optional().meta({ description: "The reporting verb or phrase: 'said', 'according to'." }),
    mode: z.enum(ATTRIBUTION_MODES),
    framing: z.string().optional().meta({ description: "The article's own framing: 'unsubstantiated claim'." }),
  })
  .meta({ id: "Attribution" });
export type Attribution = z.infer<typeof Attribution>;

export const Evidence = z
  .looseObject({ url: z.string().optional(), note: z.string() })
  .meta({ id: "Evidence" });
export type Evidence = z.infer<typeof Evidence>;

export const Review = z
  .looseObject({
    status: z.enum(STATUSES),
    reporting: z.enum(REPORTING),
    note: z.string().optional(),
    evidence: z.array(Evidence),
    reviewer: z.string().optional(),
    reviewedAt: z.iso.datetime({ offset: true }).optional(),
    speaker: z
      .string()
      .optional()
      .meta({ description: "The speaker entity this reviewer settled on, kept so reviewers' speakers can be compared." }),
  })
  .meta({ id: "Review" });
export type Review = z.infer<typeof Review>;

export const Claim = z
  .looseObject({
    id: z.string().min(1),
    articleId: z.string().min(1),
    text: z.string().min(1).meta({ description: "The claim as a statement that reads on its own." }),
    span: Span,
    quote: z
      .looseObject({ exact: z.string(), prefix: z.string(), suffix: z.string() })
      .meta({ description: "W3C TextQuoteSelector-style anchor, to re-find the span if the text shifts." }),
    kind: z.enum(CLAIM_KINDS),
    checkworthiness: z.number().min(0).max(1),
    quantities: z.array(Quantity),
    attribution: Attribution.nullable().meta({ description: "null: the article asserts it in its own voice." }),
    date: IsoDate.optional().meta({ description: "The day the claim is about, resolved against the article's date." }),
    occurrences: z.array(Span).min(1).meta({ description: "Every place the claim appears; the first is span." }),
    review: Review,
    reviews: z.array(Review).optional().meta({
      description:
        "Every reviewer's own verdict on this claim, one per reviewer, kept when colleagues' work is merged; review is the one the workspace adopted.",
    }),
  })
  .meta({ id: "Claim" });
export type Claim = z.infer<typeof Claim>;

export const ComparisonGroup = z
  .looseObject({
    id: z.string().min(1),
    about: z.string(),
    claimIds: z.array(z.string()),
    verdict: z.enum(VERDICTS),
    confirmed: z.boolean(),
  })
  .meta({ id: "ComparisonGroup" });
export type ComparisonGroup = z.infer<typeof ComparisonGroup>;

export const ClaimSet = z
  .looseObject({
    format: z.literal(CLAIM_SET_FORMAT),
    version: z.literal(CLAIM_SET_VERSION),
    generator: z.string(),
    exportedAt: z.iso.datetime({ offset: true }),
    articles: z.array(Article),
    claims: z.array(Claim),
    groups: z.array(ComparisonGroup).optional(),
  })
  .meta({ id: "ClaimSet", title: "claimbench claim set" });
export type ClaimSet = z.infer<typeof ClaimSet>;

/** Every schema that gets a JSON Schema file of its own, by file stem. */
export const PUBLISHED_SCHEMAS = {
  "claim-set": ClaimSet,
  article: Article,
  claim: Claim,
  quantity: Quantity,
  attribution: Attribution,
  review: Review,
  "comparison-group": ComparisonGroup,
} as const;
