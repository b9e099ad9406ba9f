// `npm run release -- <version>`: a release a hospital can adopt (docs/releases.md).
//   1. checks: the texts (content/, xliff/), the code (src/) and the build (tools/) are
//      committed; the version is semver, after the last one, and as large as the rule asks for
//      what changed;
//   2. compares every text, in every language, with the previous release (--since, else its git
//      tag v<x.y.z>, else the commit its CHANGELOG.md entry names): each version's texts are
//      what its own build writes (release/read-texts.ts), so a change of content model between
//      them does not matter;
//   3. bumps the version in package.json and package-lock.json, builds (which writes
//      dist/integrity.json), writes the CHANGELOG.md entry, puts this version's integrity value
//      into the README's quick-start snippet (between its release markers), and packs the tarball.
// It never commits, tags or publishes: it prints the commands for that. With --preview it stops
// after step 2 and prints the CHANGELOG.md Content section it would write, writing nothing.
//
//   tsx tools/release.ts <version> [--clinical "<what changed in medical meaning>" | --wording-only]
//                        [--since <tag or commit>] [--out build/release] [--date YYYY-MM-DD] [--preview]
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {integrityFileName} from './integrity.mjs';
import {changelogHeader, contentSection, parseChangelog, splitUnreleased, withRelease} from './release/changelog.js';
import {
  breaking,
  contentChanges,
  readerSees,
  ReleaseError,
  type ContentChanges,
  type TextChange,
} from './release/content-changes.js';
import {headCommit, previousCommit, uncommitted} from './release/git.js';
import {readCommitTexts, readContentVersion} from './release/read-texts.js';
import {fillSnippet, snippetFiles} from './release/snippet.js';
import {bumpOf, compareVersions, isAtLeast, parseVersion, requiredBump} from './release/version.js';

/**
 * What must be committed for the release to be exactly one commit's texts and code: tools/ too,
 * since the next release reads this commit's texts with this commit's tools/build-content.ts.
 */
const shippedFolders = ['content', 'xliff', 'src', 'tools'];

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        clinical: {type: 'string'},
        'wording-only': {type: 'boolean', default: false},
        since: {type: 'string'},
        out: {type: 'string', default: 'build/release'},
        date: {type: 'string'},
        preview: {type: 'boolean', default: false},
      },
    });
  } catch (error) {
    console.error(`release: ${(error as Error).message} (docs/releases.md lists the options)`);
    process.exit(1);
  }
}
const {values: options, positionals} = readArgs();

const root = process.cwd();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as {name: string; version: string};

function plan() {
  if (positionals.length !== 1) {
    throw new ReleaseError('say the version to release: npm run release -- <version>, e.g. npm run release -- 0.2.0');
  }
  const next = parseVersion(positionals[0]);
  if (!next) throw new ReleaseError(`"${positionals[0]}" is not a version: write it as x.y.z, e.g. 0.2.0 (semver.org)`);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReleaseError(`--date ${date}: write it as YYYY-MM-DD`);
  if (options.clinical !== undefined && options['wording-only']) {
    throw new ReleaseError('--clinical and --wording-only say opposite things: give one');
  }
  if (options.clinical !== undefined && !options.clinical.trim()) {
    throw new ReleaseError('--clinical needs the change in a sentence, e.g. --clinical "The bleeding risk now ..."');
  }

  const dirty = uncommitted(root, shippedFolders);
  if (dirty.length) {
    throw new ReleaseError(
      "commit these first, so the release is exactly one commit's texts and code:\n" +
        dirty.map((file) => `  ${file}`).join('\n'),
    );
  }
  const pkg = readJson('package.json');
  const current = parseVersion(pkg.version);
  if (current && compareVersions(next, current) <= 0) {
    throw new ReleaseError(`${next.text} is not after ${pkg.version}, the version in package.json`);
  }
  const changelog = parseChangelog(existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : changelogHeader);
  if (changelog.releases.some(({version}) => version === next.text)) {
    throw new ReleaseError(`CHANGELOG.md already has ${next.text}`);
  }
  return {next, date, pkg, changelog, previous: changelog.releases[0]};
}

/** Each version's texts, read by its own build (release/read-texts.ts), and what changed between them. */
function compare(previous: {version: string; contentCommit: string | undefined}) {
  const {commit, source} = previousCommit(root, previous, options.since);
  const old = readCommitTexts(root, commit, previous.version);
  const current = readContentVersion(root, 'this commit');
  return {changes: contentChanges(old, current), current, source, format: old.format};
}

/** What changed, in a line, for the messages that explain a refusal and the final report. */
function summary(changes: ContentChanges): string {
  const byKind = (texts: readonly Pick<TextChange, 'kind'>[]) => {
    const counts = new Map<string, number>();
    for (const {kind} of texts) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  };
  const count = (n: number, what: string) => (n ? [`${n} ${what}`] : []);
  return [
    ...(changes.english.length ? [`English: ${byKind(changes.english)}`] : []),
    ...changes.languages.flatMap(({name, texts, dates}) => {
      const parts = [...(texts.length ? [byKind(texts)] : []), ...count(dates.length, 'of its own dates changed')];
      return parts.length ? [`${name}: ${parts.join(', ')}`] : [];
    }),
    ...count(changes.dates.length, changes.dates.length === 1 ? 'date changed' : 'dates changed'),
    ...(changes.drawings.length ? [`drawings: ${byKind(changes.drawings)}`] : []),
    ...count(changes.moved.length, changes.moved.length === 1 ? 'text moved' : 'texts moved'),
    ...changes.addedLanguages.map(({name}) => `${name} added`),
    ...changes.removedLanguages.map(({name}) => `${name} removed`),
    ...changes.removedNames.map((name) => `${name} gone`),
  ].join('; ');
}

