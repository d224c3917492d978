// guidepress prints with Debian's Chromium; puppeteer never downloads a browser.
module.exports = { skipDownload: true }
