// `npm run l10n:po-export -- <tag> [--out FILE]`: writes xliff/<tag>.xlf as a PO file
// (<tag>.po unless --out) for a translator who works in a PO editor, each text with its note
// (where it shows, what to keep) as the comment PO editors show translators, its id as msgctxt,
// and what the checks found: stale and broken texts fuzzy, with why. `npm run l10n:po-import`
// brings it back (po.ts says why not translate-toolkit's xliff2po).
//
//   tsx tools/l10n/po-export.ts <tag> [--out FILE] [--xliff DIR] [--content DIR]
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {writePo, type PoEntry} from './po.js';
import {isReviewed} from './review.js';
import {firstIds, readTranslation} from './translations.js';
import {isStaleState, untranslatedStates, XliffError} from './xliff.js';
import {attribute, childElements, textOf} from './xml.js';

const {values: args, positionals} = parseArgs({
  options: {
    xliff: {type: 'string', default: 'xliff'},
    content: {type: 'string', default: 'content'},
    out: {type: 'string'},
  },
  allowPositionals: true,
});
const usage = 'Usage: npm run l10n:po-export -- <language tag> [--out FILE], e.g. npm run l10n:po-export -- fr';
if (positionals.length !== 1) {
  console.error(`l10n:po-export: ${positionals.length ? 'one language at a time' : 'which language?'} ${usage}`);
  process.exit(1);
}
const [tag] = positionals;
const file = join(args.xliff, `${tag}.xlf`);
const out = args.out ?? `${tag}.po`;
const messages = catalogue((await loadContent(args.content)).content);
const english = new Map(messages.map((message) => [message.id, message.text]));

let translation;
try {
  translation = await readTranslation(messages, tag, file);
} catch (error) {
  if (!(error instanceof XliffError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  const why = error instanceof XliffError ? error.message : `${file} does not exist (npm run l10n:add -- ${tag})`;
  console.error(`l10n:po-export: ${why}`);
  process.exit(1);
}
// The PO's English must be today's: otherwise a translator would translate old text.
const behind = translation.xliff.units.filter((unit) => english.has(unit.id) && english.get(unit.id) !== unit.source);
if (behind.length) {
  console.error(
    `l10n:po-export: ${file} has older English for ${behind.length} texts (${firstIds(behind.map(({id}) => id))}): ` +
      'run npm run l10n:extract first, then export.',
  );
  process.exit(1);
}

const broken = new Map(translation.broken.map(({id, problems}) => [id, problems]));
const same = new Set(translation.sameAsEnglish.map(({id}) => id));
const entries = translation.xliff.units.map((unit): PoEntry => {
  const notes = childElements(unit.element, 'note');
  const stale = isStaleState(unit.state);
  const draft = unit.target !== undefined && untranslatedStates.has(unit.state ?? '');
  const checks = [
    broken.has(unit.id) && `Not shown, the English shows instead: ${broken.get(unit.id)!.join('; ')}`,
    same.has(unit.id) && 'The same as the English, so the English shows: translate it.',
    stale && 'Stale: the English changed since this was translated (the old English is the previous msgid).',
    draft && 'A draft, not shown: confirm it (remove "fuzzy") when it is right.',
    isReviewed(unit) && !stale && 'Reviewed by a medical translator: a change here needs their review again.',
    !english.has(unit.id) && 'No text of the guide has this id any more (npm run l10n:status).',
  ].filter((line): line is string => typeof line === 'string');
  return {
    context: unit.id,
    source: unit.source,
    target: unit.target ?? '',
    fuzzy: stale || draft || broken.has(unit.id),
    translatorComments: notes.filter((note) => attribute(note, 'from') === 'translator').map(textOf),
    references: [],
    notes: [...notes.filter((note) => attribute(note, 'from') !== 'translator').map(textOf), ...checks],
    previousSource: stale ? unit.previousSource : undefined,
    line: unit.line,
  };
});

const intro = [
  `bone-marrow-guide in ${translation.name} (${tag}), from ${file}: each text's notes say where it shows and`,
  "what to keep. Translate msgstr; never change msgctxt (the text's id) or msgid (the English).",
  `Bring it back with: npm run l10n:po-import -- ${out}`,
];
const header = {
  'Project-Id-Version': 'bone-marrow-guide',
  // When this file was made; a PO editor sets it, and the next two, when the translator saves.
  'PO-Revision-Date': new Date()
    .toISOString()
    .replace(/:\d\d\.\d+Z$/, '+0000')
    .replace('T', ' '),
  'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>',
  'Language-Team': `${translation.name}`,
  Language: tag,
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'X-Generator': 'bone-marrow-guide l10n:po-export',
};
writeFileSync(out, writePo({header, entries}, intro));
const {counts} = translation;
const fuzzy = entries.filter((entry) => entry.fuzzy).length;
const fuzzyNote = fuzzy ? `, ${fuzzy} fuzzy (stale, broken or drafts: the notes say which)` : '';
console.log(
  `${out}: ${entries.length} texts of ${file}, each with its notes: ${counts.translated} translated, ` +
    `${counts.missing} to translate${fuzzyNote}.\n` +
    `Translate it in a PO editor (Poedit, Lokalize...), then: npm run l10n:po-import -- ${out}`,
);
