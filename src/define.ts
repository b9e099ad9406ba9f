/**
 * Registers an element unless its tag is taken. A CMS may include our script twice under two
 * URLs, which makes two module instances; the second must neither throw nor replace the first.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
