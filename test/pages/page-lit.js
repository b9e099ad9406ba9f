// The page's own Lit, as a portal built with Lit has it (served from node_modules): it creates
// Lit's `lit-html` Trusted Types policy when it loads, and renders a template of its own.
import {html, render} from 'lit';

const app = document.createElement('div');
document.body.append(app);
render(html`<p id="page-lit">Rendered by the page’s own Lit</p>`, app);
