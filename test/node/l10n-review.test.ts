// What a hospital can trust, on scratch translations of the fixture content (l10n-scratch.ts):
// - "reviewed" counts only a reviewer's mark (state signed-off or final, with approved="yes"),
//   never a tool's save (approved="yes" alone), and never a stale text;
// - a target identical to its English shows as English, unless release.json allows the word;
// - a language ships in dist/ only when complete and reviewed (a medical translator's sign-off),
//   or released on purpose; reviewedOnly ships reviewed languages only; the development bundle
//   keeps every one; the build says why;
// - dist/languages.json says all of it, and l10n:table makes the docs' table from it;
// - l10n:status fails when translations, reviewer's marks or notes were lost since git.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {languagesTable, type LanguagesFile} from '../../tools/l10n/languages-file.js';
import {readTranslation} from '../../tools/l10n/translations.js';
import {
  buildContent,
  committed,
  marked,
  messageIds,
  messages,
  reviewedBy,
  scratch,
  signedOff,
  spanish,
  stringOf,
  tool,
  translated,
  unitOf,
  withoutTarget,
  withTarget,
} from './l10n-scratch.js';

const total = messages.length;
const releaseFile = (settings: object) => JSON.stringify(settings);

test('reviewed: a reviewer\'s mark only, never approved="yes" alone (a tool\'s save) or a stale text', async () => {
  let file = spanish;
  // What translate-toolkit (Pootle, Weblate without reviews) writes on every save.
  file = marked(file, 'intro-text', 'approved="yes"', 'state="translated"');
  file = marked(file, 'first-item', 'approved="yes"');
  // What a reviewer's approval writes: Weblate (final), translate-toolkit's signed-off state.
  file = marked(file, 'second-text', 'approved="yes"', 'state="final"');
  file = marked(file, 'third-text', 'approved="yes"', 'state="signed-off"');
  // The state without approved="yes": translate-toolkit ranks it as translated only.
  file = marked(file, 'words', '', 'state="final"');
  // Reviewed once, but the English has changed since: stale, not reviewed.
  file = marked(file, 'disclaimer', 'approved="yes"', 'state="final"').replace(
    '<source>Ask your own doctor.</source>',
    '<source>Ask your doctor.</source>',
  );
  const xliff = scratch('review-marks', {'es.xlf': file});
  const translation = await readTranslation(messages, 'es', join(xliff, 'es.xlf'));
  assert.deepEqual(translation.reviewedIds, ['second-text', 'third-text']);
  assert.equal(translation.counts.reviewed, 2);
  assert.equal(translation.counts.stale, 1);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.match(status.stdout, new RegExp(`${total}/${total} translated \\(100%\\), 2 reviewed .*, 1 stale, 0 broken`));
});

test('a target identical to its English shows as English; release.json allows a word that stays', async () => {
  const file = withTarget(withTarget(spanish, 'second-text', 'The second part.'), 'glossary.widget', 'widget');
  const xliff = scratch('same-as-english', {'es.xlf': file});
  const built = buildContent(xliff);
  assert.equal(built.status, 0, built.stderr);
  const module = await built.locale('es');
  assert.equal(stringOf(module, 'second-text'), null, 'the English shows, marked lang="en"');
  assert.equal(stringOf(module, 'glossary.widget'), null);
  assert.match(
    built.stdout,
    /es\.xlf: 2 targets are the same as the English, so the English shows: second-text, glossary\.widget\./,
  );
  assert.match(
    built.stdout,
    new RegExp(`${total - 2}/${total} translated.*2 show in English \\(2 the same as the English\\)`),
  );
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, 'reported, not a failure: the language is held back until translated');
  assert.match(status.stdout, /same as the English: .*2 targets are the same as the English/);
  assert.match(status.stdout, /held back from dist\/: not complete \(2 the same as the English\)/);

  writeFileSync(join(xliff, 'release.json'), releaseFile({sameAsEnglish: {es: ['widget']}}));
  const allowed = buildContent(xliff);
  assert.equal(stringOf(await allowed.locale('es'), 'glossary.widget'), 'widget', 'a word that stays shows');
  assert.equal(stringOf(await allowed.locale('es'), 'second-text'), null);
});

