// Loads the bundle a page's ?copy= names (see web-test-runner.config.mjs), or the real one.
const copy = new URLSearchParams(location.search).get('copy');
import(copy ? `/test/bundle-copies/${copy}/bone-marrow-guide.js` : '/dist/bone-marrow-guide.js');
