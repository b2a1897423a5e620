/**
 * Re-running the goal wizard in Chromium at 300 px, as a Danish user whose browser speaks English:
 * the wizard re-opens in the map's language, a language switch shows typed numbers the new
 * language's way, and a change someone else applied meanwhile is shown to choose from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import {
  buildLocalSidebarFor,
  chooseGoal,
  fillTarget,
  keepOnlyKpis,
  openTargetDetails,
  next,
  switchLanguage,
  mapRows,
  openSidebar,
  readAddonSheet,
  reopenSidebar,
  screenshot,
  seriousAxeViolations,
  waitForStep,
} from './support/sidebarPage.ts';
import { STRINGS } from '../sidebar/i18n.ts';
import { SHEET_TEXTS } from '../src/wizard/sheetTexts.ts';

let browser: Browser;
let url: string;

beforeAll(async () => {
  [browser, url] = await Promise.all([launchBrowser(), buildLocalSidebarFor('rerun-e2e')]);
});

afterAll(async () => {
  await browser?.close();
});

async function build(page: Page): Promise<void> {
  await page.click('#next');
  await waitForStep(page, 6);
}

const numbers = (page: Page, kpiId: string) =>
  Promise.all([page.inputValue(`#t-${kpiId}-baseline`), page.inputValue(`#t-${kpiId}-target`)]);

describe('re-running the wizard', () => {
  it('re-opens in the map’s language, and a language switch keeps what every typed number means', async () => {
    const page = await openSidebar(browser, url, { locale: 'en-US' });
    await switchLanguage(page, 'da');
    await chooseGoal(page, 'sales', 'Webshop');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['cpm', 'ctr', 'customer_lifetime_value']);
    await next(page, 4);
    const typed = {
      cpm: ['4,125', '3,5'],
      ctr: ['3,5%', '4%'],
      customer_lifetime_value: ['1200,50', '1500'],
    } as const;
    for (const [kpiId, [baseline, target]] of Object.entries(typed)) {
      await fillTarget(page, kpiId, { baseline, target, deadline: '2026-12-31', owner: 'Mette' });
    }
    await next(page, 5);
    await build(page);
    const h = SHEET_TEXTS.da.mapHeaders;
    const column = (rows: Record<string, unknown>[], name: string) =>
      Object.fromEntries(rows.map((row) => [String(row[h.kpi]), row[name]]));
    const before = mapRows((await readAddonSheet(page, 'kpiMap'))!);
    const baselines = column(before, h.baseline);
    expect(Object.values(baselines).sort((a, b) => Number(a) - Number(b))).toEqual([0.035, 4.125, 1200.5]);

    // Re-opened from the menu, in a browser that speaks English: the map is Danish, so is the wizard.
    await reopenSidebar(page, { locale: 'en-US' });
    expect(await page.inputValue('#language')).toBe('da');
    expect(await page.textContent('h1')).toBe(STRINGS.da.title);
    await next(page, 2);
    await next(page, 3);
    await next(page, 4);
    expect(await numbers(page, 'cpm')).toEqual(['4,125', '3,5']);
    expect(await numbers(page, 'ctr')).toEqual(['3,5%', '4%']);
    expect(await numbers(page, 'customer_lifetime_value')).toEqual(['1200,5', '1500']);
    // In English the same numbers are written the English way ...
    await switchLanguage(page, 'en');
    expect(await numbers(page, 'cpm')).toEqual(['4.125', '3.5']);
    expect(await numbers(page, 'ctr')).toEqual(['3.5%', '4%']);
    expect(await numbers(page, 'customer_lifetime_value')).toEqual(['1200.5', '1500']);
    // ... a number typed in English follows the next switch too ...
    await page.fill('#t-customer_lifetime_value-target', '1,600.25');
    await switchLanguage(page, 'da');
    expect(await numbers(page, 'cpm')).toEqual(['4,125', '3,5']);
    expect(await numbers(page, 'customer_lifetime_value')).toEqual(['1200,5', '1600,25']);
    await screenshot(page, 'da-4-after-language-switches');
    // ... and building without touching CPM leaves its baseline (and its status) as it was.
    await next(page, 5);
    await build(page);
    const after = mapRows((await readAddonSheet(page, 'kpiMap'))!);
    expect(column(after, h.baseline)).toEqual(baselines);
    expect(Object.values(column(after, h.target)).sort((a, b) => Number(a) - Number(b))).toEqual([0.04, 3.5, 1600.25]);
    expect(column(after, h.status)).toEqual(column(before, h.status));
    await page.close();
  });

  for (const choice of ['mine', 'sheet'] as const) {
    it(`a target someone else applied meanwhile is shown beside mine; choosing ${choice} builds with it`, async () => {
      const page = await openSidebar(browser, url, { locale: 'en-US' });
      await chooseGoal(page, 'awareness', 'Known in Aarhus');
      await next(page, 2);
      await next(page, 3);
      await keepOnlyKpis(page, ['follower_count']);
      await next(page, 4);
      await fillTarget(page, 'follower_count', {
        baseline: '100',
        target: '200',
        deadline: '2026-12-31',
        owner: 'Mette',
      });
      await next(page, 5);
      await build(page);

      await reopenSidebar(page, { locale: 'en-US' });
      // While this wizard is open, a colleague raises the target in theirs and applies it.
      await page.evaluate(`(() => {
        const server = window.__skk.local.server;
        const current = server.getWizardModel(null).current;
        current.kpis[0].target = '5000';
        if (!server.applyWizard(current).ok) throw new Error('the colleague could not apply');
      })()`);
      await next(page, 2);
      await next(page, 3);
      await next(page, 4);
      await page.fill('#t-follower_count-target', '300');
      await openTargetDetails(page, 'follower_count');
      await page.fill('#t-follower_count-owner', 'Jens');
      await next(page, 5);
      await page.click('#next');
      await page.waitForSelector('#conflicts');
      await page.waitForSelector('main[aria-busy="false"]');
      const text = (await page.textContent('#conflicts')) ?? '';
      expect(text).toContain('Follower count: Target');
      expect(text).toContain('Keep mine: 300');
      expect(text).toContain('Take the sheet’s: 5000');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('conflicts-title');
      // Nothing was written yet.
      const h = SHEET_TEXTS.en.mapHeaders;
      expect(mapRows((await readAddonSheet(page, 'kpiMap'))!)[0]).toMatchObject({
        [h.target]: 5000,
        [h.owner]: 'Mette',
      });
      await screenshot(page, `en-5-conflict-${choice}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.check(`[id="conflict-kpis_0_target-${choice}"]`);
      await build(page);
      expect(mapRows((await readAddonSheet(page, 'kpiMap'))!)[0]).toMatchObject({
        [h.target]: choice === 'mine' ? 300 : 5000,
        [h.owner]: 'Jens',
      });
      await page.close();
    });
  }
});
