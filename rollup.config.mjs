// Bundles the compiled JavaScript in build/ (see tsconfig.json) into the one file a hospital
// page includes, plus one chunk per locale other than English, which the bundle imports on
// first use from beside itself (locales/). Lit's package exports give its production build.
//
//   dist/       the production bundle: English and the translations in xliff/ that are released
//               (tools/l10n/release.ts; written to build/dist-next/, which tools/build.ts moves
//               into place once the build is done), languages.json (which, and why),
//               and bone-marrow-guide-hydrate.js, the same with hydration support for
//               pre-rendered HTML (src/hydrate.ts, src/server/)
//               and embed.html, embed.js and embed.css, the iframe embed (src/embed/)
//   build/dev/  the same with every translation, held back or not, and the pseudo-locales en-XA
//               and ar-XB (written to build/dev-next/), for tests and the translation review
//               page; never shipped
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyCss} from './tools/rollup/minify-css.mjs';
import {trustedTypesPolicy} from './tools/rollup/trusted-types-policy.mjs';

/**
 * generated/locales.js loads each locale with a plain `import('./locales/es.js')`, which npm
 * users' bundlers follow. Here, make each its own chunk, and import it at a fresh URL on each
 * attempt: a browser remembers a failed module fetch for the life of the page, so a retry at
 * the same URL would fail without asking the network (see translations.ts).
 */
function retryableLocaleChunks() {
  const loader = /\(\) => import\((["'])(\.\/[\w/.-]+\.js)\1\)/g;
  return {
    name: 'retryable-locale-chunks',
    transform(code, id) {
      if (!/\/build\/generated\/locales(-dev)?\.js$/.test(id.replaceAll('\\', '/'))) return null;
      const rewritten = code.replace(loader, (_, quote, path) => {
        const ref = this.emitFile({type: 'chunk', id: resolve(dirname(id), path)});
        return `(attempt) => import(import.meta.ROLLUP_FILE_URL_${ref} + (attempt ? '?retry=' + attempt : ''))`;
      });
      // No loader at all is a build that ships English only (every language held back).
      if (rewritten === code && code.includes('import(')) {
        this.error('generated/locales.js: a locale loader in an unknown form; update retryableLocaleChunks');
      }
      return {code: rewritten, map: null};
    },
  };
}

/**
 * dist/locales.json: each locale's chunk, by tag. The render command reads it to write the
 * `<link rel="modulepreload">` that fetches a page's language in parallel with the bundle.
 */
function localeManifest() {
  return {
    name: 'locale-manifest',
    generateBundle(_, bundle) {
      const locale = /\/generated\/locales\/([^/]+)\.js$/;
      const manifest = Object.fromEntries(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk' && locale.test(file.facadeModuleId?.replaceAll('\\', '/') ?? ''))
          .map((chunk) => [chunk.facadeModuleId.replaceAll('\\', '/').match(locale)[1], chunk.fileName]),
      );
      this.emitFile({type: 'asset', fileName: 'locales.json', source: `${JSON.stringify(manifest, null, 2)}\n`});
    },
  };
}

/**
 * dist/bone-marrow-guide.css: the elements' stylesheet as the bundle carries it (minified), for
 * pre-rendered HTML on a page whose Content-Security-Policy blocks inline styles: the render
 * command links it from inside each shadow root (docs/csp.md).
 */
function stylesheetFile() {
  return {
    name: 'stylesheet-file',
    generateBundle() {
      const id = [...this.getModuleIds()].find((module) => module.replaceAll('\\', '/').endsWith('/build/styles.js'));
      const code = /css\s*`([^`]*)`/.exec(this.getModuleInfo(id)?.code ?? '')?.[1];
      // As the template reads: its only escape may be \\ (a CSS escape such as '\200b'); any other
      // escape, or a ${}, would read differently as a file: say so, not ship it wrong.
      if (!code || /\$\{/.test(code) || /\\/.test(code.replaceAll('\\\\', ''))) {
        this.error('build/styles.js: no plain css`` stylesheet found');
      }
      this.emitFile({type: 'asset', fileName: 'bone-marrow-guide.css', source: code.replaceAll('\\\\', '\\')});
    },
  };
}

/** The development bundle's locale table includes the pseudo-locales. */
function withPseudoLocales() {
  return {
    name: 'with-pseudo-locales',
    resolveId(source, importer) {
      if (source === './generated/locales.js' && importer?.replaceAll('\\', '/').endsWith('/build/translations.js')) {
        return resolve(dirname(importer), 'generated/locales-dev.js');
      }
      return null;
    },
  };
}

/** The iframe embed's page and stylesheet, beside its script: src/embed/, copied as they are. */
function embedPage() {
  return {
    name: 'embed-page',
    generateBundle() {
      for (const fileName of ['embed.html', 'embed.css']) {
        this.emitFile({type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8')});
      }
    },
  };
}

const plugins = [
  retryableLocaleChunks(),
  minifyCss(),
  // Lit's Trusted Types policy, renamed to the guide's own: see tools/rollup/.
  trustedTypesPolicy(),
  nodeResolve(),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

const bundle = (dir, extraPlugins = [], {input = 'build/index.js', name = 'bone-marrow-guide'} = {}) => ({
  input,
  output: {
    dir,
    format: 'es',
    sourcemap: true,
    entryFileNames: `${name}.js`,
    // Hashed names let a page cache a locale for good; the bundle names the right one.
    chunkFileNames: 'locales/[name]-[hash].js',
  },
  plugins: [...extraPlugins, ...plugins],
});

export default [
  bundle('build/dist-next', [localeManifest(), stylesheetFile()]),
  // For pre-rendered HTML: the same, able to take it over as it is (src/hydrate.ts). Its locale
  // chunks are the same files as the bundle's above.
  bundle('build/dist-next', [], {input: 'build/hydrate.js', name: 'bone-marrow-guide-hydrate'}),
  bundle('build/dev-next', [withPseudoLocales()]),
  // The iframe embed: a small script of its own (no Lit: the page loads the bundle beside it).
  {
    input: 'build/embed/embed.js',
    output: {dir: 'build/dist-next', format: 'es', sourcemap: true, entryFileNames: 'embed.js'},
    plugins: [embedPage(), nodeResolve(), terser({ecma: 2021, module: true, format: {comments: false}})],
  },
];
