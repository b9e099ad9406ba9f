// The texts of a version built before build/l10n/texts.json existed (0.1.0, commit 7ad6d5f, and
// the commits after it up to the one that added texts.json), read from what its build wrote for
// the bundle and for `lit-localize extract`:
//   build/l10n/messages.ts          every English text in reading order, as
//                                   msg(<text>, {id: <id>, desc: <note for translators>}), JSON-quoted
//   build/l10n/message-ids.json     the same ids, by number (a check on the first)
//   <out>/content.ts                `structure = unpackStructure(<JSON>)`: the element tags, section
//                                   ids, renamed sections and slots (a bare string among the
//                                   blocks), the drawings once there were any, and at first
//                                   the ISO dates; `english = <JSON>`
//   <out>/locales/<tag>.ts          `locale: LocaleModule = <JSON>`: the strings by number (null
//                                   where the English shows) and the dates
//   <out>/locales.ts                a loader per language the release shipped (a language held
//                                   back has a module above, for the development bundle, but
//                                   no loader here)
// What these cannot tell is said in docs/releases.md: which translations were stale then, and
// a language's name, which is given by Intl from its tag.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ReleaseError} from './content-changes.js';
import {drawingDigest, type ElementNames, type Texts, type TranslationTexts} from './texts.js';

const jsonString = String.raw`"(?:[^"\\\n]|\\.)*"`;
const msgCall = new RegExp(
  String.raw`^\s*msg\((${jsonString}), \{id: (${jsonString}), desc: (${jsonString})\}\),$`,
  'gm',
);

/** The JSON value in `text` that starts right after `start` and ends before `end`. */
function jsonBetween(text: string, start: string, end: string, file: string): unknown {
  const from = text.indexOf(start);
  const to = from < 0 ? -1 : text.indexOf(end, from + start.length);
  if (to < 0) throw new ReleaseError(`${file}: no "${start.trim()} … ${end.trim()}" in it`);
  return JSON.parse(text.slice(from + start.length, to)) as unknown;
}

type PackedBlock = number | string | PackedBlock[] | Record<string, unknown>;
interface PackedElement {
  intro: PackedBlock[];
  sections: [string, PackedBlock[]][];
  outro: PackedBlock[];
  renamed?: Record<string, string>;
}
type OldDates = Record<string, string | {iso: string} | undefined>;

/** A slot is the one block packed as a bare string, at any depth of subsections (arrays). */
const slotsIn = (blocks: readonly PackedBlock[]): string[] =>
  blocks.flatMap((block) => (typeof block === 'string' ? [block] : Array.isArray(block) ? slotsIn(block) : []));

/** ISO dates: 0.1.0 wrote them as strings formatted for each language, later builds as {iso, shown}. */
const isoOf = (dates: OldDates, fallback: Readonly<Record<string, string>>) =>
  Object.fromEntries(
    Object.entries(dates).flatMap(([name, date]) => {
      if (date && typeof date === 'object' && typeof date.iso === 'string') return [[name, date.iso]];
      return typeof date === 'string' && fallback[name] ? [[name, fallback[name]]] : [];
    }),
  );

/**
 * The texts a build older than texts.json wrote into `folder` (where it ran) and `out` (its
 * --out), in the shape of texts.json with `format: 0`.
 */
export function readOlderBuild(folder: string, out: string, label: string): Texts {
  const messagesFile = join(folder, 'build/l10n/messages.ts');
  const idsFile = join(folder, 'build/l10n/message-ids.json');
  const contentFile = join(out, 'content.ts');
  for (const file of [messagesFile, idsFile, contentFile]) {
    if (!existsSync(file)) {
      throw new ReleaseError(
        `the build of ${label} wrote neither build/l10n/texts.json nor ${file.slice(folder.length + 1)}: ` +
          'its texts cannot be read; compare with another commit (--since)',
      );
    }
  }
  const calls = [...readFileSync(messagesFile, 'utf8').matchAll(msgCall)].map(([, text, id, desc]) => ({
    text: JSON.parse(text) as string,
    id: JSON.parse(id) as string,
    desc: JSON.parse(desc) as string,
  }));
  const ids = JSON.parse(readFileSync(idsFile, 'utf8')) as string[];
  if (calls.length !== ids.length || calls.some(({id}, i) => id !== ids[i])) {
    throw new ReleaseError(
      `the build of ${label}: build/l10n/messages.ts has ${calls.length} texts, message-ids.json ` +
        `${ids.length} ids, not the same: its texts cannot be read; compare with another commit (--since)`,
    );
  }

  const content = readFileSync(contentFile, 'utf8');
  const structure = jsonBetween(content, 'unpackStructure(', ');\n', contentFile) as {
    elements: Record<string, PackedElement>;
    isoDates?: Record<string, string>;
    drawings?: Record<string, unknown>;
  };
  const english = jsonBetween(content, 'english: LocaleModule = ', ';\n', contentFile) as {dates: OldDates};
  const elements: Record<string, ElementNames> = Object.fromEntries(
    Object.entries(structure.elements).map(([tag, {intro, sections, outro, renamed = {}}]) => [
      tag,
      {
        sections: sections.map(([id]) => id),
        renamed,
        slots: slotsIn([...intro, ...sections.flatMap(([, blocks]) => blocks), ...outro]),
      },
    ]),
  );
  const dates = structure.isoDates ?? isoOf(english.dates, {});

  // Its element: the note for translators of each element's text starts with its tag, "<risk-list>…".
  const elementOf = (desc: string) => {
    const tag = /^<([a-z][a-z0-9]*(?:-[a-z0-9]+)+)>/.exec(desc)?.[1];
    return tag && Object.hasOwn(elements, tag) ? {element: tag} : {};
  };
  const names = new Intl.DisplayNames('en', {type: 'language'});
  const localesFolder = join(out, 'locales');
  const loadersFile = join(out, 'locales.ts');
  const shipped = existsSync(loadersFile)
    ? new Set([...readFileSync(loadersFile, 'utf8').matchAll(/^ {2}"([^"]+)": \(/gm)].map(([, tag]) => tag))
    : undefined;
  const translations: Record<string, TranslationTexts> = {};
  for (const name of existsSync(localesFolder) ? readdirSync(localesFolder).sort() : []) {
    if (!name.endsWith('.ts')) continue;
    const locale = name.slice(0, -'.ts'.length);
    if (shipped && !shipped.has(locale)) continue; // held back: not what the release's readers see
    const file = join(localesFolder, name);
    const module = jsonBetween(readFileSync(file, 'utf8'), 'LocaleModule = ', ';\n', file) as {
      strings: (string | null)[];
      dates: OldDates;
    };
    if (module.strings.length !== ids.length) {
      throw new ReleaseError(`the build of ${label}: ${name} has ${module.strings.length} texts, not ${ids.length}`);
    }
    translations[locale] = {
      name: names.of(locale) ?? locale,
      strings: Object.fromEntries(ids.map((id, i) => [id, module.strings[i]])),
      stale: [], // not written by these builds; a release needs it only for the version it makes
      dates: isoOf(module.dates, dates),
    };
  }
  return {
    format: 0,
    about: `read from the files the build of ${label} wrote for the bundle (before build/l10n/texts.json)`,
    sourceLocale: jsonBetween(content, 'sourceLocale = ', ';\n', contentFile) as string,
    messages: calls.map(({id, text, desc}) => ({id, text, ...elementOf(desc)})),
    elements,
    dates,
    drawings: Object.fromEntries(
      Object.entries(structure.drawings ?? {}).map(([name, drawing]) => [name, drawingDigest(drawing)]),
    ),
    translations,
  };
}
