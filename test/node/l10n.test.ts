// The translators' workflow end to end: `lit-localize extract` and `build` on the real
// sources, `npm run l10n:extract` marking stale targets, and `npm run l10n:status` reporting
// missing, stale and broken translations. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, test} from 'node:test';
import {localizeContent} from '../../src/generated/content.js';
import {messageFunction} from '../../src/translations.js';

const work = mkdtempSync(join(tmpdir(), 'bmg-l10n-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A lit-localize config like ours whose XLIFF folder is a scratch copy of xliff/. */
function scratch(name: string, edit = (xliff: string) => xliff) {
  const folder = join(work, name);
  mkdirSync(join(folder, 'xliff'), {recursive: true});
  writeFileSync(join(folder, 'xliff', 'es.xlf'), edit(readFileSync('xliff/es.xlf', 'utf8')));
  const config = {
    ...JSON.parse(readFileSync('lit-localize.json', 'utf8')),
    tsConfig: resolve('tsconfig.json'),
    output: {mode: 'runtime', outputDir: join(folder, 'locales')},
  };
  writeFileSync(join(folder, 'lit-localize.json'), JSON.stringify(config));
  return {folder, config: join(folder, 'lit-localize.json'), xliff: join(folder, 'xliff', 'es.xlf')};
}

const run = (script: string, config?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...(config ? ['--config', config] : [])], {encoding: 'utf8'});
const lit = (command: string, config: string) =>
  execFileSync('node_modules/.bin/lit-localize', [command, '--config', config], {encoding: 'utf8', stdio: 'pipe'});
const unit = (xliff: string, id: string) =>
  xliff.match(new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?</trans-unit>`))![0];

test('extract keeps every Spanish target and gives every message a note; build and render show them', async () => {
  const {folder, config, xliff} = scratch('roundtrip');
  lit('extract', config);
  const extracted = readFileSync(xliff, 'utf8');
  const units = extracted.match(/<trans-unit /g)!.length;
  assert.equal(units, extracted.match(/<target>/g)!.length, 'a target for every unit');
  assert.equal(
    units,
    extracted.match(/<note from="lit-localize">[^<]{40,}<\/note>/g)!.length,
    'a note with context for every unit',
  );

  lit('build', config);
  copyFileSync(join(folder, 'locales', 'es.ts'), join(folder, 'es.mjs')); // plain JavaScript inside
  const {templates} = await import(join(folder, 'es.mjs'));
  const spanish = localizeContent(messageFunction(templates));
  const target = (id: string) => unit(extracted, id).match(/<target>([^<]*)<\/target>/)![1];
  assert.equal(spanish.elements['risk-list'].sections[0].heading, target('risk-list.bleeding.heading'));
  assert.equal(spanish.glossary.sternum.definition, target('glossary.sternum.definition'));
  assert.equal(spanish.dates.text, target('dates'));
});

test('lit-localize build leaves XML entities encoded (lit/lit#3025); the runtime decodes them once', async () => {
  const {folder, config} = scratch('entities', (xliff) =>
    xliff.replace(
      /(<trans-unit id="risk-list\.bleeding\.heading">[\s\S]*?<target>)[^<]*/,
      '$1A &amp; B &lt;img src=x&gt; &amp;amp;',
    ),
  );
  lit('build', config);
  const module = readFileSync(join(folder, 'locales', 'es.ts'), 'utf8');
  assert.match(module, /'risk-list\.bleeding\.heading': `A &amp; B &lt;img src=x&gt; &amp;amp;`/);
  copyFileSync(join(folder, 'locales', 'es.ts'), join(folder, 'es.mjs'));
  const {templates} = await import(join(folder, 'es.mjs'));
  assert.equal(
    localizeContent(messageFunction(templates)).elements['risk-list'].sections[0].heading,
    'A & B <img src=x> &amp;',
  );
});

test('l10n:status prints 100% for Spanish and exits 0', () => {
  const {status, stdout} = run('tools/l10n-status.ts');
  assert.equal(status, 0, stdout);
  assert.match(stdout, /^es \(xliff\/es\.xlf\): (\d+)\/\1 translated \(100%\)$/m);
});

test('l10n:status lists a missing target by id, and still passes', () => {
  const {config} = scratch('missing', (xliff) =>
    xliff.replace(/(<trans-unit id="infection-site">[\s\S]*?)<target>[^<]*<\/target>\s*/, '$1'),
  );
  const {status, stdout} = run('tools/l10n-status.ts', config);
  assert.equal(status, 0, stdout);
  assert.match(stdout, /(\d+)\/(\d+) translated \(99\.\d%\)/);
  assert.match(stdout, /missing: 1\n\s+infection-site\n/);
});

test('l10n:status fails on a lost term marker, a placeholder, stray brackets or markup in a target', () => {
  const {config} = scratch('broken', (xliff) =>
    xliff
      .replace(/(<trans-unit id="overview-marrow">[\s\S]*?<target>)[^<]*/, '$1La médula ósea es blanda.')
      .replace(/(<trans-unit id="dates">[\s\S]*?<target>)[^<]*/, '$1Datos al {factsCurrentAsOf}. Texto de {lastEdit}.')
      .replace(/(<trans-unit id="infection-site">[\s\S]*?<target>)[^<]*/, '$1Una [[infection|infección')
      .replace(/(<trans-unit id="risk-list\.bleeding\.heading">[\s\S]*?<target>)[^<]*/, '$1<b>Sangrado</b>'),
  );
  const {status, stdout, stderr} = run('tools/l10n-status.ts', config);
  assert.equal(status, 1);
  assert.match(stdout, /broken: 4/);
  assert.match(stdout, /overview-marrow: missing \[\[bone-marrow\]\]/);
  assert.match(stdout, /dates: missing \{lastEdited\}; not in the English: \{lastEdit\}/);
  assert.match(stdout, /infection-site: unbalanced \[\[ or \]\]/);
  assert.match(stdout, /risk-list\.bleeding\.heading: markup <b> inside the target/);
  assert.match(stderr, /TRANSLATING\.md/);
});

test('l10n:status fails on a file that is not well-formed XML', () => {
  const {config} = scratch('not-xml', (xliff) => xliff.replace('</target>', ''));
  const {status, stdout} = run('tools/l10n-status.ts', config);
  assert.equal(status, 1);
  assert.match(stdout, /^es \(.*es\.xlf\): BROKEN: /m);
});

test('l10n:extract marks a target stale when its English changed, and l10n:status lists it', () => {
  // The scratch file was translated from older English: its <source> differs from today's.
  const {config, xliff} = scratch('stale', (text) =>
    text.replace('<source>Bleeding</source>', '<source>Bleeding and bruising</source>'),
  );
  assert.match(
    run('tools/l10n-status.ts', config).stdout,
    /stale: 1\n\s+risk-list\.bleeding\.heading: the English is now "Bleeding"/,
  );
  const extract = run('tools/l10n-extract.ts', config);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(
    unit(readFileSync(xliff, 'utf8'), 'risk-list.bleeding.heading'),
    /<source>Bleeding<\/source>\s*<target state="needs-review-translation">/,
  );
  const {status, stdout} = run('tools/l10n-status.ts', config);
  assert.equal(status, 0);
  assert.match(stdout, /stale: 1\n\s+risk-list\.bleeding\.heading: state="needs-review-translation"/);
});
