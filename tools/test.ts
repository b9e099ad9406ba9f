// `npm test`, after the build: runs every check, even when one fails, and ends with a summary
// of both kinds, so a content gate that fails (readability, say) never hides whether the code
// works, nor the other way round. Exits 1 if anything failed.
import {spawnSync} from 'node:child_process';

const groups: [string, string[]][] = [
  ['code', ['typecheck', 'lint', 'test:node', 'test:browsers']],
  ['content', ['l10n:status', 'readability', 'size', 'check:shared']],
];

const results: {group: string; script: string; ok: boolean; seconds: number}[] = [];
for (const [group, scripts] of groups) {
  for (const script of scripts) {
    const start = performance.now();
    const {status} = spawnSync('npm', ['run', '--silent', script], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    results.push({group, script, ok: status === 0, seconds: (performance.now() - start) / 1000});
  }
}

console.log('\nnpm test:');
for (const [group] of groups) {
  const line = results
    .filter((result) => result.group === group)
    .map(({script, ok, seconds}) => `${script} ${ok ? 'passed' : 'FAILED'} (${seconds.toFixed(1)} s)`);
  console.log(`  ${group.padEnd(8)} ${line.join(', ')}`);
}
const failed = results.filter((result) => !result.ok).map((result) => result.script);
if (failed.length) {
  console.error(`\nnpm test: failed: ${failed.join(', ')}. Each one's output is above.`);
  process.exit(1);
}
console.log('\nnpm test: everything passed.');
