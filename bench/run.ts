/**
 * `npm run bench` (builds first): how fast the custom functions are over 100,000 rows compared with a
 * hand-written loop, how big dist/Code.js is, and what loading it and the first call cost.
 * Not a test: timings depend on the machine. Record the figures in bench/README.md.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createContext, runInContext } from 'node:vm';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import type { KpiInput, SheetFunctionDefinition } from '../src/catalog/types.ts';
import { HAND_WRITTEN, type Column, type Output } from './handWritten.ts';
import { seeded } from '../preview/app/exampleNumbers.ts';

const ROWS = 100_000;
const WARM_UP = 5;
/** Each sample times a batch of calls, so every side pays for its own garbage collection. */
const ROUNDS = 15;
const BATCH = 5;
const LOAD_ROUNDS = 30;
const RATIO_TARGET = 1.5;
const SIZE_TARGET_KB = 60;
/** `npx tsx bench/run.ts CTR KPI_STATUS` times only those functions. */
const ONLY = process.argv.slice(2);
const DIST = new URL('../dist/', import.meta.url);

const START = 46_000; // a date serial: 2025-12-09
const DEADLINE = START + 180;

/** One valid value for an input in row r; tracking inputs keep baseline ≠ target and start < deadline. */
function valueFor(spec: KpiInput, next: () => number): number {
  switch (spec.name) {
    case 'baseline':
      return 100;
    case 'target':
      return 200;
    case 'actual':
      return 80 + Math.round(next() * 140);
    case 'start_date':
      return START;
    case 'deadline':
      return DEADLINE;
    case 'as_of':
      return START - 10 + Math.round(next() * 200);
    default:
      break;
  }
  switch (spec.kind) {
    case 'fraction':
      return Math.round(next() * 100) / 100;
    case 'money':
      return Math.round(next() * 500_000) / 100;
    case 'number':
      return spec.nonZero ? 1 + Math.round(next() * 9_999) : Math.round(next() * 20_000) - 10_000;
    default:
      return 1 + Math.round(next() * 9_999);
  }
}

/** The arguments as Sheets passes them for a whole-column call: row-major [[v], [v], ...]. */
function columnsFor(kpi: SheetFunctionDefinition): Column[] {
  // Seeded, so every run times the same data.
  const next = seeded(kpi.functionName.length * 7919);
  return kpi.inputs.map((spec) => {
    const width = spec.shape === 'rowSum' ? 3 : 1;
    const column: unknown[][] = new Array<unknown[]>(ROWS);
    for (let r = 0; r < ROWS; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < width; c++) row.push(valueFor(spec, next));
      column[r] = row;
    }
    return column;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * CPU milliseconds per call, over a batch of calls. CPU time (this process, garbage collection
 * included) rather than wall time, so other work on a shared machine disturbs the ratio less.
 */
function timeBatch(run: () => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < BATCH; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / BATCH;
}

type Sheet = Record<string, (...args: unknown[]) => unknown>;

/**
 * The built custom functions, for timing. Loaded in this realm rather than a node:vm context: in a vm
 * context every global lookup (Math, Number, Array) goes through the sandbox's interceptor and runs
 * ~10× slower, a cost Apps Script's V8 does not have.
 */
function loadCode(code: string): Sheet {
  const names = SHEET_FUNCTIONS.map((kpi) => kpi.functionName).join(', ');
  return new Function(`${code}\nreturn { ${names} };`)() as Sheet;
}

function sameResults(kit: unknown, hand: Output): boolean {
  if (!Array.isArray(kit) || kit.length !== hand.length) return false;
  for (let r = 0; r < hand.length; r++) {
    const a = (kit[r] as unknown[])[0];
    const b = hand[r][0];
    if (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b)) : a !== b)
      return false;
  }
  return true;
}

