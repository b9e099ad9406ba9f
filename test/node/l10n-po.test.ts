// The PO route (TRANSLATING.md, "Translating in PO"), through real tools: l10n:po-export writes a
// PO file gettext's msgfmt accepts and translate-toolkit reads with every note and id; a
// translator's edits, saved by translate-toolkit's PO storage as a PO editor saves them, come back
// with l10n:po-import into the XLIFF with every unit, note, id and reviewer's mark kept. On
// scratch translations of the fixture content (l10n-scratch.ts).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {readTranslation} from '../../tools/l10n/translations.js';
import {
  added,
  addTarget,
  fixtureTarget,
  messageIds,
  messages,
  reviewedBy,
  scratch,
  spanish,
  tool,
  unitOf,
  python,
  translateToolkitMissing as missing,
} from './l10n-scratch.js';

const total = messages.length;

/** Runs Python with translate-toolkit on a PO file: `script` sees `store` and `units` (by msgctxt). */
function withPoStorage(file: string, script: string): string {
  assert.ok(python, missing);
  const program = [
    'import sys',
    'from translate.storage import po',
    'store = po.pofile.parsefile(sys.argv[1])',
    'units = {unit.getcontext(): unit for unit in store.units if not unit.isheader()}',
    script,
  ].join('\n');
  const run = spawnSync(python, ['-c', program, file], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Every unit's id and notes, in order: what a round trip must keep. */
const unitsAndNotes = (xliff: string) =>
  [...xliff.matchAll(/<trans-unit id="([^"]+)"[\s\S]*?<\/trans-unit>/g)].map(([unit, id]) => ({
    id,
    notes: [...unit.matchAll(/<note[^>]*>[^<]*<\/note>/g)].map(([note]) => note),
  }));

test('l10n:po-export: a PO file msgfmt accepts, each text with its id as msgctxt and its note', () => {
  const stale = spanish.replace('<source>First</source>', '<source>The first part</source>');
  const xliff = scratch('po-export', {'es.xlf': stale});
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0, 'marks the changed text stale');
  const out = join(xliff, '..', 'es.po');
  const exported = tool('l10n/po-export.ts', 'es', '--xliff', xliff, '--out', out);
  assert.equal(exported.status, 0, exported.stderr);
  assert.match(exported.stdout, new RegExp(`es\\.po: ${total} texts of .*es\\.xlf, each with its notes`));
  const check = spawnSync('msgfmt', ['--check', '-o', '/dev/null', out], {encoding: 'utf8'});
  assert.ok(!check.error, 'gettext (msgfmt) is installed');
  assert.equal(check.status, 0, check.stderr);

  const seen = JSON.parse(
    withPoStorage(
      out,
      [
        'import json',
        'print(json.dumps({id: {"notes": u.getnotes("developer"), "fuzzy": u.isfuzzy(), "source": u.source,',
        '    "target": u.target, "previous": u.prev_source} for id, u in units.items()}))',
      ].join('\n'),
    ),
  );
  assert.deepEqual(Object.keys(seen), messageIds, 'every text, its id as msgctxt, in reading order');
  const note = /<note from="lit-localize">([^<]*)<\/note>/.exec(unitOf(spanish, 'first-text'))![1];
  assert.ok(seen['first-text'].notes.includes(note.replace(/&lt;/g, '<').replace(/&gt;/g, '>')), 'the note');
  assert.equal(seen['first-text'].target, fixtureTarget('first-text'));
  assert.deepEqual(
    [seen['sample-list.first.heading'].fuzzy, seen['sample-list.first.heading'].previous],
    [true, 'The first part'],
    'a stale text is fuzzy, with the English it was translated from',
  );
});

test('a language finished in PO: l10n:po-import keeps every unit, note and id', async () => {
  // Half done, one text reviewed.
  let french = added('fr');
  const half = messageIds.filter((_, i) => i % 2 === 0);
  for (const id of half) french = addTarget(french, id, `FR ${fixtureTarget(id)}`);
  french = reviewedBy(french, messageIds[0]);
  const xliff = scratch('po-walk', {'fr.xlf': french});
  const path = join(xliff, 'fr.xlf');
  const po = join(xliff, '..', 'fr.po');
  assert.equal(tool('l10n/po-export.ts', 'fr', '--xliff', xliff, '--out', po).status, 0);

  // The translator's PO editor: every empty text translated, one marked fuzzy, a comment added.
  withPoStorage(
    po,
    [
      'for id, unit in units.items():',
      '    if not unit.target: unit.target = "FR2 " + unit.source',
      `units['${messageIds[1]}'].markfuzzy(True)`,
      `units['${messageIds[3]}'].addnote("Checked with the clinic.", origin="translator")`,
      'store.save()',
    ].join('\n'),
  );
  const imported = tool('l10n/po-import.ts', po, '--xliff', xliff);
  assert.equal(imported.status, 0, imported.stderr);
  const newOnes = total - half.length;
  assert.match(imported.stdout, new RegExp(`fr\\.po → .*fr\\.xlf: ${newOnes} translations changed or new`));
  assert.match(imported.stdout, new RegExp(`before: ${half.length}/${total} translated, 1 reviewed`));
  assert.match(imported.stdout, new RegExp(`after: {2}${total}/${total} translated, 1 reviewed .*, 1 stale, 0 broken`));

  const after = readFileSync(path, 'utf8');
  assert.deepEqual(
    unitsAndNotes(after).map(({id, notes}) => ({id, notes: notes.filter((note) => note.includes('lit-localize'))})),
    unitsAndNotes(french),
    'every unit, in order, with its id and its note',
  );
  assert.match(
    unitOf(after, messageIds[0]),
    /approved="yes"[\s\S]*state="final"/,
    'an unchanged text keeps its review',
  );
  assert.match(unitOf(after, messageIds[1]), /<target state="needs-review-translation">FR2 /, 'fuzzy: to review');
  assert.match(unitOf(after, messageIds[3]), /<note from="translator">Checked with the clinic\.<\/note>/);
  const translation = await readTranslation(messages, 'fr', path);
  assert.equal(translation.complete, false, 'the fuzzy text keeps it out of a release until confirmed');

  // Confirmed in the PO editor (fuzzy removed), imported again: complete.
  withPoStorage(po, [`units['${messageIds[1]}'].markfuzzy(False)`, 'store.save()'].join('\n'));
  assert.equal(tool('l10n/po-import.ts', po, '--xliff', xliff).status, 0);
  assert.equal((await readTranslation(messages, 'fr', path)).complete, true);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    /held back from dist\/: not reviewed by a medical translator/,
    'complete: it waits for review',
  );
});

