// Real translation tools read and write our files. translate-toolkit (Debian's
// translate-toolkit) is the engine under Weblate and Pootle: a file it has loaded, edited and
// saved must build with the counts it should have, and its pofilter checks must run clean on
// the Spanish apart from the findings TRANSLATING.md lists with their reasons.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {buildContent, messages, scratch, spanish, stringOf, tool, unitOf} from './l10n-scratch.js';

const total = messages.length;

/** A Python that has translate-toolkit: Debian's python3, which a pyenv or venv python3 may hide. */
const python = ['python3', '/usr/bin/python3'].find(
  (command) => spawnSync(command, ['-c', 'import translate'], {stdio: 'ignore'}).status === 0,
);
const missing = 'translate-toolkit is not installed: sudo apt-get install translate-toolkit (.ci/run does this in CI)';

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

test('a file translate-toolkit loaded, edited and saved builds, with the counts it should have', async () => {
  const xliff = scratch('toolkit-saved', {'es.xlf': spanish});
  const path = join(xliff, 'es.xlf');
  withToolkit(
    path,
    [
      "units['risk-list.bleeding.heading'].target = 'Sangrado & moretones <leves>'",
      "units['risk-list.bleeding.heading'].markapproved(True)",
      "units['bleeding-site'].markapproved(True)",
      "units['infection-site'].target = None",
      'store.save()',
    ].join('\n'),
  );
  const saved = readFileSync(path, 'utf8');
  assert.notEqual(saved, spanish, 'translate-toolkit wrote the file its own way');

  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stdout, new RegExp(`^es .*: ${total - 1}/${total} translated, 2 reviewed, 0 stale;`, 'm'));
  const module = await built.locale('es');
  assert.equal(stringOf(module, 'risk-list.bleeding.heading'), 'Sangrado & moretones <leves>');
  assert.equal(stringOf(module, 'infection-site'), null);

  // Our tools keep what the tool wrote: extract changes the layout back, not the meaning.
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  const extracted = readFileSync(path, 'utf8');
  assert.match(unitOf(extracted, 'risk-list.bleeding.heading'), /approved="yes"[\s\S]*<target state="translated">/);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    new RegExp(`${total - 1}/${total} translated \\(99\\.\\d%\\), 2 reviewed, 0 stale, 0 broken`),
  );
});

test('translate-toolkit reads a stale unit: the target, its state, and the old English kept beside it', () => {
  const xliff = scratch('toolkit-stale', {
    'es.xlf': spanish.replace('<source>Bleeding</source>', '<source>Bleeding and bruising</source>'),
  });
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  const seen = withToolkit(
    join(xliff, 'es.xlf'),
    [
      "unit = units['risk-list.bleeding.heading']",
      'print(unit.source, unit.target, unit.isreview(), sep="|")',
      'for alt in unit.getalttrans(): print(alt.source, alt.target, sep="|")',
    ].join('\n'),
  );
  assert.equal(seen, 'Bleeding|Sangrado|True\nBleeding and bruising|Sangrado\n');
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
  // isfuzzy: translate-toolkit calls every target without approved="yes" fuzzy; l10n:status
  // counts reviews. spellcheck: needs a dictionary, and the translator's own tool has one.
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
