// What a reader sees that changed between two versions, in every language: each message id
// added, removed or changed, with its text before and after; the dates shown; texts moved; the
// names pages use that are gone. Each side is what that version's own build wrote
// (read-texts.ts), so the two sides may come from different content models.
import type {Texts, TranslationTexts} from './texts.js';

/** One version's texts (texts.ts): `format` 0 when read from a build older than the texts file. */
export type ContentVersion = Texts;

/** A problem that stops a release, in the words to print. */
export class ReleaseError extends Error {}

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
  /** Its own dates that changed other than as the English ones did (a translation's sign-off). */
  dates: DateChange[];
  /** How the language stands in the new version. */
  now: {total: number; translated: number; stale: number};
}

/** A date of the small print: absent on the side that does not show it. */
export interface DateChange {
  name: string;
  before?: string;
  after?: string;
}

export interface ContentChanges {
  english: TextChange[];
  /** Each date of the English small print that changed, appeared or went (every language shows it). */
  dates: DateChange[];
  /** Texts that kept their id and words but moved: to another element, or among their neighbours. */
  moved: {id: string; element: string; was: string; after: string | undefined}[];
  /** Languages in both versions, each with its changes (possibly none). */
  languages: LanguageChanges[];
  addedLanguages: LanguageChanges[];
  removedLanguages: {locale: string; name: string}[];
  /** Names pages use that are gone, e.g. `section risk-list.bleeding`: a page may break. */
  removedNames: string[];
  /** Drawings added, removed or redrawn (their text alternatives and captions are texts, above). */
  drawings: {name: string; kind: 'added' | 'removed' | 'changed'}[];
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

type Message = ContentVersion['messages'][number];

function movedTexts(before: readonly Message[], after: readonly Message[]): ContentChanges['moved'] {
  const wasIn = new Map(before.map(({id, element}) => [id, element]));
  const moved: ContentChanges['moved'] = [];
  const tags = new Set(after.flatMap(({element}) => (element === undefined ? [] : [element])));
  for (const tag of tags) {
    const now = after.filter(({element}) => element === tag).map(({id}) => id);
    const was = before.filter(({element}) => element === tag).map(({id}) => id);
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

/** What a reader of a language sees for each id: the translation, or the English in its place. */
const shownIn = (messages: readonly Message[], translation: TranslationTexts | undefined) =>
  new Map(
    messages.map(({id, text}): [string, Shown] => {
      const translated = translation && Object.hasOwn(translation.strings, id) ? translation.strings[id] : null;
      return [id, translated === null ? {text, english: true} : {text: translated, english: false}];
    }),
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

/** The values of `before` and `after` that differ (dates, drawings), in the order of `after`, then those it dropped. */
function valueChanges(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): DateChange[] {
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const value = (dates: Readonly<Record<string, string>>, name: string) =>
    Object.hasOwn(dates, name) ? dates[name] : undefined;
  return names
    .map((name) => ({name, before: value(before, name), after: value(after, name)}))
    .filter(({before, after}) => before !== after)
    .map(({name, before, after}) => ({
      name,
      ...(before === undefined ? {} : {before}),
      ...(after === undefined ? {} : {after}),
    }));
}

function languageChanges(
  order: readonly string[],
  old: ContentVersion,
  current: ContentVersion,
  locale: string,
  englishDates: readonly DateChange[],
): LanguageChanges {
  const translation = current.translations[locale];
  const previous = Object.hasOwn(old.translations, locale) ? old.translations[locale] : undefined;
  const englishBefore = new Map(old.messages.map(({id, text}) => [id, text]));
  const englishAfter = new Map(current.messages.map(({id, text}) => [id, text]));
  const stale = new Set(translation.stale);
  const staleSince = (id: string) => {
    const [before, after] = [englishBefore.get(id), englishAfter.get(id)];
    return stale.has(id) && before !== undefined && after !== undefined && before !== after
      ? {before, after}
      : undefined;
  };
  // A date of its own: one that did not change as the English one did.
  const asEnglish = new Set(englishDates.map(({name, before, after}) => `${name} ${before} ${after}`));
  const dates = valueChanges(previous?.dates ?? old.dates, translation.dates).filter(
    ({name, before, after}) => !asEnglish.has(`${name} ${before} ${after}`),
  );
  const strings = current.messages.map(({id}) =>
    Object.hasOwn(translation.strings, id) ? translation.strings[id] : null,
  );
  return {
    locale,
    name: translation.name,
    texts: textChanges(order, shownIn(old.messages, previous), shownIn(current.messages, translation), staleSince),
    dates,
    now: {
      total: current.messages.length,
      translated: strings.filter((text) => text !== null).length,
      stale: translation.stale.length,
    },
  };
}

/** Names a page or an app writes: element tags, section ids (unless renamed to another), slot names. */
function publicNames({elements}: ContentVersion): Set<string> {
  const names = new Set<string>();
  for (const [tag, {sections, renamed, slots}] of Object.entries(elements)) {
    names.add(`element <${tag}>`);
    for (const section of sections) names.add(`section ${tag}.${section}`);
    for (const old of Object.keys(renamed)) names.add(`section ${tag}.${old}`);
    for (const slot of slots) names.add(`slot ${tag}.${slot}`);
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
  const dates = valueChanges(old.dates, current.dates);
  const isOld = (locale: string) => Object.hasOwn(old.translations, locale);
  const locales = Object.keys(current.translations);
  const now = publicNames(current);
  return {
    english,
    dates,
    moved: movedTexts(old.messages, current.messages),
    languages: locales.filter(isOld).map((locale) => languageChanges(order, old, current, locale, dates)),
    addedLanguages: locales
      .filter((locale) => !isOld(locale))
      .map((locale) => languageChanges(order, old, current, locale, dates)),
    removedLanguages: Object.entries(old.translations)
      .filter(([locale]) => !Object.hasOwn(current.translations, locale))
      .map(([locale, {name}]) => ({locale, name})),
    removedNames: [...publicNames(old)].filter((name) => !now.has(name)),
    drawings: valueChanges(old.drawings, current.drawings).map(({name, before, after}) => ({
      name,
      kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
    })),
  };
}

/** A reader of some language sees something different (a stale translation still shows as it was). */
export const readerSees = (changes: ContentChanges) =>
  changes.english.length > 0 ||
  changes.dates.length > 0 ||
  changes.drawings.length > 0 ||
  changes.moved.length > 0 ||
  changes.addedLanguages.length > 0 ||
  changes.removedLanguages.length > 0 ||
  changes.languages.some(({texts, dates}) => dates.length > 0 || texts.some(({kind}) => kind !== 'stale'));

/** A page may stop working as it did: a name it uses, or a language it shows, is gone. */
export const breaking = (changes: ContentChanges) =>
  changes.removedNames.length > 0 || changes.removedLanguages.length > 0;
