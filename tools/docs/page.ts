// The frame of every page of the docs site: the language, the title, a link past the navigation,
// the navigation with the current page marked, the site's stylesheet and script, and the guide's
// bundle, so the elements on any page are live. No inline script or style: the site works
// under a strict Content-Security-Policy, like the guide itself.

export interface NavEntry {
  /** Relative to the site's root, e.g. `elements/risk-list.html`. */
  href: string;
  title: string;
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
export const escape = (text: string) => text.replace(/[&<>"']/g, (character) => entities[character]);

/** A code block with its copy button and a status line that says, politely, what happened. */
export function codeBlock(code: string, id: string, what: string): string {
  return `<div class="code"><pre><code id="${id}">${escape(code)}</code></pre>
<button type="button" data-copy="${id}">Copy<span class="visually-hidden"> the code: ${escape(what)}</span></button>
<span class="copy-status" role="status"></span></div>`;
}

export function page(options: {path: string; title: string; nav: NavEntry[]; main: string; styles?: string[]}): string {
  const {path, title, nav, main, styles = []} = options;
  const root = '../'.repeat(path.split('/').length - 1); // from elements/x.html, the root is ../
  const links = nav
    .map(({href, title: text}) => {
      const current = href === path ? ' aria-current="page"' : '';
      return `<li><a href="${root}${href}"${current}>${escape(text)}</a></li>`;
    })
    .join('\n');
  const sheets = ['assets/docs.css', ...styles].map((href) => `<link rel="stylesheet" href="${root}${href}" />`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)} – bone-marrow-guide</title>
<link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml" />
${sheets.join('\n')}
<script type="module" src="${root}guide/bone-marrow-guide.js"></script>
<script type="module" src="${root}assets/docs.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header"><p class="site-name"><a href="${root}index.html">bone-marrow-guide</a>
documentation</p></header>
<div class="layout">
<nav class="site-nav" aria-label="Documentation"><ul>
${links}
</ul></nav>
<main id="main" tabindex="-1">
${main}
</main>
</div>
</body>
</html>
`;
}
