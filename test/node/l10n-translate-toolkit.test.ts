// Real translation tools on our files. translate-toolkit (Debian's translate-toolkit) is the
// engine under Weblate and Pootle:
// - a file it has loaded, edited and saved builds with the counts it should have, and its saves
//   never count as a review; its own "signed-off" state does, exactly as its state model ranks it;
// - its PO round trips that lose data (xliff2po then pomerge, po2xliff -t) are refused, with
//   what was lost or what to use instead;
// - its pofilter checks run clean on the real Spanish apart from the findings TRANSLATING.md
//   lists with their reasons (a check of the language, not of any count).
// Everything but pofilter runs on scratch translations of the fixture content (l10n-scratch.ts).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {readTranslation} from '../../tools/l10n/translations.js';
import {
  buildContent,
  committed,
  marked,
  messageIds,
  messages,
  scratch,
  spanish,
  stringOf,
  tool,
  unitOf,
  python,
  translateToolkitMissing as missing,
} from './l10n-scratch.js';

const total = messages.length;

/** Runs Python with translate-toolkit on an XLIFF file: `script` sees `store` and `units` (by id). */
function withToolkit(file: string, script: string) {
  assert.ok(python, missing);
  const program = [
    'import sys',
    'from translate.storage import factory',
    'store = factory.getobject(sys.argv[1])',
    'units = {unit.getlocations()[0]: unit for unit in store.units}',
    script,
  ].join('\n');
  const run = spawnSync(python, ['-c', program, file], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Runs one of translate-toolkit's commands (xliff2po, pomerge, po2xliff) in a folder. */
function command(name: string, args: string[], cwd: string) {
  const run = spawnSync(name, ['--progress=none', ...args], {cwd, encoding: 'utf8'});
  assert.ok(!run.error, missing);
  assert.equal(run.status, 0, run.stderr);
}

test("translate-toolkit: a translator's save is no review; its signed-off state is", async () => {
  const xliff = scratch('toolkit-saved', {'es.xlf': spanish});
  const path = join(xliff, 'es.xlf');
  withToolkit(
    path,
    [
      // A translator: new text, an approval as translate-toolkit (Pootle, Weblate without reviews) writes on save.
      "units['sample-list.first.heading'].target = 'Primera & única <parte>'",
      "units['sample-list.first.heading'].markapproved(True)",
      "units['second-text'].markfuzzy(False)",
      "units['third-text'].target = None",
      // A reviewer: translate-toolkit's signed-off state.
      "units['first-item'].set_state_n(units['first-item'].S_SIGNED_OFF)",
      "units['intro-text'].set_state_n(units['intro-text'].S_SIGNED_OFF)",
      'store.save()',
    ].join('\n'),
  );
  const saved = readFileSync(path, 'utf8');
  assert.notEqual(saved, spanish, 'translate-toolkit wrote the file its own way');
  assert.match(unitOf(saved, 'second-text'), /approved="yes"/, 'a save writes approved="yes"');

  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stdout, new RegExp(`^es .*: ${total - 1}/${total} translated, 2 reviewed .*, 0 stale;`, 'm'));
  const module = await built.locale('es');
  assert.equal(stringOf(module, 'sample-list.first.heading'), 'Primera & única <parte>');
  assert.equal(stringOf(module, 'third-text'), null);
  const translation = await readTranslation(messages, 'es', path);
  assert.deepEqual(translation.reviewedIds, ['intro-text', 'first-item']);

  // Our tools keep what the tool wrote: extract changes the layout back, not the meaning.
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  const extracted = readFileSync(path, 'utf8');
  assert.match(unitOf(extracted, 'first-item'), /approved="yes"[\s\S]*<target[^>]*state="signed-off"/);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    new RegExp(`${total - 1}/${total} translated \\(\\d+\\.\\d%\\), 2 reviewed .*, 0 stale, 0 broken`),
  );
});

test('isReviewed agrees with translate-toolkit: reviewed when its state model ranks a unit signed-off', async () => {
  const states = ['', 'translated', 'signed-off', 'final', 'needs-review-translation', 'new'];
  const approvals = ['', 'approved="yes"', 'approved="no"'];
  const combinations = states.flatMap((state) => approvals.map((approved) => ({state, approved})));
  // One unit per combination, over as many files as that takes.
  const tags = ['es', 'es-MX', 'es-US', 'es-AR', 'es-CO'];
  const files = tags.map((tag) => spanish.replace('target-language="es"', `target-language="${tag}"`));
  combinations.forEach(({state, approved}, i) => {
    const file = Math.floor(i / messageIds.length);
    files[file] = marked(files[file], messageIds[i % messageIds.length], approved, state && `state="${state}"`);
  });
  const xliff = scratch('toolkit-states', Object.fromEntries(tags.map((tag, i) => [`${tag}.xlf`, files[i]])));
  let reviewed = 0;
  for (const tag of tags) {
    const path = join(xliff, `${tag}.xlf`);
    const signedOff = withToolkit(
      path,
      ['for id, unit in units.items():', '    if unit.get_state_n() >= unit.S_SIGNED_OFF: print(id)'].join('\n'),
    )
      .split('\n')
      .filter(Boolean);
    const translation = await readTranslation(messages, tag, path);
    assert.deepEqual(translation.reviewedIds.sort(), signedOff.sort(), tag);
    reviewed += signedOff.length;
  }
  assert.equal(reviewed, 2, 'signed-off and final, each with approved="yes"');
});

