// `npm run size`: the budgets fail the build, and --by-module says where the bytes go. Reads the
// built dist/ (run `npm run build` first, as `npm test` does).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import {after, test} from 'node:test';

const work = mkdtempSync(join(tmpdir(), 'bmg-size-'));
after(() => rmSync(work, {recursive: true, force: true}));

const size = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/size.ts', ...args], {encoding: 'utf8'});

test('the built bundles are within budget, and each part of the English path is named with its bytes', () => {
  const {status, stdout, stderr} = size('--by-module');
  assert.equal(status, 0, stderr);
  const total = Number(stdout.match(/where the English path's (\d+) brotli bytes go/)?.[1]);
  const parts = [...stdout.matchAll(/^ +(\d+) {2}(.+)$/gm)].map(([, bytes, part]) => ({part, bytes: Number(bytes)}));
  const named = (pattern: RegExp) => parts.find(({part}) => pattern.test(part))?.bytes ?? 0;
  assert.ok(named(/^content: /) > 2000, 'the English text is the largest part');
  assert.ok(named(/^Lit \(lit-html\)$/) > 1000);
  assert.ok(named(/^src\/guide-element\.ts$/) > 0);
  // The parts' shares add up to about the whole (they share words and patterns, so not exactly).
  const sum = parts.reduce((all, {bytes}) => all + bytes, 0);
  assert.ok(Math.abs(sum - total) / total < 0.1, `parts ${sum} vs whole ${total}`);
});

test('a bundle over its budget fails the size check, naming the file and the encoding', () => {
  const dist = join(work, 'dist');
  cpSync('dist', dist, {recursive: true});
  // 1 KiB that no compressor can shrink: the brotli size grows by about that much.
  appendFileSync(join(dist, 'bone-marrow-guide.js'), `\n//${randomBytes(768).toString('base64')}\n`);
  const {status, stderr} = size('--dist', dist);
  assert.equal(status, 1);
  assert.match(stderr, /bone-marrow-guide\.js is \d+ bytes brotli, over its budget of \d+/);
  assert.match(stderr, /bone-marrow-guide\.js is \d+ bytes gzip, over its budget of \d+/);
});
