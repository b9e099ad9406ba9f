// `bone-marrow-guide render`: prints an element as declarative shadow DOM to paste into a page,
// with the link that fetches its language in parallel and the script that hydrates it. Needs
// `npm run build` first (it renders with the compiled elements and reads dist/locales.json).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

// The compiled module, as the command runs it; typed from its source.
const compiled = '../../build/server/render.js';
const {renderToHtml}: typeof import('../../src/server/render.js') = await import(compiled);

const cli = (...args: string[]) => spawnSync(process.execPath, ['build/server/cli.js', ...args], {encoding: 'utf8'});
const chunks = JSON.parse(readFileSync('dist/locales.json', 'utf8'));
/** What dist/ ships, and a language it does not, whichever languages xliff/ and release.json ship today. */
const shippedList = ['en', ...Object.keys(chunks)].join(', ');
const notShipped = ['fr', 'de', 'pt', 'qaa'].find((tag) => !(tag in chunks))!;

test('render <element> --locale es: a modulepreload for the Spanish chunk, the element, then the script', () => {
  const {status, stdout, stderr} = cli(
    'render',
    'risk-list',
    '--locale',
    'es-MX',
    '--base',
    'https://cdn.example/bmg/',
  );
  assert.equal(status, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], `<link rel="modulepreload" href="https://cdn.example/bmg/${chunks.es}">`);
  assert.match(stdout, /<risk-list\s+locale="es"><template shadowroot="open" shadowrootmode="open">/);
  // Styles by a link the strict policy allows (style-src 'self' on the page that serves dist/).
  assert.match(
    stdout,
    /shadowrootmode="open"><!--bone-marrow-guide [^>]*--><link rel="stylesheet" href="https:\/\/cdn.example\/bmg\/bone-marrow-guide.css">/,
  );
  assert.doesNotMatch(stdout, /<style>/);
  assert.match(stdout, /Sangrado/);
  assert.equal(
    lines.at(-1),
    '<script type="module" src="https://cdn.example/bmg/bone-marrow-guide-hydrate.js"></script>',
  );
});

test('English needs no preload; --no-script prints the HTML alone; options become attributes', () => {
  const english = cli('render', 'results-explainer', '--sections', 'normal abnormal', '--heading-level', '3');
  assert.equal(english.status, 0, english.stderr);
  assert.doesNotMatch(english.stdout, /modulepreload/);
  assert.match(english.stdout, /<results-explainer\s+locale="en"\s+sections="normal abnormal"\s+heading-level="3">/);
  assert.match(english.stdout, /<h3 part="heading heading-3"/);
  const alone = cli('render', 'risk-list', '--no-script', '--collapsible', '--inline-styles');
  assert.equal(alone.status, 0, alone.stderr);
  assert.match(alone.stdout.trim(), /^<risk-list\s+locale="en"\s+collapsible>[\s\S]*<\/risk-list>$/);
  // Each heading holds its section's button; open, as HTML that must read without a script.
  assert.match(
    alone.stdout,
    /<h2 part="heading heading-2"\s*>(<!--[^>]*-->)*<button[^>]*class="toggle"[^>]*aria-expanded="true"/,
  );
  assert.doesNotMatch(alone.stdout, /until-found/);
  assert.match(alone.stdout, /--><style>\s*:host/);
  assert.doesNotMatch(alone.stdout, /rel="stylesheet"/);
});

test('a mistake gets one plain line and the usage, and exit code 1, printing nothing else', () => {
  for (const [args, message] of [
    [['render', 'risk-lists'], 'unknown element "risk-lists"'],
    [['render'], 'name the element to render'],
    [['draw', 'risk-list'], 'unknown command "draw"'],
    [['render', 'risk-list', '--heading-level', '9'], '--heading-level must be 1 to 6, not "9"'],
    [
      ['render', 'risk-list', '--locale', notShipped],
      `--locale "${notShipped}" is not a shipped language. Shipped: ${shippedList},`,
    ],
    [
      ['render', 'risk-list', '--locale', 'es_MX'],
      '--locale "es_MX" is not a shipped language (a tag takes a hyphen: "es-MX")',
    ],
    [['render', 'risk-list', '--locale', '__proto__'], '--locale "__proto__" is not a shipped language.'],
    [['render', 'risk-list', '--locale', '../../etc/passwd'], '--locale "../../etc/passwd" is not a shipped language.'],
    [
      ['render', 'risk-list', '--sections', 'bleeding bruising'],
      '<risk-list> has no section "bruising"; its sections are',
    ],
    [['render', 'risk-list', '--colapsible'], "Unknown option '--colapsible'"],
  ] as const) {
    const {status, stderr, stdout} = cli(...args);
    assert.equal(status, 1, args.join(' '));
    assert.equal(stdout, '');
    assert.match(
      stderr,
      new RegExp(`^bone-marrow-guide: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\n\nUsage:`),
    );
  }
});

test('--locale-fallback prints English for a language that is not shipped, and says so', () => {
  const {status, stderr, stdout} = cli(
    'render',
    'risk-list',
    '--no-script',
    '--locale',
    notShipped,
    '--locale-fallback',
  );
  assert.equal(status, 0);
  assert.equal(
    stderr,
    `bone-marrow-guide: "${notShipped}" is not a shipped language; printed en (--locale-fallback).\n`,
  );
  assert.match(stdout, /^<risk-list\s+locale="en">/);
});

test('a hostile argument reaches the terminal escaped and cut short', () => {
  const hostile = `\u001b[31m\u009b2J${'x'.repeat(100_000)}`;
  for (const args of [
    ['render', 'risk-list', '--locale', hostile],
    ['render', 'risk-list', '--sections', hostile],
    ['render', hostile],
    ['render', 'risk-list', `--${hostile}`],
  ]) {
    const {status, stderr} = cli(...args);
    assert.equal(status, 1);
    const [line] = stderr.split('\n');
    assert.ok(line.length < 400, `${line.length} characters`);
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    assert.doesNotMatch(stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  }
});

test('the Node API renders any shipped language, the closest to the one asked for', async () => {
  const html = await renderToHtml('procedure-overview', {locale: 'es-419', sections: ['prepare']});
  assert.match(html, /^<procedure-overview\s+locale="es"\s+sections="prepare">/);
  assert.match(html, /lang="es"/);
  assert.doesNotMatch(html, /<!--lit-node 0--><procedure-overview/);
  // Its answers to wrong input: test/node/render-api.test.ts.
});
