// `npm run sign-off -- <language> --date YYYY-MM-DD [--by "<name>"]`: records, after a real
// review, that a reviewer approved one language's text exactly as it stands now (fact M1):
//   en        a clinical reviewer, who checked the English against content-facts.md;
//   <tag>     a medical translator, who checked that translation against the English; every unit
//             of xliff/<tag>.xlf must carry the reviewer's mark first (TRANSLATING.md).
// It writes the fingerprint of the text and each message's digest into content/sign-offs.yaml
// (tools/content/sign-off.ts). From then on the build shows readers the date of this sign-off
// for as long as the text stays exactly as approved, and names the messages changed since.
// Never run it for a review that did not happen: the date is shown to patients.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {parseDocument, YAMLSeq} from 'yaml';
import {catalogue} from './content/catalogue.js';
import {packStructure, shippedStructure} from './content/pack.js';
import {loadContent} from './content/read.js';
import {englishSignedText, translationSignedText, type SignedText} from './content/sign-off.js';
import {signOffsFile} from './content/validate.js';
import {readTranslation} from './l10n/translations.js';

const usage = 'usage: npm run sign-off -- <language> --date YYYY-MM-DD [--by "<name>"]';

function fail(message: string): never {
  console.error(`sign-off: ${message}`);
  process.exit(1);
}

const {values: args, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    date: {type: 'string'},
    by: {type: 'string'},
    content: {type: 'string', default: 'content'},
    xliff: {type: 'string', default: 'xliff'},
  },
});
const [language, ...extra] = positionals;
if (!language || extra.length) fail(usage);
const date = args.date ?? fail(`say when the review was: ${usage}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) {
  fail(`--date must be a day written YYYY-MM-DD, not "${date.slice(0, 40)}"`);
}
if (Date.parse(`${date}T00:00:00Z`) > Date.now())
  fail(`--date ${date} is in the future: record a review once it is done`);
const by = args.by?.trim().slice(0, 200);

const {content} = await loadContent(args.content);
const messages = catalogue(content);

async function signedText(): Promise<SignedText> {
  if (language === content.locale) {
    return englishSignedText(content, messages, packStructure(shippedStructure(content, messages)));
  }
  const file = join(args.xliff, `${language}.xlf`);
  const translation = await readTranslation(messages, language, file).catch((error: Error) =>
    fail(`cannot read ${file}: ${error.message}`),
  );
  const {texts, translated, broken, stale, reviewed} = translation.counts;
  const open = [
    texts > translated && `${texts - translated} not translated`,
    broken && `${broken} broken`,
    stale && `${stale} stale`,
    reviewed < texts && `${texts - reviewed} not marked reviewed`,
  ].filter(Boolean);
  if (open.length) {
    fail(
      `${file} is not ready to approve: ${open.join(', ')} (of ${messages.length}). A medical translator ` +
        'approves a translation only when every text is translated and marked reviewed (npm run l10n:status).',
    );
  }
  return translationSignedText(messages, translation.strings);
}

const {digests, fingerprint} = await signedText();
const path = join(args.content, signOffsFile);
const document = parseDocument(readFileSync(path, 'utf8'));
const list = document.get('signOffs');
if (!(list instanceof YAMLSeq)) fail(`${path} has no signOffs: list`);
list.flow = false;
list.add(
  document.createNode({
    language,
    role: language === content.locale ? 'clinical-reviewer' : 'medical-translator',
    date,
    ...(by ? {by} : {}),
    fingerprint,
    messages: digests,
  }),
);
writeFileSync(path, document.toString({lineWidth: 0}));
console.log(
  `sign-off: recorded that ${language === content.locale ? 'a clinical reviewer' : 'a medical translator'} ` +
    `approved the ${language} text on ${date} (${Object.keys(digests).length} messages, fingerprint ${fingerprint}). ` +
    'Build to show it; commit content/sign-offs.yaml.',
);
