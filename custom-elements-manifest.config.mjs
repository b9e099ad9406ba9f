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
// - private and protected members, which are not API, are left out.

/** Attributes whose converter the analyzer cannot read: the type of the value they set. */
const attributeTypes = {'heading-level': 'number'};

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
  plugins: [shippedPackage()],
};
