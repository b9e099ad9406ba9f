// `npm run release` (tools/release.ts, docs/releases.md): the content changelog from small
// fixtures (every kind of change, in every language), the version rule, the CHANGELOG.md edit,
// the README snippet; then one real release in a scratch copy of the project, so the real files
// are never touched: a sample English and translation change, the refusals before it, the
// changelog entry, dist/integrity.json against the files, and the tarball installed into an
// empty project, where it renders the changed texts.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {catalogue} from '../../tools/content/catalogue.js';
import type {Block, GuideContent} from '../../tools/content/model.js';
import type {Translation} from '../../tools/l10n/translations.js';
import {
  changedWords,
  contentSection,
  parseChangelog,
  splitUnreleased,
  withRelease,
} from '../../tools/release/changelog.js';
import {
  breaking,
  contentChanges,
  mergedOrder,
  readContentVersion,
  readerSees,
  ReleaseError,
  type ContentVersion,
} from '../../tools/release/content-changes.js';
import {previousCommit} from '../../tools/release/git.js';
import {fillSnippet} from '../../tools/release/snippet.js';
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
      reviewed: '2026-01-01',
      reviewDue: '2027-01-01',
      text: 'Facts as of {factsCurrentAsOf}.',
    },
    disclaimer: {id: 'disclaimer', text: 'Ask your own doctor.'},
    wordsToKnow: {id: 'words-to-know', text: 'Words to know'},
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
  } as Mutable<GuideContent>;
}

const blocksOf = (content: Mutable<GuideContent>, section: number) =>
  content.elements['risk-list'].sections[section].blocks as Block[];

/** A version of the fixture: its translations by locale, each text by id (absent: the English shows). */
function version(
  content: Mutable<GuideContent>,
  languages: Record<string, {texts: Record<string, string>; stale?: string[]}> = {},
): ContentVersion {
  const messages = catalogue(content as GuideContent);
  const names: Record<string, string> = {es: 'Spanish', fr: 'French'};
  const translations = Object.entries(languages).map(
    ([locale, {texts, stale = []}]) =>
      ({
        locale,
        name: names[locale],
        strings: messages.map(({id}) => texts[id] ?? null),
        stale: stale.map((id) => ({id})),
      }) as unknown as Translation,
  );
  return {content: content as GuideContent, messages, translations, unreadable: []};
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
    assert.deepEqual(spanish.now, {total: 13, translated: 3, stale: 1});
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

  test('a previous version whose content fails today’s checks stops the release, saying where', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bmg-release-old-'));
    try {
      mkdirSync(join(folder, 'content'));
      writeFileSync(join(folder, 'content', 'guide.yaml'), 'locale: en\n');
      await assert.rejects(
        readContentVersion(folder, '0.1.0'),
        (error: Error) =>
          error instanceof ReleaseError &&
          /^the content of 0\.1\.0 does not pass today's checks:\n {2}0\.1\.0:content\/guide\.yaml/.test(error.message),
      );
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });

  test('mergedOrder puts each removed id where it was', () => {
    assert.deepEqual(mergedOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'e']), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(mergedOrder(['x', 'a'], ['a']), ['x', 'a']);
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

describe('the README snippet', () => {
  const files = {
    'dist/bone-marrow-guide.js': 'sha384-REAL',
    'dist/bone-marrow-guide-hydrate.js': 'sha384-HYDRATE',
  };
  const readme = (version: string, value: string) => `Intro @0.0.1 integrity="x".

<!-- release-snippet: filled in by npm run release -->
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

const gitIdentity = ['-c', 'user.name=Release test', '-c', 'user.email=release@test', '-c', 'commit.gpgsign=false'];
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

describe('a release made with the script, in a scratch copy of the project', () => {
  const project = mkdtempSync(join(tmpdir(), 'bmg-release-test-'));
  after(() => rmSync(project, {recursive: true, force: true}));
  const git = (...args: string[]) =>
    execFileSync('git', [...gitIdentity, ...args], {cwd: project, encoding: 'utf8', stdio: 'pipe'}).trim();
  const release = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/release.ts', ...args], {cwd: project, encoding: 'utf8'});
  const out = join(project, 'release-out');

  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {name: string; version: string};
  const last = parseVersion(pkg.version)!;
  const patch = `${last.major}.${last.minor}.${last.patch + 1}`;
  const minor = `${last.major}.${last.minor + 1}.0`;
  const lastRelease = parseChangelog(readFileSync('CHANGELOG.md', 'utf8')).releases[0].version;

  /** The sample: one English text and one translated text, each with a few words added. */
  let english: {id: string; tag: string; before: string; after: string};
  let translated: {locale: string; id: string; tag: string; before: string; after: string};
  let base: string;

  before(() => {
    // The files git would commit, as they are now: the code under test, and the real texts.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(project, file)), {recursive: true});
      try {
        writeFileSync(join(project, file), readFileSync(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted, not yet committed
      }
    }
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');
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
    const current = await readContentVersion(project);
    const contentFiles = Object.fromEntries(
      readdirSync(join(project, 'content')).map((name) => [name, readFileSync(join(project, 'content', name), 'utf8')]),
    );
    const [translation] = current.translations;
    assert.ok(translation, 'the project has a translation');
    const plain = /^[A-Za-z][\w ,.]*\.$/; // written the same in YAML and in the XLIFF file
    const candidates = current.messages
      .map((message, i) => ({...message, i}))
      .filter(({path, text}) => path[0] === 'elements' && plain.test(text))
      .filter(({i}) => translation.strings[i] !== null);
    const inOneFile = candidates.find(
      ({text}) => Object.values(contentFiles).filter((file) => file.split(text).length === 2).length === 1,
    )!;
    const other = candidates.find(({id}) => id !== inOneFile.id)!;
    english = {
      id: inOneFile.id,
      tag: String(inOneFile.path[1]),
      before: inOneFile.text,
      after: `${inOneFile.text} Sample change.`,
    };
    const target = translation.strings[other.i]!;
    translated = {
      locale: translation.locale,
      id: other.id,
      tag: String(other.path[1]),
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
