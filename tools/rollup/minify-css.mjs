// Minifies the stylesheet in build/styles.js (a Lit css`` literal): comments and the
// whitespace a browser ignores go, which is most of its size. Only our own CSS passes through
// here, and it uses no construct where this matters (no strings with runs of spaces, no
// descendant combinator before a pseudo-class), so a few rules suffice. Used by rollup for the
// bundles and by tools/package/lib.ts for the ES modules (and so the render command's HTML).

/**
 * build/styles.js with its stylesheet minified; throws if it has none, so a change of shape
 * fails the build instead of shipping the stylesheet whole.
 * @param {string} code
 */
export function minifyStylesModule(code) {
  const minified = code.replace(/css\s*`([^`]*)`/, (/** @type {string} */ _, /** @type {string} */ stylesheet) => {
    const css = stylesheet
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>+])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
  if (minified === code) throw new Error('build/styles.js: no css`` stylesheet found; update minify-css.mjs');
  return minified;
}

/** @returns {import('rollup').Plugin} */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/build/styles.js')) return null;
      return {code: minifyStylesModule(code), map: null};
    },
  };
}
