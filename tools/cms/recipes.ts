// The code blocks of docs/cms.md, written from src/markup.ts: the snippet that checks a CMS
// set-up, and each CMS's recipe. `npx tsx tools/cms/write-recipes.ts` writes them into the docs;
// test/node/cms.test.ts checks the docs match, then runs each block through its sanitizer.
import {childAttributes, guideAttributes, guideSlots, guideTags, slotClass, type GuideTag} from '../../src/markup.js';

/** The one tag that holds the hospital's own words in every recipe, so filters allow `slot` on it alone. */
export const wordsTag = 'div';

const scriptUrl = 'https://cdn.example.org/bone-marrow-guide@0.1.0/dist/bone-marrow-guide.js';

/** Attributes written bare, as an HTML boolean. */
const booleanAttributes = new Set(['collapsible']);

/** What the check snippet writes for each attribute. A new attribute in src/markup.ts needs one here. */
const sampleValues: Record<string, (tag: GuideTag) => string> = {
  sections: (tag) =>
    ({
      'procedure-overview': 'prepare procedure',
      'risk-list': 'bleeding infection',
      'results-explainer': 'timing normal',
    })[tag],
  'heading-level': () => '3',
  locale: () => 'en',
  'reviewed-by': () => 'Patient Education Committee',
  'reviewed-on': () => '2026-12-01',
  lang: () => 'en',
  class: () => 'hospital-guide',
};

/** The hospital's words the check snippet puts in a slot: each slot's own, so a test can tell them apart. */
export const sampleWords = (slot: string) =>
  `Our own words for ${slot}: call the Day Unit on 555-0100 (8 am to 6 pm), or the ward at night.`;

function attribute(name: string, tag: GuideTag): string {
  if (booleanAttributes.has(name)) return name;
  if (!Object.hasOwn(sampleValues, name)) throw new Error(`tools/cms/recipes.ts: no sample value for "${name}"`);
  return `${name}="${sampleValues[name](tag)}"`;
}

/** Every tag with every attribute, and the hospital's words in each slot: what a CMS must keep. */
function snippet(): string {
  return guideTags
    .map((tag) => {
      const attributes = guideAttributes.map((name) => attribute(name, tag));
      const words = guideSlots[tag].map((slot) =>
        [
          `  <${wordsTag} slot="${slot}" class="${slotClass(slot)}">`,
          `    <p>${sampleWords(slot)}</p>`,
          `  </${wordsTag}>`,
          '',
        ].join('\n'),
      );
      return `<${tag} ${attributes.join(' ')}>\n${words.join('')}</${tag}>`;
    })
    .join('\n');
}

const allSlots = guideTags.flatMap((tag) => guideSlots[tag]);
const quotedList = (names: readonly string[]) => names.map((name) => `'${name}'`).join(', ');

function wordpress(): string {
  const attributes = guideAttributes.map((name) => `'${name}' => true`).join(', ');
  return `// The guide's script on every page (WordPress 6.5 or later prints it as type="module").
add_action('wp_enqueue_scripts', function () {
    wp_enqueue_script_module(
        'bone-marrow-guide',
        '${scriptUrl}',
        [],
        null
    );
});

// Authors may write the guide's tags with their attributes, and name a slot on the <${wordsTag}>
// that holds the hospital's own words. Nothing else is loosened.
add_filter('wp_kses_allowed_html', function ($tags, $context) {
    if ($context === 'post') {
        $attributes = [${attributes}];
        foreach ([${quotedList(guideTags)}] as $tag) {
            $tags[$tag] = $attributes;
        }
        $tags['${wordsTag}']['slot'] = true; // class="bmg-…" is allowed on <${wordsTag}> already
    }
    return $tags;
}, 10, 2);`;
}

/** Drupal allows `lang` (and `dir`) on every tag itself; listing it again is not needed. */
export const drupalGlobalAttributes = ['lang'];

function drupal(): string {
  const attributes = guideAttributes.filter((name) => !drupalGlobalAttributes.includes(name)).join(' ');
  const tags = guideTags.map((tag) => `<${tag} ${attributes}>`);
  const classes = allSlots.map(slotClass).join(' ');
  return [...tags, ...(allSlots.length ? [`<${wordsTag} slot class="${classes}">`] : [])].join(' ');
}

const jsList = (names: readonly string[]) => `[${quotedList(names)}]`;

function dompurify(): string {
  return `import DOMPurify from 'dompurify';

// The guide's tags and attributes, on top of DOMPurify's defaults.
const clean = DOMPurify.sanitize(cmsHtml, {
  ADD_TAGS: ${jsList(guideTags)},
  ADD_ATTR: ${jsList([...new Set([...guideAttributes, ...childAttributes])])},
});`;
}

function sanitizeHtml(): string {
  const perTag = guideTags.map((tag) => `    '${tag}': ${jsList(guideAttributes)},\n`).join('');
  return `import sanitizeHtml from 'sanitize-html';

// The guide's tags and attributes, on top of sanitize-html's defaults.
const clean = sanitizeHtml(cmsHtml, {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, ${quotedList(guideTags)}],
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
${perTag}    ${wordsTag}: ${jsList(childAttributes)},
  },
});`;
}

/** Each block of docs/cms.md, by the name in its marker. */
export function recipes(): Record<string, {lang: string; code: string}> {
  return {
    snippet: {lang: 'html', code: snippet()},
    wordpress: {lang: 'php', code: wordpress()},
    drupal: {lang: 'text', code: drupal()},
    dompurify: {lang: 'js', code: dompurify()},
    'sanitize-html': {lang: 'js', code: sanitizeHtml()},
  };
}
