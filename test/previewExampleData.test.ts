import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { createLocalServer } from '../sidebar/localServer.ts';
import { exampleDataPlan } from '../preview/app/exampleData.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

const TODAY = '2026-03-15';

/** A spreadsheet after one wizard run, as the preview has it when "Load example data" is pressed. */
function builtWorkbook(
  kpis = [
    kpi('follower_count', { channel: 'instagram' }),
    kpi('amplification_rate', { baseline: '0.2%', target: '0.5%' }),
  ],
) {
  const { server, workbook } = createLocalServer({ locale: 'en', today: TODAY });
  const input = wizardInput({
    startDate: '2025-10-01',
    businessGoals: [goal('g1', 'awareness'), goal('g2', 'service')],
    kpis: [
      ...kpis,
      kpi('csat', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '50%', target: '80%' }),
      kpi('nps', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '10', target: '40' }),
    ],
  });
  const summary = server.applyWizard(input);
  expect(summary.messages, JSON.stringify(summary.messages)).toEqual([]);
  return { server, workbook };
}

function load(workbook: Workbook, server: ReturnType<typeof createLocalServer>['server']) {
  const result = exampleDataPlan(workbook.snapshot(), server.getWizardModel(null).current, TODAY);
  if (result.ok) applyPlanToWorkbook(workbook, result.plan);
  return result;
}

const dataRows = (workbook: Workbook, sheet = 'KPI data') => {
  const { rows, columns } = workbook.listSheets().find((s) => s.name === sheet) as { rows: number; columns: number };
  return workbook.getValues(sheet, `A3:${String.fromCharCode(64 + columns)}${rows}`);
};

describe('"Load example data" in the preview', () => {
  it('fills the data sheet with a year and a month up to this month for the channels on the map', () => {
    const { server, workbook } = builtWorkbook();
    const result = load(workbook, server);
    expect(result).toMatchObject({ ok: true });
    expect(result.message).toContain('Instagram');
    const rows = dataRows(workbook);
    // One channel chosen (Instagram); "All channels" KPIs read it too.
    // Thirteen months: the latest has the same month a year earlier to compare with.
    expect(rows).toHaveLength(13);
    expect(workbook.getCell('KPI data', 'A3').display).toBe('2025-03-01');
    expect(workbook.getCell('KPI data', 'A15').display).toBe('2026-03-01');
    expect(rows.every((row) => row[1] === 'Instagram')).toBe(true);
  });

  it('brings the map to life: current value, progress and status are filled for every KPI', () => {
    const { server, workbook } = builtWorkbook();
    load(workbook, server);
    const map = workbook.listSheets().find((s) => s.key === 'kpiMap')!;
    const values = workbook.getValues(map.name, `A1:S${map.rows}`);
    const header = values[0];
    const at = (name: string) => header.indexOf(name);
    for (const row of values.slice(1)) {
      expect(typeof row[at('Current value')], `current value of ${row[at('KPI')]}`).toBe('number');
      expect(typeof row[at('Progress')], `progress of ${row[at('KPI')]}`).toBe('number');
      expect(['Achieved', 'On track', 'Behind', 'Off track']).toContain(row[at('Status')]);
    }
  });

  it('puts survey answers on their own scale: CSAT 1 to 5, NPS 0 to 10', () => {
    const { server, workbook } = builtWorkbook();
    load(workbook, server);
    const answers = workbook.listSheets().find((s) => s.key === 'kpiAnswers')!;
    const values = workbook.getValues(answers.name, `A2:H${answers.rows}`);
    const header = values[0];
    const csat = header.findIndex((label) => String(label).includes('CSAT'));
    const nps = header.findIndex((label) => String(label).includes('NPS'));
    const column = (index: number) => values.slice(1).map((row) => row[index] as number);
    expect(Math.min(...column(csat))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...column(csat))).toBeLessThanOrEqual(5);
    expect(Math.min(...column(nps))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...column(nps))).toBeLessThanOrEqual(10);
    expect(new Set(column(nps)).size).toBeGreaterThan(2);
  });

  it('gives the same numbers every time (seeded), whatever day it is loaded', () => {
    const first = builtWorkbook();
    const second = builtWorkbook();
    load(first.workbook, first.server);
    load(second.workbook, second.server);
    expect(dataRows(first.workbook)).toEqual(dataRows(second.workbook));
  });

  it('never overwrites numbers already on the data sheet, and says what to do instead', () => {
    const { server, workbook } = builtWorkbook();
    load(workbook, server);
    const before = dataRows(workbook);
    const again = load(workbook, server);
    expect(again.ok).toBe(false);
    expect(again.message).toContain('already has numbers');
    expect(again.message).toContain('Reset workbook');
    expect(dataRows(workbook)).toEqual(before);
  });

  it('asks for the goal wizard first when there is no KPI map', () => {
    const workbook = new Workbook();
    workbook.addSheet('Sheet1');
    const result = exampleDataPlan(workbook.snapshot(), null, TODAY);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Open goal wizard') });
  });
});
