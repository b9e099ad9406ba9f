// A portal team's first steps, done for real once per build: `npm pack` this package, install
// the tarball into a fresh app (with `lit`, its peer), and bundle that app with esbuild and with
// rollup. The Node tests (test/node/package.test.ts, and test/node/typings.test.ts, which
// compiles typed uses in it) inspect the result; the browser test
// (test/package-app.test.ts, served by web-test-runner.config.mjs) opens the app's Spanish page.
//
// The app lives in build/packed-app/ and is rebuilt only when the tarball would differ (its
// integrity, from `npm pack --dry-run`) or this file did, so both test runs share one install. Needs
// `npm run build` first. `lit` comes from npm's cache when it is there (npm ci put it there),
// else from the registry.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build} from 'esbuild';
import {rollup} from 'rollup';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = join(root, 'build/packed-app');

/** The page a portal would serve: Spanish, the three tags, the app's own bundle. */
const page = `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>Portal del paciente</title>
    <script src="/test/pages/record-problems.js"></script>
    <script type="module" src="assets/main.js"></script>
  </head>
  <body>
    <h1>Su biopsia de médula ósea</h1>
    <procedure-overview></procedure-overview>
    <risk-list></risk-list>
    <results-explainer></results-explainer>
  </body>
</html>
`;

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });

let packed;
/**
 * What `npm pack` would put in the tarball: [{path, size}], and the tarball's integrity. Asked
 * of npm once per process (a second or more each time): the build does not change meanwhile.
 */
export function packList() {
  if (!packed) {
    const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json'], root));
    packed = {files: pack.files, integrity: pack.integrity, filename: pack.filename};
  }
  return packed;
}

/** Each bundler, as a portal would set it up for an app whose entry is main.js: ES modules, code splitting. */
const bundlers = {
  esbuild: (app, outdir) =>
    build({
      absWorkingDir: app,
      entryPoints: ['main.js'],
      bundle: true,
      splitting: true, // the locale modules' import() become chunks of the app's own
      format: 'esm',
      minify: true,
      outdir,
      logLevel: 'error',
    }),
  rollup: async (app, dir) => {
    const bundle = await rollup({input: join(app, 'main.js'), plugins: [nodeResolve()], logLevel: 'silent'});
    await bundle.write({dir, format: 'es', chunkFileNames: '[name]-[hash].js'});
    await bundle.close();
  },
};

/**
 * Packs, installs and bundles the app unless build/packed-app/ already holds it for this
 * tarball. Returns its folders: `app` (package.json, node_modules, consumer.ts) and `www`,
 * which holds, per bundler, the page and the bundler's output (www/esbuild/assets/,
 * www/rollup/assets/).
 */
export async function packedApp() {
  // The tarball and this recipe: a change to either builds the app again.
  const recipe = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex');
  const integrity = `${packList().integrity} ${recipe}`;
  const stamp = join(folder, 'integrity');
  const result = {app: join(folder, 'app'), www: join(folder, 'www')};
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === integrity) return result;

  const next = `${folder}-next-${process.pid}`;
  rmSync(next, {recursive: true, force: true});
  const app = join(next, 'app');
  mkdirSync(app, {recursive: true});
  const [{filename}] = JSON.parse(npm(['pack', '--json', '--pack-destination', next], root));
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'portal', private: true, type: 'module'}));
  // The peers a portal installs, at the versions this repository tests with: lit, and for React
  // @lit/react and React's typings. test/node/typings.test.ts compiles the typed uses in the app;
  // vue, vue-tsc and Angular's compiler come from the repository's own node_modules (above the app).
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const peers = ['lit', '@lit/react', '@types/react'].map((name) => `${name}@${version(name)}`);
  npm(['install', '--prefer-offline', '--no-package-lock', join(next, filename), ...peers], app);

  writeFileSync(join(app, 'main.js'), "import 'bone-marrow-guide';\n");
  for (const [bundler, bundle] of Object.entries(bundlers)) {
    await bundle(app, join(next, 'www', bundler, 'assets'));
    writeFileSync(join(next, 'www', bundler, 'index.html'), page);
  }
  writeFileSync(join(next, 'integrity'), integrity);

  rmSync(folder, {recursive: true, force: true});
  renameSync(next, folder);
  return result;
}
