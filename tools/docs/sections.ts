// Each element's section ids, in the order shown, with the English heading of each: the ids a
// page passes to `sections`. Read from the content as built (src/generated/content.ts), never
// written down here, so a section added to content/ reaches the element pages and the snippet
// builder at the next build. (Literal section-id types in the manifest would say the same.)
import {english, structure} from '../../src/generated/content.js';

export interface SectionInfo {
  id: string;
  /** The English heading, glossary markers ([[id|words]]) reduced to their words. */
  heading: string;
}

const plainText = (text: string | null | undefined) =>
  (text ?? '').replace(/\[\[(?:[^|\]]+\|)?([^\]]+)\]\]/g, '$1').trim();

export function sectionsOf(tags: readonly string[]): Record<string, SectionInfo[]> {
  const result: Record<string, SectionInfo[]> = {};
  for (const tag of tags) {
    const element = Object.hasOwn(structure.elements, tag) ? structure.elements[tag] : undefined;
    result[tag] = (element?.sections ?? []).map(({id, heading}) => ({
      id,
      heading: plainText(english.strings[heading]),
    }));
  }
  return result;
}
