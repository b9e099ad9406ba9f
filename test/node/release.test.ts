// `npm run release` (tools/release.ts, docs/releases.md): the content changelog from small
// fixtures (every kind of change, in every language), the version rule, the CHANGELOG.md edit,
// the README snippet; then one real release in a scratch copy of the project, so the real files
// are never touched: a sample English and translation change, the refusals before it, the
// changelog entry, dist/integrity.json against the files, and the tarball installed into an
// empty project, where it renders the changed texts.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import type {LocaleDates} from '../../src/content/model.js';
import {catalogue} from '../../tools/content/catalogue.js';
import {reviewLines, type Block, type GuideContent, type Notice, type ReviewLine} from '../../tools/content/model.js';
import {readContentFiles} from '../../tools/content/read.js';
import {validateContent} from '../../tools/content/validate.js';
import {
  changedWords,
  contentSection,
  parseChangelog,
  quoted,
  splitUnreleased,
  withRelease,
} from '../../tools/release/changelog.js';
import {
  breaking,
  contentChanges,
  mergedOrder,
  readerSees,
  ReleaseError,
  type ContentVersion,
} from '../../tools/release/content-changes.js';
import {previousCommit} from '../../tools/release/git.js';
import {readOlderBuild} from '../../tools/release/older-build.js';
import {readBuilt, readContentVersion, runBuild} from '../../tools/release/read-texts.js';
import {fillSnippet} from '../../tools/release/snippet.js';
import {textsFile, textsSnapshot} from '../../tools/release/texts.js';
import {bumpOf, compareVersions, isAtLeast, parseVersion, requiredBump} from '../../tools/release/version.js';

// --- Fixtures: a guide of one element, and translations given by id ---

type Mutable<T> = {-readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K]};

function guide(): Mutable<GuideContent> {
  const paragraph = (id: string, text: string): Block => ({kind: 'paragraph', id, text});
  return {
    locale: 'en',
    dates: {
      id: 'dates',
      factsCurrentAsOf: '2022-05-04',
      lastEdited: '2026-01-01',
      reviewDue: '2027-01-01',
      text: 'Facts as of {factsCurrentAsOf}.',
    },
    review: Object.fromEntries(
      reviewLines.map((line) => [line, {id: `review-${line}`, text: `Review: ${line}.`}]),
    ) as Record<ReviewLine, Notice>,
    disclaimer: {id: 'disclaimer', text: 'Ask your own doctor.'},
    wordsToKnow: {id: 'words-to-know', text: 'Words to know'},
    termHint: {id: 'term-hint', text: 'Shows what this word means.'},
    glossary: {sternum: {id: 'sternum', term: 'sternum', definition: 'breastbone'}},
    elements: {
      'risk-list': {
        intro: [paragraph('intro', 'Serious problems are not common.')],
        sections: [
          {
            id: 'bleeding',
            heading: 'Bleeding',
            blocks: [
              paragraph('bleed-1', 'You may bleed from the spot.'),
              paragraph('bleed-2', 'Your care team will press on it.'),
              paragraph('bleed-3', 'It stops soon.'),
            ],
          },
          {id: 'infection', heading: 'Infection', blocks: [paragraph('infection-1', 'You may get an infection.')]},
        ],
        outro: [{kind: 'slot', id: 'call', slot: 'when-to-call', text: 'Ask whom to call.'}],
        renamed: {},
      },
    },
    drawings: {},
    signOffs: [],
  } as Mutable<GuideContent>;
}

/**
 * 21 texts: 2 headings, 5 paragraphs, 1 slot, 1 glossary word and its meaning, words to know, the
 * term hint, 9 of small print.
 */
const fixtureTexts = 21;

const blocksOf = (content: Mutable<GuideContent>, section: number) =>
  content.elements['risk-list'].sections[section].blocks as Block[];

/**
 * A version of the fixture, as the build writes it (texts.ts): its translations by locale, each
 * text by id (absent: the English shows), and a language's own dates (its sign-off).
 */
function version(
  content: Mutable<GuideContent>,
  languages: Record<string, {texts: Record<string, string>; stale?: string[]; dates?: Partial<LocaleDates>}> = {},
): ContentVersion {
  const messages = catalogue(content as GuideContent);
  const names: Record<string, string> = {es: 'Spanish', fr: 'French'};
  const shown = (iso: string) => ({iso, shown: iso});
  const dates: LocaleDates = {
    factsCurrentAsOf: shown(content.dates.factsCurrentAsOf),
    lastEdited: shown(content.dates.lastEdited),
  };
  const translations = Object.entries(languages).map(([locale, {texts, stale = [], dates: own = {}}]) => ({
    locale,
    name: names[locale],
    strings: messages.map(({id}) => texts[id] ?? null),
    stale: stale.map((id) => ({id})),
    dates: {...dates, ...own},
  }));
  return textsSnapshot(content as GuideContent, messages, dates, translations);
}

const spanishBefore: Record<string, string> = {
  'bleed-1': 'Puede sangrar por el lugar.',
  'bleed-3': 'Para pronto.',
  'infection-1': 'Puede tener una infección.',
};

