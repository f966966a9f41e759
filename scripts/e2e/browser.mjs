// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with a fresh profile.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches the browser and opens one page of the given size; resolves with `{ browser, page }`. */
export async function openPage(viewport = { width: 1440, height: 900 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { browser, page };
}
