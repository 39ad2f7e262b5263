/**
 * The rules of a claim set that the schema cannot state field by field: ids are unique,
 * every reference names something in the same file, every span lies inside its article's
 * text, and every quote is the text its span points at. Runs on a set the schema accepted.
 */
import type { Article, ClaimSet, Span } from "../../../claim-schemas/claim-set.ts";
import { type ClaimSetProblem, showId } from "./claim-set-problem.ts";

export function checkClaimSetIntegrity(claimSet: ClaimSet): ClaimSetProblem[] {
  const problems: ClaimSetProblem[] = [];
  const articles = new Map<string, { article: Article; index: number }>();

  claimSet.articles.forEach((article, index) => {
    const path = `articles[${index}]`;
    const first = articles.get(article.id);
    if (first !== undefined) {
      problems.push({ path: `${path}.id`, message: `${showId(article.id)} is also the id of articles[${first.index}]` });
    } else {
      articles.set(article.id, { article, index });
    }
    const length = article.text.length;
    const outside = (span: Span) => `${describeSpan(span)} is outside the article text (${length} characters)`;
    article.sentences.forEach((span, sentence) => {
      if (!isInside(span, length)) problems.push({ path: `${path}.sentences[${sentence}]`, message: outside(span) });
    });
    article.boilerplate?.forEach((span, part) => {
      if (!isInside(span, length)) problems.push({ path: `${path}.boilerplate[${part}]`, message: outside(span) });
    });
  });

  const claimIndex = new Map<string, number>();
  claimSet.claims.forEach((claim, index) => {
    const path = `claims[${index}]`;
    const first = claimIndex.get(claim.id);
    if (first !== undefined) {
      problems.push({ path: `${path}.id`, message: `${showId(claim.id)} is also the id of claims[${first}]` });
    } else {
      claimIndex.set(claim.id, index);
    }

    const reviewers = new Map<string | undefined, number>();
    claim.reviews?.forEach((review, reviewIndex) => {
      const earlier = reviewers.get(review.reviewer);
      if (earlier === undefined) {
        reviewers.set(review.reviewer, reviewIndex);
      } else if (review.reviewer === undefined) {
        problems.push({
          path: `${path}.reviews[${reviewIndex}]`,
          message: `a second review with no reviewer named (the first is reviews[${earlier}]); keep one review per reviewer`,
        });
      } else {
        problems.push({
          path: `${path}.reviews[${reviewIndex}].reviewer`,
          message: `a second review by ${showId(review.reviewer)} (the first is reviews[${earlier}]); keep one review per reviewer`,
        });
      }
    });

    const article = articles.get(claim.articleId)?.article;
    if (article === undefined) {
      problems.push({ path: `${path}.articleId`, message: `no article ${showId(claim.articleId)} in this file` });
      return;
    }
    const length = article.text.length;
    const check = (span: Span | undefined, where: string) => {
      if (span !== undefined && !isInside(span, length)) {
        problems.push({
          path: `${path}.${where}`,
          message: `${describeSpan(span)} is outside the text of article ${showId(article.id)} (${length} characters)`,
        });
        return false;
      }
      return true;
    };
    if (check(claim.span, "span") && article.text.slice(claim.span.start, claim.span.end) !== claim.quote.exact) {
      problems.push({ path: `${path}.quote.exact`, message: `does not match the article text at ${describeSpan(claim.span)}` });
    }
    claim.occurrences.forEach((span, occurrence) => check(span, `occurrences[${occurrence}]`));
    claim.quantities.forEach((quantity, quantityIndex) => check(quantity.span, `quantities[${quantityIndex}].span`));
    check(claim.attribution?.sourceSpan, "attribution.sourceSpan");
  });

  const groupIds = new Map<string, number>();
  claimSet.groups?.forEach((group, index) => {
    const path = `groups[${index}]`;
    const first = groupIds.get(group.id);
    if (first !== undefined) {
      problems.push({ path: `${path}.id`, message: `${showId(group.id)} is also the id of groups[${first}]` });
    } else {
      groupIds.set(group.id, index);
    }
    group.claimIds.forEach((claimId, member) => {
      if (!claimIndex.has(claimId)) {
        problems.push({ path: `${path}.claimIds[${member}]`, message: `no claim ${showId(claimId)} in this file` });
      }
    });
  });

  return problems;
}

function isInside(span: Span, length: number): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** "10–25": the range as a person reads it (end exclusive, as everywhere in the contract). */
function describeSpan(span: Span): string {
  return `${span.start}–${span.end}`;
}
