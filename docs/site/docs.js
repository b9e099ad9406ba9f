// The docs site's only script: copy buttons, the live log of the events example, and the
// snippet builder. Plain DOM calls and no HTML parsing of what a reader types, so it runs under
// a strict Content-Security-Policy with Trusted Types, as the guide does.

/** Says what happened next to the button, politely; the same words again are announced again. */
function say(button, message) {
  const status = button.parentElement.querySelector('.copy-status');
  if (!status) return;
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(code.textContent);
    say(button, 'Copied.');
  } catch {
    // No clipboard here (a page over plain http, or permission refused): select it for the reader.
    getSelection().selectAllChildren(code);
    say(button, 'Selected: press Ctrl+C, or ⌘C on a Mac, to copy.');
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('button[data-copy]');
  if (button) void copy(button);
});

// The events example: the same listener as the code it shows, writing into its own log.
for (const example of document.querySelectorAll('[data-event-log]')) {
  const log = example.querySelector('.event-log');
  example.addEventListener('bmg-term-toggle', (event) => {
    const {term, open} = event.detail;
    log.textContent = `bmg-term-toggle: ${term} ${open ? 'opened' : 'closed'}`;
  });
}

const builder = document.getElementById('builder');
if (builder) {
  const quote = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  /** The chosen element and its attributes, in the order a page author would write them. */
  const choices = () => {
    const tag = builder.elements.element.value;
    const fieldset = builder.querySelector(`[data-sections-for="${tag}"]`);
    const sections = [...fieldset.querySelectorAll('input:checked')].map((input) => input.value);
    const attributes = [];
    if (sections.length) attributes.push(['sections', sections.join(' ')]);
    attributes.push(['heading-level', builder.elements['heading-level'].value]);
    if (builder.elements.locale.value) attributes.push(['locale', builder.elements.locale.value]);
    if (builder.elements.collapsible.checked) attributes.push(['collapsible', '']);
    return {tag, attributes};
  };

  const update = () => {
    const {tag, attributes} = choices();
    for (const fieldset of builder.querySelectorAll('[data-sections-for]')) {
      fieldset.hidden = fieldset.dataset.sectionsFor !== tag;
    }
    const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${quote(value)}"`));
    const src = quote(builder.elements.src.value.trim());
    const {integrity} = builder.dataset;
    document.getElementById('snippet').textContent =
      `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>\n` +
      `<${tag}${written.join('')}></${tag}>`;
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    document.getElementById('preview').replaceChildren(element);
  };
  builder.addEventListener('input', update);
  builder.addEventListener('change', update);
  builder.addEventListener('submit', (event) => event.preventDefault());
  update();
}
