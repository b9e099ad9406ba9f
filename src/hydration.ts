/**
 * Taking pre-rendered HTML over as it is (hydrating it), in the hydrating bundle only: once the
 * element knows what it would render (its language loaded, its attributes read), its record
 * (pre-rendered-record.ts) says whether the HTML matches. A match costs one walk over the HTML
 * for its digest, then Lit's hydrate(); anything else, including an error of Lit's, makes
 * render-root.ts replace the HTML with a fresh render and warn once, naming what differed.
 */
import {hydrate} from '@lit-labs/ssr-client';
import {contentDigest} from './generated/content.js';
import {comment, markupDigest, readRecord, recordFields, startTag} from './pre-rendered-record.js';
import {installTakeOver, type TakeOver} from './render-root.js';
import {quoted} from './warnings.js';

/** Lit keeps the rendered part of a root under this name, which its builds never shorten. */
type LitRoot = ShadowRoot & {_$litPart$?: unknown};

/** Lets this copy of the elements take pre-rendered HTML over (hydrate.ts). */
export const enableHydration = (): void => installTakeOver(takeOver);

const takeOver: TakeOver = (root, rendered, template, options) => {
  const first = root.firstChild;
  const record = first instanceof Comment ? readRecord(first.data) : undefined;
  // docs/pre-rendered.md says what each of these means, and what to do.
  if (!record) return 'has no record of how it was rendered';
  const differences = recordFields(rendered, contentDigest)
    .filter(([name, value]) => record.get(name) !== value)
    .map(([name, value]) => `${name} ${quoted(record.get(name) ?? '')}, not ${quoted(value)}`);
  if (differences.length) return `was rendered with ${differences.join(', ')}`;
  if (record.get('markup') !== markupDigest(markupOf(root))) return 'was changed after it was rendered';
  try {
    hydrate(template, root, options);
    if ((root as LitRoot)._$litPart$) return undefined;
  } catch (error) {
    delete (root as LitRoot)._$litPart$;
    return `could not be hydrated (${quoted(error instanceof Error ? error.message : error)})`;
  }
  return 'could not be hydrated (no part markers)';
};

/**
 * The HTML after the record and styles, as tokens (see pre-rendered-record.ts). One walk per
 * node the root holds, and no callback per node: about half a millisecond for the largest
 * element on a desktop.
 */
function markupOf(root: ShadowRoot): string {
  let markup = '';
  for (const child of root.childNodes) {
    if (child === root.firstChild || child.nodeName === 'STYLE' || child.nodeName === 'LINK') continue;
    const walker = document.createTreeWalker(
      child,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
    );
    for (let node: Node | null = child; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE)
        markup += startTag((node as Element).localName, (node as Element).attributes);
      else markup += node.nodeType === Node.COMMENT_NODE ? comment((node as Comment).data) : (node as Text).data;
    }
  }
  return markup;
}
