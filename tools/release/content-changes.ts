// What a reader sees that changed between two versions of the content, in every language:
// each message id added, removed or changed, with its text before and after, as the content
// catalogue (tools/content/catalogue.ts) and the translation reader (tools/l10n/translations.ts)
// give it. A previous version is read by the same code, from a copy of its content/ and xliff/
// (git.ts), so the two sides never disagree about what a text is.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {datePlaceholders} from '../../src/content/dates.js';
import {eachBlock} from '../../src/content/model.js';
import {catalogue, type Message} from '../content/catalogue.js';
import type {GuideContent} from '../content/model.js';
import {readContentFiles} from '../content/read.js';
import {formatProblem, validateContent} from '../content/validate.js';
import {readTranslations, type Translation} from '../l10n/translations.js';

/** One version's content: the English, and each translation as the build would show it. */
export interface ContentVersion {
  content: GuideContent;
  messages: Message[];
  translations: Translation[];
  /** XLIFF files that could not be read (file:line:col and why). */
  unreadable: string[];
}

/** A problem that stops a release, in the words to print. */
export class ReleaseError extends Error {}

/** content/ and xliff/ of a folder (a project, or a copy of a previous version's files). */
export async function readContentVersion(folder: string, label = folder): Promise<ContentVersion> {
  const {content, problems} = validateContent(await readContentFiles(join(folder, 'content')));
  if (!content) {
    throw new ReleaseError(
      `the content of ${label} does not pass today's checks:\n` +
        problems.map((problem) => `  ${formatProblem(problem, `${label}:content`)}`).join('\n'),
    );
  }
  const messages = catalogue(content);
  const xliff = join(folder, 'xliff');
  const {translations, unreadable} = existsSync(xliff)
    ? await readTranslations(messages, xliff)
    : {translations: [], unreadable: []};
  return {content, messages, translations, unreadable};
}

/** A text as a reader of one language sees it: the translation, or the English shown in its place. */
export interface Shown {
  text: string;
  /** In a translation: this is the English, shown because there is no usable translation. */
  english: boolean;
}

export type TextChangeKind =
  /** The id is new: `after` only. */
  | 'added'
  /** The id is gone: `before` only. */
  | 'removed'
  /** The text differs: `before` and `after`. */
  | 'changed'
  /** A translation: its English changed, the translation did not and still shows (`after`). */
  | 'stale';

export interface TextChange {
  id: string;
  kind: TextChangeKind;
  before?: Shown;
  after?: Shown;
  /** For `stale`: the English before and after. */
  english?: {before: string; after: string};
}

export interface LanguageChanges {
  locale: string;
  /** e.g. "Spanish". */
  name: string;
  texts: TextChange[];
  /** How the language stands in the new version. */
  now: {total: number; translated: number; stale: number};
}

export interface ContentChanges {
  english: TextChange[];
  /** Each dates-line date whose value changed (the line shows in every language). */
  dates: {name: string; before: string; after: string}[];
  /** Texts that kept their id and words but moved: to another element, or among their neighbours. */
  moved: {id: string; element: string; was: string; after: string | undefined}[];
  /** Languages in both versions, each with its changes (possibly none). */
  languages: LanguageChanges[];
  addedLanguages: LanguageChanges[];
  removedLanguages: {locale: string; name: string}[];
  /** Names pages use that are gone, e.g. `section risk-list.bleeding`: a page may break. */
  removedNames: string[];
  /** Files of either version that could not be read. */
  unreadable: string[];
}

/** The ids of both lists in one reading order: the new one, each removed id after the id it followed. */
export function mergedOrder(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  const result = [...after];
  let anchor = -1; // the index in result of the last id of `before` that is still there
  for (const id of before) {
    if (kept.has(id)) anchor = result.indexOf(id);
    else result.splice(++anchor, 0, id);
  }
  return result;
}

