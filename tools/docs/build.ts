// `npm run docs` (after the build; `npm start` runs both): the documentation site, static files in
// build/docs/ that any web server can host as they are. Pages:
//   index.html and one page per docs/*.md, whichever exist (rendered with marked);
//   elements/<tag>.html per element, from custom-elements.json: attributes and properties, events,
//     slots, parts, custom properties, and the section ids from the content, with a live example;
//   examples.html, every example of demo/examples.js live, with its code to copy (the same
//     examples the accessibility tests run axe on);
//   languages.html, docs/languages.md and the table of dist/languages.json (languageTable.ts);
//   builder.html, the snippet builder (docs/site/docs.js).
// The site carries its own copy of the script-tag bundle (guide/), which its pages and the
// builder's preview load; the builder's snippet carries that file's integrity value.
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {brotliCompressSync} from 'node:zlib';
import {examples, snippet, type Example} from '../../demo/examples.js';
import {integrity} from '../integrity.mjs';
import {elementPages, readManifest} from './elements.js';
import {codeBlock, escape, page, type NavEntry} from './page.js';
import {languagesPage} from './languages.js';
import {markdown} from './markdown.js';
import {builderPage} from './builder.js';
import {sectionsOf} from './sections.js';

const out = 'build/docs';
const staging = 'build/docs-next';

for (const needed of ['dist/bone-marrow-guide.js', 'custom-elements.json']) {
  if (!existsSync(needed)) {
    console.error(`docs: ${needed} is missing; run \`npm run build\` first (npm run docs does).`);
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {name: string; version: string};
const manifest = readManifest('custom-elements.json');

/** The guides in docs/, in this order first, then any others by name. */
const guideOrder = ['index', 'setup', 'using', 'frameworks', 'cms', 'csp', 'pre-rendered', 'languages', 'releases'];
const guides = existsSync('docs')
  ? readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length))
      .sort((a, b) => {
        const rank = (name: string) => (guideOrder.includes(name) ? guideOrder.indexOf(name) : guideOrder.length);
        return rank(a) - rank(b) || a.localeCompare(b);
      })
  : [];
const guideTitle = (name: string) =>
  /^# (.+)$/m.exec(readFileSync(`docs/${name}.md`, 'utf8'))?.[1].replace(/`/g, '') ?? name;

const nav: NavEntry[] = [
  {href: 'index.html', title: guides.includes('index') ? 'Introduction' : 'Start'},
  ...guides
    .filter((name) => !['index', 'languages'].includes(name))
    .map((name) => ({href: `${name}.html`, title: guideTitle(name)})),
  {href: 'languages.html', title: 'Languages'},
  {href: 'builder.html', title: 'Snippet builder'},
  {href: 'examples.html', title: 'Examples'},
  ...manifest.elements.map((element) => ({href: `elements/${element.tagName}.html`, title: `<${element.tagName}>`})),
];

rmSync(staging, {recursive: true, force: true});
const write = (path: string, html: string) => {
  mkdirSync(dirname(join(staging, path)), {recursive: true});
  writeFileSync(join(staging, path), html);
};

// The bundle and its locales, as a site would host them; the integrity is of these very bytes.
cpSync('dist/bone-marrow-guide.js', join(staging, 'guide/bone-marrow-guide.js'));
cpSync('dist/locales', join(staging, 'guide/locales'), {recursive: true});
const bundleIntegrity = integrity(join(staging, 'guide/bone-marrow-guide.js'));
checkReleaseIntegrity(bundleIntegrity);
cpSync('docs/site', join(staging, 'assets'), {recursive: true});
// The examples' own CSS, as a file: the site needs no inline style (it runs under a strict CSP).
write('assets/examples.css', examples.flatMap((example) => (example.css ? [example.css] : [])).join('\n'));

const locales = ['en', ...Object.keys(JSON.parse(readFileSync('dist/locales.json', 'utf8')) as object)];
const sections = sectionsOf(manifest.elements.map((element) => element.tagName));

