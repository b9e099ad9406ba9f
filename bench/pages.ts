// The pages the bench loads. The guide's part of each is generated, never written by hand: the
// script-tag snippet is the README's, the pre-rendered and static HTML is what the render
// command prints (dist/lib/server/cli.js, as npm ships it, run as a CMS editor would run it).
// Everything around the guide is one hospital page, identical in every variant, so a difference
// between two pages is the guide's and nothing else.
//
// The page is the guide's natural home: a title, a one-line lead, the guide, a contact line. Its
// own text is short and its heading modest, so the largest text on the first screen is the
// guide's and LCP times the guide. With longer or larger text of its own, LCP would time the
// page's text and hide the guide's cost (before the script runs, the elements are empty and the
// text after them moves up into view; LCP keeps the largest paint, so the guide arriving later
// would never count). Firefox sizes a text candidate by its first line, not its block, so there
// a 2em page heading or a full line of the page's own outweighs any paragraph of the guide: the
// heading here is 1.25rem and each line of the page's own is short. The table says, per page,
// in how many loads LCP was the guide's text.
//
// The peers (peers.ts) are the same page with their script instead of the guide's.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {buildPeers} from './peers.js';

export const guideTags = ['procedure-overview', 'risk-list', 'results-explainer'] as const;

/** Where the server puts dist/; the render command's --base. */
export const distBase = '/dist/';

/** The hospital page's own words, in each page language: what stays when the guide is left out. */
const surroundings = {
  en: {
    title: 'Bone marrow biopsy | Riverbend Hospital',
    crumbs: 'Riverbend Hospital › Patient information',
    heading: 'Bone marrow biopsy',
    intro: 'Here is what to expect.',
    after: 'Questions?',
    contact: 'Call the hematology clinic.',
    footer: 'Riverbend Hospital, 100 River Road.',
  },
  es: {
    title: 'Biopsia de médula ósea | Hospital Riverbend',
    crumbs: 'Hospital Riverbend › Información para pacientes',
    heading: 'Biopsia de médula ósea',
    intro: 'Esto es lo que puede esperar.',
    after: '¿Preguntas?',
    contact: 'Llame a la clínica de hematología.',
    footer: 'Hospital Riverbend, 100 River Road.',
  },
};

export type PageLanguage = keyof typeof surroundings;

