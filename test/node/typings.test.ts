// The typings a portal gets, compiled the way a portal compiles them, in the app that installed
// the packed tarball (test/package/packed-app.mjs): every block of docs/frameworks.md marked
// `<!-- typed: <file> -->` must compile, and the wrong uses below must not:
//   tsc      plain TypeScript, the React components (bone-marrow-guide/react, @lit/react) and
//            React 19 tags with the generated JSX types (bone-marrow-guide/types/jsx);
//   vue-tsc  a Vue single-file component with the generated Vue types (bone-marrow-guide/types/vue);
//   ngc      an Angular component, strictTemplates, whose event handler Angular types from ours.
// The compilers and vue/Angular come from this repository's node_modules, which Node and
// TypeScript find above the app; lit, @lit/react and React's typings are installed in the app.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';
import {packedApp} from '../package/packed-app.mjs';

/** The blocks of docs/frameworks.md marked `<!-- typed: <file> -->`, as {file: code}. */
function typedBlocks(): Record<string, string> {
  const markdown = readFileSync('docs/frameworks.md', 'utf8');
  const blocks = [...markdown.matchAll(/<!-- typed: ([\w.-]+) -->\s*```\w*\n([\s\S]*?)```/g)];
  return Object.fromEntries(blocks.map(([, file, code]) => [file, code]));
}

/** Uses the typings must reject, each marked where the compiler must complain. */
const wrongUses = {
  'wrong.tsx': `import 'bone-marrow-guide';
import {RiskList} from 'bone-marrow-guide/react';

// @ts-expect-error headingLevel is a number (or a string such as "3"), not a list
export const level = <RiskList headingLevel={[3]} />;
// @ts-expect-error the detail of bmg-term-toggle is {term, open}: it has no section
export const detail = <RiskList onTermToggle={(event) => event.detail.section} />;
// @ts-expect-error the JSX types know the tag's attributes: heading-level is not a list
export const tag = <results-explainer heading-level={[3]} />;
// @ts-expect-error the detail is typed on document too: open is a boolean, not a string
document.addEventListener('bmg-term-toggle', (event) => event.detail.open.toUpperCase());
`,
  'WrongRisks.vue': `<script setup lang="ts">
import 'bone-marrow-guide';
const onTerm = (event: CustomEvent<{section: string}>) => event.detail.section;
</script>

<template>
  <!-- @vue-expect-error heading-level is a number (or a string such as "3"), not a list -->
  <risk-list :heading-level="[3]" />
  <!-- @vue-expect-error the detail of bmg-term-toggle is {term, open}: it has no section -->
  <risk-list @bmg-term-toggle="onTerm" />
</template>
`,
  // Angular templates take no expect-error comment: this one must fail to compile, for this reason.
  'wrong-handler.component.ts': `import {Component, CUSTOM_ELEMENTS_SCHEMA} from '@angular/core';
import 'bone-marrow-guide';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: '<risk-list (bmg-term-toggle)="onTerm($event)"></risk-list>',
})
export class WrongHandlerComponent {
  onTerm(event: CustomEvent<{section: string}>) {
    return event.detail.section;
  }
}
`,
};

const bin = (name: string) => join(process.cwd(), 'node_modules/.bin', name);

/** Runs a compiler in the app; returns its output, and whether it passed. */
function compile(app: string, compiler: string, project: string): {ok: boolean; output: string} {
  try {
    return {
      ok: true,
      output: execFileSync(bin(compiler), ['-p', project], {cwd: app, encoding: 'utf8', stdio: 'pipe'}),
    };
  } catch (error) {
    const {stdout, stderr} = error as {stdout: string; stderr: string};
    return {ok: false, output: `${stdout}${stderr}`};
  }
}

const strict = {strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: []};

describe('typings, compiled in an app that installed the packed tarball', () => {
  let app: string;
  const docs = typedBlocks();
  before(async () => {
    ({app} = await packedApp());
    for (const [file, code] of Object.entries({...docs, ...wrongUses})) writeFileSync(join(app, file), code);
  });

  test('docs/frameworks.md has a typed block for plain TypeScript, React, the JSX tags, Vue and Angular', () => {
    assert.deepEqual(Object.keys(docs).sort(), [
      'BiopsyRisks.vue',
      'biopsy-risks.component.ts',
      'consumer.ts',
      'env.d.ts',
      'guide-tags.d.ts',
      'react-portal.tsx',
      'react-tags.tsx',
    ]);
  });

  test('tsc: TypeScript, the React components and the JSX tags (moduleResolution bundler and nodenext)', () => {
    const files = ['consumer.ts', 'react-portal.tsx', 'guide-tags.d.ts', 'react-tags.tsx', 'wrong.tsx'];
    for (const moduleResolution of ['bundler', 'nodenext']) {
      const module = moduleResolution === 'bundler' ? 'esnext' : 'nodenext';
      const compilerOptions = {...strict, noEmit: true, module, moduleResolution, jsx: 'react-jsx'};
      writeFileSync(join(app, `tsconfig.${moduleResolution}.json`), JSON.stringify({compilerOptions, files}));
      const {ok, output} = compile(app, 'tsc', `tsconfig.${moduleResolution}.json`);
      assert.ok(ok, `tsc (${moduleResolution}):\n${output}`);
    }
  });

  test('vue-tsc: a Vue component with the generated Vue types', () => {
    const compilerOptions = {...strict, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve'};
    const include = ['env.d.ts', 'BiopsyRisks.vue', 'WrongRisks.vue'];
    writeFileSync(join(app, 'tsconfig.vue.json'), JSON.stringify({compilerOptions, include}));
    const {ok, output} = compile(app, 'vue-tsc', 'tsconfig.vue.json');
    assert.ok(ok, `vue-tsc:\n${output}`);
  });

  test('ngc: an Angular component whose handler takes the event Angular types from ours; a wrong one fails', () => {
    const project = (file: string) => ({
      compilerOptions: {
        ...strict,
        skipLibCheck: true, // Angular's own .d.ts files are not ours to check
        module: 'esnext',
        moduleResolution: 'bundler',
        experimentalDecorators: true,
        outDir: 'build-angular',
      },
      files: [file],
      angularCompilerOptions: {strictTemplates: true},
    });
    writeFileSync(join(app, 'tsconfig.angular.json'), JSON.stringify(project('biopsy-risks.component.ts')));
    writeFileSync(join(app, 'tsconfig.angular-wrong.json'), JSON.stringify(project('wrong-handler.component.ts')));
    try {
      const right = compile(app, 'ngc', 'tsconfig.angular.json');
      assert.ok(right.ok, `ngc:\n${right.output}`);
      const wrong = compile(app, 'ngc', 'tsconfig.angular-wrong.json');
      assert.ok(!wrong.ok, 'ngc rejects a handler that expects another detail');
      assert.match(wrong.output, /TermToggleDetail/, wrong.output);
    } finally {
      rmSync(join(app, 'build-angular'), {recursive: true, force: true});
    }
  });
});
