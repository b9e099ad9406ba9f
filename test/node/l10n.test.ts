// The promise to translators and patients, tool by tool, on scratch translations of the fixture
// content (l10n-scratch.ts), so no test depends on what the real texts or translations say:
// - the build shows a translator's text only when it passes every check l10n:status makes,
//   else the English, with one line `file:line: id: what is wrong, and how to fix it`;
// - a file no CAT tool would open stops the build with file:line:col and the unit, no stack;
// - l10n:status counts translated, reviewed and stale, summarises long lists, shows the old
//   English beside the new, suggests the real id for a mistyped one, and fails on it;
// - l10n:extract keeps targets, states, approvals and the old English; l10n:add starts a language.
// What "reviewed" means, the release rule and the comparison with git are in l10n-review.test.ts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {checkTag} from '../../tools/l10n/tags.js';
import {
  buildContent,
  fixtureTarget,
  lineOf,
  marked,
  messageIds,
  messages,
  scratch,
  spanish,
  stringOf,
  tool,
  unitOf,
  withoutTarget,
  withTarget,
} from './l10n-scratch.js';

const total = messages.length;
const noStack = (output: string) => assert.doesNotMatch(output, /^\s+at |Error:|\{$/m, 'no stack trace or dump');

test('a complete translation: the build writes every target, status says 100% and exits 0', async () => {
  const xliff = scratch('complete', {'es.xlf': spanish});
  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stdout,
    new RegExp(
      `^es \\(Spanish, .*es\\.xlf\\): ${total}/${total} translated, 0 reviewed \\(last review: none recorded\\), ` +
        '0 stale; held back from dist/: not reviewed by a medical translator',
      'm',
    ),
  );
  const module = await built.locale('es');
  for (const id of ['sample-list.first.heading', 'glossary.widget.definition', 'dates']) {
    assert.equal(stringOf(module, id), fixtureTarget(id), id);
  }
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    new RegExp(`^es \\(Spanish, .*es\\.xlf\\): ${total}/${total} translated \\(100%\\)`, 'm'),
  );
  assert.match(
    status.stdout,
    /^ {2}held back from dist\/: not reviewed by a medical translator .*; to release it: have a medical translator/m,
  );
});

test('entities are decoded once: &amp; is "&", &lt;img&gt; is the text "<img>", &#233; is "é"', async () => {
  const xliff = scratch('entities', {
    'es.xlf': withTarget(spanish, 'sample-list.first.heading', 'A &amp; B &lt;img src=x&gt; &#233;'),
  });
  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.equal(stringOf(await built.locale('es'), 'sample-list.first.heading'), 'A & B <img src=x> é');
});

// Each mistake a translator can make inside one unit: the build still passes, that text shows
// in English (null), and one line names the file, the line of the target, the id, and the fix.
const unitMistakes: {name: string; id: string; target: string; says: RegExp}[] = [
  {
    name: 'an empty target',
    id: 'sample-list.third.heading',
    target: '',
    says: /the target is empty: translate it/,
  },
  {
    name: 'a renamed placeholder',
    id: 'dates',
    target: 'Datos al {factsCurrentAsOf}, revisados el {reviewed}, próxima el {reviewDue}. Texto del {lastEdit}.',
    says: /\{lastEdit\} should be \{lastEdited\}, exactly as in the English/,
  },
  {
    name: 'a lost placeholder',
    id: 'dates',
    target: 'Datos al {factsCurrentAsOf}, revisados el {reviewed}, próxima el {reviewDue}.',
    says: /\{lastEdited\} is missing/,
  },
  {
    name: 'a lost term marker',
    id: 'first-text',
    target: 'El primer componente.',
    says: /\[\[widget\|…\]\] is missing: keep the marker/,
  },
  {
    name: 'a marker the English lacks',
    id: 'second-text',
    target: 'La segunda [[widget|parte]].',
    says: /\[\[widget\|…\]\] is not in the English: remove it/,
  },
  {
    name: 'unbalanced brackets',
    id: 'first-text',
    target: 'El primer [[widget|componente].',
    says: /unbalanced \[\[ or \]\]/,
  },
  {name: 'a tag in the target', id: 'sample-list.first.heading', target: '<b>Primera</b>', says: /tags <b> inside/},
  {
    name: 'lost emphasis',
    id: 'third-main',
    target: 'Lo único que hay que recordar.',
    says: /the English marks 1 group of words with \*\*…\*\* \(shown in bold: they must not be missed\), this text marks 0/,
  },
  {
    name: 'unbalanced emphasis',
    id: 'third-check',
    target: 'Marque **esto.',
    says: /unbalanced \*\*: words that must not be missed are marked \*\*words\*\*/,
  },
  {
    name: 'an entity escaped twice',
    id: 'sample-list.first.heading',
    target: 'Primera &amp;amp; más',
    says: /"&amp;" shows as those characters: the file escapes it twice/,
  },
  {
    name: 'an HTML entity escaped for XML',
    id: 'sample-list.first.heading',
    target: 'Primera &amp;eacute;',
    says: /"&eacute;" shows as those characters \(HTML, not XML\): write the character itself, é/,
  },
];

