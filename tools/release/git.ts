// The few git questions a release asks: are the texts committed, which commit is a release,
// and a copy of a release's content/ and xliff/ to read with today's readers.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Release} from './changelog.js';
import {ReleaseError} from './content-changes.js';

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim();

/** Files under `paths` that differ from the last commit, or are new and not ignored. */
export function uncommitted(cwd: string, paths: readonly string[]): string[] {
  // -z: one NUL after each entry, "XY path" with the status columns kept (a trim would eat the first).
  const status = execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths], {
    cwd,
    encoding: 'utf8',
  });
  return status
    .split('\0')
    .filter((entry) => /^[ -~]{2} /.test(entry))
    .map((entry) => entry.slice(3));
}

export const headCommit = (cwd: string) => git(['rev-parse', 'HEAD'], cwd);

/** The commit a ref names, or undefined when this clone does not have it. */
export function commitOf(cwd: string, ref: string): string | undefined {
  try {
    return git(['rev-parse', '--quiet', '--verify', `${ref}^{commit}`], cwd);
  } catch {
    return undefined;
  }
}

/** Writes the files under `paths` as they are at `commit` into `folder` (which keeps the same layout). */
export function exportFiles(cwd: string, commit: string, paths: readonly string[], folder: string): void {
  const names = git(['ls-tree', '-r', '-z', '--name-only', commit, '--', ...paths], cwd)
    .split('\0')
    .filter(Boolean);
  for (const name of names) {
    const bytes = execFileSync('git', ['cat-file', 'blob', `${commit}:${name}`], {cwd, maxBuffer: 64 * 1024 * 1024});
    mkdirSync(dirname(join(folder, name)), {recursive: true});
    writeFileSync(join(folder, name), bytes);
  }
}

/**
 * The commit holding the previous release's texts, and how it was found: `since` when given
 * (a tag or commit), else the tag v<version>, else the commit its CHANGELOG.md entry names.
 */
export function previousCommit(
  cwd: string,
  previous: Pick<Release, 'version' | 'contentCommit'>,
  since?: string,
): {commit: string; source: string} {
  if (since !== undefined) {
    const commit = commitOf(cwd, since);
    if (!commit) throw new ReleaseError(`--since ${since}: no such tag or commit here`);
    return {commit, source: `\`${since}\``};
  }
  const tag = `v${previous.version}`;
  const tagged = commitOf(cwd, `refs/tags/${tag}`);
  if (tagged) return {commit: tagged, source: `the tag \`${tag}\``};
  const recorded = previous.contentCommit && commitOf(cwd, previous.contentCommit);
  if (recorded) return {commit: recorded, source: `commit \`${recorded.slice(0, 12)}\``};
  throw new ReleaseError(
    `the last release in CHANGELOG.md is ${previous.version}, but this clone has no tag ${tag}` +
      (previous.contentCommit ? ` nor the commit its entry names (${previous.contentCommit})` : '') +
      `: fetch the tags (git fetch --tags), or say which commit ${previous.version} was: --since <tag or commit>`,
  );
}
