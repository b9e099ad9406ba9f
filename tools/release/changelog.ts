// CHANGELOG.md in the Keep a Changelog 1.1.0 format (https://keepachangelog.com/en/1.1.0/):
// newest first, `## [Unreleased]` on top for the maintainer's entries, then `## [x.y.z] - YYYY-MM-DD`
// per release, with `### Added`, `### Changed`, `### Fixed`... Ours adds `### Content`, written by
// `npm run release` from the content itself: every text a reader sees that changed, in every
// language, before and after (docs/releases.md).
import type {
  ContentChanges,
  ContentVersion,
  DateChange,
  LanguageChanges,
  Shown,
  TextChange,
} from './content-changes.js';

export const changelogHeader = `# Changelog

Every release of bone-marrow-guide, newest first. The format is
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/), with one section of our own: **Content**,
written by \`npm run release\` from the content itself, lists every text a reader sees that changed,
in every language, before and after. Version numbers follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html) and the rule in
[docs/releases.md](docs/releases.md): a change to any text is at least a minor version.

## [Unreleased]
`;

export interface Release {
  version: string;
  date: string;
  /** The commit whose content/ and xliff/ this release holds, when its entry names one. */
  contentCommit: string | undefined;
}

export interface Changelog {
  text: string;
  /** The maintainer's entries under [Unreleased], as written (may be empty). */
  unreleased: string;
  /** Newest first. */
  releases: Release[];
}

const releaseHeading = /^## \[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\](?: - (\d{4}-\d{2}-\d{2}))?.*$/gm;
const unreleasedHeading = /^## \[Unreleased\].*$/m;
/** The line each Content section starts with; the next release reads the commit from it. */
const commitLine = (commit: string) =>
  `The texts of this version are those of \`content/\` and \`xliff/\` at commit \`${commit}\`.`;
const commitPattern = /`content\/` and `xliff\/` at commit `([0-9a-f]{7,40})`/;

export function parseChangelog(text: string): Changelog {
  const headings = [...text.matchAll(releaseHeading)];
  const releases = headings.map((match, i) => {
    const body = text.slice(match.index + match[0].length, headings[i + 1]?.index ?? text.length);
    return {version: match[1], date: match[2] ?? '', contentCommit: commitPattern.exec(body)?.[1]};
  });
  const unreleased = unreleasedHeading.exec(text);
  const body = unreleased
    ? text.slice(unreleased.index + unreleased[0].length, headings[0]?.index ?? text.length).trim()
    : '';
  return {text, unreleased: body, releases};
}

