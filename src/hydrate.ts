// The bundle for pre-rendered HTML (see server/render.ts): Lit's hydration support first, so
// that each element takes over the declarative shadow DOM already on the page instead of
// rendering it again; then the elements, as in index.ts. A page without pre-rendered HTML
// loses nothing with it, but pays about 2 KB more, so the script-tag bundle leaves it out.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
