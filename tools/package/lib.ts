// `npm run build` step: the unbundled ES modules npm users import (`import 'bone-marrow-guide'`),
// copied from tsc's output in build/ into the staging folder that becomes dist/lib/. Their
// `lit` import stays bare, so a portal's bundler gives the guide the portal's one Lit (one
// Trusted Types policy, one copy in the page), and each locale is a plain `import()` that
// bundlers follow and emit as a chunk of the portal's own build.
//
// Only what the entries reach is copied, found by following their relative imports in the
// JavaScript and in the .d.ts: build/ also holds the development bundle (build/dev), the
// translators' files (build/l10n), the pseudo-locales and the staging folder, none of which
// ships, and whatever a test leaves there.
//
// Each module ships with its source map, the TypeScript inside it (`sourcesContent`): src/ does
// not ship, so a portal's debugger and its bundler's maps show our source from the map alone.
// The stylesheet module is the exception: its minified stylesheet no longer matches tsc's map.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, posix} from 'node:path';
import {minifyStylesModule} from '../rollup/minify-css.mjs';

const from = 'build';
const to = 'build/dist-next/lib';
/** The modules package.json's `exports` and `bin` name, relative to build/. */
const entries = ['index.js', 'react.js', 'server.js', 'cli.js'];

/** Relative specifiers in `import … from`, `export … from`, `import '…'` and `import('…')`. */
const relativeSpecifier = /\b(?:from|import)\s*\(?\s*(["'])(\.{1,2}\/[^"']+)\1/g;
const mapComment = /\n\/\/# sourceMappingURL=(\S+)\s*$/;

/** tsc's map for a module, with its sources inside; their paths read as src/… of the repository. */
function withSources(file: string, mapName: string): string {
  const map = JSON.parse(readFileSync(join(from, dirname(file), mapName), 'utf8'));
  const folder = dirname(join(from, file));
  map.sourcesContent = map.sources.map((source: string) => readFileSync(join(folder, source), 'utf8'));
  // build/x.js names ../src/x.ts; from dist/lib/x.js the same file is ../../src/x.ts.
  map.sources = map.sources.map((source: string) => posix.join('..', source));
  return JSON.stringify(map);
}

const copied = new Set<string>();
const pending = [...entries];
while (pending.length) {
  const module = pending.pop()!;
  if (copied.has(module)) continue;
  copied.add(module);
  const typings = module.replace(/\.js$/, '.d.ts');
  for (const file of [module, ...(existsSync(join(from, typings)) ? [typings] : [])]) {
    const read = readFileSync(join(from, file), 'utf8');
    const mapName = mapComment.exec(read)?.[1];
    let code = read;
    mkdirSync(dirname(join(to, file)), {recursive: true});
    if (file === 'styles.js') {
      // The stylesheet as the bundles ship it (and so in the render command's HTML): minified.
      code = minifyStylesModule(read.replace(mapComment, '\n'));
    } else if (mapName) {
      writeFileSync(join(to, dirname(file), mapName), withSources(file, mapName));
    }
    for (const [, , specifier] of code.matchAll(relativeSpecifier)) {
      const target = posix.join(posix.dirname(module), specifier);
      if (!existsSync(join(from, target))) {
        console.error(`lib: ${file} imports ${specifier}, which is not in ${from}/`);
        process.exit(1);
      }
      pending.push(target);
    }
    writeFileSync(join(to, file), code);
  }
}
console.log(`lib: ${copied.size} modules in dist/lib/, with source maps`);
