// `npm run l10n:po-import -- <file.po>`: brings a translator's PO file back into its
// xliff/<tag>.xlf (the tag from the PO's Language, else its file name). Only the translations
// come back: every unit, id, note and state the XLIFF has stays as it is, but where the text
// changed. Works with what l10n:po-export writes and with translate-toolkit's xliff2po (its units
// are found by their id in "#:").
//
// For each entry:
// - a changed translation replaces the target: state="translated" (or needs-review-translation
//   while the PO marks it fuzzy), and approved="no" if it was approved: a reviewer's mark was for
//   the old text;
// - an unchanged one keeps its state and the reviewer's mark; removing "fuzzy" confirms a stale
//   text or a draft (state="translated");
// - one translated from older English than the XLIFF's is kept, marked stale, with that English
//   kept as the previous version, as l10n:extract does;
// - an empty msgstr changes nothing (a PO editor cannot say "delete this translation").
// Nothing is written when the PO names a text the XLIFF lacks, holds plurals, or is for another
// language: each is an error with its line.
//
//   tsx tools/l10n/po-import.ts <file.po> [--xliff DIR] [--content DIR]
import {readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {parseArgs} from 'node:util';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {parsePo, PoError, type PoEntry, type PoFile} from './po.js';
import {firstIds, readTranslation, reviewPhrase, type Translation} from './translations.js';
import {isStaleState, parseXliff, untranslatedStates, XliffError, type Unit} from './xliff.js';
import {attribute, childElements, element, serializeDocument, setAttribute, type XmlElement} from './xml.js';

const {values: args, positionals} = parseArgs({
  options: {xliff: {type: 'string', default: 'xliff'}, content: {type: 'string', default: 'content'}},
  allowPositionals: true,
});
const usage = 'Usage: npm run l10n:po-import -- <file.po>, e.g. npm run l10n:po-import -- fr.po';
function stop(message: string): never {
  console.error(`l10n:po-import: ${message}`);
  process.exit(1);
}
if (positionals.length !== 1) stop(`${positionals.length ? 'one file at a time' : 'which file?'} ${usage}`);
const [poPath] = positionals;

let po: PoFile;
try {
  po = parsePo(poPath, readFileSync(poPath, 'utf8'));
} catch (error) {
  if (error instanceof PoError) stop(`${error.message}; nothing was changed`);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') stop(`${poPath} does not exist. ${usage}`);
  throw error;
}

/** The language: the PO's Language header (fr, fr_FR), else the file name (fr.po). */
function languageOf(): string {
  const said = po.header.Language?.replace(/_/g, '-');
  const named = basename(poPath).replace(/\.pot?$/i, '');
  try {
    return Intl.getCanonicalLocales(said || named)[0];
  } catch {
    return stop(`${poPath} says no language this can read (Language: "${said ?? ''}"); set Language: fr, say`);
  }
}
const tag = languageOf();
const file = join(args.xliff, `${tag}.xlf`);
const messages = catalogue((await loadContent(args.content)).content);

let before: Translation;
try {
  before = await readTranslation(messages, tag, file);
} catch (error) {
  if (error instanceof XliffError) stop(`${error.message}; fix it first, nothing was changed`);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    stop(`${poPath} is ${tag}, and there is no ${file}: the PO goes back into the file it was exported from`);
  }
  throw error;
}
// A fresh copy to change: `before` keeps the counts as they were.
const xliff = parseXliff(file, readFileSync(file, 'utf8'));
const units = new Map(xliff.units.map((unit) => [unit.id, unit]));

/** The unit an entry belongs to: its msgctxt, else an id among its references (xliff2po). */
function unitOf(entry: PoEntry): Unit | undefined {
  if (entry.context !== undefined) return units.get(entry.context);
  return entry.references.map((reference) => units.get(reference)).find((unit) => unit !== undefined);
}

const unknown = po.entries.filter((entry) => !unitOf(entry));
if (unknown.length) {
  stop(
    `${unknown.length} ${unknown.length === 1 ? 'entry names' : 'entries name'} no text of ${file}: ` +
      unknown
        .slice(0, 5)
        .map((entry) => `${poPath}:${entry.line} (${entry.context ?? (entry.references.join(' ') || 'no msgctxt')})`)
        .join(', ') +
      ". msgctxt is the text's id: put back the one the export wrote. Nothing was changed.",
  );
}

const seen = new Map<string, PoEntry>();
for (const entry of po.entries) {
  const {id} = unitOf(entry)!;
  const first = seen.get(id);
  if (first)
    stop(
      `${poPath}:${entry.line}: "${id}" is here twice (first at line ${first.line}); keep one. Nothing was changed.`,
    );
  seen.set(id, entry);
}

const indentOf = (unit: XmlElement) => {
  const space = unit.children.find((node) => node.kind === 'text' && /^\s+$/.test(node.text));
  return space?.kind === 'text' ? space.text : '\n  ';
};
const isPreviousVersion = (node: XmlElement) =>
  node.name === 'alt-trans' && attribute(node, 'alttranstype') === 'previous-version';

