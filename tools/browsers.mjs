// Finds the two browsers the tests run in: Chromium (or Chrome) and Firefox. The test config
// imports findBrowsers(); run directly, this script says how to install what is missing and
// exits 1, so `npm test` fails early with a useful message instead of a launcher stack trace.
// CHROME_PATH and FIREFOX_PATH override the search.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** @typedef {{env: string, names: string[], paths: string[]}} Candidate */

/** @type {Record<'chromium' | 'firefox', Candidate>} */
const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    paths: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    paths: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
};

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {Candidate} candidate */
function find({env, names, paths}) {
  if (process.env[env]) return executable(process.env[env]) ? process.env[env] : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...names.flatMap((name) => dirs.map((dir) => join(dir, name))), ...paths].find(executable);
}

/**
 * How to start Chromium for tests and the benchmark: it refuses its sandbox as root (as in
 * CI), and the other flags keep it off the network, which is closed here.
 */
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Paths of the browsers found; a missing one is undefined. */
export function findBrowsers() {
  return {chromium: find(candidates.chromium), firefox: find(candidates.firefox)};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findBrowsers();
  const missing = /** @type {(keyof typeof found)[]} */ (Object.keys(found)).filter((name) => !found[name]);
  if (missing.length) {
    console.error(`The tests run in Chromium and Firefox; not found: ${missing.join(', ')}.
Install them, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium firefox-esr
  macOS:          brew install --cask chromium firefox
Or point to installed ones: CHROME_PATH=/path/to/chrome FIREFOX_PATH=/path/to/firefox npm test`);
    process.exit(1);
  }
  console.log(`browsers: chromium at ${found.chromium}, firefox at ${found.firefox}`);
}
