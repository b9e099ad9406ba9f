// The test server's side of test/cms.test.ts (wired in web-test-runner.config.mjs): the check
// snippet of docs/cms.md, through a CMS filter configured by its recipe in the docs, as a page
// with the bundle, at /test/cms/<filter>.html:
//   wordpress           WordPress's real kses with the recipe
//   wordpress-before    WordPress's real kses with the README's recipe before issue 17, which
//                       drops `slot` and `collapsible` but keeps `class` (the slot safety net)
//   drupal              the Drupal emulation (test/cms/sanitizers.mjs) with the recipe's line
//   sanitize-html       sanitize-html with the recipe, run as written
// WordPress needs PHP and Debian's `wordpress`: without them the page answers 503, and says why.
import {wordpressBefore} from './readme-before-issue-17.mjs';
import {
  docsRecipes,
  drupalEmulation,
  sanitizeHtmlRecipe,
  wordpressKses,
  wordpressMissing,
  wordpressVersion,
} from './sanitizers.mjs';

/** @type {Record<string, (recipes: ReturnType<typeof docsRecipes>) => string>} */
const filters = {
  wordpress: ({snippet, wordpress}) => wordpressKses(snippet, wordpress),
  'wordpress-before': ({snippet}) => wordpressKses(snippet, wordpressBefore),
  drupal: ({snippet, drupal}) => drupalEmulation(snippet, drupal),
  'sanitize-html': ({snippet, sanitizeHtml}) => sanitizeHtmlRecipe(snippet, sanitizeHtml),
};

/** @type {import('@web/dev-server-core').Middleware} */
export async function cmsPages(context, next) {
  const match = context.path.match(/^\/test\/cms\/([\w-]+)\.html$/);
  if (!match || !Object.hasOwn(filters, match[1])) return next();
  const filter = match[1];
  if (filter.startsWith('wordpress') && !wordpressVersion()) {
    context.status = 503;
    context.body = wordpressMissing;
    return undefined;
  }
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>The check snippet through ${filter}</title>
    <script src="/test/pages/record-problems.js"></script>
    <script type="module" src="/dist/bone-marrow-guide.js"></script>
  </head>
  <body>
    <main>${filters[filter](docsRecipes())}</main>
  </body>
</html>`;
  return undefined;
}