describe('content changes, from the content itself', () => {
  test('English: each id added, removed or changed, with its text before and after, in reading order', () => {
    const old = guide();
    const now = guide();
    const blocks = blocksOf(now, 0);
    blocks[0] = {kind: 'paragraph', id: 'bleed-1', text: 'You may bleed a little from the spot.'};
    blocks.splice(1, 1); // bleed-2 removed
    blocks.push({kind: 'paragraph', id: 'bleed-4', text: 'Call if it does not stop.'});
    const {english} = contentChanges(version(old), version(now));
    assert.deepEqual(english, [
      {
        id: 'bleed-1',
        kind: 'changed',
        before: {text: 'You may bleed from the spot.', english: false},
        after: {text: 'You may bleed a little from the spot.', english: false},
      },
      {id: 'bleed-2', kind: 'removed', before: {text: 'Your care team will press on it.', english: false}},
      {id: 'bleed-4', kind: 'added', after: {text: 'Call if it does not stop.', english: false}},
    ]);
  });

  test('a translation: changed, newly translated, back to English, and stale when only its English changed', () => {
    const old = guide();
    const now = guide();
    blocksOf(now, 0)[0] = {kind: 'paragraph', id: 'bleed-1', text: 'You may bleed a little from the spot.'};
    const changes = contentChanges(
      version(old, {es: {texts: spanishBefore}}),
      version(now, {
        es: {
          texts: {
            intro: 'Los problemas graves no son comunes.', // newly translated
            'bleed-1': 'Puede sangrar por el lugar.', // the same, though its English changed
            'infection-1': 'Puede tener una infección en la piel.', // changed
            // bleed-3: no translation any more
          },
          stale: ['bleed-1'],
        },
      }),
    );
    const [spanish] = changes.languages;
    assert.equal(spanish.locale, 'es');
    assert.deepEqual(
      spanish.texts.map(({id, kind}) => `${kind} ${id}`),
      ['changed intro', 'stale bleed-1', 'changed bleed-3', 'changed infection-1'],
    );
    const byId = Object.fromEntries(spanish.texts.map((change) => [change.id, change]));
    assert.deepEqual(byId.intro.before, {text: 'Serious problems are not common.', english: true});
    assert.deepEqual(byId.intro.after, {text: 'Los problemas graves no son comunes.', english: false});
    assert.deepEqual(byId['bleed-1'].english, {
      before: 'You may bleed from the spot.',
      after: 'You may bleed a little from the spot.',
    });
    assert.deepEqual(byId['bleed-3'].after, {text: 'It stops soon.', english: true});
    assert.equal(byId['infection-1'].after!.text, 'Puede tener una infección en la piel.');
    assert.deepEqual(spanish.now, {total: fixtureTexts, translated: 3, stale: 1});
  });

  test('an English change where a language shows the English is listed for that language too', () => {
    const old = guide();
    const now = guide();
    blocksOf(now, 1)[0] = {kind: 'paragraph', id: 'infection-1', text: 'You may get an infection in your skin.'};
    const changes = contentChanges(version(old, {es: {texts: {}}}), version(now, {es: {texts: {}}}));
    assert.deepEqual(changes.languages[0].texts, [
      {
        id: 'infection-1',
        kind: 'changed',
        before: {text: 'You may get an infection.', english: true},
        after: {text: 'You may get an infection in your skin.', english: true},
      },
    ]);
  });

  test('nothing changed: nothing to list, nothing a reader sees, nothing that breaks a page', () => {
    const changes = contentChanges(
      version(guide(), {es: {texts: spanishBefore}}),
      version(guide(), {es: {texts: spanishBefore, stale: ['bleed-1']}}),
    );
    assert.deepEqual(changes.english, []);
    assert.deepEqual(changes.languages[0].texts, []); // stale before already: not a change of this version
    assert.equal(readerSees(changes), false);
    assert.equal(breaking(changes), false);
  });

  test('dates, moved texts, and languages added or removed are changes a reader sees', () => {
    const now = guide();
    now.dates.lastEdited = '2026-03-01';
    const blocks = blocksOf(now, 0);
    blocks.push(blocks.shift()!); // bleed-1 now after bleed-3
    const changes = contentChanges(
      version(guide(), {es: {texts: spanishBefore}}),
      version(now, {fr: {texts: {intro: 'Les problèmes graves sont rares.'}}}),
    );
    assert.deepEqual(changes.dates, [{name: 'lastEdited', before: '2026-01-01', after: '2026-03-01'}]);
    assert.deepEqual(changes.moved, [{id: 'bleed-1', element: 'risk-list', was: 'risk-list', after: 'bleed-3'}]);
    assert.deepEqual(changes.english, []);
    assert.deepEqual(
      changes.addedLanguages.map(({locale}) => locale),
      ['fr'],
    );
    assert.deepEqual(changes.removedLanguages, [{locale: 'es', name: 'Spanish'}]);
    assert.equal(readerSees(changes), true);
    assert.equal(breaking(changes), true, 'a page in Spanish now shows English');
  });

  test('a language’s own date (its sign-off) is listed under it; one that moves with the English is not', () => {
    const now = guide();
    now.dates.lastEdited = '2026-03-01';
    const signedOff = {translationReviewed: {iso: '2026-02-01', shown: '1 de febrero de 2026'}};
    const changes = contentChanges(
      version(guide(), {es: {texts: spanishBefore}}),
      version(now, {es: {texts: spanishBefore, dates: signedOff}}),
    );
    assert.deepEqual(changes.dates, [{name: 'lastEdited', before: '2026-01-01', after: '2026-03-01'}]);
    assert.deepEqual(changes.languages[0].dates, [{name: 'translationReviewed', after: '2026-02-01'}]);
    assert.equal(readerSees(changes), true);
    const section = contentSection(changes, version(now), {
      previous: {version: '0.1.0', source: 'x'},
      commit: 'abc1234',
      clinical: {changed: false},
    });
    assert.match(
      section,
      /^#### Spanish \(es\)\n\nIts own dates:\n\n- `translationReviewed`: not shown → 2026-02-01\n/m,
    );

    const unchanged = contentChanges(
      version(guide(), {es: {texts: spanishBefore, dates: signedOff}}),
      version(guide(), {es: {texts: spanishBefore, dates: signedOff}}),
    );
    assert.equal(readerSees(unchanged), false);
  });

  test('a drawing added, redrawn or removed is a change a reader sees', () => {
    const drawing = (d: string) => ({viewBox: '0 0 10 10', paths: [['line', d]] as ['line', string][]});
    const old = guide();
    old.drawings = {hip: drawing('M0 0L1 1'), arm: drawing('M0 0L1 0')};
    const now = guide();
    now.drawings = {hip: drawing('M0 0L2 2'), arm: drawing('M0 0L1 0'), leg: drawing('M1 1L2 1')};
    delete now.drawings.arm;
    const changes = contentChanges(version(old), version(now));
    assert.deepEqual(changes.drawings, [
      {name: 'hip', kind: 'changed'},
      {name: 'leg', kind: 'added'},
      {name: 'arm', kind: 'removed'},
    ]);
    assert.equal(readerSees(changes), true);
    assert.equal(breaking(changes), false);
    const section = contentSection(changes, version(now), {
      previous: {version: '0.1.0', source: 'x'},
      commit: 'abc1234',
      clinical: {changed: false},
    });
    assert.match(section, /^#### Drawings \(in every language\)\n\n- `hip` redrawn\n- `leg` added\n- `arm` removed$/m);
  });

  test('a section or slot a page names is gone: breaking, unless the section is renamed to another', () => {
    const gone = guide();
    gone.elements['risk-list'].sections.pop();
    (gone.elements['risk-list'].outro[0] as {slot: string}).slot = 'call-us';
    const changes = contentChanges(version(guide()), version(gone));
    assert.deepEqual(changes.removedNames.sort(), ['section risk-list.infection', 'slot risk-list.when-to-call']);
    assert.equal(breaking(changes), true);

    const renamed = guide();
    renamed.elements['risk-list'].sections.pop();
    renamed.elements['risk-list'].renamed = {infection: 'bleeding'};
    assert.equal(breaking(contentChanges(version(guide()), version(renamed))), false);
  });

  test('mergedOrder puts each removed id where it was', () => {
    assert.deepEqual(mergedOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'e']), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(mergedOrder(['x', 'a'], ['a']), ['x', 'a']);
  });
});

