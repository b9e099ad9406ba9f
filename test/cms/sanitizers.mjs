// The CMS filters the recipes in docs/cms.md are tested through, in Node. Used by
// test/node/cms.test.ts and, for the browser tests, by the test server (test/cms/server.mjs).
//
//   wordpress      WordPress's real kses (Debian's `wordpress` package, run by PHP)
//   drupal         an EMULATION of Drupal's "Limit allowed HTML tags and correct faulty HTML"
//                  filter: Drupal is not packaged here, so sanitize-html is configured to keep
//                  exactly what Drupal's filter_html keeps for an allowed-tags line
//   sanitize-html  the real sanitize-html package, configured by the recipe's own code
// DOMPurify runs in the browser tests, in each browser's own DOM (test/cms.test.ts).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import sanitizeHtml from 'sanitize-html';
import {recipe} from '../../tools/cms/blocks.mjs';
import {runRecipe} from './run-recipe.mjs';

export const docs = () => readFileSync('docs/cms.md', 'utf8');

const ksesRunner = 'test/cms/wordpress-kses.php';

export const wordpressMissing =
  'PHP or WordPress is not installed: sudo apt-get install --no-install-recommends php-cli wordpress ' +
  '(.ci/run does this in CI)';

/** WordPress's version, or undefined when PHP or WordPress is missing. */
export function wordpressVersion() {
  const run = spawnSync('php', [ksesRunner, '--version'], {encoding: 'utf8'});
  return run.status === 0 && /^\d+\.\d+/.test(run.stdout) ? run.stdout : undefined;
}

/**
 * HTML as WordPress saves it for an author without `unfiltered_html`.
 * @param {string} html
 * @param {string} [phpRecipe] PHP code, as in docs/cms.md (no `<?php`), applied first
 */
export function wordpressKses(html, phpRecipe) {
  const folder = mkdtempSync(join(tmpdir(), 'bmg-kses-'));
  try {
    const file = join(folder, 'recipe.php');
    writeFileSync(file, `<?php\n${phpRecipe ?? ''}\n`);
    const run = spawnSync('php', [ksesRunner, file], {input: html, encoding: 'utf8'});
    if (run.status !== 0) throw new Error(`${ksesRunner} failed (${run.status}): ${run.stderr}${run.error ?? ''}`);
    return run.stdout;
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

/**
 * The tags a Basic HTML text format allows before the recipe's line is added: the usual text
 * tags (a small set, not any site's exact list; what the check snippet's own words use is <p>).
 */
export const drupalBasicHtml =
  '<p> <br> <a href hreflang> <em> <strong> <ul type> <ol start type> <li> <h2 id> <h3 id> <h4 id>';

/**
 * An allowed-tags line read as Drupal's FilterHtml::getHTMLRestrictions() reads it: each tag,
 * and each of its attributes with `true` (any value) or the values allowed (a trailing `*` is a
 * prefix). Drupal adds `lang` and `dir="ltr|rtl"` on every tag, and always drops `style` and `on*`.
 * @param {string} line e.g. `<a href hreflang> <div slot class="bmg-a bmg-b">`
 * @returns {Map<string, Map<string, true | string[]>>}
 */
export function drupalRestrictions(line) {
  const tags = new Map();
  for (const [, tag, attributes] of line.matchAll(
    /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s>]+(?:=(?:"[^"]*"|'[^']*'))?)*)\s*>/g,
  )) {
    const allowed = tags.get(tag.toLowerCase()) ?? new Map();
    for (const [, name, , value] of attributes.matchAll(/([^\s=>]+)(?:=(["'])(.*?)\2)?/g)) {
      const values = (value ?? '').split(/\s+/).filter((v) => v && v !== '*');
      allowed.set(name.toLowerCase(), values.length ? values : true);
    }
    tags.set(tag.toLowerCase(), allowed);
  }
  return tags;
}

/**
 * sanitize-html options that keep what Drupal's filter_html keeps for `line`: the tags listed
 * (others dropped and their text kept, as Xss::filter does); on each, only its listed attributes
 * and Drupal's own `lang` and `dir`, never `style` or `on*`; of an attribute whose values are
 * listed, only those values (a trailing `*` a prefix), and the attribute removed when none is
 * left (FilterHtml::filterElementAttributes). sanitize-html only parses and writes; the
 * attribute rules are FilterHtml's, in transformTags.
 * @param {string} line
 * @returns {import('sanitize-html').IOptions}
 */
export function drupalAsSanitizeHtml(line) {
  const restrictions = drupalRestrictions(line);
  /** @type {Map<string, true | string[]>} Drupal's own, on every tag; they win over a tag's (PHP's `+`). */
  const global = new Map([
    ['lang', true],
    ['dir', ['ltr', 'rtl']],
  ]);
  const allows = (/** @type {true | string[]} */ rule, /** @type {string} */ value) =>
    rule === true ||
    rule.some((allowed) => (allowed.endsWith('*') ? value.startsWith(allowed.slice(0, -1)) : allowed === value));
  return {
    allowedTags: [...restrictions.keys()],
    allowedAttributes: false, // every attribute reaches transformTags, which applies Drupal's rules
    nonBooleanAttributes: [],
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    disallowedTagsMode: 'discard',
    transformTags: {
      '*': (tagName, attribs) => {
        const rules = new Map([...(restrictions.get(tagName) ?? []), ...global]);
        /** @type {Record<string, string>} */
        const kept = {};
        for (const [name, value] of Object.entries(attribs)) {
          const rule =
            rules.get(name) ?? [...rules].find(([key]) => key.endsWith('*') && name.startsWith(key.slice(0, -1)))?.[1];
          if (!rule || name === 'style' || name.startsWith('on')) continue;
          const values = rule === true ? [value] : value.split(/\s+/).filter((each) => each && allows(rule, each));
          if (rule === true || values.length) kept[name] = values.join(' ');
        }
        return {tagName, attribs: kept};
      },
    },
  };
}

/**
 * HTML as the Drupal emulation keeps it, for a Basic HTML format with `line` added.
 * @param {string} html
 * @param {string} [line] the recipe's allowed-tags line
 */
export function drupalEmulation(html, line = '') {
  return sanitizeHtml(html, drupalAsSanitizeHtml(`${drupalBasicHtml} ${line}`));
}

/**
 * HTML as the sanitize-html recipe in docs/cms.md keeps it, run as written.
 * @param {string} html
 * @param {string} code
 */
export function sanitizeHtmlRecipe(html, code) {
  return runRecipe(code, {'sanitize-html': sanitizeHtml}, html);
}

/** The check snippet and each recipe, as docs/cms.md has them. */
export function docsRecipes(markdown = docs()) {
  const block = (/** @type {string} */ name) => recipe(markdown, name);
  return {
    snippet: block('snippet'),
    wordpress: block('wordpress'),
    drupal: block('drupal'),
    dompurify: block('dompurify'),
    sanitizeHtml: block('sanitize-html'),
  };
}
