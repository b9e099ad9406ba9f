// `npm run l10n:table [-- --from FILE] [--write FILE]`: the docs' language table, in markdown,
// from a build's languages file (dist/languages.json unless --from). Printed, or with --write
// put into a markdown file between its two marker lines, so docs/languages.md always shows what
// the last build shipped. The docs site can do the same from the file it publishes.
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import * as prettier from 'prettier';
import {languagesTable, type LanguagesFile} from './languages-file.js';

const {values: args} = parseArgs({
  options: {from: {type: 'string', default: 'dist/languages.json'}, write: {type: 'string'}},
});
const start = '<!-- languages table: made by npm run l10n:table from dist/languages.json; do not edit -->';
const end = '<!-- end of languages table -->';

let file: LanguagesFile;
try {
  file = JSON.parse(readFileSync(args.from, 'utf8')) as LanguagesFile;
} catch (error) {
  console.error(`l10n:table: cannot read ${args.from} (${(error as Error).message}); run npm run build first.`);
  process.exit(1);
}
/** As `npm run lint` wants markdown: prettier's layout, with the project's settings. */
async function formatted(markdown: string, path = 'languages.md'): Promise<string> {
  return prettier.format(markdown, {...(await prettier.resolveConfig(path)), filepath: path});
}
const table = languagesTable(file);
if (!args.write) {
  process.stdout.write(await formatted(table));
  process.exit(0);
}
const doc = readFileSync(args.write, 'utf8');
const from = doc.indexOf(start);
const to = doc.indexOf(end);
if (from < 0 || to < from) {
  console.error(
    `l10n:table: ${args.write} has no table markers; put these two lines where the table goes:\n${start}\n${end}`,
  );
  process.exit(1);
}
writeFileSync(
  args.write,
  await formatted(`${doc.slice(0, from + start.length)}\n\n${table}\n${doc.slice(to)}`, args.write),
);
console.log(`l10n:table: ${args.write}: ${file.languages.length} languages besides ${file.sourceLanguage}.`);
