// A portal that installed the packed tarball from npm and bundled `import 'bone-marrow-guide'`
// with esbuild, or with rollup (test/package/packed-app.mjs, served at /packed-app/<bundler>/ by
// test/server/embedding.mjs): on its Spanish page the guide is in Spanish, from the locale chunk
// the bundler itself emitted beside the app's bundle. That is what failed for npm users before:
// the bundle looked for locales/ that no bundler copies.
import {expect} from '@open-wc/testing';
import {allShow, localeChunkRequests, openPage, type PageWindow} from './pages.js';

const spanishChunks = (page: PageWindow, bundler: string) =>
  page.performance
    .getEntriesByType('resource')
    .filter(({name}) => new RegExp(`/packed-app/${bundler}/assets/es-[\\w-]+\\.js$`).test(name));

for (const bundler of ['esbuild', 'rollup']) {
  describe(`an app bundled with ${bundler} from the packed npm package`, () => {
    before(async function () {
      // A hang guard: packs, installs and bundles on first use (25 s idle), unless the Node test did.
      this.timeout(240_000);
      const response = await fetch(`/packed-app/${bundler}/index.html`);
      expect(response.ok, 'the app was built').to.be.true;
    });

    it(`shows Spanish on a Spanish page, from the chunk ${bundler} emitted`, async () => {
      const page = await openPage(`/packed-app/${bundler}/index.html`);
      try {
        await allShow(page.document, 'es');
        expect(spanishChunks(page.window, bundler), 'one request for the app’s own chunk').to.have.length(1);
        expect(localeChunkRequests(page.window, 'es'), 'nothing asked of a locales/ folder').to.deep.equal([]);
        expect(page.window.problems).to.deep.equal([]);
        expect(page.window.warnings).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  });
}
