/**
 * The import panel end to end in Chromium, through `npm start`'s preview at the side panel's 300 px, with the
 * real export reader (src/import/readExport.ts) on real fixtures (test/fixtures/exports/): the wizard's result
 * screen opens it, Instagram's posts export and a file with Danish headers (the mapping step) are uploaded,
 * the preview shows what goes where, Import writes the totals worked out by hand onto "KPI data", Undo import
 * empties it again; Meta's one-row-per-post-per-day export is asked about; a day-by-day export's partly
 * covered periods are left out unless ticked; the Danish mapping, remembered, reads the next file without
 * asking; the keyboard reaches everything and axe-core finds nothing serious.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { openWizard, runWizard, typeInCell, waitForPreview } from '../preview/drive.ts';
import { axeSource, launchBrowser } from './support/browser.ts';
import { fixtureRows } from './support/importContext.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const SHOTS = 'test-results/import';

/** A number as the preview's grid shows it (its locale is English: 6,000). */
const shown = (value: number) => value.toLocaleString('en-US');

const fixture = (name: string) => readFileSync(new URL(`fixtures/exports/${name}`, import.meta.url));

/** Headers in a language the reader's aliases do not know: the mapping step. */
const DANISH = ['Dato,Visninger,Følgere', '2026-01-10,70,400', '2026-02-10,80,420'].join('\n');

/** Meta's posts export with days in its Date column: one row per post per day (reads two ways). */
const PER_DAY = [
  'Post ID,Page ID,Page name,Publish time,Date,Impressions,Reach',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,01/30/2026,100,80',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,01/31/2026,50,40',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,02/01/2026,20,15',
  '1002,55,Nordlys Bakery,02/01/2026 09:00,02/01/2026,200,150',
  '1002,55,Nordlys Bakery,02/01/2026 09:00,02/02/2026,100,60',
].join('\n');

