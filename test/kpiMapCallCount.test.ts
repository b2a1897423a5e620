import { describe, expect, it } from 'vitest';
import { applyPlanToSpreadsheet } from '../src/plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../src/plan/documentLock.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { inputWithKpis } from './support/manyKpis.ts';

/** Applies the wizard for `count` KPIs as the server does; returns the document calls applying took. */
function applyWizardCounted(services: CountingServices, count: number): { read: number; apply: number } {
  let counts = { read: 0, apply: 0 };
  withDocumentLock(services, () => {
    services.resetLog();
    const snapshot = readSnapshot(services.spreadsheet);
    const read = services.documentCalls();
    const { plan } = buildKpiMapPlan(inputWithKpis(count), snapshot, { today: '2026-03-01' });
    services.resetLog();
    applyPlanToSpreadsheet(services.app, services.spreadsheet, plan);
    counts = { read, apply: services.documentCalls() };
  });
  return counts;
}

describe('writing the KPI map to Google Sheets', () => {
  it('costs the same number of calls for 3, 20 and 60 KPIs, at most 30 a sheet, first run and re-run alike', () => {
    const runs = [3, 20, 60].map((count) => {
      const services = createCountingServices(['Sheet1']);
      const first = applyWizardCounted(services, count);
      const again = applyWizardCounted(services, count);
      return { count, first, again, sheets: services.state.sheets.length - 1 };
    });
    console.info(`KPI map calls: ${JSON.stringify(runs)}`);
    const [small, medium, large] = runs;
    expect(medium.first, 'first run, 20 KPIs vs 3').toEqual(small.first);
    expect(large.first, 'first run, 60 KPIs vs 3').toEqual(small.first);
    expect(medium.again, 're-run, 20 KPIs vs 3').toEqual(small.again);
    expect(large.again, 're-run, 60 KPIs vs 3').toEqual(small.again);
    for (const run of runs) {
      expect(run.sheets, 'map, data and answers sheets').toBe(3);
      expect(run.first.apply / run.sheets, `calls per sheet, first run of ${run.count}`).toBeLessThanOrEqual(30);
      expect(run.again.apply / run.sheets, `calls per sheet, re-run of ${run.count}`).toBeLessThanOrEqual(30);
    }
  });

  it('writes the KPI map sheet itself in at most 30 calls, for 60 KPIs as for 3', () => {
    const mapCalls = [3, 60].map((count) => {
      const services = createCountingServices(['Sheet1']);
      const { plan } = buildKpiMapPlan(inputWithKpis(count), readSnapshot(services.spreadsheet), {
        today: '2026-03-01',
      });
      services.resetLog();
      applyPlanToSpreadsheet(services.app, services.spreadsheet, {
        sheets: plan.sheets.filter((sheet) => sheet.key === 'kpiMap'),
      });
      return services.documentCalls();
    });
    expect(mapCalls[1]).toBe(mapCalls[0]);
    expect(mapCalls[0]).toBeLessThanOrEqual(30);
  });
});
