/**
 * Sidebar figures: the size of dist/sidebar.html and the time from page load to the first step
 * being interactive in headless Chromium (median of several runs), for the pushed page (with a
 * google.script.run stand-in that answers at once, so the figure is the page's own start-up) and
 * for the local build (whose server is the real server code on the in-memory workbook).
 * Run: npx tsx bench/sidebar.ts (after npm run build), or through npm run bench.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { buildLocalSidebar, buildSidebar } from '../scripts/buildSidebar.ts';
import { buildWizardModel } from '../src/wizard/wizardModel.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;

/** Records, in the page, when the first step is on screen with its controls enabled. */
const MARK_INTERACTIVE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('main[aria-busy="false"] #step-heading') && document.querySelector('#next:not([disabled])')) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** google.script.run answering getWizardModel on the next tick, as fast as a server could. */
function scriptRunStandIn(model: unknown): string {
  return `
    window.google = { script: { run: (function runner(ok, fail) {
      return {
        withSuccessHandler: (handler) => runner(handler, fail),
        withFailureHandler: (handler) => runner(ok, handler),
        getWizardModel: () => setTimeout(() => ok(${JSON.stringify(model)}), 0),
      };
    })() } };
  `;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeToInteractive(browser: Browser, url: string, initScripts: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 300, height: 720 } });
    for (const script of initScripts) await page.addInitScript(script);
    await page.goto(url);
    await page.waitForFunction('window.__interactiveAt !== undefined', undefined, { timeout: 30_000 });
    times.push((await page.evaluate('window.__interactiveAt')) as number);
    await page.close();
  }
  return times;
}

export interface SidebarFigures {
  sidebarHtmlBytes: number;
  pushedMedianMs: number;
  localMedianMs: number;
  runs: number;
}

export async function benchSidebar(): Promise<SidebarFigures> {
  const pushed = join(root, 'dist/sidebar.html');
  const localDir = join(root, 'test-results/sidebar-build/bench');
  await buildSidebar(pushed);
  await buildLocalSidebar(localDir);
  const sidebarHtmlBytes = (await stat(pushed)).size;
  const model = buildWizardModel('en', null, '2026-01-05');
  const browser = await launchBrowser();
  try {
    const pushedTimes = await timeToInteractive(browser, pathToFileURL(pushed).href, [
      scriptRunStandIn(model),
      MARK_INTERACTIVE,
    ]);
    const localTimes = await timeToInteractive(browser, pathToFileURL(join(localDir, 'sidebar-local.html')).href, [
      MARK_INTERACTIVE,
    ]);
    return {
      sidebarHtmlBytes,
      pushedMedianMs: median(pushedTimes),
      localMedianMs: median(localTimes),
      runs: RUNS,
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await benchSidebar();
  const html = await readFile(join(root, 'dist/sidebar.html'));
  console.log(`dist/sidebar.html: ${html.length} bytes (${(html.length / 1024).toFixed(1)} KB of 60 KB)`);
  console.log(
    `first step interactive, median of ${figures.runs} runs in headless Chromium: ` +
      `pushed page ${figures.pushedMedianMs.toFixed(0)} ms, local build on the in-memory workbook ${figures.localMedianMs.toFixed(0)} ms`,
  );
}
