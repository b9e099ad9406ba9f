/**
 * A hospital's own review of the text, shown beside ours without a build: the page names its
 * reviewer and the day, `<risk-list reviewed-by="Patient Education Committee, St Mary's"
 * reviewed-on="2026-12-01">`. The words are the page's, shown as text; the date is checked and
 * written as the element's language writes dates.
 */
import type {ShownDate} from './content/model.js';

/** The longest reviewer a page can name: a committee and a hospital, with room to spare. */
export const maxReviewerLength = 200;

export interface LocalReview {
  reviewer: string;
  /** YYYY-MM-DD. */
  day: string;
}

/** A real calendar day written YYYY-MM-DD, or undefined. */
function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}

/**
 * The review a page names, or why none can be shown: `problem` says, in an editor's words, what
 * to fix (nothing to say when the page names no review at all).
 */
export function checkLocalReview(reviewedBy: unknown, reviewedOn: unknown): {review?: LocalReview; problem?: string} {
  const reviewer = typeof reviewedBy === 'string' ? reviewedBy.slice(0, maxReviewerLength).trim() : '';
  const day = isoDay(reviewedOn);
  const given = reviewer !== '' || (typeof reviewedOn === 'string' && reviewedOn.trim() !== '');
  if (!given) return {};
  if (!reviewer) return {problem: 'reviewed-on needs reviewed-by, who reviewed the text; showing no local review.'};
  if (!day)
    return {problem: 'reviewed-on must be a date written YYYY-MM-DD, e.g. 2026-12-01; showing no local review.'};
  return {review: {reviewer, day}};
}

/** A day as a language writes it. */
export function shownDay(day: string, lang: string): ShownDate {
  const format = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'});
  return {iso: day, shown: format.format(new Date(`${day}T00:00:00Z`))};
}
