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
  const alone = cli('render', 'risk-list', '--no-script', '--collapsible');
  assert.equal(alone.status, 0, alone.stderr);
  assert.match(alone.stdout.trim(), /^<risk-list\s+locale="en"\s+collapsible>[\s\S]*<\/risk-list>$/);
  assert.match(alone.stdout, /<details\s+class="section"/);
});

test('a mistake gets one plain line and the usage, and exit code 1', () => {
  for (const [args, message] of [
    [['render', 'risk-lists'], 'unknown element "risk-lists"'],
    [['render'], 'name the element to render'],
    [['draw', 'risk-list'], 'unknown command "draw"'],
    [['render', 'risk-list', '--heading-level', '9'], '--heading-level must be 1 to 6, not "9"'],
  ] as const) {
    const {status, stderr, stdout} = cli(...args);
    assert.equal(status, 1, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^bone-marrow-guide: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage:`));
  }
});

test('the Node API renders any shipped language, the closest to the one asked for', async () => {
  const html = await renderToHtml('procedure-overview', {locale: 'es-419', sections: ['prepare']});
  assert.match(html, /^<procedure-overview\s+locale="es"\s+sections="prepare">/);
  assert.match(html, /lang="es"/);
  assert.doesNotMatch(html, /<!--lit-node 0--><procedure-overview/);
  await assert.rejects(renderToHtml('risk-lists'), /unknown element <risk-lists>/);
  assert.match(await renderToHtml('risk-list', {locale: 'x-none'}), /locale="en"/);
});
