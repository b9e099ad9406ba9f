// `npm run l10n:status [-- <tag>...] [--all] [--against <git revision>]`: for each translation
// in xliff/ (or the ones named), its counts and review state, whether dist/ ships it and why,
// then what needs a translator, most urgent first:
//   lost       since the file's version in git (HEAD, or --against): texts no longer
//              translated, reviewer's marks gone, notes gone (history.ts), with the first ids;
//   broken     targets the page cannot show (the English shows there instead): a marker or
//              placeholder unlike the English's, unbalanced [[ ]], tags in the target, an empty
//              target, an entity escaped twice; or a whole file no CAT tool can open, which
//              stops the build (file:line:col);
//   wrong ids  units whose id is no text of the guide, with the id it most likely should be;
//   same as the English  targets identical to their English, which show as English;
//   stale      targets whose English changed since (they show until reviewed), the old English
//              beside the new;
//   missing    texts with no translation yet, summarised (--all lists every one).
// The counts are the build's (translations.ts): "translated" is what the page shows translated,
// "reviewed" what also carries a reviewer's mark (review.ts) and is up to date.
// Exits 1 when anything is lost, broken or has a wrong id; missing, stale and same-as-English
// text is normal while translating (it keeps a language out of dist/ until it is complete).
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {hasLosses, lossesSince} from './history.js';
import {readReleaseConfig, type ReleaseConfig} from './release.js';
import {
  firstIds,
  readTranslation,
  reviewPhrase,
  sameAsEnglishLine,
  translationFiles,
  unknownLine,
  type Translation,
} from './translations.js';
import {XliffError} from './xliff.js';

const {values: args, positionals: wanted} = parseArgs({
  options: {
    xliff: {type: 'string', default: 'xliff'},
    content: {type: 'string', default: 'content'},
    against: {type: 'string', default: 'HEAD'},
    all: {type: 'boolean', default: false},
  },
  allowPositionals: true,
});
const {content} = await loadContent(args.content);
const messages = catalogue(content);
/** How many lines of one kind before the rest is summarised (--all shows every one). */
const shortList = args.all ? Infinity : 10;

function list<T>(label: string, items: readonly T[], line: (item: T) => string[]): void {
  if (!items.length) return;
  console.log(`  ${label}`);
  for (const item of items.slice(0, shortList)) for (const text of line(item)) console.log(`    ${text}`);
  if (items.length > shortList) console.log(`    … and ${items.length - shortList} more (--all lists every one)`);
}

const ids = (found: readonly string[]) => (args.all ? found.join(', ') : firstIds(found));

/** The lines about what the file lost since git; true when that fails the run. */
function reportLosses(translation: Translation, config: ReleaseConfig): boolean {
  const losses = lossesSince(messages, translation, config, args.against);
  if ('skipped' in losses) {
    console.log(`  compared with git: ${losses.skipped}`);
    return false;
  }
  const {against, translated, reviewed, notes, changedAfterReview} = losses;
  const count = (found: readonly string[], one: string, many: string) =>
    `${found.length} ${found.length === 1 ? one : many}`;
  const lost = [
    translated.length && `${count(translated, 'text is', 'texts are')} no longer translated: ${ids(translated)}`,
    reviewed.length && `${count(reviewed, 'text has', 'texts have')} lost the reviewer's mark: ${ids(reviewed)}`,
    notes.length &&
      `${count(notes, 'unit has', 'units have')} lost notes (where the text shows, what to keep): ${ids(notes)}`,
  ].filter((line): line is string => typeof line === 'string');
  if (lost.length) {
    console.log(`  lost since git ${against}:`);
    for (const line of lost) console.log(`    ${line}`);
    console.log(
      '    A tool round trip does this (TRANSLATING.md, "Translating in PO"). To undo it: ' +
        `git checkout ${against} -- ${translation.file}. If it is meant (a reviewer sent texts back), ` +
        'commit the file; the next run compares with that.',
    );
  }
  if (changedAfterReview.length) {
    console.log(
      `  changed since git ${against} but still marked reviewed: ${ids(changedAfterReview)}. Right if the reviewer ` +
        'made the change; otherwise the review was of the old text: set state="translated" on those targets',
    );
  }
  return hasLosses(losses);
}

function report(translation: Translation, config: ReleaseConfig): boolean {
  const {locale, name, file, missing, broken, stale, unknown, counts, release} = translation;
  const percent = Math.floor((counts.translated / counts.texts) * 1000) / 10;
  console.log(
    `${locale} (${name}, ${file}): ${counts.translated}/${counts.texts} translated (${percent}%), ` +
      `${reviewPhrase(translation)}, ${counts.stale} stale, ${counts.broken} broken`,
  );
  console.log(
    `  ${release.released ? 'released in dist/' : 'held back from dist/'}: ${release.why}` +
      (release.howToRelease ? `; to release it: ${release.howToRelease}` : ''),
  );
  const lost = reportLosses(translation, config);
  list(`broken: ${broken.length}, shown in English until fixed:`, broken, ({id, line, problems}) => [
    `${file}:${line}: ${id}: ${problems.join('; ')}`,
  ]);
  list(`wrong ids: ${unknown.length}`, unknown, (unit) => [`${file}:${unit.line}: ${unit.id}: ${unknownLine(unit)}`]);
  if (counts.sameAsEnglish) console.log(`  same as the English: ${sameAsEnglishLine(translation)}`);
  list(
    `stale: ${stale.length}; the English changed, and your old translation shows until you review it: ` +
      'compare it with the new English, fix it if needed, then set state="translated"',
    stale,
    ({id, line, was, now}) => [
      `${file}:${line}: ${id}`,
      `  was: ${was ?? '(the file no longer has the old English)'}`,
      `  now: ${now}`,
    ],
  );
  if (missing.length) {
    const more = !args.all && missing.length > 5 ? ' (--all lists every one)' : '';
    console.log(`  not translated yet: ${missing.length}, shown in English: ${ids(missing)}${more}`);
  }
  return lost || broken.length > 0 || unknown.length > 0;
}

const files = translationFiles(args.xliff).filter(({locale}) => !wanted.length || wanted.includes(locale));
for (const tag of wanted.filter((tag) => !files.some(({locale}) => locale === tag))) {
  console.log(`${tag}: no translation (no file ${args.xliff}/${tag}.xlf); start one with npm run l10n:add -- ${tag}`);
}
let failed = wanted.length > files.length;
let config: ReleaseConfig | undefined;
try {
  config = readReleaseConfig(args.xliff);
} catch (error) {
  if (!(error instanceof XliffError)) throw error;
  console.log(`${error.message}\n  so the build stops.`);
  failed = true;
}
for (const {locale, file} of config ? files : []) {
  try {
    if (report(await readTranslation(messages, locale, file, config, content.signOffs), config!)) failed = true;
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    console.log(`${locale} (${file}): cannot be read, so the build stops:\n  ${error.message}`);
    failed = true;
  }
}
if (!files.length && !wanted.length) {
  console.log(`No translations in ${args.xliff}/ yet; start one with npm run l10n:add -- <language tag>.`);
}
if (failed) {
  console.error('\nl10n:status: fix the problems above (TRANSLATING.md, "Check your file", says how).');
  process.exit(1);
}
