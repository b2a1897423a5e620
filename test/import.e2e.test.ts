/**
 * The import panel end to end in Chromium, through `npm start`'s preview at the side panel's 300 px: the
 * wizard's result screen opens it, two CSV files are uploaded (one known, one with Danish headers the
 * mapping step maps), the preview shows what goes where, Import writes "KPI data", Undo import empties it
 * again, the keyboard reaches everything and axe-core finds nothing serious. The export reader is a tiny
 * stand-in given by this test (the real one is src/import/'s readExport, tested on its own).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { openWizard, runWizard, typeInCell, waitForPreview } from '../preview/drive.ts';
import { axeSource, launchBrowser } from './support/browser.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const SHOTS = 'test-results/import';

/** The stand-in reader (runs in the page): known headers → Instagram; anything else asks for a mapping. */
const STAND_IN_READER = `window.socialKpiImportReader = (source, context, mapping) => {
  const text = source.rows ? source.rows.map((r) => r.join(',')).join('\\n') : source.text ?? new TextDecoder().decode(source.bytes);
  const [head, ...lines] = text.trim().split(/\\r?\\n/).map((line) => line.split(','));
  const headersKey = head.join('\\t');
  const known = headersKey === 'Date\\tImpressions\\tFollowers\\tShares';
  const saved = mapping || context.mappings.find((m) => m.headersKey === headersKey);
  if (!known && !saved) return { status: 'question', message: 'These headers are not known.', headers: head, headersKey };
  const columns = known ? { Impressions: 'impressions', Followers: 'total_followers' } : saved.columns;
  const dateColumn = known ? 'Date' : saved.dateColumn;
  const channel = known ? 'instagram' : saved.channel;
  const byKey = new Map();
  for (const cells of lines) {
    const period = cells[head.indexOf(dateColumn)].slice(0, 7) + '-01';
    for (const [column, input] of Object.entries(columns)) {
      const value = Number(cells[head.indexOf(column)]);
      const sum = (context.columns.find((c) => c.input === input) || { aggregation: 'sum' }).aggregation === 'sum';
      const before = byKey.get(period + input);
      byKey.set(period + input, { period, channel, input, value: before && sum ? before.value + value : value, sourceColumn: column });
    }
  }
  return {
    status: 'recognised', kind: known ? 'instagramPosts' : 'mapped', grain: 'days', channel,
    summary: (known ? 'Instagram' : 'Mapped') + ' export: ' + lines.length + ' days',
    values: [...byKey.values()], unreadable: known ? [{ line: 4, reason: 'The date "Lifetime" is not a day.' }] : [],
    untracked: known ? [{ column: 'Shares', input: 'shares' }] : [],
  };
};`;

