#!/usr/bin/env node
/**
 * `npx bone-marrow-guide render <element> [options]`: prints an element as HTML to paste into a
 * page (a CMS's HTML block, a static site), followed by the script that hydrates it. The HTML
 * shows at once and reads completely without any script. Anything it cannot do exactly as asked
 * (an unknown language, section or option) is one line on stderr and exit code 1, never a
 * different page printed with exit code 0.
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {guideTags, isShipped, RenderError, renderedLocale, renderToHtml, shippedLocales} from './render.js';
import {shown} from './shown.js';

const usage = `Usage: bone-marrow-guide render <element> [options]

  <element>             ${guideTags.join(', ')}
  --locale <tag>        the language: ${shippedLocales.join(', ')}, or a tag that starts with one,
                        e.g. es-MX (default: ${shippedLocales[0]}); any other is an error
  --locale-fallback     with a --locale that is not shipped, print ${shippedLocales[0]} instead (and say so)
  --sections "<ids>"    only these sections, e.g. "bleeding infection" (default: all)
  --heading-level <n>   level of the section headings, 1 to 6 (default 2)
  --collapsible         each section under a heading that opens and closes it (open in
                        the HTML, which must read without a script)
  --base <url>          where the guide's dist/ folder is served, e.g. /assets/bone-marrow-guide/
                        (default ./)
  --inline-styles       styles in a <style> element, not a link to <base>bone-marrow-guide.css
                        (a page whose Content-Security-Policy has style-src 'self' blocks them)
  --no-script           the HTML alone: no modulepreload link, no script tag`;

/** The longest message line printed: a value on the command line may be any size. */
const maxMessageLength = 300;

function fail(message: string): never {
  // Node's own messages (parseArgs) quote arguments raw: no control character reaches the terminal.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const safe = message.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '?');
  const line = safe.length > maxMessageLength ? `${safe.slice(0, maxMessageLength)}…` : safe;
  console.error(`bone-marrow-guide: ${line}\n\n${usage}`);
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
      'locale-fallback': {type: 'boolean'},
      sections: {type: 'string'},
      'heading-level': {type: 'string'},
      collapsible: {type: 'boolean'},
      base: {type: 'string', default: './'},
      'inline-styles': {type: 'boolean'},
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
if (command !== 'render') fail(command ? `unknown command ${shown(command)}` : 'say what to do: render');
if (!tag) fail('name the element to render');
if (!guideTags.includes(tag)) fail(`unknown element ${shown(tag)}`);
if (extra.length) fail(`unexpected ${extra.slice(0, 3).map(shown).join(' ')}${extra.length > 3 ? ' …' : ''}`);
const level = values['heading-level'];
if (level !== undefined && !/^[1-6]$/.test(level)) fail(`--heading-level must be 1 to 6, not ${shown(level)}`);

if (values.base.length > 1000) fail(`--base must be a URL, not ${shown(values.base)}`);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
let locale: string;
try {
  locale = renderedLocale(values.locale ?? '', values['locale-fallback'], '--locale-fallback');
} catch (error) {
  fail((error as Error).message.replace(/^locale/, '--locale'));
}
if (!isShipped(values.locale ?? '')) {
  console.error(
    `bone-marrow-guide: ${shown(values.locale)} is not a shipped language; printed ${locale} (--locale-fallback).`,
  );
}
let element: string;
try {
  element = await renderToHtml(tag, {
    locale,
    sections: values.sections,
    headingLevel: level === undefined ? undefined : Number(level),
    collapsible: values.collapsible,
    stylesheet: values['inline-styles'] ? undefined : `${base}bone-marrow-guide.css`,
  });
} catch (error) {
  if (!(error instanceof RenderError)) throw error;
  fail(error.message.replace(/^sections /, '--sections '));
}
if (values['no-script']) {
  console.log(element);
} else {
  const chunk = localeChunks()[locale];
  // The page's language arrives with the bundle, not after it: no English shows first.
  const preload = chunk ? `<link rel="modulepreload" href="${escapeAttribute(base + chunk)}">\n` : '';
  const script = `<script type="module" src="${escapeAttribute(`${base}bone-marrow-guide-hydrate.js`)}"></script>`;
  console.log(`${preload}${element}\n${script}`);
}
