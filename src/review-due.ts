/**
 * The medical facts have a date by which they are to be checked again (content/guide.yaml,
 * `reviewDue`: editorial, never shown to readers; the build warns too). Past it, the page's
 * editor is told once, in the console; readers see nothing different.
 */
import {structure} from './translations.js';

let told = false;

export function warnIfReviewOverdue(): void {
  if (told) return;
  told = true;
  const due = structure.reviewDue;
  if (Date.now() > Date.parse(`${due}T23:59:59Z`)) {
    console.warn(
      `bone-marrow-guide: its medical facts were due to be checked again by ${due}. ` +
        'Ask for an updated version of bone-marrow-guide.',
    );
  }
}
