// Injected by the bench into every page before any of the page's own scripts run (puppeteer's
// evaluateOnNewDocument), after `window.__benchConfig` is set. It only watches: it adds no
// element, style or request, and it is the same on every page of a group. What it watches
// depends on the group (see bench/bench.ts):
//   always         LCP and FCP (PerformanceObserver, buffered), and when the guide's elements are
//                  ready: every element's `updateComplete` resolved;
//   countRenders   each element's renders: the classes the guide registers get their `update`
//                  wrapped as customElements.define receives them, before any element upgrades.
//                  The guide's code stays as built; its Lit is inside the bundle, out of reach
//                  of a wrapper on LitElement.prototype;
//   sampleFrames   at every animation frame from the first, the language each element shows
//                  (the `lang` of its `part="base"` root), or that it shows nothing yet;
//   switchLocale   window.__benchSwitch(locale): sets every element's `locale`, then times it;
//   probe          (Firefox, which has no trace) a loop of posted messages that notes every gap
//                  between two of its turns longer than 2 ms: the main thread was busy with
//                  something else then. The longest gap is the longest task (or run of tasks),
//                  and the gaps inside a time span are the main thread's work in it.
// It also makes one performance.mark() as it starts, so a trace's clock can be read in the page's.
// The peers' elements (peers.ts) have no `updateComplete`: they are ready once defined.
// A plain script, not TypeScript: puppeteer injects it as text, as the browser will run it.

/** @typedef {HTMLElement & {updateComplete?: Promise<boolean>, locale: string}} GuideElement */
/** @typedef {{time: number, size: number, element: string | null, inGuide: boolean}} Paint */
/** @typedef {{total: number, english: number, blank: number, allShown: number | null}} Frames */
/**
 * @typedef {{lcp: Paint[], fcp: number | null, ready: number | null, renders: number[] | null,
 *   frames: Frames | null, loaded: boolean, stopFrames: boolean, origin: number,
 *   gaps: [number, number][] | null}} State
 */
/** @typedef {{start: number, ready: number, allShown: number, renders: number[]}} Switched */

(() => {
  /** @type {Window & {__benchConfig: import('../load.js').ObserverConfig, __bench: State,
   *   __benchDone: Promise<void>, __benchSwitch: (locale: string) => Promise<Switched>}} */
  const page = /** @type {any} */ (window);
  const config = page.__benchConfig;
  const tags = ['procedure-overview', 'risk-list', 'results-explainer'];
  const selector = tags.join(',');
  /** @type {State} */
  const result = {
    lcp: [],
    fcp: null,
    ready: null,
    renders: null,
    frames: null,
    loaded: false,
    stopFrames: false,
    // The same moment on the page's clock and, as a mark, on a trace's.
    origin: performance.mark('bench-origin').startTime,
    gaps: null,
  };
  page.__bench = result;

  if (config.probe) {
    /** @type {[number, number][]} */
    const gaps = [];
    result.gaps = gaps;
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 2) gaps.push([last, now]);
      last = now;
      if (!result.stopFrames) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  }
  const guideElements = () => /** @type {GuideElement[]} */ ([...document.querySelectorAll(selector)]);

  new PerformanceObserver((list) => {
    for (const entry of /** @type {LargestContentfulPaint[]} */ (list.getEntries())) {
      // Text in a shadow root has no element to show the page (null): that is the guide's text.
      const element = entry.element;
      result.lcp.push({
        time: entry.startTime,
        size: entry.size,
        element: element ? element.localName : null,
        inGuide: !element || Boolean(element.closest(selector)),
      });
    }
  }).observe({type: 'largest-contentful-paint', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
  }).observe({type: 'paint', buffered: true});

  /** @type {Map<Element, number>} */
  const renders = new Map();
  if (config.countRenders) {
    const define = CustomElementRegistry.prototype.define;
    /**
     * @param {string} name
     * @param {CustomElementConstructor} constructor
     * @param {ElementDefinitionOptions} [options]
     */
    CustomElementRegistry.prototype.define = function (name, constructor, options) {
      const update = constructor.prototype.update;
      if (tags.includes(name) && typeof update === 'function') {
        Object.defineProperty(constructor.prototype, 'update', {
          configurable: true,
          writable: true,
          /** @this {Element} @param {unknown[]} args */
          value: function (...args) {
            renders.set(this, (renders.get(this) ?? 0) + 1);
            return update.apply(this, args);
          },
        });
      }
      return define.call(this, name, constructor, options);
    };
  }

  /** The language an element shows: its root's `lang`, or null while it shows nothing. */
  const shown = (/** @type {Element} */ element) => {
    const base = element.shadowRoot && element.shadowRoot.querySelector('[part~="base"]');
    return base ? base.getAttribute('lang') : null;
  };

  if (config.sampleFrames) {
    const wanted = config.sampleFrames;
    /** @type {Frames} */
    const frames = {total: 0, english: 0, blank: 0, allShown: null};
    result.frames = frames;
    const sample = () => {
      const languages = guideElements().map(shown);
      if (languages.length) {
        frames.total++;
        if (languages.some((lang) => lang === null)) frames.blank++;
        if (wanted !== 'en' && languages.some((lang) => lang === 'en')) frames.english++;
        if (frames.allShown === null && languages.every((lang) => lang === wanted)) frames.allShown = performance.now();
      }
      // This runs in the frame's rendering step, after every task that changed the DOM and
      // before paint (the guide itself uses no animation frames): what it sees, the frame paints.
      if (!result.stopFrames) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }

  /** @type {() => void} */
  let signalDone = () => {};
  page.__benchDone = new Promise((resolve) => (signalDone = resolve));
  addEventListener('load', () => {
    result.loaded = true;
    if (!config.scripted || result.ready !== null) signalDone();
  });
  document.addEventListener('DOMContentLoaded', () => {
    if (!config.scripted) return;
    // Module scripts have run by now; whenDefined covers a bundle that defines its elements later.
    const elements = guideElements();
    const present = tags.filter((tag) => elements.some((element) => element.localName === tag));
    Promise.all(present.map((tag) => customElements.whenDefined(tag)))
      .then(() => Promise.all(elements.map((element) => element.updateComplete)))
      .then(() => {
        result.ready = performance.now();
        if (config.countRenders) result.renders = elements.map((element) => renders.get(element) ?? 0);
        if (result.loaded) signalDone();
      });
  });

  if (config.switchLocale) {
    page.__benchSwitch = (locale) =>
      new Promise((resolve) => {
        const elements = guideElements();
        const before = elements.map((element) => renders.get(element) ?? 0);
        performance.mark('bench-switch'); // the trace's switch tasks start here
        const start = performance.now();
        /** @type {number | null} */
        let ready = null;
        /** @type {number | null} */
        let allShown = null;
        const finish = () => {
          if (ready === null || allShown === null) return;
          performance.mark('bench-switch-end');
          resolve({
            start,
            ready,
            allShown,
            renders: elements.map((element, i) => (renders.get(element) ?? 0) - before[i]),
          });
        };
        for (const element of elements) element.locale = locale;
        Promise.all(elements.map((element) => element.updateComplete)).then(() => {
          ready = performance.now() - start;
          finish();
        });
        const frame = () => {
          if (elements.every((element) => shown(element) === locale)) {
            allShown = performance.now() - start;
            finish();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
  }
})();
