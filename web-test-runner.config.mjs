// Runs test/*.test.ts in Chromium and Firefox. Most tests load the real bundle
// (dist/bone-marrow-guide.js), so `npm test` builds first.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {cmsPages} from './test/cms/server.mjs';
import {embeddingMiddleware, reactAsModules} from './test/server/embedding.mjs';
import {localeWaitInTests} from './test/server/locale-wait.mjs';
import {pollutionPages} from './test/server/pollution.mjs';
import {preRenderedPages} from './test/server/pre-rendered.mjs';
import {chromiumArgs, findBrowsers} from './tools/browsers.mjs';

const {chromium, firefox} = findBrowsers();
if (!chromium || !firefox) throw new Error('Chromium and Firefox are needed: run `node tools/browsers.mjs` for help.');

// The page that proves the bundle works under a strict policy: scripts and styles only from
// our origin, and Trusted Types required, with only the bundle's own policy allowed (its Lit's,
// renamed: tools/rollup/trusted-types-policy.mjs).
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types bone-marrow-guide';

const strictPolicyPage = async (context, next) => {
  await next();
  if (['/test/pages/strict-csp.html', '/dist/embed.html'].includes(context.path)) {
    context.set('Content-Security-Policy', strictPolicy); // the iframe embed too (test/embed.test.ts)
  }
};

// A hostile Spanish chunk: the real one, with texts no build of ours would ship (markup, an
// escaped entity, a term marker the English lacks, term ids named like Object.prototype's
// properties). Served anyway, they must show as plain text.
const realSpanish = (await import('./build/generated/locales/es.js')).default;
const messageIds = JSON.parse(readFileSync('build/l10n/message-ids.json', 'utf8'));
const hostileTexts = {
  'risk-list.bleeding.heading': 'Sangrado & moretones: 3 < 5 > 1',
  'bleeding-site': '<img src=x onerror=alert(1)> &amp; [[bone-marrow|médula]] <b>no</b>',
  'infection-site': '[[constructor|uno]] [[toString|dos]] [[__proto__|tres]] [[hasOwnProperty]].',
};
const hostileSpanish = `export default ${JSON.stringify({
  ...realSpanish,
  strings: realSpanish.strings.map((text, i) => hostileTexts[messageIds[i]] ?? text),
})};`;

// Copies of the bundle at /test/bundle-copies/<copy>/bone-marrow-guide.js. The bundle fetches
// its locale chunks from beside itself, so each copy sees its own locales/ folder:
//   missing      every chunk answers 404;
//   flaky-*      each chunk answers 404 the first time each browser asks for it in this copy, then
//                loads (each test names its own copy, e.g. flaky-retry);
//   delayed      each chunk answers after 300 ms, well within what an element waits for it;
//   held-*       each chunk answers only once the test releases it (GET
//                /test/bundle-copies/<copy>/release, from the same browser): until then it is on
//                its way, however long the test takes;
//   gives-up-*   the same, in a bundle that waits only giveUpWaitMs for a chunk: as the chunk
//                cannot come before the test releases it, the wait runs out, whatever the
//                machine's speed;
//   hostile      the Spanish chunk is the hostile translation above.
// Every other bundle the server sends waits testLocaleWaitMs (test/server/locale-wait.mjs).
const giveUpWaitMs = 100;
const firstAsks = new Set();
/** Per browser and held copy: a promise the copy's chunks wait for, and what resolves it. */
const holds = new Map();
const hold = (key) => {
  if (!holds.has(key)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(key, {released, release});
  }
  return holds.get(key);
};
const bundleCopies = async (context, next) => {
  const match = context.path.match(
    /^\/test\/bundle-copies\/(missing|flaky-[\w-]+|delayed|held-[\w-]+|gives-up-[\w-]+|hostile)\/(.*)$/,
  );
  if (!match) return next();
  const [, copy, file] = match;
  const chunk = file.startsWith('locales/');
  const browserCopy = `${context.get('user-agent')} ${copy}`;
  const held = copy.startsWith('held-') || copy.startsWith('gives-up-');
  if (held && file === 'release') {
    hold(browserCopy).release();
    context.body = 'released';
    return undefined;
  }
  if (chunk && held) await hold(browserCopy).released;
  if (chunk && copy === 'delayed') await new Promise((resolve) => setTimeout(resolve, 300));
  const firstAsk = `${browserCopy}/${file}`;
  if (chunk && (copy === 'missing' || (copy.startsWith('flaky-') && !firstAsks.has(firstAsk)))) {
    firstAsks.add(firstAsk);
    context.status = 404;
    return undefined;
  }
  if (chunk && copy === 'hostile' && file.startsWith('locales/es-')) {
    context.type = 'js';
    context.body = hostileSpanish;
    return undefined;
  }
  if (copy.startsWith('gives-up-')) context.state.localeWaitMs = giveUpWaitMs;
  context.url = `/dist/${file}`;
  return next();
};

// Pre-rendered pages, made by the render command's own code: test/server/pre-rendered.mjs.
const {renderToHtml} = await import('./build/server/render.js');
const preRendered = preRenderedPages(renderToHtml, JSON.parse(readFileSync('dist/locales.json', 'utf8')));
// Pages whose Object.prototype a script changed first: test/server/pollution.mjs.
const pollution = pollutionPages(renderToHtml);