// Each mistake goes into a file of its own, for one build and one l10n:status over all of them.
const regions = ['MX', 'US', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV'];
const asLocale = (xliff: string, tag: string) => xliff.replace('target-language="es"', `target-language="${tag}"`);
const unitFiles = unitMistakes.map((mistake, i) => {
  const tag = `es-${regions[i]}`;
  return {...mistake, tag, text: asLocale(withTarget(spanish, mistake.id, mistake.target), tag)};
});
const unitFolder = scratch('unit-mistakes', Object.fromEntries(unitFiles.map(({tag, text}) => [`${tag}.xlf`, text])));
const unitBuild = buildContent(unitFolder);
const unitStatus = tool('l10n/status.ts', '--xliff', unitFolder);

test('mistakes inside units never stop the build; l10n:status fails on them', () => {
  assert.equal(unitBuild.status, 0, unitBuild.stderr);
  assert.equal(unitStatus.status, 1);
  assert.match(unitStatus.stderr, /TRANSLATING\.md/);
});

for (const {name, id, says, tag, text} of unitFiles) {
  test(`${name}: that text shows in English, with one build line and a broken entry in l10n:status`, async () => {
    const path = join(unitFolder, `${tag}.xlf`);
    const unit = unitOf(text, id);
    const line = lineOf(text, unit) + lineOf(unit, '<target') - 1;
    const problems = unitBuild.stdout.split('\n').filter((output) => output.startsWith(`${path}:`));
    assert.equal(problems.length, 1, unitBuild.stdout);
    assert.ok(problems[0].startsWith(`${path}:${line}: ${id}: `), problems[0]);
    assert.match(problems[0], says);
    assert.match(
      unitBuild.stdout,
      new RegExp(`^${tag} .*: ${total - 1}/${total} translated.*; 1 shows in English \\(1 broken`, 'm'),
    );
    const module = await unitBuild.locale(tag);
    assert.equal(stringOf(module, id), null, 'the English shows');
    assert.equal(module.strings.filter((string) => string === null).length, 1, 'every other text is Spanish');
    assert.ok(unitStatus.stdout.includes(problems[0]), 'l10n:status says what the build says');
  });
}

// Mistakes that make the whole file unreadable to a CAT tool, or ambiguous.
const fileMistakes: {name: string; file: string; edit: (xliff: string) => string; says: RegExp}[] = [
  {
    name: 'a bare &',
    file: 'es.xlf',
    edit: (xliff) => withTarget(xliff, 'second-text', 'Segunda & más'),
    says: /:\d+:\d+: unit "second-text": not well-formed XML: a bare "&" in "Segunda & más"/,
  },
  {
    name: 'an HTML entity',
    file: 'es.xlf',
    edit: (xliff) => withTarget(xliff, 'second-text', 'La segunda parte, otra vez entr&oacute;.'),
    says: /:\d+:\d+: unit "second-text": .*"&oacute;" is an HTML entity.*write the character itself, ó/,
  },
  {
    name: 'an unclosed target',
    file: 'es.xlf',
    edit: (xliff) => xliff.replace('Primera</target>', 'Primera'),
    says: /:\d+:\d+: unit "sample-list\.first\.heading": not well-formed XML: <\/trans-unit> does not close <target>/,
  },
  {
    name: 'another target-language',
    file: 'es.xlf',
    edit: (xliff) => xliff.replace(/target-language="[^"]*"/, 'target-language="es-ES"'),
    says: /\.xlf:3:1: the file is es-\w+\.xlf, but its <file> says target-language="es-ES": change it/,
  },
  {
    name: 'a unit twice',
    file: 'es.xlf',
    edit: (xliff) => xliff.replace(unitOf(xliff, 'third-text'), unitOf(xliff, 'third-text').repeat(2)),
    says: /:\d+:\d+: unit "third-text": this unit is here twice \(first at line \d+\)/,
  },
  {
    name: 'a private-use file name',
    file: 'x-missing.xlf',
    edit: (xliff) => xliff,
    says: /x-missing\.xlf:1:1: the file name says "x-missing": .*private use/,
  },
];

const fileFolder = scratch(
  'file-mistakes',
  Object.fromEntries(
    fileMistakes.map(({file, edit}, i) => {
      const tag = file === 'es.xlf' ? `es-${regions[i]}` : file.slice(0, -'.xlf'.length);
      return [`${tag}.xlf`, edit(asLocale(spanish, tag))];
    }),
  ),
);
const fileBuild = buildContent(fileFolder);
const fileStatus = tool('l10n/status.ts', '--xliff', fileFolder);
const fileExtract = tool('l10n/extract.ts', '--xliff', fileFolder);

test('a file no CAT tool would open stops the build, status and extract, with no stack trace', () => {
  assert.equal(fileBuild.status, 1);
  const lines = fileBuild.stderr.trim().split('\n').filter(Boolean);
  assert.equal(lines.length, fileMistakes.length + 1, fileBuild.stderr); // one line each, then what to do
  assert.match(lines.at(-1)!, new RegExp(`${fileMistakes.length} file\\(s\\) cannot be read, so nothing was built`));
  noStack(fileBuild.stderr + fileBuild.stdout);
  assert.equal(fileStatus.status, 1);
  assert.equal(fileExtract.status, 1);
  assert.match(fileExtract.stderr, /changed nothing/);
  noStack(fileStatus.stdout + fileExtract.stderr);
});

fileMistakes.forEach(({name, file, edit, says}, i) => {
  test(`${name}: one line with file:line:col and the unit, the same in the build, status and extract`, () => {
    const tag = file === 'es.xlf' ? `es-${regions[i]}` : file.slice(0, -'.xlf'.length);
    const path = join(fileFolder, `${tag}.xlf`);
    const line = fileBuild.stderr.split('\n').find((output) => output.startsWith(`${path}:`));
    assert.ok(line, fileBuild.stderr);
    assert.match(line, says);
    assert.ok(fileStatus.stdout.includes(line), fileStatus.stdout);
    assert.ok(fileExtract.stderr.includes(line), fileExtract.stderr);
    assert.equal(readFileSync(path, 'utf8'), edit(asLocale(spanish, tag)), 'extract left the file alone');
  });
});

test('l10n:status summarises: a new language is four lines, not one line per missing text', () => {
  const xliff = scratch('summary', {'es.xlf': spanish});
  const add = tool('l10n/add.ts', 'fr', '--xliff', xliff);
  assert.equal(add.status, 0, add.stderr);
  const status = tool('l10n/status.ts', '--xliff', xliff, 'fr');
  assert.equal(status.status, 0);
  const lines = status.stdout.trim().split('\n');
  assert.equal(lines.length, 4, status.stdout);
  assert.match(lines[0], new RegExp(`^fr \\(French, .*fr\\.xlf\\): 0/${total} translated \\(0%\\), 0 reviewed`));
  assert.match(lines[1], new RegExp(`held back from dist/: not complete \\(${total} not translated yet\\)`));
  assert.match(lines[2], /compared with git: not in a git repository/);
  assert.match(
    lines[3],
    new RegExp(`not translated yet: ${total}, shown in English: ${messageIds[0]}, .* and \\d+ more`),
  );
  const all = tool('l10n/status.ts', '--xliff', xliff, 'fr', '--all');
  assert.ok(
    messageIds.every((id) => all.stdout.includes(id)),
    '--all names every one',
  );
  const unknown = tool('l10n/status.ts', '--xliff', xliff, 'de');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stdout, /de: no translation .* npm run l10n:add -- de/);
});