/** The same page around any guide HTML; `guide` is pasted where an editor would paste it. */
export function hospitalPage(lang: PageLanguage, guide: string): string {
  const words = surroundings[lang];
  // A plain system font: a web font would add a request and a swap that are the page's, not the
  // guide's. The favicon is inline so the browser does not ask the server for one mid-load.
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 100%/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
  header, main, footer { box-sizing: border-box; max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
  header { border-bottom: 1px solid #ccc; font-size: 0.875rem; }
  h1 { font-size: 1.25rem; }
  footer { border-top: 1px solid #ccc; font-size: 0.875rem; color: #555; }
  a { color: #005eb8; }
</style>
</head>
<body>
<header><p><a href="#">${words.crumbs}</a></p></header>
<main>
<h1>${words.heading}</h1>
<p>${words.intro}</p>
${guide}
<h2>${words.after}</h2>
<p>${words.contact}</p>
</main>
<footer><p>${words.footer}</p></footer>
</body>
</html>
`;
}

/** What `bone-marrow-guide render` prints, exactly as an editor would paste it. */
function renderCommand(tag: string, ...options: string[]): string {
  const cli = 'dist/lib/server/cli.js';
  if (!existsSync(cli)) throw new Error(`bench: ${cli} is missing; run npm run build first`);
  const {status, stdout, stderr} = spawnSync(process.execPath, [cli, 'render', tag, '--base', distBase, ...options], {
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`bench: render ${tag} ${options.join(' ')} failed:\n${stderr}`);
  return stdout.trim();
}

/** The README's snippet: the script tag, then the elements. */
const scriptTag = (src = `${distBase}bone-marrow-guide.js`) => `<script type="module" src="${src}"></script>`;
const widgetElements = (tags: readonly string[]) => tags.map((tag) => `<${tag}></${tag}>`).join('\n');

export interface Page {
  /** Served at /pages/<name>.html. */
  name: string;
  html: string;
  /** The script that makes its elements (the guide's bundle, a peer's), if any: they become ready. */
  script: string | null;
  /** How many elements it holds. */
  elements: number;
}

export interface PageSet {
  widget: Page;
  preRendered: Page;
  staticTwin: Page;
  noGuide: Page;
  litPeer: Page;
  vanillaPeer: Page;
  spanish: Page;
  spanishPreload: Page;
  /** <risk-list> × N: the guide's, the plain Lit peer's, and the static twin's. */
  instances: Map<number, Page>;
  litInstances: Map<number, Page>;
  staticInstances: Map<number, Page>;
  /** The peers' scripts, to serve beside dist/. */
  scripts: Map<string, string>;
}

/**
 * Every page of a run. The guide's instance pages hold each of `instanceCounts`; the Lit peer's
 * the fewest and the most of them; the static twin's the most (the goals compare those).
 */
export async function generatePages(instanceCounts: readonly number[]): Promise<PageSet> {
  const page = (name: string, html: string, script: string | null, elements: number): Page => ({
    name,
    html,
    script,
    elements,
  });
  const three = guideTags.length;
  // Styles inline (--inline-styles), so the pre-rendered page and the static twin are each one
  // file, as the peers are; the stylesheet link would add a request the peers do not make.
  const preRendered = guideTags.map((tag) => renderCommand(tag, '--inline-styles')).join('\n');
  const staticHtml = new Map(guideTags.map((tag) => [tag, renderCommand(tag, '--no-script', '--inline-styles')]));
  const staticTwin = [...staticHtml.values()].join('\n');
  // The documented preload for Spanish: the first line the render command prints for it.
  const spanishPreload = renderCommand('risk-list', '--locale', 'es').split('\n')[0];
  if (!spanishPreload.startsWith('<link rel="modulepreload"')) {
    throw new Error(`bench: the render command printed no modulepreload for Spanish: ${spanishPreload}`);
  }
  const peers = await buildPeers(staticHtml);
  const bundle = `${distBase}bone-marrow-guide.js`;
  const widget = `${scriptTag()}\n${widgetElements(guideTags)}`;
  const many = (count: number) => Array<string>(count).fill('risk-list');
  const [fewest, most] = [Math.min(...instanceCounts), Math.max(...instanceCounts)];
  const counted = (counts: number[], make: (count: number) => Page) =>
    new Map([...new Set(counts)].map((count) => [count, make(count)]));
  return {
    widget: page('widget', hospitalPage('en', widget), bundle, three),
    preRendered: page(
      'pre-rendered',
      hospitalPage('en', preRendered),
      `${distBase}bone-marrow-guide-hydrate.js`,
      three,
    ),
    staticTwin: page('static', hospitalPage('en', staticTwin), null, three),
    noGuide: page('no-guide', hospitalPage('en', ''), null, 0),
    litPeer: page(
      'lit-peer',
      hospitalPage('en', `${scriptTag(peers.lit)}\n${widgetElements(guideTags)}`),
      peers.lit,
      three,
    ),
    vanillaPeer: page(
      'vanilla-peer',
      hospitalPage('en', `${scriptTag(peers.vanilla)}\n${widgetElements(guideTags)}`),
      peers.vanilla,
      three,
    ),
    spanish: page('es', hospitalPage('es', widget), bundle, three),
    // The preload goes where the render command puts it: just before the guide.
    spanishPreload: page('es-preload', hospitalPage('es', `${spanishPreload}\n${widget}`), bundle, three),
    instances: counted([...instanceCounts], (count) =>
      page(`risk-list-x${count}`, hospitalPage('en', `${scriptTag()}\n${widgetElements(many(count))}`), bundle, count),
    ),
    litInstances: counted([fewest, most], (count) =>
      page(
        `lit-peer-x${count}`,
        hospitalPage('en', `${scriptTag(peers.lit)}\n${widgetElements(many(count))}`),
        peers.lit,
        count,
      ),
    ),
    staticInstances: counted([most], (count) =>
      page(
        `static-x${count}`,
        hospitalPage(
          'en',
          many(count)
            .map(() => staticHtml.get('risk-list'))
            .join('\n'),
        ),
        null,
        count,
      ),
    ),
    scripts: peers.files,
  };
}
