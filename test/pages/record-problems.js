// Loaded first by the pages in this folder: records everything that would show as an error in
// the console, so test/bundle.test.ts can assert there is none, and the warnings apart.
window.problems = [];
window.warnings = [];
addEventListener(
  'error',
  (event) => window.problems.push(`error: ${event.message ?? event.target?.src ?? event.type}`),
  true,
);
addEventListener('unhandledrejection', (event) => window.problems.push(`unhandled rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.problems.push(`policy violation: ${event.violatedDirective} ${event.blockedURI}`),
);
const consoleError = console.error;
console.error = (...args) => {
  window.problems.push(`console.error: ${args.join(' ')}`);
  consoleError.apply(console, args);
};
const consoleWarn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.join(' '));
  consoleWarn.apply(console, args);
};
// The guide's events about its language, as a page's script would hear them (test/events.test.ts).
window.guideEvents = [];
for (const type of ['bmg-ready', 'bmg-language-error']) {
  document.addEventListener(type, (event) =>
    window.guideEvents.push({type, tag: event.target.localName, detail: event.detail}),
  );
}
