// The generated blocks of docs/cms.md: each recipe a CMS admin copies, between markers,
//
//   <!-- recipe: wordpress -->
//
//   ```php
//   …
//   ```
//
//   <!-- /recipe -->
//
// tools/cms/write-recipes.ts writes them from src/markup.ts; the tests read them back and run
// each through its sanitizer exactly as written (test/node/cms.test.ts, test/cms.test.ts).
// Plain JavaScript, so the test server's middleware (test/cms/server.mjs) and the browser
// tests read them too.

const block = /<!-- recipe: ([\w-]+) -->\n+```(\w*)\n((?:(?!```)[\s\S])*?)\n?```\n+<!-- \/recipe -->/g;

/**
 * Each recipe block in a Markdown text, by name.
 * @param {string} markdown
 * @returns {Map<string, {lang: string, code: string}>}
 */
export function readBlocks(markdown) {
  const blocks = new Map();
  for (const [, name, lang, code] of markdown.matchAll(block)) {
    if (blocks.has(name)) throw new Error(`docs: two recipe blocks named "${name}"`);
    blocks.set(name, {lang, code});
  }
  return blocks;
}

/**
 * The Markdown with each named block's code replaced; every block must already have its markers.
 * @param {string} markdown
 * @param {Record<string, {lang: string, code: string}>} blocks
 * @returns {string}
 */
export function writeBlocks(markdown, blocks) {
  const found = readBlocks(markdown);
  const missing = Object.keys(blocks).filter((name) => !found.has(name));
  if (missing.length) throw new Error(`docs: no block for ${missing.join(', ')}; add <!-- recipe: NAME --> markers`);
  return markdown.replace(block, (whole, name) =>
    Object.hasOwn(blocks, name)
      ? `<!-- recipe: ${name} -->\n\n\`\`\`${blocks[name].lang}\n${blocks[name].code}\n\`\`\`\n\n<!-- /recipe -->`
      : whole,
  );
}

/**
 * One recipe's code, or an error that names it.
 * @param {string} markdown
 * @param {string} name
 */
export function recipe(markdown, name) {
  const found = readBlocks(markdown).get(name);
  if (!found) throw new Error(`docs/cms.md has no recipe block "${name}"`);
  return found.code;
}
