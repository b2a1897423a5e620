/**
 * Import figures (issue 12): the time to read a 50,000-row Facebook posts export (every header Meta
 * writes, captions over several lines, thousands separators, Pacific publish times) and aggregate it
 * into monthly values in headless Chromium, as the import panel does with a file the user picked
 * (bytes → decode → parse → recognise → aggregate), median of several runs; and the size of the
 * reader bundled and minified (src/import/readExport.ts with its CSV parser), which the import page
 * must hold under 60 KB; then the same export picked in the pushed panel (dist/import-en.html), read on the
 * page's main thread and in the panel's Web Worker: how long the main thread is blocked at most.
 * Run: npx tsx bench/importReader.ts (after npm run build), or through npm run bench.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/support/browser.ts';
import { facebookExport } from '../test/support/facebookExport.ts';
import { importScriptRun, openImportPage } from '../test/support/importPage.ts';
import type { ImportContext } from '../src/shared/importApi.ts';

const ROWS = 50_000;
const WARM_UP = 2;
const RUNS = 9;
const TARGET_MS = 1000;

const CONTEXT: ImportContext = {
  target: null,
  language: 'en',
  cadence: 'monthly',
  timeZone: 'Europe/Copenhagen',
  channels: ['facebook'],
  columns: [
    { input: 'impressions', label: 'Impressions', aggregation: 'sum' },
    { input: 'reach', label: 'Post reach', aggregation: 'average' },
    { input: 'likes', label: 'Likes', aggregation: 'sum' },
    { input: 'comments', label: 'Comments', aggregation: 'sum' },
    { input: 'shares', label: 'Shares', aggregation: 'sum' },
    { input: 'engagements', label: 'Engagements', aggregation: 'sum' },
    { input: 'clicks', label: 'Clicks', aggregation: 'sum' },
  ],
  untracked: [],
  mappings: [],
  tabs: [],
};

/**
 * CPU milliseconds used so far by this process's child processes (the browser: renderer, GPU, GC
 * threads), from /proc. On a shared machine wall time also counts the time other work held the cores;
 * CPU time does not.
 */
function browserCpuMs(): number {
  const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const queue = [...(children.get(process.pid) ?? [])];
  while (queue.length) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (total / ticks) * 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface ImportReaderFigures {
  bundleBytes: number;
  fileBytes: number;
  medianMs: number;
  /** CPU time of the browser's processes (all threads, garbage collection included) per run. */
  cpuMedianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  summary: string;
  values: number;
}

export async function benchImportReader(): Promise<ImportReaderFigures> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('../src/import/readExport.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'SocialKpiImport',
    platform: 'browser',
    write: false,
  });
  const code = bundled.outputFiles[0].text;
  const csv = facebookExport(ROWS);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    // The file as the panel gets it from an <input type="file">: bytes.
    const fileBytes = (await page.evaluate((text) => {
      (window as unknown as { exportBytes: Uint8Array }).exportBytes = new TextEncoder().encode(text);
      return (window as unknown as { exportBytes: Uint8Array }).exportBytes.length;
    }, csv)) as number;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let last: { summary: string; values: number } = { summary: '', values: 0 };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const cpuBefore = browserCpuMs();
      const run = (await page.evaluate((context) => {
        const w = window as unknown as {
          exportBytes: Uint8Array;
          SocialKpiImport: {
            readExport: (s: unknown, c: unknown) => { status: string; file?: { summary: string }; values?: unknown[] };
          };
        };
        const start = performance.now();
        const result = w.SocialKpiImport.readExport({ name: 'facebook-posts.csv', bytes: w.exportBytes }, context);
        const ms = performance.now() - start;
        return { ms, summary: result.file?.summary ?? JSON.stringify(result), values: result.values?.length ?? 0 };
      }, CONTEXT)) as { ms: number; summary: string; values: number };
      const cpu = browserCpuMs() - cpuBefore;
      if (i >= WARM_UP) {
        times.push(run.ms);
        cpuTimes.push(cpu);
      }
      last = run;
    }
    const result = { times, summary: last.summary, values: last.values };
    return {
      bundleBytes: Buffer.byteLength(code),
      fileBytes,
      medianMs: median(result.times),
      cpuMedianMs: median(cpuTimes),
      minMs: Math.min(...result.times),
      maxMs: Math.max(...result.times),
      runs: RUNS,
      summary: result.summary,
      values: result.values,
    };
  } finally {
    await browser.close();
  }
}

/**
 * In the page: picks the export in the panel's file input and waits for what it found. Meanwhile a probe
 * (a MessageChannel that answers itself at once) measures the longest stretch the main thread could not
 * run it, i.e. the longest task that blocked the page (rendering included), and a PerformanceObserver
 * keeps the browser's own long tasks (50 ms and over).
 */
