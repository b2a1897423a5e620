/**
 * `npm start` as a newcomer uses it: the preview server started from the command line, the page
 * opened in headless Chromium, the wizard run from the add-on menu, example data loaded, formulas
 * typed into cells, the page reloaded. Screenshots go to test-results/preview/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';
import { readAddonMenu } from '../preview/app/addonMenu.ts';
import { cellLocator, runWizard, typeInCell } from '../preview/drive.ts';

const SHOTS = 'test-results/preview';

/** What the preview prints and its exit code when it cannot start. */
function runUntilExit(port: number): Promise<{ code: number | null; output: string }> {
  const child = spawn('npx', ['tsx', 'preview/server.ts', '--port', String(port)], { cwd: process.cwd() });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('npm start: the local preview', () => {
  let preview: StartedPreview;
  let port: number;
  let browser: Browser;
  let page: Page;
  /** Requests the page made to anything but the preview itself. */
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    port = await freePort();
    preview = await startPreview(port);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    page.on('request', (request) => {
      if (!request.url().startsWith(preview.url) && !request.url().startsWith('data:'))
        foreignRequests.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    await page.waitForFunction(() => 'socialKpiPreview' in window);
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill();
  });

  test('prints the address it serves on, on 127.0.0.1 and the chosen port', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${port}/`);
  });

  test('is reachable from this machine only: 127.0.0.1 answers, the network addresses do not', async () => {
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal)
      .map((address) => address!.address);
    for (const address of external) expect(await canConnect(address, port), `reachable on ${address}`).toBe(false);
  });

  test('a busy port gives a message naming the port and how to choose another', async () => {
    const { code, output } = await runUntilExit(port);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port}`);
    expect(output).toContain('already in use');
    expect(output).toContain('--port');
  });

  test('the wizard builds the KPI map from Extensions → Social KPI Kit → Open goal wizard', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
    await page.getByRole('menuitem', { name: 'Open goal wizard' }).click();
    const panel = page.getByRole('complementary', { name: 'Social KPI Kit' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.evaluate((node) => node.getBoundingClientRect().width)).toBe(300);
    await runWizard(page.frameLocator('.side-panel iframe'));
    await expect.poll(() => page.getByRole('tab', { name: 'KPI map' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'KPI data' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/wizard-built.png` });
  });

  test('"Load example data" fills the data sheet and brings current values, progress and status to life', async () => {
    await page.getByRole('button', { name: 'Load example data' }).click();
    await page.getByRole('tab', { name: 'KPI data' }).click();
    // Twelve months for a few channels: well over a screenful of rows.
    expect(await page.locator('td[data-row="12"]').first().textContent()).not.toBe('');
    await page.getByRole('tab', { name: 'KPI map' }).click();
    const statuses = await page.locator('td').allTextContents();
    expect(statuses.some((text) => /^(Achieved|On track|Behind|Off track)$/.test(text))).toBe(true);
    expect(statuses.some((text) => /%$/.test(text))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/example-data.png` });
  });

  test('the add-on menu is the real one: every item of src/server/menu.ts, and "Build report" builds the report with its chart', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
    const captions = readAddonMenu().flatMap((entry) => (entry.kind === 'item' ? [entry.caption] : []));
    for (const caption of captions) expect(await page.getByRole('menuitem', { name: caption }).isVisible()).toBe(true);
    await page.getByRole('menuitem', { name: 'Build report' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'KPI report' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toContain('KPI report');
    // The report's line chart per social goal is drawn over the grid, as Sheets shows embedded charts.
    const chart = page.getByRole('img', { name: /Reach/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('polyline').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/report.png` });
  });

  test('typing a custom-function formula with open ranges shows its value and recalculates what depends on it', async () => {
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    const type = async (row: number, column: number, text: string) => {
      await cellLocator(page, row, column).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await type(0, 0, 'Shares');
    await type(0, 1, 'Followers');
    await type(1, 0, '30');
    await type(2, 0, '45');
    await type(1, 1, '1000');
    await type(2, 1, '1500');
    await type(1, 2, '=AMPLIFICATION_RATE(A2:A, B2:B)');
    await type(0, 3, '=SUM(C2:C3)');
    expect(await cellLocator(page, 1, 2).textContent()).toBe('0.03');
    expect(await cellLocator(page, 2, 2).textContent()).toBe('0.03');
    expect(await cellLocator(page, 0, 3).textContent()).toBe('0.06');
    await type(1, 0, '60');
    expect(await cellLocator(page, 1, 2).textContent()).toBe('0.06');
    expect(await cellLocator(page, 0, 3).textContent()).toBe('0.09');
    await cellLocator(page, 1, 2).click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe(
      '=AMPLIFICATION_RATE(A2:A, B2:B)',
    );
  });

  test('editing works like Sheets: double-click edits, Escape cancels, arrow keys move, the formula bar follows', async () => {
    await cellLocator(page, 1, 0).dblclick();
    const editor = page.getByRole('textbox', { name: 'Cell editor' });
    expect(await editor.inputValue()).toBe('60');
    await page.keyboard.type('0');
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe('600');
    await page.keyboard.press('Escape');
    expect(await editor.isVisible()).toBe(false);
    expect(await cellLocator(page, 1, 0).textContent()).toBe('60');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Selected cell').textContent()).toBe('C2');
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe(
      '=AMPLIFICATION_RATE(A2:A, B2:B)',
    );
  });

  test('a 10,000-row sheet renders only the rows in view, and scrolling shows the last one', async () => {
    const rows = Array.from({ length: 10_000 }, (_, r) => [String(r + 1), String((r + 1) * 2)]);
    await page.evaluate(
      (block) =>
        (
          window as unknown as {
            socialKpiPreview: { writeBlock(s: string, r: number, c: number, i: string[][]): void };
          }
        ).socialKpiPreview.writeBlock('Big sheet', 0, 0, block),
      rows,
    );
    expect(await page.locator('.grid tbody tr:not(.spacer)').count()).toBeLessThan(100);
    await page.locator('.grid-scroll').evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
    await expect.poll(() => cellLocator(page, 9_999, 1).textContent()).toBe('20000');
    expect(await page.locator('.grid tbody tr:not(.spacer)').count()).toBeLessThan(100);
    await page.getByRole('tab', { name: 'Sheet1' }).click();
  });

  test('errors show as in Sheets, with the message on hover', async () => {
    await cellLocator(page, 4, 0).click();
    await page.keyboard.type('=AMPLIFICATION_RATE(5, 0)');
    await page.keyboard.press('Enter');
    const cell = cellLocator(page, 4, 0);
    expect(await cell.textContent()).toBe('#ERROR!');
    expect(await cell.getAttribute('title')).toContain('total_followers is 0');
    await cellLocator(page, 5, 0).click();
    await page.keyboard.type('=1/0');
    await page.keyboard.press('Enter');
    expect(await cellLocator(page, 5, 0).textContent()).toBe('#DIV/0!');
  });

  test("a click goes to the cell under the pointer, even where the neighbour's error text overflows onto it", async () => {
    // G8 spills a message for its first row (A1 holds the text "Shares"), which runs on over H8 and beyond.
    await typeInCell(page, 7, 6, '=AMPLIFICATION_RATE(A1:A2, B1:B2)');
    const g8 = cellLocator(page, 7, 6);
    expect(await g8.textContent()).toMatch(/^#AMPLIFICATION_RATE: shares row 1 is "Shares"/);
    expect(await g8.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
    const h8 = await cellLocator(page, 7, 7).boundingBox();
    await page.mouse.click(h8!.x + h8!.width / 2, h8!.y + h8!.height / 2);
    expect(await page.getByLabel('Selected cell').textContent()).toBe('H8');
    await page.keyboard.type('checked');
    await page.keyboard.press('Enter');
    expect(await cellLocator(page, 7, 7).textContent()).toBe('checked');
    await page.mouse.click(h8!.x - 20, h8!.y + h8!.height / 2);
    expect(await page.getByLabel('Selected cell').textContent()).toBe('G8');
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe(
      '=AMPLIFICATION_RATE(A1:A2, B1:B2)',
    );
    // A double-click on the overflowed-onto cell edits that cell, not the one whose text is there.
    const i8 = await cellLocator(page, 7, 8).boundingBox();
    await page.mouse.dblclick(i8!.x + i8!.width / 2, i8!.y + i8!.height / 2);
    expect(await page.getByLabel('Selected cell').textContent()).toBe('I8');
    expect(await page.getByRole('textbox', { name: 'Cell editor' }).inputValue()).toBe('');
    await page.keyboard.press('Escape');
  });

  test('the keyboard works as in Sheets: Tab moves between cells, Escape then Tab leaves the grid, F10 and Alt+/ reach the menus', async () => {
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return {
          text: active.textContent?.trim(),
          label: active.getAttribute('aria-label'),
          role: active.getAttribute('role'),
        };
      });
    const selected = () => page.getByLabel('Selected cell').textContent();
    await cellLocator(page, 0, 0).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await selected()).toBe('D1');
    expect((await focused()).label).toBe('Sheet');
    await page.keyboard.press('Shift+Tab');
    expect(await selected()).toBe('C1');
    // Escape, then Tab: the focus moves on to the sheet tabs below the grid; the selection stays.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect((await focused()).role).toBe('tab');
    expect(await selected()).toBe('C1');
    // Escape, then Shift+Tab: back to the formula bar above it.
    await cellLocator(page, 0, 2).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).label).toBe('Formula bar');
    // Tab from the last column leaves the grid too.
    await cellLocator(page, 0, 25).click();
    expect(await selected()).toBe('Z1');
    await page.keyboard.press('Tab');
    expect((await focused()).role).toBe('tab');

    await cellLocator(page, 0, 0).click();
    await page.keyboard.press('F10');
    expect((await focused()).text).toBe('Extensions');
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).text).toBe('Tools');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).toBe('Social KPI Kit');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).text).toBe('Open goal wizard');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).toBe('Build report');
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).text).toBe('Social KPI Kit');
    expect(await page.getByRole('menuitem', { name: 'Build report' }).isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect((await focused()).text).toBe('Extensions');
    expect(await page.getByRole('menuitem', { name: 'Social KPI Kit' }).isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect((await focused()).label).toBe('Sheet');

    // Alt+/ and Enter run a menu item without the mouse.
    await page.keyboard.press('Alt+/');
    expect((await focused()).text).toBe('Extensions');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Social KPI Kit' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close sidebar' }).click();
  });

  test('the workbook survives a reload', async () => {
    await page.evaluate(() =>
      (window as unknown as { socialKpiPreview: { saveNow(): void } }).socialKpiPreview.saveNow(),
    );
    await page.reload();
    await page.waitForFunction(() => 'socialKpiPreview' in window);
    expect(await page.getByRole('tab', { name: 'KPI map' }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    expect(await cellLocator(page, 1, 2).textContent()).toBe('0.06');
    await cellLocator(page, 1, 2).click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe(
      '=AMPLIFICATION_RATE(A2:A, B2:B)',
    );
    await page.screenshot({ path: `${SHOTS}/after-reload.png` });
  });

  test('"Prepare for sharing…" rewrites custom functions to native formulas after confirming, and undo restores them', async () => {
    const menuItem = async (name: string) => {
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Social KPI Kit' }).hover();
      await page.getByRole('menuitem', { name }).click();
    };
    const formulaOfC2 = async () => {
      await cellLocator(page, 1, 2).click();
      return page.getByRole('textbox', { name: 'Formula bar' }).inputValue();
    };
    page.once('dialog', (dialog) => void dialog.accept());
    await menuItem('Prepare for sharing…');
    expect(await formulaOfC2()).not.toContain('AMPLIFICATION_RATE');
    expect(await cellLocator(page, 1, 2).textContent()).toBe('0.06');
    await menuItem('Undo prepare for sharing');
    expect(await formulaOfC2()).toBe('=AMPLIFICATION_RATE(A2:A, B2:B)');
  });

  test('the page ran without script errors and fetched nothing from anywhere but the preview itself', () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('"Reset workbook" starts again with an empty spreadsheet', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reset workbook' }).click()]);
    await page.waitForFunction(() => 'socialKpiPreview' in window);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1']);
    expect(await cellLocator(page, 1, 2).textContent()).toBe('');
  });

  test('README quick start: "Load example data" on the new workbook builds a sample map, says so, and the README formulas give numbers', async () => {
    await page.getByRole('button', { name: 'Load example data' }).click();
    expect(await page.getByRole('status').textContent()).toContain(
      'There was no KPI map yet, so the goal wizard built a sample one',
    );
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1', 'KPI data', 'KPI map']);
    const statuses = await page.locator('td').allTextContents();
    expect(statuses.some((text) => /^(Achieved|On track|Behind|Off track)$/.test(text))).toBe(true);
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    const readme = readFileSync('README.md', 'utf8');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## What the add-on does'));
    const samples = [...quickStart.matchAll(/`(=[A-Z_]+\(.*?\))`/g)].map((match) => match[1]);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const [i, formula] of samples.entries()) {
      await typeInCell(page, 1, 1 + i, formula);
      const first = await cellLocator(page, 1, 1 + i).textContent();
      expect(Number.isFinite(Number(first)) && first !== '', `${formula} shows ${first}`).toBe(true);
      expect(await cellLocator(page, 12, 1 + i).textContent()).toMatch(/^\d/);
    }
    await page.screenshot({ path: `${SHOTS}/readme-samples.png` });
  });
});
