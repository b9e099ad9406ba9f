// Puppeteer (pulled in by @web/test-runner-puppeteer, which we use only to drive Firefox)
// would download its own Chrome on install. That download fails offline and we never use it:
// tests run in the system's Chromium and Firefox ESR. See web-test-runner.config.mjs.
module.exports = {skipDownload: true};