test("a changed text loses the reviewer's mark; an unchanged PO changes nothing, also one made by xliff2po", () => {
  const reviewed = reviewedBy(spanish, 'intro-text', 'first-item');
  const xliff = scratch('po-review', {'es.xlf': reviewed});
  const path = join(xliff, 'es.xlf');
  const po = join(xliff, '..', 'es.po');
  assert.equal(tool('l10n/po-export.ts', 'es', '--xliff', xliff, '--out', po).status, 0);
  assert.equal(tool('l10n/po-import.ts', po, '--xliff', xliff).status, 0);
  assert.equal(readFileSync(path, 'utf8'), reviewed, 'unchanged');

  // xliff2po: no msgctxt (the id is in "#:"), every text not approved marked fuzzy.
  assert.ok(python, missing);
  const fromToolkit = join(xliff, '..', 'from-toolkit.po');
  const converted = spawnSync('xliff2po', ['--progress=none', path, fromToolkit], {encoding: 'utf8'});
  assert.equal(converted.status, 0, converted.stderr);
  writeFileSync(
    fromToolkit,
    readFileSync(fromToolkit, 'utf8').replace('"MIME-Version', '"Language: es\\n"\n"MIME-Version'),
  );
  const toolkitImport = tool('l10n/po-import.ts', fromToolkit, '--xliff', xliff);
  assert.equal(toolkitImport.status, 0, toolkitImport.stderr);
  assert.equal(readFileSync(path, 'utf8'), reviewed, 'fuzzy on an unchanged text changes nothing');

  withPoStorage(po, ["units['intro-text'].target = 'Otra introducción.'", 'store.save()'].join('\n'));
  assert.equal(tool('l10n/po-import.ts', po, '--xliff', xliff).status, 0);
  const after = readFileSync(path, 'utf8');
  assert.match(unitOf(after, 'intro-text'), /approved="no"[\s\S]*<target state="translated">Otra introducción\./);
  assert.match(unitOf(after, 'first-item'), /approved="yes"[\s\S]*state="final"/);
});

test('older English comes back stale; an unknown text or another language changes nothing', () => {
  const xliff = scratch('po-refused', {'es.xlf': spanish});
  const path = join(xliff, 'es.xlf');
  const po = join(xliff, '..', 'es.po');
  assert.equal(tool('l10n/po-export.ts', 'es', '--xliff', xliff, '--out', po).status, 0);
  const exported = readFileSync(po, 'utf8');

  const renamed = join(xliff, '..', 'renamed.po');
  writeFileSync(renamed, exported.replace('msgctxt "second-text"', 'msgctxt "secnd-text"'));
  const unknown = tool('l10n/po-import.ts', renamed, '--xliff', xliff);
  assert.equal(unknown.status, 1);
  assert.match(
    unknown.stderr,
    /1 entry names no text of .*es\.xlf: .*renamed\.po:\d+ \(secnd-text\).*Nothing was changed/,
  );
  const other = join(xliff, '..', 'other.po');
  writeFileSync(other, exported.replace('"Language: es\\n"', '"Language: fr\\n"'));
  const wrongLanguage = tool('l10n/po-import.ts', other, '--xliff', xliff);
  assert.equal(wrongLanguage.status, 1);
  assert.match(wrongLanguage.stderr, /is fr, and there is no .*fr\.xlf/);
  assert.equal(readFileSync(path, 'utf8'), spanish);

  // The English changed after the export: the translation is kept, marked stale, with its English.
  const older = join(xliff, '..', 'older.po');
  writeFileSync(
    older,
    exported.replace(
      'msgid "The third part."\nmsgstr "La tercera parte."',
      'msgid "The 3rd part."\nmsgstr "La 3a parte."',
    ),
  );
  const imported = tool('l10n/po-import.ts', older, '--xliff', xliff);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /1 translated from older English, kept as stale: third-text/);
  assert.match(
    unitOf(readFileSync(path, 'utf8'), 'third-text'),
    /<target state="needs-review-translation">La 3a parte\.<\/target>[\s\S]*<alt-trans alttranstype="previous-version">\s*<source>The 3rd part\.<\/source>/,
  );
  assert.match(
    tool('l10n/status.ts', '--xliff', xliff).stdout,
    /third-text\n\s+was: The 3rd part\.\n\s+now: The third part\./,
  );
});
