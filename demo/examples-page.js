import {createExample, examples, snippet} from './examples.js';

const container = document.getElementById('examples');
for (const example of examples) {
  const section = document.createElement('section');
  section.className = 'example';
  section.id = example.id;
  const heading = document.createElement('h2');
  heading.textContent = example.title;
  const code = document.createElement('pre');
  code.textContent = example.css ? `<style>\n${example.css}\n</style>\n${snippet(example)}` : snippet(example);
  section.append(heading, code);
  if (example.css) {
    // A constructed style sheet, not a <style> element: a strict Content-Security-Policy
    // (style-src 'self') blocks inline styles but not these.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(example.css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  section.append(createExample(example));
  container.append(section);
}