// --- Each version read by its own build ---

/**
 * An older project: content in a model today's validator rejects (a `reviewed` date, a block
 * kind `warning`, no small print), and its own build, which writes the files builds wrote
 * before build/l10n/texts.json (as 0.1.0 did): messages.ts, message-ids.json, content.ts and a
 * module per locale. Its "XLIFF" is its own format too: YAML, a text by id.
 */
const olderProject = {
  'package.json': JSON.stringify({type: 'module'}),
  'content/guide.yaml': `locale: en
dates:
  id: dates
  factsCurrentAsOf: "2022-05-04"
  lastEdited: "2025-06-01"
  reviewed: "2025-06-01"
  text: Facts as of {factsCurrentAsOf}, reviewed {reviewed}.
elements:
  risk-list:
    intro:
      - {kind: paragraph, id: intro, text: Serious problems are not common.}
    sections:
      - id: bleeding
        heading: Bleeding
        blocks:
          - {kind: paragraph, id: bleed-1, text: You may bleed from the spot.}
          - {kind: warning, id: bleed-2, text: Press on it.}
          - {kind: paragraph, id: bleed-3, text: It stops soon.}
      - id: infection
        heading: Infection
        blocks:
          - {kind: paragraph, id: infection-1, text: You may get an infection.}
      - id: pain
        heading: Pain
        blocks:
          - {kind: paragraph, id: pain-1, text: It may hurt.}
    outro:
      - {kind: slot, id: call, slot: when-to-call, text: Ask whom to call.}
`,
  'xliff/es.yaml': `bleed-1: Puede sangrar por el lugar.
bleed-2: Presione.
`,
  'tools/build-content.ts': `import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {parse} from 'yaml';

const option = {type: 'string'} as const;
const {values: args} = parseArgs({options: {content: option, xliff: option, out: option}});
const guide = parse(readFileSync(join(args.content, 'guide.yaml'), 'utf8'));
const messages: {id: string; text: string; desc: string}[] = [];
const elements: Record<string, unknown> = {};
for (const [tag, element] of Object.entries<any>(guide.elements)) {
  const pack = (blocks: any[]) =>
    blocks.map((block) => {
      messages.push({id: block.id, text: block.text, desc: \`<\${tag}>: a \${block.kind}.\`});
      return block.kind === 'slot' ? block.slot : 0;
    });
  const intro = pack(element.intro);
  const sections = element.sections.map((section: any) => {
    messages.push({id: \`\${tag}.\${section.id}.heading\`, text: section.heading, desc: \`<\${tag}>: a heading.\`});
    return [section.id, pack(section.blocks)];
  });
  elements[tag] = {intro, sections, outro: pack(element.outro)};
}
const {id, text, ...isoDates} = guide.dates;
messages.push({id, text, desc: 'Small print under every element.'});
const translated = parse(readFileSync(join(args.xliff, 'es.yaml'), 'utf8'));
const json = (value: unknown) => JSON.stringify(value, null, 1);
const formatted = (locale: string) =>
  Object.fromEntries(
    Object.entries<string>(isoDates).map(([name, iso]) => [name, new Date(iso).toLocaleDateString(locale)]),
  );
mkdirSync('build/l10n', {recursive: true});
mkdirSync(join(args.out, 'locales'), {recursive: true});
writeFileSync(
  'build/l10n/messages.ts',
  \`export function messages(msg) {\\n  return [\\n\${messages
    .map(({id, text, desc}) => [text, id, desc].map((value) => JSON.stringify(value)))
    .map(([text, id, desc]) => \`    msg(\${text}, {id: \${id}, desc: \${desc}}),\`)
    .join('\\n')}\\n  ];\\n}\\n\`,
);
writeFileSync('build/l10n/message-ids.json', JSON.stringify(messages.map((m) => m.id)));
const english = {strings: messages.map((m) => m.text), dates: formatted('en')};
writeFileSync(
  join(args.out, 'content.ts'),
  \`export const sourceLocale = "en";\\n\\n\` +
    \`export const structure = unpackStructure(\${json({elements, glossary: [], isoDates})});\\n\\n\` +
    \`export const english: LocaleModule = \${json(english)};\\n\`,
);
const es = {strings: messages.map((m) => translated[m.id] ?? null), dates: formatted('es')};
writeFileSync(
  join(args.out, 'locales', 'es.ts'),
  \`const locale: LocaleModule = \${json(es)};\\nexport default locale;\\n\`,
);
`,
};