/** Sets a unit's target text, adding a <target> after <source> when it has none. */
function setTarget(unit: Unit, text: string): XmlElement {
  if (unit.targetElement) {
    unit.targetElement.children = [{kind: 'text', text}];
    return unit.targetElement;
  }
  const target = element('target', [], text);
  const [source] = childElements(unit.element, 'source');
  const at = source ? unit.element.children.indexOf(source) + 1 : 0;
  unit.element.children.splice(at, 0, {kind: 'text', text: indentOf(unit.element)}, target);
  return target;
}

function dropPreviousVersion(unit: Unit): void {
  unit.element.children = unit.element.children.filter((node, i, all) => {
    if (node.kind === 'element') return !isPreviousVersion(node);
    // The line break before an <alt-trans> goes with it.
    const next = all[i + 1];
    return !(node.kind === 'text' && /^\s+$/.test(node.text) && next?.kind === 'element' && isPreviousVersion(next));
  });
}

function keepPreviousVersion(unit: Unit, english: string, text: string): void {
  dropPreviousVersion(unit);
  const indent = indentOf(unit.element);
  const previous = element(
    'alt-trans',
    [['alttranstype', 'previous-version']],
    `${indent}  `,
    element('source', [], english),
    `${indent}  `,
    element('target', [], text),
    indent,
  );
  const last = unit.element.children.length - (unit.element.children.at(-1)?.kind === 'text' ? 1 : 0);
  unit.element.children.splice(last, 0, {kind: 'text', text: indent}, previous);
}

/** Replaces the unit's translator notes with the PO's translator comments, when they differ. */
function setTranslatorNotes(unit: Unit, comments: readonly string[]): boolean {
  const notes = childElements(unit.element, 'note').filter((note) => attribute(note, 'from') === 'translator');
  const had = notes.map((note) => note.children.map((child) => (child.kind === 'text' ? child.text : '')).join(''));
  const wanted = comments.length ? [comments.join('\n')] : [];
  if (had.join('\n') === wanted.join('\n')) return false;
  unit.element.children = unit.element.children.filter((node) => !(node.kind === 'element' && notes.includes(node)));
  for (const text of wanted) {
    const last = unit.element.children.length - (unit.element.children.at(-1)?.kind === 'text' ? 1 : 0);
    const note = element('note', [['from', 'translator']], text);
    unit.element.children.splice(last, 0, {kind: 'text', text: indentOf(unit.element)}, note);
  }
  return true;
}

const done = {changed: [] as string[], confirmed: [] as string[], older: [] as string[], notes: 0, empty: 0};
for (const entry of po.entries) {
  const unit = unitOf(entry)!;
  if (setTranslatorNotes(unit, entry.translatorComments)) done.notes += 1;
  if (entry.target === '') {
    done.empty += 1;
    continue;
  }
  const stale = isStaleState(unit.state);
  const draft = untranslatedStates.has(unit.state ?? '');
  if (entry.source !== unit.source) {
    // Translated from English the XLIFF no longer has: keep it, stale, with that English.
    const target = setTarget(unit, entry.target);
    setAttribute(target, 'state', 'needs-review-translation');
    if (attribute(unit.element, 'approved') === 'yes') setAttribute(unit.element, 'approved', 'no');
    keepPreviousVersion(unit, entry.source, entry.target);
    done.older.push(unit.id);
  } else if (entry.target !== unit.target) {
    const target = setTarget(unit, entry.target);
    setAttribute(target, 'state', entry.fuzzy ? 'needs-review-translation' : 'translated');
    if (attribute(unit.element, 'approved') === 'yes') setAttribute(unit.element, 'approved', 'no');
    if (!entry.fuzzy) dropPreviousVersion(unit);
    done.changed.push(unit.id);
  } else if ((stale || draft) && !entry.fuzzy) {
    setAttribute(unit.targetElement!, 'state', 'translated');
    dropPreviousVersion(unit);
    done.confirmed.push(unit.id);
  }
}

writeFileSync(file, serializeDocument(xliff.root));
const after = await readTranslation(messages, tag, file);
const counts = (translation: Translation) =>
  `${translation.counts.translated}/${translation.counts.texts} translated, ${reviewPhrase(translation)}, ` +
  `${translation.counts.stale} stale, ${translation.counts.broken} broken`;
const said = [
  `${done.changed.length} translations changed or new`,
  done.confirmed.length && `${done.confirmed.length} confirmed (no longer fuzzy)`,
  done.older.length &&
    `${done.older.length} translated from older English, kept as stale: ${firstIds(done.older)} ` +
      '(the English changed since the export; l10n:status shows the old English beside the new)',
  done.notes && `${done.notes} with translator comments changed`,
  done.empty && `${done.empty} empty in the PO (left as they were)`,
].filter(Boolean);
console.log(`${poPath} → ${file}: ${said.join('; ')}.`);
console.log(`  before: ${counts(before)}`);
console.log(`  after:  ${counts(after)}`);
if (after.counts.broken) {
  console.log(`  ${after.counts.broken} broken, shown in English until fixed: npm run l10n:status -- ${tag} says why.`);
}
