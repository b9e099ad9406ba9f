// The docs site's languages table reads dist/languages.json, another tool's file, leniently
// (tools/docs/languages.ts): the shapes it takes, and the page without the file.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {languageTable, readLanguages} from '../../tools/docs/languages.js';

const folder = mkdtempSync(join(tmpdir(), 'bmg-languages-'));
after(() => rmSync(folder, {recursive: true, force: true}));
const file = (name: string, data: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const spanish = {locale: 'es', name: 'Spanish', translated: 3, total: 4, reviewed: 1, stale: 0, status: 'in review'};

test('an array, an object with languages, or an object keyed by locale give the same rows', () => {
  const shapes = [
    [spanish],
    {languages: [spanish]},
    {es: {name: 'Spanish', translated: 3, total: 4, reviewed: 1, stale: 0, status: 'in review'}},
  ];
  const tables = shapes.map((data, i) => languageTable(readLanguages(file(`shape-${i}.json`, data)), ['en', 'es']));
  for (const table of tables) {
    assert.match(
      table,
      /<td>Spanish<\/td><td><code>es<\/code><\/td><td>3 of 4<\/td><td>1<\/td><td>0<\/td><td>in review<\/td>/,
    );
  }
});

test('missing fields show a dash; markup in the file shows as text', () => {
  const table = languageTable(readLanguages(file('sparse.json', [{tag: 'fr', status: '<b>new</b>'}])), []);
  assert.match(
    table,
    /<td>French<\/td><td><code>fr<\/code><\/td><td>—<\/td><td>—<\/td><td>—<\/td><td>&lt;b&gt;new&lt;\/b&gt;<\/td>/,
  );
});

test('without the file, or with one not JSON, the page lists the built locales and says when the table comes', () => {
  for (const path of [join(folder, 'absent.json'), file('broken.json', '{')]) {
    const table = languageTable(readLanguages(path), ['en', 'es']);
    assert.match(table, /English \(<code>en<\/code>\).*Spanish \(<code>es<\/code>\)/);
    assert.match(table, /appears here after a build that writes\s<code>dist\/languages\.json<\/code>/);
  }
});