/** A text as written in the content (its [[term]] and {date} markup kept), as a Markdown code span. */
export function quoted(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  const ticks = '`'.repeat(Math.max(0, ...[...line.matchAll(/`+/g)].map(([run]) => run.length)) + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${line}${pad}${ticks}`;
}

/**
 * The words that differ, between the first and the last difference, with one word around them:
 * in a long sentence the reviewer sees at once what changed. Undefined when that is the whole text.
 */
export function changedWords(before: string, after: string): {before: string; after: string} | undefined {
  const [a, b] = [before.split(/\s+/), after.split(/\s+/)];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [from, to] = [Math.max(0, start - 1), end ? 1 : 0];
  const part = (words: string[]) => words.slice(from, words.length - end + to).join(' ');
  const changed = {before: part(a), after: part(b)};
  return changed.before.length < before.length || changed.after.length < after.length ? changed : undefined;
}

const wordLine = (before: Shown | undefined, after: Shown | undefined) => {
  const words = before && after && !before.english && !after.english && changedWords(before.text, after.text);
  return words ? [`  - words: ${quoted(words.before)} → ${quoted(words.after)}`] : [];
};

const shown = (label: string, {text, english}: Shown) =>
  `  - ${label}${english ? ' (the English shows)' : ''}: ${quoted(text)}`;

function englishLines(changes: readonly TextChange[]): string[] {
  return changes.flatMap(({id, kind, before, after}) => {
    const lines = [`- \`${id}\` ${kind}`];
    if (before) lines.push(shown('before', before));
    if (after) lines.push(shown('after', after));
    return [...lines, ...wordLine(before, after)];
  });
}

function languageLines({texts}: LanguageChanges): string[] {
  return texts.flatMap(({id, kind, before, after, english}) => {
    if (kind === 'stale') {
      return [
        `- \`${id}\` stale: its English changed (above), this translation did not, and it still shows`,
        `  - shows: ${quoted(after!.text)}`,
        `  - translated from: ${quoted(english!.before)}`,
      ];
    }
    if (kind === 'changed' && before!.english && after!.english) {
      return [`- \`${id}\` not translated: shows the English, which changed (above)`];
    }
    const lines = [`- \`${id}\` ${kind}`];
    if (before) lines.push(shown('before', before));
    if (after) lines.push(shown('after', after));
    return [...lines, ...wordLine(before, after)];
  });
}

const dateLine = ({name, before, after}: DateChange) =>
  `- \`${name}\`: ${before ?? 'not shown'} → ${after ?? 'not shown'}`;

const standing = ({now}: LanguageChanges) =>
  `Now ${now.translated} of ${now.total} texts translated, ${now.stale} of them stale (their English changed ` +
  `since; they show until a translator reviews them); ${now.total - now.translated} show in English.`;

export interface ContentSectionOptions {
  /**
   * The previous release, e.g. "0.1.0", where its content was read from, and the format of
   * what its build wrote (0: before build/l10n/texts.json; see older-build.ts).
   */
  previous: {version: string; source: string; format?: number} | undefined;
  /** The commit whose content/ and xliff/ are released (clean, so the same as the files). */
  commit: string;
  /** The maintainer's word on clinical meaning; required when any text changed (release.ts). */
  clinical: {changed: true; what: string} | {changed: false} | undefined;
  /** Lines the maintainer wrote under ### Content in [Unreleased], kept first. */
  written?: string;
}

/** The `### Content` section of a release. */
export function contentSection(
  changes: ContentChanges | undefined,
  current: ContentVersion,
  options: ContentSectionOptions,
): string {
  const lines = ['### Content', '', commitLine(options.commit)];
  if (options.written) lines.push('', options.written);
  if (!changes || !options.previous) {
    lines.push(
      '',
      `First release: ${current.messages.length} texts in English.`,
      ...Object.entries(current.translations).map(
        ([locale, {name, strings}]) =>
          `${name} (${locale}): ${Object.values(strings).filter((text) => text !== null).length} of ` +
          `${current.messages.length} translated; the rest show in English.`,
      ),
    );
    return `${lines.join('\n')}\n`;
  }
  const {version, source} = options.previous;
  const any =
    changes.english.length ||
    changes.dates.length ||
    changes.drawings.length ||
    changes.moved.length ||
    changes.languages.some(({texts, dates}) => texts.length || dates.length) ||
    changes.addedLanguages.length ||
    changes.removedLanguages.length ||
    changes.removedNames.length;
  if (!any) {
    lines.push('', `No text a reader sees changed since ${version} (compared with ${source}).`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    '',
    `Every text a reader sees that changed since ${version} (read from ${source}), in each language, ` +
      'before and after, as written in the content (`[[term]]` marks a word from the glossary, `{name}` a date). ' +
      'An id names one text; it stays the same when the words change.',
  );
  if (options.previous.format === 0) {
    lines.push(
      '',
      `${version} was built before \`build/l10n/texts.json\` existed: its texts were read from the files its own ` +
        'build wrote for the bundle (docs/releases.md, "Versions before the texts file").',
    );
  }
  if (options.clinical?.changed) lines.push('', `**Clinical meaning changed:** ${options.clinical.what}`);
  else if (options.clinical) {
    lines.push(
      '',
      'Clinical meaning: not changed, as stated by the maintainer who made this release (wording or ' +
        'translation only). This statement is not a clinical review.',
    );
  }
  if (changes.removedNames.length) {
    lines.push(
      '',
      '#### Gone: pages that use these names must change',
      '',
      ...changes.removedNames.map((name) => `- ${name}`),
    );
  }
  if (changes.english.length) lines.push('', '#### English', '', ...englishLines(changes.english));
  if (changes.dates.length) {
    lines.push('', '#### Dates (in every language)', '', ...changes.dates.map(dateLine));
  }
  if (changes.drawings.length) {
    lines.push(
      '',
      '#### Drawings (in every language)',
      '',
      ...changes.drawings.map(({name, kind}) => `- \`${name}\` ${kind === 'changed' ? 'redrawn' : kind}`),
    );
  }
  if (changes.moved.length) {
    lines.push(
      '',
      '#### Moved, words unchanged (in every language)',
      '',
      ...changes.moved.map(
        ({id, element, was, after}) =>
          `- \`${id}\`: now ${after ? `after \`${after}\`` : 'first'} in <${element}>` +
          (was === element ? '' : ` (was in ${was.startsWith('the ') ? was : `<${was}>`})`),
      ),
    );
  }
  for (const language of changes.languages) {
    lines.push('', `#### ${language.name} (${language.locale})`, '');
    if (language.texts.length) lines.push(...languageLines(language), '');
    if (language.dates.length) lines.push('Its own dates:', '', ...language.dates.map(dateLine), '');
    if (!language.texts.length && !language.dates.length) lines.push('No change.', '');
    lines.push(standing(language));
  }
  for (const language of changes.addedLanguages) {
    lines.push(
      '',
      `#### ${language.name} (${language.locale}): new language`,
      '',
      `Every ${language.name} text is new: review the translation as a whole. ${standing(language)}`,
    );
  }
  for (const {locale, name} of changes.removedLanguages) {
    lines.push('', `#### ${name} (${locale}): removed`, '', `Pages in ${name} now show the English.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The maintainer's [Unreleased] entries, split into their ### Content lines and the rest. */
export function splitUnreleased(body: string): {content: string; rest: string} {
  const parts = body.split(/^(?=### )/m);
  const isContent = (part: string) => /^### Content\s*$/m.test(part.split('\n')[0]);
  return {
    content: parts
      .filter(isContent)
      .map((part) => part.split('\n').slice(1).join('\n').trim())
      .join('\n\n'),
    rest: parts
      .filter((part) => !isContent(part))
      .join('')
      .trim(),
  };
}

/**
 * The changelog with the release's entry on top, under an empty [Unreleased]: its Content
 * section, then the maintainer's entries that were under [Unreleased] (Added, Changed, Fixed...).
 */
export function withRelease(
  changelog: Changelog,
  version: string,
  date: string,
  content: string,
  rest: string,
): string {
  const entry = [`## [${version}] - ${date}`, '', content.trimEnd(), ...(rest ? ['', rest] : []), ''].join('\n');
  const {text} = changelog;
  const unreleased = unreleasedHeading.exec(text);
  if (!unreleased) {
    // No [Unreleased] heading: put one, then the entry, before the first release (or at the end).
    const first = text.search(/^## \[/m);
    const at = first < 0 ? text.length : first;
    return `${text.slice(0, at).trimEnd()}\n\n## [Unreleased]\n\n${entry}\n${first < 0 ? '' : text.slice(at)}`;
  }
  const after = text.slice(unreleased.index + unreleased[0].length).search(/^## \[/m);
  const end = after < 0 ? text.length : unreleased.index + unreleased[0].length + after;
  return `${text.slice(0, unreleased.index)}## [Unreleased]\n\n${entry}${after < 0 ? '' : `\n${text.slice(end)}`}`;
}
