/**
 * The preview shows numbers as Sheets would for the spreadsheet's locale (issue 13 §7), end to end in
 * headless Chromium: a Danish user's example map makes the spreadsheet da_DK and the sheets show
 * "12.391" and "1,5%"; a count shows as a whole number; File → Settings → Locale changes it as in Sheets,
 * and the choice survives a reload. The browser's own locale never decides how a cell looks.
 * Screenshots go to test-results/preview/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';
import { cellLocator, typeInCell, waitForPreview } from '../preview/drive.ts';

const SHOTS = 'test-results/preview';

/** The texts of one column's cells on the shown tab (0-based column; data rows from `fromRow`). */
async function columnTexts(page: Page, column: number, fromRow: number, rows = 6): Promise<string[]> {
  const texts: string[] = [];
  for (let row = fromRow; row < fromRow + rows; row++)
    texts.push((await cellLocator(page, row, column).textContent()) ?? '');
  return texts;
}

const locale = (page: Page) =>
  page.evaluate(() => (window as unknown as { socialKpiPreview: { locale: string } }).socialKpiPreview.locale);

describe('the preview’s spreadsheet locale', () => {
  let preview: StartedPreview;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await startPreview(await freePort());
    browser = await launchBrowser();
    // A Danish browser: the wizard (and its example map) speaks Danish.
    context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1400, height: 820 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    await waitForPreview(page);
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  test('a new spreadsheet is en_US, whatever the browser’s language', async () => {
    expect(await locale(page)).toBe('en_US');
  });

  test('the example map, built in Danish, makes the spreadsheet da_DK: counts grouped with ".", rates with ","', async () => {
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => locale(page)).toBe('da_DK');
    await page.getByRole('tab', { name: 'KPI-data' }).click();
    // Row 3 of the tab is the first month (row 1 is the hidden key row); C: followers, D: new followers.
    expect(await cellLocator(page, 1, 2).textContent()).toBe('Følgere i alt');
    const followers = await columnTexts(page, 2, 2);
    expect(
      followers.every((text) => /^\d{1,3}\.\d{3}$/.test(text)),
      followers.join(' '),
    ).toBe(true);
    const newFollowers = await columnTexts(page, 3, 2);
    // A count is a whole number: "373", never "373,00" or "373.00".
    expect(
      newFollowers.every((text) => /^\d{1,3}$/.test(text)),
      newFollowers.join(' '),
    ).toBe(true);
    // The formula bar shows the number as typed, without grouping.
    await cellLocator(page, 2, 2).click();
    expect(await page.getByLabel('Formula bar').inputValue()).toBe(followers[0].replace('.', ''));
    await page.screenshot({ path: `${SHOTS}/locale-da-data.png` });

    await page.getByRole('tab', { name: 'KPI-kort' }).click();
    const texts = await page.locator('.grid td').allTextContents();
    expect(texts.filter((text) => /^\d+,\d%$/.test(text)).length).toBeGreaterThan(3);
    expect(texts.filter((text) => /^\d+\.\d%$/.test(text))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/locale-da-map.png` });
  });

  test('a number typed the Danish way is a number', async () => {
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await typeInCell(page, 0, 0, '1.234,5');
    await typeInCell(page, 1, 0, '=A1*2');
    expect(await cellLocator(page, 0, 0).textContent()).toBe('1234,5');
    expect(await cellLocator(page, 1, 0).textContent()).toBe('2469');
  });

  test('File → Settings → Locale changes how every number shows, and the choice survives a reload', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings for this spreadsheet' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Locale').inputValue()).toBe('da_DK');
    await page.screenshot({ path: `${SHOTS}/locale-settings.png` });
    await dialog.getByLabel('Locale').selectOption('en_US');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await locale(page)).toBe('en_US');
    expect(await cellLocator(page, 0, 0).textContent()).toBe('1234.5');

    await page.getByRole('tab', { name: 'KPI-data' }).click();
    const followers = await columnTexts(page, 2, 2);
    expect(
      followers.every((text) => /^\d{1,3},\d{3}$/.test(text)),
      followers.join(' '),
    ).toBe(true);

    await page.evaluate(() =>
      (window as unknown as { socialKpiPreview: { saveNow(): void } }).socialKpiPreview.saveNow(),
    );
    await page.reload();
    await waitForPreview(page);
    expect(await locale(page)).toBe('en_US');
    await page.getByRole('tab', { name: 'KPI-data' }).click();
    expect(await cellLocator(page, 2, 2).textContent()).toMatch(/^\d{1,3},\d{3}$/);
  });

  test('Cancel leaves the locale as it was', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings for this spreadsheet' });
    await dialog.getByLabel('Locale').selectOption('nl_NL');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await locale(page)).toBe('en_US');
  });

  test('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