function benchFunctions(sheet: Sheet): boolean {
  console.log(
    `Range functions over ${ROWS.toLocaleString('en')} rows (median of ${ROUNDS} batches of ${BATCH} calls):`,
  );
  console.log('function                  kit CPU ms  hand CPU ms  ratio');
  let allWithinTarget = true;
  for (const kpi of SHEET_FUNCTIONS) {
    // List functions (CSAT, NPS, RESPONSE_TIME) and SOCIAL_KPIS return one value: nothing to compare per row.
    if (kpi.unit === 'table' || kpi.inputs.some((input) => input.shape === 'list')) continue;
    if (ONLY.length > 0 && !ONLY.includes(kpi.functionName)) continue;
    const hand = HAND_WRITTEN[kpi.functionName];
    if (!hand) {
      console.log(`${kpi.functionName}: no hand-written loop to compare with; add one to bench/handWritten.ts`);
      allWithinTarget = false;
      continue;
    }
    const columns = columnsFor(kpi);
    const custom = sheet[kpi.functionName];
    if (!sameResults(custom(...columns), hand(...columns))) {
      console.log(`${kpi.functionName}: the hand-written loop disagrees with the kit; fix bench/handWritten.ts`);
      allWithinTarget = false;
      continue;
    }
    for (let i = 0; i < WARM_UP; i++) {
      custom(...columns);
      hand(...columns);
    }
    const kitTimes: number[] = [];
    const handTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the order so neither side always runs right after the other's garbage.
      if (i % 2 === 0) {
        kitTimes.push(timeBatch(() => custom(...columns)));
        handTimes.push(timeBatch(() => hand(...columns)));
      } else {
        handTimes.push(timeBatch(() => hand(...columns)));
        kitTimes.push(timeBatch(() => custom(...columns)));
      }
    }
    const kit = median(kitTimes);
    const handMs = median(handTimes);
    const ratio = kit / handMs;
    if (ratio > RATIO_TARGET) allWithinTarget = false;
    console.log(
      `${kpi.functionName.padEnd(26)}${kit.toFixed(2).padStart(10)}${handMs.toFixed(2).padStart(13)}${ratio.toFixed(2).padStart(7)}×${ratio > RATIO_TARGET ? '  over target' : ''}`,
    );
  }
  return allWithinTarget;
}

/** Apps Script loads every script file of the project on each call: Code.js and any other dist/*.js. */
function benchLoading(code: string): void {
  const loads: number[] = [];
  const firstCalls: number[] = [];
  for (let i = 0; i < LOAD_ROUNDS; i++) {
    const context = createContext({});
    loads.push(time(() => runInContext(code, context)));
    firstCalls.push(time(() => (context as Sheet).CTR(25, 1000)));
  }
  console.log(
    `Loading ${scriptFiles.join(' + ')} in a fresh node:vm context: first ${loads[0].toFixed(2)} ms, median ${median(loads).toFixed(2)} ms`,
  );
  console.log(
    `First call (creates the module): first ${firstCalls[0].toFixed(2)} ms, median ${median(firstCalls).toFixed(2)} ms`,
  );
}

const scriptFiles = readdirSync(DIST)
  .filter((name) => name.endsWith('.js'))
  .sort();
const code = scriptFiles.map((name) => readFileSync(new URL(name, DIST), 'utf8')).join('\n');
const sizeKb = statSync(new URL('Code.js', DIST)).size / 1024;
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`);
console.log(
  `dist/Code.js: ${sizeKb.toFixed(1)} KB (target ≤ ${SIZE_TARGET_KB} KB)${sizeKb > SIZE_TARGET_KB ? ' over target' : ''}`,
);
for (const name of scriptFiles.filter((file) => file !== 'Code.js')) {
  console.log(`dist/${name}: ${(statSync(new URL(name, DIST)).size / 1024).toFixed(1)} KB (also loaded on every call)`);
}
benchLoading(code);
const withinTarget = benchFunctions(loadCode(code));
console.log(withinTarget ? `All ratios within ${RATIO_TARGET}×.` : `Some ratios exceed ${RATIO_TARGET}×.`);
