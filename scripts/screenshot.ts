/**
 * Regenerates the README's screenshot, docs/preview.png: the local preview (`npm start`) after a
 * run of the goal wizard and "Load example data", with the wizard open beside the KPI map.
 * Uses the project's own browser test tooling (launchBrowser, the preview's drive helpers).
 * Run with `npx tsx scripts/screenshot.ts [out.png]`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/support/browser.ts';
import { startPreviewServer } from '../preview/server.ts';
import { openWizard, runWizard, waitForPreview } from '../preview/drive.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function takePreviewScreenshot(outFile: string): Promise<void> {
  const server = await startPreviewServer(0);
  const { port } = server.address() as { port: number };
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 640 }, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForPreview(page);
    const wizard = await openWizard(page);
    await runWizard(wizard);
    await page.getByRole('button', { name: 'Load example data' }).click();
    await page.getByRole('tab', { name: 'KPI map' }).click();
    // From the KPI names to the status; the first status selected, so the formula bar shows its formula.
    await page.evaluate(() => {
      const grid = document.querySelector('.grid-scroll') as HTMLElement;
      const kpiColumn = document.querySelector('.grid thead th:nth-child(4)') as HTMLElement;
      grid.scrollLeft = kpiColumn.offsetLeft - 46;
    });
    await page.locator('.grid td[data-row="0"]', { hasText: /^Status$/ }).click();
    await page.keyboard.press('ArrowDown');
    // The toast would hide part of the grid; the picture shows the sheet itself.
    await page.evaluate(() => document.querySelector('.toast')?.replaceChildren());
    await mkdir(dirname(outFile), { recursive: true });
    await page.screenshot({ path: outFile });
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const outFile = resolve(process.argv[2] ?? join(root, 'docs/preview.png'));
  await takePreviewScreenshot(outFile);
  console.log(`Wrote ${outFile}`);
}
