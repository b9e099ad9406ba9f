// The locale wait, as the test server serves it. An element waits localeWaitMs (2 s,
// src/translations.ts) for its language's chunk, then shows English. On a busy machine the test
// server itself can take longer than that to answer, and a test that expects Spanish would see
// English: so every bundle the test server serves waits testLocaleWaitMs instead, a hang guard
// far above any chunk's time. The files on disk, and what ships, keep the 2 s; the bundle has no
// setting for it.
//
// The server rewrites the one timer in each bundle it serves, found by the message the wait gives
// when it runs out, in whatever form a build or a bundler wrote it (terser, tsc, esbuild,
// rollup). It will not start if it cannot find the timer in the built bundle, and refuses to
// serve code that has the message where it cannot find the timer, so a change there cannot
// silently bring the 2 s back into the tests.
//
// A test about the wait running out uses a chunk the server holds until the test releases it,
// in a bundle copy that waits only a moment (web-test-runner.config.mjs, gives-up-*): it never
// depends on how fast the machine is.
import {readFileSync} from 'node:fs';

/** What every bundle the test server serves waits for a locale chunk, in milliseconds. */
export const testLocaleWaitMs = 30_000;

/** What the wait says when it runs out, in every form of the code: code with it has the wait. */
const waitMessage = 'no answer within ';
/** setTimeout(() => …("no answer within … s")…, <ms>), capturing all but <ms>. */
const waitTimer = /(setTimeout\(\(\)\s*=>[^;]*?no answer within [^;]*?\)\),\s*)([\w$.]+)\)/g;

/**
 * `code` with its locale wait set to `ms`; code without the wait, as it is.
 * @param {string} code
 * @param {number} [ms]
 * @returns {string}
 */
export function withLocaleWait(code, ms = testLocaleWaitMs) {
  if (!code.includes(waitMessage)) return code;
  const timers = code.match(waitTimer)?.length ?? 0;
  if (timers !== 1) {
    throw new Error(
      `test/server/locale-wait.mjs: found ${timers} locale wait timers where one was expected; ` +
        'src/translations.ts changed how it waits (update waitTimer)',
    );
  }
  return code.replace(
    waitTimer,
    (_, start) => `${start.replace(/no answer within \d+(\.\d+)? s/, `no answer within ${ms / 1000} s`)}${ms})`,
  );
}

// The built bundle must have a wait to rewrite; without one, the tests would run with the 2 s.
const bundle = readFileSync('dist/bone-marrow-guide.js', 'utf8');
if (withLocaleWait(bundle) === bundle) {
  throw new Error('test/server/locale-wait.mjs: no locale wait found in dist/bone-marrow-guide.js; update waitMessage');
}

/** Where the code the tests load comes from: the build, bundlers' output of it, the sources. */
const builtOrSource = /^\/(dist|build|src)\//;

/**
 * A dev server plugin: every built or source module it serves gets the tests' locale wait, or
 * the one a middleware put in `context.state.localeWaitMs` for this request (a bundle copy's).
 * Not the tests themselves, which quote the wait's warning.
 */
export const localeWaitInTests = {
  name: 'locale-wait-in-tests',
  transformCacheKey: (context) => `wait-${context.state.localeWaitMs ?? testLocaleWaitMs}`,
  transform(context) {
    if (!builtOrSource.test(context.path) || typeof context.body !== 'string' || !context.response.is('js')) {
      return undefined;
    }
    const body = withLocaleWait(context.body, context.state.localeWaitMs);
    return body === context.body ? undefined : {body};
  },
};