describe('each version is read by its own build', () => {
  test('a version whose content model today’s checks reject is read by its own build, and compared', async () => {
    const project = mkdtempSync(join(tmpdir(), 'bmg-release-older-'));
    try {
      for (const [file, text] of Object.entries(olderProject)) {
        mkdirSync(dirname(join(project, file)), {recursive: true});
        writeFileSync(join(project, file), text);
      }
      symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');
      const {content, problems} = validateContent(await readContentFiles(join(project, 'content')));
      assert.equal(content, undefined, 'today’s checks reject this content');
      assert.ok(problems.length > 0);

      const old = readContentVersion(project, '0.0.9');
      assert.equal(old.format, 0, 'read from the files of a build older than the texts file');
      assert.deepEqual(old.messages.slice(0, 4), [
        {id: 'intro', text: 'Serious problems are not common.', element: 'risk-list'},
        {id: 'risk-list.bleeding.heading', text: 'Bleeding', element: 'risk-list'},
        {id: 'bleed-1', text: 'You may bleed from the spot.', element: 'risk-list'},
        {id: 'bleed-2', text: 'Press on it.', element: 'risk-list'},
      ]);
      assert.deepEqual(old.messages.at(-1), {
        id: 'dates',
        text: 'Facts as of {factsCurrentAsOf}, reviewed {reviewed}.',
      });
      assert.deepEqual(old.elements, {
        'risk-list': {sections: ['bleeding', 'infection', 'pain'], renamed: {}, slots: ['when-to-call']},
      });
      assert.deepEqual(old.dates, {factsCurrentAsOf: '2022-05-04', lastEdited: '2025-06-01', reviewed: '2025-06-01'});
      assert.equal(old.translations.es.name, 'Spanish');
      assert.equal(old.translations.es.strings['bleed-2'], 'Presione.');
      assert.equal(old.translations.es.strings.intro, null);
      assert.deepEqual(old.translations.es.dates, old.dates);

      const now = version(guide(), {es: {texts: spanishBefore}});
      const changes = contentChanges(old, now);
      const english = Object.fromEntries(changes.english.map((change) => [change.id, change]));
      assert.deepEqual(english['bleed-2'], {
        id: 'bleed-2',
        kind: 'changed',
        before: {text: 'Press on it.', english: false},
        after: {text: 'Your care team will press on it.', english: false},
      });
      assert.equal(english.dates.kind, 'changed');
      assert.equal(english['review-notApproved'].kind, 'added');
      assert.equal(english['pain-1'].kind, 'removed');
      assert.deepEqual(changes.dates, [
        {name: 'lastEdited', before: '2025-06-01', after: '2026-01-01'},
        {name: 'reviewed', before: '2025-06-01'},
      ]);
      assert.deepEqual(changes.removedNames, ['section risk-list.pain']);
      const spanish = Object.fromEntries(changes.languages[0].texts.map((change) => [change.id, change]));
      assert.equal(spanish['bleed-1'], undefined, 'the same translation: no change');
      assert.deepEqual(spanish['bleed-2'].before, {text: 'Presione.', english: false});
      assert.deepEqual(spanish['bleed-2'].after, {text: 'Your care team will press on it.', english: true});
      assert.deepEqual(changes.languages[0].dates, []);

      const section = contentSection(changes, now, {
        previous: {version: '0.0.9', source: 'the tag `v0.0.9`', format: old.format},
        commit: 'abc1234',
        clinical: {changed: false},
      });
      assert.match(section, /^0\.0\.9 was built before `build\/l10n\/texts\.json` existed/m);
      assert.match(section, /^- `reviewed`: 2025-06-01 → not shown$/m);
    } finally {
      rmSync(project, {recursive: true, force: true});
    }
  });

  test('for the same content, the files a build wrote before the texts file say what the texts file says', () => {
    // Today's build still writes those files (for the bundle and lit-localize): read both ways.
    const scratch = mkdtempSync(join(tmpdir(), 'bmg-release-both-'));
    try {
      const {out} = runBuild(process.cwd(), scratch, 'this checkout');
      const texts = readBuilt(scratch, out, 'this checkout');
      assert.equal(texts.format, 1);
      assert.deepEqual(JSON.parse(readFileSync(join(scratch, textsFile), 'utf8')), texts);
      const older = readOlderBuild(scratch, out, 'this checkout');
      const comparable = ({messages, elements, dates, drawings, sourceLocale, translations}: ContentVersion) => ({
        messages,
        elements,
        dates,
        drawings,
        sourceLocale,
        translations: Object.fromEntries(
          Object.entries(translations).map(([locale, {strings, dates}]) => [locale, {strings, dates}]),
        ),
      });
      assert.deepEqual(comparable(older), comparable(texts));
    } finally {
      rmSync(scratch, {recursive: true, force: true});
    }
  });

  test('a build that stops, or a texts file in a format newer than this script reads, stops the release', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bmg-release-bad-'));
    try {
      assert.throws(
        () => readContentVersion(scratch, '0.0.8'),
        (error: Error) =>
          error instanceof ReleaseError &&
          /^the build of 0\.0\.8 \(its own tools\/build-content\.ts\) stopped/.test(error.message),
      );
      mkdirSync(join(scratch, 'build/l10n'), {recursive: true});
      writeFileSync(join(scratch, textsFile), JSON.stringify({format: 99}));
      assert.throws(() => readBuilt(scratch, scratch, '9.0.0'), /in format 99, newer than this release script reads/);
    } finally {
      rmSync(scratch, {recursive: true, force: true});
    }
  });
});

