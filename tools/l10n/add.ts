// `npm run l10n:add -- <tag>`: starts a translation. Writes xliff/<tag>.xlf with a unit for
// every text of the guide, in reading order, each with its English and a note on where it
// shows, and no targets. Nothing else needs editing: the build, the review page, l10n:status,
// l10n:extract and the tests all take the languages from the files in xliff/.
//
//   tsx tools/l10n/add.ts <tag> [--xliff DIR] [--content DIR]
import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {extractFresh} from './lit-localize.js';
import {checkTag} from './tags.js';
import {updatedFile} from './update.js';
import {serializeDocument} from './xml.js';

const {values: args, positionals} = parseArgs({
  options: {xliff: {type: 'string', default: 'xliff'}, content: {type: 'string', default: 'content'}},
  allowPositionals: true,
});

const usage = 'Usage: npm run l10n:add -- <language tag>, e.g. npm run l10n:add -- fr (or fr-CA, pt-BR, zh-Hant).';
if (positionals.length !== 1) {
  console.error(`l10n:add: ${positionals.length ? 'one language at a time' : 'which language?'} ${usage}`);
  process.exit(1);
}
const [requested] = positionals;
const check = checkTag(requested);
if (check.error !== undefined) {
  console.error(`l10n:add: ${check.error}. ${usage}`);
  process.exit(1);
}
const {tag, name} = check;
const file = join(args.xliff, `${tag}.xlf`);
if (existsSync(file)) {
  console.error(
    `l10n:add: ${file} (${name}) already exists. To bring it up to date with the English, ` +
      'npm run l10n:extract; to start again, delete it first.',
  );
  process.exit(1);
}

const messages = catalogue((await loadContent(args.content)).content);
const fresh = await extractFresh(messages, [tag]);
const {root} = updatedFile(messages, fresh.get(tag)!);
writeFileSync(file, serializeDocument(root));
const port = process.env.PORT ?? 8000;
console.log(
  [
    `${file}: ${name}${tag === requested ? '' : ` (${tag})`}, ${messages.length} texts to translate, in reading order.`,
    `Next: translate it in your CAT tool or a text editor (TRANSLATING.md), then see it with`,
    `  npm start   and open http://localhost:${port}/demo/translations.html?locale=${tag}`,
  ].join('\n'),
);
