// `npm run l10n:status [-- <tag>...] [--all]`: for each translation in xliff/ (or the ones
// named), one summary line, then what needs a translator, most urgent first:
//   broken     targets the page cannot show (the English shows there instead): a marker or
//              placeholder unlike the English's, unbalanced [[ ]], tags in the target, an empty
//              target, an entity escaped twice; or a whole file no CAT tool can open, which
//              stops the build (file:line:col);
//   wrong ids  units whose id is no text of the guide, with the id it most likely should be;
//   stale      targets whose English changed since (they show until reviewed), the old English
//              beside the new;
//   missing    texts with no translation yet, summarised (--all lists every one).
// The counts are the build's (translations.ts): "translated" is what the page shows translated,
// "reviewed" what is also approved (approved="yes", which CAT tools set) and up to date.
// Exits 1 when anything is broken; missing and stale text is normal while translating.
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {readTranslation, translatedCount, translationFiles, unknownLine, type Translation} from './translations.js';
import {XliffError} from './xliff.js';

const {values: args, positionals: wanted} = parseArgs({
  options: {xliff: {type: 'string', default: 'xliff'}, all: {type: 'boolean', default: false}},
  allowPositionals: true,
});
const messages = catalogue((await loadContent('content')).content);
/** How many lines of one kind before the rest is summarised (--all shows every one). */
const shortList = args.all ? Infinity : 10;

function list<T>(label: string, items: readonly T[], line: (item: T) => string[]): void {
  if (!items.length) return;
  console.log(`  ${label}`);
  for (const item of items.slice(0, shortList)) for (const text of line(item)) console.log(`    ${text}`);
  if (items.length > shortList) console.log(`    … and ${items.length - shortList} more (--all lists every one)`);
}

function report(translation: Translation): boolean {
  const {locale, name, file, strings, missing, broken, stale, reviewed, unknown} = translation;
  const shown = translatedCount(translation);
  const percent = Math.floor((shown / strings.length) * 1000) / 10;
  console.log(
    `${locale} (${name}, ${file}): ${shown}/${strings.length} translated (${percent}%), ${reviewed} reviewed, ` +
      `${stale.length} stale, ${broken.length} broken`,
  );
  list(`broken: ${broken.length}, shown in English until fixed:`, broken, ({id, line, problems}) => [
    `${file}:${line}: ${id}: ${problems.join('; ')}`,
  ]);
  list(`wrong ids: ${unknown.length}`, unknown, (unit) => [`${file}:${unit.line}: ${unit.id}: ${unknownLine(unit)}`]);
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
    const first = args.all ? missing : missing.slice(0, 5);
    const more = missing.length - first.length;
    console.log(
      `  not translated yet: ${missing.length}, shown in English: ${first.join(', ')}` +
        (more ? ` and ${more} more (--all lists every one)` : ''),
    );
  }
  return broken.length > 0;
}

const files = translationFiles(args.xliff).filter(({locale}) => !wanted.length || wanted.includes(locale));
for (const tag of wanted.filter((tag) => !files.some(({locale}) => locale === tag))) {
  console.log(`${tag}: no translation (no file ${args.xliff}/${tag}.xlf); start one with npm run l10n:add -- ${tag}`);
}
let failed = wanted.length > files.length;
for (const {locale, file} of files) {
  try {
    if (report(await readTranslation(messages, locale, file))) failed = true;
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
