// `npm run build` as a translator and a maintainer meet it, in a scratch copy of the project
// with translations made there by l10n:add (so whatever content/ says, and whatever xliff/ holds):
// - a file no CAT tool would open stops it in a few plain lines and leaves the last good dist/
//   in place, so the review page keeps working (what a broken unit does is in l10n.test.ts);
// - a complete language ships in dist/ (the bundle and npm); one that is not is held back from
//   both, kept in the development bundle, and the build says which and why; dist/languages.json
//   and build/dev/languages.json say the same.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, test} from 'node:test';
import type {LanguagesFile} from '../../tools/l10n/languages-file.js';

const project = mkdtempSync(join(tmpdir(), 'bmg-build-'));
after(() => rmSync(project, {recursive: true, force: true}));
for (const path of ['src', 'tools', 'content']) {
  cpSync(path, join(project, path), {recursive: true, filter: (from) => !from.includes('generated')});
}
for (const file of [
  'package.json',
  'tsconfig.json',
  'tsconfig.node.json',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'lit-localize.json',
]) {
  cpSync(file, join(project, file));
}
symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');
mkdirSync(join(project, 'xliff'));

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {cwd: project, encoding: 'utf8'});
const build = () => run('tools/build.ts');

/** A new translation, as l10n:add writes it in the project, with a target for each text `translate` gives one. */
function translation(tag: string, translate: (english: string, i: number) => string | undefined): string {
  const file = join(project, 'xliff', `${tag}.xlf`);
  rmSync(file, {force: true});
  const add = run('tools/l10n/add.ts', tag);
  assert.equal(add.status, 0, add.stderr);
  let i = 0;
  const xliff = readFileSync(file, 'utf8').replace(/<source>([^<]*)<\/source>/g, (whole, english: string) => {
    const text = translate(english, i++);
    return text === undefined ? whole : `${whole}\n  <target>${text}</target>`;
  });
  writeFileSync(file, xliff);
  return xliff;
}

const previous = '// the last good build\n';

test('a file no CAT tool would open stops the build in plain lines; the last good dist/ stays', () => {
  mkdirSync(join(project, 'dist'), {recursive: true});
  writeFileSync(join(project, 'dist', 'bone-marrow-guide.js'), previous);
  const spanish = translation('es', (english) => `ES ${english}`);
  const [, id] = /<trans-unit id="([^"]+)">\s*<source>[^<]*<\/source>\s*<target>/.exec(spanish)!;
  writeFileSync(join(project, 'xliff', 'es.xlf'), spanish.replace(/(<target>)ES /, '$1Sangrado & '));
  const {status, stdout, stderr} = build();
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n').filter(Boolean);
  assert.match(
    lines[0],
    new RegExp(`^xliff/es\\.xlf:\\d+:\\d+: unit "${id.replace(/\./g, '\\.')}": not well-formed XML: a bare "&"`),
  );
  assert.equal(lines.length, 3, stderr); // the problem, what to do, and that dist/ is unchanged
  assert.match(lines[2], /dist\/ still holds the last good build/);
  assert.doesNotMatch(stdout + stderr, /^\s+at |Error:|config|\{$/m, 'no stack trace, no config dump');
  assert.equal(readFileSync(join(project, 'dist', 'bone-marrow-guide.js'), 'utf8'), previous);
});

test('dist/ ships a language released on purpose and holds back the other, which the dev bundle keeps', () => {
  translation('es', (english) => `ES ${english}`);
  translation('fr', (english, i) => (i % 2 ? `FR ${english}` : undefined));
  writeFileSync(join(project, 'xliff', 'release.json'), JSON.stringify({release: {es: 'for this test'}}));
  const {status, stdout, stderr} = build();
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^es \(Spanish, xliff\/es\.xlf\): .*; released: released on purpose although not reviewed/m);
  assert.match(
    stdout,
    /^fr \(French, xliff\/fr\.xlf\): .*; held back from dist\/: not complete \(\d+ not translated yet\); not reviewed/m,
  );
  assert.match(stdout, /^dist\/: en, es; held back: fr \(not complete \(\d+ not translated yet\); not reviewed/m);

  const read = (path: string) => JSON.parse(readFileSync(join(project, path), 'utf8'));
  assert.deepEqual(Object.keys(read('dist/locales.json')), ['es'], 'the bundle has no French chunk to fetch');
  const chunks = (folder: string) =>
    readdirSync(join(project, folder, 'locales')).filter((name) => name.endsWith('.js'));
  assert.equal(chunks('dist').length, 1);
  assert.equal(chunks('build/dev').length, 2 + 2, 'es and fr, and the two pseudo-locales');
  const lib = readFileSync(join(project, 'dist/lib/generated/locales.js'), 'utf8');
  assert.match(lib, /locales\/es\.js/);
  assert.doesNotMatch(lib, /locales\/fr\.js/, 'npm users get no French either');
  assert.equal(existsSync(join(project, 'dist/lib/generated/locales/fr.js')), false);

  const languages = read('dist/languages.json') as LanguagesFile;
  assert.deepEqual(read('build/dev/languages.json'), languages);
  assert.deepEqual(
    languages.languages.map(({tag, released}) => [tag, released]),
    [
      ['es', true],
      ['fr', false],
    ],
  );
});
