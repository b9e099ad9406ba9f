// `npm run build`: content and translations to generated code, one compile, the bundles
// within their size budgets, the manifest. The bundles are written beside dist/ and moved into
// place only once all of them are complete, so a failed build leaves the previous dist/
// working (the translation review page, a local demo).
import {spawnSync} from 'node:child_process';
import {existsSync, renameSync, rmSync} from 'node:fs';
import {integrity} from './integrity.mjs';

/** Where rollup writes (rollup.config.mjs); becomes dist/ when every step has passed. */
const staging = 'build/dist-next';

function step(name: string, command: string, args: string[]): void {
  const {status} = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) {
    console.error(`\nbuild: ${name} failed (see above); dist/ is unchanged.`);
    process.exit(1);
  }
}

const bin = (name: string) => `node_modules/.bin/${name}`;

for (const folder of ['build', 'src/generated']) rmSync(folder, {recursive: true, force: true});
step('content', process.execPath, ['--import', 'tsx', 'tools/build-content.ts']);
step('compile', bin('tsc'), ['-p', 'tsconfig.json']);
step('bundle', bin('rollup'), ['-c', '--silent']);
step('size budgets', process.execPath, ['--import', 'tsx', 'tools/size.ts', '--dist', staging]);
step('lib', process.execPath, ['--import', 'tsx', 'tools/package/lib.ts']);
step('manifest', bin('cem'), ['analyze', '--quiet']);
if (existsSync('dist')) rmSync('dist', {recursive: true});
renameSync(staging, 'dist');
// For the <script integrity> of a page that loads the bundle from a CDN (README, web editors).
console.log(`dist/bone-marrow-guide.js: integrity="${integrity('dist/bone-marrow-guide.js')}"`);