const PICK_AND_WAIT = `async (file) => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let probing = true;
  let last = performance.now();
  let longestGap = 0;
  const probe = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (probing) setTimeout(probe, 0);
  };
  const content = document.getElementById('import-content');
  const result = () => content.querySelector('.skk-import-file .skk-summary-line, .skk-import-file .skk-error');
  const done = new Promise((resolve) => {
    const watcher = new MutationObserver(() => {
      if (result()) {
        watcher.disconnect();
        resolve(performance.now());
      }
    });
    watcher.observe(content, { childList: true, subtree: true });
  });
  probe();
  const input = document.getElementById('import-files');
  const picked = new DataTransfer();
  picked.items.add(file);
  input.files = picked.files;
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const end = await done;
  probing = false;
  // The read's long tasks are reported after it: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const summary = result().textContent;
  document.querySelector('.skk-import-file button').click();
  return { ms: end - start, longestGap, longestTask: Math.max(0, ...longTasks), summary };
}`;

interface PanelRun {
  ms: number;
  longestGap: number;
  longestTask: number;
  summary: string;
}

export interface PanelFigures {
  runs: number;
  /** Medians over the runs, in the pushed page (dist/import-en.html): the reader on the page vs in its worker. */
  page: { longestGapMs: number; longestTaskMs: number; readMs: number };
  worker: { longestGapMs: number; longestTaskMs: number; readMs: number };
  summary: string;
}

const PANEL_RUNS = 7;

/**
 * The 50,000-row export picked in the pushed import page (dist/import-en.html, served from an http origin as
 * Apps Script serves it, google.script.run answering at once) in headless Chromium, with the reader on the
 * page's main thread (window.Worker removed: the page's fallback, which is how the panel read before) and in
 * its Web Worker. WARM_UP picks first, then the median of PANEL_RUNS picks in the same page. `pageFile`: another
 * build of the page to compare (e.g. one from before the worker).
 */
export async function benchImportPanel(
  pageFile = fileURLToPath(new URL('../dist/import-en.html', import.meta.url)),
): Promise<PanelFigures> {
  const html = readFileSync(pageFile, 'utf8');
  const csv = facebookExport(ROWS);
  const browser = await launchBrowser();
  try {
    const modes = {} as Record<'page' | 'worker', PanelFigures['page']>;
    let summary = '';
    for (const mode of ['page', 'worker'] as const) {
      const page = await openImportPage(browser, html, [
        importScriptRun(CONTEXT),
        mode === 'page' ? 'delete window.Worker;' : '',
      ]);
      await page.evaluate(
        (text) =>
          ((window as unknown as { exportFile: File }).exportFile = new File([text], 'facebook-posts.csv', {
            type: 'text/csv',
          })),
        csv,
      );
      const runs: PanelRun[] = [];
      for (let i = 0; i < WARM_UP + PANEL_RUNS; i++) {
        const run = (await page.evaluate(`(${PICK_AND_WAIT})(window.exportFile)`)) as PanelRun;
        await page.locator('.skk-import-file').waitFor({ state: 'detached' });
        await page.locator('#import-files:not([disabled])').waitFor();
        if (i >= WARM_UP) runs.push(run);
        summary = run.summary;
      }
      modes[mode] = {
        longestGapMs: median(runs.map((r) => r.longestGap)),
        longestTaskMs: median(runs.map((r) => r.longestTask)),
        readMs: median(runs.map((r) => r.ms)),
      };
      await page.close();
    }
    return { runs: PANEL_RUNS, page: modes.page, worker: modes.worker, summary };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const f = await benchImportReader();
  console.log(`import reader bundled and minified (d3-dsv included): ${(f.bundleBytes / 1024).toFixed(1)} KB`);
  console.log(`${f.summary} (${(f.fileBytes / 1024 / 1024).toFixed(1)} MB, ${f.values} values)`);
  console.log(
    `read + aggregate ${ROWS.toLocaleString('en-US')} rows in headless Chromium, median of ${f.runs}: ` +
      `${f.medianMs.toFixed(0)} ms wall (min ${f.minMs.toFixed(0)}, max ${f.maxMs.toFixed(0)}), ` +
      `${f.cpuMedianMs.toFixed(0)} ms CPU of the browser; target ≤ ${TARGET_MS} ms`,
  );
  const p = await benchImportPanel();
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`the same export picked in dist/import-en.html at 300 px (${p.summary}), median of ${p.runs}:`);
  for (const [name, m] of [
    ['reader on the page (no Worker)', p.page],
    ['reader in its Web Worker      ', p.worker],
  ] as const)
    console.log(
      `  ${name}: main thread blocked at most ${ms(m.longestGapMs)} (longest long task ${ms(m.longestTaskMs)}); ` +
        `picked → found ${ms(m.readMs)}`,
    );
  console.log(
    `  longest block, page ÷ worker: ${(p.page.longestGapMs / p.worker.longestGapMs).toFixed(1)}×; ` +
      `picked → found, worker ÷ page: ${(p.worker.readMs / p.page.readMs).toFixed(2)}×`,
  );
}
