/**
 * The report's charts as a manager sees them in the local preview, in English, Danish and Dutch: a fresh
 * workbook in the browser's language, "Load example data" (a sample map and a year of numbers), then
 * Extensions → Social KPI Kit → Build report. Each chart must read at a glance: every series named in
 * full in the legend (none paged away, none cut short), the dashed target line, a value axis from
 * −100 % to 200 % that no series flattens. Screenshots go to test-results/report/report-<language>.png
 * (the header, the KPI table and the data checks) and report-chart-<language>.png (the first chart); in English
 * also report-checks-en.png and report-chart-capped-en.png, with a period left half-entered.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Language } from '../src/catalog/types.ts';
import { REPORT_CHECK_TEXTS } from '../src/report/reportCheckTexts.ts';
import { REPORT_TEXTS } from '../src/report/reportTexts.ts';
import { launchBrowser } from './support/browser.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';

const SHOTS = 'test-results/report';
const LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK', nl: 'nl-NL' };

async function buildReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
  await page.getByRole('menuitem', { name: 'Build report' }).click();
}

/** What each chart's legend shows, beside the full series names the chart reads. */
async function legends(
  page: Page,
): Promise<{ title: string; count: number; names: string[]; shown: string[]; ticks: string[] }[]> {
  return page.locator('.chart svg').evaluateAll((charts) =>
    charts.map((chart) => {
      const labels = Array.from(chart.querySelectorAll('.legend text[data-series]'));
      return {
        title: chart.getAttribute('aria-label') ?? '',
        count: Number(chart.getAttribute('data-series-count')),
        names: labels.map((label) => label.getAttribute('data-series') ?? ''),
        shown: labels.map((label) => label.textContent ?? ''),
        ticks: Array.from(chart.querySelectorAll(':scope > text[text-anchor="end"]')).map(
          (tick) => tick.textContent ?? '',
        ),
      };
    }),
  );
}

describe('the report’s charts in the local preview, in three languages', () => {
  let preview: StartedPreview;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await startPreview(await freePort());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  test('en, with a period left half-entered: the data checks name the period, the KPIs and the rows', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1500, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(preview.url);
      await page.waitForFunction(() => 'socialKpiPreview' in window);
      await page.getByRole('button', { name: 'Load example data' }).click();
      // A month skipped, and the month after it begun on Instagram only, its first number typed and no other:
      // 40,000 followers, 350 % of the way from the sample's 12,000 to its 20,000.
      const period = await page.evaluate(() => {
        const last = new Date();
        last.setUTCDate(1);
        last.setUTCMonth(last.getUTCMonth() + 2);
        const day = last.toISOString().slice(0, 10);
        const preview = (
          window as unknown as {
            socialKpiPreview: { writeBlock(s: string, r: number, c: number, i: string[][]): void };
          }
        ).socialKpiPreview;
        preview.writeBlock('KPI data', 199, 0, [[day, 'Instagram', '40000']]);
        return day;
      });
      await buildReport(page);
      await expect.poll(() => page.getByRole('tab', { name: 'KPI report' }).getAttribute('aria-selected')).toBe('true');
      const texts = await page.locator('.grid td').allTextContents();
      const lines = texts.filter((text) => text.includes('“KPI data”'));
      expect(
        lines.some((line) =>
          /^No row for the period \d{4}-\d{2}-01 on “KPI data” \(between rows \d+ and 200\)\.$/.test(line),
        ),
      ).toBe(true);
      expect(lines.some((line) => line.includes(`blank in the latest period ${period} on “KPI data”, row 200.`))).toBe(
        true,
      );
      expect(lines.some((line) => line.startsWith('Post reach rate · Facebook: no row in the latest period'))).toBe(
        true,
      );
      expect(lines.some((line) => line.includes('channels; no numbers from Facebook on “KPI data”.'))).toBe(true);
      await page.evaluate(() => document.querySelector('.toast')?.replaceChildren());
      await page.locator('.grid-scroll').evaluate((grid) => (grid.scrollTop = 150));
      await page.screenshot({ path: `${SHOTS}/report-checks-en.png` });
      // The chart holds that line at 200 % and says 350 % in the legend; the other lines keep their scale.
      const [reach] = await legends(page);
      expect(reach.names[0]).toBe('Follower count · Instagram: 350 %');
      expect(reach.ticks).toEqual(['-100%', '0%', '100%', '200%']);
      const chart = page.locator('.chart').first();
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: `${SHOTS}/report-chart-capped-en.png` });
    } finally {
      await context.close();
    }
  });

  for (const language of ['en', 'da', 'nl'] as const) {
    test(`${language}: every series is named in full, the target is dashed and the axis runs from −100 % to 200 %`, async () => {
      const context = await browser.newContext({ locale: LOCALES[language], viewport: { width: 1500, height: 900 } });
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => {
          throw error;
        });
        await page.goto(preview.url);
        await page.waitForFunction(() => 'socialKpiPreview' in window);
        await page.getByRole('button', { name: 'Load example data' }).click();
        await buildReport(page);
        const sheetName = REPORT_TEXTS[language].sheetName;
        await expect
          .poll(() => page.getByRole('tab', { name: sheetName, exact: true }).getAttribute('aria-selected'))
          .toBe('true');
        const texts = await page.locator('.grid td').allTextContents();
        expect(texts).toContain(REPORT_CHECK_TEXTS[language].offTrackSince);
        expect(texts).toContain(REPORT_CHECK_TEXTS[language].dataChecks);
        await page.evaluate(() => document.querySelector('.toast')?.replaceChildren());
        await page.screenshot({ path: `${SHOTS}/report-${language}.png` });

        const charts = await legends(page);
        expect(charts.length, 'one chart per social-media goal').toBeGreaterThanOrEqual(2);
        for (const chart of charts) {
          expect(chart.names, `${chart.title}: every series in the legend`).toHaveLength(chart.count);
          expect(chart.shown, `${chart.title}: no name cut short`).toEqual(chart.names);
          const target = REPORT_CHECK_TEXTS[language].targetSeries;
          expect(chart.names[chart.names.length - 1], `${chart.title}: the target line`).toBe(target);
          // Every series has a line in the legend (nothing paged away), each KPI's name with its real progress.
          for (const name of chart.names.slice(0, -1)) expect(name).toMatch(/: -?\d+ %$/);
          expect(chart.ticks, `${chart.title}: the value axis`).toEqual(['-100%', '0%', '100%', '200%']);
        }
        const first = page.locator('.chart').first();
        await first.scrollIntoViewIfNeeded();
        await first.screenshot({ path: `${SHOTS}/report-chart-${language}.png` });
        const dashed = await page.locator('.chart svg polyline[stroke-dasharray]').count();
        expect(dashed, 'a dashed target line in every chart').toBeGreaterThanOrEqual(charts.length);
      } finally {
        await context.close();
      }
    });
  }
});
