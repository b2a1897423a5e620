/**
 * Wizard figures: how long buildKpiMapPlan takes for a KPI map of 60 KPIs (first run, and a re-run on
 * the map it built), and how many SpreadsheetApp calls reading and applying cost for 3, 20 and 60 KPIs
 * (the counting fake of test/support). Not a test: timings depend on the machine.
 * Run: npx tsx bench/wizard.ts
 */
import { performance } from 'node:perf_hooks';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import type { SpreadsheetSnapshot } from '../src/plan/snapshot.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { createCountingServices } from '../test/support/countingSpreadsheetApp.ts';
import { applyWizardCounted, inputWithKpis } from '../test/support/manyKpis.ts';

const ROUNDS = 50;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timePlan(snapshot: SpreadsheetSnapshot, count: number): number {
  const input = inputWithKpis(count);
  for (let i = 0; i < 5; i++) buildKpiMapPlan(input, snapshot, { today: '2026-03-01' });
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    buildKpiMapPlan(input, snapshot, { today: '2026-03-01' });
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const empty: SpreadsheetSnapshot = { sheets: [], otherSheetNames: ['Sheet1'], timeZone: 'Europe/Copenhagen' };
const workbook = new Workbook();
workbook.addSheet('Sheet1');
applyPlanToWorkbook(workbook, buildKpiMapPlan(inputWithKpis(60), workbook.snapshot(), { today: '2026-03-01' }).plan);
const existing = workbook.snapshot();

console.log(`buildKpiMapPlan, 60 KPIs, new map: ${timePlan(empty, 60).toFixed(2)} ms (median of ${ROUNDS})`);
console.log(
  `buildKpiMapPlan, 60 KPIs, re-run on the map: ${timePlan(existing, 60).toFixed(2)} ms (median of ${ROUNDS})`,
);

for (const count of [3, 20, 60]) {
  const services = createCountingServices(['Sheet1']);
  const counts = ['first run', 're-run'].map((run) => {
    const { read, apply } = applyWizardCounted(services, count);
    return `${run}: read ${read}, apply ${apply}`;
  });
  console.log(`${count} KPIs → SpreadsheetApp calls: ${counts.join('; ')}`);
}