test('a target marked new or needs-translation is no translation yet: the English shows', async () => {
  const file = spanish.replace('<target>Primera</target>', '<target state="needs-translation">First</target>');
  const built = buildContent(scratch('needs-translation', {'es.xlf': file}));
  assert.equal(stringOf(await built.locale('es'), 'sample-list.first.heading'), null);
  assert.match(built.stdout, /1 shows in English \(1 not translated yet\)/);
});

test('a mistyped id: "did you mean", the English meanwhile, status fails, and extract keeps the unit', async () => {
  const file = spanish.replace('<trans-unit id="second-text">', '<trans-unit id="secnd-text">');
  const xliff = scratch('typo', {'es.xlf': file});
  const built = buildContent(xliff);
  assert.equal(built.status, 0);
  assert.match(
    built.stdout,
    new RegExp(`es\\.xlf:${lineOf(file, 'secnd-text')}: secnd-text: .*did you mean "second-text"\\?`),
  );
  assert.equal(stringOf(await built.locale('es'), 'second-text'), null);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 1, 'an unknown id fails l10n:status');
  assert.match(status.stdout, /wrong ids: 1\n.*secnd-text: .*did you mean "second-text"\? Put back the id/);
  assert.doesNotMatch(status.stdout, /obsolete|run npm run l10n:extract/);
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(extract.stdout, /kept "secnd-text"/);
  assert.match(unitOf(readFileSync(join(xliff, 'es.xlf'), 'utf8'), 'secnd-text'), /<target>La segunda parte/);
});

