// Loaded before the bundle: for each element, the language of every render of its shadow root
// (each batch of changes to it, in `renders`), and how many times it updated at all (`updates`,
// counted by wrapping the class's update() as the bundle defines it), so a test can tell
// whether English ever showed and whether an element rendered more often than it needed to.
window.renders = {};
window.updates = {};
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  const tag = this.localName;
  new MutationObserver(() => {
    const lang = root.querySelector('[part~="base"]')?.getAttribute('lang') ?? null;
    (window.renders[tag] ??= []).push(lang);
  }).observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
  return root;
};
const define = customElements.define.bind(customElements);
customElements.define = (tag, element, options) => {
  const update = element.prototype.update;
  element.prototype.update = function (changed) {
    window.updates[this.localName] = (window.updates[this.localName] ?? 0) + 1;
    return update.call(this, changed);
  };
  define(tag, element, options);
};
