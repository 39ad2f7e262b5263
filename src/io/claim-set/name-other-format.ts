/**
 * Names the JSON files people mistake for a claim set, so that "another format" can say
 * which: a claimbench backup, a W3C Web Annotation collection, a schema.org ClaimReview.
 * Cheap look-ups of a few top-level fields; anything else is "another format" unnamed.
 */

export const BACKUP_FORMAT = "claimbench.backup";

const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const ANNOTATION_COLLECTION_TYPES = new Set(["AnnotationCollection", "AnnotationPage"]);

/** "a claimbench backup", ..., or undefined when the object is none of the known look-alikes. */
export function nameOtherFormat(value: Readonly<Record<string, unknown>>): string | undefined {
  if (value.format === BACKUP_FORMAT) return "a claimbench backup";
  const types = asList(value.type);
  if (types.some((type) => ANNOTATION_COLLECTION_TYPES.has(type))) return "a W3C Web Annotation collection";
  if (types.includes("Annotation")) return "a W3C Web Annotation";
  if (asList(value["@context"]).includes(ANNOTATION_CONTEXT)) return "W3C Web Annotation data";
  if (isClaimReview(value)) return "a schema.org ClaimReview";
  const graph = value["@graph"];
  if (Array.isArray(graph) && graph.some((node) => isRecord(node) && isClaimReview(node))) {
    return "schema.org data with a ClaimReview";
  }
  return undefined;
}

function isClaimReview(value: Readonly<Record<string, unknown>>): boolean {
  return asList(value["@type"]).some((type) => type === "ClaimReview" || type.endsWith("/ClaimReview"));
}

/** JSON-LD lets a type or context be one string or a list of them. */
function asList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