test('a unit whose text the guide no longer has fails status until l10n:extract removes it', () => {
  const file = spanish.replace(
    '</body>',
    '<trans-unit id="a-removed-text">\n  <source>Gone.</source>\n  <target>Ido.</target>\n</trans-unit>\n</body>',
  );
  const xliff = scratch('removed-text', {'es.xlf': file});
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 1, status.stdout);
  assert.match(status.stdout, /a-removed-text: no text of the guide has this id: if its English was removed/);
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  assert.equal(tool('l10n/status.ts', '--xliff', xliff).status, 0);
});

test('l10n:extract changes nothing in an up-to-date file', () => {
  const xliff = scratch('no-op', {'es.xlf': spanish});
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.equal(readFileSync(join(xliff, 'es.xlf'), 'utf8'), spanish);
});

test('l10n:extract: changed English is marked for review with the old English kept; state and approved survive', () => {
  // The file was translated from older English: its <source> differs from today's.
  let file = spanish.replace('<source>First</source>', '<source>The first part</source>');
  file = marked(file, 'third-text', 'approved="yes"', 'state="final"');
  file = marked(file, 'sample-list.first.heading', 'approved="yes"', 'state="final"');
  const xliff = scratch('stale', {'es.xlf': file});
  const path = join(xliff, 'es.xlf');
  const before = tool('l10n/status.ts', '--xliff', xliff);
  assert.match(
    before.stdout,
    /stale: 1;[^\n]*\n.*sample-list\.first\.heading\n\s+was: The first part\n\s+now: First\n/,
  );
  assert.match(before.stdout, /1 reviewed .*, 1 stale, 0 broken/, 'a stale text is not reviewed, whatever its mark');

  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(extract.stdout, /1 marked for review \(the English changed\)/);
  const after = readFileSync(path, 'utf8');
  const unit = unitOf(after, 'sample-list.first.heading');
  assert.match(unit, /^<trans-unit id="sample-list\.first\.heading" approved="no">/, 'the review was of the old text');
  assert.match(unit, /<source>First<\/source>\n\s+<target state="needs-review-translation">Primera<\/target>/);
  assert.match(
    unit,
    /<alt-trans alttranstype="previous-version">\s*<source>The first part<\/source>\s*<target[^>]*>Primera<\/target>/,
  );
  assert.match(unitOf(after, 'third-text'), /^<trans-unit id="third-text" approved="yes">/);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0);
  assert.match(status.stdout, /1 reviewed .*, 1 stale, 0 broken/);
  assert.match(status.stdout, /sample-list\.first\.heading\n\s+was: The first part\n\s+now: First\n/);

  // A second extract changes nothing; once reviewed (state="translated"), the old English goes.
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  assert.equal(readFileSync(path, 'utf8'), after);
  const reviewed = after.replace('state="needs-review-translation"', 'state="translated"');
  const cleaned = scratch('reviewed-stale', {'es.xlf': reviewed});
  assert.equal(tool('l10n/extract.ts', '--xliff', cleaned).status, 0);
  assert.doesNotMatch(unitOf(readFileSync(join(cleaned, 'es.xlf'), 'utf8'), 'sample-list.first.heading'), /alt-trans/);
});

