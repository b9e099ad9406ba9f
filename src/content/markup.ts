/**
 * The three small markups that content text may use:
 * - glossary terms, `[[term-id]]` or `[[term-id|shown words]]`;
 * - emphasis, `**words**`, for the few instructions a reader must not miss (shown as <strong>);
 * - placeholders, `{name}`, filled in by the element (only the small print has them).
 * The validator and the renderer both read text through these functions, so they agree.
 */

export interface TermRef {
  term: string;
  /** The words to show; when undefined, the glossary's own `term`. */
  text: string | undefined;
}

export type Inline = string | TermRef;

const termPattern = /\[\[([^[\]|]+)(?:\|([^[\]]+))?\]\]/g;

export function parseInline(text: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(termPattern)) {
    if (match.index > last) runs.push(text.slice(last, match.index));
    // `text` is always an own property, so a page's Object.prototype.text cannot stand in for it.
    runs.push({term: match[1].trim(), text: match[2]});
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

const emphasisMark = '**';

/** A run of text, emphasized or not; it may still mark terms. */
export interface Emphasis {
  text: string;
  strong: boolean;
}

/**
 * Splits text at its `**` marks: every other run is emphasized. Text with an odd number of
 * marks (hasUnbalancedEmphasis) still splits, so a bad translation shows oddly but never throws.
 */
export function parseEmphasis(text: string): Emphasis[] {
  return text
    .split(emphasisMark)
    .map((run, i) => ({text: run, strong: i % 2 === 1}))
    .filter((run) => run.text !== '');
}

/** True when a `**` has no partner, or an emphasized run is empty (`****`). */
export function hasUnbalancedEmphasis(text: string): boolean {
  const runs = text.split(emphasisMark);
  return runs.length % 2 === 0 || runs.some((run, i) => i % 2 === 1 && !run.trim());
}

/** How many runs the text emphasizes. */
export const emphasisCount = (text: string) => Math.floor(text.split(emphasisMark).length / 2);

/** The words a reader sees: each marked term replaced by its shown words, emphasis marks left out. */
export function shownText(text: string, glossary: Readonly<Record<string, {term: string}>>): string {
  return parseInline(text.replaceAll(emphasisMark, ''))
    .map((run) => {
      if (typeof run === 'string') return run;
      return run.text ?? (Object.hasOwn(glossary, run.term) ? glossary[run.term].term : run.term);
    })
    .join('');
}

/** True when text has a `[[` or `]]` that is not part of a well-formed term. */
export function hasStrayBrackets(text: string): boolean {
  return /\[\[|\]\]/.test(text.replace(termPattern, ''));
}

export type Filled = string | {placeholder: string};

const placeholderPattern = /\{([A-Za-z]+)\}/g;

export function parsePlaceholders(text: string): Filled[] {
  return text
    .split(placeholderPattern)
    .map((part, i) => (i % 2 ? {placeholder: part} : part))
    .filter((part) => part !== '');
}

/**
 * What a translation must keep of a text: its term markers, as `[[id]]`, and its placeholders,
 * as `{name}`; each once, sorted. Two texts agree when these lists are equal. (Emphasis is
 * counted apart: see emphasisCount.)
 */
export function keptMarkers(text: string): string[] {
  const terms = parseInline(text).flatMap((run) => (typeof run === 'string' ? [] : [`[[${run.term}]]`]));
  const placeholders = parsePlaceholders(text).flatMap((part) =>
    typeof part === 'string' ? [] : [`{${part.placeholder}}`],
  );
  return [...new Set([...terms, ...placeholders])].sort();
}
