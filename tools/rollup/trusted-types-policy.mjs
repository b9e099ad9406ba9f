// The script-tag bundle carries its own copy of Lit, and Lit creates a Trusted Types policy
// named `lit-html` when it loads. Under a CSP with `trusted-types` (and no 'allow-duplicates'),
// a policy name can be created once per page, so the bundle's Lit and a page's own Lit cannot
// both have `lit-html`: whichever loads second throws and renders nothing, and a second copy
// of the bundle throws an uncaught TypeError. This plugin renames the bundle's policy
// (`bone-marrow-guide`), so a page allows it by name beside its own, and lets only the first
// copy of the bundle on a page create it. A later copy gets no policy, which is harmless: its
// elements are never defined (src/define.ts skips taken tags), so its Lit never renders.
//
// The marker is a plain flag on globalThis, never the policy itself: a shared policy would hand
// an identity createHTML to any script on the page, which is exactly what Trusted Types forbids.

/** The policy name a page's CSP must allow for the script-tag bundle. */
export const policyName = 'bone-marrow-guide';

/** Lit's call, `trustedTypes.createPolicy('lit-html', …)`, minified or not; the receiver is kept. */
const litPolicyCall = /([\w$]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g;
const helper = '__boneMarrowGuideCreatePolicy';

const helperSource = `
function ${helper}(factory, rules) {
  var created = Symbol.for(${JSON.stringify(`${policyName}.trusted-types-policy-created`)});
  if (globalThis[created]) return undefined;
  globalThis[created] = true;
  return factory.createPolicy(${JSON.stringify(policyName)}, rules);
}
`;

/**
 * Rollup plugin: the bundle's Lit asks for `bone-marrow-guide`, once per page.
 * @returns {import('rollup').Plugin}
 */
export function trustedTypesPolicy() {
  return {
    name: 'trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]/.test(id) || !code.includes('createPolicy')) return null;
      let rewritten = 0;
      const replaced = code.replace(litPolicyCall, (/** @type {string} */ _, /** @type {string} */ factory) => {
        rewritten++;
        return `${helper}(${factory},`;
      });
      // Lit changed how it creates its policy: fail, rather than ship a bundle that fights the page's Lit.
      // (A build that does not bundle Lit never gets here, and needs nothing.)
      if (rewritten !== 1) this.error(`expected one createPolicy('lit-html') in ${id}, found ${rewritten}`);
      // A function declaration is hoisted, so appending it serves the call at the module's top.
      return {code: replaced + helperSource, map: null};
    },
  };
}
