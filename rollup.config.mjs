// Bundles the compiled JavaScript in build/ (see tsconfig.json) into the one file a hospital
// page includes, plus one chunk per locale other than English, which the bundle imports on
// first use from beside itself (dist/locales/). Lit's package exports give its production build.
import {basename, dirname, resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The msg() calls in generated/content.js carry a `desc` for translators (it goes into the
 * XLIFF notes); a reader's browser never needs it. Each call ends `{id: "...", desc: "..."})`
 * as the generator wrote it (tsc only adds spaces), so the desc can be cut exactly; if that
 * shape ever changes, the build fails here instead of shipping the notes.
 */
function dropMessageDescriptions() {
  return {
    name: 'drop-message-descriptions',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/build/generated/content.js')) return null;
      const cut = code.replace(/,\s*desc:\s*"(?:[^"\\]|\\.)*"\s*\}\)/g, ' })');
      if (/\bdesc:/.test(cut))
        this.error('generated/content.js: a msg() desc was not removed; update dropMessageDescriptions');
      return {code: cut, map: null};
    },
  };
}

/**
 * generated/locales.js names each locale's module as `new URL('./locales/es.js', import.meta.url)`
 * (a URL, not an import(), so a failed load can be retried at a fresh URL; see translations.ts).
 * Emit each as its own chunk and point the URL at it.
 */
function localeChunks() {
  const localeUrl = /new URL\((['"])(\.\/[\w/-]+\.js)\1, import\.meta\.url\)/g;
  return {
    name: 'locale-chunks',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/build/generated/locales.js')) return null;
      const rewritten = code.replace(localeUrl, (_, quote, path) => {
        const ref = this.emitFile({type: 'chunk', id: resolve(dirname(id), path), name: basename(path, '.js')});
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      if (rewritten === code) this.error('generated/locales.js: no locale URL found; update localeChunks');
      return {code: rewritten, map: null};
    },
  };
}

export default {
  input: 'build/index.js',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: 'bone-marrow-guide.js',
    // Hashed names let a page cache a locale for good; the bundle names the right one.
    chunkFileNames: 'locales/[name]-[hash].js',
  },
  plugins: [
    dropMessageDescriptions(),
    localeChunks(),
    nodeResolve(),
    terser({ecma: 2021, module: true, format: {comments: false}}),
  ],
  onwarn(warning, warn) {
    // tsc's __decorate helper starts with `this && this.__decorate`, which is undefined at the
    // top of an ES module; the helper falls back to its own code, so this warning is noise.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
};