/** The longest common subsequence of two id lists (ids unique in each). */
function longestCommon(a: readonly string[], b: readonly string[]): Set<string> {
  const lengths = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const common = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common.add(a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return common;
}

/** Which element a message belongs to (its tag), or undefined for the shared texts (glossary, dates...). */
const elementOf = (message: Message) => (message.path[0] === 'elements' ? String(message.path[1]) : undefined);

function movedTexts(before: readonly Message[], after: readonly Message[]): ContentChanges['moved'] {
  const wasIn = new Map(before.map((message) => [message.id, elementOf(message)]));
  const moved: ContentChanges['moved'] = [];
  const tags = new Set(after.map(elementOf).filter((tag) => tag !== undefined));
  for (const tag of tags) {
    const now = after.filter((message) => elementOf(message) === tag).map(({id}) => id);
    const was = before.filter((message) => elementOf(message) === tag).map(({id}) => id);
    const nowSet = new Set(now);
    const common = longestCommon(
      was.filter((id) => nowSet.has(id)),
      now.filter((id) => wasIn.get(id) === tag),
    );
    now.forEach((id, i) => {
      if (!wasIn.has(id) || common.has(id)) return; // new, or in its place
      moved.push({id, element: tag, was: wasIn.get(id) ?? 'the shared texts', after: now[i - 1]});
    });
  }
  return moved;
}

const stringsById = (messages: readonly Message[], translation: Translation) =>
  new Map(
    messages.map(({id, text}, i) => [
      id,
      {text: translation.strings[i] ?? text, english: translation.strings[i] === null},
    ]),
  );

const sameShown = (a: Shown, b: Shown) => a.text === b.text && a.english === b.english;

/** The changes of one list of texts, in reading order (see mergedOrder). */
function textChanges(
  order: readonly string[],
  before: ReadonlyMap<string, Shown>,
  after: ReadonlyMap<string, Shown>,
  staleSince: (id: string) => {before: string; after: string} | undefined = () => undefined,
): TextChange[] {
  return order.flatMap((id): TextChange[] => {
    const [was, now] = [before.get(id), after.get(id)];
    if (!was) return [{id, kind: 'added', after: now}];
    if (!now) return [{id, kind: 'removed', before: was}];
    if (!sameShown(was, now)) return [{id, kind: 'changed', before: was, after: now}];
    const english = now.english ? undefined : staleSince(id);
    return english ? [{id, kind: 'stale', after: now, english}] : [];
  });
}

function languageChanges(
  order: readonly string[],
  old: ContentVersion,
  current: ContentVersion,
  translation: Translation,
): LanguageChanges {
  const previous = old.translations.find(({locale}) => locale === translation.locale);
  const englishBefore = new Map(old.messages.map(({id, text}) => [id, text]));
  const englishAfter = new Map(current.messages.map(({id, text}) => [id, text]));
  const stale = new Set(translation.stale.map(({id}) => id));
  const staleSince = (id: string) => {
    const [before, after] = [englishBefore.get(id), englishAfter.get(id)];
    return stale.has(id) && before !== undefined && after !== undefined && before !== after
      ? {before, after}
      : undefined;
  };
  const shownBefore = previous
    ? stringsById(old.messages, previous)
    : new Map(old.messages.map(({id, text}) => [id, {text, english: true}]));
  const translated = translation.strings.filter((text) => text !== null).length;
  return {
    locale: translation.locale,
    name: translation.name,
    texts: textChanges(order, shownBefore, stringsById(current.messages, translation), staleSince),
    now: {total: current.messages.length, translated, stale: translation.stale.length},
  };
}

/** Names a page or an app writes: element tags, section ids (unless renamed to another), slot names. */
function publicNames(content: GuideContent): Set<string> {
  const names = new Set<string>();
  for (const [tag, element] of Object.entries(content.elements)) {
    names.add(`element <${tag}>`);
    for (const section of element.sections) names.add(`section ${tag}.${section.id}`);
    for (const old of Object.keys(element.renamed)) names.add(`section ${tag}.${old}`);
    const blocks = [...element.intro, ...element.sections.flatMap((section) => section.blocks), ...element.outro];
    for (const {block} of eachBlock(blocks)) if (block.kind === 'slot') names.add(`slot ${tag}.${block.slot}`);
  }
  return names;
}

export function contentChanges(old: ContentVersion, current: ContentVersion): ContentChanges {
  const order = mergedOrder(
    old.messages.map(({id}) => id),
    current.messages.map(({id}) => id),
  );
  const english = textChanges(
    order,
    new Map(old.messages.map(({id, text}) => [id, {text, english: false}])),
    new Map(current.messages.map(({id, text}) => [id, {text, english: false}])),
  );
  const dates = datePlaceholders
    // A date the model of one side lacks shows as "(none)".
    .map((name) => ({
      name,
      before: old.content.dates[name] ?? '(none)',
      after: current.content.dates[name] ?? '(none)',
    }))
    .filter(({before, after}) => before !== after);
  const oldLocales = new Set(old.translations.map(({locale}) => locale));
  const newLocales = new Set(current.translations.map(({locale}) => locale));
  const now = publicNames(current.content);
  return {
    english,
    dates,
    moved: movedTexts(old.messages, current.messages),
    languages: current.translations
      .filter(({locale}) => oldLocales.has(locale))
      .map((translation) => languageChanges(order, old, current, translation)),
    addedLanguages: current.translations
      .filter(({locale}) => !oldLocales.has(locale))
      .map((translation) => languageChanges(order, old, current, translation)),
    removedLanguages: old.translations
      .filter(({locale}) => !newLocales.has(locale))
      .map(({locale, name}) => ({locale, name})),
    removedNames: [...publicNames(old.content)].filter((name) => !now.has(name)),
    unreadable: [...old.unreadable.map((line) => `before: ${line}`), ...current.unreadable],
  };
}

/** A reader of some language sees something different (a stale translation still shows as it was). */
export const readerSees = (changes: ContentChanges) =>
  changes.english.length > 0 ||
  changes.dates.length > 0 ||
  changes.moved.length > 0 ||
  changes.addedLanguages.length > 0 ||
  changes.removedLanguages.length > 0 ||
  changes.languages.some(({texts}) => texts.some(({kind}) => kind !== 'stale'));

/** A page may stop working as it did: a name it uses, or a language it shows, is gone. */
export const breaking = (changes: ContentChanges) =>
  changes.removedNames.length > 0 || changes.removedLanguages.length > 0;
