// The test server's pre-rendered pages (wired in web-test-runner.config.mjs), made by the
// render command's own code (build/server/render.js) for each element and language:
//
//   /test/pre-rendered/<tag>.<locale>.<kind>.html[?query]
//
// kinds:
//   static              the HTML alone, no script: what crawlers, reader modes and a failed script see;
//   hydrate             the HTML, then the hydrating bundle, as the render command prints it;
//   plain               the same HTML with the script-tag bundle, which cannot hydrate;
//   plain-then-hydrate  both bundles, the script-tag one first (two copies of the guide on a page);
//   hydrate-then-plain  both, the other way round;
//   fragment            the element's HTML alone, for a test to insert into a page later.
// query:
//   case=<name>         the HTML as a page may come to hold it (cases below; default pristine)
//   sections, level, collapsible=1   render options (default: every section, level 2)
//   stylesheet=1        link dist/bone-marrow-guide.css instead of a <style> (docs/csp.md)
//   csp=readme          serve the page with the README's strict Content-Security-Policy
//   csp=readme-hash     the same, with the hash of the page's <style> allowed in style-src
//   lang=<tag>          the page's own lang (default: the locale rendered)
//   copy=<copy>         load the bundle from /test/bundle-copies/<copy>/ (e.g. missing: no chunk loads)
//
// Every page loads test/pages/record-problems.js (errors, policy violations, warnings) first, and
// all but static test/pages/note-pre-rendered.js (the pre-rendered nodes before any module runs).
import {createHash} from 'node:crypto';

/** The policy README.md prints for a strict page ("Serving the script"), exactly. */
export const readmePolicy =
  "script-src 'self' https://cdn.example.org; style-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types bone-marrow-guide lit-html';

/** The element's start tag, edited by `edit` (which gets and returns its attribute text). */
const host = (html, edit) => html.replace(/^<([a-z-]+)([^>]*)>/, (_, tag, attributes) => `<${tag}${edit(attributes)}>`);
const setAttribute = (attributes, name, value) =>
  `${attributes.replace(new RegExp(`\\s${name}(="[^"]*")?`), '')} ${name}${value === '' ? '' : `="${value}"`}`;
const removeAttribute = (attributes, name) => attributes.replace(new RegExp(`\\s${name}(="[^"]*")?`), '');

/**
 * What a page may hold instead of the render command's HTML: an editor's change to the pasted
 * tag, a CMS filter, a cut, a tamper, another release. Each takes the HTML and the element's
 * first section id.
 */
export const cases = {
  pristine: (html) => html,
  'locale-edited': (html) => host(html, (a) => setAttribute(a, 'locale', 'en')),
  'locale-stripped': (html) => host(html, (a) => removeAttribute(a, 'locale')),
  'sections-edited': (html, firstSection) => host(html, (a) => setAttribute(a, 'sections', firstSection)),
  'level-edited': (html) => host(html, (a) => setAttribute(a, 'heading-level', '3')),
  'collapsible-added': (html) => host(html, (a) => setAttribute(a, 'collapsible', '')),
  'collapsible-removed': (html) => host(html, (a) => removeAttribute(a, 'collapsible')),
  'record-removed': (html) => html.replace(/<!--bone-marrow-guide [^>]*-->/, ''),
  'comments-removed': (html) => html.replace(/<!--[\s\S]*?-->/g, ''),
  'node-markers-removed': (html) => html.replace(/<!--lit-node \d+-->/g, ''),
  'part-digests-damaged': (html) => html.replace(/<!--lit-part [^>]+-->/g, '<!--lit-part AAAAAAAAAAA=-->'),
  truncated: (html) => html.slice(0, 6000),
  'text-edited': (html) => html.replace(/(<h2[^>]*>(?:<!--[^>]*-->)*)[^<]+/, '$1An edited heading'),
  'attribute-edited': (html) => html.replace(/(class="definition"[^>]*?)\s+hidden/, '$1'),
  'section-deleted': (html) => html.replace(/<section[^>]*>[\s\S]*?<\/section>/, ''),
  closed: (html) =>
    html.replace('shadowroot="open" shadowrootmode="open"', 'shadowroot="closed" shadowrootmode="closed"'),
  'other-release': (html) => html.replace(/ content=[0-9a-f]+/, ' content=0123456789abcdef'),
};

const kinds = 'static|hydrate|plain|plain-then-hydrate|hydrate-then-plain|fragment';
const pagePath = new RegExp(`^/test/pre-rendered/([a-z-]+)\\.([\\w-]+)\\.(${kinds})\\.html$`);

/**
 * @param {(tag: string, options: object) => Promise<string>} renderToHtml the render command's API
 * @param {Record<string, string>} localeChunks dist/locales.json
 */
export function preRenderedPages(renderToHtml, localeChunks) {
  return async (context, next) => {
    const match = context.path.match(pagePath);
    if (!match) return next();
    const [, tag, locale, kind] = match;
    const {query} = context;
    const edit = cases[query.case ?? 'pristine'];
    if (!edit) throw new Error(`no case ${query.case}`);
    const rendered = await renderToHtml(tag, {
      locale,
      headingLevel: Number(query.level ?? 2),
      ...(query.sections ? {sections: query.sections} : {}),
      ...(query.collapsible === '1' ? {collapsible: true} : {}),
      ...(query.stylesheet === '1' ? {stylesheet: '/dist/bone-marrow-guide.css'} : {}),
    });
    const firstSection = rendered.match(/data-section="([^"]+)"/)[1];
    const element = edit(rendered, firstSection);
    context.type = 'html';
    if (kind === 'fragment') {
      context.body = element;
      return undefined;
    }
    const from = query.copy ? `/test/bundle-copies/${query.copy}` : '/dist';
    const chunk = localeChunks[locale];
    const bundle = (name) => `<script type="module" src="${from}/${name}"></script>`;
    const scripts = {
      static: '',
      hydrate: bundle('bone-marrow-guide-hydrate.js'),
      plain: bundle('bone-marrow-guide.js'),
      'plain-then-hydrate': bundle('bone-marrow-guide.js') + bundle('bone-marrow-guide-hydrate.js'),
      'hydrate-then-plain': bundle('bone-marrow-guide-hydrate.js') + bundle('bone-marrow-guide.js'),
    }[kind];
    // The module scripts in the head run after the page is parsed, as at the end of the body;
    // there, HTML cut short inside its <template> would swallow them.
    const preload = chunk && !query.copy && kind !== 'static' ? `<link rel="modulepreload" href="/dist/${chunk}">` : '';
    const head = `${preload}<script src="/test/pages/record-problems.js"></script>${scripts}`;
    if (query.csp === 'readme') context.set('Content-Security-Policy', readmePolicy);
    if (query.csp === 'readme-hash') {
      // The README's policy, with the hash of the <style> the render command writes (docs/csp.md).
      const style = /<style>([\s\S]*?)<\/style>/.exec(element)[1];
      const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
      context.set('Content-Security-Policy', readmePolicy.replace("style-src 'self'", `style-src 'self' ${hash}`));
    }
    const note = kind === 'static' ? '' : '<script src="/test/pages/note-pre-rendered.js"></script>';
    context.body = `<!doctype html><html lang="${query.lang ?? locale}">
    <head><meta charset="utf-8"><title>${tag}</title>${head}</head>
    <body><main>${element}</main>${note}</body></html>`;
    return undefined;
  };
}
