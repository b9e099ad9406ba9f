// custom-elements.json (`cem analyze`, run by npm run build): what editors, Storybook and
// framework tooling read about the three elements. The analyzer reads our TypeScript; the
// plugin below makes the result describe the package as shipped:
// - only the public modules (the entry, the base class, the three elements): define.ts's
//   `customElements.define(tag, element)` would otherwise become an element named "tag";
// - paths are the shipped files (dist/lib/*.js), not src/, which is not in the package;
// - each tag has its custom-element-definition export (we register through define(), which the
//   analyzer cannot follow), and the abstract base class is a class, not a fourth element;
// - defaults given as a module constant show its value (`2`, not `defaultHeadingLevel`), and
//   attributes parsed by a converter have the type the converter produces;
// - private and protected members, which are not API, are left out;
// - each element's `sections` is typed with its own section ids (src/generated/sections.ts), not
//   the base class's type parameter, which the analyzer cannot resolve.
// A second plugin then hands the finished manifest to the field's generators (editorFiles below).

import {readFileSync, writeFileSync} from 'node:fs';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';

/** Attributes whose converter the analyzer cannot read: the type of the value they set. */
const attributeTypes = {'heading-level': 'number'};

/** Each element's section ids as a union of literals, by tag: `"bleeding" | "infection" | …`. */
function sectionIds() {
  const types = Object.fromEntries(
    [...readFileSync('src/generated/sections.ts', 'utf8').matchAll(/^export type (\w+) = (.+);$/gm)].map(
      ([, name, union]) => [name, union],
    ),
  );
  const typeName = (tag) => `${tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}Section`;
  return (tag) => types[typeName(tag)];
}

const shipped = (path) =>
  path
    .replace(/^\.?\//, '')
    .replace(/^src\//, 'dist/lib/')
    .replace(/\.ts$/, '.js');

/** `./risk-list.js` seen from src/index.ts is dist/lib/risk-list.js. */
function shippedModule(reference, from) {
  if (!reference.startsWith('./') && !reference.startsWith('../')) return shipped(reference);
  const base = from.split('/').slice(0, -1);
  for (const part of reference.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return shipped(base.join('/'));
}

function shippedPackage() {
  /** Per source module, its top-level `const name = <literal>` values. */
  const constants = new Map();
  return {
    name: 'bone-marrow-guide-shipped-package',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isVariableStatement(node) || !(node.declarationList.flags & ts.NodeFlags.Const)) return;
      const values = constants.get(shipped(moduleDoc.path)) ?? new Map();
      for (const declaration of node.declarationList.declarations) {
        const {initializer, name} = declaration;
        if (
          initializer &&
          ts.isIdentifier(name) &&
          (ts.isNumericLiteral(initializer) || ts.isStringLiteral(initializer))
        )
          values.set(name.text, initializer.getText());
      }
      constants.set(shipped(moduleDoc.path), values);
    },
    packageLinkPhase({customElementsManifest}) {
      const sectionsOf = sectionIds();
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        module.path = shipped(source);
        for (const entry of module.exports ?? [])
          entry.declaration.module = shippedModule(entry.declaration.module, source);
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
          if (declaration.kind !== 'class') continue;
          declaration.members = declaration.members?.filter(
            ({privacy}) => privacy !== 'private' && privacy !== 'protected',
          );
          const kinds = ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots'];
          for (const item of kinds.flatMap((kind) => declaration[kind] ?? [])) {
            if (item.inheritedFrom) item.inheritedFrom.module = shipped(item.inheritedFrom.module);
            const home = item.inheritedFrom?.module ?? module.path;
            const value = constants.get(home)?.get(item.default);
            if (value !== undefined) item.default = value;
          }
          for (const attribute of declaration.attributes ?? []) {
            if (Object.hasOwn(attributeTypes, attribute.name)) attribute.type = {text: attributeTypes[attribute.name]};
          }
          const ids = declaration.tagName && sectionsOf(declaration.tagName);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (ids && item.type?.text.includes('Section'))
              item.type = {text: item.type.text.replace(/\bSection\b/g, `(${ids})`)};
          }
          if (!declaration.customElement) continue;
          if (!declaration.tagName) {
            delete declaration.customElement; // the abstract base: its members are documented on each element
            continue;
          }
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: {name: declaration.name, module: module.path},
          });
        }
      }
    },
  };
}

