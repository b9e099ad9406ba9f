// Loaded before the bundle: notes, for each element, the language of every render of its
// shadow root (each batch of changes to it), so a test can tell whether English ever showed.
window.renders = {};
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
