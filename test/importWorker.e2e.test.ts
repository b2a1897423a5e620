/**
 * A large export (50,000 Facebook posts, 9 MB) picked in the import panel of `npm start`'s preview at 300 px,
 * in Chromium, with the preview's own Content-Security-Policy (no bypass): the panel reads it in a Web Worker,
 * so while the rows are parsed and added up the page keeps painting and its progress bar rises step by step;
 * where no worker can be made (no Worker in the browser, or a policy that forbids blob: workers) the panel
 * reads the file itself and finds exactly the same.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { importFrame, openImport, openWizard, runWizard, waitForPreview } from '../preview/drive.ts';
import { buildImportPanel } from '../scripts/buildSidebar.ts';
import { IMPORT_STRINGS } from '../sidebar/steps/importTexts.ts';
import { launchBrowser } from './support/browser.ts';
import { facebookExport } from './support/facebookExport.ts';
import { fixtureBytes, fixtureRows, importContext } from './support/importContext.ts';
import { importScriptRun, openImportPage } from './support/importPage.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const ROWS = 50_000;
const NAME = 'facebook-posts.csv';
const SUMMARY = 'Facebook posts export: 50,000 posts, 1 Jan 2025 – 25 Jun 2026, account Nordlys Bakery';

/**
 * In the panel's frame: at every frame the page paints, the time and the progress bar's value and label while
 * it shows; and the main thread's long tasks (50 ms and over, as the browser reports them; the preview's page
 * shares the thread, and handing Chromium the 9 MB file from the test is one of them).
 */
const WATCH = `(() => {
  const seen = { frames: [], longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  const bar = document.getElementById('read-progress');
  const label = document.getElementById('read-progress-label');
  const frame = () => {
    if (!bar.parentElement.hidden) seen.frames.push({ at: performance.now(), value: bar.value, label: label.textContent });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__watch = seen;
})()`;

interface Watched {
  frames: { at: number; value: number; label: string }[];
  longTasks: { start: number; duration: number }[];
}

/** What the panel shows once the file is read: what it found, what goes where, and the preview's numbers. */
interface Shown {
  found: string;
  where: string[];
  preview: string;
}