describe('The import panel in the preview, at 300 px', () => {
  let preview: StartedPreview;
  let browser: Browser;
  let page: Page;
  let panel: FrameLocator;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await startPreview(await freePort());
    browser = await launchBrowser();
    // bypassCSP: only so axe-core can be added to the panel's frame for the accessibility check.
    page = await browser.newPage({ viewport: { width: 1300, height: 900 }, bypassCSP: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    await waitForPreview(page);
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  function importFrame(): Frame {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/import.html'));
    if (!frame) throw new Error('The import panel is not open.');
    return frame;
  }

  /** The KPI data row of a period as the grid shows it (texts of its cells). */
  async function gridRow(row: number): Promise<string[]> {
    return page.locator(`.grid td[data-row="${row}"]`).allTextContents();
  }

  test('opens from the wizard result screen, 300 px wide', async () => {
    const wizard = await openWizard(page);
    await runWizard(wizard);
    await wizard.getByRole('button', { name: 'Import analytics export…' }).click();
    panel = page.frameLocator('.side-panel iframe');
    await panel.locator('body[data-ready="true"]').waitFor();
    expect(await panel.getByRole('heading', { name: 'Import analytics export' }).isVisible()).toBe(true);
    const width = await page.locator('.side-panel iframe').evaluate((frame) => frame.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(300);
  });

  /** "KPI data" as the grid shows it: the value under `header` in the row of `period` and channel. */
  async function kpiData(period: string, channel: string, header: string): Promise<string | undefined> {
    await page.getByRole('tab', { name: 'KPI data' }).click();
    const rows: string[][] = [];
    for (let row = 0; row < 60; row++) rows.push(await gridRow(row));
    const headerRow = rows.find((cells) => cells.includes(header));
    if (!headerRow) throw new Error(`No column "${header}" on KPI data: ${JSON.stringify(rows.slice(0, 3))}`);
    const row = rows.find((cells) => cells[0] === period && cells[1] === channel);
    return row?.[headerRow.indexOf(header)];
  }

  test('reads a real export and one with unknown headers, maps them, and shows what goes where', async () => {
    await panel.getByLabel('CSV files').setInputFiles([
      { name: 'instagram_posts.csv', mimeType: 'text/csv', buffer: fixture('instagram_posts.csv') },
      { name: 'dansk.csv', mimeType: 'text/csv', buffer: Buffer.from(DANISH) },
    ]);
    const found = panel.locator('#import-files-found');
    await found.getByText('Instagram posts export: 4 posts, 3 Mar – 15 Apr 2026, account @nordlys.bakery').waitFor();
    // The mapping step, by keyboard-usable native controls; the reader suggests the date column.
    const mapping = panel.getByRole('group', { name: 'Map the columns' });
    expect(await mapping.getByLabel('Date column').inputValue()).toBe('Dato');
    expect(await mapping.getByText('e.g. 70, 80').isVisible()).toBe(true);
    await mapping.getByLabel('Channel').selectOption('facebook');
    await mapping.getByLabel('One row is').selectOption('days');
    await mapping.getByLabel('Visninger').selectOption('impressions');
    await mapping.getByLabel('Følgere').selectOption('total_followers');
    await mapping.getByRole('button', { name: 'Use this mapping' }).click();
    await found.getByText('Export mapped by you: 2 days, 10 Jan – 10 Feb 2026').waitFor();
    // Columns that match a tracked input but cannot be imported are listed with the reason.
    expect(await found.getByText(/^Follows → New followers \(net\): "Follows" counts followers gained/).isVisible()).toBe(
      true,
    );
    // A day-by-day file covering 10 Jan – 10 Feb covers both months only in part: left out unless ticked.
    await found.getByText(/^The file covers 2026-01-01, 2026-02-01 only in part: .* They are left out\.$/).waitFor();
    expect(await panel.locator('#import-where').textContent()).not.toContain('Visninger');
    await panel.getByLabel('Import these periods anyway').check();
    await found.getByText(/only in part: .* They are imported, as you chose\.$/).waitFor();
    const where = await panel.locator('#import-where li').allTextContents();
    expect(where).toContain('Views → Impressions · Instagram · 2026-03-01 – 2026-04-01');
    expect(where).toContain('Visninger → Impressions · Facebook · 2026-01-01 – 2026-02-01');
    expect(where).toContain('Følgere → Total followers · Facebook · 2026-01-01 – 2026-02-01');
    const overflow = await importFrame().evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await importFrame()
      .page()
      .screenshot({ path: `${SHOTS}/preview.png` });
  });

  test('has no serious axe-core violations', async () => {
    const frame = importFrame();
    await frame.addScriptTag({ content: axeSource() });
    const violations = (await frame.evaluate(
      'window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + ": " + v.help))',
    )) as string[];
    expect(violations).toEqual([]);
  });

  test('Import (by keyboard) writes the totals worked out by hand onto KPI data; Undo import restores it', async () => {
    await panel.locator('#import-apply').focus();
    await page.keyboard.press('Enter');
    await panel
      .locator('#import-status')
      .getByText(/^Imported \d+ values \(4 new rows\)/)
      .waitFor();
    // Instagram's posts by the month they were published in Copenhagen (as test/importExports.test.ts works out).
    expect(await kpiData('2026-03-01', 'Instagram', 'Impressions')).toBe(shown(3400 + 2600));
    expect(await kpiData('2026-04-01', 'Instagram', 'Impressions')).toBe(shown(1800 + 2200));
    // The mapped file: impressions summed, followers the period's latest.
    expect(await kpiData('2026-01-01', 'Facebook', 'Impressions')).toBe('70');
    expect(await kpiData('2026-02-01', 'Facebook', 'Total followers')).toBe('420');
    await page.screenshot({ path: `${SHOTS}/imported.png` });

    await panel.getByRole('button', { name: 'Undo import' }).click();
    await panel
      .locator('#import-status')
      .getByText(/^Undone: /)
      .waitFor();
    const after = [await gridRow(2), await gridRow(3)].map((row) => row.join('').trim());
    expect(after).toEqual(['', '']);
    expect(pageErrors).toEqual([]);
  });

  // REST
});
