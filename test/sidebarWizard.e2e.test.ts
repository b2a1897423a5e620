/**
 * The goal wizard as a new Danish (and English, Dutch) marketer uses it at 300 px: specific reasons
 * on the KPI step, one verdict on vanity in both screens, a short SMART-targets step, plain deadline
 * messages, and keyboard focus that never hides behind the sticky Back/Next footer.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import {
  SCREENSHOT_DIR,
  addKpi,
  buildLocalSidebarFor,
  chooseGoal,
  fillTarget,
  keepOnlyKpis,
  next,
  openSidebar,
  openTargetDetails,
  screenshot,
  seriousAxeViolations,
  switchLanguage,
  tabRound,
  waitForStep,
} from './support/sidebarPage.ts';
import type { Language } from '../src/shared/wizardApi.ts';
import { GOAL_TAXONOMY } from '../src/wizard/taxonomy.ts';

let browser: Browser;
let url: string;

beforeAll(async () => {
  [browser, url] = await Promise.all([launchBrowser(), buildLocalSidebarFor('wizard')]);
});

afterAll(async () => {
  await browser?.close();
});

/** Step 1 → 3 in a language with these goals (kind, name). */
async function toKpiStep(page: Page, language: Language, goals: [string, string][]): Promise<void> {
  await switchLanguage(page, language);
  for (const [kind, name] of goals) await chooseGoal(page, kind, name);
  await next(page, 2);
  await next(page, 3);
}

/** The recommended KPIs of each social-goal section: KPI name and reason, as the user reads them. */
async function sections(page: Page): Promise<Record<string, { kpi: string; name: string; reason: string }[]>> {
  return page.$$eval('main section.skk-group', (groups) =>
    Object.fromEntries(
      groups.map((group) => [
        group.querySelector('h3')?.textContent ?? '',
        Array.from(group.querySelectorAll('li.skk-choice')).map((item) => ({
          kpi: item.querySelector('input')?.id.replace(/^kpi-[a-z]+-/, '') ?? '',
          name: item.querySelector('label')?.textContent ?? '',
          reason: item.querySelector('.skk-description')?.textContent ?? '',
        })),
      ]),
    ),
  );
}

/** The ids of the KPIs on the SMART-targets step, in order. */
async function targetRows(page: Page): Promise<string[]> {
  return page.$$eval('main input[id$="-baseline"]', (inputs) => inputs.map((input) => input.id.slice(2, -9)));
}

/**
 * Types a baseline and a target for every KPI on step 4 (rates with a % sign, as their placeholder
 * shows); with a deadline, also that deadline and an owner, row by row (opening details where folded).
 */
async function fillNumbers(page: Page, language: Language, deadline?: string): Promise<void> {
  for (const kpiId of await targetRows(page)) {
    const rate = (await page.getAttribute(`#t-${kpiId}-baseline`, 'placeholder')) === '12%';
    const decimal = language === 'en' ? '.' : ',';
    const numbers = { baseline: rate ? `1${decimal}5%` : '100', target: rate ? '3%' : '150' };
    if (deadline) await fillTarget(page, kpiId, { ...numbers, deadline, owner: 'Mette' });
    else {
      await page.fill(`#t-${kpiId}-baseline`, numbers.baseline);
      await page.fill(`#t-${kpiId}-target`, numbers.target);
    }
  }
}

/** "Same for several KPIs": opens it, and gives the ticked KPIs a deadline, owner and cadence. */
async function applyToSeveral(
  page: Page,
  values: { deadline?: string; owner?: string; cadence?: string },
  only?: string[],
): Promise<void> {
  if ((await page.getAttribute('#bulk-toggle', 'aria-expanded')) === 'false') await page.click('#bulk-toggle');
  if (only) {
    await page.uncheck('#bulk-all');
    for (const kpiId of only) await page.check(`#bulk-${kpiId}`);
  }
  if (values.deadline) await page.fill('#bulk-deadline', values.deadline);
  if (values.owner) await page.fill('#bulk-owner', values.owner);
  if (values.cadence) await page.selectOption('#bulk-cadence', values.cadence);
  await page.click('#bulk-apply');
  await page.waitForSelector('#bulk-done:not(:empty)');
}

/** Awareness and sales pre-tick 16 KPIs; with Likes added by hand, step 4 holds 17. */
const TWO_GOALS: [string, string][] = [
  ['awareness', 'Kendt i Aarhus'],
  ['sales', 'Webshop salg'],
];
/** Step 4 for TWO_GOALS: every KPI they recommend (16 before VIRALITY_RATE), and likes added by hand. */
const STEP4_KPIS = new Set([...GOAL_TAXONOMY.awareness.kpis, ...GOAL_TAXONOMY.sales.kpis, 'likes']).size;

