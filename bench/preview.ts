/**
 * The local preview on a big sheet: a data sheet of 10,000 rows with a custom function spilling over
 * the whole open range and totals below it. Times, in headless Chromium, how long it takes from a
 * user's edit (Enter in the cell editor) to the grid showing the recalculated value: the median
 * of several edits. Run with `npx tsx bench/preview.ts`. Not a test: timings depend on the machine.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { launchBrowser } from '../test/support/browser.ts';
import { startPreviewServer } from '../preview/server.ts';
import { waitForPreview } from '../preview/drive.ts';

const ROWS = 10_000;
const WARM_UP = 3;
const EDITS = 15;
const SHEET = 'Big data';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Header plus ROWS periods of shares and followers for one channel. */
function bigSheet(): string[][] {
  const rows: string[][] = [['Period', 'Shares', 'Total followers', 'Amplification rate', '', 'Total shares']];
  for (let r = 0; r < ROWS; r++) rows.push([String(46_000 + r), String(20 + ((r * 37) % 90)), String(5_000 + r * 3)]);
  return rows;
}

/** Typed after the data, as a user would, so the open ranges reach its last row. */
const FORMULAS: { row: number; column: number; formula: string }[] = [
  { row: 1, column: 3, formula: '=AMPLIFICATION_RATE(B2:B, C2:C)' },
  { row: 1, column: 5, formula: '=SUM(B2:B)' },
];

export interface PreviewBenchResult {
  rows: number;
  edits: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  loadMs: number;
}

export async function benchPreview(): Promise<PreviewBenchResult> {
  const server: Server = await startPreviewServer(0);
  const { port } = server.address() as { port: number };
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the functions given to page.evaluate with esbuild's keepNames helper; give the page one.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForPreview(page);
    const loadStart = performance.now();
    await page.evaluate(
      ({ sheet, rows, formulas }) => {
        type Preview = { writeBlock(s: string, r: number, c: number, i: string[][]): void };
        const preview = (window as unknown as { socialKpiPreview: Preview }).socialKpiPreview;
        preview.writeBlock(sheet, 0, 0, rows);
        for (const { row, column, formula } of formulas) preview.writeBlock(sheet, row, column, [[formula]]);
      },
      { sheet: SHEET, rows: bigSheet(), formulas: FORMULAS },
    );
    const loadMs = performance.now() - loadStart;
    // The formula must cover all rows, or the figure would time a smaller sheet.
    await page.locator('.grid-scroll').evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
    const lastRate = page.locator(`.grid td[data-row="${ROWS}"][data-column="3"]`);
    await lastRate.waitFor();
    if ((await lastRate.textContent()) === '') {
      throw new Error('The amplification rate of the last row is empty: the formula does not reach it.');
    }
    await page.locator('.grid-scroll').evaluate((grid) => (grid.scrollTop = 0));
    await page.locator('.grid td[data-row="4"][data-column="3"]').waitFor();
    const timings: number[] = await page.evaluate(
      async ({ rounds }) => {
        const cell = (row: number, column: number) =>
          document.querySelector<HTMLElement>(`.grid td[data-row="${row}"][data-column="${column}"]`) as HTMLElement;
        const grid = document.querySelector<HTMLElement>('.grid-scroll') as HTMLElement;
        const editor = document.querySelector<HTMLInputElement>('.cell-editor') as HTMLInputElement;
        const key = (target: HTMLElement, name: string) =>
          target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
        const times: number[] = [];
        for (let i = 0; i < rounds; i++) {
          // Row 5's shares (B5), a fresh value each time; D5 shows its amplification rate.
          const shares = 100 + i;
          cell(4, 1).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
          key(grid, 'Enter');
          editor.value = String(shares);
          const before = cell(4, 3).textContent;
          const start = performance.now();
          key(editor, 'Enter');
          // D5 shows the new rate (every edit gives a different one); give up loudly rather than hang.
          for (let frames = 0; cell(4, 3).textContent === before; frames++) {
            if (frames > 600) throw new Error(`D5 still shows ${before} ten seconds after the edit.`);
            await new Promise(requestAnimationFrame);
          }
          // The frame that shows it.
          await new Promise(requestAnimationFrame);
          times.push(performance.now() - start);
        }
        return times;
      },
      { rounds: WARM_UP + EDITS },
    );
    const measured = timings.slice(WARM_UP);
    return {
      rows: ROWS,
      edits: EDITS,
      medianMs: median(measured),
      minMs: Math.min(...measured),
      maxMs: Math.max(...measured),
      loadMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function report(result: PreviewBenchResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`Local preview, data sheet of ${result.rows.toLocaleString('en')} rows (headless Chromium):`);
  console.log(`  filling the sheet: ${ms(result.loadMs)}`);
  console.log(
    `  edit → updated grid: median ${ms(result.medianMs)} over ${result.edits} edits (min ${ms(result.minMs)}, max ${ms(result.maxMs)})`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  report(await benchPreview());
}
