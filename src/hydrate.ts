// The bundle for pre-rendered HTML (see server/render.ts): the elements, as in index.ts, able to
// take over the declarative shadow DOM already on the page instead of rendering it again, when
// it matches what they would render (hydration.ts). A page without pre-rendered HTML loses
// nothing with it, but pays about 2 KB more, so the script-tag bundle leaves it out.
import {enableHydration} from './hydration.js';

enableHydration();
export * from './index.js';
