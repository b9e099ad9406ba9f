// `npm run build`: content and translations to generated code, one compile, the bundles, the
// manifest. The bundles are written beside dist/ and moved into place only once all of them
// are complete, so a failed build leaves the previous dist/ working (the translation review
// page, a local demo).
import {spawnSync} from 'node:child_process';
import {existsSync, renameSync, rmSync} from 'node:fs';

/** Where rollup writes (rollup.config.mjs); becomes dist/ when every step has passed. */
const staging = 'build/dist-next';

function step(name: string, command: string, args: string[]): void {
  const {status} = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) {
    console.error(`build: stopped at the ${name} step (see above); dist/ still holds the last good build.`);
    process.exit(1);
  }
}

const bin = (name: string) => `node_modules/.bin/${name}`;

for (const folder of ['build', 'src/generated']) rmSync(folder, {recursive: true, force: true});
step('content', process.execPath, ['--import', 'tsx', 'tools/build-content.ts']);
step('compile', bin('tsc'), ['-p', 'tsconfig.json']);
step('bundle', bin('rollup'), ['-c', '--silent']);
step('manifest', bin('cem'), ['analyze', '--quiet']);
if (existsSync('dist')) rmSync('dist', {recursive: true});
renameSync(staging, 'dist');
