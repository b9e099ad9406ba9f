// The test server's side of test/pollution.test.ts (wired in web-test-runner.config.mjs): a
// page whose Object.prototype a script has changed before the guide loads.
//
//   /test/pollution/<bundle>.html?discover=1            records every name the bundle reads from
//                                                       Object.prototype (window.reads)
//   /test/pollution/<bundle>.html?name=<n>&value=<v>    Object.prototype[n] = v first (v: true or
//                                                       proxy, an object that claims every key)
//   /test/pollution/<bundle>.html                       the same page, clean
//
// <bundle> is bone-marrow-guide or bone-marrow-guide-hydrate. Each page holds the three elements
// as a page writes them (each with fallback content for readers without the script, and with
// attributes that exercise every property) and one pre-rendered <risk-list>.
import {readFileSync} from 'node:fs';

/**
 * Names the browser itself reads from objects the bundle hands it (event listener options,
 * shadow root options, event init, observer options, …); the rest come from the bundle's text.
 */
const readByTheBrowser = [
  'capture',
  'once',
  'passive',
  'signal',
  'mode',
  'delegatesFocus',
  'slotAssignment',
  'clonable',
  'serializable',
  'customElementRegistry',
  'referenceTarget',
  'bubbles',
  'cancelable',
  'composed',
  'detail',
  'childList',
  'attributes',
  'characterData',
  'subtree',
  'attributeOldValue',
  'characterDataOldValue',
  'attributeFilter',
  'extends',
  'preventScroll',
  'focusVisible',
  'acceptNode',
  'handleEvent',
  'baseURL',
  'media',
  'disabled',
  'toJSON',
];

/** Names a property descriptor is read through: recording them would break the recording itself. */
const descriptorFields = ['get', 'set', 'value', 'writable', 'enumerable', 'configurable'];

const candidates = (bundle) => [
  ...new Set([...readFileSync(`dist/${bundle}.js`, 'utf8').match(/[A-Za-z_$][\w$]*/g), ...readByTheBrowser]),
];

/** Records each candidate read through the prototype chain; reads still give undefined. */
const recorder = (names) => `
  window.reads = new Set();
  for (const name of ${JSON.stringify(names)}) {
    if (name in Object.prototype || ${JSON.stringify(descriptorFields)}.includes(name)) continue;
    Object.defineProperty(Object.prototype, name, {
      get() { window.reads.add(name); return undefined; },
      set(value) { Object.defineProperty(this, name, {value, writable: true, enumerable: true, configurable: true}); },
      configurable: true,
    });
  }`;

const values = {
  true: 'true',
  proxy: `new Proxy({}, {
    get: (target, key) => (key === Symbol.toPrimitive ? () => 'polluted' : 'polluted'),
    has: () => true,
    getOwnPropertyDescriptor: () => ({value: 'polluted', writable: true, enumerable: true, configurable: true}),
  })`,
};

/** @param {(tag: string, options: object) => Promise<string>} renderToHtml */
export function pollutionPages(renderToHtml) {
  let preRendered;
  return async (context, next) => {
    const match = context.path.match(/^\/test\/pollution\/(bone-marrow-guide(?:-hydrate)?)\.html$/);
    if (!match) return next();
    const [, bundle] = match;
    const {query} = context;
    preRendered ??= await renderToHtml('risk-list', {locale: 'es', sections: 'bleeding infection', headingLevel: 3});
    let script = '';
    if (query.discover) script = recorder(candidates(bundle));
    else if (query.name) {
      if (!Object.hasOwn(values, query.value)) throw new Error(`no value ${query.value}`);
      script = `Object.prototype[${JSON.stringify(query.name)}] = ${values[query.value]};`;
    }
    context.type = 'html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pollution</title>
      <script src="/test/pages/record-problems.js"></script>
      <script>${script}</script>
      <script type="module" src="/dist/${bundle}.js"></script>
      <script type="module">window.modulesRan = true;</script></head>
      <body>
        <procedure-overview locale="es" collapsible><p class="fallback">Ask about the test.</p></procedure-overview>
        <risk-list sections="bleeding,infection" heading-level="3"><p class="fallback">Ask about risks.</p></risk-list>
        <results-explainer sections="keep-in-mind timing"><p class="fallback">Ask about results.</p></results-explainer>
        ${preRendered}
      </body></html>`;
    return undefined;
  };
}
