// The Node API (`bone-marrow-guide/server`): what renderToHtml() writes into each pre-rendered
// root (the record the hydrating bundle checks, the styles or the link to them), and its answer
// to every wrong input: one RenderError each, naming what is allowed, with the value quoted
// short and escaped. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {markupDigest, readRecord} from '../../src/pre-rendered-record.js';
import {markupOf} from '../../src/server/markup.js';

// The modules as they ship (dist/lib/), typed from their source.
type Api = typeof import('../../src/server/render.js');
const shipped = '../../dist/lib/server/render.js';
const {renderToHtml, RenderError, shippedLocales}: Api = await import(shipped);
/** A language the build does not ship, whichever languages xliff/ and release.json ship today. */
const notShipped = ['fr', 'de', 'pt', 'qaa'].find((tag) => !shippedLocales.includes(tag))!;
const shippedList = shippedLocales.join(', ');
const {contentDigest}: typeof import('../../src/generated/content.js') =
  await import('../../dist/lib/generated/content.js');

/** The shadow root's HTML: after the <template> start tag, before its end. */
const shadowOf = (html: string) =>
  /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html)![1];

describe('what a pre-rendered root carries', () => {
  test('first a record of what it was rendered with, which the markup after the styles matches', async () => {
    const html = await renderToHtml('results-explainer', {
      locale: 'es-419',
      sections: 'abnormal, keep-in-mind',
      headingLevel: 3,
      collapsible: true,
    });
    const shadow = shadowOf(html);
    const [, comment, styles, markup] = /^<!--([^>]*)-->(<style>[\s\S]*?<\/style>)([\s\S]*)$/.exec(shadow)!;
    const record = readRecord(comment)!;
    assert.deepEqual(Object.fromEntries(record), {
      locale: 'es',
      // keep-in-mind is now part of normal; shown in the element's order
      sections: 'normal,abnormal',
      level: '3',
      collapsible: '1',
      content: contentDigest,
      markup: markupDigest(markupOf(markup)),
    });
    assert.match(styles, /^<style>:host\{display:block\}/);
    assert.match(contentDigest, /^[0-9a-f]{16}$/);
  });

  test('with a stylesheet URL, a link instead of the <style>: the rules of dist/bone-marrow-guide.css', async () => {
    const inline = shadowOf(await renderToHtml('risk-list'));
    const linked = shadowOf(
      await renderToHtml('risk-list', {stylesheet: 'https://cdn.example/b&m/bone-marrow-guide.css'}),
    );
    assert.match(
      linked,
      /^<!--[^>]*--><link rel="stylesheet" href="https:\/\/cdn.example\/b&amp;m\/bone-marrow-guide.css"><!--lit-part/,
    );
    assert.doesNotMatch(linked, /<style>/);
    const css = /<style>([\s\S]*?)<\/style>/.exec(inline)![1];
    assert.equal(readFileSync('dist/bone-marrow-guide.css', 'utf8'), css);
    // The markup digest does not depend on how the styles come.
    assert.equal(inline.replace(/<style>[\s\S]*?<\/style>/, ''), linked.replace(/<link [^>]*>/, ''));
  });

  test('a language other than English is read from disk, however busy the process: no browser timeout', () => {
    // A fresh process in which every timer fires at once, as if the event loop had been busy for
    // longer than a browser waits for a chunk; two renders, the second right after the first.
    const script = `
      const setTimeoutAsIs = globalThis.setTimeout;
      globalThis.setTimeout = (callback, ms, ...rest) => setTimeoutAsIs(callback, 0, ...rest);
      const {renderToHtml} = await import(${JSON.stringify(new URL(shipped, import.meta.url).href)});
      const renders = [renderToHtml('risk-list', {locale: 'es'}), renderToHtml('risk-list', {locale: 'es'})];
      console.log((await Promise.all(renders)).map((html) => html.includes('Sangrado')).join(' '));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'});
    assert.equal(run.stderr, '');
    assert.equal(run.stdout.trim(), 'true true');
  });
});

describe('wrong input: one RenderError each, saying what is allowed', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'unknown element',
      () => renderToHtml('risk-lists'),
      /^unknown element "risk-lists"; the elements are procedure-overview, risk-list, results-explainer$/,
    ],
    [
      'options not an object',
      () => renderToHtml('risk-list', null as never),
      /^the options must be an object such as \{locale: "es"\}, not null$/,
    ],
    [
      'an unknown option',
      () => renderToHtml('risk-list', {heading_level: 3} as never),
      /^unknown option "heading_level"; the options are locale, sections, headingLevel, collapsible, stylesheet, localeFallback$/,
    ],
    [
      'locale null',
      () => renderToHtml('risk-list', {locale: null as never}),
      /^locale must be a language tag such as "es", not null$/,
    ],
    [
      'locale a number',
      () => renderToHtml('risk-list', {locale: 34 as never}),
      /^locale must be a language tag such as "es", not 34$/,
    ],
    [
      `locale ${notShipped}`,
      () => renderToHtml('risk-list', {locale: notShipped}),
      new RegExp(
        `^locale "${notShipped}" is not a shipped language\\. Shipped: ${shippedList}, and tags that start with one ` +
          '\\(es-MX gives es\\)\\. localeFallback: true renders en instead\\.$',
      ),
    ],
    [
      'locale es_MX',
      () => renderToHtml('risk-list', {locale: 'es_MX'}),
      new RegExp(
        `^locale "es_MX" is not a shipped language \\(a tag takes a hyphen: "es-MX"\\)\\. Shipped: ${shippedList},`,
      ),
    ],
    [
      'locale __proto__',
      () => renderToHtml('risk-list', {locale: '__proto__'}),
      /^locale "__proto__" is not a shipped language\. Shipped/,
    ],
    [
      'locale a path',
      () => renderToHtml('risk-list', {locale: '../locales/es.js'}),
      /^locale "\.\.\/locales\/es\.js" is not a shipped language\. Shipped/,
    ],
    [
      'sections a number',
      () => renderToHtml('risk-list', {sections: 3 as never}),
      /^sections must be a string of ids or an array of ids, not 3$/,
    ],
    [
      'sections with a number',
      () => renderToHtml('risk-list', {sections: ['bleeding', 3] as never}),
      /^sections must be a string of ids or an array of ids, not a list$/,
    ],
    [
      'an unknown section',
      () => renderToHtml('risk-list', {sections: 'bleeding bruising'}),
      /^<risk-list> has no section "bruising"; its sections are bleeding, infection, sternum-injury$/,
    ],
    [
      'headingLevel a string',
      () => renderToHtml('risk-list', {headingLevel: '3' as never}),
      /^headingLevel must be a whole number from 1 to 6, not "3"$/,
    ],
    [
      'headingLevel 7',
      () => renderToHtml('risk-list', {headingLevel: 7}),
      /^headingLevel must be a whole number from 1 to 6, not 7$/,
    ],
    [
      'headingLevel 2.5',
      () => renderToHtml('risk-list', {headingLevel: 2.5}),
      /^headingLevel must be a whole number from 1 to 6, not 2\.5$/,
    ],
    [
      'collapsible a string',
      () => renderToHtml('risk-list', {collapsible: 'yes' as never}),
      /^collapsible must be true or false, not "yes"$/,
    ],
    [
      'localeFallback a string',
      () => renderToHtml('risk-list', {localeFallback: 'yes' as never}),
      /^localeFallback must be true or false, not "yes"$/,
    ],
    [
      'stylesheet empty',
      () => renderToHtml('risk-list', {stylesheet: ''}),
      /^stylesheet must be the URL of bone-marrow-guide\.css, not ""$/,
    ],
  ];
  for (const [name, call, message] of cases) {
    test(name, async () => {
      await assert.rejects(call, (error: Error) => {
        assert.ok(error instanceof RenderError, `${error.name}: ${error.message}`);
        assert.match(error.message, message);
        return true;
      });
    });
  }

  test('a value with control characters, 100 KB long, is quoted escaped and short', async () => {
    const hostile = `\u001b[31m\u009b2J\u202e${'x'.repeat(100_000)}`;
    for (const options of [{locale: hostile}, {sections: hostile}]) {
      await assert.rejects(renderToHtml('risk-list', options), (error: Error) => {
        assert.ok(error.message.length < 400, `${error.message.length} characters`);
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        assert.doesNotMatch(error.message, /[\u0000-\u001f\u007f-\u009f\u202e]/);
        assert.match(error.message, /"\\u001b\[31m\\u009b2J\\u202exxx/);
        return true;
      });
    }
  });

  test('localeFallback renders English for a language that is not shipped', async () => {
    assert.match(
      await renderToHtml('risk-list', {locale: notShipped, localeFallback: true}),
      /^<risk-list\s+locale="en"/,
    );
  });

  test('Object.prototype.locale, .sections or .headingLevel, set by a module, do not change the options', async () => {
    const clean = await renderToHtml('risk-list', {});
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(prototype, {locale: 'es', sections: 'bleeding', headingLevel: 4, collapsible: true});
      assert.equal(await renderToHtml('risk-list', {}), clean);
    } finally {
      for (const name of ['locale', 'sections', 'headingLevel', 'collapsible']) delete prototype[name];
    }
  });
});
