/**
 * Opens the local build of the goal wizard in Chromium at 300 px, mounted on the page's in-memory
 * server through a thin recording wrapper: tests count server calls, make a call fail once, or
 * slow calls down to try double submits. Reads the workbook back through the same page.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildLocalSidebar } from '../../scripts/buildSidebar.ts';
import { axeSource } from './browser.ts';
import type { Language, ServerApi } from '../../src/shared/wizardApi.ts';
import { STRINGS } from '../../sidebar/i18n.ts';

export const SIDEBAR_WIDTH = 300;
const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(root, 'test-results/sidebar');

/** Builds the local sidebar into a folder of this test file's own, so parallel test files never race. */
export async function buildLocalSidebarFor(testName: string): Promise<string> {
  const outDir = join(root, 'test-results/sidebar-build', testName);
  await buildLocalSidebar(outDir);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return pathToFileURL(join(outDir, 'sidebar-local.html')).href + '?manual';
}

export interface MountOptions {
  /** The server function to fail once (its next call throws a realistic Apps Script error). */
  failOnce?: keyof ServerApi;
  /** Every server call waits this long first, so a second click can land while one runs. */
  delayMs?: number;
  /** The user's locale as Apps Script reports it (decides the default language); en-US when left out. */
  locale?: string;
}

/**
 * In-page harness (a string: it runs in the browser, untouched by the test's TypeScript transform).
 * window.__skk holds the call counts, the fault switch and the local server with its workbook.
 */
const MOUNT = `async ({ failOnce, delayMs, locale, fresh, TODAY }) => {
  const S = window.SocialKpiSidebar;
  if (!window.__skk) window.__skk = { local: S.localServer({ today: TODAY, locale: locale || 'en-US' }), calls: {}, failing: {} };
  const state = window.__skk;
  if (failOnce) state.failing[failOnce] = 1;
  const api = {};
  for (const name of Object.keys(state.local.api)) {
    api[name] = async (...args) => {
      state.calls[name] = (state.calls[name] || 0) + 1;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (state.failing[name]) {
        state.failing[name]--;
        throw new Error('Exception: Service Spreadsheets timed out while accessing document with id 1x2y3z.');
      }
      return state.local.api[name](...args);
    };
  }
  let element = document.getElementById('app');
  if (fresh) {
    const next = document.createElement('div');
    next.id = 'app';
    element.replaceWith(next);
    element = next;
  }
  const mounted = S.mountSidebar(element, api);
  if (failOnce !== 'getWizardModel') await mounted.ready;
}`;

/** The tests' today: fixed, so the deadlines they type stay in the future. */
export const TODAY = '2026-01-05';

export async function openSidebar(browser: Browser, url: string, options: MountOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.evaluate(`(${MOUNT})(${JSON.stringify({ ...options, fresh: false, TODAY })})`);
  return page;
}

/** Mounts the wizard again on the same page and workbook: the user re-opens it from the menu. */
export async function reopenSidebar(page: Page, options: MountOptions = {}): Promise<void> {
  await page.evaluate(`(${MOUNT})(${JSON.stringify({ ...options, fresh: true, TODAY })})`);
}

export async function serverCalls(page: Page): Promise<Partial<Record<keyof ServerApi, number>>> {
  return (await page.evaluate('window.__skk.calls')) as Partial<Record<keyof ServerApi, number>>;
}

export async function failNext(page: Page, name: keyof ServerApi): Promise<void> {
  await page.evaluate(`window.__skk.failing[${JSON.stringify(name)}] = 1`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: axeSource() });
  const violations = (await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))',
  )) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The whole panel as one picture: the viewport grows to the content so sticky parts sit where they belong. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: SIDEBAR_WIDTH, height: 720 };
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Waits until the panel shows step `n` of 5 (or the result screen for n = 6) and is not busy. */
export async function waitForStep(page: Page, n: number): Promise<void> {
  if (n === 6) await page.waitForSelector('#result-summary');
  else await page.waitForFunction(`document.querySelector('.skk-step-of')?.textContent?.includes('${n}')`);
  await page.waitForSelector('main[aria-busy="false"]');
}

export interface SheetContents {
  name: string;
  /** Every used cell's value, row by row, as HyperFormula evaluated it. */
  values: (string | number | boolean | null)[][];
}

/** One of the add-on's sheets (by key: 'kpiMap', 'kpiData') from the page's in-memory workbook. */
export async function readAddonSheet(page: Page, key: string): Promise<SheetContents | null> {
  return (await page.evaluate(`(() => {
    const workbook = window.__skk.local.workbook;
    const sheet = workbook.listSheets().find((candidate) => candidate.key === ${JSON.stringify(key)});
    if (!sheet) return null;
    let last = '';
    for (let n = sheet.columns; n > 0; n = Math.floor((n - 1) / 26)) last = String.fromCharCode(65 + ((n - 1) % 26)) + last;
    return { name: sheet.name, values: workbook.getValues(sheet.name, 'A1:' + last + Math.max(sheet.rows, 1)) };
  })()`)) as SheetContents | null;
}

export async function sheetNames(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__skk.local.workbook.listSheets().map((sheet) => sheet.name)')) as string[];
}

/** The KPI map's rows as objects keyed by the visible header (row 1), one per KPI. */
export function mapRows(sheet: SheetContents): Record<string, unknown>[] {
  const [headers, ...rows] = sheet.values;
  return rows
    .filter((row) => row.some((cell) => cell !== '' && cell !== null))
    .map((row) => Object.fromEntries(headers.map((header, index) => [String(header), row[index]])));
}

