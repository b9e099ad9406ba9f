// One render in a fresh realm for test/node/pollution.test.ts: with every candidate name's read
// from Object.prototype recorded (mode "discover"), or with one name set there first.
import {parentPort, workerData} from 'node:worker_threads';

const {mode, name, value, candidates, module, renders} = workerData;
const reads = new Set();
// Names a property descriptor is read through: recording them would break the recording itself.
const descriptorFields = ['get', 'set', 'value', 'writable', 'enumerable', 'configurable'];

if (mode === 'discover') {
  for (const candidate of candidates) {
    if (candidate in Object.prototype || descriptorFields.includes(candidate)) continue;
    Object.defineProperty(Object.prototype, candidate, {
      get() {
        reads.add(candidate);
        return undefined;
      },
      set(assigned) {
        Object.defineProperty(this, candidate, {value: assigned, writable: true, enumerable: true, configurable: true});
      },
      configurable: true,
    });
  }
} else if (mode === 'pollute') {
  Object.prototype[name] =
    value === 'proxy'
      ? new Proxy(
          {},
          {
            get: (target, key) => (key === Symbol.toPrimitive ? () => 'polluted' : 'polluted'),
            has: () => true,
            getOwnPropertyDescriptor: () => ({value: 'polluted', writable: true, enumerable: true, configurable: true}),
          },
        )
      : true;
}

console.warn = () => {}; // the elements' own warnings (a renamed section id) are not the point here
let result;
try {
  const {renderToHtml} = await import(module);
  const outputs = [];
  for (const [tag, options] of renders) outputs.push(await renderToHtml(tag, options));
  result = {output: outputs.join('\n')};
} catch (error) {
  result = {error: String(error?.message ?? error).slice(0, 200)};
}
parentPort.postMessage({...result, reads: [...reads]});
