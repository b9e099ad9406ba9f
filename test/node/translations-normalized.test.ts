// Every translation is stored in Unicode NFC (composed form), whatever the language. A letter
// with marks can be written two ways: "ệ" as one character (U+1EC7), or as "e" followed by its
// marks (U+0065 U+0323 U+0302). They look alike, but compare unequal, so a search, a
// translation memory or a check that compares texts misses one of them, and some fonts draw
// the marks of the second in the wrong place. Some tools (macOS file names, a few input methods
// and CAT tools) write the second form; this test finds it in every file in xliff/ (read now,
// so it holds for whichever languages there are) and says how to fix it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {translationFiles} from '../../tools/l10n/translations.js';
import {readXliff} from '../../tools/l10n/xliff.js';

const codePoints = (text: string) =>
  [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** The first letter (with its marks) whose stored form is not NFC, as NFC and as stored. */
function firstDecomposed(text: string): string {
  const segments = new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text);
  for (const {segment} of segments) {
    const composed = segment.normalize('NFC');
    if (composed !== segment)
      return `"${composed}" is stored as ${codePoints(segment)} instead of ${codePoints(composed)}`;
  }
  return 'its marks are stored apart from their letters';
}

/** A command that rewrites one file in NFC: XML markup and ids are ASCII, which NFC leaves as they are. */
const normalizeCommand = (file: string) =>
  `node -e "const fs=require('fs'),f='${file.replaceAll('\\', '/')}';` +
  `fs.writeFileSync(f,fs.readFileSync(f,'utf8').normalize('NFC'))"`;

/** One line per target, in the files of a folder, that is not in NFC: file, line, unit and fix. */
async function targetsNotInNfc(folder: string): Promise<string[]> {
  const problems: string[] = [];
  for (const {file} of translationFiles(folder)) {
    for (const unit of (await readXliff(file)).units) {
      if (unit.target === undefined || unit.target.normalize('NFC') === unit.target) continue;
      const line = unit.targetElement?.line ?? unit.line;
      problems.push(
        `${file}:${line}: unit "${unit.id}": the target is not in Unicode NFC (composed form): ` +
          `${firstDecomposed(unit.target)}. Fix: set your tool to save composed (NFC) text, or run ` +
          normalizeCommand(file),
      );
    }
  }
  return problems;
}

test('every target in every file in xliff/ is in Unicode NFC', async () => {
  const problems = await targetsNotInNfc('xliff');
  assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);
});

const work = mkdtempSync(join(tmpdir(), 'bmg-nfc-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A one-unit XLIFF file with this target text, written as given. */
const fixture = (target: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="qaa" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
<trans-unit id="disease">
  <source>disease</source>
  <target state="translated">${target}</target>
</trans-unit>
</body>
</file>
</xliff>
`;

test('a decomposed target is reported with its file, line, unit, the letter and the fix', async () => {
  const folder = join(work, 'decomposed');
  const composed = 'bệnh'; // ệ is U+1EC7
  const decomposed = 'be\u0323\u0302nh'; // e, combining dot below, combining circumflex
  assert.notEqual(decomposed, composed);
  assert.equal(decomposed.normalize('NFC'), composed);
  mkdirSync(folder);
  writeFileSync(join(folder, 'qaa.xlf'), fixture(decomposed));
  writeFileSync(join(folder, 'qab.xlf'), fixture(composed));
  // A numeric character reference is the same text once read: it is caught too.
  writeFileSync(join(folder, 'qac.xlf'), fixture('be&#x323;&#x302;nh'));

  const problems = await targetsNotInNfc(folder);
  assert.equal(problems.length, 2, problems.join('\n'));
  const [first, second] = problems;
  assert.match(first, /^.*qaa\.xlf:7: unit "disease": the target is not in Unicode NFC/);
  assert.match(first, /"ệ" is stored as U\+0065 U\+0323 U\+0302 instead of U\+1EC7/);
  assert.match(first, /normalize\('NFC'\)/);
  assert.match(second, /qac\.xlf:7: unit "disease"/);
});

test('the fix it gives makes the file pass', async () => {
  const folder = join(work, 'fixed');
  mkdirSync(folder);
  const file = join(folder, 'qaa.xlf');
  writeFileSync(file, fixture('Nhie\u0302\u0303m tru\u0300ng'));
  const [problem] = await targetsNotInNfc(folder);
  const command = /node -e "(.*)"$/.exec(problem)?.[1];
  assert.ok(command, problem);
  const run = spawnSync(process.execPath, ['-e', command], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(await targetsNotInNfc(folder), []);
  assert.match(readFileSync(file, 'utf8'), /Nhiễm trùng/);
});
