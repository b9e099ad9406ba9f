// The content validator: the real content passes, and each kind of mistake a clinical editor
// can make is reported with the file, line and path, in words they can act on. Each case
// breaks one thing in a small valid folder (test/fixtures/content/).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readContentFiles} from '../../tools/content/read.js';
import {formatProblem, validateContent} from '../../tools/content/validate.js';

const real = await readContentFiles('content');
const fixture = await readContentFiles('test/fixtures/content');

/** The fixture with one edit in one file; the edit must apply. */
function problemsAfter(file: string, find: string, replace: string) {
  assert.ok(fixture[file].includes(find), `${file} should contain ${JSON.stringify(find)}`);
  return validateContent({...fixture, [file]: fixture[file].replace(find, replace)}).problems;
}

const lineOf = (file: string, text: string) => fixture[file].slice(0, fixture[file].indexOf(text)).split('\n').length;

test('the real content is valid, with every section of guide.yaml, in its order', () => {
  const {content, problems} = validateContent(real);
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem)),
    [],
  );
  assert.ok(content);
  assert.deepEqual(Object.keys(content.elements), ['procedure-overview', 'risk-list', 'results-explainer']);
  const guide = real['guide.yaml'];
  for (const [tag, element] of Object.entries(content.elements)) {
    const listed = guide.match(new RegExp(`${tag}:\\s*\\n\\s*sections: \\[([^\\]]*)\\]`))![1].split(/,\s*/);
    assert.deepEqual(
      element.sections.map((section) => section.id),
      listed,
      tag,
    );
  }
});

test('the fixture is valid, and its model keeps text, lists, subsections, facts and notes', () => {
  const {content, problems} = validateContent(fixture);
  assert.deepEqual(problems, []);
  const [first, second, third] = content!.elements['sample-list'].sections;
  assert.equal(first.heading, 'First');
  assert.deepEqual(first.blocks[0], {
    kind: 'paragraph',
    id: 'first-text',
    text: 'The first [[widget]].',
    facts: ['A1'],
  });
  assert.equal(first.blocks[1].kind, 'list');
  assert.equal(second.blocks[1].kind, 'subsection');
  assert.equal(third.blocks[0].kind === 'paragraph' && third.blocks[0].note, 'A note for translators.');
  assert.equal(content!.glossary.widget.definition, 'A small part of a page.');
});

test('a missing field: file, line and path', () => {
  const problems = problemsAfter('sample-list.yaml', '    heading: Second\n', '');
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem)),
    [`content/sample-list.yaml:${lineOf('sample-list.yaml', '  - id: second')}: sections[1]: missing field "heading"`],
  );
});

test('a duplicate id names both places', () => {
  const problems = problemsAfter('sample-list.yaml', '- id: second-text', '- id: first-text');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, 'sections[1].blocks[0].id');
  assert.equal(
    problems[0].message,
    'duplicate id "first-text"; first used at sample-list.yaml sections[0].blocks[0].id',
  );
});

test('an id used in two files', () => {
  const problems = problemsAfter('glossary.yaml', '- id: widget', '- id: first-text');
  assert.deepEqual(
    problems.map((problem) => problem.message),
    [
      'duplicate id "first-text"; first used at glossary.yaml terms[0].id',
      'unknown glossary term "widget"; add it to glossary.yaml',
      'unknown glossary term "widget"; add it to glossary.yaml',
    ],
  );
});

test('an unknown section, and the section it leaves missing', () => {
  const problems = problemsAfter('sample-list.yaml', '- id: third\n', '- id: thrid\n');
  assert.deepEqual(
    problems.map((p) => [p.path, p.message]),
    [
      [
        'sections[2].id',
        'unknown section "thrid" for <sample-list>; ' +
          'the sections of <sample-list> are first, second, third (set in guide.yaml)',
      ],
      ['sections', 'missing section "third", which guide.yaml lists for <sample-list>'],
    ],
  );
});

