// Subresource Integrity: the value for a <script integrity="…"> that loads a file, so a page
// runs the bundle only if a CDN serves exactly the bytes we built. Plain .mjs so the build
// (tools/build.ts) and the test server (web-test-runner.config.mjs) compute it the same way.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

/**
 * @param {string} file
 * @returns {string} e.g. `sha384-…` (sha384, as CDNs and the SRI spec's examples use)
 */
export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
