// The npm package as a portal team gets it: what `npm pack` ships and what it leaves out,
// package.json's promises (exports, peers, sideEffects, licence), the manifest, and an app
// that installs the packed tarball and is bundled by esbuild and rollup (test/package/packed-app.mjs;
// test/package-app.test.ts opens that app in the browsers, test/node/typings.test.ts compiles
// typed uses in it).
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';
import {structure} from '../../src/generated/content.js';
import {packedApp, packList} from '../package/packed-app.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const {files} = packList();
const shipped = new Set<string>(files.map((file: {path: string}) => file.path));

/** Package names a piece of JavaScript imports, minified or not (text that reads `from "…"` is skipped). */
const bareImports = (code: string) =>
  [...code.matchAll(/(?<![.\w$])(?:from|import)\s*\(?\s*(["'])([^"']+)\1/g)]
    .map(([, , specifier]) => specifier)
    .filter((specifier) => /^(@[\w.-]+\/)?[a-z\d][\w.-]*(\/[\w./-]+)?$/.test(specifier)); // a package's name

test('npm pack ships the bundle, its locales, the ES modules, the typings, the editor files and the manifest', () => {
  for (const path of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/bone-marrow-guide.js',
    'dist/integrity.json',
    'dist/bone-marrow-guide.css', // pre-rendered HTML links it under a strict CSP (docs/csp.md)
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/guide-element.d.ts',
    'dist/lib/generated/locales.js',
    'dist/languages.json',
    'dist/lib/react.js',
    'dist/lib/react.d.ts',
    'dist/lib/server.js',
    'dist/types/jsx.d.ts',
    'dist/types/vue.d.ts',
    'dist/web-types.json',
    'dist/editors/vscode.html-custom-data.json',
    'dist/editors/vscode.css-custom-data.json',
  ]) {
    assert.ok(shipped.has(path), `${path} is in the package`);
  }
  // Each language the release ships (dist/languages.json), whichever they are, in both forms.
  const {languages} = JSON.parse(readFileSync('dist/languages.json', 'utf8'));
  for (const {tag} of languages.filter((language: {released: boolean}) => language.released)) {
    assert.ok(
      [...shipped].some((path) => new RegExp(`^dist/locales/${tag}-[\\w-]+\\.js$`).test(path)),
      `the ${tag} chunk ships`,
    );
    assert.ok(shipped.has(`dist/lib/generated/locales/${tag}.js`), `the ${tag} module ships`);
  }
});

test('npm pack ships nothing else: no tools, tests, sources, pseudo-locales or translators’ files', () => {
  const allowed =
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/(bone-marrow-guide(-hydrate)?\.js(\.map)?|bone-marrow-guide\.css|embed\.(html|css|js(\.map)?)|locales\.json|languages\.json|integrity\.json|web-types\.json|locales\/|lib\/|types\/|editors\/))/;
  const forbidden = /en-XA|ar-XB|pseudo|locales-dev|\/dev\/|l10n|messages|validat|fixture|test|tools|^src\/|^build\//;
  for (const path of shipped) {
    assert.match(path, allowed, `${path} should not ship`);
    assert.doesNotMatch(path, forbidden, `${path} should not ship`);
    assert.ok(!path.endsWith('.ts') || path.endsWith('.d.ts'), `${path}: TypeScript sources do not ship`);
  }
  for (const path of [...shipped].filter((path) => path.endsWith('.js'))) {
    assert.doesNotMatch(readFileSync(path, 'utf8'), /en-XA|ar-XB/, `${path} mentions no pseudo-locale`);
  }
});

test('each ES module ships its source map, with the TypeScript inside (src/ does not ship)', () => {
  const modules = [...shipped].filter((path) => path.startsWith('dist/lib/') && path.endsWith('.js'));
  assert.ok(modules.length > 20);
  for (const path of modules) {
    const named = /\n\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1];
    if (path === 'dist/lib/styles.js') {
      assert.equal(named, undefined, 'the minified stylesheet module names no map');
      continue;
    }
    const map = `${path.replace(/[^/]+$/, '')}${named}`;
    assert.ok(shipped.has(map), `${path}: its map ${named} ships`);
    const {sources, sourcesContent} = JSON.parse(readFileSync(map, 'utf8'));
    assert.equal(sourcesContent?.length, sources.length, `${map} carries its sources`);
    for (const [i, source] of sources.entries()) {
      const file = join(path, '..', source); // dist/lib/x.js names ../../src/x.ts
      assert.match(file, /^src\//, `${map}: ${source} is a file of src/`);
      assert.equal(sourcesContent[i], readFileSync(file, 'utf8'), `${map}: the source of ${source}`);
    }
  }
});

test('package.json is ready to publish: MIT, public, lit a peer, every entry point shipped', () => {
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n/);
  // The bundles carry Lit; the ES modules take the page's. Nothing is installed beside them for a
  // browser: the server renderer (pre-rendering) and React's wrapper are optional peers.
  assert.equal(pkg.dependencies, undefined);
  assert.match(pkg.peerDependencies.lit, /^\^3\./);
  for (const optional of ['@lit-labs/ssr', '@lit/react', 'react']) {
    assert.ok(pkg.peerDependencies[optional], `${optional} is a peer`);
    assert.deepEqual(pkg.peerDependenciesMeta[optional], {optional: true});
  }
  assert.equal(pkg['web-types'], './dist/web-types.json');
  const targets: string[] = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], ...pkg.sideEffects];
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
  assert.deepEqual([...importsOf(/^dist\/lib\/(?!server\/|react\.js)/)].sort(), [
    'lit',
    'lit/directive-helpers.js',
    'lit/directive.js',
  ]);
  // The React entry takes React and Lit's wrapper, both optional peers.
  assert.deepEqual([...importsOf(/^dist\/lib\/react\.js$/)].sort(), ['@lit/react', 'react']);
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
    // The ids typed are the element's own, as its content lists them (src/generated/sections.ts).
    const ids = [...attribute('sections').type.text.matchAll(/"([a-z-]+)"/g)].map(([, id]: string[]) => id);
    assert.match(attribute('sections').type.text, /^string \| readonly \(("[a-z-]+"( \| )?)+\)\[\]$/);
    assert.deepEqual(
      ids,
      structure.elements[element.tagName].sections.map(({id}: {id: string}) => id),
    );
    assert.deepEqual(attribute('locale').type, {text: 'string'});
    assert.deepEqual(element.events.map((event: {name: string}) => event.name).sort(), [
      'bmg-language-error',
      'bmg-ready',
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

test('the editor files, made from the manifest, know each tag, its attributes and its events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements: {tagName: string; attributes: {name: string}[]; events: {name: string}[]}[] = manifest.modules
    .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
    .filter((declaration: {tagName?: string}) => declaration.tagName);
  const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const vscode = json('dist/editors/vscode.html-custom-data.json');
  const webTypes = json('dist/web-types.json').contributions.html.elements;
  const cssProperties = json('dist/editors/vscode.css-custom-data.json').properties.map((p: {name: string}) => p.name);
  assert.ok(cssProperties.includes('--bmg-accent-color'));
  for (const element of elements) {
    const names = (list: {name: string}[] = []) => list.map(({name}) => name).sort();
    const inVsCode = vscode.tags.find((tag: {name: string}) => tag.name === element.tagName);
    const inWebTypes = webTypes.find((tag: {name: string}) => tag.name === element.tagName);
    assert.deepEqual(names(inVsCode.attributes), names(element.attributes), `VS Code: <${element.tagName}>`);
    assert.deepEqual(names(inWebTypes.attributes), names(element.attributes), `web-types: <${element.tagName}>`);
    assert.deepEqual(names(inWebTypes.js.events), names(element.events), `web-types: <${element.tagName}> events`);
    const vue = readFileSync('dist/types/vue.d.ts', 'utf8');
    for (const {name} of element.events) {
      const vueProp = `on${name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}?:`;
      assert.ok(vue.includes(vueProp), `Vue types: ${vueProp}`);
      assert.ok(readFileSync('dist/types/jsx.d.ts', 'utf8').includes(`"on${name}"?:`), `JSX types: on${name}`);
    }
  }
});

describe('an app that installs the packed tarball', () => {
  let app: string, www: string;
  before(async () => ({app, www} = await packedApp()), {timeout: 600_000}); // a hang guard: 25 s idle

  test('installs no server renderer for a browser app, and the server entry says what to install', () => {
    assert.ok(!existsSync(join(app, 'node_modules/@lit-labs/ssr')), '@lit-labs/ssr is not installed');
    // This repository's own @lit-labs/ssr sits above the app, so the app goes where Node cannot find it.
    const alone = mkdtempSync(join(tmpdir(), 'bmg-no-ssr-'));
    try {
      cpSync(join(app, 'node_modules'), join(alone, 'node_modules'), {recursive: true});
      const run = (args: string[]) => spawnSync(process.execPath, args, {cwd: alone, encoding: 'utf8'});
      const entry = run(['--input-type=module', '-e', "await import('bone-marrow-guide/server')"]);
      assert.notEqual(entry.status, 0);
      assert.match(entry.stderr, /npm install @lit-labs\/ssr/);
      const command = run(['node_modules/bone-marrow-guide/dist/lib/cli.js', 'render', 'risk-list']);
      assert.equal(command.status, 1);
      assert.equal(command.stderr.trim().split('\n').length, 1, command.stderr);
      assert.match(command.stderr, /npm install @lit-labs\/ssr/);
    } finally {
      rmSync(alone, {recursive: true, force: true});
    }
  });

  test('the server entry exports what server/render.js exports', async () => {
    const names = async (module: string) => Object.keys(await import(join(process.cwd(), module))).sort();
    assert.deepEqual(await names('dist/lib/server.js'), await names('dist/lib/server/render.js'));
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
    assert.match(resolve('bone-marrow-guide/react'), /\/bone-marrow-guide\/dist\/lib\/react\.js$/);
    assert.match(resolve('bone-marrow-guide/web-types.json'), /\/bone-marrow-guide\/dist\/web-types\.json$/);
    assert.match(resolve('bone-marrow-guide/custom-elements.json'), /\/bone-marrow-guide\/custom-elements\.json$/);
    // What a portal's build reads: the integrity values and the languages of this version, and the
    // stylesheet pre-rendered HTML links.
    assert.match(resolve('bone-marrow-guide/integrity.json'), /\/bone-marrow-guide\/dist\/integrity\.json$/);
    assert.match(resolve('bone-marrow-guide/languages.json'), /\/bone-marrow-guide\/dist\/languages\.json$/);
    assert.match(
      resolve('bone-marrow-guide/bone-marrow-guide.css'),
      /\/bone-marrow-guide\/dist\/bone-marrow-guide\.css$/,
    );
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