test('an unknown field, a misspelled glossary term, unbalanced brackets and broken YAML', () => {
  assert.deepEqual(
    problemsAfter('sample-list.yaml', '    heading: Third', '    headline: Third').map((p) => p.message),
    ['unknown field "headline"; expected id, heading, blocks, facts, note', 'missing field "heading"'],
  );
  assert.deepEqual(
    problemsAfter('sample-list.yaml', '[[widget]]', '[[widgit]]').map((p) => [p.path, p.message]),
    [['sections[0].blocks[0].text', 'unknown glossary term "widgit"; add it to glossary.yaml']],
  );
  assert.deepEqual(
    problemsAfter('sample-list.yaml', '[[widget]]', '[[widget]').map((p) => p.message),
    ['unbalanced [[ or ]]; mark a term as [[term-id]] or [[term-id|shown words]]'],
  );
  const [broken] = problemsAfter('sample-list.yaml', '  - id: first\n', '  - id: first\n   oops: [\n');
  assert.equal(broken.file, 'sample-list.yaml');
  assert.match(broken.message, /^not valid YAML/);
  assert.ok(broken.line);
});

test('a section twice in one element, and a renamed id that points nowhere', () => {
  assert.deepEqual(
    problemsAfter('sample-list.yaml', '- id: third\n', '- id: second\n').map((p) => [p.path, p.message]),
    [
      ['sections[2].id', 'duplicate section "second" in <sample-list>'],
      ['sections', 'missing section "third", which guide.yaml lists for <sample-list>'],
    ],
  );
  assert.deepEqual(
    problemsAfter(
      'guide.yaml',
      'sections: [first, second, third]',
      'sections: [first, second, third]\n    renamed: {old: gone}',
    ).map((p) => [p.path, p.message]),
    [['elements.sample-list.renamed.old', '"gone" is not a section of this element']],
  );
  const {content} = validateContent({
    ...fixture,
    'guide.yaml': fixture['guide.yaml'].replace('third]', 'third]\n    renamed: {old: second}'),
  });
  assert.deepEqual(content?.elements['sample-list'].renamed, {old: 'second'});
});

test('dates: a bad date, a lost or unknown placeholder', () => {
  assert.deepEqual(
    problemsAfter('guide.yaml', 'lastEdited: 2026-11-27', 'lastEdited: 27/11/2026').map((p) => [p.path, p.message]),
    [['dates.lastEdited', 'expected a date written YYYY-MM-DD']],
  );
  assert.deepEqual(
    problemsAfter('guide.yaml', 'Text of {lastEdited}.', 'Text of {lastEdit}.').map((p) => p.message),
    [
      'missing placeholder {lastEdited}',
      'unknown placeholder {lastEdit}; this text has {factsCurrentAsOf} and {lastEdited}',
    ],
  );
});

test('the review lines of the small print: each with its own placeholders, none with another', () => {
  assert.deepEqual(
    problemsAfter('guide.yaml', 'Approved {reviewed}.', 'Approved.').map((p) => [p.path, p.message]),
    [['review.approved.text', 'missing placeholder {reviewed}']],
  );
  assert.deepEqual(
    problemsAfter('guide.yaml', 'text: Not approved.', 'text: "Not approved {reviewed}."').map((p) => p.message),
    ['unknown placeholder {reviewed}'],
  );
  assert.deepEqual(
    problemsAfter('guide.yaml', '  localReview: {id: local-review', '  local: {id: local-review').map((p) => p.message),
    [
      'unknown field "local"; expected approved, notApproved, sourceApproved, sourceNotApproved, ' +
        'translationApproved, translationNotApproved, localReview',
      'missing field "localReview"',
    ],
  );
});

test('a missing or unexpected file', () => {
  const {['sample-list.yaml']: missing, ...rest} = fixture;
  assert.ok(missing);
  assert.deepEqual(
    validateContent(rest).problems.map((problem) => formatProblem(problem)),
    [
      'content/sample-list.yaml: missing file (the text of <sample-list>)',
      'content/drawings/sample.svg: no figure shows this drawing',
    ],
  );
  assert.deepEqual(
    validateContent({...fixture, 'extra.yaml': 'a: 1'}).problems.map((problem) => problem.message),
    ['unknown file; expected guide.yaml, glossary.yaml, sign-offs.yaml, sample-list.yaml or drawings/<name>.svg'],
  );
});

