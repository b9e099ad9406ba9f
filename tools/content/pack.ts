/**
 * Packs the shipped structure for the bundle (see PackedStructure in src/content/model.ts):
 * the message numbers are left out, since they follow reading order, and each block becomes
 * a number, a string or an array.
 */
import {isDeepStrictEqual} from 'node:util';
import {
  unpackStructure,
  type Block,
  type GuideStructure,
  type PackedBlock,
  type PackedStructure,
} from '../../src/content/model.js';

function packBlock(block: Block): PackedBlock {
  if (Object.hasOwn(block, 'slot')) return (block as {slot: string}).slot;
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
    isoDates: structure.isoDates,
  };
  if (!isDeepStrictEqual(unpackStructure(packed), structure)) {
    throw new Error(
      'packStructure: the message numbers do not follow reading order (see PackedStructure in ' +
        'src/content/model.ts), or a list is empty; unpacking would put text in the wrong places',
    );
  }
  return packed;
}
