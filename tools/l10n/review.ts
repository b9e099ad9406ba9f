// What "reviewed" means, in one place: the build, `npm run l10n:status`, dist/languages.json,
// the docs' language table and the review page all ask isReviewed(), and nothing else decides it.
//
// Decided from what the tools write into XLIFF 1.2 (TRANSLATING.md, "Reviewed: the reviewer's
// mark", gives the table):
// - translate-toolkit (3.8, the engine under Pootle and Weblate) writes approved="yes" and
//   <target state="translated"> whenever a target is set or a unit is saved as not fuzzy: a
//   translator's save, with no reviewer involved. Pootle syncs its files through the same calls.
//   So approved="yes" alone says nothing about a review.
// - Weblate (weblate/formats/ttkit.py, XliffUnit.set_state), with reviews turned on, writes
//   approved="yes" and <target state="final"> when a reviewer approves a string, and
//   state="translated", never approved="yes", when anyone else saves.
// - XLIFF 1.2 defines state="signed-off" as "changes are reviewed and approved" and "final" as
//   the terminating state; translate-toolkit's own state model (get_state_n) ranks them above
//   "translated" only together with approved="yes", and writes both for its signed-off state.
// So a unit is reviewed when its target's state is signed-off or final AND the unit says
// approved="yes": what a reviewer's action writes, and never a translator's save. The counts add
// that the text is shown (not broken) and up to date (not stale): see translations.ts.
import type {Message} from '../content/catalogue.js';
import type {SignOff} from '../content/model.js';
import {signOffState, translationSignedText} from '../content/sign-off.js';
import type {Unit} from './xliff.js';

/** The target states only a reviewer's action sets. */
export const reviewedStates: ReadonlySet<string> = new Set(['signed-off', 'final']);

/** The unit carries a reviewer's mark: state="signed-off" or "final" on its target, and approved="yes". */
export const isReviewed = (unit: Unit): boolean =>
  unit.target !== undefined && unit.approved && reviewedStates.has(unit.state ?? '');

/**
 * How far a language is reviewed. `reviewed` needs both: every text carries the reviewer's mark,
 * and a medical translator's sign-off (content/sign-offs.yaml) approved exactly these texts.
 */
export type ReviewState = 'reviewed' | 'every text marked, not signed off' | 'partly reviewed' | 'not reviewed';

export function reviewState({reviewed, texts}: {reviewed: number; texts: number}, lastReview?: string): ReviewState {
  if (texts > 0 && reviewed === texts) return lastReview ? 'reviewed' : 'every text marked, not signed off';
  return reviewed > 0 ? 'partly reviewed' : 'not reviewed';
}

/**
 * The day a medical translator approved the language's texts exactly as they are (YYYY-MM-DD):
 * a sign-off in content/sign-offs.yaml whose fingerprint matches what the build ships
 * (tools/content/sign-off.ts), with every text carrying the reviewer's mark. Otherwise
 * undefined: XLIFF gives a review no date, and a date is never guessed (not the file's date in
 * git, not today's). The page shows the same day, and only then (tools/build-content.ts).
 */
export function lastReviewDate(
  locale: string,
  messages: readonly Message[],
  strings: readonly (string | null)[],
  counts: {reviewed: number; texts: number},
  signOffs: readonly SignOff[],
): string | undefined {
  if (!counts.texts || counts.reviewed !== counts.texts) return undefined;
  return signOffState(signOffs, locale, translationSignedText(messages, strings)).approved?.date;
}
