// Version numbers (semver 2.0.0, https://semver.org) and the guide's rule for them
// (docs/releases.md): a change to what a reader sees is at least a minor version, and a
// change that can break a page (a tag, section, slot or language gone) is a major one, or a
// minor one before 1.0.0, where npm's ^0.y ranges treat a minor as major.

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** e.g. ['rc', 1] for 1.0.0-rc.1; empty for a release. */
  prerelease: (string | number)[];
  text: string;
}

const pattern =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

/** The version, or undefined when `text` is not x.y.z or x.y.z-pre (build metadata is not used here). */
export function parseVersion(text: string): Version | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const prerelease = match[4] ? match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return {major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease, text};
}

/** Negative when a comes before b, as semver orders them (1.0.0-rc.1 < 1.0.0 < 1.0.1). */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) if (a[key] !== b[key]) return a[key] - b[key];
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const [x, y] = [a.prerelease[i], b.prerelease[i]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number' || typeof y === 'number') return typeof x === 'number' ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export type Bump = 'patch' | 'minor' | 'major';

/** The part of the version that `next` raises over `previous` (its major.minor.patch). */
export function bumpOf(previous: Version, next: Version): Bump {
  // 1.0.0 after 1.0.0-rc.1 releases the version the candidate announced: it may change as much.
  const sameCore = ['major', 'minor', 'patch'].every((key) => next[key as 'major'] === previous[key as 'major']);
  if (sameCore && previous.prerelease.length) return 'major';
  if (next.major !== previous.major) return 'major';
  if (next.minor !== previous.minor) return 'minor';
  return 'patch';
}

/**
 * What a version must raise at least, after `previous`: `minor` when a reader sees any change,
 * `major` when a page can break (before 1.0.0 that is `minor` too, as npm reads 0.y as major).
 */
export function requiredBump(
  previous: Version,
  {readerSees, breaking}: {readerSees: boolean; breaking: boolean},
): Bump {
  if (breaking) return previous.major === 0 ? 'minor' : 'major';
  return readerSees ? 'minor' : 'patch';
}

const rank: Record<Bump, number> = {patch: 0, minor: 1, major: 2};
export const isAtLeast = (bump: Bump, required: Bump) => rank[bump] >= rank[required];
