/**
 * Driving the preview page from Playwright the way a user does: cells by position, the add-on
 * menu, the wizard in its frame. Shared by the end-to-end test, the README screenshot script and
 * the benchmark, so all three exercise the same steps.
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/** A grid cell by 0-based row and column (it must be rendered: in view or frozen). */
export function cellLocator(page: Page, row: number, column: number): Locator {
  return page.locator(`.grid td[data-row="${row}"][data-column="${column}"]`);
}

/** Clicks a cell, types `text` and presses Enter, as a user enters a value or a formula. */
export async function typeInCell(page: Page, row: number, column: number, text: string): Promise<void> {
  await cellLocator(page, row, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Waits until the page has built its workbook and grid. */
export async function waitForPreview(page: Page): Promise<void> {
  await page.waitForFunction(() => 'socialKpiPreview' in window);
}

/** Extensions → Social KPI Kit → `item`; returns the side panel's frame once the page in it says it is ready. */
async function openFromMenu(page: Page, item: string): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
  await page.getByRole('menuitem', { name: item }).click();
  const frame = page.frameLocator('.side-panel iframe');
  await frame.locator('body[data-ready="true"]').waitFor();
  return frame;
}

/** Extensions → Social KPI Kit → Open goal wizard; returns the wizard's frame once its first step is usable. */
export function openWizard(page: Page): Promise<FrameLocator> {
  return openFromMenu(page, 'Open goal wizard');
}

/** Extensions → Social KPI Kit → Import analytics export…; returns the import panel's frame once it is usable. */
export function openImport(page: Page): Promise<FrameLocator> {
  return openFromMenu(page, 'Import analytics export…');
}

/** The import panel's frame (for what a FrameLocator cannot do: evaluate, screenshots of its page). */
export function importFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/import.html'));
  if (!frame) throw new Error('The import panel is not open.');
  return frame;
}

/** The KPIs the example run keeps, with SMART targets a marketer would set (fractions typed as %). */
export const EXAMPLE_TARGETS: Record<string, { baseline: string; target: string }> = {
  Impressions: { baseline: '120000', target: '250000' },
  'Audience growth rate': { baseline: '1.5%', target: '3.5%' },
  'Post reach rate': { baseline: '9%', target: '15%' },
  'Follower count': { baseline: '25000', target: '45000' },
};

/** 'YYYY-MM-DD', `months` from today: deadlines stay in the future whenever the run happens. */
export function monthsFromToday(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * One run of the wizard: an awareness goal, the questions left as they are, the recommended KPIs
 * narrowed to a few, a target and deadline for each, goals set five months ago, then Build.
 * Resolves when the result shows.
 */
export async function runWizard(frame: FrameLocator): Promise<void> {
  await frame.getByLabel('Awareness and brand').check();
  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByRole('button', { name: 'Next' }).click();
  // KPIs: keep only the ones with example targets.
  const boxes = frame.locator('input[type="checkbox"]');
  await boxes.first().waitFor();
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    const id = await box.getAttribute('id');
    const label = (await frame.locator(`label[for="${id}"]`).textContent())?.trim() ?? '';
    const keep = label in EXAMPLE_TARGETS;
    if ((await box.isChecked()) !== keep) await box.setChecked(keep);
  }
  await frame.getByRole('button', { name: 'Next' }).click();
  // SMART targets: one row per KPI, named by the KPI; its deadline sits in the details its name opens.
  for (const [name, { baseline, target }] of Object.entries(EXAMPLE_TARGETS)) {
    const group = frame.getByRole('group', { name });
    if ((await group.count()) === 0) continue;
    await group.getByLabel('Baseline').fill(baseline);
    await group.getByLabel(/^Target/).fill(target);
    await group.getByRole('button', { name }).click();
    await group.getByLabel('Deadline').fill(monthsFromToday(8));
  }
  await frame.getByRole('button', { name: 'Next' }).click();
  // Goals set five months ago: the status compares progress with the time that has passed since.
  await frame.getByLabel('Goals set on').fill(monthsFromToday(-5));
  await frame.getByRole('button', { name: 'Build KPI map' }).click();
  await frame.locator('#result-summary').waitFor();
}
