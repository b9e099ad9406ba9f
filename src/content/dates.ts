/**
 * The small print's placeholders: a message such as "current as of {factsCurrentAsOf}" has one
 * per date (or, for a hospital's own review, one for its reviewer), each filled when it renders.
 * Our dates are fixed, so the build writes them out for each language: no date is formatted
 * while a page loads (a hospital's own review date is the one exception: see local-review.ts).
 */
import type {ShownDate} from './model.js';
import {parsePlaceholders} from './markup.js';

/** Every placeholder the small print may use, and so every one a translation may keep. */
export const smallPrintPlaceholders = [
  'factsCurrentAsOf',
  'lastEdited',
  'reviewed',
  'translationReviewed',
  'reviewer',
  'localReviewed',
] as const;

export type Placeholder = (typeof smallPrintPlaceholders)[number];

/**
 * A filled placeholder: a date (shown in a <time>), or a page's own words (a reviewer's name),
 * shown apart from the sentence's direction, as a date is: "J. Smith, M.D." keeps its order in a
 * right-to-left line.
 */
export type Filling = string | ShownDate | {words: string};

/**
 * The text with each placeholder filled. A placeholder with no filling (a translation may carry
 * a mistyped one) stays as written, so a bad translation shows oddly but never throws.
 */
export function fillPlaceholders(text: string, fill: (name: string) => Filling | undefined): Filling[] {
  return parsePlaceholders(text).map((part) => {
    if (typeof part === 'string') return part;
    return fill(part.placeholder) ?? `{${part.placeholder}}`;
  });
}
