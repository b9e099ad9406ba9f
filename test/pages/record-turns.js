// Loaded before the bundle by first-render.html: what the guide's first renders do, in order.
//   ?clock=frozen  performance.now() stands still: no turn ever runs out of time;
//   ?clock=slow    each performance.now() call is 50 ms later than the last: every check finds
//                  the budget spent, so each turn runs alone, and a first render its first part.
// (The guide reads the clock only to share out its first renders: src/first-render.ts.)
// For each tag, once it is defined, it records:
//   shadowRootsAtUpgrade  how many of its elements had a shadow root when define() returned,
//                         that is, after the upgrade and before anything else ran;
//   renderedAtEvaluation  how many showed a section at the end of the task that defined them
//                         (a microtask queued after define(): it runs after the guide's own);
// and for every element, `batches`: the sections its shadow root showed after each batch of
// changes, so a test sees whether a render came in parts, and in what order; and
// `sectionsAtReady`: the sections each showed when it said bmg-ready.
// In a block of its own: record-renders.js, loaded before it, has top-level names too.
{
  const clock = new URLSearchParams(location.search).get('clock');
  if (clock) {
    let now = performance.now();
    performance.now = clock === 'frozen' ? () => now : () => (now += 50);
  }
  window.shadowRootsAtUpgrade = {};
  window.renderedAtEvaluation = {};
  window.batches = new Map();
  // For each tag: the sections its element showed when it announced bmg-ready.
  window.sectionsAtReady = {};
  document.addEventListener('bmg-ready', ({target}) => {
    window.sectionsAtReady[target.localName] = [...target.shadowRoot.querySelectorAll('[data-section]')].map(
      (section) => section.dataset.section,
    );
  });
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, element, options) => {
    define(tag, element, options);
    const elements = [...document.querySelectorAll(tag)];
    window.shadowRootsAtUpgrade[tag] = elements.filter((element) => element.shadowRoot).length;
    queueMicrotask(() => {
      window.renderedAtEvaluation[tag] = elements.filter((element) =>
        element.shadowRoot?.querySelector('[data-section]'),
      ).length;
    });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const batches = [];
    window.batches.set(this, batches);
    new MutationObserver(() => {
      batches.push([...root.querySelectorAll('[data-section]')].map((section) => section.dataset.section));
    }).observe(root, {childList: true, subtree: true});
    return root;
  };
}
