/**
 * Followers are one input (issue 11 §2): AUDIENCE_GROWTH_RATE's total_followers and POTENTIAL_REACH's
 * followers read the one "Total followers" column. A sheet made when they were two columns keeps
 * every number typed in either, and a re-run reads the old "Followers" column when it is the only one.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { rangeA1 } from '../src/plan/a1.ts';
import { applyWizardTo, mapRecords, typeDataRows } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const awareness = wizardInput({
  startDate: daysFromNow(-30),
  businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus')],
  kpis: [
    kpi('audience_growth_rate', { baseline: '1%', target: '3%', deadline: daysFromNow(335) }),
    kpi('potential_reach', { baseline: '1000', target: '5000', deadline: daysFromNow(335) }),
  ],
});

/** The data sheet as it reads: hidden keys, labels, and the rows below them. */
function dataSheet(workbook: Workbook): { keys: string[]; labels: string[]; rows: unknown[][] } {
  const values = workbook.snapshot().sheets.find((sheet) => sheet.key === 'kpiData')!.values;
  const [keys, labels, ...rows] = values;
  return { keys: keys.map(String), labels: labels.map(String), rows: rows.filter((row) => row.some((v) => v !== '')) };
}

/** Turns the data sheet's "Total followers" column into the "Followers" column earlier versions wrote. */
function asEarlierFollowersColumn(workbook: Workbook, column: number): void {
  const at = (row: number) => rangeA1({ row, column, numRows: 1, numColumns: 1 });
  workbook.setCell('KPI data', at(1), 'socialKpiKit.input.followers');
  workbook.setCell('KPI data', at(2), 'Followers');
}

describe('followers are one input', () => {
  it('asks for followers once when two KPIs read them under different parameter names', () => {
    const { workbook } = applyWizardTo(awareness);
    const { labels } = dataSheet(workbook);
    expect(labels.filter((label) => /followers/i.test(label))).toEqual([
      'New followers (net)',
      'Total followers',
      "Sharers' followers",
    ]);
  });

  it('computes both KPIs from the one column', () => {
    const { workbook } = applyWizardTo(awareness);
    const latest = daysFromNow(-20);
    typeDataRows(workbook, 'KPI data', [
      {
        Period: latest,
        Channel: 'Instagram',
        'New followers (net)': 40,
        'Total followers': 2000,
        "Sharers' followers": 10_000,
      },
    ]);
    const [growth, reach] = mapRecords(workbook);
    expect(growth['Current value']).toBeCloseTo(0.02);
    // 2000 followers + 10,000 sharers' followers × 3 % who see a share.
    expect(reach['Current value']).toBeCloseTo(2300);
  });

  it('keeps an earlier "Followers" column and its numbers beside "Total followers" on a re-run', () => {
    const { workbook } = applyWizardTo(awareness);
    const latest = daysFromNow(-20);
    // An earlier version had both columns: the user typed the same number twice, once in each.
    const width = dataSheet(workbook).labels.length;
    const old = width + 1;
    workbook.setCell(
      'KPI data',
      rangeA1({ row: 1, column: old, numRows: 1, numColumns: 1 }),
      'socialKpiKit.input.followers',
    );
    workbook.setCell('KPI data', rangeA1({ row: 2, column: old, numRows: 1, numColumns: 1 }), 'Followers');
    typeDataRows(workbook, 'KPI data', [
      { Period: latest, Channel: 'Instagram', 'Total followers': 2000, Followers: 1999, "Sharers' followers": 10_000 },
    ]);
    applyWizardTo(awareness, workbook);
    const { keys, labels, rows } = dataSheet(workbook);
    expect(labels.filter((label) => label === 'Total followers')).toHaveLength(1);
    expect(rows[0][labels.indexOf('Total followers')]).toBe(2000);
    expect(keys[old - 1]).toBe('socialKpiKit.input.followers');
    expect(rows[0][old - 1]).toBe(1999);
    expect(mapRecords(workbook)[1]['Current value']).toBeCloseTo(2300);
  });

  it('reads an earlier "Followers" column as "Total followers" when it is the only one', () => {
    const onlyReach = wizardInput({ ...awareness, kpis: [awareness.kpis[1]] });
    const { workbook } = applyWizardTo(onlyReach);
    const latest = daysFromNow(-20);
    asEarlierFollowersColumn(workbook, dataSheet(workbook).labels.indexOf('Total followers') + 1);
    typeDataRows(workbook, 'KPI data', [
      { Period: latest, Channel: 'Instagram', Followers: 2000, "Sharers' followers": 10_000 },
    ]);
    applyWizardTo(onlyReach, workbook);
    const { keys, labels, rows } = dataSheet(workbook);
    const column = labels.indexOf('Total followers');
    expect(labels).not.toContain('Followers');
    expect(keys[column]).toBe('socialKpiKit.input.total_followers');
    expect(rows[0][column]).toBe(2000);
    expect(mapRecords(workbook)[0]['Current value']).toBeCloseTo(2300);
  });
});
