/**
 * What pre-rendered HTML carries about itself, so an element can tell at once whether it may take
 * the HTML over as it is. The render command (server/render.ts) writes a comment as the first
 * node of each declarative shadow root:
 *
 *   <!--bone-marrow-guide locale=es sections=bleeding,infection level=3 collapsible=0
 *       content=<digest of the guide's text> markup=<digest of the HTML after the styles>-->
 *
 * The hydrating bundle (hydration.ts) compares the first five with what the element would render
 * now, and the last with the HTML on the page: a CMS that edited an attribute, cut the HTML
 * short or reformatted it, or a release with other text, each shows as a difference. Shared by
 * the server and the browser, so both write and read one format and one digest.
 */

/** What an element renders with: everything, beside the code and the text, that decides its HTML. */
export interface RenderedWith {
  /** The shipped locale shown, e.g. `es`. */
  locale: string;
  /** The ids of the sections shown, in the element's order. */
  sections: readonly string[];
  /** The level of the section headings. */
  level: number;
  collapsible: boolean;
}

/** The record as read back: each field as written, by name. */
export type PreRenderedRecord = ReadonlyMap<string, string>;

const prefix = 'bone-marrow-guide ';

/** The fields compared, in the order the comment writes them. */
export function recordFields(rendered: RenderedWith, content: string): [string, string][] {
  return [
    ['locale', rendered.locale],
    ['sections', rendered.sections.join(',')],
    ['level', String(rendered.level)],
    ['collapsible', rendered.collapsible ? '1' : '0'],
    ['content', content],
  ];
}

/** The comment's text: the fields, then the digest of the markup. */
export function writeRecord(rendered: RenderedWith, content: string, markup: string): string {
  const fields = [...recordFields(rendered, content), ['markup', markup]];
  return prefix + fields.map(([name, value]) => `${name}=${value}`).join(' ');
}

/** The record in a comment's text, or undefined when the comment is not one. */
export function readRecord(text: string): PreRenderedRecord | undefined {
  if (!text.startsWith(prefix)) return undefined;
  const fields = new Map<string, string>();
  for (const field of text.slice(prefix.length).split(' ')) {
    const equals = field.indexOf('=');
    if (equals > 0) fields.set(field.slice(0, equals), field.slice(equals + 1));
  }
  return fields;
}

// The markup digest reads the shadow root as a sequence of tokens, the same in the browser (from
// the DOM) and on the server (from the HTML): each element's start tag with its attributes, each
// text, each comment (Lit's part markers among them). Runs of whitespace count as one space, so a
// CMS that re-indents the HTML changes nothing; anything else that changes is a difference.

export function startTag(name: string, attributes: Iterable<{readonly name: string; readonly value: string}>): string {
  let tag = `<${name}`;
  for (const {name: attribute, value} of attributes) tag += ` ${attribute}="${value}"`;
  return `${tag}>`;
}

export const comment = (data: string): string => `<!--${data}-->`;

/** A 64-bit digest (two 32-bit multiplicative hashes) of the tokens, joined, as 16 hex digits. */
export function markupDigest(markup: string): string {
  const text = markup.replace(/\s+/g, ' ');
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x9e3779b1);
    b = Math.imul(b ^ code, 0x85ebca77);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return [a, b].map((half) => (half >>> 0).toString(16).padStart(8, '0')).join('');
}