// A Spanish chunk built from a damaged XLIFF, as a translator might hand one back: a third of
// the units not translated yet, and one unit broken in each way the build checks (markup, a
// renamed placeholder, unbalanced [[ ]], an entity escaped twice, an empty target), and
// glossary words marked bare ([[id]]) in translated text while the glossary has no translation
// of them, or in English text while it has (null: no target). The build
// (tools/build-content.ts, on a copy of xliff/es.xlf) shows English for all of those, and
// test/translations.test.ts checks that the page does, each English text marked lang="en":
//   /test/bundle-copies/damaged/  the bundle, with this chunk as its Spanish
//   /test/damaged-spanish.js      the chunk itself, for the test to compare with
const damagedTargets = {
  'risk-list.bleeding.heading': '<b>Sangrado</b>',
  dates: 'Datos al {factsCurrentAsOf}. Texto de {lastEdit}.',
  'key-samples': 'Esta prueba saca muestras pequeñas de su [[bone-marrow|médula ósea]. Luego se revisan.',
  'bleeding-site': 'Puede sangrar por donde entr&amp;oacute; la aguja &amp;amp; más.',
  'risk-list.sternum-injury.heading': '',
  'glossary.leukemia': null,
  'glossary.lymphoma': null,
  'normal-no-cancer':
    'Su muestra no tiene células de cáncer, como de [[leukemia]], [[lymphoma]] o [[multiple-myeloma]].',
  'abnormal-cancer': 'Su muestra tiene células de cáncer, como de [[leukemia]], [[lymphoma]] o [[multiple-myeloma]].',
  'why-staging': null,
};
function damagedSpanish() {
  const folder = 'build/test/damaged-spanish';
  let xliff = readFileSync('xliff/es.xlf', 'utf8');
  let n = 0;
  // Whatever attributes a unit and its target carry (a reviewer's approved="yes" and
  // state="final", say): the damage must not depend on how far the Spanish is reviewed.
  xliff = xliff.replace(
    /(<trans-unit id="([^"]+)"[^>]*>[\s\S]*?)(<target\b[^>]*>[\s\S]*?<\/target>)/g,
    (whole, start, id) => {
      if (Object.hasOwn(damagedTargets, id)) {
        return damagedTargets[id] === null ? start.trimEnd() : `${start}<target>${damagedTargets[id]}</target>`;
      }
      return n++ % 3 === 2 ? start.trimEnd() : whole;
    },
  );
  mkdirSync(`${folder}/xliff`, {recursive: true});
  writeFileSync(`${folder}/xliff/es.xlf`, xliff);
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tools/build-content.ts', '--xliff', `${folder}/xliff`, '--out', `${folder}/generated`],
    {encoding: 'utf8'},
  );
  if (build.status !== 0) throw new Error(`the damaged Spanish did not build:\n${build.stderr}`);
  // The module is TypeScript; its value is JSON.
  const module = readFileSync(`${folder}/generated/locales/es.ts`, 'utf8');
  return `export default ${/= (\{[\s\S]*\});\s*export default/.exec(module)[1]};`;
}
const damagedChunk = damagedSpanish();
const damagedCopy = async (context, next) => {
  if (context.path === '/test/damaged-spanish.js') {
    context.type = 'js';
    context.body = damagedChunk;
    return undefined;
  }
  const match = context.path.match(/^\/test\/bundle-copies\/damaged\/(.*)$/);
  if (!match) return next();
  if (match[1].startsWith('locales/es-')) {
    context.type = 'js';
    context.body = damagedChunk;
    return undefined;
  }
  context.url = `/dist/${match[1]}`;
  return next();
};

// `emulate-print-or-forced-colors` lets a test view the page as printed, or in forced colors (Windows High
// Contrast). Chromium does this through CDP. Firefox's driver (WebDriver BiDi) has no media
// emulation, so there the command answers {supported: false} and the test skips itself.
// The emulation lasts as long as the CDP session that set it, so each page keeps one.
const cdpSessions = new WeakMap();
const emulateMedia = {
  name: 'emulate-print-or-forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-print-or-forced-colors') return undefined;
    if (session.browser.name !== 'Chrome') return {supported: false};
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      media: payload.print ? 'print' : '',
      features: [{name: 'forced-colors', value: payload.forcedColors ? 'active' : 'none'}],
    });
    return {supported: true};
  },
};

export default {
  files: ['test/*.test.ts'], // test/node/ holds the Node tests
  // Lit's production build in the tests too, as in the bundle: its development build warns
  // when it meets the bundle's own copy of Lit.
  nodeResolve: {exportConditions: ['production']},
  plugins: [esbuildPlugin({ts: true, target: 'es2022'}), emulateMedia, reactAsModules, localeWaitInTests],
  // test/server/embedding.mjs: CDN, CSP, npm.
  middleware: [strictPolicyPage, bundleCopies, damagedCopy, preRendered, pollution, ...embeddingMiddleware, cmsPages],
  browsers: [
    chromeLauncher({launchOptions: {executablePath: chromium, args: chromiumArgs}}),
    puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: firefox, headless: true}}),
  ],
  // Time limits are hang guards, far above the time anything takes, even on a busy machine: a
  // test waits at most hangGuardMs (30 s, test/helpers.ts) for any one thing, below its timeout.
  testFramework: {config: {timeout: 90_000}},
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // A page that freezes (a loop that never yields) never reaches its own timeout: this catches it.
  testsFinishTimeout: 5 * 60_000, // each test file, in each browser
};
