#!/usr/bin/env node
/**
 * `npx bone-marrow-guide render <element> [options]`: prints an element as HTML to paste into a
 * page (a CMS's HTML block, a static site), followed by the script that hydrates it. The HTML
 * shows at once and reads completely without any script.
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {guideTags, renderedLocale, renderToHtml} from './render.js';

const usage = `Usage: bone-marrow-guide render <element> [options]

  <element>             ${guideTags.join(', ')}
  --locale <tag>        the language, e.g. es or es-MX (default: English)
  --sections "<ids>"    only these sections, e.g. "bleeding infection" (default: all)
  --heading-level <n>   level of the section headings, 1 to 6 (default 2)
  --collapsible         each section as a closed disclosure
  --base <url>          where the guide's dist/ folder is served, e.g. /assets/bone-marrow-guide/
                        (default ./)
  --no-script           the HTML alone: no modulepreload link, no script tag`;

function fail(message: string): never {
  console.error(`bone-marrow-guide: ${message}\n\n${usage}`);
  process.exit(1);
}

/** The locale chunks of the shipped bundle, by tag, from dist/locales.json. */
function localeChunks(): Record<string, string> {
  for (const candidate of ['../../dist/locales.json', '../../locales.json']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
  }
  return fail('cannot find the bundle (dist/locales.json); build it first with npm run build');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      locale: {type: 'string'},
      sections: {type: 'string'},
      'heading-level': {type: 'string'},
      collapsible: {type: 'boolean'},
      base: {type: 'string', default: './'},
      'no-script': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const {values, positionals} = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, tag, ...extra] = positionals;
if (command !== 'render') fail(command ? `unknown command "${command}"` : 'say what to do: render');
if (!tag) fail('name the element to render');
if (!guideTags.includes(tag)) fail(`unknown element "${tag}"`);
if (extra.length) fail(`unexpected ${extra.map((word) => `"${word}"`).join(' ')}`);
const level = values['heading-level'];
if (level !== undefined && !/^[1-6]$/.test(level)) fail(`--heading-level must be 1 to 6, not "${level}"`);

const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const locale = renderedLocale(values.locale);
const element = await renderToHtml(tag, {
  locale,
  sections: values.sections,
  headingLevel: level === undefined ? undefined : Number(level),
  collapsible: values.collapsible,
});
if (values['no-script']) {
  console.log(element);
} else {
  const chunk = localeChunks()[locale];
  // The page's language arrives with the bundle, not after it: no English shows first.
  const preload = chunk ? `<link rel="modulepreload" href="${escapeAttribute(base + chunk)}">\n` : '';
  const script = `<script type="module" src="${escapeAttribute(`${base}bone-marrow-guide-hydrate.js`)}"></script>`;
  console.log(`${preload}${element}\n${script}`);
}
