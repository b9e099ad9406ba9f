// Minifies the stylesheet in build/styles.js (a Lit css`` literal): comments and the
// whitespace a browser ignores go, which is most of its size. Only our own CSS passes through
// here, and it uses no construct where this matters (no strings with runs of spaces, no
// descendant combinator before a pseudo-class), so a few rules suffice.
/** @returns {import('rollup').Plugin} */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/build/styles.js')) return null;
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
      if (minified === code) this.error('build/styles.js: no css`` stylesheet found; update minifyCss');
      return {code: minified, map: null};
    },
  };
}