const run = (command: string, args: string[]) => {
  const {status} = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  return status === 0;
};

function release() {
  const {next, date, pkg, changelog, previous} = plan();
  if (!previous && options.since !== undefined) {
    throw new ReleaseError('--since names the previous release, and CHANGELOG.md has none: leave it out');
  }
  const compared = previous ? compare(previous) : undefined;
  const changes = compared?.changes;
  const sees = changes ? readerSees(changes) : true;

  if (previous && changes) {
    const last = parseVersion(previous.version)!;
    if (compareVersions(next, last) <= 0) throw new ReleaseError(`${next.text} is not after ${previous.version}`);
    const required = requiredBump(last, {readerSees: sees, breaking: breaking(changes)});
    const bump = bumpOf(last, next);
    if (!isAtLeast(bump, required)) {
      throw new ReleaseError(
        `${next.text} is a ${bump} version after ${previous.version}, but texts changed (${summary(changes)}): ` +
          `that needs a ${required} version at least (docs/releases.md)`,
      );
    }
  }
  const wordingOnly = options['wording-only'];
  if (changes && sees && options.clinical === undefined && !wordingOnly) {
    throw new ReleaseError(
      `texts changed since ${previous!.version} (${summary(changes)}). Say whether their clinical meaning ` +
        'changed, for the changelog: --clinical "<what changed, in a sentence>" or --wording-only',
    );
  }
  if (changes && !sees && (options.clinical !== undefined || wordingOnly)) {
    throw new ReleaseError(`no text changed since ${previous!.version}: leave out --clinical and --wording-only`);
  }

  const commit = headCommit(root);
  const current = compared?.current ?? readContentVersion(root, 'this commit');
  const unreleased = splitUnreleased(changelog.unreleased);
  const content = contentSection(changes, current, {
    previous:
      previous && compared ? {version: previous.version, source: compared.source, format: compared.format} : undefined,
    commit,
    clinical:
      changes && sees ? (wordingOnly ? {changed: false} : {changed: true, what: options.clinical!.trim()}) : undefined,
    written: unreleased.content,
  });

  if (options.preview) {
    console.log(
      `${content}\n(A preview: nothing was written. \`npm run release -- ${next.text}\` without --preview writes ` +
        `this Content section into CHANGELOG.md under "## [${next.text}] - ${date}".)`,
    );
    return;
  }

  // The version first: the build writes it into dist/integrity.json.
  const saved = ['package.json', 'package-lock.json'].map((file) => [file, readFileSync(file, 'utf8')] as const);
  const restore = () => saved.forEach(([file, text]) => writeFileSync(file, text));
  try {
    execFileSync('npm', ['version', next.text, '--no-git-tag-version'], {
      stdio: 'pipe',
      shell: process.platform === 'win32',
    });
  } catch (error) {
    restore();
    throw new ReleaseError(`npm version ${next.text} failed:\n${(error as {stderr?: Buffer}).stderr ?? error}`);
  }
  if (!run('npm', ['run', 'build'])) {
    restore();
    throw new ReleaseError('the build failed (see above); package.json and package-lock.json are as they were');
  }
  const integrityFile = join('dist', integrityFileName);
  const integrity = JSON.parse(readFileSync(integrityFile, 'utf8')) as {version: string; files: Record<string, string>};
  if (integrity.version !== next.text)
    throw new ReleaseError(`${integrityFile} says ${integrity.version}, not ${next.text}`);

  writeFileSync('CHANGELOG.md', withRelease(changelog, next.text, date, content, unreleased.rest));
  const snippets = snippetFiles.filter((file) => {
    if (!existsSync(file)) return false;
    const text = readFileSync(file, 'utf8');
    const filled = fillSnippet(text, next.text, integrity.files);
    if (filled !== undefined && filled !== text) writeFileSync(file, filled);
    return filled !== undefined;
  });

  const out = resolve(options.out);
  mkdirSync(out, {recursive: true});
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    }),
  ) as {filename: string; integrity: string}[];
  const tarball = join(out, packed.filename);
  const published = join(out, `${pkg.name}-${next.text}.${integrityFileName}`);
  copyFileSync(integrityFile, published);

  const shown = (file: string) => relative(root, file) || file;
  const written = ['package.json', 'package-lock.json', 'CHANGELOG.md', ...snippets];
  console.log(`
release ${next.text}${
    compared ? ` (compared with ${previous!.version}, ${compared.source.replaceAll('`', '')})` : ''
  }: ${changes ? summary(changes) || 'no text changed' : 'first release'}
  wrote       ${written.join(', ')}
  tarball     ${shown(tarball)} (${packed.integrity})
  integrity   ${integrityFile}, in the tarball, and ${shown(published)} to publish beside it:
${Object.entries(integrity.files)
  .map(([file, value]) => `                ${file}: ${value}`)
  .join('\n')}
${
  snippets.length
    ? ''
    : '  README.md has no release markers, so no quick-start snippet was filled in (docs/releases.md).\n'
}
Read the CHANGELOG.md entry, fill in its Added/Changed/Fixed if needed, run npm test, then:
  git add ${written.join(' ')}
  git commit -m "Release ${next.text}"
  git tag -a v${next.text} -m "bone-marrow-guide ${next.text}"
  npm publish ${shown(tarball)}
  git push && git push origin v${next.text}
To undo instead: git checkout -- ${written.join(' ')}`);
}

try {
  release();
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`release: ${error.message}`);
  process.exit(1);
}