test('a main message, a checklist and a drawing: the model keeps each, with its words', () => {
  const {content, problems} = validateContent(fixture);
  assert.deepEqual(problems, []);
  const [, main, checks, figure] = content!.elements['sample-list'].sections[2].blocks;
  assert.deepEqual(main, {kind: 'callout', id: 'third-main', text: 'The **one thing** to remember.'});
  assert.deepEqual(checks, {
    kind: 'checklist',
    id: 'third-checks',
    items: [{id: 'third-check', text: 'Tick **this**.'}],
  });
  assert.deepEqual(figure, {
    kind: 'figure',
    id: 'third-figure',
    drawing: 'sample',
    alt: 'A line and a circle.',
    caption: 'The circle is the [[widget]].',
  });
  assert.deepEqual(content!.drawings.sample, {
    viewBox: '0 0 10 10',
    paths: [
      ['line', 'M1 1L9 9'],
      ['mark', 'M5,5m-2,0a2 2 0 1 0 4 0a2 2 0 1 0-4 0'],
    ],
  });
});

test('emphasis: unbalanced, or cutting through a term; a checklist item marks no terms', () => {
  assert.deepEqual(
    problemsAfter('sample-list.yaml', 'The **one thing** to', 'The **one thing to').map((p) => p.message),
    ['unbalanced **; mark the words that must not be missed as **words**'],
  );
  assert.deepEqual(
    problemsAfter('sample-list.yaml', 'The first [[widget]].', 'The **first [[widget|wid**get]].').map(
      (p) => p.message,
    ),
    ['** cuts through a [[term]]: put the whole [[term]] inside **…** or outside it'],
  );
  assert.deepEqual(
    problemsAfter('sample-list.yaml', 'Tick **this**.', 'Tick the [[widget]].').map((p) => [p.path, p.message]),
    [['sections[2].blocks[2].checklist[0].text', 'glossary terms cannot be marked here']],
  );
});

test('a drawing holds only paths, with no words, colors or styles: each problem at its line', () => {
  const drawing = (body: string) =>
    validateContent({
      ...fixture,
      'drawings/sample.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${body}\n</svg>`,
    }).problems.map((problem) => formatProblem(problem));
  assert.deepEqual(drawing('<path d="M1 1L9 9" stroke="red"/>\n<text>Hip</text>\n<path class="bold" d="M1 1"/>'), [
    'content/drawings/sample.svg:2: a <path> takes only d and class, not stroke',
    'content/drawings/sample.svg:3: only <path> elements, not <text> (draw every shape as a path)',
    'content/drawings/sample.svg:4: class is "line" or "mark", not "bold"',
  ]);
  assert.deepEqual(drawing('<path d="javascript:alert(1)"/>'), [
    'content/drawings/sample.svg:2: expected d="…" with path data only',
  ]);
  assert.deepEqual(
    validateContent({...fixture, 'drawings/sample.svg': '<svg><path d="M1 1"/></svg>'}).problems.map((p) => p.message),
    ['expected viewBox="x y width height"'],
  );
});

test('a figure without its drawing, and a drawing no figure shows', () => {
  assert.deepEqual(
    problemsAfter('sample-list.yaml', 'drawing: sample', 'drawing: simple').map((p) => formatProblem(p)),
    [
      `content/sample-list.yaml:${lineOf('sample-list.yaml', 'drawing: sample')}: ` +
        'sections[2].blocks[3].drawing: no drawing drawings/simple.svg',
      'content/drawings/sample.svg: no figure shows this drawing',
    ],
  );
});

test('sign-offs: each names its language, the role that approves it, a date and the fingerprint written for it', () => {
  const record = (fields: string) =>
    validateContent({...fixture, 'sign-offs.yaml': `signOffs:\n  - ${fields}\n`}).problems.map((p) => [
      p.path,
      p.message,
    ]);
  const good = 'fingerprint: 0123456789abcdef0123456789abcdef\n    messages: {first-text: 0123456789ab}';
  assert.deepEqual(record(`language: en\n    role: clinical-reviewer\n    date: 2026-12-01\n    ${good}`), []);
  assert.deepEqual(record(`language: es\n    role: clinical-reviewer\n    date: 2026-12-01\n    ${good}`), [
    ['signOffs[0].role', 'the es text is approved by a medical-translator'],
  ]);
  assert.deepEqual(
    record('language: en\n    role: clinical-reviewer\n    date: 1 Dec\n    fingerprint: looks fine\n    messages: {}'),
    [
      ['signOffs[0].fingerprint', 'expected the fingerprint that npm run sign-off writes'],
      ['signOffs[0].date', 'expected a date written YYYY-MM-DD'],
    ],
  );
});
