// The translators' workflow end to end: `lit-localize extract` and our build on the real
// sources, `npm run l10n:extract` marking stale targets, and `npm run l10n:status` reporting
// missing, stale and broken translations. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, test} from 'node:test';
import type {LocaleModule} from '../../src/content/model.js';
import {catalogue} from '../../tools/content/catalogue.js';
import {loadContent} from '../../tools/content/read.js';

const work = mkdtempSync(join(tmpdir(), 'bmg-l10n-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A lit-localize config like ours whose XLIFF folder is a scratch copy of xliff/. */
function scratch(name: string, edit = (xliff: string) => xliff) {
  const folder = join(work, name);
  mkdirSync(join(folder, 'xliff'), {recursive: true});
  writeFileSync(join(folder, 'xliff', 'es.xlf'), edit(readFileSync('xliff/es.xlf', 'utf8')));
  const config = {
    ...JSON.parse(readFileSync('lit-localize.json', 'utf8')),
    tsConfig: resolve('tools/l10n/tsconfig.messages.json'),
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

/** Builds the content with a scratch XLIFF folder; returns the Spanish module it wrote. */
async function buildWith(folder: string) {
  const out = join(folder, 'generated');
  execFileSync(process.execPath, [
    '--import',
    'tsx',
    'tools/build-content.ts',
    '--xliff',
    join(folder, 'xliff'),
    '--out',
    out,
  ]);
  return (await import(join(out, 'locales', 'es.ts'))).default as LocaleModule;
}

const messageIds = async () => catalogue((await loadContent()).content).map(({id}) => id);

test('extract keeps every Spanish target and gives every message a note; the build ships them', async () => {
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
  const spanish = await buildWith(folder);
  const ids = await messageIds();
  const target = (id: string) => spanish.strings[ids.indexOf(id)];
  const written = (id: string) => unit(extracted, id).match(/<target>([^<]*)<\/target>/)![1];
  for (const id of ['risk-list.bleeding.heading', 'glossary.sternum.definition', 'dates']) {
    assert.equal(target(id), written(id), id);
  }
});

test('the build decodes XML entities once: &amp; is &, and &amp;amp; is the text &amp;', async () => {
  const {folder} = scratch('entities', (xliff) =>
    xliff.replace(
      /(<trans-unit id="risk-list\.bleeding\.heading">[\s\S]*?<target>)[^<]*/,
      '$1A &amp; B &lt;img src=x&gt; &#233;',
    ),
  );
  const spanish = await buildWith(folder);
  assert.equal(spanish.strings[(await messageIds()).indexOf('risk-list.bleeding.heading')], 'A & B <img src=x> é');
});

test('l10n:status prints 100% for Spanish and exits 0', () => {
  const {status, stdout} = run('tools/l10n/status.ts');
  assert.equal(status, 0, stdout);
  assert.match(stdout, /^es \(xliff\/es\.xlf\): (\d+)\/\1 translated \(100%\)$/m);
});

test('l10n:status lists a missing target by id, and still passes', () => {
  const {config} = scratch('missing', (xliff) =>
    xliff.replace(/(<trans-unit id="infection-site">[\s\S]*?)<target>[^<]*<\/target>\s*/, '$1'),
  );
  const {status, stdout} = run('tools/l10n/status.ts', config);
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
  const {status, stdout, stderr} = run('tools/l10n/status.ts', config);
  assert.equal(status, 1);
  assert.match(stdout, /broken: 4/);
  assert.match(stdout, /overview-marrow: missing \[\[bone-marrow\]\]/);
  assert.match(stdout, /dates: missing \{lastEdited\}.*; not in the English: \{lastEdit\}/);
  assert.match(stdout, /infection-site: unbalanced \[\[ or \]\]/);
  assert.match(stdout, /risk-list\.bleeding\.heading: markup <b> inside the target/);
  assert.match(stderr, /TRANSLATING\.md/);
});

test('l10n:status fails on a file that is not well-formed XML', () => {
  const {config} = scratch('not-xml', (xliff) => xliff.replace('</target>', ''));
  const {status, stdout} = run('tools/l10n/status.ts', config);
  assert.equal(status, 1);
  assert.match(stdout, /^es \(.*es\.xlf\): BROKEN: /m);
});

test('l10n:extract marks a target stale when its English changed, and l10n:status lists it', () => {
  // The scratch file was translated from older English: its <source> differs from today's.
  const {config, xliff} = scratch('stale', (text) =>
    text.replace('<source>Bleeding</source>', '<source>Bleeding and bruising</source>'),
  );
  assert.match(
    run('tools/l10n/status.ts', config).stdout,
    /stale: 1\n\s+risk-list\.bleeding\.heading: the English is now "Bleeding"/,
  );
  const extract = run('tools/l10n/extract.ts', config);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(
    unit(readFileSync(xliff, 'utf8'), 'risk-list.bleeding.heading'),
    /<source>Bleeding<\/source>\s*<target state="needs-review-translation">/,
  );
  const {status, stdout} = run('tools/l10n/status.ts', config);
  assert.equal(status, 0);
  assert.match(stdout, /stale: 1\n\s+risk-list\.bleeding\.heading: state="needs-review-translation"/);
});
