// Runs a JavaScript recipe from docs/cms.md exactly as written: its `import X from 'pkg'`
// lines are given the test's copy of each package, `cmsHtml` is the HTML to clean, and the
// recipe leaves its result in `clean`. Runs in Node and in the browser tests.

/**
 * @param {string} code the recipe block
 * @param {Record<string, unknown>} packages each package the recipe may import, by name
 * @param {string} cmsHtml
 * @returns {string}
 */
export function runRecipe(code, packages, cmsHtml) {
  /** @type {[string, unknown][]} */
  const imported = [];
  const body = code.replace(/^import (\w+) from '([^']+)';$/gm, (_, name, from) => {
    if (!Object.hasOwn(packages, from)) throw new Error(`the recipe imports ${from}, which the test does not give it`);
    imported.push([name, packages[from]]);
    return '';
  });
  // The recipe's own text is what is under test, so it runs as code.
  const run = new Function(...imported.map(([name]) => name), 'cmsHtml', `${body}\nreturn clean;`);
  return run(...imported.map(([, value]) => value), cmsHtml);
}