describe('the goal wizard as a Danish marketer uses it', () => {
  it('step 3 says for every recommended KPI what it shows for its goal, never one template for all', async () => {
    const goals: [string, string][] = [
      ['awareness', 'Kendt i Aarhus'],
      ['community', 'Fans af bageriet'],
      ['sales', 'Webshop salg'],
      ['service', 'Glade kunder'],
    ];
    for (const language of ['da', 'en', 'nl'] as const) {
      const page = await openSidebar(browser, url);
      await toKpiStep(page, language, goals);
      if (language === 'da') await screenshot(page, 'step3-da-after-four-goals');
      const bySection = await sections(page);
      expect(Object.keys(bySection)).toHaveLength(4);
      const reasonOf: Record<string, string[]> = {};
      for (const [section, items] of Object.entries(bySection)) {
        // What each reason says beyond the KPI's own name.
        const said = items.map((item) => item.reason.replace(item.name, '').trim());
        expect(new Set(said).size, `${language} ${section}: ${said.join(' | ')}`).toBe(said.length);
        for (const [index, item] of items.entries()) (reasonOf[item.kpi] ??= []).push(said[index]);
      }
      // Shares serve reach and engagement, reviews engagement and loyalty: each goal gets its own reason.
      for (const kpi of ['shares', 'reviews']) {
        expect(reasonOf[kpi], `${language} ${kpi}`).toHaveLength(2);
        expect(reasonOf[kpi][0]).not.toBe(reasonOf[kpi][1]);
      }
      await page.close();
    }
  });

  it('the vanity warning and the review judge a KPI against the same goal, the one it is filed under', async () => {
    const page = await openSidebar(browser, url);
    await toKpiStep(page, 'da', TWO_GOALS);
    await addKpi(page, 'likes');
    const warningOnStep3 = (await page.textContent('main li:has(input[id$="-likes"]) .skk-warning'))!;
    await keepOnlyKpis(page, ['follower_count', 'likes']);
    await next(page, 4);
    await fillNumbers(page, 'da', '2026-12-31');
    await next(page, 5);
    const review = async () =>
      page.$$eval('main section.skk-group', (groups) =>
        groups.flatMap((group) =>
          Array.from(group.querySelectorAll('li'))
            .filter((item) => item.querySelector('strong')?.textContent === 'Likes')
            .map((item) => ({
              goal: group.querySelector('h3')?.textContent ?? '',
              warning: item.querySelector('.skk-warning')?.textContent ?? '',
            })),
        ),
      );
    const [filed] = await review();
    // The warning on step 3 is about the goal the review files Likes under, and the review says the same.
    expect(warningOnStep3).toContain(`»${filed.goal}«`);
    expect(filed.warning).toBe(warningOnStep3);

    // Filed under the sales goal instead, both screens call Likes vain for sales.
    await page.click('#back');
    await waitForStep(page, 4);
    await openTargetDetails(page, 'likes');
    await page.selectOption('#t-likes-businessGoalId', { label: 'Webshop salg' });
    await next(page, 5);
    const [refiled] = await review();
    expect(refiled.goal).toBe('Webshop salg');
    expect(refiled.warning).toContain('Likes er et forfængeligt mål for »Webshop salg«');
    await page.click('#back');
    await waitForStep(page, 4);
    await page.click('#back');
    await waitForStep(page, 3);
    expect(await page.textContent('main li:has(input[id$="-likes"]) .skk-warning')).toBe(refiled.warning);
    await page.close();
  });

  it('step 4 is a compact list: under 60 Tab stops for every KPI two goals recommend, details on demand, one deadline for many', async () => {
    const page = await openSidebar(browser, url);
    await toKpiStep(page, 'da', TWO_GOALS);
    await addKpi(page, 'likes');
    await next(page, 4);
    const rows = await targetRows(page);
    expect(rows).toHaveLength(STEP4_KPIS);
    const stops = await tabRound(page);
    await writeFile(
      join(SCREENSHOT_DIR, 'step4-tab-stops.json'),
      JSON.stringify({ kpis: rows.length, tabStops: stops.length }, null, 2),
    );
    expect(stops.length).toBeLessThan(60);

    // The details of a row open on demand and close again.
    expect(await page.isVisible('#t-likes-owner')).toBe(false);
    await page.click('#t-likes-more');
    expect(await page.getAttribute('#t-likes-more', 'aria-expanded')).toBe('true');
    expect(await page.isVisible('#t-likes-owner')).toBe(true);
    await page.click('#t-likes-more');
    expect(await page.isVisible('#t-likes-owner')).toBe(false);

    // One deadline, owner and cadence for all of them, then another owner for two of them.
    await applyToSeveral(page, { deadline: '2026-12-31', owner: 'Mette', cadence: 'weekly' });
    for (const kpiId of rows) expect(await page.textContent(`#t-${kpiId}-when`)).toBe('inden 31.12.2026');
    await applyToSeveral(page, { owner: 'Bo' }, ['ctr', 'likes']);
    for (const [kpiId, owner] of [
      ['ctr', 'Bo'],
      ['likes', 'Bo'],
      ['revenue', 'Mette'],
    ]) {
      await openTargetDetails(page, kpiId);
      expect(await page.inputValue(`#t-${kpiId}-owner`)).toBe(owner);
      expect(await page.inputValue(`#t-${kpiId}-cadence`)).toBe('weekly');
      expect(await page.inputValue(`#t-${kpiId}-deadline`)).toBe('2026-12-31');
    }
    // Owners keep their maxlength cap in the compact editor as well.
    expect(await page.getAttribute('#t-likes-owner', 'maxlength')).not.toBeNull();
    await fillNumbers(page, 'da');
    await screenshot(page, 'step4-da-after-filled');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(300);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await next(page, 5);
    await page.close();
  });

  it('a deadline in the past says so plainly, with Danish dates, across the full width, in the row it concerns', async () => {
    const page = await openSidebar(browser, url);
    await toKpiStep(page, 'da', TWO_GOALS);
    await keepOnlyKpis(page, ['follower_count', 'impressions', 'ctr']);
    await next(page, 4);
    await fillNumbers(page, 'da', '2026-12-31');
    await page.fill('#t-impressions-deadline', '2020-01-31');
    // Folded again (in the compact editor): the message must still reach the field it concerns.
    if (await page.isVisible('#t-impressions-more')) await page.click('#t-impressions-more');
    await page.click('#next');
    await page.waitForSelector('#t-impressions-deadline-message');
    const message = (await page.textContent('#t-impressions-deadline-message'))!;
    expect(message).toBe(
      'Deadlinen er allerede overskredet (31. jan. 2020). Vælg en dato efter startdatoen, 5. jan. 2026.',
    );
    expect(message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The row with the error opened by itself, and focus went to the field.
    expect(await page.isVisible('#t-impressions-deadline-message')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('t-impressions-deadline');
    // As wide as the row, so it reads in two lines rather than five.
    const [messageBox, mainBox] = await Promise.all([
      page.locator('#t-impressions-deadline-message').boundingBox(),
      page.locator('main').boundingBox(),
    ]);
    // main has 12 px padding each side; the row's details are indented a little more.
    expect(messageBox!.width).toBeGreaterThan((mainBox!.width - 24) * 0.85);
    expect(messageBox!.height).toBeLessThan(4 * 17);
    await screenshot(page, 'step4-da-after-deadline-message');
    await page.close();
  });

  it('keyboard focus is fully visible at every Tab stop of steps 1 to 5, never under the footer', async () => {
    const page = await openSidebar(browser, url);
    await switchLanguage(page, 'da');
    const figures: Record<string, { stops: number; hidden: number }> = {};
    const problems: string[] = [];
    const check = async (step: string) => {
      const stops = await tabRound(page);
      const hidden = stops.filter((stop) => stop.hidden !== null);
      figures[step] = { stops: stops.length, hidden: hidden.length };
      problems.push(...hidden.map((stop) => `${step}: #${stop.id} ${stop.hidden}`));
      const violations = await seriousAxeViolations(page);
      if (violations.length) problems.push(`${step}: axe ${JSON.stringify(violations)}`);
      const width = await page.evaluate('document.documentElement.scrollWidth');
      if (width !== 300) problems.push(`${step}: ${String(width)} px wide`);
    };
    for (const [kind, name] of TWO_GOALS) await chooseGoal(page, kind, name);
    await check('1 business goals');
    await next(page, 2);
    await check('2 be critical');
    await next(page, 3);
    await addKpi(page, 'likes');
    await check('3 KPIs');
    await next(page, 4);
    await check('4 SMART targets');
    await fillNumbers(page, 'da', '2026-12-31');
    await check('4 SMART targets, filled, every row opened');
    await next(page, 5);
    await check('5 review');
    await writeFile(join(SCREENSHOT_DIR, 'focus-stops.json'), JSON.stringify(figures, null, 2));
    expect(problems).toEqual([]);
    await page.close();
  });
});
