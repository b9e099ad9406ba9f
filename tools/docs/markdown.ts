// Markdown to the site's HTML, with marked: headings get GitHub's ids (so links such as
// `cms.md#wordpress` keep working), links to another docs/*.md page go to its .html, and every
// code block gets a copy button. Two instances: the guides in docs/ may hold HTML (comments
// that mark blocks for the tests, say); text from the manifest may not, so there it shows as text.
import {Marked, type Tokens} from 'marked';
import {codeBlock, escape} from './page.js';

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function slugger() {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

const pageLink = /^([\w-]+)\.md(#[\w-]*)?$/;

function instance(allowHtml: boolean) {
  let slug = slugger();
  let blocks = 0;
  const marked = new Marked({gfm: true});
  marked.use({
    hooks: {
      preprocess(source: string) {
        slug = slugger();
        blocks = 0;
        return source;
      },
    },
    renderer: {
      heading(this: {parser: {parseInline: (tokens: Tokens.Generic[]) => string}}, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${slug(inner)}">${inner}</h${token.depth}>\n`;
      },
      code(token: Tokens.Code) {
        blocks += 1;
        return codeBlock(token.text, `code-${blocks}`, `block ${blocks}${token.lang ? ` (${token.lang})` : ''}`);
      },
      link(this: {parser: {parseInline: (tokens: Tokens.Generic[]) => string}}, token: Tokens.Link) {
        const href = token.href.replace(pageLink, (_, name: string, hash = '') => `${name}.html${hash}`);
        return `<a href="${escape(href)}">${this.parser.parseInline(token.tokens)}</a>`;
      },
      ...(allowHtml ? {} : {html: (token: Tokens.HTML | Tokens.Tag) => escape(token.text)}),
    },
  });
  return marked;
}

const guides = instance(true);
const plain = instance(false);

/** A guide from docs/: its HTML and its title (the first `# ` heading). */
export function markdown(source: string): {html: string; title: string} {
  const title = /^# (.+)$/m.exec(source)?.[1].replace(/`/g, '') ?? 'Documentation';
  return {html: guides.parse(source, {async: false}), title};
}

/** Text from the manifest (a description), as HTML; any markup in it shows as text. */
export const manifestText = (text = '') => plain.parse(text, {async: false});
