// The test server's side of test/embedding.test.ts, test/react.test.ts and
// test/package-app.test.ts (wired in web-test-runner.config.mjs): the ways a hospital or a
// portal serves the guide, each at its own URL.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {build} from 'esbuild';
import {integrity} from '../../tools/integrity.mjs';
import {packedApp} from '../package/packed-app.mjs';
import {withLocaleWait} from './locale-wait.mjs';

/**
 * The policy we document for a page that runs its own Lit beside the script-tag bundle: the
 * bundle's policy (tools/rollup/trusted-types-policy.mjs) and the page's Lit's, nothing else.
 */
export const policyBesideLit =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types bone-marrow-guide lit-html';

/**
 * /test/cors/<mode>/… serves dist/…, as a CDN on another origin would, with or without
 * `Access-Control-Allow-Origin: *` (the test server answers on localhost and 127.0.0.1, so a
 * page on one loads from the other):
 *   none         no header: a module script from another origin is refused;
 *   bundle-only  the header on the bundle, not on locales/: the bundle runs, its chunks fail;
 *   all          the header on everything, as the README asks of a CDN;
 *   docs         the same, for the docs site's own copy (build/docs/guide/), whose integrity
 *                value its snippet builder gives (test/docs.test.ts).
 * The files are sent as the CDN holds them (cdn() below), past the test server's esbuild
 * transform (which rewrites every .js it serves), so their bytes match the Subresource
 * Integrity value.
 */
const cors = async (context, next) => {
  const match = context.path.match(/^\/test\/cors\/(none|bundle-only|all|docs)\/([\w-]+(?:\/[\w-]+)*\.js)$/);
  if (!match) return next();
  const [, mode, file] = match;
  try {
    context.body = await readFile(join(mode === 'docs' ? 'build/docs/guide' : cdn(), file));
  } catch {
    context.status = 404;
    return undefined;
  }
  context.type = 'js';
  context.set('Cache-Control', 'no-store'); // each mode's answer, never another's from cache
  if (mode === 'all' || mode === 'docs' || (mode === 'bundle-only' && !file.startsWith('locales/'))) {
    context.set('Access-Control-Allow-Origin', '*');
  }
  return undefined;
};

/**
 * What the CDN holds: dist/'s files with the locale wait every bundle has in the tests
 * (test/server/locale-wait.mjs), written once per run to build/test/cdn/.
 */
let cdnFolder;
function cdn() {
  if (cdnFolder) return cdnFolder;
  const folder = 'build/test/cdn';
  rmSync(folder, {recursive: true, force: true});
  for (const file of readdirSync('dist', {recursive: true}).filter((name) => name.endsWith('.js'))) {
    mkdirSync(dirname(join(folder, file)), {recursive: true});
    writeFileSync(join(folder, file), withLocaleWait(readFileSync(join('dist', file), 'utf8')));
  }
  return (cdnFolder = folder);
}

/** The bundle's Subresource Integrity, computed as `npm run build` computes it, of the bytes the CDN sends. */
const integrityValue = async (context, next) => {
  if (context.path !== '/test/integrity') return next();
  context.type = 'json';
  context.body = JSON.stringify({bundle: integrity(join(cdn(), 'bone-marrow-guide.js'))});
  return undefined;
};

/** The Trusted Types pages: the page's own Lit and the bundle, in each order. */
const trustedTypesPages = async (context, next) => {
  await next();
  if (/^\/test\/pages\/trusted-types-[\w-]+\.html$/.test(context.path)) {
    context.set('Content-Security-Policy', policyBesideLit);
  }
};

/** /packed-app/<bundler>/… is the app built from the packed tarball (test/package/packed-app.mjs), on first use. */
let app;
const packedAppPages = async (context, next) => {
  if (!context.path.startsWith('/packed-app/')) return next();
  await (app ??= packedApp());
  context.url = context.url.replace(/^\/packed-app\//, '/build/packed-app/www/');
  return next();
};

export const embeddingMiddleware = [cors, integrityValue, trustedTypesPages, packedAppPages];

/**
 * React ships CommonJS only, which browsers cannot import. For test/react.test.ts, esbuild
 * bundles `react`, `react-dom` and `react-dom/client` once into ES modules that share one React,
 * each with React's own export names, and the dev server answers the bare imports with them.
 */
/** A CommonJS module's export names, read in a child process: React's code stays out of the test runner's. */
const exportNames = (module) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(module)}))))`],
      {
        encoding: 'utf8',
        env: {...process.env, NODE_ENV: 'production'},
      },
    ),
  );
const reactEntries = {react: 'react', 'react-dom': 'react-dom', 'react-dom-client': 'react-dom/client'};
let reactBuild;

async function bundleReact() {
  const result = await build({
    entryPoints: Object.fromEntries(Object.keys(reactEntries).map((name) => [name, `react-entry:${name}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/__react',
    define: {'process.env.NODE_ENV': '"production"'},
    logLevel: 'error',
    plugins: [
      {
        name: 'react-entries',
        setup(esbuild) {
          esbuild.onResolve({filter: /^react-entry:/}, ({path}) => ({path: path.slice(12), namespace: 'react-entry'}));
          esbuild.onLoad({filter: /.*/, namespace: 'react-entry'}, ({path}) => {
            const module = reactEntries[path];
            const names = exportNames(module).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
            return {
              contents: `import m from '${module}';\nexport default m;\nexport const {${names.join(', ')}} = m;\n`,
              resolveDir: process.cwd(),
            };
          });
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

export const reactAsModules = {
  name: 'react-as-es-modules',
  resolveImport({source}) {
    const name = Object.keys(reactEntries).find((entry) => reactEntries[entry] === source);
    return name && `/__react/${name}.js`;
  },
  async serve(context) {
    if (!context.path.startsWith('/__react/')) return undefined;
    const body = (await (reactBuild ??= bundleReact())).get(context.path);
    return body === undefined ? undefined : {body, type: 'js'};
  },
};
