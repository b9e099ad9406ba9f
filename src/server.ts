// `bone-marrow-guide/server` (Node only): the elements as HTML with declarative shadow DOM
// (server/render.ts). Loaded here only once Lit's server renderer is known to be installed
// (server-peer.ts); the names below are the ones server/render.ts exports (test/node/package.test.ts checks).
import {missingServerRenderer} from './server-peer.js';

const server = await import('./server/render.js').catch((error: unknown) => {
  throw missingServerRenderer(error);
});

export const {RenderError, guideTags, isShipped, renderedLocale, renderToHtml, shippedLocales} = server;
export type {RenderOptions} from './server/render.js';