test('translate-toolkit reads a stale unit: the target, its state, and the old English kept beside it', () => {
  const xliff = scratch('toolkit-stale', {
    'es.xlf': spanish.replace('<source>First</source>', '<source>The first part</source>'),
  });
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  const seen = withToolkit(
    join(xliff, 'es.xlf'),
    [
      "unit = units['sample-list.first.heading']",
      'print(unit.source, unit.target, unit.isreview(), sep="|")',
      'for alt in unit.getalttrans(): print(alt.source, alt.target, sep="|")',
    ].join('\n'),
  );
  assert.equal(seen, 'First|Primera|True\nThe first part|Primera\n');
});

test('the xliff2po then pomerge round trip is refused by l10n:status, with the count lost and the first ids', () => {
  const xliff = committed('toolkit-pomerge', {'es.xlf': spanish});
  command('xliff2po', ['es.xlf', 'es.po'], xliff);
  // xliff2po keeps none of our notes: they are from="lit-localize".
  assert.doesNotMatch(readFileSync(join(xliff, 'es.po'), 'utf8'), /^#\./m);
  command('pomerge', ['-t', 'es.xlf', '-i', 'es.po', '-o', 'merged.xlf'], xliff);
  writeFileSync(join(xliff, 'es.xlf'), readFileSync(join(xliff, 'merged.xlf'), 'utf8'));
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 1, status.stdout);
  // Every text had no approved="yes", so xliff2po marked it fuzzy, and pomerge needs-translation.
  assert.match(
    status.stdout,
    new RegExp(
      `lost since git HEAD:\\n\\s+${total} texts are no longer translated: ${messageIds.slice(0, 5).join(', ')} and`,
    ),
  );
  assert.match(status.stdout, new RegExp(`0/${total} translated`));
});

test('po2xliff -t makes a file the build refuses, and the message says what to use instead', () => {
  const xliff = scratch('toolkit-po2xliff', {'es.xlf': spanish});
  command('xliff2po', ['es.xlf', 'es.po'], xliff);
  command('po2xliff', ['-t', 'es.xlf', 'es.po', 'back.xlf'], xliff);
  writeFileSync(join(xliff, 'es.xlf'), readFileSync(join(xliff, 'back.xlf'), 'utf8'));
  const built = buildContent(xliff);
  assert.equal(built.status, 1);
  assert.match(
    built.stderr,
    /es\.xlf:\d+:\d+: an XLIFF file here holds one <file>, and this one has 2: po2xliff added one for its PO file\. Bring a PO file back with npm run l10n:po-import/,
  );
});

/** The pofilter findings TRANSLATING.md accepts for a language: its table of unit, check and reason. */
function acceptedFindings(locale: string): string[] {
  const guide = readFileSync('TRANSLATING.md', 'utf8');
  const start = guide.search(new RegExp(`^#+ .*pofilter findings.*\\(${locale}\\)`, 'm'));
  assert.ok(start >= 0, `TRANSLATING.md has a heading for the pofilter findings of ${locale}`);
  const section = guide.slice(start).split(/\n#+ /)[0];
  return [...section.matchAll(/^\| `([^`]+)` +\| `([^`]+)` +\|/gm)].map(([, id, check]) => `${id}: ${check}`).sort();
}

test('pofilter runs clean on the Spanish, apart from the findings TRANSLATING.md lists with their reasons', () => {
  assert.ok(python, missing);
  const out = join(scratch('pofilter', {}), 'findings.xlf');
  // isfuzzy: translate-toolkit calls every target without approved="yes" fuzzy, which says
  // nothing about its language. spellcheck: needs a dictionary, and the translator's own tool has one.
  const run = spawnSync(
    'pofilter',
    ['--progress=none', '--language=es', '--excludefilter=isfuzzy', '--excludefilter=spellcheck'].concat([
      '-i',
      'xliff/es.xlf',
      '-o',
      out,
    ]),
    {encoding: 'utf8'},
  );
  assert.ok(!run.error, missing);
  assert.equal(run.status, 0, run.stderr);
  // pofilter writes the failing units, each with a note per check.
  const findings = [
    ...readFileSync(out, 'utf8').matchAll(/<(?:\w+:)?trans-unit\b[^>]*\bid="([^"]+)"[\s\S]*?<\/(?:\w+:)?trans-unit>/g),
  ]
    .flatMap(([unit, id]) =>
      [...unit.matchAll(/note from="pofilter">([\w-]+):/g)].map(([, check]) => `${id}: ${check}`),
    )
    .sort();
  assert.deepEqual(findings, acceptedFindings('es'));
});
