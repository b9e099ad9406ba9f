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

export type Block = Paragraph | List | Subsection | LocalInstructions;

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
 * The dates the dates line shows (fact M1, and the project's own review of the facts): ISO
 * (YYYY-MM-DD) in the structure, written out for a language in each locale.
 */
export interface Dates {
  factsCurrentAsOf: string;
  lastEdited: string;
  reviewed: string;
  reviewDue: string;
}

export interface GuideStructure {
  glossary: Readonly<Record<string, GlossaryEntry>>;
  /** Keyed by element tag name. */
  elements: Readonly<Record<string, ElementContent>>;
  /** The dates line, with a placeholder per date; and the disclaimer (M2). */
  dates: Text;
  disclaimer: Text;
  isoDates: Dates;
  /** The heading of the list of the medical words an element uses. */
  wordsToKnow: Text;
}

/**
 * A block as the bundle carries it, without its message numbers: 0 a paragraph, n a list of
 * n items (-n numbered), a string the name of a slot, an array a subsection's blocks.
 */
export type PackedBlock = number | string | readonly PackedBlock[];

/**
 * GuideStructure without its message numbers, which follow reading order: each element's
 * intro, sections (heading, then blocks) and outro, element after element; then each glossary
 * entry's word and meaning; then the words-to-know heading, the dates line and the disclaimer.
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
  isoDates: Dates;
}

export function unpackStructure({elements, glossary, isoDates}: PackedStructure): GuideStructure {
  let next = 0;
  const blocks = (packed: readonly PackedBlock[]): Block[] =>
    packed.map((block) => {
      if (typeof block === 'string') return {slot: block, text: next++};
      if (typeof block !== 'number') return {heading: next++, blocks: blocks(block)};
      if (!block) return {text: next++};
      const items = Array.from({length: Math.abs(block)}, () => next++);
      return block < 0 ? {items, ordered: true} : {items};
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
    wordsToKnow: next++,
    dates: next++,
    disclaimer: next++,
    isoDates,
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

/** One language's text: what generated/content.ts holds for English, and each locale chunk. */
export interface LocaleModule {
  /** One per message, by number; null where this language shows the English. */
  strings: readonly (string | null)[];
  /** The dates of the dates line, written in this language (formatted at build time). */
  dates: Readonly<Dates>;
}
