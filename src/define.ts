/**
 * Marks the classes this package defines, whichever copy of it defined them: a CMS may include
 * our script twice under two URLs, or a portal may bundle the npm package beside the script tag,
 * which makes two module instances with two classes per tag. `Symbol.for` is the same in both.
 */
const ours = Symbol.for('bone-marrow-guide.element');

/**
 * Registers an element unless its tag is taken. When our own element already holds the tag (a
 * second copy of the guide), this copy stays silent: the page works. When another script's
 * element holds it, the page shows that element where the editor expects the guide, so say so
 * once, in words an editor can act on.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  Object.defineProperty(element, ours, {value: true});
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (!Object.hasOwn(existing, ours)) {
    console.warn(
      `bone-marrow-guide: <${tag}> is already defined by another script on this page, so the page shows that ` +
        `element, not the guide's. Remove the other definition, or load the guide on a page without it.`,
    );
  }
}