test('a complete, reviewed language ships; a draft or an incomplete one is held back but kept for development', () => {
  const english = (id: string) => messages.find((message) => message.id === id)!.text;
  const french = translated('fr', (id) => (messageIds.indexOf(id) % 3 === 0 ? undefined : `FR ${english(id)}`));
  const german = marked(translated('de'), 'second-text', '', 'state="needs-review-translation"');
  const xliff = scratch('release', {
    'es.xlf': reviewedBy(spanish, ...messageIds),
    'fr.xlf': french,
    'de.xlf': german,
    'it.xlf': translated('it'),
  });
  const built = buildContent(xliff, signedOff(xliff, 'es'));
  assert.equal(built.status, 0, built.stderr);
  assert.deepEqual(built.loaders('locales'), ['es'], 'the release: complete and reviewed languages only');
  // A finished draft is not a reviewed translation: it waits for a medical translator.
  assert.match(
    built.stdout,
    new RegExp(
      `^it .*; held back from dist/: not reviewed by a medical translator \\(0 of ${total} texts marked\\)`,
      'm',
    ),
  );
  assert.deepEqual(built.loaders('locales-dev').slice(0, 3), ['de', 'es', 'fr'], 'development: every language');
  const missing = messageIds.filter((_, i) => i % 3 === 0).length;
  assert.match(
    built.stdout,
    new RegExp(`^fr .*; held back from dist/: not complete \\(${missing} not translated yet\\); not reviewed`, 'm'),
  );
  assert.match(built.stdout, /^de .*; held back from dist\/: not complete \(1 stale\); not reviewed/m);
  assert.match(built.stdout, /^es .*; released: complete and reviewed$/m);
  assert.match(built.stdout, /^dist\/: en, es; held back: de \(not complete \(1 stale\); not reviewed/m);

  const languages = built.languages() as LanguagesFile;
  assert.equal(languages.sourceLanguage, 'en');
  assert.deepEqual(
    languages.languages.map(({tag, released, complete, review}) => ({tag, released, complete, review})),
    [
      {tag: 'de', released: false, complete: false, review: 'not reviewed'},
      {tag: 'es', released: true, complete: true, review: 'reviewed'},
      {tag: 'fr', released: false, complete: false, review: 'not reviewed'},
      {tag: 'it', released: false, complete: true, review: 'not reviewed'},
    ],
  );
  const fr = languages.languages.find(({tag}) => tag === 'fr')!;
  assert.deepEqual(fr.counts, {
    texts: total,
    translated: total - missing,
    reviewed: 0,
    stale: 0,
    broken: 0,
    missing,
    sameAsEnglish: 0,
  });
  assert.equal(fr.nativeName, 'français');
  assert.equal(fr.lastReview, null, 'no review date is recorded, so none is given');

  // Released on purpose, in one place, with the reason; the build repeats it.
  writeFileSync(join(xliff, 'release.json'), releaseFile({release: {fr: 'a clinic asked for it'}}));
  const onPurpose = buildContent(xliff);
  assert.deepEqual(onPurpose.loaders('locales'), ['fr'], 'es is no longer signed off in this content');
  assert.match(
    onPurpose.stdout,
    /^fr .*; released: released on purpose although not complete \(.*\) and not reviewed .*: a clinic asked/m,
  );
  const entry = (onPurpose.languages() as LanguagesFile).languages.find(({tag}) => tag === 'fr')!;
  assert.deepEqual([entry.released, entry.releasedOnPurpose], [true, true]);
});

test('reviewedOnly ships only languages a medical translator approved: every text marked, and signed off', async () => {
  const reviewed = reviewedBy(spanish, ...messageIds);
  const partly = reviewedBy(translated('de'), messageIds[0]);
  const unsigned = reviewedBy(translated('fr'), ...messageIds);
  const xliff = scratch('reviewed-only', {
    'es.xlf': reviewed,
    'de.xlf': partly,
    'fr.xlf': unsigned,
    'release.json': releaseFile({reviewedOnly: true, release: {de: 'asked for'}}),
  });
  const built = buildContent(xliff, signedOff(xliff, 'es'));
  assert.equal(built.status, 0, built.stderr);
  assert.deepEqual(built.loaders('locales'), ['es']);
  assert.match(
    built.stdout,
    new RegExp(`^es .*, ${total} reviewed \\(last review: 2026-12-01\\).*; released: complete and reviewed$`, 'm'),
  );
  assert.match(
    built.stdout,
    new RegExp(
      `^de .*; held back from dist/: not reviewed by a medical translator \\(1 of ${total} texts marked\\)`,
      'm',
    ),
  );
  assert.match(built.stdout, /^fr .*; held back from dist\/: not reviewed by a medical translator \(no sign-off\)/m);
  assert.match(built.stdout, /^sign-off: es: approved by a medical translator on 2026-12-01/m);
  assert.equal((await built.locale('es')).dates.translationReviewed?.iso, '2026-12-01', 'the page shows that day');
  const languages = built.languages() as LanguagesFile;
  assert.equal(languages.reviewedOnly, true);
  assert.deepEqual(
    languages.languages.map(({tag, review, lastReview}) => [tag, review, lastReview]),
    [
      ['de', 'partly reviewed', null],
      ['es', 'reviewed', '2026-12-01'],
      ['fr', 'every text marked, not signed off', null],
    ],
  );
});

test('a release.json the build cannot use stops it, with the file and what is wrong', () => {
  for (const [text, says] of [
    ['{"reviewedOnly": "yes"}', /"reviewedOnly" must be true or false/],
    ['{"release": {"fr": ""}}', /"fr" needs the reason it is released/],
    ['{"release": {"fr_FR": "x"}}', /Did you mean fr-FR\?/],
    ['{"reviewedonly": true}', /"reviewedonly" is not a setting here/],
    ['{"reviewedOnly": tru}', /not valid JSON/],
  ] as const) {
    const xliff = scratch(`bad-release-${Math.random().toString(36).slice(2)}`, {
      'es.xlf': spanish,
      'release.json': text,
    });
    const built = buildContent(xliff);
    assert.equal(built.status, 1, text);
    assert.match(built.stderr, new RegExp(`release\\.json:1:1: .*${says.source}`), text);
    assert.match(built.stderr, /nothing was built/);
    assert.equal(tool('l10n/status.ts', '--xliff', xliff).status, 1);
  }
});

test("l10n:status fails when translations, reviewer's marks or notes are lost since git, with counts and ids", () => {
  const xliff = committed('losses', {'es.xlf': reviewedBy(spanish, 'intro-text', 'first-item')});
  const path = join(xliff, 'es.xlf');
  assert.equal(tool('l10n/status.ts', '--xliff', xliff).status, 0, 'unchanged since the commit');

  let file = readFileSync(path, 'utf8');
  file = withoutTarget(file, 'second-text');
  file = withTarget(file, 'third-text', 'The third part.'); // the English copied in
  file = file.replace('<trans-unit id="first-item" approved="yes">', '<trans-unit id="first-item" approved="no">');
  file = file.replace(unitOf(file, 'words'), unitOf(file, 'words').replace(/\s*<note[^>]*>[^<]*<\/note>/, ''));
  writeFileSync(path, file);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 1, status.stdout);
  assert.match(status.stdout, /lost since git HEAD:\n/);
  assert.match(status.stdout, /2 texts are no longer translated: second-text, third-text\n/);
  assert.match(status.stdout, /1 text has lost the reviewer's mark: first-item\n/);
  assert.match(status.stdout, /1 unit has lost notes \(where the text shows, what to keep\): words\n/);
  assert.match(status.stdout, /To undo it: git checkout HEAD -- .*es\.xlf/);

  // A change that keeps the reviewer's mark is named, and does not fail on its own.
  const editedOnly = committed('changed-after-review', {'es.xlf': reviewedBy(spanish, 'intro-text')});
  writeFileSync(
    join(editedOnly, 'es.xlf'),
    withTarget(readFileSync(join(editedOnly, 'es.xlf'), 'utf8'), 'intro-text', 'Otra.'),
  );
  const after = tool('l10n/status.ts', '--xliff', editedOnly);
  assert.equal(after.status, 0, after.stdout);
  assert.match(after.stdout, /changed since git HEAD but still marked reviewed: intro-text\./);

  // --against compares with another revision; one that does not exist says so.
  const against = tool('l10n/status.ts', '--xliff', xliff, '--against', 'no-such-branch');
  assert.match(against.stdout, /compared with git: git has no revision "no-such-branch"/);
});

test('a change of the English is no loss: the texts l10n:extract marks stale are compared as stale in both', () => {
  // Committed when the English said "An intro."; the content says "An introduction." now.
  const older = reviewedBy(spanish, 'intro-text').replace(
    '<source>An introduction.</source>',
    '<source>An intro.</source>',
  );
  const xliff = committed('english-changed', {'es.xlf': older});
  const extract = tool('l10n/extract.ts', '--xliff', xliff);
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(unitOf(readFileSync(join(xliff, 'es.xlf'), 'utf8'), 'intro-text'), /approved="no"/);
  const status = tool('l10n/status.ts', '--xliff', xliff);
  assert.equal(status.status, 0, status.stdout);
  assert.match(status.stdout, /, 1 stale, /);
  assert.doesNotMatch(status.stdout, /lost since git/);
});

test("l10n:table makes the docs' language table from a languages file, and puts it between the markers", () => {
  const file: LanguagesFile = {
    about: '',
    sourceLanguage: 'en',
    reviewedOnly: false,
    languages: [
      {
        tag: 'fr',
        name: 'French',
        nativeName: 'français',
        released: false,
        releasedOnPurpose: false,
        why: 'not complete (3 not translated yet)',
        complete: false,
        review: 'not reviewed',
        lastReview: null,
        counts: {texts: 10, translated: 7, reviewed: 0, stale: 0, broken: 0, missing: 3, sameAsEnglish: 0},
      },
    ],
  };
  const table = languagesTable(file);
  assert.match(table, /^\| English \(`en`\), the source \| yes \|/m);
  assert.match(
    table,
    /^\| French \(`fr`\) – français \| held back: not complete \(3 not translated yet\) \| 7 of 10 \(70%\) \| not reviewed: 0 of 10 \| 0 \| none recorded \|$/m,
  );
  const folder = mkdtempSync(join(tmpdir(), 'bmg-table-'));
  const json = join(folder, 'languages.json');
  const doc = join(folder, 'languages.md');
  writeFileSync(json, JSON.stringify(file));
  writeFileSync(
    doc,
    '# Languages\n\n<!-- languages table: made by npm run l10n:table from dist/languages.json; do not edit -->\n' +
      'old table\n<!-- end of languages table -->\n\nAfter.\n',
  );
  const written = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tools/l10n/languages-table.ts', '--from', json, '--write', doc],
    {encoding: 'utf8'},
  );
  assert.equal(written.status, 0, written.stderr);
  const text = readFileSync(doc, 'utf8');
  assert.match(
    text,
    /^\| French \(`fr`\) – français +\| held back: not complete \(3 not translated yet\) +\| 7 of 10/m,
  );
  assert.doesNotMatch(text, /old table/);
  assert.match(text, /\n\nAfter\.\n$/);
});
