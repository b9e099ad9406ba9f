// `npm run l10n:extract`: brings every xliff/<tag>.xlf up to date with the English in
// content/, after the English changes. New texts get a unit with no target; changed ones are
// marked for review with the old English kept beside them; texts the guide no longer has lose
// their unit; everything in reading order (update.ts says exactly what is kept).
//
// Every file is read first; if any cannot be read (not well-formed XML, say), nothing is
// written and the problem is printed with its file:line:col.
//
//   tsx tools/l10n/extract.ts [--xliff DIR] [--content DIR]
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {extractFresh} from './lit-localize.js';
import {readTranslations} from './translations.js';
import {updatedFile} from './update.js';
import {serializeDocument} from './xml.js';

const {values: args} = parseArgs({
  options: {xliff: {type: 'string', default: 'xliff'}, content: {type: 'string', default: 'content'}},
});
const messages = catalogue((await loadContent(args.content)).content);

const {translations, unreadable} = await readTranslations(messages, args.xliff);
for (const line of unreadable) console.error(line);
if (unreadable.length) {
  console.error(`\nl10n:extract: changed nothing; fix the file(s) above first (TRANSLATING.md says how).`);
  process.exit(1);
}
if (!translations.length) {
  console.log(`l10n:extract: no translations in ${args.xliff}/; start one with npm run l10n:add -- <language tag>.`);
  process.exit(0);
}

const fresh = await extractFresh(
  messages,
  translations.map(({locale}) => locale),
);
for (const translation of translations) {
  const {locale, file, xliff} = translation;
  const {root, report} = updatedFile(messages, fresh.get(locale)!, {xliff, translation});
  const text = serializeDocument(root);
  const changed = text !== readFileSync(file, 'utf8');
  if (changed) writeFileSync(file, text);
  const what = [
    report.added && `${report.added} new (to translate)`,
    report.markedForReview.length && `${report.markedForReview.length} marked for review (the English changed)`,
    report.removed.length && `${report.removed.length} removed (no longer in the guide: ${report.removed.join(', ')})`,
  ].filter(Boolean);
  console.log(`${file}: ${messages.length} units in reading order${what.length ? `; ${what.join('; ')}` : ''}`);
  for (const {id, line, suggestion} of report.kept) {
    console.log(
      `  kept "${id}" (was line ${line}): no text has this id, but it is translated and "${suggestion}" is not; ` +
        `put back the id "${suggestion}" if that is the one`,
    );
  }
}
