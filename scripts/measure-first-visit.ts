/**
 * Measures a customer's first visit in Chromium with the CPU slowed 4× (a
 * phone-speed CPU): the JavaScript it downloads, gzipped, and how long the
 * central screen takes to show the hours panel. A benchmark, not a test: run it
 * by hand against a running demo (`npm run demo`, or PORT=… DEMO_DATA_DIR=…):
 *
 *   npx tsx scripts/measure-first-visit.ts [url] [runs]
 *
 * First it opens /login, signs in as the demo's customer (maria@papadopoulos-bakery.gr)
 * and waits for the central screen, summing every script downloaded. Then, each run in a
 * new browser context (cold cache) with that session, it opens «/» and times from the
 * navigation to the first frame in which «Ενεργό πακέτο support» shows a package's figures.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';

const url = process.argv[2] ?? process.env.FIRST_VISIT_URL ?? 'http://127.0.0.1:3000';
const runs = Number(process.argv[3] ?? 5);
const email = process.env.FIRST_VISIT_EMAIL ?? 'maria@papadopoulos-bakery.gr';
const password = process.env.FIRST_VISIT_PASSWORD ?? 'aitima-demo';
const CPU_SLOWDOWN = 4;

// In the page, before any script: note the first frame where the package panel has a package.
const WATCH_HOURS_PANEL = `(() => {
  const tick = () => {
    const heading = [...document.querySelectorAll('section h2, section h3')]
      .find((h) => h.textContent.trim() === 'Ενεργό πακέτο support');
    const figures = heading && heading.closest('section').querySelector('article');
    if (figures && figures.getBoundingClientRect().height > 0) {
      window.__hoursVisibleAt = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

// Where the time went: the last script of the first screen, and the figures' API call.
const READ_TIMING = `(() => {
  const ended = (match) => Math.round(Math.max(0, ...performance.getEntriesByType('resource')
    .filter((entry) => match(entry.name)).map((entry) => entry.responseEnd)));
  return {
    hoursVisibleMs: Math.round(window.__hoursVisibleAt),
    scriptsLoadedMs: ended((name) => name.endsWith('.js') && !name.includes('usage-chart')),
    dashboardApiMs: ended((name) => name.includes('/api/dashboard')),
  };
})()`;

/** Gzipped size of a script the server sent, compressed here (the server may not compress yet). */
async function gzippedBytes(page: Page, scriptUrl: string): Promise<number> {
  const body = await page.request.get(scriptUrl).then((response) => response.body());
  return gzipSync(body, { level: 9 }).length;
}

/** Signs in through the form (CPU not slowed), noting every script the visit downloads. */
async function firstVisit(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'el-GR',
  });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(response.url());
  });
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
  await page.waitForURL((address) => address.pathname === '/');
  await page.getByRole('heading', { name: 'Ενεργό πακέτο support' }).waitFor();
  // The chart of hours per period loads after the figures: count it too.
  await page.getByTestId('usage-chart').first().waitFor({ timeout: 60_000 });
  const sizes = await Promise.all([...scripts].map((script) => gzippedBytes(page, script)));
  const storageState = await context.storageState();
  await context.close();
  return {
    jsKb: sizes.reduce((sum, size) => sum + size, 0) / 1000,
    files: scripts.size,
    storageState,
  };
}

type StorageState = Awaited<ReturnType<typeof firstVisit>>['storageState'];

/** Opens the central screen signed in, with a cold cache and a slowed CPU: ms until the hours show. */
async function timeHoursPanel(browser: Browser, storageState: StorageState) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'el-GR',
    storageState,
  });
  const page = await context.newPage();
  await page.addInitScript(WATCH_HOURS_PANEL);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(`${url}/`);
  await page.waitForFunction(() => '__hoursVisibleAt' in window, null, { timeout: 60_000 });
  // A string, not a function: tsx would wrap a named arrow function in a helper the page lacks.
  const timing = (await page.evaluate(READ_TIMING)) as {
    hoursVisibleMs: number;
    scriptsLoadedMs: number;
    dashboardApiMs: number;
  };
  await context.close();
  return timing;
}

const browser = await launchBrowser();
try {
  const visit = await firstVisit(browser);
  const timings = [];
  for (let run = 0; run < runs; run += 1)
    timings.push(await timeHoursPanel(browser, visit.storageState));
  const sorted = timings.map((timing) => timing.hoursVisibleMs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  console.log(
    JSON.stringify({
      url,
      cpuSlowdown: CPU_SLOWDOWN,
      jsKb: visit.jsKb,
      files: visit.files,
      timings,
    }),
  );
  console.log(
    `First visit (login, then the central screen, chart included): ${visit.jsKb.toFixed(1)} kB gzipped JavaScript in ${visit.files} files; ` +
      `hours panel visible ${median.toFixed(0)} ms after opening the central screen (median of ${runs}, cold cache, CPU ${CPU_SLOWDOWN}× slower).`,
  );
} finally {
  await browser.close();
}
