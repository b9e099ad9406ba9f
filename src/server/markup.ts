/**
 * The tokens of the HTML the server renders into a shadow root, as a browser's parser will
 * build them (see pre-rendered-record.ts): start tags with their attributes, text, comments.
 * Only for the HTML Lit's server renderer writes from our templates: every attribute value in
 * double quotes, text and values escaped with the five entities below, no raw-text elements
 * (script, textarea) and no markup a parser would rearrange. tests check the browser agrees.
 */
import {comment, startTag} from '../pre-rendered-record.js';

const entities: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'"};

const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]);

// A `<` that starts no tag is text, as a parser reads it. `<?…>` is a comment whose data starts
// with the `?` (the parser's bogus comment): Lit's server renderer writes `<?>` for an empty value.
const token = /<!--([\s\S]*?)-->|<(\?[^>]*)>|<\/[^>]*>|<([a-zA-Z][^\s/>]*)([^>]*)>|([^<]+|<)/g;
const attribute = /([^\s"'=/>]+)(?:\s*=\s*"([^"]*)")?/g;

/**
 * Inside <svg>, a browser's parser keeps the SVG spelling of some attribute names (the HTML
 * standard's table of SVG attribute adjustments); these are the ones our drawings use (a drawing
 * is an <svg> of <path>s: tools/content/drawings.ts, src/render.ts).
 */
const svgAttributes = new Map([['viewbox', 'viewBox']]);

/** The HTML's tokens, joined, as markupDigest() takes them. */
export function markupOf(html: string): string {
  const out: string[] = [];
  let svgDepth = 0;
  for (const [whole, commentData, bogusComment, tag, attributes, text] of html.matchAll(token)) {
    if (commentData !== undefined) out.push(comment(commentData));
    else if (bogusComment !== undefined) out.push(comment(bogusComment));
    else if (text !== undefined) out.push(decode(text));
    else if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (name === 'svg') svgDepth += 1;
      const pairs = [...attributes.matchAll(attribute)].map(([, attributeName, value]) => {
        const lower = attributeName.toLowerCase();
        return {name: (svgDepth && svgAttributes.get(lower)) || lower, value: decode(value ?? '')};
      });
      out.push(startTag(name, pairs));
      if (name === 'svg' && /\/\s*>$/.test(whole)) svgDepth -= 1;
    } else if (/^<\/svg\s*>$/i.test(whole)) svgDepth -= 1;
    // else an end tag, which makes no node
  }
  return out.join('');
}
