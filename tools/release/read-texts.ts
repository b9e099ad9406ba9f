// A version's texts, read by that version's own code. Its tools/build-content.ts runs on its
// content/ and xliff/, in a scratch folder (nothing of the project is written), and what it
// wrote is read: build/l10n/texts.json (texts.ts), or for a version built before that file
// existed, the files it wrote for the bundle (older-build.ts). So a content model may change
// between two releases, and each side is still read the way it was built and shipped.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {ReleaseError} from './content-changes.js';
import {exportCommit} from './git.js';
import {readOlderBuild} from './older-build.js';
import {textsFile, textsFormat, type Texts} from './texts.js';

/** The TypeScript loader the build scripts run with (they are .ts): this checkout's tsx. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A hang guard only: a build of the content takes seconds. */
const buildTimeout = 10 * 60 * 1000;

/** Why a texts file cannot be read, or undefined when its shape is the one its format says. */
function shapeProblem(texts: Texts): string | undefined {
  if (!Number.isInteger(texts.format) || texts.format < 1) return 'it has no format number';
  if (texts.format > textsFormat) {
    return (
      `it is in format ${texts.format}, newer than this release script reads (${textsFormat}): ` +
      'release from a newer checkout'
    );
  }
  const objects = [texts.elements, texts.dates, texts.translations];
  if (!Array.isArray(texts.messages) || objects.some((value) => typeof value !== 'object' || value === null)) {
    return 'it lacks messages, elements, dates or translations';
  }
  return undefined;
}

/**
 * Runs the build of `project` (a checkout, or a copy of a commit with node_modules beside it)
 * from the folder `scratch`, with its generated code into `<scratch>/generated`: whatever it
 * writes under build/ lands in `scratch` too. `label` names it in messages, e.g. "0.1.0".
 */
export function runBuild(project: string, scratch: string, label: string): {out: string} {
  const out = join(scratch, 'generated');
  const built = spawnSync(
    process.execPath,
    [
      '--import',
      tsx,
      join(project, 'tools', 'build-content.ts'),
      ...['--content', join(project, 'content'), '--xliff', join(project, 'xliff'), '--out', out],
    ],
    {cwd: scratch, encoding: 'utf8', timeout: buildTimeout},
  );
  if (built.status !== 0) {
    const output = `${built.stdout ?? ''}${built.stderr ?? ''}${built.error ? String(built.error) : ''}`.trim();
    throw new ReleaseError(
      `the build of ${label} (its own tools/build-content.ts) stopped, so its texts cannot be read:\n` +
        output
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n'),
    );
  }
  return {out};
}

/** What a build run by runBuild() wrote: its texts file, or the files of a build older than that. */
export function readBuilt(scratch: string, out: string, label: string): Texts {
  const file = join(scratch, textsFile);
  if (!existsSync(file)) return readOlderBuild(scratch, out, label);
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Texts;
  const problem = shapeProblem(texts);
  if (problem) throw new ReleaseError(`the texts file of ${label} (${textsFile}) cannot be read: ${problem}`);
  return texts;
}

/** The texts of the project in `project`, as its own build writes them. */
export function readContentVersion(project: string, label: string): Texts {
  const scratch = mkdtempSync(join(tmpdir(), 'bmg-texts-'));
  try {
    return readBuilt(scratch, runBuild(project, scratch, label).out, label);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

/**
 * The texts of a commit: a copy of its files, with this checkout's node_modules linked in
 * (so its build runs with the dependencies installed here), read by its own build.
 */
export function readCommitTexts(root: string, commit: string, label: string): Texts {
  const copy = mkdtempSync(join(tmpdir(), 'bmg-release-'));
  try {
    exportCommit(root, commit, copy);
    // A commit may hold a link named node_modules (a scratch repository's); this one wins.
    rmSync(join(copy, 'node_modules'), {recursive: true, force: true});
    symlinkSync(resolve(root, 'node_modules'), join(copy, 'node_modules'), 'junction');
    return readContentVersion(copy, label);
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}
