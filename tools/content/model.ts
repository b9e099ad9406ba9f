/**
 * The content as written: the shape of content/*.yaml once validate.ts has checked it, with
 * each text in English and the `facts` and `note` that reviewers and translators need. The
 * build turns it into the shipped model (src/content/model.ts), in which every text is the
 * number of a message in the catalogue (catalogue.ts).
 */
import {smallPrintOrder} from '../../src/content/model.js';

/** Fact ids from content-facts.md (O1, W2, ...) that an item carries. */
export type FactIds = readonly string[];

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  /** Text with inline markup; see markup.ts. */
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

export interface ListItem {
  id: string;
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

export interface List {
  kind: 'list';
  id: string;
  ordered: boolean;
  items: readonly ListItem[];
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/** A smaller heading with its own blocks, one heading level below its section. */
export interface Subsection {
  kind: 'subsection';
  id: string;
  heading: string;
  blocks: readonly Block[];
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/**
 * Where a hospital may put its own words (a named slot): what to do after the test, whom to
 * call. Until it does, the element shows `text`, a short non-clinical line.
 */
export interface LocalInstructions {
  kind: 'slot';
  id: string;
  /** The slot's name, public: pages write `<div slot="...">`. */
  slot: string;
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/** The message a reader should remember if they read nothing else, set apart in a box. */
export interface Callout {
  kind: 'callout';
  id: string;
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/** Things for the reader to do, each with a box to tick. Items mark no terms (see validate.ts). */
export interface Checklist {
  kind: 'checklist';
  id: string;
  items: readonly ListItem[];
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/** A drawing from content/drawings/<drawing>.svg, with its text alternative and caption. */
export interface Figure {
  kind: 'figure';
  id: string;
  drawing: string;
  /** What a screen reader says instead of the drawing. */
  alt: string;
  caption: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

export type Block = Paragraph | List | Subsection | LocalInstructions | Callout | Checklist | Figure;

export interface Section {
  id: string;
  heading: string;
  blocks: readonly Block[];
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
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

export interface GlossaryTerm {
  id: string;
  /** The word as usually written, shown where text marks it as [[id]]. */
  term: string;
  definition: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

export interface Dates {
  id: string;
  /** ISO dates, YYYY-MM-DD: how current the source's facts are, the last edit of the text. */
  factsCurrentAsOf: string;
  lastEdited: string;
  /** When the facts are next to be checked against the source: editorial, never shown. */
  reviewDue: string;
  /** Text with a placeholder for each shown date: {factsCurrentAsOf} and {lastEdited}. */
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

export interface Notice {
  id: string;
  text: string;
  facts?: FactIds;
  /** Context for translators; goes into the XLIFF note, not into the bundle. */
  note?: string;
}

/** The review lines of the small print: all its messages but the dates and the disclaimer. */
export type ReviewLine = Exclude<(typeof smallPrintOrder)[number], 'dates' | 'disclaimer'>;
export const reviewLines: readonly ReviewLine[] = smallPrintOrder.filter(
  (name): name is ReviewLine => name !== 'dates' && name !== 'disclaimer',
);

/**
 * A review that approved one language's text exactly as it stood (content/sign-offs.yaml):
 * who (a role, and optionally a name), when, and the fingerprint of what they read.
 */
export interface SignOff {
  /** `en` for the English text; a translation's tag for that translation. */
  language: string;
  role: 'clinical-reviewer' | 'medical-translator';
  /** YYYY-MM-DD. */
  date: string;
  by?: string;
  /** Of the whole text approved (tools/content/sign-off.ts). */
  fingerprint: string;
  /** Each message's digest, so the build can name the messages changed since. */
  messages: Readonly<Record<string, string>>;
}

/** A line drawing as content/drawings/<name>.svg holds it (see Drawing in src/content/model.ts). */
export interface Drawing {
  viewBox: string;
  paths: readonly (readonly ['line' | 'mark', string])[];
}

export interface GuideContent {
  /** BCP 47 tag of the text. */
  locale: string;
  dates: Dates;
  review: Readonly<Record<ReviewLine, Notice>>;
  disclaimer: Notice;
  /** The heading of the list of medical words, with their meanings, at the end of each element. */
  wordsToKnow: Notice;
  /** Read by screen readers after each medical word's button: what pressing it does. */
  termHint: Notice;
  glossary: Readonly<Record<string, GlossaryTerm>>;
  /** Keyed by element tag name. */
  elements: Readonly<Record<string, ElementContent>>;
  /** Keyed by name: content/drawings/<name>.svg. */
  drawings: Readonly<Record<string, Drawing>>;
  /** content/sign-offs.yaml, in the order written. */
  signOffs: readonly SignOff[];
}
