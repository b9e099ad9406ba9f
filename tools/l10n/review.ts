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
import type {Unit} from './xliff.js';

/** The target states only a reviewer's action sets. */
export const reviewedStates: ReadonlySet<string> = new Set(['signed-off', 'final']);

/** The unit carries a reviewer's mark: state="signed-off" or "final" on its target, and approved="yes". */
export const isReviewed = (unit: Unit): boolean =>
  unit.target !== undefined && unit.approved && reviewedStates.has(unit.state ?? '');

/** How far a language is reviewed: every text, some, or none. */
export type ReviewState = 'reviewed' | 'partly reviewed' | 'not reviewed';

export function reviewState({reviewed, texts}: {reviewed: number; texts: number}): ReviewState {
  if (texts > 0 && reviewed === texts) return 'reviewed';
  return reviewed > 0 ? 'partly reviewed' : 'not reviewed';
}

/**
 * The date of a language's last review by a medical translator, as YYYY-MM-DD: from the
 * sign-off record in content (issue 16) once it exists. Until then, undefined: XLIFF 1.2 gives
 * a review no date, and a date is never guessed (not the file's date in git, not today's).
 */
export function lastReviewDate(locale: string): string | undefined {
  void locale;
  return undefined;
}