describe('the version rule', () => {
  const v = (text: string) => parseVersion(text)!;

  test('versions are x.y.z, optionally with a pre-release, in semver order', () => {
    for (const bad of ['1.0', 'v1.0.0', '01.0.0', '1.0.0.0', '']) assert.equal(parseVersion(bad), undefined, bad);
    const ordered = ['0.1.0', '0.1.1', '0.2.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-rc.1', '1.0.0', '1.10.0'];
    for (let i = 1; i < ordered.length; i++) {
      assert.ok(compareVersions(v(ordered[i - 1]), v(ordered[i])) < 0, `${ordered[i - 1]} < ${ordered[i]}`);
    }
  });

  test('a text change needs a minor version; a page-breaking one a major (a minor before 1.0.0)', () => {
    assert.equal(requiredBump(v('0.1.0'), {readerSees: true, breaking: false}), 'minor');
    assert.equal(requiredBump(v('0.1.0'), {readerSees: true, breaking: true}), 'minor');
    assert.equal(requiredBump(v('1.2.3'), {readerSees: true, breaking: true}), 'major');
    assert.equal(requiredBump(v('1.2.3'), {readerSees: false, breaking: false}), 'patch');
    assert.equal(isAtLeast(bumpOf(v('1.2.3'), v('1.2.4')), 'minor'), false);
    assert.equal(isAtLeast(bumpOf(v('1.2.3'), v('1.3.0')), 'minor'), true);
    assert.equal(isAtLeast(bumpOf(v('1.2.3'), v('1.3.0')), 'major'), false);
    assert.equal(isAtLeast(bumpOf(v('1.0.0-rc.1'), v('1.0.0')), 'major'), true);
  });
});

describe('CHANGELOG.md', () => {
  const sample = `# Changelog

Intro.

## [Unreleased]

### Content

The bleeding risk is clearer.

### Fixed

- A heading level.

## [0.1.0] - 2026-01-01

### Content

The texts of this version are those of \`content/\` and \`xliff/\` at commit \`${'0123456789'.repeat(4)}\`.
`;

  test('reads the last release, the commit of its texts, and the maintainer’s unreleased entries', () => {
    const changelog = parseChangelog(sample);
    assert.deepEqual(changelog.releases, [
      {version: '0.1.0', date: '2026-01-01', contentCommit: '0123456789'.repeat(4)},
    ]);
    assert.deepEqual(splitUnreleased(changelog.unreleased), {
      content: 'The bleeding risk is clearer.',
      rest: '### Fixed\n\n- A heading level.',
    });
  });

  test('a release goes under a new, empty [Unreleased], with the entries that were there', () => {
    const changelog = parseChangelog(sample);
    const {rest} = splitUnreleased(changelog.unreleased);
    const text = withRelease(changelog, '0.2.0', '2026-02-01', '### Content\n\nGenerated.\n', rest);
    assert.equal(
      text,
      sample.replace(
        /## \[Unreleased\][\s\S]*?(?=## \[0\.1\.0\])/,
        '## [Unreleased]\n\n## [0.2.0] - 2026-02-01\n\n### Content\n\nGenerated.\n\n' +
          '### Fixed\n\n- A heading level.\n\n',
      ),
    );
    assert.deepEqual(
      parseChangelog(text).releases.map(({version}) => version),
      ['0.2.0', '0.1.0'],
    );
  });

  test('the Content section: the commit, the clinical statement, each id with before and after, by language', () => {
    const now = guide();
    blocksOf(now, 0)[0] = {kind: 'paragraph', id: 'bleed-1', text: 'You may bleed a `little` from the spot.'};
    const current = version(now, {es: {texts: {'bleed-1': 'Puede sangrar por el lugar.'}, stale: ['bleed-1']}});
    const changes = contentChanges(
      version(guide(), {es: {texts: {'bleed-1': 'Puede sangrar por el lugar.'}}}),
      current,
    );
    const section = contentSection(changes, current, {
      previous: {version: '0.1.0', source: 'the tag `v0.1.0`'},
      commit: 'abc1234',
      clinical: {changed: true, what: 'The bleeding risk is smaller.'},
      written: 'The bleeding risk is clearer.',
    });
    const lines = section.split('\n');
    for (const line of [
      '### Content',
      'The texts of this version are those of `content/` and `xliff/` at commit `abc1234`.',
      'The bleeding risk is clearer.',
      '**Clinical meaning changed:** The bleeding risk is smaller.',
      '#### English',
      '- `bleed-1` changed',
      '  - before: `You may bleed from the spot.`',
      '  - after: ``You may bleed a `little` from the spot.``',
      '  - words: `bleed from` → ``bleed a `little` from``',
      '#### Spanish (es)',
      '- `bleed-1` stale: its English changed (above), this translation did not, and it still shows',
      '  - shows: `Puede sangrar por el lugar.`',
      '  - translated from: `You may bleed from the spot.`',
    ]) {
      assert.ok(lines.includes(line), `${line}\n--- in ---\n${section}`);
    }
    const wordingOnly = contentSection(changes, current, {
      previous: {version: '0.1.0', source: 'x'},
      commit: 'abc1234',
      clinical: {changed: false},
    });
    assert.match(
      wordingOnly,
      /^Clinical meaning: not changed, as stated by the maintainer .* not a clinical review\.$/m,
    );
    const none = contentSection(contentChanges(version(guide()), version(guide())), version(guide()), {
      previous: {version: '0.1.0', source: 'x'},
      commit: 'abc1234',
      clinical: undefined,
    });
    assert.match(none, /^No text a reader sees changed since 0\.1\.0/m);
    assert.doesNotMatch(none, /####/);
  });

  test('changed words: the part that differs, with a word on each side', () => {
    assert.deepEqual(changedWords('You may bleed from the spot.', 'You may bleed a little from the spot.'), {
      before: 'bleed from',
      after: 'bleed a little from',
    });
    assert.deepEqual(changedWords('one two', 'three four'), undefined); // that is the whole text
  });
});

/** The README's quick-start snippet between its release markers, for a version and its integrity value. */
const snippet = (version: string, value: string) => `<!-- release-snippet: filled in by npm run release -->
\`\`\`html
<script
  type="module"
  src="https://cdn.example.org/bone-marrow-guide@${version}/dist/bone-marrow-guide.js"
  integrity="${value}"
  crossorigin="anonymous"
></script>
\`\`\`
<!-- /release-snippet -->
`;

describe('the README snippet', () => {
  const files = {
    'dist/bone-marrow-guide.js': 'sha384-REAL',
    'dist/bone-marrow-guide-hydrate.js': 'sha384-HYDRATE',
  };
  const readme = (version: string, value: string) => `Intro @0.0.1 integrity="x".\n\n${snippet(version, value)}`;

  const drupal = (version: string, value: string) => `<!-- release-snippet -->
\`\`\`yaml
    https://cdn.example.org/bone-marrow-guide@${version}/dist/bone-marrow-guide-hydrate.js:
      attributes: {type: module, crossorigin: anonymous, integrity: '${value}'}
\`\`\`
<link rel="modulepreload" href="/bone-marrow-guide@${version}/dist/locales/es-<hash>.js">
<!-- /release-snippet -->
`;

  test('the marked snippet gets the version and that file’s real integrity value; nothing else changes', () => {
    assert.equal(fillSnippet(readme('0.1.0', 'sha384-OLD'), '0.2.0', files), readme('0.2.0', 'sha384-REAL'));
    assert.equal(fillSnippet(drupal('0.1.0', 'sha384-…'), '0.2.0', files), drupal('0.2.0', 'sha384-HYDRATE'));
    assert.equal(fillSnippet('No markers @0.1.0 integrity="x"', '0.2.0', files), undefined);
    assert.throws(
      () => fillSnippet(readme('0.1.0', 'x').replace('bone-marrow-guide.js"', 'other.js"'), '0.2.0', files),
      /dist\/other\.js has no integrity value/,
    );
  });
});

// --- One real release, in a scratch copy of the project ---

const gitIdentity = ['-c', 'user.name=Release test', '-c', 'user.email=release@test', '-c', 'commit.gpgsign=false'];
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {name: string; version: string};
const last = parseVersion(pkg.version)!;
const minor = `${last.major}.${last.minor + 1}.0`;

/** Into `folder`: the files git would commit, as they are now (the code under test, the real texts); node_modules. */
function copyWorkingFiles(folder: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    // Gone (deleted, not yet committed), or not a file: a symlinked node_modules is "other" to git.
    if (!lstatSync(file, {throwIfNoEntry: false})?.isFile()) continue;
    mkdirSync(dirname(join(folder, file)), {recursive: true});
    writeFileSync(join(folder, file), readFileSync(file));
  }
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'junction');
}

