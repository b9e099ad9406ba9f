// The guide's peers: what a developer would write instead, with the same English text and CSS,
// built fresh for every run from what the render command prints (so they never drift from the
// guide), bundled and minified like the guide:
//
//   plain Lit peer   three LitElements, `static styles` (the guide's stylesheet) and one static
//                    html`` literal each (the guide's rendered markup): no localization, no
//                    glossary machinery, no attributes. What a competent developer writes in an
//                    afternoon with Lit.
//   vanilla peer     three custom elements with no library: one constructed stylesheet shared
//                    by all, and the markup set as the shadow root's innerHTML on connect. The
//                    least work a custom element can do to show the text.
//
// Both render the text the guide shows in English with its default attributes, and both keep the
// guide's parts and classes, so the observer (page/observe.js) reads them the same way. Their
// term buttons do nothing: the peers show the text, they do not explain it.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import {rollup} from 'rollup';

// The plugin's types describe its CommonJS build; imported, Node loads its ES build, whose
// default export is the plugin itself.
const terser = terserPlugin as unknown as (typeof terserPlugin)['default'];

export interface PeerScripts {
  /** Script path under the server's origin (/peers/<name>.js) → its code. */
  files: Map<string, string>;
  lit: string;
  vanilla: string;
}

/** The shadow root of one element as the render command prints it with --no-script: its CSS and its markup. */
export function splitStatic(tag: string, printed: string): {css: string; markup: string} {
  const match = new RegExp(
    `^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">` +
      // The record of how it was rendered (src/pre-rendered-record.ts), which a peer does not need.
      `(?:<!--bone-marrow-guide [^>]*-->)?<style>([^<]*)</style>([\\s\\S]*)</template></${tag}>$`,
  ).exec(printed.trim());
  if (!match) throw new Error(`bench: the render command's static ${tag} has an unexpected shape`);
  // Lit's hydration markers are comments: a hand-written peer has none.
  return {css: match[1], markup: match[2].replace(/<!--[\s-]*(\/?lit-[^>]*)?-->/g, '')};
}

/** A JavaScript template literal holding `text` as it is. */
const literal = (text: string) => `\`${text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;

const className = (tag: string) => tag.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

function litPeer(css: string, elements: Map<string, string>): string {
  return [
    `import {LitElement, css, html} from 'lit';`,
    `const styles = css${literal(css)};`,
    ...[...elements].map(
      ([tag, markup]) =>
        `class ${className(tag)} extends LitElement {\n  static styles = styles;\n` +
        `  render() {\n    return html${literal(markup)};\n  }\n}\n` +
        `customElements.define('${tag}', ${className(tag)});`,
    ),
  ].join('\n');
}

function vanillaPeer(css: string, elements: Map<string, string>): string {
  return [
    `const sheet = new CSSStyleSheet();`,
    `sheet.replaceSync(${JSON.stringify(css)});`,
    `const define = (tag, markup) => customElements.define(tag, class extends HTMLElement {`,
    `  connectedCallback() {`,
    `    if (this.shadowRoot) return;`,
    `    const root = this.attachShadow({mode: 'open'});`,
    `    root.adoptedStyleSheets = [sheet];`,
    `    root.innerHTML = markup;`,
    `  }`,
    `});`,
    ...[...elements].map(([tag, markup]) => `define('${tag}', ${JSON.stringify(markup)});`),
  ].join('\n');
}

/** Bundles and minifies `source` as rollup.config.mjs does the guide: Lit's production build, terser. */
async function bundle(folder: string, name: string, source: string): Promise<string> {
  const input = join(folder, `${name}.src.js`);
  writeFileSync(input, source);
  const build = await rollup({
    input,
    plugins: [nodeResolve(), terser({ecma: 2021, module: true, format: {comments: false}})],
  });
  try {
    const {output} = await build.generate({format: 'es'});
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** Builds both peers from each tag's static render (the render command's --no-script output). */
export async function buildPeers(printed: Map<string, string>): Promise<PeerScripts> {
  let css = '';
  const elements = new Map<string, string>();
  for (const [tag, html] of printed) {
    const parts = splitStatic(tag, html);
    if (css && parts.css !== css)
      throw new Error('bench: the elements have different stylesheets; the peers assume one');
    css = parts.css;
    elements.set(tag, parts.markup);
  }
  // Inside the repository, so that `lit` resolves from its node_modules.
  const folder = join('build', 'bench-peers');
  mkdirSync(folder, {recursive: true});
  const lit = await bundle(folder, 'lit', litPeer(css, elements));
  const vanilla = await bundle(folder, 'vanilla', vanillaPeer(css, elements));
  return {
    files: new Map([
      ['/peers/lit.js', lit],
      ['/peers/vanilla.js', vanilla],
    ]),
    lit: '/peers/lit.js',
    vanilla: '/peers/vanilla.js',
  };
}
