/**
 * webextension-polyfill, as the extension's scripts import it. A default import of this CommonJS module makes
 * esbuild copy every property of the exported object, and in Chromium that object wraps `chrome`: the copy
 * touched every API namespace on each page load (2-3 ms of the content script's time, wcxb-dev pages in
 * Chromium). A require hands over the object itself.
 */
import type { Browser } from 'webextension-polyfill';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const browser: Browser = require('webextension-polyfill');

export default browser;
