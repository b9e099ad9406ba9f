// build/l10n/texts.json, "the texts file": what a reader sees, in every language, written by
// every build (tools/build-content.ts). `npm run release` runs each version's own build and
// compares what the two wrote, so a version is always read by its own code, whatever the
// content model of either (docs/releases.md, "How the texts are compared").
//
// The file is a contract between versions: a release reads the texts file of versions built
// years before it. Add a field freely; raise `format` only when a field changes meaning or is
// removed, and keep reading every earlier format (read-texts.ts).
import {createHash} from 'node:crypto';
import {eachBlock, type LocaleDates} from '../../src/content/model.js';
import type {Message} from '../content/catalogue.js';
import type {GuideContent} from '../content/model.js';

/** Where the build writes it, from the folder it runs in. */
/** Its name, in the build's l10n folder (build-content.ts, --l10n); textsFile, where a default build writes it. */
export const textsFileName = 'texts.json';
export const textsFile = `build/l10n/${textsFileName}`;

/** The format this code writes; read-texts.ts reads it and every one before it. */
export const textsFormat = 1;

/** One version's texts as a reader sees them. */
export interface Texts {
  /** The format number: 1 for this shape. */
  format: number;
  about: string;
  /** The language of the source texts, e.g. "en". */
  sourceLocale: string;
  /**
   * Every text of the source language in reading order (element by element: intro, sections,
   * outro; then the glossary; then the small print), as written in the content: `[[id|words]]`
   * for a glossary word, `{name}` for a date. `element` is the tag of the element it shows in;
   * absent for the texts every element shares (glossary, small print).
   */
  messages: {id: string; text: string; element?: string}[];
  /** The names a page or an app writes, by element tag. */
  elements: Record<string, ElementNames>;
  /** The dates the source language's small print shows, by placeholder name, YYYY-MM-DD. */
  dates: Record<string, string>;
  /** Each drawing (content/drawings/<name>.svg) by name: a digest of its lines (drawingDigest). */
  drawings: Record<string, string>;
  /** Each translation the build ships, by language tag. */
  translations: Record<string, TranslationTexts>;
}

export interface ElementNames {
  /** Section ids, in order (`sections="..."`). */
  sections: string[];
  /** Old section ids a page may still write, each with the section it now names. */
  renamed: Record<string, string>;
  /** Slot names (`<div slot="...">`). */
  slots: string[];
}

export interface TranslationTexts {
  /** The language's name in English, e.g. "Spanish". */
  name: string;
  /** Every message id: the text this language shows, or null where the source text shows. */
  strings: Record<string, string | null>;
  /** Ids whose shown translation was made from an older source text (it shows until reviewed). */
  stale: string[];
  /** The dates its small print shows, by placeholder name, YYYY-MM-DD (its own sign-off too). */
  dates: Record<string, string>;
}

/** A translation as the build ships it: its strings by message number, and its dates. */
export interface ShippedTranslation {
  locale: string;
  name: string;
  strings: readonly (string | null)[];
  stale: readonly {id: string}[];
  dates: LocaleDates;
}

/** A drawing's fingerprint: the SHA-256 of its lines as the bundle ships them ({viewBox, paths}), as JSON. */
export const drawingDigest = (drawing: unknown) =>
  `sha256-${createHash('sha256').update(JSON.stringify(drawing)).digest('base64')}`;

const isoDates = (dates: LocaleDates): Record<string, string> =>
  Object.fromEntries(Object.entries(dates).flatMap(([name, date]) => (date ? [[name, date.iso]] : [])));

function elementNames(content: GuideContent): Record<string, ElementNames> {
  return Object.fromEntries(
    Object.entries(content.elements).map(([tag, element]) => {
      const blocks = [...element.intro, ...element.sections.flatMap((section) => section.blocks), ...element.outro];
      const slots = [...eachBlock(blocks)].flatMap(({block}) => (block.kind === 'slot' ? [block.slot] : []));
      return [tag, {sections: element.sections.map(({id}) => id), renamed: {...element.renamed}, slots}];
    }),
  );
}

/** The texts file's content, from what the build ships. */
export function textsSnapshot(
  content: GuideContent,
  messages: readonly Message[],
  dates: LocaleDates,
  translations: readonly ShippedTranslation[],
): Texts {
  return {
    format: textsFormat,
    about:
      'What a reader sees, in every language, for comparing versions (npm run release). ' +
      'Written by every build; the format is described in docs/releases.md.',
    sourceLocale: content.locale,
    messages: messages.map(({id, text, path}) => ({
      id,
      text,
      ...(path[0] === 'elements' ? {element: String(path[1])} : {}),
    })),
    elements: elementNames(content),
    dates: isoDates(dates),
    drawings: Object.fromEntries(
      Object.entries(content.drawings).map(([name, drawing]) => [name, drawingDigest(drawing)]),
    ),
    translations: Object.fromEntries(
      translations.map(({locale, name, strings, stale, dates}) => [
        locale,
        {
          name,
          strings: Object.fromEntries(messages.map(({id}, i) => [id, strings[i] ?? null])),
          stale: stale.map(({id}) => id),
          dates: isoDates(dates),
        },
      ]),
    ),
  };
}
