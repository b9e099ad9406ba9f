/**
 * The content as shipped. It has the shape of content/*.yaml, with each text replaced by its
 * number in the message catalogue: the same number in every language, so one structure serves
 * them all and a locale is only a list of strings (see translations.ts). tools/build-content.ts
 * writes it into generated/content.ts.
 */

/** A message's number: where its text is in each language's list of strings. */
export type Text = number;

export interface Paragraph {
  text: Text;
}

export interface List {
  items: readonly Text[];
  ordered?: true;
}

/** A smaller heading with its own blocks, one heading level below its section. */
export interface Subsection {
  heading: Text;
  blocks: readonly Block[];
}

/**
 * Where a hospital may put its own words: a named slot, showing `text` until the page fills it.
 */
export interface LocalInstructions {
  slot: string;
  text: Text;
}

/** The message a reader should remember if they read nothing else, set apart in a box. */
export interface Callout {
  callout: Text;
}

/** Things for the reader to do, each with a box to tick, on screen and on paper. */
export interface Checklist {
  checklist: readonly Text[];
}

/** A drawing (by name, from `drawings`), with its text alternative and its caption. */
export interface Figure {
  drawing: string;
  alt: Text;
  caption: Text;
}

export type Block = Paragraph | List | Subsection | LocalInstructions | Callout | Checklist | Figure;

/**
 * A line drawing, drawn in the text's own color: its viewBox and its paths. A `line` is drawn
 * thin, a `mark` (what the caption points to) thicker and dashed, so it stands out in print and
 * in forced colors, where every color is the same. tools/content/drawings.ts reads it from
 * content/drawings/<name>.svg.
 */
export interface Drawing {
  viewBox: string;
  paths: readonly (readonly [stroke: 'line' | 'mark', d: string])[];
}

export interface Section {
  /** Public: pages name it in the `sections` attribute. */
  id: string;
  heading: Text;
  blocks: readonly Block[];
}

export interface ElementContent {
  /** Blocks shown before the sections, whichever sections a page picks. */
  intro: readonly Block[];
  /** Every section, in canonical order. */
  sections: readonly Section[];
  /** Blocks shown after the sections, whichever sections a page picks. */
  outro: readonly Block[];
  /**
   * Section ids the element no longer has, each with the section that holds its text now.
   * A page that still asks for an old id gets that section, and a warning.
   */
  renamed: Readonly<Record<string, string>>;
}

export interface GlossaryEntry {
  /** The word as usually written, shown where text marks it as [[id]]. */
  term: Text;
  definition: Text;
}

/**
 * The small print under every element (facts M1, M2): how current the facts are, whether a
 * reviewer approved this exact text (and, in a translation, this translation), a hospital's
 * own review when the page names one, and the disclaimer. Each is a message; a {placeholder}
 * in it is filled with a date (or the hospital's reviewer).
 */
export interface SmallPrint {
  /** {factsCurrentAsOf} and {lastEdited}. */
  dates: Text;
  /** English: a clinical reviewer approved this text on {reviewed}; or no one has yet. */
  approved: Text;
  notApproved: Text;
  /** A translation: the same, said of the English text it was translated from. */
  sourceApproved: Text;
  sourceNotApproved: Text;
  /** A translation: a medical translator approved it on {translationReviewed}; or no one has yet. */
  translationApproved: Text;
  translationNotApproved: Text;
  /** A page's own review: {reviewer} reviewed this text on {localReviewed}. */
  localReview: Text;
  disclaimer: Text;
}

export interface GuideStructure {
  glossary: Readonly<Record<string, GlossaryEntry>>;
  /** Keyed by element tag name. */
  elements: Readonly<Record<string, ElementContent>>;
  /** Keyed by name. */
  drawings: Readonly<Record<string, Drawing>>;
  /** The heading of the list of the medical words an element uses. */
  wordsToKnow: Text;
  /** Read by screen readers after each term's button: what pressing it does. */
  termHint: Text;
  smallPrint: SmallPrint;
  /**
   * When the facts are next to be checked (YYYY-MM-DD): editorial data, never shown to readers;
   * past it, a page's editor gets one console warning (review-due.ts).
   */
  reviewDue: string;
}

/**
 * A block as the bundle carries it, without its message numbers: 0 a paragraph, n a list of
 * n items (-n numbered), a string the name of a slot, an array a subsection's blocks; and
 * {callout: 1}, {checklist: n} with n items, {drawing: name} (its text alternative, then caption).
 */
export type PackedBlock =
  | number
  | string
  | readonly PackedBlock[]
  | {readonly callout: 1}
  | {readonly checklist: number}
  | {readonly drawing: string};

/** The small print's messages, in catalogue order. */
export const smallPrintOrder = [
  'dates',
  'approved',
  'notApproved',
  'sourceApproved',
  'sourceNotApproved',
  'translationApproved',
  'translationNotApproved',
  'localReview',
  'disclaimer',
] as const satisfies readonly (keyof SmallPrint)[];