/** Presses Next and waits for step `expectedStep`. */
export async function next(page: Page, expectedStep: number): Promise<void> {
  await page.click('#next');
  await waitForStep(page, expectedStep);
}

/** On step 1: ticks a business goal and gives it a name. */
export async function chooseGoal(page: Page, kind: string, name: string): Promise<void> {
  await page.check(`#goal-${kind}`);
  await page.fill(`#goal-${kind}-name`, name);
}

/** On the KPI step: leaves exactly these KPIs ticked. */
export async function keepOnlyKpis(page: Page, kpiIds: string[]): Promise<void> {
  for (;;) {
    const extra = await page.$$eval(
      'main input[type=checkbox]:checked',
      (boxes, keep) => boxes.map((box) => box.id).filter((id) => !keep.some((kpiId) => id.endsWith(`-${kpiId}`))),
      kpiIds,
    );
    if (extra.length === 0) break;
    await page.uncheck(`#${extra[0]}`);
  }
  for (const kpiId of kpiIds) {
    const box = page.locator(`main input[type=checkbox][id$="-${kpiId}"]`).first();
    if (!(await box.isChecked())) {
      await box.check();
      await page.waitForSelector('main[aria-busy="false"]');
    }
  }
}

/** On the KPI step: adds a KPI that is not recommended, through "Add another KPI". */
export async function addKpi(page: Page, kpiId: string): Promise<void> {
  await page.selectOption('#add-kpi', kpiId);
  await page.click('#add-kpi-button');
  await page.waitForSelector(`main input[type=checkbox][id$="-${kpiId}"]`);
  await page.waitForSelector('main[aria-busy="false"]');
}

export interface TargetEntry {
  baseline: string;
  target: string;
  deadline: string;
  owner: string;
  notes?: string;
  cadence?: string;
  channel?: string;
}

/** On the SMART targets step: opens a KPI's details when they are folded away. */
export async function openTargetDetails(page: Page, kpiId: string): Promise<void> {
  const toggle = page.locator(`#t-${kpiId}-more`);
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** On the SMART targets step: types one KPI's target, opening its details first. */
export async function fillTarget(page: Page, kpiId: string, entry: TargetEntry): Promise<void> {
  await openTargetDetails(page, kpiId);
  await page.fill(`#t-${kpiId}-baseline`, entry.baseline);
  await page.fill(`#t-${kpiId}-target`, entry.target);
  await page.fill(`#t-${kpiId}-deadline`, entry.deadline);
  await page.fill(`#t-${kpiId}-owner`, entry.owner);
  if (entry.notes !== undefined) await page.fill(`#t-${kpiId}-notes`, entry.notes);
  if (entry.cadence) await page.selectOption(`#t-${kpiId}-cadence`, entry.cadence);
  if (entry.channel) await page.selectOption(`#t-${kpiId}-channel`, entry.channel);
}

/** Picks a language in the header and waits until the panel speaks it. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.selectOption('#language', language);
  await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, STRINGS[language].title);
  await page.waitForSelector('main[aria-busy="false"]');
}

export interface FocusStop {
  /** The focused element's id, or its tag when it has none. */
  id: string;
  /** Why the user cannot see it, or null when it is fully visible. */
  hidden: string | null;
}

/** In-page check of the focused element (a string, untouched by the test's TypeScript transform). */
const FOCUSED_STOP = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const id = element.id || element.tagName.toLowerCase();
  if (rect.width < 1 || rect.height < 1) return { id, hidden: 'has no size' };
  if (style.visibility === 'hidden' || Number(style.opacity) === 0) return { id, hidden: 'is invisible' };
  if (rect.top < 0 || rect.left < 0 || rect.bottom > window.innerHeight || rect.right > window.innerWidth) {
    return { id, hidden: 'is outside the viewport' };
  }
  // The centre and four points near the corners (20 % in, so a round radio button is hit inside its circle).
  const x = [rect.left + rect.width * 0.2, rect.left + rect.width / 2, rect.right - rect.width * 0.2];
  const y = [rect.top + rect.height * 0.2, rect.top + rect.height / 2, rect.bottom - rect.height * 0.2];
  const points = [[x[1], y[1]], [x[0], y[0]], [x[2], y[0]], [x[0], y[2]], [x[2], y[2]]];
  for (const [px, py] of points) {
    const hit = document.elementFromPoint(px, py);
    if (hit && hit !== element && !element.contains(hit)) {
      const owner = hit.closest('[class]');
      return { id, hidden: 'is covered by ' + (owner ? owner.className : hit.tagName) };
    }
  }
  return { id, hidden: null };
})()`;

/**
 * Tabs once round the whole panel, from the top of the page, and says for every stop whether the
 * focused element is fully visible: inside the viewport, with a size, and not covered by anything
 * (the sticky Back/Next footer) at its centre and its corners.
 */
export async function tabRound(page: Page, maxStops = 400): Promise<FocusStop[]> {
  // From the first control of the page (the language switcher), as a user who tabs in from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus('#language');
  const stops: FocusStop[] = [(await page.evaluate(FOCUSED_STOP)) as FocusStop];
  for (let n = 0; n < maxStops; n++) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(FOCUSED_STOP)) as FocusStop | null;
    if (stop === null || stop.id === 'language') break;
    stops.push(stop);
  }
  return stops;
}
