/**
 * The structure the bundle ships: the content with each text replaced by its message's number
 * (shippedStructure), packed (see PackedStructure in src/content/model.ts): the message numbers
 * are left out, since they follow reading order, and each block becomes a number, a string, an
 * array or a one-key object.
 */
import {isDeepStrictEqual} from 'node:util';
import {
  smallPrintOrder,
  unpackStructure,
  type Block,
  type GuideStructure,
  type PackedBlock,
  type PackedStructure,
  type SmallPrint,
} from '../../src/content/model.js';
import type {Message} from './catalogue.js';
import type {Block as WrittenBlock, GuideContent} from './model.js';

/** The content as shipped: each text replaced by its message's number. */
export function shippedStructure(content: GuideContent, messages: readonly Message[]): GuideStructure {
  const numbers = new Map(messages.map(({path}, i) => [path.join('/'), i]));
  const number = (...path: (string | number)[]) => {
    const found = numbers.get(path.join('/'));
    if (found === undefined) throw new Error(`no message at ${path.join('.')}`);
    return found;
  };
  const blocks = (list: readonly WrittenBlock[], path: (string | number)[]): Block[] =>
    list.map((block, i): Block => {
      const at = [...path, i];
      switch (block.kind) {
        case 'paragraph':
          return {text: number(...at, 'text')};
        case 'list': {
          const items = block.items.map((_, n) => number(...at, 'items', n, 'text'));
          return block.ordered ? {items, ordered: true} : {items};
        }
        case 'checklist':
          return {checklist: block.items.map((_, n) => number(...at, 'items', n, 'text'))};
        case 'callout':
          return {callout: number(...at, 'text')};
        case 'figure':
          return {drawing: block.drawing, alt: number(...at, 'alt'), caption: number(...at, 'caption')};
        case 'slot':
          return {slot: block.slot, text: number(...at, 'text')};
        case 'subsection':
          return {heading: number(...at, 'heading'), blocks: blocks(block.blocks, [...at, 'blocks'])};
      }
    });
  const smallPrintPath = (name: keyof SmallPrint) =>
    name === 'dates' || name === 'disclaimer' ? [name, 'text'] : ['review', name, 'text'];
  return {
    glossary: Object.fromEntries(
      Object.keys(content.glossary).map((id) => [
        id,
        {term: number('glossary', id, 'term'), definition: number('glossary', id, 'definition')},
      ]),
    ),
    elements: Object.fromEntries(
      Object.entries(content.elements).map(([tag, element]) => [
        tag,
        {
          intro: blocks(element.intro, ['elements', tag, 'intro']),
          sections: element.sections.map((section, i) => ({
            id: section.id,
            heading: number('elements', tag, 'sections', i, 'heading'),
            blocks: blocks(section.blocks, ['elements', tag, 'sections', i, 'blocks']),
          })),
          outro: blocks(element.outro, ['elements', tag, 'outro']),
          renamed: element.renamed,
        },
      ]),
    ),
    drawings: content.drawings,
    wordsToKnow: number('wordsToKnow', 'text'),
    termHint: number('termHint', 'text'),
    smallPrint: Object.fromEntries(smallPrintOrder.map((name) => [name, number(...smallPrintPath(name))])) as Record<
      keyof SmallPrint,
      number
    >,
    reviewDue: content.dates.reviewDue,
  };
}

function packBlock(block: Block): PackedBlock {
  if (Object.hasOwn(block, 'slot')) return (block as {slot: string}).slot;
  if (Object.hasOwn(block, 'callout')) return {callout: 1};
  if (Object.hasOwn(block, 'checklist')) return {checklist: (block as {checklist: readonly number[]}).checklist.length};
  if (Object.hasOwn(block, 'drawing')) return {drawing: (block as {drawing: string}).drawing};
  if (Object.hasOwn(block, 'items')) {
    const {items, ordered} = block as {items: readonly number[]; ordered?: true};
    return ordered ? -items.length : items.length;
  }
  if (Object.hasOwn(block, 'blocks')) return (block as {blocks: readonly Block[]}).blocks.map(packBlock);
  return 0;
}

/**
 * Throws when unpacking would not give `structure` back: when its numbers do not follow
 * reading order (a change to the catalogue's walk), or a block has a shape packing cannot
 * carry (an empty list). The build stops there rather than ship text in the wrong places.
 */
export function packStructure(structure: GuideStructure): PackedStructure {
  const packed: PackedStructure = {
    elements: Object.fromEntries(
      Object.entries(structure.elements).map(([tag, {intro, sections, outro, renamed}]) => [
        tag,
        {
          intro: intro.map(packBlock),
          sections: sections.map(({id, blocks}) => [id, blocks.map(packBlock)] as const),
          outro: outro.map(packBlock),
          ...(Object.keys(renamed).length ? {renamed} : {}),
        },
      ]),
    ),
    glossary: Object.keys(structure.glossary),
    drawings: structure.drawings,
    reviewDue: structure.reviewDue,
  };
  if (!isDeepStrictEqual(unpackStructure(packed), structure)) {
    throw new Error(
      'packStructure: the message numbers do not follow reading order (see PackedStructure in ' +
        'src/content/model.ts), or a list is empty; unpacking would put text in the wrong places',
    );
  }
  return packed;
}
