// The fingerprint of the guide's text: a digest of the generated content module and of every
// shipped locale, which tools/build-content.ts writes into src/generated/content.ts as
// `contentDigest`. Pre-rendered HTML carries the one it was rendered with
// (src/pre-rendered-record.ts), so a page that pastes HTML from one release beside the script
// of another renders the script's text instead of hydrating stale text.
import {createHash} from 'node:crypto';

/** 16 hex digits of SHA-256 over the modules' text, in the order given. */
export function contentDigest(modules: readonly string[]): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(`${module.length}:${module}`);
  return hash.digest('hex').slice(0, 16);
}

/** `contentModule` with the digest of it and `localeModules` as its last export. */
export function withContentDigest(contentModule: string, localeModules: readonly string[]): string {
  const digest = contentDigest([contentModule, ...localeModules]);
  return (
    `${contentModule}\n/** Digest of this text and every shipped locale (tools/content/digest.ts). */\n` +
    `export const contentDigest = ${JSON.stringify(digest)};\n`
  );
}