const KNOWN = [
  'Date,Impressions,Followers,Shares',
  '2026-01-05,300,900,4',
  '2026-01-20,400,950,2',
  '2026-02-03,500,990,1',
].join('\n');
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
    await page.addInitScript(STAND_IN_READER);
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

  test('reads the files, asks to map unknown headers, and shows what goes where', async () => {
    await panel.getByLabel('CSV files').setInputFiles([
      { name: 'instagram.csv', mimeType: 'text/csv', buffer: Buffer.from(KNOWN) },
      { name: 'dansk.csv', mimeType: 'text/csv', buffer: Buffer.from(DANISH) },
    ]);
    const found = panel.locator('#import-files-found');
    await found.getByText('Instagram export: 3 days').waitFor();
    expect(await found.getByText('1 row could not be read; the rest is imported.').isVisible()).toBe(true);
    // The mapping step, by keyboard-usable native controls.
    const mapping = panel.getByRole('group', { name: 'Map the columns' });
    await mapping.getByLabel('Channel').selectOption('facebook');
    await mapping.getByLabel('Date column').selectOption('Dato');
    await mapping.getByLabel('Visninger').selectOption('impressions');
    await mapping.getByLabel('Følgere').selectOption('total_followers');
    await mapping.getByRole('button', { name: 'Use this mapping' }).click();
    await found.getByText('Mapped export: 2 days').waitFor();
    const where = await panel.locator('#import-where li').allTextContents();
    expect(where).toContain('Impressions → Impressions · Instagram · 2026-01-01 – 2026-02-01');
    expect(where).toContain('Visninger → Impressions · Facebook · 2026-01-01 – 2026-02-01');
    expect(await panel.locator('#import-untracked').textContent()).toMatch(/^Shares: would feed /);
    const tables = panel.locator('table.skk-import-table');
    expect(await tables.count()).toBe(4);
    expect(await panel.locator('#preview-message').textContent()).toMatch(/^8 values to write/);
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

  test('Import (by keyboard) writes KPI data; Undo import restores it', async () => {
    await panel.locator('#import-apply').focus();
    await page.keyboard.press('Enter');
    await panel
      .locator('#import-status')
      .getByText(/^Imported 8 values \(4 new rows\)/)
      .waitFor();
    await page.getByRole('tab', { name: 'KPI data' }).click();
    const rows = [await gridRow(2), await gridRow(3), await gridRow(4), await gridRow(5)].map((row) => row.join('|'));
    expect(rows.some((row) => row.includes('Instagram') && row.includes('700') && row.includes('950'))).toBe(true);
    expect(rows.some((row) => row.includes('Facebook') && row.includes('80') && row.includes('420'))).toBe(true);
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

  test('reads a tab of the spreadsheet (an XLS brought in with File → Import), opened from the add-on menu', async () => {
    await page.evaluate(() =>
      (
        window as unknown as { socialKpiPreview: { writeBlock: (...a: unknown[]) => void } }
      ).socialKpiPreview.writeBlock('LinkedIn', 0, 0, [
        ['Date', 'Impressions', 'Followers', 'Shares'],
        ['2026-03-02', '40', '77', '1'],
      ]),
    );
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
    await page.getByRole('menuitem', { name: 'Import analytics export…' }).click();
    panel = page.frameLocator('.side-panel iframe');
    await panel.locator('body[data-ready="true"]').waitFor();
    await panel.getByLabel('Or a tab of this spreadsheet').selectOption('LinkedIn');
    await panel.getByRole('button', { name: 'Read tab' }).click();
    await panel.locator('#import-files-found').getByText('Instagram export: 1 days').waitFor();
    expect(await panel.locator('#preview-message').textContent()).toMatch(/^2 values to write: 0 differ/);
    expect(pageErrors).toEqual([]);
  });

  test('a long export previews every differing period, and says how many others it leaves out', async () => {
    const months = Array.from({ length: 36 }, (_, i) => {
      const date = new Date(Date.UTC(2023, i, 15)).toISOString().slice(0, 10);
      return `${date},${10 + i},${100 + i},0`;
    });
    await panel.getByLabel('CSV files').setInputFiles({
      name: 'three-years.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Date,Impressions,Followers,Shares', ...months].join('\n')),
    });
    await panel.locator('#import-files-found').getByText('Instagram export: 36 days').waitFor();
    // 37 period × channel tables (the file's 36 months and the tab's March 2026), none differing: 24 shown.
    expect(await panel.locator('#preview-more').textContent()).toBe(
      '13 more periods and channels without differing numbers are not shown.',
    );
    expect(await panel.locator('table.skk-import-table').count()).toBe(24);
  });

  test('a number typed on KPI data is kept unless the user ticks "overwrite"', async () => {
    await panel.locator('#import-apply').click();
    await panel
      .locator('#import-status')
      .getByText(/^Imported 74 values \(37 new rows\)/)
      .waitFor();
    // Row 3 is January 2023 on Instagram; column D holds Impressions.
    await page.getByRole('tab', { name: 'KPI data' }).click();
    expect((await gridRow(2)).slice(0, 4)).toEqual(['2023-01-01', 'Instagram', '100', '10']);
    await typeInCell(page, 2, 3, '999');
    await panel.getByRole('button', { name: 'Remove three-years.csv' }).click();
    await panel.getByLabel('CSV files').setInputFiles({
      name: 'three-years.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Date,Impressions,Followers,Shares', '2023-01-15,10,100,0'].join('\n')),
    });
    const typed = panel.getByLabel('Overwrite the value typed by hand');
    await typed.waitFor();
    const row = panel.locator('table[data-period="2023-01-01"] tr[data-input="impressions"]');
    expect(await row.textContent()).toBe('Impressions999typed by hand10differs');
    await panel.locator('#import-apply').click();
    await panel
      .locator('#import-status')
      .getByText(/1 value you typed was kept\.$/)
      .waitFor();
    expect((await gridRow(2))[3]).toBe('999');
    await typed.check();
    await panel.locator('#import-apply').click();
    await panel
      .locator('#import-status')
      .getByText(/^Imported 4 values \(0 new rows\)\.$/)
      .waitFor();
    expect((await gridRow(2))[3]).toBe('10');
  });
});
