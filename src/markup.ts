/**
 * The markup a page writes for the guide, in one place: the three tags, the attributes the guide
 * reads on them, and the named slots for the hospital's own words inside them. A CMS must let
 * all of it through. docs/cms.md's recipes are written from these lists
 * (tools/cms/write-recipes.ts) and tested through each sanitizer (test/node/cms.test.ts,
 * test/cms.test.ts); the iframe embed (embed/embed.ts) reads the tags, and the slot safety net
 * (local-words.ts) the slot class. Add an attribute or a slot here, and every recipe and test
 * follows.
 */

export const guideTags = ['procedure-overview', 'risk-list', 'results-explainer'] as const;

export type GuideTag = (typeof guideTags)[number];

/**
 * The attributes a page may write on each tag: the element's own (GuideElement.properties; a
 * test checks the two agree), then the HTML attributes the guide reads or a page styles with.
 */
export const guideAttributes = [
  'sections',
  'heading-level',
  'locale',
  'collapsible',
  'reviewed-by',
  'reviewed-on',
  'lang',
  'class',
] as const;

/**
 * The attributes on the hospital's own words, a child of the tag: `slot` names the slot, and
 * `class` names it again where a CMS strips `slot` (slotClass).
 */
export const childAttributes = ['slot', 'class'] as const;

/**
 * Each tag's named slots for the hospital's own words. content/<tag>.yaml places them (and the
 * element reads them from there); test/node/cms.test.ts checks that the two agree.
 */
export const guideSlots: Readonly<Record<GuideTag, readonly string[]>> = {
  'procedure-overview': ['after-procedure'],
  'risk-list': ['when-to-call'],
  'results-explainer': [],
};

/** The class that puts a child in a slot when a CMS stripped its `slot` attribute. */
export const slotClass = (slot: string): string => `bmg-${slot}`;
