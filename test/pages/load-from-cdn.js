// Adds <script type="module" crossorigin="anonymous" [integrity]> for the bundle, as the
// README's CDN snippet does, from /test/cors/<cors>/ (test/server/embedding.mjs decides which
// answers carry Access-Control-Allow-Origin), on the test server's other host name (localhost
// or 127.0.0.1) unless ?origin=same. ?integrity= adds that integrity value. Sets
// window.bundle to 'loaded' or 'failed'.
//
// With ?report, the page posts what it shows to its parent once it has settled: a frame with
// <iframe sandbox="allow-scripts"> has an opaque origin, so the test cannot read its document.
const params = new URLSearchParams(location.search);
const url = new URL(`/test/cors/${params.get('cors') ?? 'all'}/bone-marrow-guide.js`, location.href);
if (params.get('origin') !== 'same') url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

const tags = ['procedure-overview', 'risk-list', 'results-explainer'];
const shown = () => tags.map((tag) => document.querySelector(tag).shadowRoot?.querySelector('[part~="base"]')?.lang);
const report = () =>
  parent.postMessage(
    {
      bundle: window.bundle,
      defined: tags.filter((tag) => customElements.get(tag)),
      shown: shown(),
      fallbackShown: document.querySelector('.fallback').getClientRects().length > 0,
      warnings: window.warnings,
      problems: window.problems,
    },
    '*',
  );

const script = document.createElement('script');
script.type = 'module';
script.crossOrigin = 'anonymous';
if (params.has('integrity')) script.integrity = params.get('integrity');
script.src = url.href;
const settled = new Promise((resolve) => {
  script.onload = () => resolve((window.bundle = 'loaded'));
  script.onerror = () => resolve((window.bundle = 'failed'));
});
document.head.append(script);

if (params.has('report')) {
  settled.then(async (outcome) => {
    // Loaded: wait for the three to show Spanish, or English with a warning (the chunk failed).
    // Not settling is a hang, which the test's own timeout reports.
    while (outcome === 'loaded') {
      const langs = shown();
      if (langs.every((lang) => lang === 'es') || (langs.every(Boolean) && window.warnings.length)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    report();
  });
}
