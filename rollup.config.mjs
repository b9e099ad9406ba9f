// Bundles the compiled JavaScript in build/ (see tsconfig.json) into the one file a hospital
// page includes. Lit's package exports give its production build by default.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'build/index.js',
  output: {file: 'dist/bone-marrow-guide.js', format: 'es', sourcemap: true},
  plugins: [nodeResolve(), terser({ecma: 2021, module: true, format: {comments: false}})],
  onwarn(warning, warn) {
    // tsc's __decorate helper starts with `this && this.__decorate`, which is undefined at the
    // top of an ES module; the helper falls back to its own code, so this warning is noise.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
};
