// The promise to translators and patients, tool by tool, on scratch copies of xliff/:
// - the build shows a translator's text only when it passes every check l10n:status makes,
//   else the English, with one line `file:line: id: what is wrong, and how to fix it`;
// - a file no CAT tool would open stops the build with file:line:col and the unit, no stack;
// - l10n:status counts translated, reviewed and stale, summarises long lists, shows the old
//   English beside the new, and suggests the real id for a mistyped one;
// - l10n:extract keeps targets, states, approvals and the old English; l10n:add starts a language.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {checkTag} from '../../tools/l10n/tags.js';
import {
  buildContent,
  lineOf,
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

test('the real files: the build ships every Spanish target; status says 100% and exits 0', async () => {
  const built = buildContent(scratch('real', {'es.xlf': spanish}));
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stdout,
    new RegExp(`^es \\(Spanish, .*es\\.xlf\\): ${total}/${total} translated, 0 reviewed, 0 stale$`, 'm'),
  );
  const module = await built.locale('es');
  const target = (id: string) => /<target[^>]*>([^<]*)<\/target>/.exec(unitOf(spanish, id))![1];
  for (const id of ['risk-list.bleeding.heading', 'glossary.sternum.definition', 'dates']) {
    assert.equal(stringOf(module, id), target(id), id);
  }
  const status = tool('l10n/status.ts');
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    new RegExp(`^es \\(Spanish, xliff/es\\.xlf\\): ${total}/${total} translated \\(100%\\)`, 'm'),
  );
});

test('entities are decoded once: &amp; is "&", &lt;img&gt; is the text "<img>", &#233; is "é"', async () => {
  const xliff = scratch('entities', {
    'es.xlf': withTarget(spanish, 'risk-list.bleeding.heading', 'A &amp; B &lt;img src=x&gt; &#233;'),
  });
  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  assert.equal(stringOf(await built.locale('es'), 'risk-list.bleeding.heading'), 'A & B <img src=x> é');
});

