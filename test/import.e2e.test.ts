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
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { importFrame, openImport, openWizard, runWizard, typeInCell, waitForPreview } from '../preview/drive.ts';
import { axeSource, launchBrowser } from './support/browser.ts';
import { fixtureRows, META_POSTS_PER_DAY } from './support/importContext.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const SHOTS = 'test-results/import';

/** A number as the preview's grid shows it (its locale is English: 6,000). */
const shown = (value: number) => value.toLocaleString('en-US');

const fixture = (name: string) => readFileSync(new URL(`fixtures/exports/${name}`, import.meta.url));

/** Headers in a language the reader's aliases do not know: the mapping step. */
const DANISH = ['Dato,Visninger,Følgere', '2026-01-10,70,400', '2026-02-10,80,420'].join('\n');

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

  /** Where "KPI data" shows the value under `header` in the row of `period` and channel, and what it shows. */
  async function kpiDataCell(period: string, channel: string, header: string) {
    await page.getByRole('tab', { name: 'KPI data' }).click();
    const rows: string[][] = [];
    for (let row = 0; row < 45; row++) rows.push(await gridRow(row));
    const column = rows.find((cells) => cells.includes(header))?.indexOf(header) ?? -1;
    if (column < 0) throw new Error(`No column "${header}" on KPI data: ${JSON.stringify(rows.slice(0, 3))}`);
    const row = rows.findIndex((cells) => cells[0] === period && cells[1] === channel);
    return { row, column, text: row < 0 ? undefined : rows[row][column] };
  }

  async function kpiData(period: string, channel: string, header: string): Promise<string | undefined> {
    return (await kpiDataCell(period, channel, header)).text;
  }

  async function importAndWait(status: RegExp): Promise<void> {
    await panel.locator('#import-apply').click();
    await panel.locator('#import-status').getByText(status).waitFor();
  }

  async function upload(name: string, content: Buffer | string): Promise<void> {
    await panel.getByLabel('CSV files').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
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
    expect(
      await found.getByText(/^Follows → New followers \(net\): "Follows" counts followers gained/).isVisible(),
    ).toBe(true);
    // A day-by-day file covering 10 Jan – 10 Feb covers both months only in part: left out unless ticked.
    await found.getByText(/^The file covers 2026-01-01, 2026-02-01 only in part: .* They are left out\.$/).waitFor();
    expect(await panel.locator('#import-where').textContent()).not.toContain('Visninger');
    await panel.getByLabel('Import these periods anyway').check();
    await found.getByText(/only in part: .* They are imported, as you chose\.$/).waitFor();
    const where = await panel.locator('#import-where li').allTextContents();
    expect(where).toContain('Views → Impressions · Instagram · 2026-03-01 – 2026-04-01');
    expect(where).toContain('Visninger → Impressions · Facebook · 2026-01-01 – 2026-02-01');
    expect(where).toContain('Følgere → Total followers · Facebook · 2026-01-01 – 2026-02-01');
    const overflow = await importFrame(page).evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await importFrame(page)
      .page()
      .screenshot({ path: `${SHOTS}/preview.png` });
  });

  test('has no serious axe-core violations', async () => {
    const frame = importFrame(page);
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

  test('an export that reads two ways is asked about; the chosen reading is read and imported', async () => {
    for (const name of ['instagram_posts.csv', 'dansk.csv'])
      await panel.getByRole('button', { name: `Remove ${name}` }).click();
    await upload('fb-daily.csv', META_POSTS_PER_DAY);
    const question = panel.getByRole('group', { name: 'Which reading is right?' });
    await question.waitFor();
    expect(await panel.locator('#import-files-found').textContent()).toContain('one row per post per day');
    await question.getByLabel(/^By post/).check();
    await question.getByRole('button', { name: 'Use this reading' }).click();
    const found = panel.locator('#import-files-found');
    await found.getByText('Facebook posts export: 2 posts, 30 Jan – 1 Feb 2026, account Nordlys Bakery').waitFor();
    await importAndWait(/^Imported /);
    // By post: each post's days in the month it was published (100 + 50 + 20; 200 + 100).
    expect(await kpiData('2026-01-01', 'Facebook', 'Impressions')).toBe('170');
    expect(await kpiData('2026-02-01', 'Facebook', 'Impressions')).toBe('300');
    await panel.getByRole('button', { name: 'Remove fb-daily.csv' }).click();
    expect(pageErrors).toEqual([]);
  });

  test("reads a tab of the spreadsheet (LinkedIn's XLS brought in with File → Import), opened from the add-on menu", async () => {
    // Dates as the grid keeps them once Sheets has converted them (2026-02-01): the text "02/01/2026" would be
    // read by the preview's spreadsheet locale, day first, before the import ever saw it.
    const rows = fixtureRows('linkedin_followers.csv').map(([date, ...cells]) => [
      date.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$1-$2'),
      ...cells,
    ]);
    await page.evaluate(
      (block) =>
        (
          window as unknown as { socialKpiPreview: { writeBlock: (...a: unknown[]) => void } }
        ).socialKpiPreview.writeBlock('LinkedIn', 0, 0, block),
      rows,
    );
    panel = await openImport(page);
    await panel.getByLabel('Or a tab of this spreadsheet').selectOption('LinkedIn');
    await panel.getByRole('button', { name: 'Read tab' }).click();
    await panel
      .locator('#import-files-found')
      .getByText('LinkedIn followers export: 3 days, 30 Jan – 1 Feb 2026')
      .waitFor();
    // LinkedIn's "Total followers" column counts followers gained per day: never written as the net figure.
    expect(await panel.locator('#import-files-found').textContent()).toContain(
      '"Total followers" counts followers gained, without those who left',
    );
    await panel.getByRole('button', { name: 'Remove LinkedIn' }).click();
    expect(pageErrors).toEqual([]);
  });

  test('the mapping made for the Danish headers is remembered: a long file with them is read without asking', async () => {
    const months = Array.from({ length: 36 }, (_, i) => {
      const date = new Date(Date.UTC(2023, i, 15)).toISOString().slice(0, 10);
      return `${date},${10 + i},${100 + i}`;
    });
    await upload('three-years.csv', ['Dato,Visninger,Følgere', ...months].join('\n'));
    const found = panel.locator('#import-files-found');
    await found.getByText('Export mapped by you: 36 days, 15 Jan 2023 – 15 Dec 2025').waitFor();
    expect(await panel.getByRole('group', { name: 'Map the columns' }).count()).toBe(0);
    // Its first and last months are covered in part (from the 15th, to the 15th): 34 months × Facebook remain.
    await found.getByText(/^The file covers 2023-01-01, 2025-12-01 only in part/).waitFor();
    expect(await panel.locator('#preview-more').textContent()).toBe(
      '10 more periods and channels without differing numbers are not shown.',
    );
    expect(await panel.locator('table.skk-import-table').count()).toBe(24);
  });

  test('a number typed on KPI data is kept unless the user ticks "overwrite"', async () => {
    await importAndWait(/^Imported 68 values \(34 new rows\)/);
    const cell = await kpiDataCell('2023-02-01', 'Facebook', 'Impressions');
    expect(cell.text).toBe('11');
    await typeInCell(page, cell.row, cell.column, '999');
    await panel.getByRole('button', { name: 'Remove three-years.csv' }).click();
    await upload('three-years.csv', ['Dato,Visninger,Følgere', '2023-02-01,11,101', '2023-02-28,11,101'].join('\n'));
    const typed = panel.getByLabel('Overwrite the value typed by hand');
    await typed.waitFor();
    const row = panel.locator('table[data-period="2023-02-01"] tr[data-input="impressions"]');
    expect(await row.textContent()).toBe('Impressions999typed by hand22differs');
    await importAndWait(/1 value you typed was kept\.$/);
    expect(await kpiData('2023-02-01', 'Facebook', 'Impressions')).toBe('999');
    await typed.check();
    await importAndWait(/^Imported \d+ values? \(0 new rows\)\.$/);
    expect(await kpiData('2023-02-01', 'Facebook', 'Impressions')).toBe('22');
    expect(pageErrors).toEqual([]);
  });
});
