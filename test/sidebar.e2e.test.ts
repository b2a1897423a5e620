/**
 * The goal wizard in headless Chromium at 300 px, on the local build whose server runs the real
 * server code against the in-memory workbook. Each test drives the panel as a user would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import {
  buildLocalSidebarFor,
  chooseGoal,
  failNext,
  fillTarget,
  keepOnlyKpis,
  mapRows,
  next,
  readAddonSheet,
  sheetNames,
  openSidebar,
  openTargetDetails,
  reopenSidebar,
  screenshot,
  seriousAxeViolations,
  serverCalls,
  switchLanguage,
  waitForStep,
} from './support/sidebarPage.ts';
import { LANGUAGE_NAMES, STRINGS } from '../sidebar/i18n.ts';
import type { Language } from '../src/shared/wizardApi.ts';
import { SHEET_TEXTS } from '../src/wizard/sheetTexts.ts';
import { buildWizardModel } from '../src/wizard/wizardModel.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import { FIELD_LIMITS } from '../src/shared/fieldLimits.ts';

const XSS = '<img src=x onerror=window.__xss=1>';

let browser: Browser;
let url: string;

beforeAll(async () => {
  [browser, url] = await Promise.all([launchBrowser(), buildLocalSidebarFor('e2e')]);
});

afterAll(async () => {
  await browser?.close();
});

async function headingText(page: Page): Promise<string> {
  return (await page.textContent('#step-heading')) ?? '';
}

/** Numbers as a user of each language types them. */
const RATE: Record<Language, { baseline: string; target: string }> = {
  en: { baseline: '1.5%', target: '2.5%' },
  da: { baseline: '1,5%', target: '2,5%' },
  nl: { baseline: '1,5%', target: '2,5%' },
};