// Markdown pages; the index is the introduction, or a short one when docs/index.md is missing.
for (const name of guides.filter((guide) => guide !== 'languages')) {
  const {html, title} = markdown(readFileSync(`docs/${name}.md`, 'utf8'));
  write(`${name === 'index' ? 'index' : name}.html`, page({path: `${name}.html`, title, nav, main: html}));
}
if (!guides.includes('index')) {
  const main = `<h1>${escape(pkg.name)}</h1>
<p>Patient information about bone marrow aspiration and biopsy, as web components.
Start with the <a href="builder.html">snippet builder</a>.</p>`;
  write('index.html', page({path: 'index.html', title: pkg.name, nav, main}));
}
write(
  'languages.html',
  languagesPage({nav, locales, guide: guides.includes('languages') ? 'docs/languages.md' : null}),
);
write(
  'examples.html',
  page({path: 'examples.html', title: 'Examples', nav, main: examplesMain(examples), styles: ['assets/examples.css']}),
);
write(
  'builder.html',
  builderPage({nav, manifest, sections, locales, version: pkg.version, name: pkg.name, bundleIntegrity}),
);
for (const [path, html] of elementPages({nav, manifest, sections, examples})) write(path, html);

rmSync(out, {recursive: true, force: true});
renameSync(staging, out);
report();

function examplesMain(list: Example[]): string {
  const items = list.map((example) => `<li><a href="#${example.id}">${escape(example.title)}</a></li>`).join('');
  const shown = list
    .map((example) => {
      const code = example.css ? `<style>\n${example.css}\n</style>\n${snippet(example)}` : snippet(example);
      return `<section class="example" id="${example.id}" aria-labelledby="${example.id}-title">
<h2 id="${example.id}-title">${escape(example.title)}</h2>
<div class="live">${snippet(example)}</div>
${codeBlock(code, `${example.id}-code`, example.title)}
</section>`;
    })
    .join('\n');
  return `<h1>Examples</h1>
<p>Each example is live, with the code to paste under the script tag (the <a href="builder.html">snippet
builder</a> makes the script tag).</p>
<nav aria-label="Examples on this page"><ul>${items}</ul></nav>
${shown}
${eventsExample()}`;
}

/** Listening for the events: the script shown is the one docs.js runs for the live log. */
function eventsExample(): string {
  const code = `<risk-list sections="bleeding" heading-level="3"></risk-list>
<p role="status" id="event-log"></p>
<script type="module">
  const log = document.getElementById('event-log');
  document.addEventListener('bmg-term-toggle', (event) => {
    const {term, open} = event.detail;
    log.textContent = \`bmg-term-toggle: \${term} \${open ? 'opened' : 'closed'}\`;
  });
</script>`;
  return `<section class="example" id="events" aria-labelledby="events-title">
<h2 id="events-title">Listening for events: a reader opens a word’s meaning</h2>
<div class="live" data-event-log><risk-list sections="bleeding" heading-level="3"></risk-list><p role="status"
class="event-log"></p></div>
${codeBlock(code, 'events-code', 'Listening for events')}
</section>`;
}

/** The release's integrity file (tools/build writes dist/integrity.json once it does) must agree. */
function checkReleaseIntegrity(served: string): void {
  if (!existsSync('dist/integrity.json')) return;
  const recorded = JSON.stringify(JSON.parse(readFileSync('dist/integrity.json', 'utf8')));
  if (!recorded.includes(served)) {
    console.error(`docs: dist/integrity.json does not list ${served}, the bundle's value: build again.`);
    process.exit(1);
  }
}

/** Bytes per page and for the site's own script and styles, brotli as served; the bundle has its own budget. */
function report(): void {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(out);
  const size = (path: string) => brotliCompressSync(readFileSync(path)).length;
  const own = files.filter((path) => !path.startsWith(join(out, 'guide')));
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const pages = own.filter((path) => path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (size(a) >= size(b) ? a : b));
  const total = own.reduce((sum, path) => sum + size(path), 0);
  console.log(
    `docs: ${pages.length} pages in ${out}/, ${kib(total)} brotli without the bundle ` +
      `(largest page ${largest.slice(out.length + 1)}, ${kib(size(largest))}); open ${out}/index.html`,
  );
  // A page stays small to read on a phone; the site grows with its guides (16 pages today).
  const budget = {total: 64 * 1024, page: 8 * 1024};
  if (total > budget.total || size(largest) > budget.page) {
    console.error(
      `docs: over budget (${kib(budget.total)} in all, ${kib(budget.page)} a page): see tools/docs/build.ts.`,
    );
    process.exit(1);
  }
}