test('l10n:add writes every unit with its note, in reading order, no targets; the build picks it up', async () => {
  const xliff = scratch('add', {'es.xlf': spanish});
  const add = tool('l10n/add.ts', 'fr', '--xliff', xliff);
  assert.equal(add.status, 0, add.stderr);
  assert.match(add.stdout, new RegExp(`fr\\.xlf: French, ${total} texts to translate`));
  const french = readFileSync(join(xliff, 'fr.xlf'), 'utf8');
  assert.match(
    french,
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff version="1\.2" xmlns="urn:oasis:names:tc:xliff:document:1\.2">\n<file target-language="fr" source-language="en"/,
  );
  assert.deepEqual(
    [...french.matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id),
    messageIds,
  );
  assert.equal(french.match(/<note from="lit-localize">[^<]{40,}<\/note>/g)?.length, total);
  assert.doesNotMatch(french, /<target/);
  // The same shape as the Spanish file, unit for unit, but for the targets.
  assert.equal(french.split('\n').length + total, spanish.split('\n').length);

  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stdout,
    new RegExp(`^fr \\(French, .*\\): 0/${total} translated, 0 reviewed .*, 0 stale; ${total} show in English`, 'm'),
  );
  assert.ok((await built.locale('fr')).strings.every((text) => text === null));
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  assert.equal(readFileSync(join(xliff, 'fr.xlf'), 'utf8'), french, 'extract agrees with add');

  const again = tool('l10n/add.ts', 'fr', '--xliff', xliff);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists/);
});

test('l10n:add takes real languages only, and never a tag the tests use for a language the guide lacks', () => {
  assert.deepEqual(checkTag('fr'), {tag: 'fr', name: 'French'});
  assert.deepEqual(checkTag('FR-ca'), {tag: 'fr-CA', name: 'French (Canada)'});
  assert.deepEqual(checkTag('fre'), {tag: 'fr', name: 'French'});
  assert.match(checkTag('fr_FR').error!, /Did you mean fr-FR\?/);
  for (const tag of ['x-missing', 'qaa', 'qaa-CA', 'de-x-test', 'fr-ZZ', 'en-XA', 'ar-XB', 'en', 'und', 'zz']) {
    assert.ok(checkTag(tag).error, tag);
  }
  const refused = tool('l10n/add.ts', 'x-missing', '--xliff', scratch('refused', {}));
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /private use/);
});

test('a text missing from the file shows in English and counts as not translated', async () => {
  const built = buildContent(scratch('one-missing', {'es.xlf': withoutTarget(spanish, 'third-text')}));
  assert.equal(stringOf(await built.locale('es'), 'third-text'), null);
  assert.match(
    built.stdout,
    new RegExp(`${total - 1}/${total} translated.*1 shows in English \\(1 not translated yet\\)`),
  );
});
