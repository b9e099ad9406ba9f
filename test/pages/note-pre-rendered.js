// Runs on the pre-rendered pages (test/server/pre-rendered.mjs) after the HTML and before any
// module: notes the pre-rendered heading, so a test can tell a hydrated node from a new one.
window.headingBeforeScripts = document.querySelector('main > *')?.shadowRoot?.querySelector('h2');
