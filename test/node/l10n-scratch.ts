// Scratch translations for the translation tools' tests, edited as a translator might, and the
// tools run on them as `npm run ...` runs them (each takes --xliff DIR and --content DIR).
//
// Everything here comes from the fixture content (test/fixtures/content), never from content/
// or xliff/: the tests hold whatever the real texts say, however many there are, and however
// far the real translations are translated or reviewed. `spanish` is the fixture content's
// XLIFF as l10n:add writes it, with the targets of test/fixtures/translation-es.json.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';
import type {LocaleModule} from '../../src/content/model.js';
import {catalogue} from '../../tools/content/catalogue.js';
import {loadContent} from '../../tools/content/read.js';

export const contentFolder = 'test/fixtures/content';
export const messages = catalogue((await loadContent(contentFolder)).content);
export const messageIds = messages.map(({id}) => id);

const work = mkdtempSync(join(tmpdir(), 'bmg-l10n-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A folder holding xliff/<tag>.xlf for each file given; returns the xliff/ folder. */
export function scratch(name: string, files: Record<string, string>): string {
  const folder = join(work, name, 'xliff');
  mkdirSync(folder, {recursive: true});
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

/** A tool of tools/, on the fixture content (or another content folder: toolOn). */
export const tool = (script: string, ...args: string[]) => toolOn(contentFolder, script, ...args);

export const toolOn = (content: string, script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `tools/${script}`, ...args, '--content', content], {
    encoding: 'utf8',
  });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The whole <trans-unit> of an id, as written. */
export const unitOf = (xliff: string, id: string) =>
  new RegExp(`<trans-unit id="${escapeRegExp(id)}"[^>]*>[\\s\\S]*?</trans-unit>`).exec(xliff)?.[0] ?? '';

/** A new translation of the fixture content, as `npm run l10n:add -- <tag>` writes it. */
export function added(tag: string): string {
  const folder = scratch(`added-${tag}-${Math.random().toString(36).slice(2)}`, {});
  const run = tool('l10n/add.ts', tag, '--xliff', folder);
  if (run.status !== 0) throw new Error(`l10n:add ${tag} failed:\n${run.stderr}`);
  return readFileSync(join(folder, `${tag}.xlf`), 'utf8');
}

/** The file with a <target> (written into the XML as `raw`) added to a unit that has none. */
export function addTarget(xliff: string, id: string, raw: string, attributes = ''): string {
  const unit = unitOf(xliff, id);
  if (!unit) throw new Error(`no unit ${id}`);
  if (/<target\b/.test(unit)) throw new Error(`${id} has a target already`);
  return xliff.replace(unit, unit.replace(/(<\/source>)/, `$1\n  <target${attributes}>${raw}</target>`));
}

const fixtureTargets: Record<string, string> = JSON.parse(readFileSync('test/fixtures/translation-es.json', 'utf8'));

/** The target the fixture gives a text: its Spanish, or a made-up one that keeps every marker. */
export const fixtureTarget = (id: string) =>
  Object.hasOwn(fixtureTargets, id) ? fixtureTargets[id] : `ES ${messages.find((m) => m.id === id)!.text}`;

/** A translation with every text of the fixture content translated (`translate` picks the text). */
export function translated(tag: string, translate: (id: string) => string | undefined = fixtureTarget): string {
  let xliff = added(tag);
  for (const id of messageIds) {
    const text = translate(id);
    if (text !== undefined) xliff = addTarget(xliff, id, escapeXml(text));
  }
  return xliff;
}

export const spanish = translated('es');

/** The file with one unit's target text replaced by `raw` (written into the XML as it is). */
export function withTarget(xliff: string, id: string, raw: string): string {
  const unit = unitOf(xliff, id);
  if (!/<target[^>]*>[\s\S]*?<\/target>/.test(unit)) throw new Error(`${id} has no target`);
  return xliff.replace(
    unit,
    unit.replace(/(<target[^>]*>)[\s\S]*?(<\/target>)/, (_, open, close) => open + raw + close),
  );
}

/** The file without one unit's target: not translated yet. */
export const withoutTarget = (xliff: string, id: string) => {
  const unit = unitOf(xliff, id);
  return xliff.replace(unit, unit.replace(/\s*<target[^>]*>[\s\S]*?<\/target>/, ''));
};

/** The file with a unit's <trans-unit> and <target> given attributes, e.g. a reviewer's mark. */
export function marked(xliff: string, id: string, unitAttributes: string, targetAttributes = ''): string {
  const unit = unitOf(xliff, id);
  if (!unit) throw new Error(`no unit ${id}`);
  const edited = unit
    .replace(/^<trans-unit id="([^"]+)"/, `<trans-unit id="$1"${unitAttributes ? ` ${unitAttributes}` : ''}`)
    .replace(/<target\b/, `<target${targetAttributes ? ` ${targetAttributes}` : ''}`);
  return xliff.replace(unit, edited);
}

/** What a reviewer's approval writes (review.ts): approved="yes" and state="final" (Weblate's words). */
export const reviewedBy = (xliff: string, ...ids: string[]) =>
  ids.reduce((file, id) => marked(file, id, 'approved="yes"', 'state="final"'), xliff);

/**
 * A copy of the fixture content in which a medical translator signed off the `tag` translation in
 * `xliff` as it is now (npm run sign-off): what a translation needs, besides every unit's
 * reviewer's mark, to be "reviewed" (tools/l10n/review.ts).
 */
export function signedOff(xliff: string, tag: string): string {
  const content = join(xliff, '..', `content-signed-${tag}`);
  cpSync(contentFolder, content, {recursive: true});
  writeFileSync(join(content, 'sign-offs.yaml'), 'signOffs: []\n');
  const run = toolOn(content, 'sign-off.ts', tag, '--date', '2026-12-01', '--xliff', xliff);
  if (run.status !== 0) throw new Error(`sign-off ${tag}: ${run.stderr}`);
  return content;
}

/** The 1-based line where a string first occurs in a file. */
export const lineOf = (text: string, found: string) => text.slice(0, text.indexOf(found)).split('\n').length;

let builds = 0;

/** `tools/build-content.ts` on a scratch xliff/ folder; `locale(tag)` reads the module it wrote. */
export function buildContent(xliff: string, content = contentFolder) {
  // A folder per build: a module, once imported, stays as it was for the whole test file.
  builds += 1;
  const out = join(xliff, '..', `generated-${builds}`);
  const l10n = join(xliff, '..', `l10n-${builds}`);
  const run = toolOn(content, 'build-content.ts', '--xliff', xliff, '--out', out, '--l10n', l10n);
  const locale = async (tag: string) => (await import(join(out, 'locales', `${tag}.ts`))).default as LocaleModule;
  const loaders = (module: 'locales' | 'locales-dev') =>
    [...readFileSync(join(out, `${module}.ts`), 'utf8').matchAll(/^ {2}"([^"]+)": \(\) => import/gm)].map(
      ([, tag]) => tag,
    );
  const languages = () => JSON.parse(readFileSync(join(l10n, 'languages.json'), 'utf8'));
  return {...run, locale, loaders, languages};
}

/** A locale module's text for a message id (null: the English shows). */
export const stringOf = (module: LocaleModule, id: string) => module.strings[messageIds.indexOf(id)];

/** A git repository around a scratch xliff/ folder, with its files committed: l10n:status compares with it. */
export function committed(name: string, files: Record<string, string>): string {
  const xliff = scratch(name, files);
  const project = join(xliff, '..');
  const git = (...args: string[]) => {
    const run = spawnSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      {cwd: project, encoding: 'utf8'},
    );
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'the translations as they were');
  return xliff;
}

/** A Python that has translate-toolkit: Debian's python3, which a pyenv or venv python3 may hide. */
export const python = ['python3', '/usr/bin/python3'].find(
  (command) => spawnSync(command, ['-c', 'import translate'], {stdio: 'ignore'}).status === 0,
);
export const translateToolkitMissing =
  'translate-toolkit is not installed: sudo apt-get install translate-toolkit (.ci/run does this in CI)';