/**
 * Editor and framework files made from the manifest by the field's generators, into the build's
 * staging folder (it becomes dist/): VS Code's custom data (dist/editors/), JetBrains' web-types
 * (dist/web-types.json, named by package.json's "web-types"), and the typings for JSX and for
 * Vue templates (dist/types/), which take the element classes and the event detail types from
 * the package's entry, so whatever the manifest says (a new event, literal section ids) reaches
 * them at the next build. The generators type an event's handler as CustomEvent<type>, so they
 * are handed each event's detail type (`TermToggleDetail`), not its event type.
 */
function editorFiles(staging = 'build/dist-next') {
  return {
    name: 'bone-marrow-guide-editor-files',
    packageLinkPhase({customElementsManifest}) {
      const manifest = structuredClone(customElementsManifest); // the generators write into what they get
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        // What an editor shows on hover: the summary, then the description with the section ids.
        declaration.description = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
        for (const event of declaration.events ?? []) {
          const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type = {text: detail};
        }
      }
      const common = {hideLogs: true, exclude: ['GuideElement'], descriptionSrc: 'description'};
      const types = {...common, outdir: `${staging}/types`, globalTypePath: '../lib/index.js'};
      // The typings generators import each element's event types once per element, which declares
      // a type shared by the three twice: they get the detail types as import() types instead.
      const typings = structuredClone(manifest);
      for (const declaration of typings.modules.flatMap((module) => module.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          if (/^\w+$/.test(event.type?.text ?? '')) event.type.text = `import('../lib/index.js').${event.type.text}`;
        }
      }
      generateVsCodeCustomElementData(structuredClone(manifest), {
        ...common,
        outdir: `${staging}/editors`,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      generateJetBrainsWebTypes(structuredClone(manifest), {
        ...common,
        outdir: staging,
        webTypesFileName: 'web-types.json',
        packageJson: false, // package.json names the file itself ("web-types")
      });
      generateJsxTypes(structuredClone(typings), {...types, fileName: 'jsx.d.ts'});
      generateVuejsTypes(vueNames(typings), {...types, fileName: 'vue.d.ts'});
      vueEventProps(`${staging}/types/vue.d.ts`);
    },
  };
}

// Vue types a template's `:heading-level` and `@bmg-term-toggle` as the props `headingLevel` and
// `onBmgTermToggle`. The Vue generator names props after attributes (`heading-level`) and event
// props `onbmg-term-toggle`, which Vue never looks up, so a wrong value would pass unchecked:
// it gets the properties' names, and its event props are renamed the way Vue spells them.
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

function vueNames(manifest) {
  const renamed = structuredClone(manifest);
  for (const declaration of renamed.modules.flatMap((module) => module.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) attribute.name = attribute.fieldName ?? camel(attribute.name);
  }
  return renamed;
}

function vueEventProps(file) {
  const types = readFileSync(file, 'utf8');
  const renamed = types.replace(/"on([a-z][\w-]*)"\?:/g, (_, event) => `on${camel(`-${event}`)}?:`);
  if (renamed === types && /\bon[a-z]+-/.test(types))
    throw new Error(`${file}: event props not found; update vueEventProps`);
  writeFileSync(file, renamed);
}

export default {
  globs: [
    'src/index.ts',
    'src/guide-element.ts',
    'src/procedure-overview.ts',
    'src/risk-list.ts',
    'src/results-explainer.ts',
  ],
  litelement: true,
  packagejson: false, // package.json names the manifest itself ("customElements")
  plugins: [shippedPackage(), editorFiles()],
};