/**
 * GuideStructure without its message numbers, which follow reading order: each element's
 * intro, sections (heading, then blocks) and outro, element after element; then each glossary
 * entry's word and meaning; then the words-to-know heading, the term hint and the small print (smallPrintOrder).
 * About half the bytes of the structure written out (tools/content/pack.ts packs it, and
 * checks that unpackStructure() gives back exactly the structure it packed).
 */
export interface PackedStructure {
  elements: Readonly<
    Record<
      string,
      {
        intro: readonly PackedBlock[];
        sections: readonly (readonly [id: string, blocks: readonly PackedBlock[]])[];
        outro: readonly PackedBlock[];
        renamed?: Readonly<Record<string, string>>;
      }
    >
  >;
  glossary: readonly string[];
  drawings: Readonly<Record<string, Drawing>>;
  reviewDue: string;
}

export function unpackStructure({elements, glossary, drawings, reviewDue}: PackedStructure): GuideStructure {
  let next = 0;
  const blocks = (packed: readonly PackedBlock[]): Block[] =>
    packed.map((block): Block => {
      if (typeof block === 'number') {
        if (!block) return {text: next++};
        const items = Array.from({length: Math.abs(block)}, () => next++);
        return block < 0 ? {items, ordered: true} : {items};
      }
      if (typeof block === 'string') return {slot: block, text: next++};
      // Own properties only: a page may have added `callout` to Object.prototype.
      if (Array.isArray(block)) return {heading: next++, blocks: blocks(block as readonly PackedBlock[])};
      if (Object.hasOwn(block, 'callout')) return {callout: next++};
      if (Object.hasOwn(block, 'checklist')) {
        return {checklist: Array.from({length: (block as {checklist: number}).checklist}, () => next++)};
      }
      return {drawing: (block as {drawing: string}).drawing, alt: next++, caption: next++};
    });
  // In this order: the numbers follow reading order.
  const unpacked = Object.fromEntries(
    Object.entries(elements).map(([tag, element]) => [
      tag,
      {
        intro: blocks(element.intro),
        sections: element.sections.map(([id, packed]) => ({id, heading: next++, blocks: blocks(packed)})),
        outro: blocks(element.outro),
        // Own properties only: an element without renamed ids must not take a page's Object.prototype.renamed.
        renamed: Object.hasOwn(element, 'renamed') ? element.renamed! : {},
      },
    ]),
  );
  return {
    elements: unpacked,
    glossary: Object.fromEntries(glossary.map((id) => [id, {term: next++, definition: next++}])),
    drawings,
    wordsToKnow: next++,
    termHint: next++,
    smallPrint: Object.fromEntries(smallPrintOrder.map((name) => [name, next++])) as Record<keyof SmallPrint, Text>,
    reviewDue,
  };
}

/** A block met by eachBlock(): where it sits and how deep. */
export interface BlockVisit<B> {
  block: B;
  /** 0 for a section's own blocks, 1 inside a subsection, and so on. */
  depth: number;
  /** Index path from the list walked, e.g. [2, 'blocks', 0]. */
  path: readonly (string | number)[];
  /** The subsection the block sits in, if any. */
  parent: B | undefined;
}

/**
 * Every block, in reading order: a subsection, then the blocks under it. The one walk over the
 * block tree, shared by the renderer, and at build time by the message catalogue, the
 * readability count and the tests (over the content as written, which has the same shape).
 */
export function* eachBlock<B extends object>(
  blocks: readonly B[],
  path: readonly (string | number)[] = [],
  depth = 0,
  parent?: B,
): Generator<BlockVisit<B>> {
  for (const [i, block] of blocks.entries()) {
    const at = [...path, i];
    yield {block, depth, path: at, parent};
    if (Object.hasOwn(block, 'blocks')) {
      yield* eachBlock((block as {blocks: readonly B[]}).blocks, [...at, 'blocks'], depth + 1, block);
    }
  }
}

/** A date of the small print: ISO (YYYY-MM-DD), and as this language writes it. */
export interface ShownDate {
  iso: string;
  shown: string;
}

/**
 * The dates of the small print, written out at build time. `reviewed` and
 * `translationReviewed` are here only when a sign-off approved exactly the text shipped.
 */
export interface LocaleDates {
  factsCurrentAsOf: ShownDate;
  lastEdited: ShownDate;
  /** A clinical reviewer approved the English text (content/sign-offs.yaml). */
  reviewed?: ShownDate;
  /** A medical translator approved this translation (a translation's own sign-off). */
  translationReviewed?: ShownDate;
}

/** One language's text: what generated/content.ts holds for English, and each locale chunk. */
export interface LocaleModule {
  /** One per message, by number; null where this language shows the English. */
  strings: readonly (string | null)[];
  dates: Readonly<LocaleDates>;
}
