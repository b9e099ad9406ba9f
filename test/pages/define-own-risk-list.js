// Another script's element that happens to use one of our tags, defined before the guide loads.
customElements.define(
  'risk-list',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The page’s own risk list';
    }
  },
);
