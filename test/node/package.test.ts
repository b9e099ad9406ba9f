// The npm package as a portal team gets it: what `npm pack` ships and what it leaves out,
// package.json's promises (exports, peer Lit, sideEffects, licence), the manifest, and an app
// that installs the packed tarball, type-checks against its typings and is bundled by esbuild
// (test/package/packed-app.mjs; test/package-app.test.ts opens that app in the browsers).
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';
import {packedApp, packList} from '../package/packed-app.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const {files} = packList();
const shipped = new Set<string>(files.map((file: {path: string}) => file.path));

/** Package names a piece of JavaScript imports, minified or not (text that reads `from "…"` is skipped). */
const bareImports = (code: string) =>
  [...code.matchAll(/(?<![.\w$])(?:from|import)\s*\(?\s*(["'])([^"']+)\1/g)]
    .map(([, , specifier]) => specifier)
    .filter((specifier) => /^(@[\w.-]+\/)?[a-z\d][\w.-]*(\/[\w./-]+)?$/.test(specifier)); // a package's name

test('npm pack ships the bundle, its locales, the ES modules, the typings and the manifest', () => {
  for (const path of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/bone-marrow-guide.js',
    'dist/bone-marrow-guide.css', // pre-rendered HTML links it under a strict CSP (docs/csp.md)
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/guide-element.d.ts',
    'dist/lib/generated/locales.js',
    'dist/lib/generated/locales/es.js',
  ]) {
    assert.ok(shipped.has(path), `${path} is in the package`);
  }
  assert.ok(
    [...shipped].some((path) => /^dist\/locales\/es-[\w-]+\.js$/.test(path)),
    'the Spanish chunk ships',
  );
});

test('npm pack ships nothing else: no tools, tests, sources, pseudo-locales or translators’ files', () => {
  const allowed =
    /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/(bone-marrow-guide(-hydrate)?\.js(\.map)?|bone-marrow-guide\.css|locales\.json|locales\/|lib\/))/;
  const forbidden = /en-XA|ar-XB|pseudo|locales-dev|\/dev\/|l10n|messages|validat|fixture|test|tools|^src\/|^build\//;
  for (const path of shipped) {
    assert.match(path, allowed, `${path} should not ship`);
    assert.doesNotMatch(path, forbidden, `${path} should not ship`);
    assert.ok(!path.endsWith('.ts') || path.endsWith('.d.ts'), `${path}: TypeScript sources do not ship`);
    if (path.startsWith('dist/lib/')) assert.ok(!path.endsWith('.map'), `${path}: its map would point at src/`);
  }
  for (const path of [...shipped].filter((path) => path.endsWith('.js'))) {
    const code = readFileSync(path, 'utf8');
    assert.doesNotMatch(code, /en-XA|ar-XB/, `${path} mentions no pseudo-locale`);
    if (path.startsWith('dist/lib/')) assert.doesNotMatch(code, /sourceMappingURL/, `${path} names no missing map`);
  }
});

test('package.json is ready to publish: MIT, public, lit a peer, every entry point shipped', () => {
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n/);
  // The bundles carry Lit; the ES modules take the page's; the render command needs Lit's server renderer.
  assert.deepEqual(Object.keys(pkg.dependencies), ['@lit-labs/ssr']);
  assert.match(pkg.peerDependencies.lit, /^\^3\./);
  const targets: string[] = [pkg.main, pkg.types, pkg.customElements, ...pkg.sideEffects];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  for (const target of targets) assert.ok(shipped.has(target.replace(/^\.\//, '')), `${target} is in the package`);
  assert.deepEqual(pkg.exports['.'], {types: './dist/lib/index.d.ts', default: './dist/lib/index.js'});
  assert.equal(pkg.exports['./bundle'].default, './dist/bone-marrow-guide.js');
});

test('sideEffects names every module that defines an element, and the entry that imports them', () => {
  // A bundler drops a side-effect-free module whose exports go unused: with the entry or an
  // element module missing here, `import 'bone-marrow-guide'` would define nothing.
  const defining = readdirSync('dist/lib')
    .filter((name) => name.endsWith('.js') && /^define\(/m.test(readFileSync(join('dist/lib', name), 'utf8')))
    .map((name) => `./dist/lib/${name}`);
  assert.equal(defining.length, 3);
  for (const module of [...defining, './dist/lib/index.js', './dist/bone-marrow-guide.js']) {
    assert.ok(pkg.sideEffects.includes(module), `${module} is in sideEffects`);
  }
});

test('the script-tag bundle is self-contained; the ES modules import the page’s lit', () => {
  for (const path of [...shipped].filter((path) =>
    /^dist\/(bone-marrow-guide(-hydrate)?|locales\/.*)\.js$/.test(path),
  )) {
    assert.deepEqual(bareImports(readFileSync(path, 'utf8')), [], `${path} imports nothing by package name`);
  }
  const importsOf = (folder: RegExp) =>
    new Set(
      [...shipped]
        .filter((path) => folder.test(path) && path.endsWith('.js'))
        .flatMap((path) => bareImports(readFileSync(path, 'utf8'))),
    );
  assert.deepEqual([...importsOf(/^dist\/lib\/(?!server\/)/)].sort(), ['lit']);
  // The server entry (render command and API) runs in Node with Lit's server renderer.
  const server = [...importsOf(/^dist\/lib\/server\//)].filter((name) => name !== 'bone-marrow-guide/server'); // its doc
  assert.deepEqual(server.sort(), ['@lit-labs/ssr', '@lit-labs/ssr/lib/render-result.js', 'lit/static-html.js']);
});

test('the bundle’s Lit creates a Trusted Types policy named bone-marrow-guide, not lit-html', () => {
  const bundle = readFileSync('dist/bone-marrow-guide.js', 'utf8');
  assert.match(bundle, /createPolicy\("bone-marrow-guide"/);
  assert.doesNotMatch(bundle, /"lit-html"/);
});

test('custom-elements.json: exactly the three elements, their definitions, typed attributes, shipped paths', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((module: {declarations?: unknown[]}) => module.declarations ?? []);
  const elements = declarations.filter((declaration: {customElement?: boolean}) => declaration.customElement);
  assert.deepEqual(elements.map((element: {tagName: string}) => element.tagName).sort(), [
    'procedure-overview',
    'results-explainer',
    'risk-list',
  ]);
  const definitions = manifest.modules.flatMap((module: {exports?: {kind: string; name: string}[]}) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
  );
  assert.deepEqual(definitions.sort(), ['procedure-overview', 'results-explainer', 'risk-list']);
  for (const element of elements) {
    const attribute = (name: string) => element.attributes.find((candidate: {name: string}) => candidate.name === name);
    assert.deepEqual(attribute('heading-level').type, {text: 'number'});
    assert.equal(attribute('heading-level').default, '2');
    assert.equal(attribute('heading-level').fieldName, 'headingLevel');
    assert.deepEqual(attribute('sections').type, {text: 'string | readonly string[]'});
    assert.deepEqual(attribute('locale').type, {text: 'string'});
    assert.deepEqual(element.events.map((event: {name: string}) => event.name).sort(), [
      'bmg-section-toggle',
      'bmg-term-toggle',
    ]);
    for (const member of element.members) assert.ok([undefined, 'public'].includes(member.privacy), member.name);
  }
  const paths = JSON.stringify(manifest).match(/"(?:path|module)":\s*"[^"]*"/g)!;
  for (const entry of paths) {
    const path = JSON.parse(`{${entry}}`);
    const file = Object.values(path)[0] as string;
    assert.ok(shipped.has(file), `${file} (custom-elements.json) is in the package`);
  }
});

describe('an app that installs the packed tarball', () => {
  let app: string, www: string;
  before(async () => ({app, www} = await packedApp()), {timeout: 120_000});

  test('type-checks: elements, properties, bmg-term-toggle on element, document, window; README React types', () => {
    for (const moduleResolution of ['bundler', 'nodenext']) {
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false, // our .d.ts files too
          target: 'es2022',
          module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext',
          moduleResolution,
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
          jsx: 'react-jsx',
        },
        files: ['consumer.ts', 'react-portal.tsx'],
      };
      writeFileSync(join(app, `tsconfig.${moduleResolution}.json`), JSON.stringify(tsconfig));
      try {
        execFileSync(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', `tsconfig.${moduleResolution}.json`], {
          cwd: app,
          encoding: 'utf8',
        });
      } catch (error) {
        assert.fail(`tsc (${moduleResolution}) rejects consumer.ts:\n${(error as {stdout: string}).stdout}`);
      }
    }
  });

  test('Node resolves the package’s entry points through exports, and nothing deeper', () => {
    const resolve = (specifier: string) =>
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `console.log(import.meta.resolve('${specifier}'))`],
        {
          cwd: app,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      ).trim();
    assert.match(resolve('bone-marrow-guide'), /\/node_modules\/bone-marrow-guide\/dist\/lib\/index\.js$/);
    assert.match(resolve('bone-marrow-guide/bundle'), /\/bone-marrow-guide\/dist\/bone-marrow-guide\.js$/);
    assert.match(resolve('bone-marrow-guide/custom-elements.json'), /\/bone-marrow-guide\/custom-elements\.json$/);
    assert.throws(() => resolve('bone-marrow-guide/dist/lib/define.js'), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  for (const bundler of ['esbuild', 'rollup']) {
    test(`${bundler} follows the locale import() and emits the Spanish chunk itself, beside the app`, () => {
      const assets = readdirSync(join(www, bundler, 'assets'));
      const spanish = assets.filter((name) => /^es-[\w-]+\.js$/.test(name));
      assert.equal(spanish.length, 1, `one Spanish chunk among ${assets.join(', ')}`);
      const chunk = readFileSync(join(www, bundler, 'assets', spanish[0]), 'utf8');
      // esbuild writes non-ASCII as \xNN escapes, so look for Spanish words without accents.
      assert.ok(chunk.includes('"Puntos clave"'), 'it is Spanish');
      const main = readFileSync(join(www, bundler, 'assets/main.js'), 'utf8');
      assert.match(main, new RegExp(`import\\(\\s*['"]\\./${spanish[0]}['"]\\s*\\)`), 'the app imports its own chunk');
      assert.match(main, /["']risk-list["']/, 'the elements are in the app (sideEffects kept them)');
    });
  }
});