// Each mistake a translator can make inside one unit: the build still passes, that text shows
// in English (null), and one line names the file, the line of the target, the id, and the fix.
const unitMistakes: {name: string; id: string; target: string; says: RegExp}[] = [
  {
    name: 'an empty target',
    id: 'risk-list.sternum-injury.heading',
    target: '',
    says: /the target is empty: translate it/,
  },
  {
    name: 'a renamed placeholder',
    id: 'dates',
    target: 'Datos al {factsCurrentAsOf}. Texto de {lastEdit}.',
    says: /\{lastEdit\} should be \{lastEdited\}, exactly as in the English/,
  },
  {name: 'a lost placeholder', id: 'dates', target: 'Datos al {factsCurrentAsOf}.', says: /\{lastEdited\} is missing/},
  {
    name: 'a lost term marker',
    id: 'overview-marrow',
    target: 'La médula ósea es blanda.',
    says: /\[\[bone-marrow\|…\]\] is missing: keep the marker/,
  },
  {
    name: 'a marker the English lacks',
    id: 'bleeding-site',
    target: 'Puede sangrar donde entró la [[biopsy|aguja]].',
    says: /\[\[biopsy\|…\]\] is not in the English: remove it/,
  },
  {
    name: 'unbalanced brackets',
    id: 'key-samples',
    target: 'Esta prueba saca muestras de su [[bone-marrow|médula ósea]. Luego se revisan.',
    says: /unbalanced \[\[ or \]\]/,
  },
  {name: 'a tag in the target', id: 'risk-list.bleeding.heading', target: '<b>Sangrado</b>', says: /tags <b> inside/},
  {
    name: 'lost emphasis',
    id: 'bleeding-more-likely',
    target: 'Si tiene un problema de sangrado, le presionarán el lugar al menos 10 minutos.',
    says: /the English marks 1 group of words with \*\*…\*\* \(shown in bold: they must not be missed\), this text marks 0/,
  },
  {
    name: 'unbalanced emphasis',
    id: 'key-ride',
    target: '**Pida a alguien que lo lleve a su casa después de la prueba.',
    says: /unbalanced \*\*: words that must not be missed are marked \*\*words\*\*/,
  },
  {
    name: 'an entity escaped twice',
    id: 'risk-list.bleeding.heading',
    target: 'Sangrado &amp;amp; moretones',
    says: /"&amp;" shows as those characters: the file escapes it twice/,
  },
  {
    name: 'an HTML entity escaped for XML',
    id: 'risk-list.bleeding.heading',
    target: 'Sangrado &amp;eacute;',
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
    edit: (xliff) => withTarget(xliff, 'bleeding-site', 'Sangrado & moretones'),
    says: /:\d+:\d+: unit "bleeding-site": not well-formed XML: a bare "&" in "Sangrado & moretones"/,
  },
  {
    name: 'an HTML entity',
    file: 'es.xlf',
    edit: (xliff) => withTarget(xliff, 'bleeding-site', 'Puede sangrar por donde entr&oacute; la aguja.'),
    says: /:\d+:\d+: unit "bleeding-site": .*"&oacute;" is an HTML entity.*write the character itself, ó/,
  },
  {
    name: 'an unclosed target',
    file: 'es.xlf',
    edit: (xliff) => xliff.replace('Sangrado</target>', 'Sangrado'),
    says: /:\d+:\d+: unit "risk-list\.bleeding\.heading": not well-formed XML: <\/trans-unit> does not close <target>/,
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
    edit: (xliff) => xliff.replace(unitOf(xliff, 'infection-site'), unitOf(xliff, 'infection-site').repeat(2)),
    says: /:\d+:\d+: unit "infection-site": this unit is here twice \(first at line \d+\)/,
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

test('l10n:status summarises: a new language is one line of 150 missing, not 150 lines', () => {
  const xliff = scratch('summary', {'es.xlf': spanish});
  const added = tool('l10n/add.ts', 'fr', '--xliff', xliff);
  assert.equal(added.status, 0, added.stderr);
  const status = tool('l10n/status.ts', '--xliff', xliff, 'fr');
  assert.equal(status.status, 0);
  const lines = status.stdout.trim().split('\n');
  assert.equal(lines.length, 2, status.stdout);
  assert.match(lines[0], new RegExp(`^fr \\(French, .*fr\\.xlf\\): 0/${total} translated \\(0%\\), 0 reviewed`));
  assert.match(
    lines[1],
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

test('l10n:status counts reviewed units (approved="yes", as CAT tools set it) and missing ones', () => {
  let file = withoutTarget(spanish, 'infection-site');
  file = file.replace('<trans-unit id="bleeding-site">', '<trans-unit id="bleeding-site" approved="yes">');
  file = file.replace('<trans-unit id="key-site">', '<trans-unit id="key-site" approved="yes">');
  const status = tool('l10n/status.ts', '--xliff', scratch('reviewed', {'es.xlf': file}));
  assert.equal(status.status, 0, status.stdout);
  assert.match(
    status.stdout,
    new RegExp(`${total - 1}/${total} translated \\(99\\.\\d%\\), 2 reviewed, 0 stale, 0 broken`),
  );
  assert.match(status.stdout, /not translated yet: 1, shown in English: infection-site\n/);
});

test('a target marked new or needs-translation is no translation yet: the English shows', async () => {
  const file = spanish.replace('<target>Sangrado</target>', '<target state="needs-translation">Bleeding</target>');
  const built = buildContent(scratch('needs-translation', {'es.xlf': file}));
  assert.equal(stringOf(await built.locale('es'), 'risk-list.bleeding.heading'), null);
  assert.match(built.stdout, /1 shows in English \(1 not translated yet\)/);
});

test('a mistyped id: "did you mean", the English meanwhile, and extract keeps the unit', async () => {
  const file = spanish.replace('<trans-unit id="bleeding-site">', '<trans-unit id="bleding-site">');
  const xliff = scratch('typo', {'es.xlf': file});
  const built = buildContent(xliff);
  assert.equal(built.status, 0);
  assert.match(
    built.stdout,
    new RegExp(`es\\.xlf:${lineOf(file, 'bleding-site')}: bleding-site: .*did you mean "bleeding-site"\\?`),
  );
  assert.equal(stringOf(await built.locale('es'), 'bleeding-site'), null);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.match(status.stdout, /wrong ids: 1\n.*bleding-site: .*did you mean "bleeding-site"\? Put back the id/);
  assert.doesNotMatch(status.stdout, /obsolete|run npm run l10n:extract/);
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(extract.stdout, /kept "bleding-site"/);
  assert.match(unitOf(readFileSync(join(xliff, 'es.xlf'), 'utf8'), 'bleding-site'), /<target>Usted puede sangrar/);
});

test('l10n:extract changes nothing in an up-to-date file', () => {
  const xliff = scratch('no-op', {'es.xlf': spanish});
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.equal(readFileSync(join(xliff, 'es.xlf'), 'utf8'), spanish);
});

test('l10n:extract: changed English is marked for review with the old English kept; state and approved survive', () => {
  // The file was translated from older English: its <source> differs from today's.
  let file = spanish.replace('<source>Bleeding</source>', '<source>Bleeding and bruising</source>');
  file = file.replace('<trans-unit id="infection-site">', '<trans-unit id="infection-site" approved="yes">');
  file = file.replace('<target>Sangrado</target>', '<target state="translated">Sangrado</target>');
  file = file.replace(
    '<trans-unit id="risk-list.bleeding.heading">',
    '<trans-unit id="risk-list.bleeding.heading" approved="yes">',
  );
  const xliff = scratch('stale', {'es.xlf': file});
  const path = join(xliff, 'es.xlf');
  const before = tool('l10n/status.ts', '--xliff', xliff);
  assert.match(
    before.stdout,
    /stale: 1;[^\n]*\n.*risk-list\.bleeding\.heading\n\s+was: Bleeding and bruising\n\s+now: Bleeding\n/,
  );

  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(extract.stdout, /1 marked for review \(the English changed\)/);
  const after = readFileSync(path, 'utf8');
  const unit = unitOf(after, 'risk-list.bleeding.heading');
  assert.match(unit, /^<trans-unit id="risk-list\.bleeding\.heading" approved="no">/, 'the review was of the old text');
  assert.match(unit, /<source>Bleeding<\/source>\n\s+<target state="needs-review-translation">Sangrado<\/target>/);
  assert.match(
    unit,
    /<alt-trans alttranstype="previous-version">\s*<source>Bleeding and bruising<\/source>\s*<target>Sangrado<\/target>/,
  );
  assert.match(unitOf(after, 'infection-site'), /^<trans-unit id="infection-site" approved="yes">/);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0);
  assert.match(status.stdout, /1 reviewed, 1 stale, 0 broken/);
  assert.match(status.stdout, /risk-list\.bleeding\.heading\n\s+was: Bleeding and bruising\n\s+now: Bleeding\n/);

  // A second extract changes nothing; once reviewed (state="translated"), the old English goes.
  assert.equal(tool('l10n/extract.ts', '--xliff', xliff).status, 0);
  assert.equal(readFileSync(path, 'utf8'), after);
  const reviewed = after.replace('state="needs-review-translation"', 'state="translated"');
  const cleaned = scratch('reviewed-stale', {'es.xlf': reviewed});
  assert.equal(tool('l10n/extract.ts', '--xliff', cleaned).status, 0);
  assert.doesNotMatch(unitOf(readFileSync(join(cleaned, 'es.xlf'), 'utf8'), 'risk-list.bleeding.heading'), /alt-trans/);
});

test('l10n:add writes every unit with its note, in reading order, no targets; the build picks it up', async () => {
  const xliff = scratch('add', {'es.xlf': spanish});
  const added = tool('l10n/add.ts', 'fr', '--xliff', xliff);
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, new RegExp(`fr\\.xlf: French, ${total} texts to translate`));
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
    new RegExp(`^fr \\(French, .*\\): 0/${total} translated, 0 reviewed, 0 stale; ${total} show in English`, 'm'),
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
