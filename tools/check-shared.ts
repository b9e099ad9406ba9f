// Checks against the team's shared folder (../shared), when this checkout has one:
// - test/fixtures/content-facts.md, which the fact-map test reads, is still a faithful copy of
//   the clinical source of truth;
// - no sentence in content/ is copied from the source page (originality.mjs).
// Without ../shared (e.g. a lone clone) it says so and passes: the copy is then the reference.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

const shared = '../shared';
if (!existsSync(`${shared}/content-facts.md`)) {
  console.log(`check:shared: skipped, ${shared} is not here`);
  process.exit(0);
}
const copy = 'test/fixtures/content-facts.md';
if (readFileSync(copy, 'utf8') !== readFileSync(`${shared}/content-facts.md`, 'utf8')) {
  console.error(
    `check:shared: ${copy} differs from ${shared}/content-facts.md. ` +
      'Copy it over, then review content/ against the changed facts.',
  );
  process.exit(1);
}
try {
  execFileSync('node', [`${shared}/tools/originality.mjs`, 'content'], {stdio: 'inherit'});
} catch {
  process.exit(1);
}
console.log(`check:shared: ${copy} matches ${shared}/content-facts.md`);
