/**
 * An options object without a prototype: it holds only what it says, whatever a page put on
 * Object.prototype. For every options object the guide hands the platform or Lit (property
 * declarations, shadow root and observer options): a polluted `attributeFilter` or `noAccessor`
 * must not change what they do.
 */
export const own = <T extends object>(options: T): T => Object.assign(Object.create(null) as T, options);
