/**
 * The medical facts have a date by which they are to be checked again (content/guide.yaml,
 * `reviewDue`). Past it, the page's editor is told once, in the console; readers see the dates
 * line as always, and nothing else changes.
 */
import {structure} from './translations.js';

let told = false;

export function warnIfReviewOverdue(): void {
  if (told) return;
  told = true;
  const due = structure.isoDates.reviewDue;
  if (Date.now() > Date.parse(`${due}T23:59:59Z`)) {
    console.warn(
      `bone-marrow-guide: its medical facts were due to be checked again by ${due}. ` +
        'Ask for an updated version of bone-marrow-guide.',
    );
  }
}
