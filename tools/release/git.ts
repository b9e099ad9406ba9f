// The few git questions a release asks: are the texts committed, which commit is a release,
// and a copy of a release's files, for its own build to read (read-texts.ts).
import {execFileSync} from 'node:child_process';
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

/**
 * Writes every file of `commit` into `folder`, as `git archive` gives them (a tar stream, which
 * the `tar` every Linux, macOS and Windows 10+ has unpacks): the commit's own code and texts.
 */
export function exportCommit(cwd: string, commit: string, folder: string): void {
  const archive = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  execFileSync('tar', ['-x', '-f', '-', '-C', folder], {input: archive, stdio: ['pipe', 'ignore', 'pipe']});
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
