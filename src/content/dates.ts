/**
 * The dates line under every element (fact M1, and when the facts were checked): its text has
 * a placeholder per date, e.g. {factsCurrentAsOf}, each filled with the date as the language
 * writes it.
 * The dates are fixed, so the build writes them out for each language: no date is formatted
 * while a page loads.
 */
import type {Dates} from './model.js';
import {parsePlaceholders} from './markup.js';

export const datePlaceholders = ['factsCurrentAsOf', 'lastEdited', 'reviewed', 'reviewDue'] as const;

export type DatePart = string | {iso: string; shown: string};

const isDatePlaceholder = (name: string): name is keyof Dates => (datePlaceholders as readonly string[]).includes(name);

/**
 * The dates line as text and dates. A placeholder that is not a date (a translation may carry
 * a mistyped one) stays as written, so a bad translation shows oddly but never throws.
 */
export function dateParts(text: string, iso: Dates, shown: Dates): DatePart[] {
  return parsePlaceholders(text).map((part) => {
    if (typeof part === 'string') return part;
    const name = part.placeholder;
    return isDatePlaceholder(name) ? {iso: iso[name], shown: shown[name]} : `{${name}}`;
  });
}
