// resolveLocale (src/locale.ts): which supported language answers a page's tag. The supported
// lists are passed in, so these hold whichever translations exist.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {maxTagLength, resolveLocale} from '../../src/locale.js';

const resolve = (requested: string, supported: string[]) => resolveLocale(requested, supported, 'en');
const gets = (lang: string) => ({lang, matched: true});
const fallsBack = {lang: 'en', matched: false};

test('BCP 47 lookup: the longest supported prefix, case-insensitive; else the fallback, unmatched', () => {
  const supported = ['en', 'es', 'es-419', 'qaa'];
  assert.deepEqual(resolve('es-MX', supported), gets('es'));
  assert.deepEqual(resolve('ES', supported), gets('es'));
  assert.deepEqual(resolve('es-419', supported), gets('es-419'));
  assert.deepEqual(resolve('en-GB', supported), gets('en'));
  assert.deepEqual(resolve('qaa-CA', supported), gets('qaa'));
  assert.deepEqual(resolve('esx', supported), fallsBack);
  assert.deepEqual(resolve('qab-CA', supported), fallsBack);
  assert.deepEqual(resolve('', supported), gets('en'), 'no request is no mismatch: nothing to warn about');
});

test('Chinese without a script: zh, zh-CN, zh-SG are Simplified; zh-Hans-CN says so', () => {
  const supported = ['en', 'qaa', 'zh-Hans'];
  for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN', 'zh-hans', 'ZH-cn', 'zh-CN-u-nu-hanidec']) {
    assert.deepEqual(resolve(tag, supported), gets('zh-Hans'), tag);
  }
});

test('Traditional Chinese never gets Simplified: zh-TW, zh-HK, zh-MO, zh-Hant* fall back', () => {
  for (const supported of [
    ['en', 'zh-Hans'],
    ['en', 'zh'], // a file named zh.xlf: Chinese with no script means Simplified
  ]) {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN', 'ZH-hk']) {
      assert.deepEqual(resolve(tag, supported), fallsBack, `${tag} with ${supported.join(', ')}`);
    }
  }
});

test('each script gets its own translation, whichever way it is asked for', () => {
  const supported = ['en', 'zh-Hans', 'zh-Hant'];
  assert.deepEqual(resolve('zh-TW', supported), gets('zh-Hant'));
  assert.deepEqual(resolve('zh-HK', supported), gets('zh-Hant'));
  assert.deepEqual(resolve('zh-Hant-HK', supported), gets('zh-Hant'));
  assert.deepEqual(resolve('zh', supported), gets('zh-Hans'));
  assert.deepEqual(resolve('zh-CN', ['en', 'zh']), gets('zh'));
  assert.deepEqual(resolve('zh-Hans', ['en', 'zh']), gets('zh'));
  assert.deepEqual(resolve('zh-CN', ['en', 'zh-Hant']), fallsBack);
  assert.deepEqual(resolve('zh-HK', ['en', 'zh-Hant-TW', 'zh-Hant-HK']), gets('zh-Hant-HK'));
});

test('a dialect or another script of Chinese is not Mandarin in Simplified characters', () => {
  for (const tag of ['zh-yue', 'zh-Latn', 'zh-Latn-pinyin', 'zhx', 'yue']) {
    assert.deepEqual(resolve(tag, ['en', 'zh-Hans']), fallsBack, tag);
  }
});

test(`only the first ${maxTagLength} characters of a request are read`, () => {
  const padding = `-x-${'a'.repeat(8)}`.repeat(20);
  assert.deepEqual(resolve(`zh-CN${padding}`, ['en', 'zh-Hans']), gets('zh-Hans'));
  assert.deepEqual(resolve(`es${padding}`.repeat(10_000), ['en', 'es']), gets('es'));
  const longer = `qaa-x${'-abcdefgh'.repeat(8)}`;
  assert.ok(longer.length > maxTagLength);
  assert.deepEqual(resolve(longer, ['en', longer]), fallsBack, 'a supported tag found only past the cap');
});