describe('a release made with the script, in a scratch copy of the project', () => {
  const project = mkdtempSync(join(tmpdir(), 'bmg-release-test-'));
  after(() => rmSync(project, {recursive: true, force: true}));
  const git = (...args: string[]) =>
    execFileSync('git', [...gitIdentity, ...args], {cwd: project, encoding: 'utf8', stdio: 'pipe'}).trim();
  const release = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/release.ts', ...args], {cwd: project, encoding: 'utf8'});
  const out = join(project, 'release-out');

  const patch = `${last.major}.${last.minor}.${last.patch + 1}`;
  const lastRelease = parseChangelog(readFileSync('CHANGELOG.md', 'utf8')).releases[0].version;

  /** The sample: one English text and one translated text, each with a few words added. */
  let english: {id: string; tag: string; before: string; after: string};
  let translated: {locale: string; id: string; tag: string; before: string; after: string};
  let base: string;

  before(() => {
    copyWorkingFiles(project);
    // The quick-start snippet as docs/releases.md proposes it, with the placeholder a release replaces.
    const readme = join(project, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\n${snippet('0.0.0', 'sha384-…')}`);
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'the project as it is');
    base = git('rev-parse', 'HEAD');
  });

  test('with no tag and no commit of the last release here, it says how to name it', () => {
    const {status, stderr} = release(minor, '--wording-only');
    assert.equal(status, 1);
    assert.match(stderr, new RegExp(`no tag v${lastRelease.replaceAll('.', '\\.')}.*git fetch --tags.*--since`, 's'));
    assert.throws(() => previousCommit(project, {version: lastRelease, contentCommit: undefined}), /--since/);
    assert.deepEqual(previousCommit(project, {version: lastRelease, contentCommit: base}), {
      commit: base,
      source: `commit \`${base.slice(0, 12)}\``,
    });
    assert.equal(previousCommit(project, {version: lastRelease, contentCommit: undefined}, 'HEAD').commit, base);
    git('tag', `v${lastRelease}`);
    assert.deepEqual(previousCommit(project, {version: lastRelease, contentCommit: '0'.repeat(40)}), {
      commit: base,
      source: `the tag \`v${lastRelease}\``,
    });
  });

  test('a sample English and translation change: refused while uncommitted, as a patch, or unqualified', async () => {
    const current = readContentVersion(project, 'the scratch project');
    const contentFiles = Object.fromEntries(
      readdirSync(join(project, 'content'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => [name, readFileSync(join(project, 'content', name), 'utf8')]),
    );
    const [[locale, translation]] = Object.entries(current.translations);
    assert.ok(translation, 'the project has a translation');
    const plain = /^[A-Za-z][\w ,.]*\.$/; // written the same in YAML and in the XLIFF file
    const candidates = current.messages
      .filter(({element, text}) => element !== undefined && plain.test(text))
      .filter(({id}) => translation.strings[id] !== null);
    const inOneFile = candidates.find(
      ({text}) => Object.values(contentFiles).filter((file) => file.split(text).length === 2).length === 1,
    )!;
    const other = candidates.find(({id}) => id !== inOneFile.id)!;
    english = {
      id: inOneFile.id,
      tag: inOneFile.element!,
      before: inOneFile.text,
      after: `${inOneFile.text} Sample change.`,
    };
    const target = translation.strings[other.id]!;
    translated = {
      locale,
      id: other.id,
      tag: other.element!,
      before: target,
      after: `${target} Cambio de prueba.`,
    };
    const [file] = Object.entries(contentFiles).find(([, text]) => text.includes(english.before))!;
    writeFileSync(join(project, 'content', file), contentFiles[file].replace(english.before, english.after));
    const xliff = join(project, 'xliff', `${translated.locale}.xlf`);
    const xliffText = readFileSync(xliff, 'utf8');
    assert.equal(xliffText.split(`>${escapeXml(target)}</target>`).length, 2, 'the target is written once');
    writeFileSync(
      xliff,
      xliffText.replace(`>${escapeXml(target)}</target>`, `>${escapeXml(translated.after)}</target>`),
    );

    const dirty = release(minor, '--wording-only');
    assert.equal(dirty.status, 1);
    assert.match(dirty.stderr, /commit these first/);
    assert.match(dirty.stderr, new RegExp(`^  content/${file.replace('.', '\\.')}$`, 'm'));
    assert.match(dirty.stderr, new RegExp(`^  xliff/${translated.locale}\\.xlf$`, 'm'));

    git('commit', '--quiet', '--all', '-m', 'a sample text change');
    const asPatch = release(patch, '--wording-only');
    assert.equal(asPatch.status, 1);
    assert.match(asPatch.stderr, new RegExp(`${patch} is a patch version .*needs a minor version at least`));
    const unqualified = release(minor);
    assert.equal(unqualified.status, 1);
    assert.match(unqualified.stderr, /--clinical "<what changed, in a sentence>" or --wording-only/);
    assert.equal(git('status', '--porcelain'), '', 'a refused release writes nothing');
  });

  test(
    'the release: the changelog lists both changes, the integrity file fits the files, the tarball installs',
    {
      timeout: 600_000, // a hang guard: one build, one pack, one offline install
    },
    () => {
      const unreleased = splitUnreleased(
        parseChangelog(readFileSync(join(project, 'CHANGELOG.md'), 'utf8')).unreleased,
      );
      const made = release(minor, '--wording-only', '--out', out, '--date', '2026-12-31');
      assert.equal(made.status, 0, made.stderr);

      // CHANGELOG.md: the entry, its Content section from the texts, the maintainer's entries moved under it.
      const changelog = readFileSync(join(project, 'CHANGELOG.md'), 'utf8');
      const entry = changelog.slice(changelog.indexOf(`## [${minor}]`), changelog.indexOf(`## [${lastRelease}]`));
      assert.match(
        changelog,
        new RegExp(`## \\[Unreleased\\]\\n\\n## \\[${minor.replaceAll('.', '\\.')}\\] - 2026-12-31\\n`),
      );
      const lines = entry.split('\n');
      for (const line of [
        `The texts of this version are those of \`content/\` and \`xliff/\` at commit \`${git('rev-parse', 'HEAD')}\`.`,
        `- \`${english.id}\` changed`,
        `  - before: \`${english.before}\``,
        `  - after: \`${english.after}\``,
        `- \`${english.id}\` stale: its English changed (above), this translation did not, and it still shows`,
        `- \`${translated.id}\` changed`,
        `  - before: \`${translated.before}\``,
        `  - after: \`${translated.after}\``,
      ]) {
        assert.ok(lines.includes(line), `${line}\n--- in ---\n${entry}`);
      }
      assert.match(entry, /^Clinical meaning: not changed, as stated by the maintainer/m);
      if (unreleased.rest) assert.ok(entry.includes(unreleased.rest), 'the [Unreleased] entries moved under it');
      for (const file of ['package.json', 'package-lock.json']) {
        assert.equal(JSON.parse(readFileSync(join(project, file), 'utf8')).version, minor, file);
      }

      // dist/integrity.json: this version, and every script a page loads, each with its own value.
      const dist = join(project, 'dist');
      const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
      assert.equal(integrity.version, minor);
      const scripts = [
        ...readdirSync(dist).filter((name) => name.endsWith('.js')),
        ...readdirSync(join(dist, 'locales'))
          .filter((name) => name.endsWith('.js'))
          .map((name) => `locales/${name}`),
      ].map((name) => `dist/${name}`);
      assert.deepEqual(Object.keys(integrity.files).sort(), scripts.sort());
      assert.ok(
        scripts.some((file) => file.startsWith(`dist/locales/${translated.locale}-`)),
        'the locale chunk',
      );
      for (const file of scripts) assert.equal(integrity.files[file], sha384(join(project, file)), file);
      assert.deepEqual(
        JSON.parse(readFileSync(join(out, `${pkg.name}-${minor}.integrity.json`), 'utf8')),
        integrity,
        'the copy to publish beside the tarball',
      );
      const filled = snippet(minor, integrity.files['dist/bone-marrow-guide.js']);
      assert.ok(readFileSync(join(project, 'README.md'), 'utf8').endsWith(filled), 'README: the real value');
      assert.match(made.stdout, new RegExp(`npm publish \\S*${pkg.name}-${minor.replaceAll('.', '\\.')}\\.tgz`));
      assert.match(made.stdout, new RegExp(`git tag -a v${minor.replaceAll('.', '\\.')}`));
      assert.equal(git('tag', '--list', `v${minor}`), '', 'it tags nothing');
      assert.equal(git('rev-list', '--count', 'HEAD'), '2', 'it commits nothing');

      // The tarball, in an empty project, from npm's cache (npm ci put lit and @lit-labs/ssr there).
      const app = join(project, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'hospital-site', private: true, type: 'module'}));
      const lit = JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')).version;
      execFileSync(
        'npm',
        [
          'install',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
          '--no-package-lock',
          join(out, `${pkg.name}-${minor}.tgz`),
          `lit@${lit}`,
        ],
        {cwd: app, stdio: 'pipe', shell: process.platform === 'win32'},
      );
      const installed = join(app, 'node_modules', pkg.name);
      assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, minor);
      assert.deepEqual(JSON.parse(readFileSync(join(installed, 'dist/integrity.json'), 'utf8')), integrity);
      for (const file of scripts)
        assert.equal(sha384(join(installed, file)), integrity.files[file], `installed ${file}`);
      assert.ok(readFileSync(join(installed, 'CHANGELOG.md'), 'utf8').includes(`## [${minor}] - 2026-12-31`));
      assert.ok(readFileSync(join(installed, 'README.md'), 'utf8').endsWith(filled), 'the packed README too');
      const render = (tag: string, locale: string) =>
        execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const {renderToHtml} = await import('${pkg.name}/server');` +
              `process.stdout.write(await renderToHtml(${JSON.stringify(tag)}, {locale: ${JSON.stringify(locale)}}));`,
          ],
          {cwd: app, encoding: 'utf8'},
        );
      assert.ok(render(english.tag, 'en').includes('Sample change.'), 'the new English text ships');
      assert.ok(render(translated.tag, translated.locale).includes('Cambio de prueba.'), 'the new translation ships');
    },
  );
});

// --- The real case: this tree against 0.1.0, whose content model is older than today's ---

/** 0.1.0 as CHANGELOG.md records it: the commit of its texts. */
const release010 = '7ad6d5fef6d8e997428f13cc23585bde70cd6f16';
const hasRelease010 = spawnSync('git', ['cat-file', '-e', `${release010}^{commit}`]).status === 0;

/** A few texts of 0.1.0, in English and Spanish: fixed by its commit, whatever the content says today. */
const textsOf010: Record<string, {en: string; es: string}> = {
  'key-medicines': {
    en:
      'Tell your doctor about every medicine you take. ' +
      'This includes aspirin and other [[blood-thinner|blood thinners]].',
    es:
      'Dígale a su médico todas las medicinas que toma. Esto incluye la aspirina y otras ' +
      '[[blood-thinner|medicinas que hacen la sangre más líquida]].',
  },
  'key-ride': {
    en: 'Plan for someone to take you home after the test.',
    es: 'Pida a alguien que lo lleve a su casa después de la prueba.',
  },
  'key-pain': {
    en: 'The skin is numbed first. The test can hurt, but only for a few seconds at a time.',
    es: 'Primero le adormecen la piel. La prueba puede doler, pero solo unos segundos cada vez.',
  },
};

describe(
  'the real case: this tree compared with 0.1.0 (commit 7ad6d5f, an older content model), in a scratch clone',
  {skip: hasRelease010 ? false : 'this clone lacks commit 7ad6d5f (a shallow clone): git fetch --unshallow to run it'},
  () => {
    test(
      'the Content section lists texts changed since 0.1.0, before and after, in English and Spanish',
      {timeout: 600_000}, // a hang guard: two content builds
      () => {
        const clone = mkdtempSync(join(tmpdir(), 'bmg-release-010-'));
        try {
          const git = (...args: string[]) =>
            execFileSync('git', [...gitIdentity, ...args], {cwd: clone, encoding: 'utf8', stdio: 'pipe'}).trim();
          execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', process.cwd(), clone], {stdio: 'pipe'});
          copyWorkingFiles(clone);
          git('add', '--all');
          git('commit', '--quiet', '-m', 'the working tree');
          const made = spawnSync(
            process.execPath,
            ['--import', 'tsx', 'tools/release.ts', minor, '--wording-only', '--preview'],
            {cwd: clone, encoding: 'utf8'},
          );
          assert.equal(made.status, 0, made.stderr);
          const section = made.stdout;
          assert.match(section, /^### Content$/m);
          assert.match(section, /since 0\.1\.0 \(read from (commit `7ad6d5fef6d8`|the tag `v0\.1\.0`)\)/);
          assert.match(section, /^0\.1\.0 was built before `build\/l10n\/texts\.json` existed/m);
          assert.equal(git('status', '--porcelain'), '', 'a preview writes nothing');

          // The parts of the section, by heading: "English", "Spanish (es)", ...
          const parts = new Map(
            section.split(/^#### /m).map((part) => [part.slice(0, part.indexOf('\n')), part.split('\n')]),
          );
          const now = readContentVersion(clone, 'the clone');
          const englishNow = new Map(now.messages.map(({id, text}) => [id, text]));
          for (const [heading, textNow, language] of [
            ['English', (id: string) => englishNow.get(id), 'en'],
            ['Spanish (es)', (id: string) => now.translations.es?.strings[id] ?? undefined, 'es'],
          ] as const) {
            const lines = parts.get(heading) ?? [];
            let listed = 0;
            for (const [id, was] of Object.entries(textsOf010)) {
              const after = textNow(id);
              if (after === undefined || after === was[language]) {
                assert.ok(!lines.includes(`- \`${id}\` changed`), `${heading}: ${id} is as in 0.1.0`);
                continue;
              }
              const at = lines.indexOf(`- \`${id}\` changed`);
              assert.ok(at >= 0, `${heading}: ${id} changed\n--- in ---\n${section}`);
              assert.equal(lines[at + 1], `  - before: ${quoted(was[language])}`);
              assert.equal(lines[at + 2], `  - after: ${quoted(after)}`);
              listed++;
            }
            assert.ok(listed > 0, `${heading}: none of ${Object.keys(textsOf010).join(', ')} changed since 0.1.0`);
          }
          if (now.dates.lastEdited !== '2026-11-27') {
            assert.match(section, new RegExp(`^- \`lastEdited\`: 2026-11-27 → ${now.dates.lastEdited}$`, 'm'));
          }
        } finally {
          rmSync(clone, {recursive: true, force: true});
        }
      },
    );
  },
);
