/**
 * The dates line under every element (fact M1): its text has the placeholders
 * {factsCurrentAsOf} and {lastEdited}, each filled with a date written for the language shown.
 * The renderer and the readability count fill it the same way, here.
 */
import type {Dates} from './model.js';
import {parsePlaceholders} from './markup.js';

export const datePlaceholders = ['factsCurrentAsOf', 'lastEdited'] as const;

export type DatePart = string | {iso: string; shown: string};

const isDatePlaceholder = (name: string): name is (typeof datePlaceholders)[number] =>
  (datePlaceholders as readonly string[]).includes(name);

// Building a date format is costly next to a render, and a term toggle re-renders: keep one per language.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: string): Intl.DateTimeFormat {
  let known = formats.get(lang);
  if (!known) formats.set(lang, (known = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'})));
  return known;
}

/**
 * The dates line as text and dates. A placeholder that is not a date (a translation may carry
 * a mistyped one) stays as written, so a bad translation shows oddly but never throws.
 */
export function dateParts(dates: Dates, text: string, lang: string): DatePart[] {
  return parsePlaceholders(text).map((part) => {
    if (typeof part === 'string') return part;
    if (!isDatePlaceholder(part.placeholder)) return `{${part.placeholder}}`;
    const iso = dates[part.placeholder];
    return {iso, shown: format(lang).format(new Date(`${iso}T00:00:00Z`))};
  });
}
