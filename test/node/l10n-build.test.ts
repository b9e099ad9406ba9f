// `npm run build` as a translator meets it, in a scratch copy of the project: a file no CAT
// tool would open stops it in a few plain lines and leaves the last good dist/ in place, so the
// review page keeps working. (What a broken unit does is in l10n.test.ts: it does not stop it.)
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, test} from 'node:test';
import {spanish, withTarget} from './l10n-scratch.js';

const project = mkdtempSync(join(tmpdir(), 'bmg-build-'));
after(() => rmSync(project, {recursive: true, force: true}));
for (const path of ['src', 'tools', 'content', 'xliff']) {
  cpSync(path, join(project, path), {recursive: true, filter: (from) => !from.includes('generated')});
}
for (const file of [
  'package.json',
  'tsconfig.json',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'lit-localize.json',
]) {
  cpSync(file, join(project, file));
}
symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');

const build = () =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/build.ts'], {cwd: project, encoding: 'utf8'});
const previous = '// the last good build\n';

test('a file no CAT tool would open stops the build in plain lines; the last good dist/ stays', () => {
  mkdirSync(join(project, 'dist'), {recursive: true});
  writeFileSync(join(project, 'dist', 'bone-marrow-guide.js'), previous);
  writeFileSync(join(project, 'xliff', 'es.xlf'), withTarget(spanish, 'bleeding-site', 'Sangrado & moretones'));
  const {status, stdout, stderr} = build();
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n').filter(Boolean);
  assert.match(lines[0], /^xliff\/es\.xlf:\d+:\d+: unit "bleeding-site": not well-formed XML: a bare "&"/);
  assert.equal(lines.length, 3, stderr); // the problem, what to do, and that dist/ is unchanged
  assert.match(lines[2], /dist\/ still holds the last good build/);
  assert.doesNotMatch(stdout + stderr, /^\s+at |Error:|config|\{$/m, 'no stack trace, no config dump');
  assert.equal(readFileSync(join(project, 'dist', 'bone-marrow-guide.js'), 'utf8'), previous);
});