describe('the goal wizard in a 300 px sidebar', () => {
  for (const language of ['en', 'da', 'nl'] as const) {
    it(`a full run in ${LANGUAGE_NAMES[language]} builds the KPI map from the typed goals and targets`, async () => {
      const t = STRINGS[language];
      const page = await openSidebar(browser, url);
      await switchLanguage(page, language);
      expect(await headingText(page)).toBe(t.steps[0]);
      await screenshot(page, `${language}-1-business-goals`);
      await chooseGoal(page, 'awareness', 'Known in Aarhus');
      await chooseGoal(page, 'sales', 'Webshop sales');
      await next(page, 2);
      expect(await headingText(page)).toBe(t.steps[1]);
      await page.check('#q-sellsOnSocial-false');
      await page.check('#q-paidAds-true');
      await screenshot(page, `${language}-2-be-critical`);
      await next(page, 3);
      expect(await headingText(page)).toBe(t.steps[2]);
      await screenshot(page, `${language}-3-kpis`);
      await keepOnlyKpis(page, ['follower_count', 'ctr']);
      await next(page, 4);
      expect(await headingText(page)).toBe(t.steps[3]);
      await fillTarget(page, 'follower_count', {
        baseline: '1200',
        target: '1700',
        deadline: '2026-06-30',
        owner: 'Ann',
        channel: 'instagram',
        cadence: 'weekly',
      });
      await fillTarget(page, 'ctr', {
        ...RATE[language],
        deadline: '2026-12-31',
        owner: 'Bo',
        notes: 'From the ads manager',
      });
      await screenshot(page, `${language}-4-smart-targets`);
      await next(page, 5);
      expect(await headingText(page)).toBe(t.steps[4]);
      const review = (await page.textContent('main')) ?? '';
      expect(review).toContain('Known in Aarhus');
      expect(review).toContain('Webshop sales');
      await page.check('#review-3');
      await screenshot(page, `${language}-5-review-and-build`);
      await page.click('#next');
      await waitForStep(page, 6);
      expect(await headingText(page)).toBe(t.resultTitle);
      await screenshot(page, `${language}-6-result`);
      const result = (await page.textContent('#result-summary')) ?? '';
      expect(result).toContain(t.rowsAdded.replace('{n}', '2'));

      // The spreadsheet now has the map and the data sheet in this language, beside the untouched Sheet1.
      const sheets = SHEET_TEXTS[language];
      expect((await sheetNames(page)).sort()).toEqual(['Sheet1', sheets.dataName, sheets.mapName].sort());
      const map = await readAddonSheet(page, 'kpiMap');
      expect(map?.name).toBe(sheets.mapName);
      const model = buildWizardModel(language, null, '2026-01-05');
      const name = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name;
      const h = sheets.mapHeaders;
      const rows = mapRows(map!);
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row[h.kpi] === name(model.kpis, 'follower_count'))).toMatchObject({
        [h.goal]: 'Known in Aarhus',
        [h.channel]: name(model.channels, 'instagram'),
        [h.owner]: 'Ann',
        [h.cadence]: name(model.cadences, 'weekly'),
        [h.baseline]: 1200,
        [h.target]: 1700,
        [h.deadline]: toSerialDate('2026-06-30'),
      });
      expect(rows.find((row) => row[h.kpi] === name(model.kpis, 'ctr'))).toMatchObject({
        [h.goal]: 'Webshop sales',
        [h.channel]: name(model.channels, 'all'),
        [h.owner]: 'Bo',
        [h.cadence]: name(model.cadences, 'monthly'),
        [h.baseline]: 0.015,
        [h.target]: 0.025,
        [h.deadline]: toSerialDate('2026-12-31'),
        [h.notes]: 'From the ads manager',
      });
      // The user looks at another tab; the button brings the KPI map tab to the front.
      const activeTab = () =>
        page.evaluate(`(() => {
          const workbook = window.__skk.local.workbook;
          return workbook.listSheets().find((sheet) => sheet.sheetId === workbook.activeSheetId).name;
        })()`);
      await page.evaluate(`(() => {
        const workbook = window.__skk.local.workbook;
        workbook.activeSheetId = workbook.listSheets().find((sheet) => sheet.name === 'Sheet1').sheetId;
      })()`);
      expect(await activeTab()).toBe('Sheet1');
      await page.click('#open-map');
      await page.waitForSelector('#map-opened');
      expect(await activeTab()).toBe(sheets.mapName);
      expect(await page.textContent('#map-opened')).toContain(sheets.mapName);
      expect(await serverCalls(page)).toMatchObject({ activateKpiMap: 1, applyWizard: 1 });
      await page.close();
    });
  }

  it("opens in the user's own language, and the switcher offers English, Dansk and Nederlands", async () => {
    for (const [locale, language] of [
      ['da_DK', 'da'],
      ['nl-BE', 'nl'],
      ['fr_FR', 'en'],
    ] as const) {
      const page = await openSidebar(browser, url, { locale });
      expect(await page.textContent('h1')).toBe(STRINGS[language].title);
      expect(await page.inputValue('#language')).toBe(language);
      expect(await page.getAttribute('#app', 'lang')).toBe(language);
      expect(await page.$$eval('#language option', (options) => options.map((option) => option.textContent))).toEqual([
        'English',
        'Dansk',
        'Nederlands',
      ]);
      await page.close();
    }
  });

  it('back and forward never lose what was entered', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'community', 'Fans of our bakery');
    await next(page, 2);
    await page.check('#q-surveys-false');
    await next(page, 3);
    await keepOnlyKpis(page, ['engagement_rate']);
    await next(page, 4);
    await fillTarget(page, 'engagement_rate', {
      baseline: '2%',
      target: '3%',
      deadline: '2026-09-30',
      owner: 'Carla',
      notes: 'Check every Monday',
    });
    for (const step of [3, 2, 1]) {
      await page.click('#back');
      await waitForStep(page, step);
    }
    expect(await page.inputValue('#goal-community-name')).toBe('Fans of our bakery');
    await next(page, 2);
    expect(await page.isChecked('#q-surveys-false')).toBe(true);
    await next(page, 3);
    expect(await page.isChecked('main input[id$="-engagement_rate"]')).toBe(true);
    expect(await page.isChecked('main input[id$="-likes"]')).toBe(false);
    // Unticking and ticking again brings the targets back.
    await page.uncheck('main input[id$="-engagement_rate"]');
    await page.check('main input[id$="-engagement_rate"]');
    await page.waitForSelector('main[aria-busy="false"]');
    await next(page, 4);
    expect(await page.inputValue('#t-engagement_rate-target')).toBe('3%');
    expect(await page.inputValue('#t-engagement_rate-owner')).toBe('Carla');
    expect(await page.inputValue('#t-engagement_rate-notes')).toBe('Check every Monday');
    // Switching language keeps them too.
    await switchLanguage(page, 'nl');
    expect(await page.inputValue('#t-engagement_rate-deadline')).toBe('2026-09-30');
    expect(await page.inputValue('#t-engagement_rate-baseline')).toBe('2%');
    await page.close();
  });

  it("the server's validation messages appear under the fields they are about, and Next waits", async () => {
    const page = await openSidebar(browser, url);
    await next(page, 1);
    expect(await page.textContent('#step-message')).toContain('Choose at least one business goal');
    await chooseGoal(page, 'awareness', 'Visible');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['follower_count']);
    await next(page, 4);
    // Once the user begins a row, it says what is still missing for SMART.
    expect(await page.isVisible('#t-follower_count-smart')).toBe(false);
    await page.fill('#t-follower_count-baseline', 'lots');
    expect(await page.textContent('#t-follower_count-smart')).toBe(STRINGS.en.notSmartBoth);
    await page.fill('#t-follower_count-target', '');
    await page.click('#next');
    await page.waitForSelector('#t-follower_count-baseline-message');
    expect(await page.textContent('#t-follower_count-baseline-message')).toContain('“lots” is not a number');
    expect(await page.textContent('#t-follower_count-target-message')).toContain('Not SMART yet');
    expect(await page.textContent('#t-follower_count-deadline-message')).toContain('Not SMART yet');
    expect(await page.getAttribute('#t-follower_count-baseline', 'aria-invalid')).toBe('true');
    expect(await headingText(page)).toBe(STRINGS.en.steps[3]);
    await screenshot(page, 'en-4-validation-messages');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.fill('#t-follower_count-baseline', '100');
    await page.fill('#t-follower_count-target', '100');
    await page.fill('#t-follower_count-deadline', '2026-10-01');
    await page.click('#next');
    await page.waitForSelector('#t-follower_count-target-message');
    expect(await page.textContent('#t-follower_count-target-message')).toContain('equals the baseline');
    await page.fill('#t-follower_count-target', '150');
    await next(page, 5);
    await page.close();
  });

  it('re-opening on a spreadsheet with a map starts from its choices and keeps what the user typed', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'service', 'Happy customers');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['response_time']);
    await next(page, 4);
    await fillTarget(page, 'response_time', {
      baseline: '12',
      target: '4',
      deadline: '2026-08-31',
      owner: 'Dan',
      notes: 'Weekdays only',
    });
    await next(page, 5);
    await page.check('#review-3');
    await page.click('#next');
    await waitForStep(page, 6);

    // Between runs the team works in the sheets: a new owner typed on the map, numbers in the data sheet.
    const h = SHEET_TEXTS.en.mapHeaders;
    const map = (await readAddonSheet(page, 'kpiMap'))!;
    const ownerCell = `${String.fromCharCode(65 + map.values[0].indexOf(h.owner))}2`;
    // Response time is averaged over answers, one per row: its numbers go on the answers sheet.
    const data = (await readAddonSheet(page, 'kpiAnswers'))!;
    await page.evaluate(`(() => {
      const workbook = window.__skk.local.workbook;
      workbook.setCell(${JSON.stringify(map.name)}, ${JSON.stringify(ownerCell)}, 'Dana');
      workbook.setCell(${JSON.stringify(data.name)}, 'C3', 7);
    })()`);

    await reopenSidebar(page);
    expect(await page.isChecked('#goal-service')).toBe(true);
    expect(await page.inputValue('#goal-service-name')).toBe('Happy customers');
    await next(page, 2);
    await next(page, 3);
    // Nothing is pre-ticked again for a goal decided last time: only the KPI that was kept.
    expect(await page.$$eval('main input[type=checkbox]:checked', (boxes) => boxes.length)).toBe(1);
    await next(page, 4);
    expect(await page.inputValue('#t-response_time-baseline')).toBe('12');
    expect(await page.inputValue('#t-response_time-owner')).toBe('Dana');
    expect(await page.inputValue('#t-response_time-notes')).toBe('Weekdays only');
    await openTargetDetails(page, 'response_time');
    await page.fill('#t-response_time-notes', 'Weekdays only, 9-17');
    await next(page, 5);
    expect(await page.isChecked('#review-3')).toBe(true);
    await page.click('#next');
    await waitForStep(page, 6);
    expect(await page.textContent('#result-summary')).toContain(STRINGS.en.rowsUpdated.replace('{n}', '1'));
    const [row] = mapRows((await readAddonSheet(page, 'kpiMap'))!);
    expect(row).toMatchObject({ [h.owner]: 'Dana', [h.notes]: 'Weekdays only, 9-17', [h.baseline]: 12, [h.target]: 4 });
    expect((await readAddonSheet(page, 'kpiAnswers'))!.values[2][2]).toBe(7);
    await page.close();
  });

  it('markup typed as a goal name, owner or notes never runs and stays literal text', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'awareness', XSS);
    await next(page, 2);
    await next(page, 3);
    expect(await page.textContent('main')).toContain(XSS);
    await keepOnlyKpis(page, ['impressions']);
    await next(page, 4);
    await fillTarget(page, 'impressions', {
      baseline: '10',
      target: '20',
      deadline: '2026-12-01',
      owner: XSS,
      notes: `${XSS}<script>window.__xss=2</script>`,
    });
    await next(page, 5);
    const review = (await page.textContent('main')) ?? '';
    expect(review).toContain(XSS);
    await page.click('#next');
    await waitForStep(page, 6);
    // In the workbook: the literal text, not markup and not a formula.
    const h = SHEET_TEXTS.en.mapHeaders;
    const [row] = mapRows((await readAddonSheet(page, 'kpiMap'))!);
    expect(row).toMatchObject({ [h.goal]: XSS, [h.owner]: XSS, [h.notes]: `${XSS}<script>window.__xss=2</script>` });
    await reopenSidebar(page);
    expect(await page.inputValue('#goal-awareness-name')).toBe(XSS);
    await next(page, 2);
    await next(page, 3);
    await next(page, 4);
    expect(await page.inputValue('#t-impressions-owner')).toBe(XSS);
    expect(await page.$$eval('main img, main script', (found) => found.length)).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.close();
  });

  it('has no serious or critical accessibility violations, nor sideways scrolling, on any step', async () => {
    const page = await openSidebar(browser, url);
    const violationsByStep: Record<string, unknown> = {};
    const check = async (name: string) => {
      const violations = await seriousAxeViolations(page);
      if (violations.length) violationsByStep[name] = violations;
      // Nothing sticks out of the 300 px panel: no sideways scrolling.
      const width = await page.evaluate('document.documentElement.scrollWidth');
      if (width !== 300) violationsByStep[`${name}: width`] = width;
    };
    await check('business goals (empty)');
    await chooseGoal(page, 'sales', 'Sales');
    await chooseGoal(page, 'leads', 'Leads');
    await check('business goals');
    await next(page, 2);
    await check('be critical');
    await page.check('#q-sellsOnSocial-false');
    await next(page, 3);
    await page.selectOption('#add-kpi', 'follower_count');
    await page.click('#add-kpi-button');
    await page.waitForSelector('main[aria-busy="false"]');
    await check('KPIs with a vanity warning');
    await keepOnlyKpis(page, ['ctr', 'follower_count']);
    await next(page, 4);
    await check('SMART targets');
    await fillTarget(page, 'ctr', { baseline: '1%', target: '2%', deadline: '2026-12-31', owner: 'Eve' });
    await fillTarget(page, 'follower_count', { baseline: '5', target: '50', deadline: '2026-12-31', owner: 'Eve' });
    await next(page, 5);
    await check('review and build');
    await page.click('#next');
    await waitForStep(page, 6);
    await check('result');
    expect(violationsByStep).toEqual({});
    await page.close();
  });

  it('a KPI that serves none of the chosen goals gets a vanity warning saying why, and may be kept', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'sales', 'Sales');
    await next(page, 2);
    await next(page, 3);
    await page.selectOption('#add-kpi', 'follower_count');
    await page.click('#add-kpi-button');
    await page.waitForSelector('main[aria-busy="false"]');
    const warning = page.locator('main .skk-warning');
    await warning.first().waitFor();
    expect(await warning.first().textContent()).toContain('Vanity warning');
    await screenshot(page, 'en-3-vanity-warning');
    expect(await page.isChecked('main input[id$="-follower_count"]')).toBe(true);
    await page.close();
  });

  it('KPIs added quickly while the server is slow each get checked for vanity', async () => {
    const page = await openSidebar(browser, url, { delayMs: 300 });
    await chooseGoal(page, 'sales', 'Sales');
    await next(page, 2);
    await next(page, 3);
    for (const kpiId of ['follower_count', 'likes']) {
      await page.selectOption('#add-kpi', kpiId);
      await page.click('#add-kpi-button');
    }
    await page.waitForFunction(() => document.querySelectorAll('main .skk-warning').length === 2, undefined, {
      timeout: 10_000,
    });
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.isChecked('main input[id$="-likes"]')).toBe(true);
    await page.close();
  });

  it('a server failure is shown in plain words, Retry works, and nothing typed is lost', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'awareness', 'Seen everywhere');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['mentions']);
    await next(page, 4);
    await fillTarget(page, 'mentions', { baseline: '3', target: '30', deadline: '2026-11-30', owner: 'Finn' });
    await next(page, 5);
    await failNext(page, 'applyWizard');
    await page.click('#next');
    await page.waitForSelector('#server-error');
    const error = (await page.textContent('#server-error')) ?? '';
    expect(error).toContain('Service Spreadsheets timed out');
    expect(error).not.toContain('Exception:');
    expect(error).toContain(STRINGS.en.nothingLost);
    expect(await page.evaluate('document.activeElement.id')).toBe('retry');
    await screenshot(page, 'en-5-server-error');
    await page.click('#back');
    await waitForStep(page, 4);
    expect(await page.inputValue('#t-mentions-owner')).toBe('Finn');
    await next(page, 5);
    await page.click('#next');
    await waitForStep(page, 6);
    await page.close();
  });

  it('a wizard that could not load says so and loads on Retry', async () => {
    const page = await openSidebar(browser, url, { failOnce: 'getWizardModel' });
    await page.waitForSelector('#server-error');
    expect(await page.textContent('#server-error')).toContain('timed out');
    await page.click('#retry');
    await waitForStep(page, 1);
    expect(await page.isVisible('#server-error')).toBe(false);
    expect(await serverCalls(page)).toMatchObject({ getWizardModel: 2 });
    await page.close();
  });

  it('Retry after a failed Build builds the map', async () => {
    const page = await openSidebar(browser, url);
    await chooseGoal(page, 'awareness', 'Seen');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['shares']);
    await next(page, 4);
    await fillTarget(page, 'shares', { baseline: '3', target: '30', deadline: '2026-11-30', owner: 'Gus' });
    await next(page, 5);
    await failNext(page, 'applyWizard');
    await page.click('#next');
    await page.waitForSelector('#retry');
    await page.click('#retry');
    await waitForStep(page, 6);
    expect(await serverCalls(page)).toMatchObject({ applyWizard: 2 });
    await page.close();
  });

  it('while the server works the panel shows progress and Build cannot be pressed twice', async () => {
    const page = await openSidebar(browser, url, { delayMs: 400 });
    await chooseGoal(page, 'awareness', 'Seen');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['impressions']);
    await next(page, 4);
    await fillTarget(page, 'impressions', { baseline: '1', target: '2', deadline: '2026-11-30', owner: 'Hal' });
    await next(page, 5);
    await page.click('#next');
    await page.waitForSelector('#progress:has-text("Building")');
    await screenshot(page, 'en-5-building');
    expect(await page.isDisabled('#next')).toBe(true);
    await page.click('#next', { force: true }).catch(() => undefined);
    await page.keyboard.press('Enter');
    await page.evaluate("document.getElementById('next')?.click()");
    await waitForStep(page, 6);
    expect(await serverCalls(page)).toMatchObject({ applyWizard: 1 });
    await page.close();
  });

  it('can be used with the keyboard alone, with focus always visible', async () => {
    const page = await openSidebar(browser, url);
    const focusedOutline = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { id: element.id, outline: style.outlineStyle, shadow: style.boxShadow };
      });
    // From the step heading: Tab to the first goal, Space ticks it, Tab into its name field.
    await page.keyboard.press('Tab');
    expect((await focusedOutline()).id).toBe('goal-awareness');
    expect((await focusedOutline()).outline).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#goal-awareness')).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focusedOutline()).id).toBe('goal-awareness-name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Keyboard goal');
    // Tab on to Next and press Enter.
    for (let i = 0; i < 20 && (await focusedOutline()).id !== 'next'; i++) await page.keyboard.press('Tab');
    const onNext = await focusedOutline();
    expect(onNext.id).toBe('next');
    expect(onNext.outline !== 'none' || onNext.shadow !== 'none').toBe(true);
    await page.keyboard.press('Enter');
    await waitForStep(page, 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await page.close();
  });

  it('text fields stop at their limit and say so, so the map’s cells stay within what Sheets holds', async () => {
    const page = await openSidebar(browser, url);
    await switchLanguage(page, 'da');
    await page.check('#goal-awareness');
    await page.fill('#goal-awareness-name', '');
    // Pasted text, as a user would paste it: the browser keeps the first FIELD_LIMITS characters.
    await page.focus('#goal-awareness-name');
    await page.keyboard.insertText('m'.repeat(FIELD_LIMITS.goalName + 50));
    expect((await page.inputValue('#goal-awareness-name')).length).toBe(FIELD_LIMITS.goalName);
    expect(await page.isVisible('#goal-awareness-name-limit')).toBe(true);
    expect(await page.textContent('#goal-awareness-name-limit')).toBe('Grænsen er nået: højst 200 tegn.');
    await next(page, 2);
    await next(page, 3);
    await keepOnlyKpis(page, ['impressions']);
    await next(page, 4);
    // Notes and owner sit in the row's details.
    await openTargetDetails(page, 'impressions');
    expect(await page.isVisible('#t-impressions-notes-limit')).toBe(false);
    await page.focus('#t-impressions-notes');
    await page.keyboard.insertText('n'.repeat(FIELD_LIMITS.notes + 1));
    expect((await page.inputValue('#t-impressions-notes')).length).toBe(FIELD_LIMITS.notes);
    expect(await page.textContent('#t-impressions-notes-limit')).toBe('Grænsen er nået: højst 5.000 tegn.');
    expect(await page.isVisible('#t-impressions-notes-limit')).toBe(true);
    expect(await page.getAttribute('#t-impressions-notes', 'aria-describedby')).toContain('t-impressions-notes-limit');
    await page.keyboard.press('Backspace');
    expect(await page.isVisible('#t-impressions-notes-limit')).toBe(false);
    await page.focus('#t-impressions-owner');
    await page.keyboard.insertText('o'.repeat(FIELD_LIMITS.owner + 1));
    expect((await page.inputValue('#t-impressions-owner')).length).toBe(FIELD_LIMITS.owner);
    await page.close();
  });
});
