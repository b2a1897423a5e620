/**
 * The KPI report and "Prepare for sharing" in the local preview, as a user reaches them: the wizard,
 * example data, then Extensions → Social KPI Kit → Build report / Prepare for sharing… / Undo.
 * Screenshots go to test-results/report/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cellLocator, openWizard, runWizard, typeInCell } from '../preview/drive.ts';
import { launchBrowser } from './support/browser.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const SHOTS = 'test-results/report';

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Every rendered cell's text, for finding what the report shows. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.locator('.grid td').allTextContents();
}

describe('the KPI report in the local preview', () => {
  let preview: StartedPreview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await startPreview(await freePort());
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(preview.url);
    await page.waitForFunction(() => 'socialKpiPreview' in window);
    await runWizard(await openWizard(page));
    await page.getByRole('button', { name: 'Load example data' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  test('Build report shows the header, the KPIs with bars and coloured statuses, trend tables and a line chart', async () => {
    await menu(page, 'Build report');
    await expect.poll(() => page.getByRole('tab', { name: 'KPI report' }).getAttribute('aria-selected')).toBe('true');
    expect(await cellLocator(page, 0, 0).textContent()).toBe('KPI report');
    expect(await cellLocator(page, 1, 0).textContent()).toBe('Latest period');
    expect(await cellLocator(page, 1, 1).textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const headers = await page.locator('.grid td[data-row="5"]').allTextContents();
    expect(headers.slice(0, 12)).toEqual([
      'KPI',
      'Channel',
      'Baseline',
      'Previous period',
      'Current',
      'Target',
      'Progress',
      'Progress bar',
      'Status',
      'Change since previous period',
      'Same period a year earlier',
      'Change in a year',
    ]);
    const texts = await shownTexts(page);
    expect(
      texts.some((text) => /^◀?[░█]{5}│[░█]{5}┃[░█]{5}▶?$/.test(text)),
      'a progress bar from −100 % to 200 %',
    ).toBe(true);
    expect(
      texts.some((text) => /^(Achieved|On track|Behind|Off track)$/.test(text)),
      'a status',
    ).toBe(true);
    expect(
      texts.some((text) => /^[+-]\d+\.\d%$/.test(text)),
      'a change since the previous period',
    ).toBe(true);
    const status = page.locator('.grid td', { hasText: /^(Achieved|On track|Behind|Off track)$/ }).first();
    expect(await status.evaluate((cell) => getComputedStyle(cell).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.getByRole('status').textContent()).toContain('The report is ready on the tab “KPI report”');
    await page.screenshot({ path: `${SHOTS}/report.png` });
    // The trend tables the charts read: the last periods, oldest first, with each KPI's progress.
    await page.locator('.grid-scroll').evaluate((grid) => (grid.scrollTop = 200));
    const trendHeader = page.locator('.grid td', { hasText: /^Period$/ }).first();
    await trendHeader.waitFor();
    await page.screenshot({ path: `${SHOTS}/report-trends.png` });
    // One line chart per social-media goal, drawn over the sheet.
    const chart = page.locator('.chart svg[aria-label="Reach: progress to target per period"]');
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/report-chart.png` });
  });

  test('Prepare for sharing… lists the change, rewrites it natively with the same value, and Undo puts it back', async () => {
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await typeInCell(page, 0, 0, 'Shares');
    await typeInCell(page, 0, 1, 'Followers');
    await typeInCell(page, 1, 0, '30');
    await typeInCell(page, 1, 1, '1000');
    await typeInCell(page, 2, 0, '45');
    await typeInCell(page, 2, 1, '1500');
    await typeInCell(page, 1, 2, '=AMPLIFICATION_RATE(A2:A, B2:B)');
    const before = [await cellLocator(page, 1, 2).textContent(), await cellLocator(page, 2, 2).textContent()];

    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await menu(page, 'Prepare for sharing…');
    await expect.poll(() => question).toContain('Sheet1!C2: =AMPLIFICATION_RATE(A2:A, B2:B) becomes =ARRAYFORMULA(');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 formula rewritten');
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await cellLocator(page, 1, 2).click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toMatch(/^=ARRAYFORMULA\(/);
    expect([await cellLocator(page, 1, 2).textContent(), await cellLocator(page, 2, 2).textContent()]).toEqual(before);
    await page.screenshot({ path: `${SHOTS}/prepared-for-sharing.png` });

    await menu(page, 'Undo prepare for sharing');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 original formula restored');
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await cellLocator(page, 1, 2).click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe(
      '=AMPLIFICATION_RATE(A2:A, B2:B)',
    );
    expect([await cellLocator(page, 1, 2).textContent(), await cellLocator(page, 2, 2).textContent()]).toEqual(before);
  });
});
