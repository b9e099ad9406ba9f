// `npm run build`: content and translations to generated code, one compile, the bundles
// within their size budgets, the manifest. The bundles are written beside dist/ and build/dev/
// and moved into place only once all of them are complete, so a failed build leaves the
// previous ones working (a local demo, the translation review page with its pseudo-locales).
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {integrityFileName, writeIntegrityFile} from './integrity.mjs';

/** Where rollup writes (rollup.config.mjs); each becomes its folder when every step has passed. */
const staging = 'build/dist-next';
const stagedFolders = [
  [staging, 'dist'],
  ['build/dev-next', 'build/dev'],
] as const;

function step(name: string, command: string, args: string[]): void {
  const {status} = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) {
    console.error(`build: stopped at the ${name} step (see above); dist/ still holds the last good build.`);
    process.exit(1);
  }
}

const bin = (name: string) => `node_modules/.bin/${name}`;

// Everything the build writes, but the last good development bundle (build/dev) and the docs
// site (build/docs, which tools/docs/build.ts replaces after a build).
const previous = existsSync('build') ? readdirSync('build').filter((name) => name !== 'dev' && name !== 'docs') : [];
for (const folder of [...previous.map((name) => join('build', name)), 'src/generated']) {
  rmSync(folder, {recursive: true, force: true});
}
step('content', process.execPath, ['--import', 'tsx', 'tools/build-content.ts']);
step('compile', bin('tsc'), ['-p', 'tsconfig.json']);
step('compile (Node entries)', bin('tsc'), ['-p', 'tsconfig.node.json']);
step('bundle', bin('rollup'), ['-c', '--silent']);
// Which languages each bundle ships and why, with their counts (tools/l10n/languages-file.ts).
for (const [staged] of stagedFolders) copyFileSync('build/l10n/languages.json', join(staged, 'languages.json'));
step('size budgets', process.execPath, ['--import', 'tsx', 'tools/size.ts', '--dist', staging]);
step('lib', process.execPath, ['--import', 'tsx', 'tools/package/lib.ts']);
step('manifest', bin('cem'), ['analyze', '--quiet']);
// dist/integrity.json: each script's <script integrity> value, for a page that loads it from a
// CDN (docs/releases.md); it ships in the package, so every copy of dist/ carries its own.
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
const {files} = writeIntegrityFile(staging, version);
for (const [staged, folder] of stagedFolders) {
  if (existsSync(folder)) rmSync(folder, {recursive: true});
  renameSync(staged, folder);
}
console.log(`dist/${integrityFileName} (${version}):`);
for (const [file, value] of Object.entries(files)) console.log(`  ${file}: integrity="${value}"`);