describe('The import panel reads a 50,000-row export off the page’s main thread', () => {
  let preview: StartedPreview;
  let browser: Browser;
  let page: Page;
  const csv = Buffer.from(facebookExport(ROWS));
  const pageErrors: string[] = [];
  let inWorker: Shown;

  beforeAll(async () => {
    preview = await startPreview(await freePort());
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A panel opened while the preview page says so has no Worker (init scripts run in every frame, first).
    await page.addInitScript('if (window.parent !== window && window.parent.__noWorker) delete window.Worker;');
    await page.goto(preview.url);
    await waitForPreview(page);
    // A KPI map whose "KPI data" tracks impressions, so the read gives numbers to preview.
    await runWizard(await openWizard(page));
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  /** Picks the export in a freshly opened panel, watching the page meanwhile; resolves once it is read. */
  async function pickLargeExport(): Promise<{ shown: Shown; watched: Watched }> {
    // Extensions → Social KPI Kit → Import analytics export…: a fresh panel (and reader) each time.
    const panel = await openImport(page);
    await importFrame(page).evaluate(WATCH);
    await panel.getByLabel('CSV files').setInputFiles({ name: NAME, mimeType: 'text/csv', buffer: csv });
    await panel.locator('#import-files-found').getByText(SUMMARY).waitFor({ timeout: 60_000 });
    await panel.locator('#import-preview').waitFor();
    const watched = (await importFrame(page).evaluate('window.__watch')) as Watched;
    const shown = {
      found: (await panel.locator('#import-files-found').textContent()) ?? '',
      where: await panel.locator('#import-where li').allTextContents(),
      preview: (await panel.locator('#import-preview').textContent()) ?? '',
    };
    return { shown, watched };
  }

  test('in a worker: the page keeps painting while the rows are read, and the bar rises before the result shows', async () => {
    const { shown, watched } = await pickLargeExport();
    inWorker = shown;
    // Each post in the month it was published, in the spreadsheet's time zone: 18 months of impressions.
    expect(shown.where).toEqual(['Impressions → Impressions · Facebook · 2025-01-01 – 2026-06-01']);
    // Frames painted while the worker parsed the lines and added up the rows, the bar higher from one to the next.
    const reading = watched.frames.filter(
      (frame) => frame.label === `Reading the rows of ${NAME}…` || frame.label === 'Adding up 50,000 rows by period…',
    );
    const values = reading.map((frame) => frame.value);
    expect(new Set(values).size, JSON.stringify(reading)).toBeGreaterThanOrEqual(3);
    expect(values, 'the bar only rises').toEqual([...values].sort((a, b) => a - b));
    expect(reading.some((frame) => frame.label === `Reading the rows of ${NAME}…`)).toBe(true);
    expect(reading.some((frame) => frame.label === 'Adding up 50,000 rows by period…')).toBe(true);
    // From the first of those frames to the first showing the bar's last value (the bar stands still after it,
    // while the preview's server code answers on the same thread), no task held the main thread for half that
    // time (on the page, the reading is one task).
    const from = reading[0].at;
    const to = reading.find((frame) => frame.value === values[values.length - 1])!.at;
    const during = watched.longTasks.filter((task) => task.start < to && task.start + task.duration > from);
    expect(during.filter((task) => task.duration >= (to - from) / 2)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('without Worker in the browser the panel reads the file itself and finds the same', async () => {
    await page.evaluate('window.__noWorker = true');
    const { shown, watched } = await pickLargeExport();
    await page.evaluate('window.__noWorker = false');
    expect(await importFrame(page).evaluate('typeof Worker')).toBe('undefined');
    expect(shown).toEqual(inWorker);
    // On the page the reading is one long task: no frame is painted in the middle of parsing.
    expect(watched.frames.some((frame) => frame.label === `Reading the rows of ${NAME}…`)).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  test('under a Content-Security-Policy that forbids blob: workers the panel reads the file itself and finds the same', async () => {
    await page.route('**/import.html', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      headers['content-security-policy'] = headers['content-security-policy'].replace('; worker-src blob:', '');
      await route.fulfill({ response, headers });
    });
    const { shown, watched } = await pickLargeExport();
    expect(await importFrame(page).evaluate('typeof Worker')).toBe('function');
    expect(shown).toEqual(inWorker);
    expect(watched.frames.some((frame) => frame.label === `Reading the rows of ${NAME}…`)).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});

/**
 * dist/import-da.html as Apps Script serves it (from an http origin, google.script.run answering at once):
 * the reader's program, minified and wrapped by the build, starts as a worker and answers the panel.
 */
describe('The pushed import page (Danish) reads in its worker', () => {
  const t = IMPORT_STRINGS.da;
  let browser: Browser;
  let html: string;

  /** The server's answers: the map in Danish; the tab "LinkedIn" holds LinkedIn's followers export. */
  const scriptRun = importScriptRun(
    importContext({ language: 'da', tabs: ['LinkedIn'] }),
    fixtureRows('linkedin_followers.csv'),
  );

  beforeAll(async () => {
    const file = join(fileURLToPath(new URL('..', import.meta.url)), 'test-results/import-worker/import-da.html');
    await buildImportPanel(file, 'da');
    html = await readFile(file, 'utf8');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page at 300 px, with `init` run first in it. */
  async function open(init: string): Promise<{ page: Page; errors: string[] }> {
    const errors: string[] = [];
    const page = await openImportPage(browser, html, [scriptRun, init], errors);
    return { page, errors };
  }

  test('a picked file, the mapping step and a tab are all read by the worker', async () => {
    const { page, errors } = await open(`
      window.__workerReplies = 0;
      window.Worker = class extends window.Worker {
        constructor(url, options) {
          super(url, options);
          this.addEventListener('message', () => window.__workerReplies++);
        }
      };
    `);
    const found = page.locator('#import-files-found');
    await page.getByLabel(t.chooseFiles).setInputFiles([
      { name: 'instagram_posts.csv', mimeType: 'text/csv', buffer: Buffer.from(fixtureBytes('instagram_posts.csv')) },
      { name: 'dansk.csv', mimeType: 'text/csv', buffer: Buffer.from('Dato,Visninger\n2026-01-10,70\n2026-02-10,80') },
    ]);
    await found
      .getByText('Instagram-eksport af opslag: 4 opslag, 3. mar. – 15. apr. 2026, konto @nordlys.bakery')
      .waitFor();
    const mapping = page.getByRole('group', { name: t.mappingTitle });
    await mapping.getByLabel(t.channel).selectOption('facebook');
    await mapping.getByLabel('Visninger').selectOption('impressions');
    // Read again with the mapping: the file's bytes came back from the worker with the first result.
    await mapping.getByRole('button', { name: t.useMapping }).click();
    await found.getByText(/^Eksport, du selv har tilknyttet: 2 dage, 10\. jan\. – 10\. feb\. 2026/).waitFor();
    await page.getByLabel(t.orTab).selectOption('LinkedIn');
    await page.getByRole('button', { name: t.readTab }).click();
    await found.getByText(/^LinkedIn-eksport af følgere: 3 dage/).waitFor();
    // Started once, then a result for each of the four reads (and their progress).
    expect(await page.evaluate('window.__workerReplies')).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
  });

  test('a worker that stops in the middle of a read: the panel says to pick the file again and stays usable', async () => {
    // A worker that starts, then dies on its first read (out of memory, ended by the browser).
    const { page, errors } = await open(`
      window.Worker = class {
        constructor() { setTimeout(() => this.onmessage({ data: { type: 'ready' } }), 0); }
        postMessage() { setTimeout(() => this.onerror({ message: 'Out of memory', preventDefault() {} }), 0); }
        terminate() {}
      };
    `);
    await page.getByLabel(t.chooseFiles).setInputFiles({
      name: 'instagram_posts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixtureBytes('instagram_posts.csv')),
    });
    await page
      .locator('#import-error')
      .getByText(t.failed(t.readerStopped('instagram_posts.csv')))
      .waitFor();
    expect(await page.locator('.skk-import-file').count()).toBe(0);
    expect(await page.locator('#import-files').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
