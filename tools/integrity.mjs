// Subresource Integrity: the value for a <script integrity="…"> that loads a file, so a page
// runs the bundle only if a CDN serves exactly the bytes we built. Plain .mjs so the build
// (tools/build.ts), the release (tools/release.ts) and the test server
// (web-test-runner.config.mjs) compute it the same way.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/** The file, in dist/, that lists each script's value for one version: a web editor copies one. */
export const integrityFileName = 'integrity.json';

/**
 * @param {string} file
 * @returns {string} e.g. `sha384-…` (sha384, as CDNs and the SRI spec's examples use)
 */
export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/**
 * The script files a page loads from dist/, relative to it: the bundles beside it and each
 * locale chunk in locales/ (dist/lib/ is for bundlers, which take the package, not a URL).
 * @param {string} dist
 * @returns {string[]}
 */
export function shippedScripts(dist) {
  /** @param {string} folder */
  const scripts = (folder) =>
    readdirSync(join(dist, folder))
      .filter((name) => name.endsWith('.js'))
      .map((name) => name.slice(0, -'.js'.length))
      .sort() // bone-marrow-guide first, then bone-marrow-guide-hydrate
      .map((name) => `${name}.js`)
      .map((name) => (folder === '.' ? name : `${folder}/${name}`));
  return [...scripts('.'), ...scripts('locales')];
}

/**
 * Writes dist/integrity.json: each shipped script's path in the package (as it ends a CDN
 * address, `…/bone-marrow-guide@<version>/dist/bone-marrow-guide.js`) and its integrity value.
 * @param {string} dist the folder the build writes (moved to dist/ once complete)
 * @param {string} version the package's version, so a copied file says which one it is for
 * @returns {{version: string, files: Record<string, string>}}
 */
export function writeIntegrityFile(dist, version) {
  const files = Object.fromEntries(shippedScripts(dist).map((path) => [`dist/${path}`, integrity(join(dist, path))]));
  const record = {
    about:
      'Subresource Integrity values of this version: copy the one for the file your <script src> loads ' +
      'into its integrity attribute. A value fits only this exact version of that file.',
    package: 'bone-marrow-guide',
    version,
    files,
  };
  writeFileSync(join(dist, integrityFileName), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
