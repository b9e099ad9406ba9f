/**
 * Console warnings for page authors. A page may hand an element anything, of any size, so a
 * value is quoted short and by type, never in full.
 */

/** Longest part of a value a warning quotes. */
const quoteLength = 80;

/** A value a page gave us, in a form short and safe enough to put in a warning. */
export function quoted(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > quoteLength ? `${value.slice(0, quoteLength)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : `a value of type ${typeof value}`;
}

export function warn(element: Element, message: string): void {
  console.warn(`<${element.localName}>: ${message}`);
}
